/**
 * Lesson notes as pages read them: the content collection bound to resolveNotes, with figures
 * from the widget's own readouts. A widget without notes gets null (its page says so and the tests
 * fail); a bad query or figure stops the build with a plain message.
 */
import { getCollection } from 'astro:content';
import type { WidgetDef } from '../widget/define';
import { figuresAt, resolveNotes, type ResolvedNotes } from './teach';

const notesP = getCollection('teach').then((all) => new Map(all.map((e) => [e.id, e.data])));

export async function lessonNotes(widget: WidgetDef): Promise<ResolvedNotes | null> {
  const notes = (await notesP).get(widget.id);
  if (!notes) return null;
  return resolveNotes(widget, notes, (values) => figuresAt(widget, values));
}
