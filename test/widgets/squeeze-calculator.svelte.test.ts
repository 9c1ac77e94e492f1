// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { ASIC_MODELS } from '@core/catalog';
import { hashrateFromDifficulty } from '@core/bitcoin';
import { defaults, type NumberParam } from '@lib/widget/params';
import { usd } from '@lib/widget/format';
import { widget as meta } from '@widgets/squeeze-calculator/widget';
import { squeezeSummary, type SqueezeInput } from '@widgets/squeeze-calculator/model';
import SqueezeCalculator from '@widgets/squeeze-calculator/SqueezeCalculator.svelte';

const start: SqueezeInput = defaults(meta.schema);
const ok = (v: SqueezeInput) => {
  const s = meta.compute(v);
  if (!s.ok) throw new Error(s.message);
  return s;
};
const row = (v: SqueezeInput, id: string) => ok(v).fleet.find((r) => r.id === id)!;

describe('meta defaults', () => {
  it('sit on their slider grids and inside their ranges', () => {
    for (const spec of Object.values(meta.schema)) {
      if (spec.kind !== 'number') continue;
      expect(spec.default).toBeGreaterThanOrEqual(spec.min);
      expect(spec.default).toBeLessThanOrEqual(spec.max);
      expect(Math.abs(Math.round((spec.default - spec.min) / spec.step) * spec.step + spec.min - spec.default)).toBeLessThan(1e-9);
    }
  });

  it('takes the network hashrate from the halving difficulty of 86.39 T (618.4 EH/s, on a 5 EH/s grid)', () => {
    expect(hashrateFromDifficulty(86.39e12) / 1e18).toBeCloseTo(618.4, 1);
    expect(start.hashrate).toBe(620);
  });

  it('gives a pre-halving hashprice near Hashrate Index’s $108.6 of 1 April 2024', () => {
    expect(ok(start).before.hashpriceUsdPerPhDay).toBeCloseTo(104.7, 1);
    expect(Math.abs(ok(start).before.hashpriceUsdPerPhDay / 108.6 - 1)).toBeLessThan(0.05);
  });
});

