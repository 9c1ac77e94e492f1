/**
 * The shapes of the data files in content/ besides chapters: sources, facts, glossary terms and
 * corrections (lesson notes: teachSchema.ts). Strict, so a misspelt field ("soruce") is reported
 * rather than silently dropped. Used by src/content.config.ts and by the EDITING.md tests.
 */
import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'an id is lower-case letters, digits, dots and dashes, e.g. "hri-2024-04-01"');
const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const sourceEntry = z
  .object({
    id,
    title: z.string().min(3),
    publisher: z.string().min(2),
    date: z.string().regex(isoDate, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'),
    url: z.string().url().nullable(),
    supports: z.string().min(3),
  })
  .strict();

/** A computed fact's recipe (src/lib/derivedFacts.ts): a core function, its arguments, and which output. */
export const factDerive = z
  .object({
    fn: z.string().min(1),
    args: z.record(z.string(), z.union([z.number(), z.string()])),
    pick: z.string().optional(),
  })
  .strict();

/** A fact as the site uses it: computed facts have their value filled in when content loads. */
export const factEntry = z
  .object({
    id,
    label: z.string().min(3),
    value: z.union([z.number(), z.string()]),
    derive: factDerive.optional(),
    unit: z.string(),
    kind: z.enum(['number', 'date', 'text']).optional(),
    format: z.record(z.string(), z.any()).optional(),
    suffix: z.string().optional(),
    asOf: z.string().regex(isoDate, 'asOf must be YYYY, YYYY-MM or YYYY-MM-DD'),
    source: id,
    confidence: z.enum(['high', 'medium', 'low']).optional(),
    note: z.string().optional(),
  })
  .strict();

/** A fact as written in content/facts*.json: a typed `value`, or `derive` to compute it, not both. */
export const factFileEntry = factEntry
  .extend({ value: factEntry.shape.value.optional() })
  .refine((f) => (f.value === undefined) !== (f.derive === undefined), { message: 'a fact has either a "value" or a "derive", not both and not neither', path: ['value'] });

export const glossaryEntry = z
  .object({
    id,
    term: z.string().min(2),
    definition: z.string().min(10),
    source: id.nullable(),
    /** Words that count as a use of the term in a chapter (default: the term, and the part in brackets). */
    match: z.array(z.string().min(1)).optional(),
    /** Phrases containing those words that are not a use, e.g. "Hashrate Index". */
    except: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const correctionEntry = z
  .object({ id: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'), chapter: z.string(), text: z.string().min(10) })
  .strict();
