/**
 * Input checks shared by every core module.
 *
 * Each check returns the value it was given, so a function can write
 * `const price = nonNegative('powerPriceUsdPerKwh', input.powerPriceUsdPerKwh)`.
 * A failed check throws a `RangeError` whose message names the parameter, the
 * allowed range and the value received, e.g.
 * `powerPriceUsdPerKwh must be a finite number ≥ 0, got -1`.
 */

/** Bounds for {@link inRange}; a missing bound means unbounded on that side. */
export interface NumberRange {
  min?: number;
  max?: number;
  /** True when `min` itself is not allowed. */
  minExclusive?: boolean;
  /** True when `max` itself is not allowed. */
  maxExclusive?: boolean;
  /** True when only whole numbers are allowed. */
  integer?: boolean;
}

/** Shows a received value in an error message (`-1`, `NaN`, `"12"`, `undefined`). */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return String(value);
}

/** Words for a range: "a finite number ≥ 0", "an integer in [0, 64]", "a finite number in (0, 1]". */
export function describeRange(range: NumberRange): string {
  const kind = range.integer ? 'an integer' : 'a finite number';
  const { min, max } = range;
  if (min !== undefined && max !== undefined) {
    const open = range.minExclusive ? '(' : '[';
    const close = range.maxExclusive ? ')' : ']';
    return `${kind} in ${open}${min}, ${max}${close}`;
  }
  if (min !== undefined) return `${kind} ${range.minExclusive ? '>' : '≥'} ${min}`;
  if (max !== undefined) return `${kind} ${range.maxExclusive ? '<' : '≤'} ${max}`;
  return kind;
}

function fits(value: number, range: NumberRange): boolean {
  if (!Number.isFinite(value)) return false;
  if (range.integer && !Number.isSafeInteger(value)) return false;
  const { min, max } = range;
  if (min !== undefined && (range.minExclusive ? value <= min : value < min)) return false;
  if (max !== undefined && (range.maxExclusive ? value >= max : value > max)) return false;
  return true;
}

/** Throws the standard RangeError for `name`. */
export function rangeError(name: string, expected: string, value: unknown): RangeError {
  return new RangeError(`${name} must be ${expected}, got ${describeValue(value)}`);
}

/** Checks that `value` is a number inside `range` and returns it. */
export function inRange(name: string, value: number | undefined, range: NumberRange): number {
  if (typeof value !== 'number' || !fits(value, range)) {
    throw rangeError(name, describeRange(range), value);
  }
  return value;
}

/** Any finite number (negative allowed). */
export function finite(name: string, value: number | undefined): number {
  return inRange(name, value, {});
}

/** A finite number ≥ 0. */
export function nonNegative(name: string, value: number | undefined): number {
  return inRange(name, value, { min: 0 });
}

/** A finite number > 0. */
export function positive(name: string, value: number | undefined): number {
  return inRange(name, value, { min: 0, minExclusive: true });
}

/** A percentage in [0, 100]. */
export function percent(name: string, value: number | undefined): number {
  return inRange(name, value, { min: 0, max: 100 });
}

/** A whole number ≥ `min` (and ≤ `max` when given). */
export function integer(name: string, value: number | undefined, min = 0, max?: number): number {
  return inRange(name, value, max === undefined ? { min, integer: true } : { min, max, integer: true });
}

/** A non-empty array of finite numbers; returns it unchanged (never mutated). */
export function finiteArray(name: string, values: readonly number[]): readonly number[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw rangeError(name, 'a non-empty array of finite numbers', values);
  }
  values.forEach((value, i) => finite(`${name}[${i}]`, value));
  return values;
}
