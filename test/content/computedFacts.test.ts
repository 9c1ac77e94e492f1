/**
 * Computed facts (content/facts*.json with "derive") against the widgets that show the same
 * numbers, and the rule that keeps figures the core can compute from being typed.
 */
import { describe, expect, it } from 'vitest';
import { findHardware } from '@core/catalog';
import { loadFacts, readEntries, type FactData } from '@lib/content/dataFiles';
import { factFileEntry } from '@lib/content/dataSchemas';
import { siteFactRefs } from '@site/factRefs';
import { compute as computeSqueeze, HALVING_2024, type SqueezeInput } from '@widgets/squeeze-calculator/model';
import { meta as squeezeMeta } from '@widgets/squeeze-calculator/meta';
import { compute as computeRace } from '@widgets/race-to-power/model';
import { meta as raceMeta } from '@widgets/race-to-power/meta';
import { defaults } from '@lib/widget/params';

type Fact = FactData;
const facts = loadFacts(siteFactRefs);
const value = (id: string) => {
  const f = facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f.value as number;
};

/**
 * Facts whose notes say "Computed" but that stay typed, each with the reason: arithmetic on
 * figures the site does not store, or a computation the core does not do. Keep it short.
 */
const TYPED_ON_PURPOSE: Record<string, string> = {
  'blocks-per-day': 'a protocol constant (86,400 s ÷ 600 s), quoted from the code',
  'retarget-blocks': 'a protocol constant from chainparams',
  'fee-share-2024-12-23': 'a ratio of two figures in a report that the site does not store',
  'iren-power-share-2024-04': 'a ratio of two dollar amounts in IREN’s report that the site does not store',
  'h200-cost-all-in-iren': 'a reported purchase total divided by a GPU count; the total is not a fact',
  'h100-cost-northern-data': 'a reported purchase total divided by a GPU count; the total is not a fact',
  'btc-average-power-gw-2024': 'a unit conversion (TWh a year to GW); no core function',
  'btc-vol-2022': 'computed from a daily price series that is not in the site',
  'btc-vol-2023': 'computed from a daily price series that is not in the site',
  'btc-vol-2024-q1': 'computed from a daily price series that is not in the site',
  'hashrate-growth-2024-annualised': 'a growth rate between two difficulty readings; the core has no such function',
};

describe('content facts', () => {
  it('are each written in the shape the files allow: a typed value or a derive, not both', () => {
    for (const { file, entry } of readEntries('facts')) {
      expect(factFileEntry.safeParse(entry).error?.issues ?? [], `${file}: ${entry.id}`).toEqual([]);
    }
  });

  it('all compute, and every computed value is a finite number or a text', () => {
    for (const f of facts.filter((x) => x.derive)) expect(typeof f.value === 'string' || Number.isFinite(f.value), f.id).toBe(true);
  });

  it('say "Computed" in a note only when the figure is declared with derive, or typed on purpose for a listed reason', () => {
    const saysComputed = (f: Fact) => /^computed/i.test(f.note ?? '') || /\(computed\)/i.test(f.label);
    const typed = facts.filter((f) => saysComputed(f) && !f.derive).map((f) => f.id);
    expect(typed.filter((id) => !(id in TYPED_ON_PURPOSE)), 'declare these with "derive", or list them above with a reason').toEqual([]);
    for (const id of Object.keys(TYPED_ON_PURPOSE)) {
      const f = facts.find((x) => x.id === id);
      expect(f, `${id} is listed but no longer exists`).toBeDefined();
      expect(f!.derive, `${id} is listed as typed but has derive: remove it from the list`).toBeUndefined();
      expect(saysComputed(f!), `${id} is listed but its note does not say Computed`).toBe(true);
    }
  });

  it('leave the words "Computed: …" out of computed facts, whose popover says how they were worked out', () => {
    const stale = facts.filter((f) => f.derive && (/^computed/i.test(f.note ?? '') || /\(computed\)/i.test(f.label))).map((f) => f.id);
    expect(stale).toEqual([]);
  });

  it('give the S19j Pro the catalog’s numbers, the machine the squeeze calculator uses', () => {
    const m = findHardware('s19j-pro');
    expect(m.kind).toBe('asic');
    if (m.kind !== 'asic') return;
    expect([value('asic-s19j-pro-ths'), value('asic-s19j-pro-watts'), value('asic-s19j-pro-jth')]).toEqual([m.hashrateThs, m.powerW, Number(m.efficiencyJPerTh.toFixed(1))]);
  });
});

