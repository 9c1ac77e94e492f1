import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterSlug, readingMinutes } from './chapterText';

export type Chapter = CollectionEntry<'chapters'>;

/** Published chapters in story order; drafts are included only in `astro dev`. */
export async function getChapters(): Promise<Chapter[]> {
  const all = await getCollection('chapters', (c) => import.meta.env.DEV || !c.data.draft);
  const byOrder = new Map<number, string>();
  for (const c of all) {
    const other = byOrder.get(c.data.order);
    if (other) {
      throw new Error(
        `Two chapters have order ${c.data.order}: content/chapters/${other}.mdx and content/chapters/${c.id}.mdx. ` +
          'Give each chapter its own order number in its frontmatter.',
      );
    }
    byOrder.set(c.data.order, c.id);
  }
  return all.sort((a, b) => a.data.order - b.data.order);
}

export const chapterHref = (c: Chapter) => `/chapters/${chapterSlug(c.id)}/`;
export { chapterSlug, readingMinutes };
