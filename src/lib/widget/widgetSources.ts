/**
 * Server side of provenance: a widget's source ids resolved to what a popover shows (title,
 * publisher, date, link), for its Island.astro to pass as the `sources` prop. Only the widget's
 * own sources travel to the browser, not the whole list.
 */
import type { WidgetMeta } from './define';
import { getSources } from '../content/content';
import { widgetSourceIds, type SourceRef } from './provenance';

export async function sourceRefs(ids: Iterable<string>): Promise<Record<string, SourceRef>> {
  const all = await getSources();
  const out: Record<string, SourceRef> = {};
  for (const id of ids) {
    const s = all.get(id);
    if (!s) throw new Error(`Unknown source id "${id}" in a widget's meta.ts: use an id from content/sources.json, or add the source there.`);
    out[id] = { id, title: s.title, publisher: s.publisher, date: s.date, url: s.url };
  }
  return out;
}

export const widgetSourceRefs = (meta: WidgetMeta) => sourceRefs(widgetSourceIds(meta));
