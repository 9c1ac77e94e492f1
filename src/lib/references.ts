/**
 * The order in which a chapter refers to its sources: `<Cite id>`, the source of each `<Fact id>`,
 * and the sources of each widget, in document order. Pure, so the build check and tests share it.
 */
export interface ReferenceLookups {
  factSource: (factId: string) => string | undefined;
  widgetSources: (componentName: string) => string[] | undefined;
}

export function sourceOrder(mdx: string, lookups: ReferenceLookups): string[] {
  const order: string[] = [];
  const add = (id: string | undefined) => id && !order.includes(id) && order.push(id);
  const body = mdx.replace(/^import .*$/gm, '');
  for (const m of body.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g)) {
    const [, tag, attrs] = m;
    const id = /\bid=["']([^"']+)["']/.exec(attrs ?? '')?.[1];
    if (tag === 'Cite' && id) id.split(/\s*,\s*/).forEach(add);
    else if (tag === 'Fact' && id) add(lookups.factSource(id));
    else lookups.widgetSources(tag!)?.forEach(add);
  }
  return order;
}
