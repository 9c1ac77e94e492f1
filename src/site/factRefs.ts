/**
 * Binds computed facts (derivedFacts.ts) to this site: "catalog:<model>.<field>" reads the
 * hardware catalog, "default:<widget>.<setting>" a widget's starting value from the registry.
 */
import { HARDWARE_CATALOG } from '@core/catalog';
import { widgets } from '@widgets/registry';
import { formatParam } from '@lib/widget/params';
import { nf } from '@lib/widget/format';
import type { FactRefs } from '@lib/content/derivedFacts';

/** Catalog fields a fact may use, with their units. */
const CATALOG_FIELDS: Record<string, { label: string; unit: string }> = {
  hashrateThs: { label: 'hashrate', unit: 'TH/s' },
  powerW: { label: 'power draw', unit: 'W' },
  efficiencyJPerTh: { label: 'efficiency', unit: 'J/TH' },
  bf16Tflops: { label: 'dense BF16 throughput', unit: 'TFLOPS' },
  efficiencyWPerTflops: { label: 'watts per TFLOPS', unit: 'W per TFLOPS' },
};

export const siteFactRefs: FactRefs = {
  catalog(modelId, field) {
    const model = HARDWARE_CATALOG.find((m) => m.id === modelId);
    const spec = CATALOG_FIELDS[field];
    const value = model && spec ? (model as unknown as Record<string, unknown>)[field] : undefined;
    if (!model || !spec || typeof value !== 'number') return undefined;
    return { value, label: `${model.name} ${spec.label} (hardware catalog)`, text: `${nf({ maximumFractionDigits: 1 }).format(value)} ${spec.unit}` };
  },
  widgetDefault(widgetId, setting) {
    const widget = widgets.find((w) => w.id === widgetId);
    const spec = widget?.schema[setting];
    if (!widget || !spec) return undefined;
    return { value: spec.default, label: `${spec.label}, the starting value of ${widget.title}`, text: formatParam(spec, spec.default) };
  },
};
