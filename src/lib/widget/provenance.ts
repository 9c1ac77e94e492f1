/**
 * How a number on screen was obtained: the core formula that computed it and each input with its
 * value, unit and source. Widgets' model.ts files build one per readout (`traced(text, …)`),
 * so the popover, the tests and the number itself come from the same call.
 */
import type { Assumption } from '@core/assumptions';
import type { Formula } from '@core/formula';
import { nf } from './format';
import type { WidgetMeta } from './define';
import { formatParam, type ParamSpec, type Schema, type Values } from './params';
import { ui } from './i18n';

export interface ProvenanceInput {
  label: string;
  /** The value as shown, e.g. "$0.045" or "3.125". */
  value: string;
  unit?: string;
  /** Source id (content/sources.json) of this value. */
  sourceId?: string;
  /** As-of date of an ageing value. */
  asOf?: string;
  /** A short remark, e.g. "your setting; the default is $0.045" or "computed above". */
  note?: string;
}

export interface Provenance {
  /** The formula that computed the number; absent for a figure reported as is by its source. */
  formula?: Formula;
  inputs: ProvenanceInput[];
}

/** A number as the reader sees it, with how it was obtained. */
export interface Traced {
  text: string;
  provenance: Provenance;
}

/** A source as a popover cites it; resolved from content/ on the server and passed to islands. */
export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url: string | null;
}

/** What a readout's popover shows: its label, how it was obtained, and the sources that cites. */
export interface ReadoutPop {
  label: string;
  provenance: Provenance;
  sources: Record<string, SourceRef>;
}

/**
 * A widget instance's readouts as its JSON data block carries them (src/controls/ProvenanceRecord.svelte):
 * each readout's label and provenance by its id, and the sources they cite.
 */
export interface WidgetRecord {
  readouts: Record<string, { label: string; provenance: Provenance }>;
  sources: Record<string, SourceRef>;
}

/** Props of a widget island that shows readouts: the sources its provenance popovers cite, by id. */
export interface WithSources {
  /** Resolved by the widget's Island.astro (src/lib/widgetSources.ts); absent in unit tests. */
  sources?: Record<string, SourceRef>;
}

/** Props of a widget's root component: its sources, and starting values from the chapter, e.g. `power={0.06}`. */
export interface WidgetProps extends WithSources {
  [setting: string]: unknown;
}

export const traced = (text: string, formula: Formula, inputs: ProvenanceInput[]): Traced => ({ text, provenance: { formula, inputs } });

/** A figure shown as its source reported it: no formula, one input naming the source. */
export const reported = (text: string, input: ProvenanceInput): Traced => ({ text, provenance: { inputs: [input] } });

/**
 * An input from a shared assumption (src/core/assumptions.ts): its value, source and basis, in the
 * build's language (another edition's build writes its words into the core: scripts/i18n-folders.mjs).
 */
export function assumptionInput(a: Assumption, label = a.label, shown = nf({ maximumFractionDigits: 3 }).format(a.value)): ProvenanceInput {
  const input: ProvenanceInput = { label, value: shown, unit: a.unit, asOf: a.asOf, note: a.basis };
  if (a.sourceId) input.sourceId = a.sourceId;
  return input;
}

/** An input from a widget parameter: its label, unit, source and as-of date come from the schema. */
export function paramInput(spec: ParamSpec, value: number | string, label = spec.label): ProvenanceInput {
  const unit = spec.kind === 'number' ? spec.unit || undefined : undefined;
  const shown = spec.kind === 'number' && spec.unit ? formatParam({ ...spec, unit: '' }, value) : formatParam(spec, value).trim();
  const input: ProvenanceInput = { label, value: shown, unit };
  if (spec.sourceId) input.sourceId = spec.sourceId;
  if (spec.asOf) input.asOf = spec.asOf;
  // The source vouches for the default; a value the reader chose is marked as theirs.
  if (value !== spec.default) input.note = ui.yourSetting(Boolean(spec.sourceId), formatParam(spec, spec.default).trim());
  return input;
}

/**
 * Inputs from several parameters at once, in the order given; a [name, symbol] pair labels the
 * input with the formula's symbol, e.g. ['power', 'c'] gives "Power price (c)".
 */
export function paramInputs<S extends Schema>(schema: S, values: Values<S>, names: readonly (keyof S & string | readonly [keyof S & string, string])[]): ProvenanceInput[] {
  return names.map((n) => {
    const [name, symbol] = typeof n === 'string' ? [n, undefined] : n;
    const spec = schema[name]!;
    return paramInput(spec, (values as Record<string, number | string>)[name]!, symbol ? ui.withSymbol(spec.label, symbol) : spec.label);
  });
}

/** Every source id a provenance cites, for checks that the widget passes them to its island. */
export const provenanceSourceIds = (p: Provenance): string[] => [...new Set(p.inputs.flatMap((i) => (i.sourceId ? [i.sourceId] : [])))];

/** The sources a widget's island receives: its listed sources and those of its parameters' defaults and presets. */
export function widgetSourceIds(meta: WidgetMeta): string[] {
  const fromSchema = Object.values(meta.schema).flatMap((p) => (p.sourceId ? [p.sourceId] : []));
  const fromPresets = (meta.presets ?? []).flatMap((p) => p.sources);
  return [...new Set([...meta.sources, ...fromSchema, ...fromPresets])];
}
