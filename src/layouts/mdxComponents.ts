/**
 * The story components an MDX chapter may use without imports. Widgets are not here: the build
 * imports into each chapter the islands of the widgets it places (scripts/widget-islands.mjs),
 * so <SqueezeCalculator power={0.06} /> needs no import either, and a chapter's page carries only
 * its own widgets. What each accepts is described in src/story/componentSpecs.ts, which the
 * content check reads; a test compares the two.
 */
// Astro's own component factory (what a compiled .astro file calls), to give one component a fixed prop.
import { createComponent, render, renderComponent } from 'astro/runtime/server/index.js';
import Scrolly from '@story/Scrolly.astro';
import Step from '@story/Step.astro';
import Cite from '@story/Cite.astro';
import Fact from '@story/Fact.astro';
import Term from '@story/Term.astro';
import Aside from '@story/Aside.astro';
import FactCheck from '@story/FactCheck.astro';
import Figure from '@story/Figure.astro';
import WidgetLink from '@story/WidgetLink.astro';
import { chapterSlug } from '@lib/content/chapterText';
import { defaults, toQueryEntries, type Values } from '@lib/widget/params';
import { widgets } from '@widgets/registry';
import { pagePath } from '@lib/i18n/paths';

/** `Component` with some props fixed. */
function withProps<C>(name: string, Component: C, fixed: Record<string, unknown>): C {
  return createComponent((result: unknown, props: Record<string, unknown>, slots: unknown) =>
    render`${renderComponent(result as never, name, Component as never, { ...props, ...fixed }, slots as never)}`,
  ) as C;
}

/** Where a widget lives, set up at one of its presets: its chapter, the preset's values as the query, its anchor. */
function widgetHref(component: string, presetId: string | undefined): string {
  const w = widgets.find((x) => x.component === component);
  if (!w) throw new Error(`there is no widget "${component}".`);
  const preset = presetId === undefined ? undefined : w.presets?.find((p) => p.id === presetId);
  if (presetId !== undefined && !preset) throw new Error(`${component} has no preset "${presetId}"; its presets are ${(w.presets ?? []).map((p) => `"${p.id}"`).join(', ') || 'none'}.`);
  const query = new URLSearchParams(toQueryEntries(w.schema, { ...defaults(w.schema), ...preset?.values } as Values<typeof w.schema>, w.prefix)).toString();
  return `${pagePath(`/chapters/${chapterSlug(w.chapter)}/`)}${query ? `?${query}` : ''}#widget-${w.id}`;
}
const WidgetLinkToWidgets = withProps('WidgetLink', WidgetLink, { hrefFor: widgetHref });

export const mdxComponents = { Scrolly, Step, Cite, Fact, Term, Aside, FactCheck, Figure, WidgetLink: WidgetLinkToWidgets };
