/**
 * Where a widget lives, set up at given settings: its own chapter's page, the settings as the query,
 * its anchor. Server side: a <WidgetLink> and a still's link (a widget placed `still` in another
 * chapter) both point there. Settings are a chapter's: a dated `preset` id and single settings, which
 * win over the preset's, as on a live widget.
 */
import { chapterSlug } from '../content/chapterText';
import { pagePath } from '../i18n/paths';
import type { WidgetMeta } from './define';
import { defaults, toQueryEntries, withStartValues } from './params';

export function widgetHref(w: WidgetMeta, settings: Record<string, unknown> = {}): string {
  const { preset: presetId, ...single } = settings;
  const preset = presetId === undefined ? undefined : w.presets?.find((p) => p.id === presetId);
  if (presetId !== undefined && !preset) throw new Error(`${w.component} has no preset "${presetId}"; its presets are ${(w.presets ?? []).map((p) => `"${p.id}"`).join(', ') || 'none'}.`);
  const values = defaults(withStartValues(w.schema, { ...preset?.values, ...single }));
  const query = new URLSearchParams(toQueryEntries(w.schema, values, w.prefix)).toString();
  return `${pagePath(`/chapters/${chapterSlug(w.chapter)}/`)}${query ? `?${query}` : ''}#widget-${w.id}`;
}
