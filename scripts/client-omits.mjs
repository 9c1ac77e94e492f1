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
 * Fields of a module's objects that only the server reads, by file: of the object a module exports
 * as `object`, or, without one, of every object literal in it.
 * - A widget's declaration (src/lib/widget/define.ts): lesson notes and embed pages show its goal,
 *   and the registry and the chapters read its chapter and component name. An island needs its id,
 *   title, settings and presets. Its words in each language (i18n/<lang>.ts) carry the goal too.
 * - The sources of a widget and of its presets (meta.ts, presets.ts): the sources page reads them,
 *   and the server passes the island those it cites.
 * - A still's words (the legend of its settings, the link under them), which only the server renders.
 * - `factIds`, which tie data in the core and the widgets to content/facts.json: tests and the
 *   server's fact references read them.
 */
const DECLARATION_FIELDS = [
  { file: /\/src\/widgets\/[^/]+\/meta\.ts$/, object: 'meta', fields: ['goal', 'chapter', 'component'] },
  { file: /\/src\/widgets\/[^/]+\/i18n\/\w+\.ts$/, object: 'text', fields: ['goal'] },
  // Only the server renders a still (src/controls/WidgetFrame.svelte).
  { file: /\/src\/lib\/widget\/i18n\/\w+\.ts$/, object: 'ui', fields: ['stillSettings', 'stillLink'] },
  { file: /\/src\/widgets\/[^/]+\/(meta|presets)\.ts$/, fields: ['sources'] },
  { file: /\/src\/(core\/|widgets\/[^/]+\/)[^/]+\.ts$/, fields: ['factIds'] },
];

export const isClient = (ctx) => ctx.environment?.config.consumer === 'client';

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

/** Every object literal under an AST node. */
function* objectsIn(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'ObjectExpression') yield node;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) if (child && typeof child === 'object') yield* objectsIn(child);
  }
}

/** A plain property's name (`a: …`, `'a': …`); undefined for a computed key or a spread. */
const propertyName = (p) => (p.type === 'Property' && !p.computed ? p.key.name ?? p.key.value : undefined);

/**
 * The code with each property given in place of its own text (`put`), or cut with the comma after
 * it where `put` is empty. From the last, so earlier offsets hold.
 */
function replaceProperties(code, edits) {
  let out = code;
  for (const { at, put } of [...edits].sort((a, b) => b.at.start - a.at.start)) {
    const rest = out.slice(at.end);
    out = out.slice(0, at.start) + (put ? put + rest : rest.replace(/^\s*,/, ''));
  }
  return out;
}

/**
 * Drops server-only properties of a module's objects (after TypeScript is stripped, so the parser
 * reads plain JavaScript).
 */
export const declarationOmits = () => ({
  name: 'declaration-omits',
  // The build only: component tests run islands beside the registry, which reads every field.
  apply: 'build',
  transform(code, id) {
    const rules = isClient(this) ? DECLARATION_FIELDS.filter((r) => r.file.test(id)) : [];
    if (!rules.length) return null;
    const ast = this.parse(code);
    const exported = (name) => ast.body
      .flatMap((n) => (n.type === 'ExportNamedDeclaration' && n.declaration?.type === 'VariableDeclaration' ? n.declaration.declarations : []))
      .find((d) => d.id.name === name)?.init;
    const cut = rules.flatMap((rule) => {
      const objects = rule.object ? [exported(rule.object)].filter((o) => o?.type === 'ObjectExpression') : [...objectsIn(ast)];
      return objects.flatMap((o) => o.properties.filter((p) => rule.fields.includes(propertyName(p))));
    });
    // A property inside another that goes anyway is not cut twice.
    const outer = [...new Set(cut)].filter((p) => !cut.some((q) => q !== p && q.start <= p.start && p.end <= q.end));
    if (!outer.length) return null;
    return { code: replaceProperties(code, outer.map((p) => ({ at: p, put: '' }))), map: null };
  },
});

/**
 * The words and symbols of the core's formulas (`{ words, symbols, fn }` in src/core/*.ts), which a
 * reader sees only in an open readout popover. The client build ships a formula as its function's
 * name alone, with a number where one function has several formulas (`{ fn, n: 2 }`), and records
 * its words and symbols here by that key (`fn`, `fn#2`), in the edition's language (coreWords runs
 * first). After the build, scripts/page-bundles.mjs gives every page with widgets one JSON data
 * block of the formulas whose functions its scripts name, which the popover reads when it opens
 * (src/lib/client/popContent.ts). The server renders from the whole source.
 */
export const formulaTexts = new Map();

export const formulaKeys = () => ({
  name: 'formula-keys',
  apply: 'build',
  transform(code, id) {
    if (!isClient(this) || !/\/src\/core\/[^/]+\.ts$/.test(id)) return null;
    const fieldOf = (o, name) => o.properties.find((p) => propertyName(p) === name);
    const literal = (p) => (p.value.type === 'Literal' && typeof p.value.value === 'string' ? p.value.value : undefined);
    const seen = new Map();
    const edits = [...objectsIn(this.parse(code))].flatMap((o) => {
      const fields = ['words', 'symbols', 'fn'].map((f) => fieldOf(o, f));
      if (fields.includes(undefined)) return [];
      const [words, symbols, fn] = fields.map(literal);
      if ([words, symbols, fn].includes(undefined)) throw new Error(`${id}: a formula's words, symbols and fn must each be one string`);
      const n = (seen.get(fn) ?? 0) + 1;
      seen.set(fn, n);
      const key = n === 1 ? fn : `${fn}#${n}`;
      const known = formulaTexts.get(key);
      if (known && (known.words !== words || known.symbols !== symbols)) throw new Error(`${id}: another module has a formula computed by ${fn}; give its function another name`);
      formulaTexts.set(key, { words, symbols });
      // The words make way for the number, if any; the symbols go.
      return [{ at: fields[0], put: n === 1 ? '' : `n: ${n}` }, { at: fields[1], put: '' }];
    });
    return edits.length ? { code: replaceProperties(code, edits), map: null } : null;
  },
});

/**
 * Vite wraps every dynamic import in its preload helper, and keeps doing so with `modulePreload`
 * off, to preload the stylesheet of the chunk imported. Here styles go inline, so the one dynamic
 * import (the embed builder) has nothing to preload, and the helper was 0.5 KB gzip of dead code on
 * every page with a widget, which also made a `<link>` element as it loaded. This one only imports.
 * test/build/dist/budget.test.ts checks that the build emits no stylesheet a dynamic import would need.
 */
export const plainDynamicImports = () => ({
  name: 'plain-dynamic-imports',
  enforce: 'pre',
  apply: 'build',
  load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null),
  // The minifier inlines that helper as `(__VITE_PRELOAD__,import("./x.js"))` (Vite writes `[]` for
  // the marker after this hook): the import alone does the same.
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk') chunk.code = chunk.code.replace(/\(__VITE_PRELOAD__,(import\("[^"]+"\))\)/g, '$1');
    }
  },
});
