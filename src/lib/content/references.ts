/**
 * The order in which a chapter refers to its sources: `<Cite id>`, the source of each `<Fact id>`,
 * `<FactCheck source>`, `<Figure credit>` and the sources of each widget, in document order.
 * Pure, so the build check and tests share it.
 */
import { scanMdx } from './mdxTags';

export interface ReferenceLookups {
  factSource: (factId: string) => string | undefined;
  widgetSources: (componentName: string) => string[] | undefined;
}

export function sourceOrder(mdx: string, lookups: ReferenceLookups): string[] {
  const order: string[] = [];
  const add = (id: string | undefined) => id && !order.includes(id) && order.push(id);
  // The scanner skips code, comments and expressions, so commented-out examples cite nothing.
  for (const { name: tag, attrs } of scanMdx(mdx).tags) {
    const attr = (name: string) => {
      const v = attrs.find((a) => a.name === name)?.value;
      return v?.kind === 'string' ? v.text : undefined;
    };
    const ids = (name: string) => attr(name)?.split(/\s*,\s*/).forEach(add);
    const factId = tag === 'Fact' ? attr('id') : undefined;
    if (tag === 'Cite') ids('id');
    else if (factId) add(lookups.factSource(factId));
    else if (tag === 'FactCheck') ids('source');
    else if (tag === 'Figure') ids('credit');
    else if (tag === 'Scrolly') {
      const graphic = attr('graphic');
      if (graphic) lookups.widgetSources(graphic)?.forEach(add);
    } else lookups.widgetSources(tag)?.forEach(add);
  }
  return order;
}
