/**
 * The `<astro-island>` element of this site's pages, which the build inlines in place of Astro's
 * (scripts/lean-island.mjs). A classic inline script: it loads an island's component and renderer
 * when the island's directive (`client:visible`, `client:load`) says so, decodes its props and
 * hands both to the renderer (./svelteIsland.ts). Islands parsed before it are upgraded when it
 * defines the element.
 */
(() => {
  // Astro writes each prop as [kind, value]: 0 a plain value or object, 1 an array, 11 ±Infinity.
  const decode = ([kind, value]) => {
    if (kind === 1) return value.map(decode);
    if (kind === 11) return Infinity * value;
    if (kind !== 0) throw new Error(`astro-island: props of kind ${kind} are not supported here`);
    return value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)])) : value;
  };
  class Island extends HTMLElement {
    connectedCallback() {
      // The element connects before its children are parsed; its directive observes them.
      if (this.hasAttribute('await-children') && document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.start(), { once: true });
      } else this.start();
    }
    start() {
      const attr = (name) => this.getAttribute(name);
      const client = attr('client');
      const directive = self.Astro?.[client];
      // Directive scripts may run after this one; each announces itself.
      if (!directive) return addEventListener(`astro:${client}`, () => this.start(), { once: true });
      directive(async () => {
        const [module, renderer] = await Promise.all([import(attr('component-url')), import(attr('renderer-url'))]);
        return async () => {
          const props = decode([0, JSON.parse(attr('props') || '{}')]);
          await renderer.default(this)(module[attr('component-export') || 'default'], props, {}, { client });
          this.removeAttribute('ssr');
          this.dispatchEvent(new CustomEvent('astro:hydrate'));
        };
      }, JSON.parse(attr('opts')), this);
    }
  }
  customElements.get('astro-island') || customElements.define('astro-island', Island);
})();
