/**
 * Every widget on the site, found from its folder: src/widgets/<id>/widget.ts exports `widget`,
 * its one declaration. Embed pages, lesson notes, the MDX check, the sitemap and the tests read
 * this list; only hydration needs a list by name, and scripts/islands.mjs writes that one.
 */
import type { WidgetDef } from '@lib/widget/define';

const modules = import.meta.glob<{ widget?: WidgetDef }>('./*/widget.ts', { eager: true });

export const widgets: readonly WidgetDef[] = Object.entries(modules)
  .map(([path, m]) => {
    const folder = path.split('/')[1]!;
    if (m.widget?.id !== folder) throw new Error(`src/widgets/${folder}/widget.ts must export \`widget\`, declared with id: '${folder}' (the folder's name).`);
    return m.widget;
  })
  .sort((a, b) => a.chapter.localeCompare(b.chapter) || a.id.localeCompare(b.id));

export const widgetById: Readonly<Record<string, WidgetDef>> = Object.fromEntries(widgets.map((w) => [w.id, w]));

/** A widget's source ids by the name chapters write it under ("SqueezeCalculator"). */
export const widgetSourcesByComponent = (component: string): string[] | undefined => widgets.find((w) => w.component === component)?.sources;
