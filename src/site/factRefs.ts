/**
 * Binds computed facts (derivedFacts.ts) to this site: "catalog:<model>.<field>" reads the
 * hardware catalog, "default:<widget>.<setting>" a widget's starting value from the registry.
 */
import { HARDWARE_CATALOG } from '@core/catalog';
import { widgets } from '@widgets/registry';
import { formatParam } from '@lib/widget/params';
import { nf } from '@lib/widget/format';
import type { FactRefs } from '@lib/content/derivedFacts';
import { site } from '@story/i18n';

/** Catalog fields a fact may use, with their names and units in this edition. */
const CATALOG_FIELDS = site.factRefs.catalogFields;

export const siteFactRefs: FactRefs = {
  catalog(modelId, field) {
    const model = HARDWARE_CATALOG.find((m) => m.id === modelId);
    const spec = CATALOG_FIELDS[field];
    const value = model && spec ? (model as unknown as Record<string, unknown>)[field] : undefined;
    if (!model || !spec || typeof value !== 'number') return undefined;
    return { value, label: site.factRefs.catalog(model.name, spec.label), text: `${nf({ maximumFractionDigits: 1 }).format(value)} ${spec.unit}` };
  },
  widgetDefault(widgetId, setting) {
    const widget = widgets.find((w) => w.id === widgetId);
    const spec = widget?.schema[setting];
    if (!widget || !spec) return undefined;
    return { value: spec.default, label: site.factRefs.widgetDefault(spec.label, widget.title), text: formatParam(spec, spec.default) };
  },
};
