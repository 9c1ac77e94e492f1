/**
 * Computed facts. A fact in content/facts*.json may give, instead of a typed `value`,
 * `"derive": { "fn": "minerDay", "args": { … }, "pick": "revenueUsd" }`: the value is worked out
 * at build time by a whitelisted core function (src/lib/content/factFunctions.ts), so a figure in the
 * prose is the number the widgets compute and cannot drift from it. An argument is a number, or
 *   "@fact-id"                       another fact's value (itself typed or computed),
 *   "catalog:<model-id>.<field>"     a hardware catalog field, e.g. "catalog:s19j-pro.hashrateThs",
 *   "default:<widget-id>.<setting>"  a widget's starting value, e.g. "default:squeeze-calculator.fees",
 * or any other text, passed on as it is (e.g. "tenant").
 * Pure: the catalog and widget lookups come from the caller (src/site/factRefs.ts binds them).
 */
import { didYouMean } from './didYouMean';
import { factFunctions as siteFunctions, type FactArgs, type FactFunction } from './factFunctions';

export interface Derive {
  fn: string;
  args: Record<string, number | string>;
  /** Which output of a function that returns several, e.g. "revenueUsd". */
  pick?: string;
}

export interface FactLike {
  id: string;
  label: string;
  value?: number | string;
  derive?: Derive;
}

/** What a reference names, for the fact's popover: "Antminer S19j Pro hashrate (TH/s)". */
export interface RefValue {
  value: number | string;
  label: string;
  /** The value as shown, with its unit ("104 TH/s"); the plain value when absent. */
  text?: string;
}

export interface FactRefs {
  catalog: (modelId: string, field: string) => RefValue | undefined;
  widgetDefault: (widgetId: string, setting: string) => RefValue | undefined;
}

export interface DeriveProblem {
  /** The fact's id. */
  id: string;
  message: string;
  fix: string;
}

/** One input of a computed fact, as its popover lists it. */
export interface DerivationInput {
  arg: string;
  /** The fact id for "@…" arguments. */
  factId?: string;
  label: string;
  value: number | string;
  /** As shown, for catalog fields and widget settings ("104 TH/s"). */
  text?: string;
}

const FIX_FN = `use one of the functions in src/lib/content/factFunctions.ts (EDITING.md lists them), or give the fact a typed "value" instead.`;

/**
 * Fills in `value` for every fact with `derive`, in any order (a computed fact may use another).
 * Returns the facts in their order and a problem for each fact that cannot be computed: an
 * unknown function, argument, fact or catalog field, a missing argument or `pick`, a loop, a
 * value typed beside `derive`, or a core function's own RangeError.
 */
export function resolveFacts<F extends FactLike>(
  entries: readonly F[],
  refs: FactRefs,
  functions: Readonly<Record<string, FactFunction>> = siteFunctions,
): { facts: (F & { value: number | string })[]; problems: DeriveProblem[] } {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const values = new Map<string, number | string>();
  const failed = new Set<string>();
  const problems: DeriveProblem[] = [];
  const fail = (id: string, message: string, fix: string) => {
    if (!failed.has(id)) problems.push({ id, message, fix });
    failed.add(id);
    return undefined;
  };

  const valueOf = (id: string, path: readonly string[]): number | string | undefined => {
    if (values.has(id)) return values.get(id);
    if (failed.has(id)) return undefined;
    const fact = byId.get(id)!;
    if (!fact.derive) return fact.value;
    if (fact.value !== undefined) return fail(id, `Fact "${id}" has both a typed "value" and "derive".`, 'remove "value": a computed fact takes its value from the function.');
    if (path.includes(id)) return fail(id, `Fact "${id}" is computed from itself: ${[...path.slice(path.indexOf(id)), id].join(' → ')}.`, 'break the loop: one of these facts needs a typed value.');
    const { fn, args = {}, pick } = fact.derive;
    const f = functions[fn];
    if (!f) return fail(id, `Fact "${id}" names an unknown function "${fn}".${didYouMean(fn, Object.keys(functions))}`, FIX_FN);
    const allowed = [...f.args, ...(f.optional ?? [])];
    const unknownArg = Object.keys(args).find((a) => !allowed.includes(a));
    if (unknownArg) return fail(id, `Fact "${id}": ${fn} takes no argument "${unknownArg}".${didYouMean(unknownArg, allowed)}`, `give ${fn} only ${allowed.join(', ') || 'no arguments'}.`);
    const missing = f.args.find((a) => !(a in args));
    if (missing) return fail(id, `Fact "${id}": ${fn} needs the argument "${missing}".`, `add "${missing}" to "args": a number, "@fact-id", "catalog:<model>.<field>" or "default:<widget>.<setting>".`);
    const resolved: Record<string, number | string> = {};
    for (const [arg, raw] of Object.entries(args)) {
      const ref = resolveRef(raw, refs, byId, (other) => valueOf(other, [...path, id]));
      if (ref.problem) return fail(id, `Fact "${id}", argument "${arg}": ${ref.problem.message}`, ref.problem.fix);
      resolved[arg] = ref.value!.value;
    }
    let result;
    try {
      result = f.run(resolved as FactArgs);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      return fail(id, `Fact "${id}": ${fn} rejects its arguments (${e.message}).`, 'check the arguments against the function’s units and ranges.');
    }
    let value: number | string | undefined;
    if (typeof result === 'object') {
      const outputs = Object.keys(result);
      if (!pick) return fail(id, `Fact "${id}": ${fn} gives several figures and "pick" does not say which.`, `add "pick": one of ${outputs.join(', ')}.`);
      value = result[pick];
      if (value === undefined) return fail(id, `Fact "${id}": ${fn} has no output "${pick}".${didYouMean(pick, outputs)}`, `pick one of ${outputs.join(', ')}.`);
    } else {
      if (pick) return fail(id, `Fact "${id}": ${fn} gives one figure, so "pick" has nothing to choose.`, 'remove "pick".');
      value = result;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) return fail(id, `Fact "${id}": ${fn} gives ${value}.`, 'check the arguments: a division by zero, or a value far out of range.');
    values.set(id, value);
    return value;
  };

  for (const e of entries) if (e.derive) valueOf(e.id, []);
  for (const e of entries) if (!e.derive && e.value === undefined) fail(e.id, `Fact "${e.id}" has no value.`, 'add "value", or "derive" to compute it.');
  const facts = entries.map((e) => (e.derive && values.has(e.id) ? { ...e, value: values.get(e.id)! } : e) as F & { value: number | string });
  return { facts, problems };
}

