import { z } from 'astro/zod';

/**
 * A chapter's frontmatter. Each field's description is the fix shown to editors when it is missing
 * or wrong (src/lib/content/frontmatter.ts); unknown fields, such as a misspelt `titel`, stop the build.
 * EDITING.md lists these fields; a test keeps the two in step.
 */
export const chapterFields = z
  .object({
    title: z
      .string()
      .min(3, 'is too short: give the chapter a real title.')
      .describe('add the chapter title in quotes, e.g. title: "The halving squeeze"'),
    summary: z
      .string()
      .min(10, 'is too short: say in one line what the chapter is about.')
      .max(200, 'is longer than 200 characters: shorten it to one line.')
      .describe('add a one-line summary in quotes (10 to 200 characters), e.g. summary: "How the 2024 halving squeezed miners."'),
    order: z
      .number()
      .int('must be a whole number.')
      .positive('must be 1 or more.')
      .describe("add the chapter's position as a whole number, e.g. order: 3 (each chapter needs its own number)"),
    draft: z.boolean().default(false).describe('write draft: true to hide the chapter from the published site, or draft: false'),
    published: z.coerce.date().describe('add the publication date as YYYY-MM-DD, e.g. published: 2026-11-25'),
    // YAML reads 2024-12-31 as a date and 2024-12 as text: either way the month is kept.
    asOf: z
      .preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 7) : v), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a year and month, YYYY-MM.'))
      .describe("add the month the chapter's figures describe as YYYY-MM, e.g. asOf: 2024-12 (shown under the title as \"Figures as of December 2024\")"),
    updated: z.coerce.date().optional().describe('write the date of the last real change as YYYY-MM-DD, e.g. updated: 2026-12-01, or remove the line'),
    kicker: z.string().optional().describe('write a short label in quotes, shown above the title, e.g. kicker: "Bitcoin mining after April 2024", or remove the line'),
    translates: z
      .string()
      .regex(/^[0-9a-f]{7,40}$/, 'must be a git commit id, e.g. translates: 016d989.')
      .optional()
      .describe('in a translation only: the commit of the English chapter it translates, e.g. translates: 016d989 (npm run translations lists what changed since)'),
  })
  .strict();
