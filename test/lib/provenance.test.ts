import { describe, expect, it } from 'vitest';
import { numberParam } from '@lib/widget/params';
import { paramInput, provenanceSourceIds, reported, traced, widgetSourceIds } from '@lib/widget/provenance';
import { minerDayFormula } from '@core/mining';
import { meta as squeeze } from '@widgets/squeeze-calculator/meta';

const power = numberParam({
  key: 'power', label: 'Power price', unit: 'per kWh', min: 0.01, max: 0.3, step: 0.005, default: 0.045,
  sourceId: 'cambridge-2025', asOf: '2024', format: { style: 'currency', currency: 'USD', minimumFractionDigits: 3 },
});

describe('paramInput', () => {
  it('takes the label, unit, source and as-of date from the schema', () => {
    expect(paramInput(power, 0.045)).toEqual({ label: 'Power price', value: '$0.045', unit: 'per kWh', sourceId: 'cambridge-2025', asOf: '2024' });
  });

  it('marks a value the reader chose as theirs, naming the sourced default', () => {
    expect(paramInput(power, 0.06, 'Power price (c)')).toMatchObject({ label: 'Power price (c)', value: '$0.060', note: 'your setting; the sourced default is $0.045 per kWh' });
  });
});

describe('traced and reported', () => {
  it('keep the text and its provenance together, and list each source once', () => {
    const t = traced('$1.00', minerDayFormula, [paramInput(power, 0.045), paramInput(power, 0.05)]);
    expect(t.text).toBe('$1.00');
    expect(t.provenance.formula?.fn).toBe('minerDay');
    expect(provenanceSourceIds(t.provenance)).toEqual(['cambridge-2025']);
    expect(reported('$8', { label: 'Peak', value: '$8', sourceId: 'cheah-2024' }).provenance.formula).toBeUndefined();
  });
});

describe('widgetSourceIds', () => {
  it('lists a widget’s sources and its parameters’ sources once each', () => {
    const ids = widgetSourceIds(squeeze);
    expect(ids).toContain('cambridge-2025');
    expect(new Set(ids).size).toBe(ids.length);
  });
});
