import { getCollection } from 'astro:content';
import { sourceOrder } from './references';

/** Content lookups for pages and story components, read once per build. */
const sourcesP = getCollection('sources').then((all) => new Map(all.map((s) => [s.id, s.data])));
const factsP = getCollection('facts').then((all) => new Map(all.map((f) => [f.id, f.data])));
const glossaryP = getCollection('glossary').then((all) => new Map(all.map((g) => [g.id, g.data])));

export const getSources = () => sourcesP;
export const getFacts = () => factsP;
export const getGlossary = () => glossaryP;

export type Source = NonNullable<Awaited<ReturnType<typeof getSources>> extends Map<string, infer S> ? S : never>;
export type Fact = NonNullable<Awaited<ReturnType<typeof getFacts>> extends Map<string, infer F> ? F : never>;

export { formatFact } from './factFormat';

/**
 * The chapter's sources in first-reference order; an unknown id stops the build with a plain
 * message. `widgetSources` gives a widget's source ids by its component name.
 */
export async function chapterSourceOrder(chapterFile: string, mdx: string, widgetSources: (component: string) => string[] | undefined): Promise<string[]> {
  const [sources, facts] = await Promise.all([getSources(), getFacts()]);
  const missingFacts: string[] = [];
  const order = sourceOrder(mdx, {
    factSource: (id) => {
      const f = facts.get(id);
      if (!f) missingFacts.push(id);
      return f?.source;
    },
    widgetSources,
  });
  if (missingFacts.length) {
    throw new Error(`${chapterFile}: unknown fact id "${missingFacts[0]}". Use an id from content/facts.json (or content/facts/*.json), or add the fact there with its source.`);
  }
  const unknown = order.find((id) => !sources.has(id));
  if (unknown) {
    throw new Error(`${chapterFile}: unknown source id "${unknown}". Use an id from content/sources.json, or add the source there (id, title, publisher, date, url, supports).`);
  }
  return order;
}