describe('computed facts and the squeeze calculator', () => {
  /** Inputs that put the calculator's after-halving hashprice exactly at `hashprice`, fees at zero. */
  const atHashprice = (hashprice: number, power: number): SqueezeInput => ({
    model: 's19j-pro', power, fees: 0, pool: 0, hashrate: 620,
    btc: (hashprice * 620 * 1000) / (144 * HALVING_2024.subsidyBtcAfter),
  });
  const power = value('miner-power-price-median');

  for (const [date, hashpriceId, revenueId] of [
    ['1 April 2024', 'hashprice-2024-04-01', 's19j-pro-revenue-day-2024-04-01'],
    ['16 September 2024', 'hashprice-2024-09-16', 's19j-pro-revenue-day-2024-09-16'],
  ] as const) {
    it(`match computeSqueeze for the S19j Pro at the hashprice of ${date}: revenue and power cost`, () => {
      const s = computeSqueeze(atHashprice(value(hashpriceId), power));
      if (!s.ok) throw new Error(s.message);
      expect(s.after.hashpriceUsdPerPhDay).toBeCloseTo(value(hashpriceId), 9);
      expect(value(revenueId)).toBeCloseTo(s.after.day.revenueUsd, 9);
      expect(value('s19j-pro-power-cost-day-median')).toBeCloseTo(s.after.day.powerCostUsd, 9);
    });
  }

  for (const id of ['s9', 's19j-pro', 's21']) {
    it(`match computeSqueeze for the ${id} breakeven at the mid-September hashprice`, () => {
      const s = computeSqueeze({ ...atHashprice(value('hashprice-2024-09-16'), power), model: id });
      if (!s.ok) throw new Error(s.message);
      expect(value(`breakeven-${id}-2024-09`)).toBeCloseTo(s.after.breakevenUsdPerKwh, 9);
    });
  }

  it('agree with Hashrate Index’s published April breakevens, which it rounds to the half cent', () => {
    const halved = atHashprice(value('hashprice-2024-04-01-halved'), power);
    for (const [model, published] of [['s21', 'breakeven-s21-2024-04'], ['s19j-pro', 'breakeven-s19j-pro-2024-04']] as const) {
      const s = computeSqueeze({ ...halved, model });
      if (!s.ok) throw new Error(s.message);
      expect(Math.round(s.after.breakevenUsdPerKwh * 200) / 200, model).toBeCloseTo(value(published), 9);
    }
  });

  it('give the price rise that brings profit after the halving back to profit before, at the calculator’s starting values', () => {
    const start = defaults(squeezeMeta.schema) as unknown as SqueezeInput;
    const before = computeSqueeze(start);
    const after = computeSqueeze({ ...start, btc: start.btc * (1 + value('btc-price-rise-to-offset-halving')) });
    if (!before.ok || !after.ok) throw new Error('the calculator rejected its defaults');
    expect(after.after.day.profitUsd).toBeCloseTo(before.before.day.profitUsd, 9);
  });
});

describe('computed facts and other widgets', () => {
  it('give the race to power’s head start at its starting values', () => {
    const race = computeRace(defaults(raceMeta.schema) as never);
    if (!race.ok) throw new Error(race.message);
    expect(value('race-head-start-usd')).toBe(race.headStartUsd);
  });

  it('give the median of the miner’s dilemma prices at its starting values within 0.5% of the lognormal median e^(−σ²t/2)', () => {
    expect(value('dilemma-median-price-ratio-3yr') / Math.exp((-0.5 * 0.5 * 3) / 2)).toBeCloseTo(1, 2);
  });
});
