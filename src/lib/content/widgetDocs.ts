/**
 * The widget reference in EDITING.md, written from the registry so it cannot drift from the
 * widgets: each widget's MDX name, purpose, settings with their ranges, and an example that the
 * examples test builds. `npm run docs:editing` rewrites the section; a test fails when it is stale.
 */
import type { ParamSpec } from '../widget/params';
import type { WidgetMeta } from '../widget/define';

export const WIDGETS_START = '<!-- widgets:start (written by npm run docs:editing; do not edit by hand) -->';
export const WIDGETS_END = '<!-- widgets:end -->';

const literal = (key: string, v: number | string) => (typeof v === 'number' ? `${key}={${v}}` : `${key}="${v}"`);
const cell = (s: string) => s.replace(/\|/g, '\\|');

function allowed(spec: ParamSpec): string {
  if (spec.kind === 'choice') return spec.options.map((o) => `\`"${o.value}"\` (${cell(o.label)})`).join(', ');
  return `${spec.min} to ${spec.max}${spec.unit ? ` ${cell(spec.unit)}` : ''}, in steps of ${spec.step}`;
}

/** A start value other than the default, for the example: the next choice, or one step along. */
function exampleValue(spec: ParamSpec): number | string {
  if (spec.kind === 'choice') return spec.options.find((o) => o.value !== spec.default)?.value ?? spec.default;
  const up = Number((spec.default + spec.step).toFixed(10));
  return up <= spec.max ? up : Number((spec.default - spec.step).toFixed(10));
}

export function widgetReference(widgets: readonly WidgetMeta[]): string {
  const parts = [...widgets].sort((a, b) => a.component.localeCompare(b.component)).map((w) => {
    const specs = Object.entries(w.schema);
    const table = specs.length
      ? ['| Setting | What it is | Allowed values | Starts at |', '| --- | --- | --- | --- |',
        ...specs.map(([key, s]) => `| \`${key}\` | ${cell(s.label)} | ${allowed(s)} | \`${typeof s.default === 'string' ? `"${s.default}"` : s.default}\` |`)].join('\n')
      : 'It has no settings.';
    const first = specs[0];
    const example = first ? `<${w.component} ${literal(first[0], exampleValue(first[1]))} />` : `<${w.component} />`;
    const presets = w.presets?.length
      ? `\n\nDated presets (start the widget at one with \`preset\`): ${w.presets.map((p) => `\`preset="${p.id}"\` (${cell(p.label)})`).join(', ')}.`
      : '';
    const presetExample = w.presets?.length ? `\n\n<${w.component} preset="${w.presets.at(-1)!.id}" />` : '';
    return `### ${w.component}\n\n${w.title}. ${w.goal}\n\n${table}${presets}\n\n\`\`\`mdx\n<${w.component} />\n\n${example}${presetExample}\n\`\`\``;
  });
  return `${WIDGETS_START}\n\n${parts.join('\n\n')}\n\n${WIDGETS_END}`;
}

/** EDITING.md with its widget section replaced. */
export function withWidgetReference(doc: string, widgets: readonly WidgetMeta[]): string {
  const start = doc.indexOf(WIDGETS_START);
  const end = doc.indexOf(WIDGETS_END);
  if (start < 0 || end < start) throw new Error(`EDITING.md has lost its widget markers: put ${WIDGETS_START} and ${WIDGETS_END} back where the widget list goes.`);
  return doc.slice(0, start) + widgetReference(widgets) + doc.slice(end + WIDGETS_END.length);
}
