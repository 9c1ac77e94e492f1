/**
 * Widget parameters as data: one schema answers "which inputs, what range, which source,
 * how do they travel in a URL" for the widget, its embed page, its lesson notes and the tests.
 */
import { formatOptions } from './format';
import { ui } from './i18n';
import { prov } from '../client/i18n';

export interface NumberParam {
  kind: 'number';
  /** Short query key, unique within the widget (the widget's prefix is added in URLs). */
  key: string;
  label: string;
  /** Unit as read aloud and shown next to the value, e.g. "USD per kWh". */
  unit: string;
  min: number;
  max: number;
  step: number;
  default: number;
  /** Source id (content/sources.json) of the default value, when the default is a real figure. */
  sourceId?: string;
  /** As-of date of an ageing default (price, hashrate, rent). */
  asOf?: string;
  /** Intl.NumberFormat options for showing the value. */
  format?: Intl.NumberFormatOptions;
}

export interface ChoiceParam {
  kind: 'choice';
  key: string;
  label: string;
  options: readonly { value: string; label: string }[];
  default: string;
  sourceId?: string;
  asOf?: string;
}

export type ParamSpec = NumberParam | ChoiceParam;
export type Schema = Record<string, ParamSpec>;
export type Values<S extends Schema> = { [K in keyof S]: S[K] extends NumberParam ? number : S[K] extends ChoiceParam ? string : number | string };

export interface Parsed<S extends Schema> {
  values: Values<S>;
  /** One plain sentence for each value that was changed to fit the schema. */
  notes: string[];
}

export const numberParam = (p: Omit<NumberParam, 'kind'>): NumberParam => ({ kind: 'number', ...p });
export const choiceParam = (p: Omit<ChoiceParam, 'kind'>): ChoiceParam => ({ kind: 'choice', ...p });

export function defaults<S extends Schema>(schema: S): Values<S> {
  const out: Record<string, number | string> = {};
  for (const [name, spec] of Object.entries(schema)) out[name] = spec.default;
  return out as Values<S>;
}

/** Rounds to the slider grid (anchored at min) so a URL value lands on a reachable position. */
export function snapToStep(spec: NumberParam, value: number): number {
  const steps = Math.round((value - spec.min) / spec.step);
  const decimals = Math.max(0, -Math.floor(Math.log10(spec.step)) + 1);
  return Number((spec.min + steps * spec.step).toFixed(decimals));
}

export function clampNumber(spec: NumberParam, value: number): number {
  return snapToStep(spec, Math.min(spec.max, Math.max(spec.min, value)));
}

const queryKey = (prefix: string, spec: ParamSpec) => (prefix ? `${prefix}.${spec.key}` : spec.key);
const shown = (raw: string) => (raw.length > 24 ? `${raw.slice(0, 24)}…` : raw);

/** Reads one raw query value through its spec; returns the value and a note when it had to change it. */
export function readParam(spec: ParamSpec, raw: string | null): { value: number | string; note?: string } {
  if (raw === null) return { value: spec.default };
  if (spec.kind === 'choice') {
    if (spec.options.some((o) => o.value === raw)) return { value: raw };
    return { value: spec.default, note: ui.notAChoice(spec.label, shown(raw)) };
  }
  const trimmed = raw.trim();
  const n = trimmed === '' ? NaN : Number(trimmed);
  if (!Number.isFinite(n)) {
    return { value: spec.default, note: ui.notANumber(spec.label, shown(raw)) };
  }
  const value = clampNumber(spec, n);
  if (n < spec.min) return { value, note: ui.belowMin(spec.label, shown(trimmed), spec.unit ? prov.withUnit(String(spec.min), spec.unit) : String(spec.min)) };
  if (n > spec.max) return { value, note: ui.aboveMax(spec.label, shown(trimmed), spec.unit ? prov.withUnit(String(spec.max), spec.unit) : String(spec.max)) };
  return { value };
}

/**
 * Parses a query string through a schema. Keys are `prefix.key`; the last of repeated keys wins,
 * as it does in URLSearchParams.get's counterpart for forms, and is noted.
 */
export function parseParams<S extends Schema>(schema: S, query: string | URLSearchParams, prefix = ''): Parsed<S> {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const values: Record<string, number | string> = {};
  const notes: string[] = [];
  for (const [name, spec] of Object.entries(schema)) {
    const all = params.getAll(queryKey(prefix, spec));
    if (all.length > 1) notes.push(ui.givenTwice(spec.label, all.length));
    const { value, note } = readParam(spec, all.length ? all[all.length - 1]! : null);
    values[name] = value;
    if (note) notes.push(note);
  }
  return { values: values as Values<S>, notes };
}

/** The query entries for values that differ from their defaults, in schema order. */
export function toQueryEntries<S extends Schema>(schema: S, values: Values<S>, prefix = ''): [string, string][] {
  const entries: [string, string][] = [];
  for (const [name, spec] of Object.entries(schema)) {
    const v = (values as Record<string, number | string>)[name];
    if (v !== undefined && v !== spec.default) entries.push([queryKey(prefix, spec), String(v)]);
  }
  return entries;
}

/** Replaces this widget's keys in an existing query string, leaving other widgets' keys alone. */
export function mergeQuery<S extends Schema>(current: string, schema: S, values: Values<S>, prefix = ''): string {
  const params = new URLSearchParams(current);
  for (const spec of Object.values(schema)) params.delete(queryKey(prefix, spec));
  for (const [k, v] of toQueryEntries(schema, values, prefix)) params.append(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Formats a parameter value with its unit for labels and aria-valuetext. */
export function formatParam(spec: ParamSpec, value: number | string): string {
  if (spec.kind === 'choice') return spec.options.find((o) => o.value === value)?.label ?? String(value);
  const text = formatOptions(value as number, spec.format ?? { maximumFractionDigits: 3 });
  return spec.unit ? prov.withUnit(text, spec.unit) : text;
}

/**
 * The schema with a chapter's starting values as its defaults, e.g. from
 * `<SqueezeCalculator power={0.06} />`. Values are read like URL values (clamped, snapped to the
 * grid; a bad one keeps the default); keys that are not parameters (slot, scrolly) are ignored.
 * The content check has already rejected bad values with a plain message at build time.
 */
export function withStartValues<S extends Schema>(schema: S, start: Record<string, unknown>): S {
  const out: Record<string, ParamSpec> = {};
  for (const [name, spec] of Object.entries(schema)) {
    const raw = start[name];
    out[name] = raw === undefined || raw === null ? spec : { ...spec, default: readParam(spec, String(raw)).value } as ParamSpec;
  }
  return out as S;
}
