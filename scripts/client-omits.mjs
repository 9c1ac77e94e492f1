/**
 * What the browser never needs, dropped from the client build only. The server still renders from
 * the whole source, and tests read it as it is. Used by astro.config.mjs; test/build/dist/budget.test.ts
 * checks that the client build ships none of it.
 */

/**
 * Fields of a data file the browser never needs: a widget ships what it shows and not, say, every
 * deal's research note. The Chinese build words each deal from the board's own zh.ts (a test holds
 * it to every deal), so it ships none of the English words either.
 */
const jsonFields = (lang) => ({ '/content/deals.json': ['note', 'miner', 'counterparty', ...(lang === 'zh' ? ['name', 'site', 'remark'] : [])] });

/**
 * Fields of a widget's declaration that only the server reads (src/lib/widget/define.ts): lesson
 * notes and embed pages show its goal, and the registry, the chapters and the sources page read its
 * chapter, component name and source list. An island needs its id, title, settings and presets.
 * By file: the declaration (meta.ts), and its words in each language (i18n/<lang>.ts).
 */
const DECLARATION_FIELDS = [
  { file: /\/src\/widgets\/[^/]+\/meta\.ts$/, object: 'meta', fields: ['goal', 'chapter', 'component', 'sources'] },
  { file: /\/src\/widgets\/[^/]+\/i18n\/\w+\.ts$/, object: 'text', fields: ['goal'] },
];

const isClient = (ctx) => ctx.environment?.config.consumer === 'client';

/** Drops data files' fields (JSON, before Vite's JSON plugin turns the text into a module). */
export const jsonOmits = (lang) => ({
  name: 'json-omits',
  enforce: 'pre',
  transform(code, id) {
    const fields = jsonFields(lang);
    const file = isClient(this) && Object.keys(fields).find((f) => id.endsWith(f));
    if (!file) return null;
    const omit = (entry) => Object.fromEntries(Object.entries(entry).filter(([k]) => !fields[file].includes(k)));
    const data = JSON.parse(code);
    return { code: JSON.stringify(Array.isArray(data) ? data.map(omit) : omit(data)), map: null };
  },
});

/**
 * Drops server-only properties of a module's `export const <object> = {…}` (after TypeScript is
 * stripped, so the parser reads plain JavaScript).
 */
export const declarationOmits = () => ({
  name: 'declaration-omits',
  // The build only: component tests run islands beside the registry, which reads every field.
  apply: 'build',
  transform(code, id) {
    const rule = isClient(this) && DECLARATION_FIELDS.find((r) => r.file.test(id));
    if (!rule) return null;
    const declared = this.parse(code).body.flatMap((n) => (n.type === 'ExportNamedDeclaration' && n.declaration?.type === 'VariableDeclaration' ? n.declaration.declarations : []));
    const object = declared.find((d) => d.id.name === rule.object)?.init;
    if (object?.type !== 'ObjectExpression') return null;
    const cut = object.properties.filter((p) => p.type === 'Property' && !p.computed && rule.fields.includes(p.key.name ?? p.key.value));
    // From the last, so earlier offsets hold; each property goes with the comma after it.
    let out = code;
    for (const p of cut.reverse()) out = out.slice(0, p.start) + out.slice(p.end).replace(/^\s*,/, '');
    return { code: out, map: null };
  },
});
