import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterSlug, readingMinutes } from './chapterText';
import { assertFrontmatterOk } from './frontmatter';
import { pagePath } from '@lib/i18n/paths';

export type Chapter = CollectionEntry<'chapters'>;

/** Published chapters in story order; drafts are included only in `astro dev`. */
export async function getChapters(): Promise<Chapter[]> {
  const all = await getCollection('chapters', (c) => import.meta.env.DEV || !c.data.draft);
  // In dev a chapter with a frontmatter slip is kept as a stand-in carrying the message: show it.
  assertFrontmatterOk(all);
  const byOrder = new Map<number, string>();
  const fileOf = (c: Chapter) => c.filePath ?? `content/chapters/${c.id}.mdx`;
  for (const c of all) {
    const other = byOrder.get(c.data.order);
    if (other) {
      const free = Math.max(...all.map((x) => x.data.order)) + 1;
      throw new Error(
        `Two chapters have order ${c.data.order}: ${other} and ${fileOf(c)}. ` +
          `Fix: give each chapter its own order number in its frontmatter (order: ${free} is free).`,
      );
    }
    byOrder.set(c.data.order, fileOf(c));
  }
  return all.sort((a, b) => a.data.order - b.data.order);
}

export const chapterHref = (c: Chapter) => pagePath(`/chapters/${chapterSlug(c.id)}/`);
export { chapterSlug, readingMinutes };
