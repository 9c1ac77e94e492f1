import { vitePreprocess } from '@astrojs/svelte';
// discloseVersion: no `window.__svelte` version marker on every page.
export default { preprocess: vitePreprocess(), compilerOptions: { discloseVersion: false } };
