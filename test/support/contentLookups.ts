/**
 * The content check's lookups read straight from content/ and the widget registry, as the site
 * binds them (src/site/contentLookups.ts) but without Astro's content API, so unit tests can use them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapterSettings, type ContentLookups } from '@lib/content/contentCheck';
import type { GlossaryTerm } from '@lib/content/glossaryCheck';
import { storyComponents } from '@story/componentSpecs';
import { widgets } from '@widgets/registry';

function ids(name: string): Set<string> {
  const files = [`content/${name}.json`];
  if (existsSync(`content/${name}`)) files.push(...readdirSync(`content/${name}`).filter((f) => f.endsWith('.json')).map((f) => `content/${name}/${f}`));
  return new Set(files.filter((f) => existsSync(f)).flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { id: string }[]).map((e) => e.id)));
}

export function realLookups(): ContentLookups {
  return {
    sources: ids('sources'),
    facts: ids('facts'),
    terms: ids('glossary'),
    components: storyComponents,
    widgets: Object.fromEntries(widgets.map((w) => [w.component, chapterSettings(w)])),
    publicFile: (path) => existsSync(join('public', path)),
    glossary: JSON.parse(readFileSync('content/glossary.json', 'utf8')) as GlossaryTerm[],
  };
}
