/**
 * The content check: finds the slips an editor can make in a chapter's MDX (unknown ids,
 * components and widget settings, images without alt text, misplaced steps, a glossary term whose
 * first use is not linked: glossaryCheck.ts) and says, for each,
 * where it is and how to fix it. Pure: the lookups come from the caller (src/site/contentLookups.ts
 * binds them to content/ and the widget registry), so tests pass small hand-made ones.
 */
import { choiceParam, type ChoiceParam, type NumberParam, type Schema } from '../widget/params';
import type { WidgetMeta } from '../widget/define';
import { scanMdx, type MdxAttr, type MdxTag } from './mdxTags';
import { didYouMean } from './didYouMean';
import { unlinkedFirstUses, type GlossaryTerm } from './glossaryCheck';

/** What a story component accepts in MDX, as data (src/story/componentSpecs.ts describes each). */
export interface PropSpec {
  /** What the prop means, in a few words. */
  about: string;
  /** An example of the prop as written in MDX, used in fixes: `id="hri-2024-04-01"`. */
  example: string;
  required?: boolean;
  /** Must not be empty text (alt text). */
  nonEmpty?: boolean;
  /** The value is an id (or, for "sources", a comma list of ids) that must exist in content/. */
  refers?: 'source' | 'sources' | 'fact' | 'term' | 'widget';
}

export interface ComponentSpec {
  about: string;
  props: Record<string, PropSpec>;
  /** The component only works inside this one. */
  inside?: string;
}


export interface ContentProblem {
  /** Path from the project root, e.g. content/chapters/03-power.mdx. */
  file: string;
  line?: number;
  /** What is wrong, in plain words. */
  message: string;
  /** What to do about it. */
  fix: string;
}

export interface ContentLookups {
  sources: ReadonlySet<string>;
  facts: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  /** Story components by MDX name (src/story/componentSpecs.ts). */
  components: Record<string, ComponentSpec>;
  /** Widget parameter schemas by MDX name, e.g. SqueezeCalculator. */
  widgets: Record<string, Schema>;
  /** Whether a path like "/images/a.png" exists under public/; when absent, not checked. */
  publicFile?: (path: string) => boolean;
  /** The glossary's terms and the words that count as a use; when absent, first uses are not checked. */
  glossary?: readonly GlossaryTerm[];
}

const WHERE: Record<NonNullable<PropSpec['refers']>, { what: string; fix: string }> = {
  source: { what: 'source id', fix: 'use an id from content/sources.json (or content/sources/*.json), or add the source there with id, title, publisher, date, url and supports.' },
  sources: { what: 'source id', fix: 'use an id from content/sources.json (or content/sources/*.json), or add the source there with id, title, publisher, date, url and supports.' },
  fact: { what: 'fact id', fix: 'use an id from content/facts.json (or content/facts/*.json), or add the fact there with its label, value, unit, asOf and source.' },
  term: { what: 'glossary term', fix: 'use an id from content/glossary.json, or add the term there with id, term, definition and source.' },
  widget: { what: 'widget', fix: 'use a widget name as EDITING.md lists them, e.g. graphic="RewardStaircase".' },
};

const shown = (a: MdxAttr) =>
  a.value.kind === 'string' ? `${a.name}="${a.value.text}"` : a.value.kind === 'expression' ? `${a.name}={${a.value.text}}` : a.name;
const list = (xs: readonly string[]) => xs.join(', ');

/**
 * What a chapter may set on a widget: its settings, and `preset` (one of its dated presets' ids)
 * when it has presets, checked like a choice.
 */
export function chapterSettings(w: Pick<WidgetMeta, 'schema' | 'presets'>): Schema {
  if (!w.presets?.length) return w.schema;
  const preset = choiceParam({ key: 'preset', label: 'Dated preset', options: w.presets.map((p) => ({ value: p.id, label: p.label })), default: w.presets[0]!.id });
  return { ...w.schema, preset };
}

