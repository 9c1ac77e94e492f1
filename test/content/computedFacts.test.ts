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
import { compute as computeLease } from '@widgets/lease-calculator/model';
import { schema as leaseSchema } from '@widgets/lease-calculator/meta';
import { compute as computeDilemma, ordinal, type DilemmaValues } from '@widgets/miners-dilemma/model';
import { meta as dilemmaMeta } from '@widgets/miners-dilemma/meta';
import { CLOSES } from '@widgets/miners-dilemma/happened';
import { DEALS } from '@widgets/deals-board/data';
import { dealRow } from '@widgets/deals-board/row';
import { formatFact } from '@lib/content/factFormat';
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
  'difficulty-growth-2025': 'a growth rate between two difficulty readings; the core has no such function',
  'fees-per-block-2025-11-03': 'a week’s fee total in a report divided by the week’s 1,008 blocks; the total is not a fact',
  'core-scientific-colocation-share-q2-2025': 'a ratio of two revenue figures in Core Scientific’s report that the site does not store',
  'core-scientific-colocation-share-q4-2025': 'a ratio of two revenue figures in Core Scientific’s report that the site does not store',
  'terawulf-hpc-share-q4-2025': 'a ratio of two revenue figures in TeraWulf’s report that the site does not store',
  'iren-ai-cloud-share-2025-12': 'a ratio of two revenue figures in IREN’s report that the site does not store',
  'cipher-google-backstop-total': 'a sum of two backstop amounts reported two months apart; the core adds no amounts',
  'btc-realised-vol-2025-2026': 'the spread of monthly log returns in content/btc-closes.json; the core has no realised-volatility function',
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

describe('chapter 7’s computed facts and the widgets it quotes', () => {
  const fact = (id: string) => facts.find((f) => f.id === id)!;

  it('give the percentile of the June 2026 close that the miner’s dilemma’s “what happened” layer shows, in its words', () => {
    const view = computeDilemma({ ...(defaults(dilemmaMeta.schema) as DilemmaValues), real: 'show' });
    const last = view.happened!.last;
    expect(last.month).toBe('2026-06');
    expect(value('btc-close-2026-06-30')).toBe(last.closeUsd);
    expect(value('gbm-percentile-2026-06-30')).toBeCloseTo(last.percentile, 9);
    expect(formatFact(fact('gbm-percentile-2026-06-30'))).toBe(`${ordinal(last.percentile)} percentile`);
    expect(view.summary).toContain(`at the model’s ${formatFact(fact('gbm-percentile-2026-06-30'))}`.replace('’', "'"));
  });

  it('give the highest month-end percentile the layer shows, from its July 2025 close', () => {
    const view = computeDilemma({ ...(defaults(dilemmaMeta.schema) as DilemmaValues), real: 'show' });
    const top = view.happened!.points.reduce((a, b) => (b.percentile > a.percentile ? b : a));
    expect(top.month).toBe('2025-07');
    expect(value('btc-close-2025-07-31')).toBe(CLOSES.find((c) => c.month === '2025-07')!.closeUsd);
    expect(value('gbm-percentile-2025-07-31')).toBeCloseTo(top.percentile, 9);
  });

  for (const [factId, dealId] of [
    ['riot-amd-revenue-per-mw-year', 'riot-amd-2026-01-16'],
    ['abernathy-revenue-per-mw-year', 'terawulf-fluidstack-abernathy-2025-10-28'],
    ['river-bend-revenue-per-mw-year', 'hut8-fluidstack-river-bend-2025-12-17'],
    ['iren-microsoft-revenue-per-mw-year', 'iren-microsoft-2025-11-03'],
    ['cipher-aws-revenue-per-mw-year', 'cipher-aws-2025-11-03'],
  ] as const) {
    it(`give ${dealId}’s rate as the deals board computes it`, () => {
      const row = dealRow(DEALS.find((d) => d.id === dealId)!);
      expect(value(factId)).toBeCloseTo(row.usdPerMwYear, 6);
    });
  }

  it('give the lease calculator’s IRR and lifetime cash at the chapter’s two settings', () => {
    const start = defaults(leaseSchema) as never as Parameters<typeof computeLease>[0];
    const march = computeLease({ ...start, rentUsdPerHour: value('h100-contract-1y-2026-03'), rentDeclinePct: 22 });
    const october = computeLease({ ...start, rentUsdPerHour: value('h100-contract-1y-2025-10'), rentDeclinePct: 22 });
    if (!march.ok || !october.ok) throw new Error('the lease calculator rejected the chapter’s settings');
    expect(value('h100-lease-irr-2026-03')).toBeCloseTo(march.irr!, 9);
    expect(formatFact(fact('h100-lease-irr-2026-03'))).toBe(march.text.irr);
    expect(october.paybackYears).toBeNull();
    expect(value('h100-lease-shortfall-2025-10')).toBeCloseTo(october.totalProfitUsd, 6);
    expect(october.summary).toContain(`ending ${formatFact(fact('h100-lease-shortfall-2025-10'))} short`);
  });
});

