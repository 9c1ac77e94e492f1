/** Pure helpers over a chapter's MDX text, kept apart from Astro's content API so tests can call them. */

/** "01-halving-squeeze" → "halving-squeeze". */
export const chapterSlug = (id: string) => id.replace(/^\d+-/, '');

/** Minutes at 230 words a minute for the prose, ignoring imports, tags and expressions. */
export function readingMinutes(mdx: string): number {
  const prose = mdx
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');
  // Chinese is read by the character, at about 400 a minute; Latin words at about 230.
  const han = (prose.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const words = prose.replace(/[\u4e00-\u9fff]/g, ' ').split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return Math.max(1, Math.round(words / 230 + han / 400));
}

/** Ids used by `<Tag id="…">` in order of first appearance. */
export function idsOfTag(mdx: string, tag: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*?\\bid=["']([^"']+)["']`, 'g');
  const ids: string[] = [];
  for (const m of mdx.matchAll(re)) if (!ids.includes(m[1]!)) ids.push(m[1]!);
  return ids;
}

/** Names of capitalised components used in the MDX, in order of first appearance. */
export function componentsUsed(mdx: string): string[] {
  const names: string[] = [];
  for (const m of mdx.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) if (!names.includes(m[1]!)) names.push(m[1]!);
  return names;
}
