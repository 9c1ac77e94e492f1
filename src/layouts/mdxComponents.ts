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
import { widgetHref } from '@lib/widget/widgetHref';
import { widgets } from '@widgets/registry';

/** `Component` with some props fixed. */
function withProps<C>(name: string, Component: C, fixed: Record<string, unknown>): C {
  return createComponent((result: unknown, props: Record<string, unknown>, slots: unknown) =>
    render`${renderComponent(result as never, name, Component as never, { ...props, ...fixed }, slots as never)}`,
  ) as C;
}

/** The address of a widget by its name as chapters write it, at one of its presets. */
function hrefFor(component: string, preset: string | undefined): string {
  const w = widgets.find((x) => x.component === component);
  if (!w) throw new Error(`there is no widget "${component}".`);
  return widgetHref(w, { preset });
}
const WidgetLinkToWidgets = withProps('WidgetLink', WidgetLink, { hrefFor });

export const mdxComponents = { Scrolly, Step, Cite, Fact, Term, Aside, FactCheck, Figure, WidgetLink: WidgetLinkToWidgets };
