import { describe, expect, it } from 'vitest';
import { defaults, type NumberParam } from '@lib/widget/params';
import { schema } from '@widgets/miners-dilemma/meta';
import { dilemmaInput, dilemmaView, type DilemmaValues } from '@widgets/miners-dilemma/model';

const base = defaults(schema) as DilemmaValues;

describe('miners-dilemma model', () => {
  it('turns the Core Scientific–CoreWeave rate ($1.45M per MW of IT a year, V-E) into $120.83 per kW-month', () => {
    expect(dilemmaInput(base).hostingUsdPerKwMonth).toBeCloseTo(120.8333, 4);
  });

  it('rents the IT load of its grid megawatt, as “One site, three businesses” does: 1 MW / 1.43 × $120.83 × 1,000', () => {
    const v = dilemmaView(base);
    expect(v.readouts.rentPerMonth).toBe('$84,499');
    // 3 years of rent: $4.35M per MW of IT, × 1 / 1.43 MW of IT = $3.04M in every path.
    const host = v.strategies.find((s) => s.id === 'host')!;
    expect(host.final.p5).toBeCloseTo(4.35e6 / 1.43, 4);
    expect(host.final.p95).toBeCloseTo(4.35e6 / 1.43, 4);
    expect(host.medianText).toBe('$3.04M');
  });

  it('sizes the megawatt from Cambridge’s fleet: 35.5 PH/s at 28.2 J/TH, $1,080 of power a day at $45/MWh', () => {
    const v = dilemmaView(base);
    expect(v.readouts.hashrate).toBe('35.5 PH/s');
    expect(v.readouts.powerPerDay).toBe('$1,080');
  });

  it('is reproducible: the same seed gives the same summary and table, a new seed another', () => {
    const a = dilemmaView(base);
    expect(dilemmaView({ ...base }).summary).toBe(a.summary);
    expect(dilemmaView({ ...base }).tableRows).toEqual(a.tableRows);
    expect(dilemmaView({ ...base, seed: 2 }).summary).not.toBe(a.summary);
    expect(a.summary).toMatch(/^Seed 1, 2,000 price paths from \$93,450 a coin, after three years: hosting ends at \$3\.04M in every path;/);
  });

  it('with zero volatility the fans collapse to lines', () => {
    const v = dilemmaView({ ...base, vol: 0 });
    for (const s of v.strategies) {
      expect(s.final.p5).toBeCloseTo(s.final.p95, 4);
    }
  });

  it('a host-paid fit-out at TeraWulf’s $8M per MW of IT turns three years of hosting negative', () => {
    const v = dilemmaView({ ...base, fitOut: '8' });
    const host = v.strategies.find((s) => s.id === 'host')!;
    expect(host.final.p50).toBeCloseTo((4.35e6 - 8e6) / 1.43, 2);
    expect(host.medianText).toBe('−$2.55M');
    expect(v.yDomain[0]).toBeLessThanOrEqual(-8e6 / 1.43);
  });

  it('has a table of three choices × three years, and shares between 0 and 1', () => {
    const v = dilemmaView(base);
    expect(v.tableRows).toHaveLength(9);
    expect(v.tableRows.map((r) => r.year)).toEqual([1, 2, 3, 1, 2, 3, 1, 2, 3]);
    for (const share of Object.values(v.shares)) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
  });

  it('gives finite output at the extremes of every numeric parameter', () => {
    for (const [name, spec] of Object.entries(schema)) {
      if (spec.kind !== 'number') continue;
      for (const value of [(spec as NumberParam).min, (spec as NumberParam).max]) {
        const v = dilemmaView({ ...base, [name]: value, hostPower: 'host', fitOut: '10' });
        expect(v.error).toBeNull();
        expect(JSON.stringify(v)).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  }, 60_000); // 18 full simulations: slow on a shared machine

  it('shows a plain message instead of throwing on an impossible setting', () => {
    const v = dilemmaView({ ...base, eff: 0 });
    expect(v.error).toMatch(/efficiencyJPerTh must be/);
    expect(v.summary).toBe(v.error);
  });
});

describe('miners-dilemma summary', () => {
  it('changes with the start price even when no miner can run (so the live region speaks)', () => {
    const low = dilemmaView({ ...base, price: 10_000 });
    const lowish = dilemmaView({ ...base, price: 10_500 });
    expect(low.strategies.find((s) => s.id === 'sell')!.final.p95).toBe(0);
    expect(lowish.summary).not.toBe(low.summary);
    expect(low.summary).toContain('from $10,000 a coin');
  });
});