describe('compute', () => {
  it('halves hashprice exactly when there are no fees (V-B2)', () => {
    const s = ok({ ...start, fees: 0 });
    expect(s.after.hashpriceUsdPerPhDay / s.before.hashpriceUsdPerPhDay).toBe(0.5);
  });

  // Inputs that put post-halving hashprice at HRI's $54.3/PH/day: 144 × 3.125 × $72,400 / 600,000 PH/s.
  const hri = { ...start, btc: 72_400, hashrate: 600, fees: 0, pool: 0 };
  it.each([
    { id: 's21', expected: 0.1293, published: 0.13 },
    { id: 's19-xp', expected: 0.1052, published: 0.1 },
    { id: 's19j-pro', expected: 0.0767, published: 0.075 },
  ])('breakeven power price of $id after the halving is $expected per kWh at a hashprice of 54.3 USD per PH/s per day (V-B3)', ({ id, expected, published }) => {
    expect(ok(hri).after.hashpriceUsdPerPhDay).toBeCloseTo(54.3, 6);
    const b = row(hri, id).breakevenAfterUsdPerKwh;
    expect(b).toBeCloseTo(expected, 4);
    // HRI rounds to the half cent or cent, so allow a little more than the sheet's ±0.005.
    expect(Math.abs(b - published)).toBeLessThanOrEqual(0.006);
  });

  it('matches the chosen machine to its fleet row', () => {
    for (const m of ASIC_MODELS) {
      const s = ok({ ...start, model: m.id });
      const r = s.fleet.find((f) => f.selected)!;
      expect(r.id).toBe(m.id);
      expect(r.profitAfterUsd).toBe(s.after.day.profitUsd);
      expect(r.breakevenAfterUsdPerKwh).toBe(s.after.breakevenUsdPerKwh);
    }
  });

  it('leaves every machine worse off after the halving, with the same power bill', () => {
    const s = ok(start);
    expect(s.after.day.profitUsd).toBeLessThan(s.before.day.profitUsd);
    expect(s.after.day.powerCostUsd).toBe(s.before.day.powerCostUsd);
    for (const r of s.fleet) expect(r.profitAfterUsd).toBeLessThan(r.profitBeforeUsd);
  });

  it('sinks the S9 and keeps the S21 XP afloat at the defaults', () => {
    expect(row(start, 's9').profitAfterUsd).toBeLessThan(0);
    expect(row(start, 's21-xp').profitAfterUsd).toBeGreaterThan(0);
    expect(ok(start).underwaterAfter).toBe(ok(start).fleet.filter((r) => r.profitAfterUsd < 0).length);
  });

  it('gives finite numbers for every machine at every corner of the schema', () => {
    const numeric = Object.entries(meta.schema).filter((e): e is [keyof SqueezeInput, NumberParam] => e[1].kind === 'number');
    for (let mask = 0; mask < 2 ** numeric.length; mask++) {
      const v: SqueezeInput = { ...start };
      numeric.forEach(([name, spec], i) => ((v as unknown as Record<string, number>)[name] = mask & (1 << i) ? spec.max : spec.min));
      for (const m of ASIC_MODELS) {
        const s = ok({ ...v, model: m.id });
        const all = [s.before, s.after].flatMap((x) => [x.hashpriceUsdPerPhDay, x.day.revenueUsd, x.day.powerCostUsd, x.day.profitUsd, x.breakevenUsdPerKwh]);
        expect(all.every(Number.isFinite)).toBe(true);
        expect(squeezeSummary(s, v)).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });

  it.each([
    { args: { hashrate: 0 }, field: /networkHashrateEhs/ },
    { args: { power: -1 }, field: /powerPriceUsdPerKwh/ },
    { args: { btc: Number.NaN }, field: /btcPriceUsd/ },
    { args: { model: 'gtx-1080' }, field: /model must be one of/ },
  ])('turns inputs the core rejects ($args) into a plain message', ({ args, field }) => {
    const s = meta.compute({ ...start, ...args });
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.message).toMatch(field);
    expect(squeezeSummary(s, { ...start, ...args })).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('does not mutate its input', () => {
    const v = Object.freeze({ ...start });
    expect(() => meta.compute(v)).not.toThrow();
    expect(v).toEqual(start);
  });

  it('says it in two sentences, with the numbers the readouts show', () => {
    const s = ok(start);
    expect(squeezeSummary(s, start)).toBe(
      `At $0.045 per kWh an Antminer S19j Pro makes a profit of ${usd(s.before.day.profitUsd, 2)} a day before the halving and a profit of ${usd(s.after.day.profitUsd, 2)} after it. ` +
        `After the halving it breaks even only below ${usd(s.after.breakevenUsdPerKwh, 3)} per kWh, and 1 of the 9 machines compared loses money.`,
    );
    expect(squeezeSummary(ok({ ...start, power: 0.01 }), start)).toMatch(/and none of the 9 machines compared lose money\.$/);
    expect(squeezeSummary(ok({ ...start, power: 0.3 }), start)).toMatch(/a loss of \$[\d.]+ after it\./);
  });
});

describe('<SqueezeCalculator>', () => {
  afterEach(cleanup);
  const readout = (c: HTMLElement, key: string) => c.querySelector(`[data-readout="${key}"]`)!.textContent;

  it('renders the halving-day readouts, chart, sentence and table', () => {
    const { container } = render(SqueezeCalculator);
    const s = ok(start);
    expect(readout(container, 'profit-after')).toBe(usd(s.after.day.profitUsd, 2));
    expect(readout(container, 'profit-before')).toBe(usd(s.before.day.profitUsd, 2));
    expect(readout(container, 'hashprice-before')).toBe('$104.71');
    expect(container.querySelector('svg')).not.toBeNull();
    expect(container.querySelectorAll('svg rect').length).toBe(2 * ASIC_MODELS.length);
    expect(container.querySelector('[data-summary]')!.textContent).toBe(squeezeSummary(s, start));
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('changes the profit and the sentence when the power price slider moves', async () => {
    const { container } = render(SqueezeCalculator);
    const before = readout(container, 'profit-after');
    const slider = screen.getByRole('slider', { name: /power price/i });
    expect(slider.getAttribute('aria-valuetext')).toBe('$0.045 per kWh');
    await fireEvent.input(slider, { target: { value: '0.1' } });
    expect(readout(container, 'profit-after')).not.toBe(before);
    expect(readout(container, 'profit-after')).toBe(usd(ok({ ...start, power: 0.1 }).after.day.profitUsd, 2));
    expect(container.querySelector('[data-summary]')!.textContent).toMatch(/^At \$0\.100 per kWh/);
  });

  it('switches machine from the select and goes back to the defaults with the button', async () => {
    const { container } = render(SqueezeCalculator);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Machine' }), { target: { value: 's21' } });
    expect(container.querySelector('[data-summary]')!.textContent).toMatch(/Antminer S21 makes/);
    await fireEvent.click(screen.getByRole('button', { name: /halving-day values/ }));
    expect(container.querySelector('[data-summary]')!.textContent).toMatch(/Antminer S19j Pro makes/);
  });

  it('starts from the values a chapter sets as props, e.g. <SqueezeCalculator power={0.06} model="s21" />', () => {
    const { container } = render(SqueezeCalculator, { props: { power: 0.06, model: 's21' } });
    expect(screen.getByRole('slider', { name: /power price/i }).getAttribute('aria-valuetext')).toBe('$0.060 per kWh');
    expect(readout(container, 'profit-after')).toBe(usd(ok({ ...start, power: 0.06, model: 's21' }).after.day.profitUsd, 2));
  });
});
