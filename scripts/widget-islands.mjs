/**
 * The Astro integration that gives each chapter only its own widgets (astro.config.mjs):
 * - writes each widget's island (scripts/islands.mjs) when the build or dev server starts;
 * - a remark plugin imports, into each chapter's MDX, the islands of the widgets it places
 *   (`<SqueezeCalculator />`, or `<Scrolly graphic="RewardStaircase">`, which also gets the island
 *   as its `island` prop), so the chapter's page carries those widgets' styles and no others;
 * - the client build drops Svelte components' CSS: every island is also rendered on the server,
 *   whose CSS already carries those rules, and Astro would otherwise add the client's copy to the
 *   same page (each rule twice).
 */
import { widgetFolders, writeWidgetIslands } from './islands.mjs';

const SVELTE_CSS = /\.svelte\?svelte&type=style&lang\.css$/;

/** An ESM import node as MDX's compiler reads it (the estree is what it uses). */
function importNode(name, from) {
  const estree = {
    type: 'Program',
    sourceType: 'module',
    body: [{
      type: 'ImportDeclaration',
      specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
      source: { type: 'Literal', value: from, raw: JSON.stringify(from) },
    }],
  };
  return { type: 'mdxjsEsm', value: `import ${name} from ${JSON.stringify(from)};`, data: { estree } };
}

/** A JSX attribute `name={identifier}`. */
function identifierAttribute(name, identifier) {
  const estree = {
    type: 'Program',
    sourceType: 'module',
    body: [{ type: 'ExpressionStatement', expression: { type: 'Identifier', name: identifier } }],
  };
  return { type: 'mdxJsxAttribute', name, value: { type: 'mdxJsxAttributeValueExpression', value: identifier, data: { estree } } };
}

function* jsxElements(node) {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') yield node;
  for (const child of node.children ?? []) yield* jsxElements(child);
}

/** Remark plugin: imports the islands of the widgets a chapter places. */
export function remarkWidgetIslands(islands) {
  const byName = new Map(islands.map((w) => [w.component, w]));
  return () => (tree) => {
    const used = new Set();
    for (const el of jsxElements(tree)) {
      if (byName.has(el.name)) used.add(el.name);
      if (el.name !== 'Scrolly') continue;
      const graphic = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'graphic')?.value;
      if (typeof graphic === 'string' && byName.has(graphic)) {
        used.add(graphic);
        el.attributes.push(identifierAttribute('island', graphic));
      }
    }
    const imports = [...used].sort().map((name) => importNode(name, byName.get(name).file));
    tree.children.unshift(...imports);
  };
}

/**
 * Vite plugin: no Svelte component CSS in the client build (see above). A component the server
 * never renders (one a widget loads on demand, like the embed builder) would lose its styles, so
 * the build stops if such a component has any, naming it.
 */
export function noClientSvelteCss() {
  const styled = new Set();
  return {
    name: 'no-client-svelte-css',
    // Before Vite's CSS plugin, which keeps the text it is given for the bundle.
    enforce: 'pre',
    transform(code, id) {
      if (this.environment?.config.consumer !== 'client' || !SVELTE_CSS.test(id)) return null;
      if (code.trim()) styled.add(id.slice(0, id.indexOf('?')));
      return { code: '', map: null };
    },
    buildEnd() {
      for (const id of styled) {
        const info = this.getModuleInfo(id);
        if (info && info.importers.length === 0 && info.dynamicImporters.length > 0) {
          this.error(`${id}: a component loaded on demand has a <style>, which no page would get (the server never renders it). Style it from the component that loads it, as WidgetFrame styles EmbedShare.`);
        }
      }
    },
  };
}

export default function widgetIslands() {
  return {
    name: 'widget-islands',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const islands = writeWidgetIslands(widgetFolders());
        updateConfig({
          markdown: { remarkPlugins: [remarkWidgetIslands(islands)] },
          vite: { plugins: [noClientSvelteCss()] },
        });
      },
    },
  };
}