export function checkChapter(file: string, mdx: string, lookups: ContentLookups): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (line: number, message: string, fix: string) => problems.push({ file, line, message, fix });
  const { tags, images } = scanMdx(mdx);
  const scrollyIds = new Map<string, number>();

  for (const img of images) {
    if (!img.alt.trim()) add(img.line, 'An image has no alt text: ![](…).', 'write what the image shows between the square brackets, e.g. ![Rows of mining machines in a hall](/images/hall.jpg), or use <Figure src="…" alt="…" />.');
  }
  for (const tag of tags) {
    const spec = lookups.components[tag.name];
    const schema = lookups.widgets[tag.name];
    if (tag.name === 'img') checkImg(tag, add);
    else if (!/^[A-Z]/.test(tag.name)) continue;
    else if (spec) checkStoryTag(tag, spec, lookups, add);
    else if (schema) checkWidgetTag(tag, schema, add);
    else {
      const names = [...Object.keys(lookups.components), ...Object.keys(lookups.widgets)];
      add(tag.line, `Unknown component <${tag.name}>.${didYouMean(tag.name, names, (s) => `<${s}>`)}`,
        `check the spelling. Chapters can use ${list(Object.keys(lookups.components))}, and the widgets ${list(Object.keys(lookups.widgets))}. EDITING.md shows each one.`);
    }
    if (tag.name === 'Scrolly') {
      const id = tag.attrs.find((a) => a.name === 'id');
      if (id?.value.kind === 'string') {
        const first = scrollyIds.get(id.value.text);
        if (first) add(id.line, `Two <Scrolly> sections have id "${id.value.text}" (the first is on line ${first}).`, 'give each <Scrolly> its own id.');
        else scrollyIds.set(id.value.text, id.line);
      }
    }
  }
  if (lookups.glossary) problems.push(...unlinkedFirstUses(file, mdx, lookups.glossary));
  return problems;
}

type Add = (line: number, message: string, fix: string) => void;

function checkImg(tag: MdxTag, add: Add) {
  const alt = tag.attrs.find((a) => a.name === 'alt');
  if (!alt || (alt.value.kind === 'string' && !alt.value.text.trim()) || alt.value.kind === 'flag') {
    add(tag.line, 'An <img> has no alt text.', 'add alt="…" saying what the image shows, or better, use <Figure src="…" alt="…" caption="…" />.');
  }
}

function checkStoryTag(tag: MdxTag, spec: ComponentSpec, lookups: ContentLookups, add: Add) {
  const name = tag.name;
  const takes = Object.entries(spec.props).map(([p, s]) => `${p} (${s.about})`);
  if (spec.inside && !tag.parents.includes(spec.inside)) {
    add(tag.line, `<${name}> is not inside a <${spec.inside}> section.`, `put it between <${spec.inside} …> and </${spec.inside}>, or remove the <${name}> tags.`);
  }
  for (const attr of tag.attrs) {
    const prop = spec.props[attr.name];
    if (!prop) {
      add(attr.line, `<${name}> has no prop "${attr.name}".${didYouMean(attr.name, Object.keys(spec.props))}`,
        takes.length ? `${name} takes: ${list(takes)}.` : `remove it: <${name}> takes no props.`);
      continue;
    }
    if (prop.refers && attr.value.kind !== 'string') {
      add(attr.line, `<${name} ${shown(attr)}> needs the id in quotes.`, `write it as ${prop.example}.`);
    } else if (prop.nonEmpty && attr.value.kind === 'string' && !attr.value.text.trim()) {
      add(attr.line, attr.name === 'alt' ? `<${name}> has empty alt text.` : `<${name}> has an empty ${attr.name}.`, fixFor(attr.name, prop));
    } else if (prop.refers && attr.value.kind === 'string') {
      checkIds(name, attr, prop.refers, lookups, add);
    }
    if (name === 'Figure' && attr.name === 'src' && attr.value.kind === 'string') checkFigureSrc(attr, lookups, add);
  }
  for (const [p, prop] of Object.entries(spec.props)) {
    if (prop.required && !tag.attrs.some((a) => a.name === p)) {
      add(tag.line, p === 'alt' ? `<${name}> has no alt text.` : `<${name}> is missing its ${p}.`, fixFor(p, prop));
    }
  }
}

function fixFor(p: string, prop: PropSpec) {
  return p === 'alt'
    ? `add alt="…" saying what the image shows, for readers who cannot see it, e.g. ${prop.example}.`
    : `add ${prop.example} (${prop.about}).`;
}

