// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { perCapitaKwh } from '@core/energy';
import { defaults } from '@lib/widget/params';
import { widget as meta } from '@widgets/energy-prosperity/widget';
import { COUNTRIES } from '@widgets/energy-prosperity/data';
import { pointLabel, type ProsperityValues } from '@widgets/energy-prosperity/model';
import EnergyProsperity from '@widgets/energy-prosperity/EnergyProsperity.svelte';

const start: ProsperityValues = defaults(meta.schema);
const ok = (v: ProsperityValues) => {
  const s = meta.compute(v);
  if (!s.ok) throw new Error(s.message);
  return s;
};

describe('data', () => {
  it('is consistent: each total ÷ its implied population gives back the per-person figure', () => {
    for (const c of ok(start).rows) {
      expect(perCapitaKwh(c.generationTwh, c.populationMillions * 1e6)).toBeCloseTo(c.kwhPerPerson, 6);
    }
  });
  it('implies populations close to the fact sheet’s (Australia ~26.71 M, Japan ~123.75 M, Nigeria ~232.7 M)', () => {
    const pop = (id: string) => ok(start).rows.find((r) => r.id === id)!.populationMillions;
    expect(pop('australia')).toBeCloseTo(26.71, 1);
    expect(pop('japan')).toBeCloseTo(123.75, 0);
    expect(Math.abs(pop('nigeria') - 232.7)).toBeLessThan(1.5); // 161 kWh is rounded, so ±0.3%
  });
  it('offers every country in the select', () => {
    expect(meta.schema.country.options.map((o) => o.value)).toEqual(COUNTRIES.map((c) => c.id));
  });
});

describe('compute', () => {
  it('puts Norway at 175 times Nigeria per person, with Bitcoin’s 138 TWh at 88% of its generation', () => {
    const s = ok(start);
    expect(s.chosen.name).toBe('Norway');
    expect(s.timesLowest).toBeCloseTo(28173 / 161, 9);
    expect(s.chosen.bitcoinShare).toBeCloseTo(0.878, 3);
    expect(s.summary).toBe(
      "Norway generated 28,173 kWh of electricity per person in 2024, 175 times Nigeria's 161 kWh. Its 157 TWh in total is for about 5.6 million people; Bitcoin mining's 138 TWh that year was 88% of it.",
    );
  });
  it('speaks of Bitcoin as a multiple for small countries', () => {
    expect(ok({ country: 'iceland' }).summary).toMatch(/was 7\.2 times of it\.$|was 7\.2 times/);
  });
  it('names the lowest country plainly when it is chosen', () => {
    expect(ok({ country: 'nigeria' }).summary).toMatch(/the lowest of the countries shown/);
  });
  it('labels each point for screen readers', () => {
    expect(pointLabel(ok(start).chosen)).toBe('Norway: 28,173 kWh per person, 2024');
  });
  it('gives clean sentences for every country', () => {
    for (const c of COUNTRIES) expect(ok({ country: c.id }).summary + ok({ country: c.id }).desc).not.toMatch(/NaN|Infinity|undefined/);
  });
  it('turns an unknown country into a plain message', () => {
    const s = meta.compute({ country: 'atlantis' });
    expect(s.ok).toBe(false);
    expect(s.summary).toMatch(/country must be one of/);
  });
});

describe('readouts', () => {
  const at = (v: ProsperityValues) => meta.readouts(meta.compute(v), v).map((r) => [r.id, r.label, r.text]);

  it('give the highlighted country per person and in total, and how many times the lowest it is', () => {
    expect(at(start)).toEqual([
      ['kwh-per-person', 'Norway, per person', '28,173 kWh'],
      ['generation', 'Norway, in total', '157 TWh'],
      ['times-lowest', 'Times Nigeria, per person', '175×'],
    ]);
    expect(at({ country: 'nigeria' }).map(([, , text]) => text)).toEqual(['161 kWh', '37.6 TWh', '1×']);
    expect(at({ country: 'india' })[2]![2]).toBe('8.7×');
  });

  it('cite the reported figures as reported, and the ratio to the core', () => {
    const [perPerson, total, times] = meta.readouts(meta.compute(start), start);
    expect(perPerson!.provenance.formula).toBeUndefined();
    expect(total!.provenance.inputs[0]).toMatchObject({ sourceId: 'owid-energy', value: '157.11' });
    expect(times!.provenance.formula?.fn).toBe('energyRatio');
  });

  it('are empty for an unknown country', () => {
    expect(meta.readouts(meta.compute({ country: 'atlantis' }), { country: 'atlantis' })).toEqual([]);
  });
});

describe('<EnergyProsperity>', () => {
  afterEach(cleanup);
  const readout = (c: HTMLElement, key: string) => c.querySelector(`[data-readout="${key}"]`)!.textContent;

  it('renders a focusable, labelled point per country', () => {
    const { container } = render(EnergyProsperity);
    const points = screen.getAllByRole('button', { name: /kWh per person, 2024$/ });
    expect(points).toHaveLength(COUNTRIES.length);
    expect(points.every((p) => p.getAttribute('tabindex') === '0')).toBe(true);
    expect(readout(container, 'kwh-per-person')).toBe('28,173 kWh');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('shows a tooltip on focus and highlights a point on Enter', async () => {
    const { container } = render(EnergyProsperity);
    const india = screen.getByRole('button', { name: /^India:/ });
    await fireEvent.focus(india);
    expect(container.querySelector('.tip')!.textContent).toMatch(/India.*1,404 kWh per person/);
    await fireEvent.keyDown(india, { key: 'Enter' });
    expect(readout(container, 'kwh-per-person')).toBe('1,404 kWh');
    expect(india.getAttribute('aria-pressed')).toBe('true');
  });

  it('changes the highlight from the select', async () => {
    const { container } = render(EnergyProsperity);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Highlight' }), { target: { value: 'united-states' } });
    expect(readout(container, 'kwh-per-person')).toBe('12,712 kWh');
    expect(container.querySelector('[data-summary]')!.textContent).toMatch(/^United States generated 12,712 kWh/);
  });
});
