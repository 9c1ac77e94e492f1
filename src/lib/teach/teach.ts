/**
 * Lesson notes from content and core: fills each scenario's figures from the widget's own
 * readouts at the scenario's query, checks the notes against the widget's schema, and lists
 * the widget's URL parameters. Pure; src/pages/teach/ binds it to the content collection.
 */
import { formatParam, parseParams, type ParamSpec } from '../widget/params';
import type { TeachNotes } from './teachSchema';
import { teachUi } from './i18n';
import { readoutsAt, type WidgetDef, type WidgetMeta } from '../widget/define';

/** One named readout of a widget, as the widget shows it. */
export interface Figure {
  /** What the number is, e.g. "Profit a day, after the halving". */
  label: string;
  /** Exactly the text of the widget's [data-readout="<name>"] element, e.g. "−$1.23". */
  text: string;
}
export type Figures = Record<string, Figure>;
/** A widget's figures for a set of values: its readouts by id (figuresAt). */
export type FiguresOf = (values: Record<string, number | string>) => Figures;

/** The figures lesson notes quote at these settings: every readout of the widget, by id, with its label and text. */
export function figuresAt(widget: WidgetDef, values: Record<string, number | string>): Figures {
  return Object.fromEntries(readoutsAt(widget, values as never).map((r) => [r.id, { label: r.label, text: r.text }]));
}

export interface ResolvedScenario {
  title: string;
  /** The query without "?", as written in the notes. */
  query: string;
  notice: string;
  figures: (Figure & { name: string })[];
}

export interface ResolvedNotes {
  question: string;
  scenarios: ResolvedScenario[];
  discussion: { q: string; a: string }[];
  misconceptions: string[];
}

const PLACEHOLDER = /\{(?:(\d+):)?([a-z0-9-]+)\}/g;

const queryKey = (prefix: string, spec: ParamSpec) => (prefix ? `${prefix}.${spec.key}` : spec.key);

/**
 * The notes with every {figure} filled in. Throws a plain message naming the file, the place and
 * the fix when a query is not one the widget takes as written, or a figure is unknown.
 */
export function resolveNotes(meta: WidgetMeta, notes: TeachNotes, figuresOf: FiguresOf, file = `content/teach/${meta.id}.json`): ResolvedNotes {
  const fail = (where: string, message: string) => new Error(`${file}, ${where}: ${message}`);
  const keys = Object.values(meta.schema).map((s) => queryKey(meta.prefix, s));

  const scenarios = notes.scenarios.map((s, i): ResolvedScenario => {
    const where = `scenario ${i + 1} ("${s.title}")`;
    const query = s.query.replace(/^\?/, '');
    for (const key of new URLSearchParams(query).keys()) {
      if (!keys.includes(key)) throw fail(where, `"${key}" is not a setting of ${meta.id}. Use ${keys.join(', ')}.`);
    }
    const parsed = parseParams(meta.schema, query, meta.prefix);
    for (const [name, spec] of Object.entries(meta.schema)) {
      const raw = new URLSearchParams(query).get(queryKey(meta.prefix, spec));
      const value = (parsed.values as Record<string, unknown>)[name];
      if (spec.kind === 'number' && raw !== null && Number(raw) !== value && !parsed.notes.length) {
        throw fail(where, `${queryKey(meta.prefix, spec)}=${raw} is not on the slider's steps, so the widget would show ${value}. Write ${value}.`);
      }
    }
    if (parsed.notes.length) throw fail(where, `the widget would change this query: ${parsed.notes.join(' ')} Use a value inside the range, on the slider's steps.`);
    const all = figuresOf(parsed.values as Record<string, number | string>);
    const figures = s.figures.map((name) => {
      const f = all[name];
      if (!f) throw fail(where, `there is no figure "${name}" in this state. Figures: ${Object.keys(all).join(', ') || 'none (the widget shows an error here)'}.`);
      return { name, ...f };
    });
    const notice = s.notice.replace(PLACEHOLDER, (_, n: string | undefined, name: string) => {
      if (n) throw fail(where, `{${n}:${name}} in a notice: a notice quotes its own scenario, so write {${name}}.`);
      const f = figures.find((x) => x.name === name);
      if (!f) throw fail(where, `the notice quotes {${name}}, which is not in its "figures" list. Add it there, so the test checks the widget shows it.`);
      return f.text;
    });
    return { title: s.title, query, notice, figures };
  });

  const quote = (text: string, where: string) =>
    text.replace(PLACEHOLDER, (_, n: string | undefined, name: string) => {
      if (!n) throw fail(where, `{${name}} needs the number of its scenario, e.g. {1:${name}}.`);
      const sc = scenarios[Number(n) - 1];
      if (!sc) throw fail(where, `{${n}:${name}}: there is no scenario ${n}.`);
      const f = sc.figures.find((x) => x.name === name);
      if (!f) throw fail(where, `{${n}:${name}}: scenario ${n} does not list the figure "${name}". Add it to its "figures".`);
      return f.text;
    });

  return {
    question: quote(notes.question, 'question'),
    scenarios,
    discussion: notes.discussion.map((d, i) => ({ q: quote(d.q, `discussion ${i + 1}`), a: quote(d.a, `discussion ${i + 1}`) })),
    misconceptions: notes.misconceptions.map((m, i) => quote(m, `misconception ${i + 1}`)),
  };
}

export interface ParamRow {
  /** Query key with the widget's prefix, e.g. "sq.power". */
  key: string;
  label: string;
  unit: string;
  /** "$0.010 per kWh to $0.300 per kWh, in steps of 0.005" or "s19j-pro (Antminer S19j Pro), …". */
  allowed: string;
  /** Raw default as it goes in a URL, and as shown. */
  defaultRaw: string;
  defaultText: string;
  sourceId?: string;
  asOf?: string;
}

/** The widget's URL parameters, for the lesson notes' table. */
export function paramRows(meta: WidgetMeta): ParamRow[] {
  return Object.values(meta.schema).map((spec) => ({
    key: queryKey(meta.prefix, spec),
    label: spec.label,
    unit: spec.kind === 'number' ? spec.unit : teachUi.oneOfChoices,
    allowed:
      spec.kind === 'number'
        ? teachUi.range(formatParam(spec, spec.min), formatParam(spec, spec.max), spec.step).replace(/\s+/g, ' ').trim()
        : spec.options.map((o) => teachUi.choice(o.value, o.label)).join(teachUi.listSeparator),
    defaultRaw: String(spec.default),
    defaultText: formatParam(spec, spec.default).trim(),
    sourceId: spec.sourceId,
    asOf: spec.asOf,
  }));
}