type RefResult = { value?: RefValue; problem?: { message: string; fix: string } };

function resolveRef(
  raw: number | string,
  refs: FactRefs,
  byId: ReadonlyMap<string, FactLike>,
  factValue: (id: string) => number | string | undefined,
): RefResult {
  if (typeof raw === 'number') return { value: { value: raw, label: String(raw) } };
  if (raw.startsWith('@')) {
    const id = raw.slice(1);
    const fact = byId.get(id);
    if (!fact) return { problem: { message: `unknown fact "${id}".${didYouMean(id, [...byId.keys()])}`, fix: 'use "@" and an id from content/facts.json or content/facts/*.json.' } };
    const value = factValue(id);
    if (value === undefined) return { problem: { message: `the fact "${id}" it uses cannot be computed.`, fix: `fix "${id}" first.` } };
    return { value: { value, label: fact.label } };
  }
  const m = /^(catalog|default):([^.]+)\.(.+)$/.exec(raw);
  if (m) {
    const [, kind, owner, field] = m as unknown as [string, 'catalog' | 'default', string, string];
    const value = kind === 'catalog' ? refs.catalog(owner, field) : refs.widgetDefault(owner, field);
    if (value) return { value };
    return {
      problem: kind === 'catalog'
        ? { message: `the hardware catalog has no "${owner}" with a number "${field}".`, fix: 'use a model id and field from src/core/catalog.ts, e.g. "catalog:s19j-pro.hashrateThs".' }
        : { message: `no widget "${owner}" with a setting "${field}".`, fix: 'use a widget id and setting as EDITING.md lists them, e.g. "default:squeeze-calculator.fees".' },
    };
  }
  if (/^(catalog|default):/.test(raw)) return { problem: { message: `"${raw}" is not "${raw.split(':')[0]}:<id>.<field>".`, fix: 'write it as e.g. "catalog:s19j-pro.hashrateThs" or "default:squeeze-calculator.fees".' } };
  return { value: { value: raw, label: raw } };
}

/**
 * The inputs of a computed fact, each with what it is and its value, for the popover that says
 * how the figure was worked out. `facts` holds resolved values.
 */
export function derivationInputs(derive: Derive, facts: ReadonlyMap<string, FactLike>, refs: FactRefs): DerivationInput[] {
  return Object.entries(derive.args ?? {}).map(([arg, raw]) => {
    if (typeof raw === 'string' && raw.startsWith('@')) {
      const fact = facts.get(raw.slice(1));
      return { arg, factId: raw.slice(1), label: fact?.label ?? raw, value: fact?.value ?? '' };
    }
    const ref = typeof raw === 'string' && /^(catalog|default):/.test(raw) ? resolveRef(raw, refs, facts, () => undefined).value : undefined;
    return { arg, label: ref?.label ?? arg, value: ref?.value ?? raw, ...(ref?.text ? { text: ref.text } : {}) };
  });
}
