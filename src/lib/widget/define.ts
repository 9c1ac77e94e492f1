/**
 * A widget, declared once: what the site knows about it (meta), the pure function from its
 * settings to everything it shows (compute), and its readouts as data (readouts). The widget's
 * view, its lesson notes, its embed page and the tests all read this one declaration, which lives
 * in src/widgets/<id>/widget.ts; the registry finds the folders.
 */
import type { Schema, Values } from './params';
import type { Traced } from './provenance';

/**
 * A dated starting point: several settings at once, from sourced figures, named by its date
 * ("November 2025", never "today"). A widget shows its presets as buttons, and a chapter may start
 * the widget at one: <SqueezeCalculator preset="nov-2025" />.
 */
export interface Preset<S extends Schema = Schema> {
  /** URL-safe id, used by chapters: preset="nov-2025". */
  id: string;
  /** Button text, led by the date: "November 2025". */
  label: string;
  values: Partial<Values<S>>;
  /** Source ids behind the values. */
  sources: readonly string[];
  /** What the preset assumes, in a sentence shown when it is active. */
  basis: string;
  /** A claim a source makes at these settings, shown as its claim beside the widget's own result. */
  claim?: string;
}

/**
 * What the site knows about a widget besides its code. Its goal, chapter, component name and
 * sources are read by the server only, and the client build drops them (scripts/client-omits.mjs).
 */
export interface WidgetMeta<S extends Schema = Schema> {
  /** URL-safe id, the name of its folder, used by /embed/<id>/ and /teach/<id>/. */
  id: string;
  /** Name of its Svelte root (<component>.svelte in its folder) as chapters write it: "SqueezeCalculator". */
  component: string;
  title: string;
  /** Chapter file id, e.g. "01-halving-squeeze". */
  chapter: string;
  /** Prefix of this widget's URL query keys, e.g. "sq" gives ?sq.power=0.06. */
  prefix: string;
  /** One sentence: what a learner should understand after using it. */
  goal: string;
  schema: S;
  /** Source ids behind its defaults and data, in the order a reader meets them. */
  sources: string[];
  /**
   * Height in px of its embed page at 400 px wide: the tallest state measured (defaults and every
   * lesson scenario) plus about 10%, so the iframe snippet shows the whole widget where a course
   * site strips scripts. test/e2e/teach.spec.ts measures it and says when it is outgrown.
   */
  embedHeightPx: number;
  /** Dated starting points, shown as buttons. */
  presets?: readonly Preset<S>[];
}

/** The preset whose values all match the settings, if any. */
export function activePreset<S extends Schema>(meta: Pick<WidgetMeta<S>, 'presets'>, values: Values<S>): Preset<S> | undefined {
  return meta.presets?.find((p) => Object.entries(p.values).every(([k, v]) => (values as Record<string, unknown>)[k] === v));
}

/** A number the widget shows, as data: what it is, its text, and how it was obtained. */
export interface Readout extends Traced {
  /** Its data-readout key, unique in the widget: "profit-after". */
  id: string;
  /** What the number is, in words: the term beside it, its "?" button's name, its lesson-note label. */
  label: string;
  /** Colour of a good or bad result. */
  tone?: 'good' | 'bad';
}

/**
 * A widget's whole declaration. `V` is its view: everything `compute` returns. (Methods, not
 * function properties, so any widget fits the registry's `WidgetDef` list.)
 */
export interface WidgetDef<S extends Schema = Schema, V = unknown> extends WidgetMeta<S> {
  /** Everything the widget shows for a set of settings. Pure: same settings, same view. */
  compute(values: Values<S>): V;
  /** Every number the view shows, in reading order, each traced to a core formula or a source. */
  readouts(view: V, values: Values<S>): Readout[];
}

/** Declares a widget (types only: the object is returned as it is). */
export const defineWidget = <S extends Schema, V>(def: WidgetDef<S, V>): WidgetDef<S, V> => def;

/** The readouts a widget shows at these settings. */
export function readoutsAt<S extends Schema, V>(def: WidgetDef<S, V>, values: Values<S>): Readout[] {
  return def.readouts(def.compute(values), values);
}

/** Readouts by id, for views that place some of them one by one (in a sentence, a chart key). */
export const byId = (readouts: readonly Readout[]): Record<string, Readout> => Object.fromEntries(readouts.map((r) => [r.id, r]));
