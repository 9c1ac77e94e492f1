import { vitePreprocess } from '@astrojs/svelte';
// discloseVersion: no `window.__svelte` version marker on every page.
// runes: every component in runes mode, so no page ships the legacy-mode runtime (0.5 KB gzip).
export default { preprocess: vitePreprocess(), compilerOptions: { discloseVersion: false, runes: true } };
