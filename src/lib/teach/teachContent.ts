/**
 * Lesson notes as pages read them: the content collection bound to resolveNotes and each widget's
 * teachFigures. A widget without notes gets null (its page says so and the tests fail); notes
 * without figures, or with a bad query or figure, stop the build with a plain message.
 */
import { getCollection } from 'astro:content';
import { resolveNotes, type ResolvedNotes } from './teach';
import { teachFigures } from '@widgets/teachFigures';
import type { WidgetMeta } from '@widgets/types';

const notesP = getCollection('teach').then((all) => new Map(all.map((e) => [e.id, e.data])));

export async function lessonNotes(meta: WidgetMeta): Promise<ResolvedNotes | null> {
  const notes = (await notesP).get(meta.id);
  if (!notes) return null;
  const figuresOf = teachFigures[meta.id];
  if (!figuresOf) {
    throw new Error(`content/teach/${meta.id}.json has no figures to quote: add src/widgets/${meta.id}/teach.ts (see src/widgets/squeeze-calculator/teach.ts) and list it in src/widgets/teachFigures.ts.`);
  }
  return resolveNotes(meta, notes, figuresOf);
}
