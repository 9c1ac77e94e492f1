import { relative } from 'node:path';
import { vitePreprocess } from '@astrojs/svelte';

/**
 * Scoped class names of seven characters ("s-" and five), not Svelte's fourteen ("svelte-" and
 * seven): they repeat in every server-rendered element and in every island's templates (about
 * 0.1 KB gzip off each chapter's JavaScript). Hashed, as Svelte's own are, from the file's path in
 * the project, so server and client agree and every clone builds the same bytes.
 */
export const cssHash = ({ hash, css, filename }) => `s-${hash(filename ? relative(process.cwd(), filename) : css).slice(0, 5)}`;
/** Whether a class is one cssHash gave (no class the site's authors write starts with "s-"). */
export const isScopedClass = (name) => /^s-[a-z0-9]{1,5}$/.test(name);

// discloseVersion: no `window.__svelte` version marker on every page.
// runes: every component in runes mode, so no page ships the legacy-mode runtime (0.5 KB gzip).
export default { preprocess: vitePreprocess(), compilerOptions: { discloseVersion: false, runes: true, cssHash } };
