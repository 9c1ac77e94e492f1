/**
 * The shape of a widget's lesson notes, content/teach/<widget-id>.json. Figures are named
 * readouts of the widget ("profit-after"), computed at build time from the scenario's query by
 * the widget's own readouts; text may quote them as {profit-after} (in a scenario's notice) or
 * {2:profit-after} (scenario 2's figure, in questions, answers and misconceptions).
 */
import { z } from 'astro/zod';

// Two characters at least: a Chinese title may be a word of two (挪威).
const text = (what: string) => z.string({ required_error: `${what} is missing.`, invalid_type_error: `${what} must be text in quotes.` }).min(2, `${what} is too short.`);

export const teachScenario = z
  .object({
    title: text('A scenario’s "title"'),
    query: z.string({ required_error: 'A scenario’s "query" is missing: give the settings, e.g. "sq.power=0.06&sq.btc=63500", or "" for the defaults.' }),
    notice: text('A scenario’s "notice" (what to notice)'),
    figures: z.array(z.string().regex(/^[a-z0-9-]+$/, 'Figure names are readout names such as "profit-after".')).min(1, 'Each scenario lists at least one figure for the test to check.'),
  })
  .strict();

export const teachNotes = z
  .object({
    question: text('"question"'),
    scenarios: z.array(teachScenario).min(3, 'Give three to five scenarios.').max(5, 'Give three to five scenarios.'),
    discussion: z.array(z.object({ q: text('A discussion "q"'), a: text('A discussion "a" (short answer)') }).strict()).min(2, 'Give at least two discussion questions.'),
    misconceptions: z.array(text('A misconception')).min(1, 'Name at least one common misconception.'),
  })
  .strict();

export type TeachNotes = z.infer<typeof teachNotes>;
export type TeachScenario = z.infer<typeof teachScenario>;
