/**
 * Every widget on the site. Embed pages, lesson notes, the MDX check and the tests all read this
 * list, so a widget added here joins all of them. Components are mapped in ./components.ts.
 */
import type { WidgetMeta } from './types';
import { meta as rewardStaircase } from './reward-staircase/meta';
import { meta as squeezeCalculator } from './squeeze-calculator/meta';

export const widgets: readonly WidgetMeta[] = [rewardStaircase, squeezeCalculator];

export const widgetById = Object.fromEntries(widgets.map((w) => [w.id, w])) as Record<string, WidgetMeta>;

export const widgetSourcesByComponent: Record<string, string[]> = Object.fromEntries(
  widgets.map((w) => [w.component, w.sources]),
);
