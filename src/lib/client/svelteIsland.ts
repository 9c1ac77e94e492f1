/**
 * The client half of Astro's Svelte renderer, cut to what these islands use (astro.config.mjs
 * points `@astrojs/svelte/client.js` here). Every island is rendered on the server and hydrated
 * once, with props that never change and no slotted children (src/widgets/Island.astro), so it
 * needs neither the stock renderer's deep-reactive copy of the props (Svelte's proxy code), nor
 * its snippets for slots, nor `mount` for `client:only`: about 1 KB gzip off every page with a widget.
 * The site's island element (./islandElement.js) is its only caller; test/build/dist/islands.test.ts
 * checks that every island is server-rendered (`ssr`) and has no slots.
 */
import { hydrate, type Component } from 'svelte';

export default (element: HTMLElement) => (component: Component<Record<string, unknown>>, props: Record<string, unknown>) => {
  hydrate(component, { target: element, props });
};
