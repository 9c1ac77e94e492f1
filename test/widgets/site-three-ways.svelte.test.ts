// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { contractRevenueUsdPerMwYear } from '@core/hosting';
import { defaults, type NumberParam } from '@lib/widget/params';
import { byId as byIdOf } from '@lib/widget/define';
import { money } from '@lib/widget/format';
import { HOSTING_DEFAULT_USD_PER_KW_MONTH } from '@widgets/site-three-ways/meta';
import { widget as meta } from '@widgets/site-three-ways/widget';
import type { SiteValues } from '@widgets/site-three-ways/model';
import SiteThreeWays from '@widgets/site-three-ways/SiteThreeWays.svelte';

const start: SiteValues = defaults(meta.schema);
const ok = (v: SiteValues) => {
  const s = meta.compute(v);
  if (!s.ok) throw new Error(s.message);
  return s;
};
const byId = (v: SiteValues, id: string) => ok(v).rows.find((r) => r.id === id)!;

describe('meta defaults', () => {
  it('sit on their slider grids and inside their ranges', () => {
    for (const spec of Object.values(meta.schema)) {
      if (spec.kind !== 'number') continue;
      expect(spec.default).toBeGreaterThanOrEqual(spec.min);
      expect(spec.default).toBeLessThanOrEqual(spec.max);
      expect(Math.abs(Math.round((spec.default - spec.min) / spec.step) * spec.step + spec.min - spec.default)).toBeLessThan(1e-9);
    }
  });

  it('derives the hosting rent from the CoreWeave contracts: $1.45M per MW-year ≈ $121 per kW-month (V-E)', () => {
    expect(contractRevenueUsdPerMwYear({ contractValueUsd: 8.7e9, termYears: 12, criticalItMw: 500 })).toBeCloseTo(1.45e6, -2);
    expect(HOSTING_DEFAULT_USD_PER_KW_MONTH).toBe(121);
  });

  it('uses URL keys unique to the widget', () => {
    expect(meta.prefix).toBe('s3');
    const keys = Object.values(meta.schema).map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('compute', () => {
  it('mines $31.6M and hosts for $39.7M a year on 100 MW at the defaults (hand-computed)', () => {
    expect(byId(start, 'mining').profitUsd / 1e6).toBeCloseTo(31.6, 1);
    expect(byId(start, 'hosting').profitUsd / 1e6).toBeCloseTo(39.73, 1);
  });

  it('gives hosting no range and mining a range around its central year', () => {
    const h = byId(start, 'hosting');
    expect(h.lowUsd).toBe(h.highUsd);
    const m = byId(start, 'mining');
    expect(m.lowUsd).toBeLessThan(m.profitUsd);
    expect(m.highUsd).toBeGreaterThan(m.profitUsd);
  });

  it('widens the mining range as volatility rises', () => {
    const span = (vol: number) => {
      const m = byId({ ...start, vol }, 'mining');
      return m.highUsd - m.lowUsd;
    };
    expect(span(80)).toBeGreaterThan(span(30));
  });

  it('gives the same range every time (seeded)', () => {
    expect(ok(start).rows).toEqual(ok(start).rows);
  });

  it('charges the host for power only when the host pays', () => {
    expect(byId(start, 'hosting').powerCostUsd).toBe(0);
    expect(byId({ ...start, payer: 'host' }, 'hosting').powerCostUsd / 1e6).toBeCloseTo(39.42, 2);
  });

  it('fills the 70 MW of IT with 54,847 GPUs in service at the defaults', () => {
    // 100 MW / 1.43 (Core Scientific's 70-in-100, to two decimals) = 69.93 MW; ÷ 1,275 W = 54,847.1.
    expect(ok(start).gpuCount).toBe(54_847);
    expect(ok(start).criticalItMw).toBeCloseTo(100 / 1.43, 9);
  });

  it('gives finite numbers and a clean sentence at every corner of the schema', () => {
    const numeric = Object.entries(meta.schema).filter((e): e is [keyof SiteValues, NumberParam] => e[1].kind === 'number');
    for (let mask = 0; mask < 2 ** numeric.length; mask += 3) {
      const v = { ...start } as Record<string, number | string>;
      numeric.forEach(([name, spec], i) => (v[name] = mask & (1 << i) ? spec.max : spec.min));
      for (const payer of ['tenant', 'host']) {
        const s = ok({ ...(v as SiteValues), payer });
        expect(s.rows.flatMap((r) => [r.profitUsd, r.lowUsd, r.highUsd, r.upfrontUsd]).every(Number.isFinite)).toBe(true);
        expect(s.summary + s.desc).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });

  it('turns inputs the core rejects into a plain message', () => {
    const s = meta.compute({ ...start, mw: 0 });
    expect(s.ok).toBe(false);
    expect(s.summary).toMatch(/siteMw/);
    expect(s.summary).not.toMatch(/NaN|undefined/);
  });

  it('says it in one sentence', () => {
    expect(ok(start).summary).toMatch(/^A 100 MW site makes \$31\.6M a year mining at \$61\.98 per PH\/s a day \(from .* to .* in nine simulated years out of ten at 50% volatility\); leased to an AI tenant at \$121 per kW a month it makes \$39\.7M, fixed by contract; filled with 54,847 rented GPUs it makes .* after spending \$2\.\d+B up front\.$/);
  });
});

describe('readouts', () => {
  const at = (v: SiteValues) => meta.readouts(meta.compute(v), v);

  it('gives the range in the key, then the table row by row, "<line>-<business>"', () => {
    const ids = at(start).map((r) => r.id);
    expect(ids.slice(0, 5)).toEqual(['mining-low', 'mining-high', 'revenue-mining', 'revenue-hosting', 'revenue-gpu']);
    expect(ids).toHaveLength(2 + 6 * 3);
  });

  it('shows costs as what they take away, and a loss in the bad tone', () => {
    const r = byIdOf(at(start));
    expect(r['power-mining']!.text).toBe('−\u2060$39.4M');
    expect(r['power-hosting']!.text).toBe('$0');
    expect(r['profit-hosting']).toMatchObject({ label: 'Profit, Host', text: '$39.7M' });
    expect(r['profit-hosting']!.tone).toBeUndefined();
    const loss = byIdOf(at({ ...start, power: 0.15 }))['profit-mining']!;
    expect(loss.text).toMatch(/^−/);
    expect(loss.tone).toBe('bad');
  });

  it('traces every number to a core formula', () => {
    for (const r of at(start)) expect(r.provenance.formula?.fn, r.id).toMatch(/^[a-z]\w+$/);
  });

  it('is empty when the settings cannot be calculated', () => {
    expect(at({ ...start, mw: 0 })).toEqual([]);
  });
});

describe('money', () => {
  it.each([
    [31_604_340, '$31.6M'],
    [-4_000_000, '−\u2060$4M'],
    [4_625_000_000, '$4.63B'],
    [950, '$950'],
  ])('%d → %s', (n, text) => expect(money(n)).toBe(text));
});

describe('<SiteThreeWays>', () => {
  afterEach(cleanup);
  const readout = (c: HTMLElement, key: string) => c.querySelector(`[data-readout="${key}"]`)!.textContent;

  it('renders the chart, readouts, sentence and table at the defaults', () => {
    const { container } = render(SiteThreeWays);
    expect(readout(container, 'profit-mining')).toBe('$31.6M');
    expect(readout(container, 'profit-hosting')).toBe('$39.7M');
    expect(container.querySelector('svg')).not.toBeNull();
    expect(container.querySelector('[data-summary]')!.textContent).toBe(ok(start).summary);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('changes the hosting profit and the sentence when the hosting rent moves', async () => {
    const { container } = render(SiteThreeWays);
    const slider = screen.getByRole('slider', { name: /hosting rent/i });
    expect(slider.getAttribute('aria-valuetext')).toBe('$121 per kW of IT a month');
    await fireEvent.input(slider, { target: { value: '80' } });
    expect(readout(container, 'profit-hosting')).toBe(money(byId({ ...start, hosting: 80 }, 'hosting').profitUsd));
    expect(container.querySelector('[data-summary]')!.textContent).toMatch(/at \$80 per kW a month/);
  });

  // The defaults are the December 2024 preset; its text sits above the sliders (src/controls/Presets.svelte).
  it('keeps the place of the preset’s text when a slider moves off the preset, so the sliders below do not jump', async () => {
    const { container } = render(SiteThreeWays);
    const basis = readout(container, 'preset');
    expect(basis).toMatch(/^A mid-size miner at the end of 2024/);
    const mw = screen.getByRole('slider', { name: /site power/i });
    await fireEvent.input(mw, { target: { value: '110' } });
    expect(container.querySelector('[data-readout="preset"]')).toBeNull();
    const [kept, own] = container.querySelectorAll('.basis');
    expect(own!.textContent).toBe('Your own settings: they match none of these dated starting points.');
    // The preset's text stays in the same cell, hidden, holding its height.
    expect(kept!.textContent).toBe(basis);
    expect(kept!.hasAttribute('data-readout'), 'no longer a readout: the styles hide it and show the line').toBe(false);
    await fireEvent.input(mw, { target: { value: '100' } });
    expect(readout(container, 'preset')).toBe(basis);
  });
});