function checkIds(name: string, attr: MdxAttr, refers: NonNullable<PropSpec['refers']>, lookups: ContentLookups, add: Add) {
  const text = attr.value.kind === 'string' ? attr.value.text : '';
  const ids = refers === 'sources' ? text.split(',').map((s) => s.trim()) : [text.trim()];
  const known = refers === 'fact' ? lookups.facts : refers === 'term' ? lookups.terms : refers === 'widget' ? new Set(Object.keys(lookups.widgets)) : lookups.sources;
  for (const id of ids) {
    if (known.has(id)) continue;
    const { what, fix } = WHERE[refers];
    add(attr.line, id ? `Unknown ${what} "${id}" in <${name}>.${didYouMean(id, known)}` : `<${name}> has an empty ${what}.`, fix);
  }
}

function checkFigureSrc(attr: MdxAttr, lookups: ContentLookups, add: Add) {
  const src = attr.value.kind === 'string' ? attr.value.text : '';
  if (!src.trim()) return;
  if (!src.startsWith('/')) {
    add(attr.line, `<Figure src="${src}"> points outside the site.`, 'copy the image into public/images/ and write src="/images/name.jpg": the site loads nothing from other servers.');
  } else if (lookups.publicFile && !lookups.publicFile(src)) {
    add(attr.line, `<Figure src="${src}">: there is no file public${src}.`, `put the image at public${src}, or correct the path (it starts at public/, so public/images/a.jpg is "/images/a.jpg").`);
  }
}

function checkWidgetTag(tag: MdxTag, schema: Schema, add: Add) {
  const name = tag.name;
  const keys = Object.keys(schema);
  for (const attr of tag.attrs) {
    const spec = schema[attr.name];
    if (spec) checkWidgetValue(name, attr, spec, add);
    else if (attr.name === 'still') {
      if (attr.value.kind !== 'flag') add(attr.line, `<${name} ${shown(attr)}>: still takes no value.`, `write it on its own: <${name} still />.`);
    } else if (attr.name.startsWith('client:')) {
      add(attr.line, `<${name} ${attr.name}>: widgets load themselves when the reader scrolls near them.`, `remove ${attr.name}.`);
    } else {
      const settings = keys.map((k) => `${k} (${schema[k]!.label})`);
      add(attr.line, `<${name}> has no setting "${attr.name}".${didYouMean(attr.name, keys)}`,
        `use one of its settings: ${list(settings)}. To draw it beside the steps of a scrollytelling section, name it in the section instead: <Scrolly … graphic="${name}">.`);
    }
  }
}

function checkWidgetValue(name: string, attr: MdxAttr, spec: NumberParam | ChoiceParam, add: Add) {
  const raw = attr.value.kind === 'flag' ? '' : attr.value.text.trim();
  if (spec.kind === 'choice') {
    const values = spec.options.map((o) => o.value);
    if (attr.value.kind !== 'string' || !values.includes(raw)) {
      add(attr.line, `<${name} ${shown(attr)}> is not one of the choices for ${spec.label}.${didYouMean(raw, values)}`,
        `use one of: ${list(values.map((v) => `${attr.name}="${v}"`))}.`);
    }
    return;
  }
  const n = raw === '' ? NaN : Number(raw.replace(/_/g, ''));
  const range = `from ${spec.min} to ${spec.max} (${spec.label}, ${spec.unit})`;
  if (!Number.isFinite(n)) add(attr.line, `<${name} ${shown(attr)}>: ${spec.label} must be a number.`, `write a plain number in braces, e.g. ${attr.name}={${spec.default}}, ${range}.`);
  else if (n < spec.min) add(attr.line, `<${name} ${shown(attr)}> is below the lowest allowed ${spec.label}.`, `use a number ${range}.`);
  else if (n > spec.max) add(attr.line, `<${name} ${shown(attr)}> is above the highest allowed ${spec.label}.`, `use a number ${range}.`);
}

/** One problem as a line: "content/chapters/03-x.mdx:42 — Unknown fact id "foo". Fix: …". */
export const formatProblem = (p: ContentProblem) => `${p.file}${p.line ? `:${p.line}` : ''} — ${p.message} Fix: ${p.fix}`;

/** The message of the one error that stops the build (or shows in the dev overlay). */
export function problemsMessage(problems: readonly ContentProblem[]): string {
  if (problems.length === 1) return formatProblem(problems[0]!);
  const files = new Set(problems.map((p) => p.file)).size;
  return `${problems.length} problems in ${files === 1 ? problems[0]!.file : `${files} chapters`}:\n\n${problems.map((p) => `• ${formatProblem(p)}`).join('\n\n')}`;
}
