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

/** A computed fact's recipe (src/lib/content/derivedFacts.ts): a core function, its arguments, and which output. */
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
    kind: z.enum(['number', 'date', 'text', 'ordinal']).optional(),
    format: z.record(z.string(), z.any()).optional(),
    suffix: z.string().optional(),
    asOf: z.string().regex(isoDate, 'asOf must be YYYY, YYYY-MM or YYYY-MM-DD'),
    source: id,
    confidence: z.enum(['high', 'medium', 'low']).optional(),
    note: z.string().optional(),
    /** For a computed fact, how it was worked out, in a sentence; filled in when content loads. */
    computed: z.string().optional(),
  })
  .strict();

/** A fact as written in content/facts*.json: a typed `value`, or `derive` to compute it, not both. */
export const factFileEntry = factEntry
  .omit({ computed: true })
  .extend({ value: factEntry.shape.value.optional() })
  .refine((f) => (f.value === undefined) !== (f.derive === undefined), { message: 'a fact has either a "value" or a "derive", not both and not neither', path: ['value'] });

export const glossaryEntry = z
  .object({
    id,
    term: z.string().min(1),
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

const positiveNumber = (what: string) => z.number({ invalid_type_error: `${what} must be a number without quotes` }).positive(`${what} must be more than 0`);

/**
 * A miner–AI deal on the deals board, content/deals.json. Figures are the base term as reported
 * (renewals and extensions go in the note); each `…Basis` says how firm a figure is, and the board
 * marks and words every deal whose rate rests on one that is not plain.
 */
export const dealEntry = z
  .object({
    id,
    /** Short name for labels: "Cipher–Fluidstack, Barber Lake". */
    name: z.string().min(3),
    miner: z.string().min(2),
    counterparty: z.string().min(2),
    /** Who promised to pay if the tenant cannot ("Google"), or null. */
    backstop: z.string().min(2).nullable(),
    kind: z.enum(['hosting', 'gpu-cloud']),
    signed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'signed must be YYYY-MM-DD'),
    /** Contract value over the base term, USD. */
    valueUsd: positiveNumber('valueUsd'),
    /** stated; up-to ("up to $X"); floor ("more than $X"); derived (worked out from reported totals). */
    valueBasis: z.enum(['stated', 'up-to', 'floor', 'derived']),
    termYears: positiveNumber('termYears'),
    termBasis: z.enum(['stated', 'assumed']),
    /** The headline megawatts as reported. */
    mw: positiveNumber('mw'),
    /** What the headline MW measures: IT load, grid power, or not stated. */
    mwBasis: z.enum(['it', 'grid', 'unknown']),
    /** MW of critical IT load as the sources state it; null when they do not. */
    mwIt: positiveNumber('mwIt').nullable(),
    site: z.string().min(3),
    sourceIds: z.array(id).min(1, 'give at least one source id'),
    confidence: z.enum(['high', 'medium', 'low']),
    /** One or two sentences for readers, shown with the deal. */
    remark: z.string().min(10).optional(),
    /** The research note: arithmetic, conflicts, what was left out. Not shown on the board. */
    note: z.string().min(10),
  })
  .strict()
  .superRefine((d, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['mwIt'], message });
    if (d.mwBasis === 'it' && d.mwIt !== d.mw) problem(`mwBasis is "it", so mwIt must equal mw (${d.mw})`);
    if (d.mwBasis === 'unknown' && d.mwIt !== null) problem('mwBasis is "unknown", so mwIt must be null; if the IT load is stated, the basis is "grid" or "it"');
    if (d.mwBasis === 'grid' && d.mwIt !== null && d.mwIt > d.mw) problem(`the IT load (${d.mwIt} MW) cannot be more than the grid power (${d.mw} MW)`);
  });

export type DealEntry = z.infer<typeof dealEntry>;

/**
 * Bitcoin's monthly closing price, content/btc-closes.json: the real path the miner's dilemma can
 * lay over its model (one entry per month, in order, each with its source).
 */
export const btcCloseEntry = z
  .object({
    month: z.string().regex(/^\d{4}-\d{2}$/, 'month must be YYYY-MM'),
    closeUsd: positiveNumber('closeUsd'),
    source: id,
  })
  .strict();
export type BtcCloseEntry = z.infer<typeof btcCloseEntry>;
