/**
 * The `<astro-island>` element of this site's pages, which the build inlines in place of Astro's
 * (scripts/lean-island.mjs). A classic inline script: it loads an island's component and renderer
 * when the island's directive says so, decodes its props and hands both to the renderer
 * (./svelteIsland.ts). Islands parsed before it are upgraded when it defines the element.
 * It is the directives too, in place of the script Astro inlines for each (0.26 KB gzip a page):
 * `client:load` hydrates at once, `client:visible` when the island comes within its rootMargin
 * of the viewport. test/build/dist/islands.test.ts holds every island to what it supports: those
 * two directives, and props of the kinds decoded here. An island's component is the export its
 * `component-export` names from the page's one file of island code (scripts/page-bundles.mjs).
 */
(() => {
  // Astro writes each prop as [kind, value]: 0 a plain value or object, 1 an array, 11 ±Infinity.
  const decode = ([kind, value]) =>
    kind === 1 ? value.map(decode)
      : kind === 11 ? Infinity * value
        : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)])) : value;
  class Island extends HTMLElement {
    connectedCallback() {
      // The element connects before its children are parsed; `client:visible` observes them.
      if (this.hasAttribute('await-children') && document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.start(), { once: true });
      } else this.start();
    }
    start() {
      const attr = (name) => this.getAttribute(name);
      const hydrate = async () => {
        const [module, renderer] = await Promise.all([import(attr('component-url')), import(attr('renderer-url'))]);
        renderer.default(this)(module[attr('component-export')], decode([0, JSON.parse(attr('props') || '{}')]));
        this.removeAttribute('ssr');
      };
      if (attr('client') === 'load') return hydrate();
      const seen = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.disconnect();
        hydrate();
      }, { rootMargin: JSON.parse(attr('opts')).value?.rootMargin });
      for (const child of this.children) seen.observe(child);
    }
  }
  customElements.get('astro-island') || customElements.define('astro-island', Island);
})();
