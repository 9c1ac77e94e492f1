import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dealRateUsdPerMwYear } from '@core/deals';
import { readoutsAt } from '@lib/widget/define';
import { defaults } from '@lib/widget/params';
import { resolveNotes } from '@lib/teach/teach';
import { teachNotes } from '@lib/teach/teachSchema';
import { widget } from '@widgets/deals-board/widget';
import { DEALS, LATEST, type Deal } from '@widgets/deals-board/data';
import { FILTERS } from '@widgets/deals-board/meta';
import { choosingDeal, choosingFilter, type DealsValues } from '@widgets/deals-board/model';
import { dealRow, pointLabel, pointTip, ratePerMwYear } from '@widgets/deals-board/row';

const start: DealsValues = defaults(widget.schema);
const ok = (v: Partial<DealsValues>) => {
  const s = widget.compute({ ...start, ...v });
  if (!s.ok) throw new Error(s.message);
  return s;
};
const texts = (v: Partial<DealsValues>) => Object.fromEntries(widget.readouts(ok(v), { ...start, ...v }).map((r) => [r.id, r.text]));
const labels = (v: Partial<DealsValues>) => Object.fromEntries(widget.readouts(ok(v), { ...start, ...v }).map((r) => [r.id, r.label]));
const deal = (id: string) => DEALS.find((d) => d.id === id)!;

describe('settings', () => {
  it('list every deal in signing order and open on the latest signed', () => {
    expect(widget.schema.deal.options.map((o) => o.value)).toEqual(DEALS.map((d) => d.id));
    expect(DEALS.map((d) => d.signed)).toEqual([...DEALS.map((d) => d.signed)].sort());
    expect(start).toEqual({ deal: LATEST.id, show: 'all' });
    expect(LATEST.signed).toBe(DEALS.map((d) => d.signed).sort().at(-1));
  });

  it('hold every deal of content/deals.json (the client build leaves out its research note: test/build/dist/budget.test.ts)', () => {
    const all = JSON.parse(readFileSync('content/deals.json', 'utf8')) as { id: string; remark?: string }[];
    expect(DEALS.map((d) => d.id).sort()).toEqual(all.map((d) => d.id).sort());
    for (const d of DEALS) expect(d.remark).toBe(all.find((a) => a.id === d.id)!.remark);
  });

  it('pass every deal’s sources, and the 2024 reference rent’s, to the island', () => {
    for (const d of DEALS) for (const s of d.sourceIds) expect(widget.sources).toContain(s);
    expect(widget.sources).toContain('core-scientific-2024-10-22');
  });
});

describe('compute: the rate of each deal, from the core', () => {
  it.each([
    { id: 'core-scientific-coreweave-2024-10-22', rate: '$1.39M', why: '$2.0B / (12 × 120 MW of IT)' },
    { id: 'iren-microsoft-2025-11-03', rate: '$9.7M', why: '$9.7B / (5 × 200 MW of IT)' },
    { id: 'cipher-fluidstack-2025-09-25', rate: '$1.79M', why: '$3.0B / (10 × 168 MW of IT), not the 244 MW at the grid' },
    { id: 'terawulf-fluidstack-abernathy-2025-10-28', rate: '$2.26M', why: '$9.5B / (25 × 168 MW of IT)' },
    { id: 'cipher-aws-2025-11-03', rate: '$1.22M', why: '$5.5B / (15 × 300 MW as reported)' },
  ])('$id pays $rate a year ($why)', ({ id, rate }) => {
    expect(texts({ deal: id }).rate).toBe(rate);
  });

  it('matches dealRateUsdPerMwYear for every deal', () => {
    for (const d of DEALS) {
      const core = dealRateUsdPerMwYear({ contractValueUsd: d.valueUsd, termYears: d.termYears, statedMw: d.mw, statedMwBasis: d.mwBasis, itMw: d.mwIt });
      expect(texts({ deal: d.id }).rate, d.id).toBe(ratePerMwYear(core.usdPerMwYear));
    }
  });

  it('puts IREN–Microsoft at 6.69 times the 2024 rent of $1.45M, and says so in the summary', () => {
    const s = ok({ deal: 'iren-microsoft-2025-11-03' });
    expect(s.timesReference).toBeCloseTo(9.7 / 1.45, 6);
    expect(texts({ deal: 'iren-microsoft-2025-11-03' })['times-2024']).toBe('6.69×');
    expect(s.summary).toMatch(/^IREN–Microsoft, a GPU-cloud contract signed 3 Nov 2025: \$9\.7B over 5 years for 200 MW of IT load comes to \$9\.7M per MW of IT load a year, 6\.69× Core Scientific’s 2024 rate of \$1\.45M\./);
  });

  it('states the hosting range over the deals with a stated IT load, and counts the others', () => {
    expect(ok({}).summary).toMatch(/the 14 hosting leases with a stated IT load run from \$1\.24M to \$2\.26M; IREN–Microsoft, the one GPU-cloud contract with a stated IT load, pays \$9\.7M\. 2 deals shown state no IT load\.$/);
  });
});

describe('the basis of every rate is said, never converted silently', () => {
  it('rates a grid-headline deal per its stated IT load and shows the grid figure beside it', () => {
    const r = ok({ deal: 'cipher-fluidstack-2025-09-25' }).chosen;
    expect(r).toMatchObject({ rateMw: 168, rateBasis: 'it', rateUnit: 'per MW of IT load a year', marked: true, mwText: '168 MW of IT load (244 MW at the grid)' });
    expect(r.caveats).toEqual(['headline 244 MW is grid power; rate per the 168 MW of IT load stated']);
    expect(texts({ deal: r.id })).toMatchObject({ mw: '168 MW', 'headline-mw': '244 MW' });
    expect(labels({ deal: r.id })).toMatchObject({ rate: 'Per MW of IT load a year', mw: 'IT load', 'headline-mw': 'Headline, at the grid' });
  });

  it('keeps a megawatt figure of unstated basis as reported, and labels the rate so', () => {
    const r = ok({ deal: 'iren-nvidia-2026-05-07' }).chosen;
    expect(r).toMatchObject({ rateMw: 60, rateBasis: 'unknown', rateUnit: 'per MW a year, basis not stated', marked: true });
    expect(labels({ deal: r.id })).toMatchObject({ rate: 'Per MW a year, basis not stated', mw: 'Megawatts, basis not stated' });
    expect(pointLabel(r)).toMatch(/Basis: not stated whether the 60 MW is IT load or grid power\.$/);
  });

  it('shows a floor as “more than” and a worked-out value and assumed term as such', () => {
    expect(texts({ deal: 'core-scientific-coreweave-2024-06-03' }).value).toBe('more than $3.5B');
    expect(labels({ deal: 'core-scientific-coreweave-2024-06-03' }).value).toBe('Contract value (a floor)');
    const cb5 = ok({ deal: 'terawulf-fluidstack-cb5-2025-08-18' }).chosen;
    expect(cb5.caveats).toEqual(['value worked out from reported totals, not stated', 'term assumed, not stated']);
    expect(labels({ deal: cb5.id })).toMatchObject({ value: 'Contract value (worked out)', term: 'Base term (assumed)' });
  });

  it('would rate a grid-only deal per grid MW, and an “up to” value as a ceiling', () => {
    const gridOnly: Deal = { ...deal('cipher-fluidstack-2025-09-25'), mwIt: null, valueBasis: 'up-to' };
    const r = dealRow(gridOnly);
    expect(r).toMatchObject({ rateMw: 244, rateBasis: 'grid', rateUnit: 'per grid MW a year', valueText: 'up to $3B' });
    expect(r.caveats).toEqual(['244 MW is grid power; rate per grid MW', 'value is an “up to”, so the rate is at most this']);
  });

  it('leaves plain deals unmarked', () => {
    const r = ok({ deal: 'hut8-fluidstack-river-bend-2025-12-17' }).chosen;
    expect(r.marked).toBe(false);
    expect(r.backstop).toBe('Google');
    expect(pointTip(r)).toEqual(['Hut 8–Fluidstack, River Bend', 'Hosting lease, signed 17 Dec 2025', '$1.9M per MW of IT load a year', '245 MW of IT load', 'Backstop: Google']);
  });
});

describe('provenance', () => {
  it('traces the rate to dealRateUsdPerMwYear with the value, term and MW and each of the deal’s sources', () => {
    const [rate] = widget.readouts(ok({ deal: 'cipher-fluidstack-2025-09-25' }), start);
    expect(rate!.provenance.formula?.fn).toBe('dealRateUsdPerMwYear');
    expect(rate!.provenance.inputs.map((i) => [i.label, i.value])).toEqual([
      ['Contract value, base term (V)', '$3B'],
      ['Base term (T)', '10'],
      ['Megawatts divided by: MW of IT load (MW)', '168'],
      ['Reported in', ''],
    ]);
    expect(rate!.provenance.inputs[2]!.note).toMatch(/headline 244 MW is grid power/);
    expect(rate!.provenance.inputs[3]!.sourceId).toBe('decrypt-cipher-fluidstack-2025-09');
  });

  it('gives the value, term and MW as reported figures, with a note where one is not plainly stated', () => {
    const r = Object.fromEntries(widget.readouts(ok({ deal: 'galaxy-coreweave-helios-2025-08-15' }), start).map((x) => [x.id, x]));
    for (const id of ['value', 'term', 'mw', 'headline-mw']) {
      expect(r[id]!.provenance.formula, id).toBeUndefined();
      expect(r[id]!.provenance.inputs.some((i) => i.sourceId === 'stocktitan-galaxy-helios-2025-08-15'), id).toBe(true);
    }
    expect(r.value!.provenance.inputs[0]!.note).toMatch(/a floor/);
  });

  it('cites only the widget’s own sources, at every deal and filter', () => {
    for (const d of DEALS) {
      for (const f of FILTERS) {
        const v = { deal: d.id, show: f.value };
        for (const r of readoutsAt(widget, v)) for (const i of r.provenance.inputs) if (i.sourceId) expect(widget.sources, `${d.id} ${r.id}`).toContain(i.sourceId);
      }
    }
  });
});

describe('filters', () => {
  it('show only the deals of one kind, zooming the chart’s data to them', () => {
    expect(ok({ show: 'hosting' }).rows.every((r) => r.kind === 'hosting')).toBe(true);
    expect(ok({ show: 'gpu-cloud' }).rows.map((r) => r.id)).toEqual(['iren-microsoft-2025-11-03', 'iren-nvidia-2026-05-07']);
    expect(ok({}).rows).toHaveLength(DEALS.length);
  });

  it('choose the latest shown deal, with a note, when the link names a deal the filter hides', () => {
    const s = ok({ deal: 'iren-nvidia-2026-05-07', show: 'hosting' });
    expect(s.chosen.id).toBe('hut8-beacon-point-2026-05-06');
    expect(s.adjusted).toBe('Deal: IREN–Nvidia is not among the hosting leases shown, so the latest of them, Hut 8–undisclosed tenant, Beacon Point, is selected.');
    expect(ok({ deal: 'iren-microsoft-2025-11-03', show: 'gpu-cloud' }).adjusted).toBeUndefined();
  });

  it('keep the reader’s choices consistent: a hidden deal shows all deals, a filter keeps or replaces the deal', () => {
    expect(choosingDeal({ deal: 'riot-amd-2026-01-16', show: 'hosting' }, 'iren-microsoft-2025-11-03')).toEqual({ deal: 'iren-microsoft-2025-11-03', show: 'all' });
    expect(choosingDeal({ deal: 'riot-amd-2026-01-16', show: 'hosting' }, 'cipher-aws-2025-11-03')).toEqual({ deal: 'cipher-aws-2025-11-03', show: 'hosting' });
    expect(choosingFilter({ deal: 'riot-amd-2026-01-16', show: 'all' }, 'hosting')).toEqual({ show: 'hosting' });
    expect(choosingFilter({ deal: 'riot-amd-2026-01-16', show: 'all' }, 'gpu-cloud')).toEqual({ show: 'gpu-cloud', deal: 'iren-nvidia-2026-05-07' });
  });
});

describe('every deal at every filter', () => {
  it('gives finite numbers and clean words: no NaN, Infinity or undefined', () => {
    for (const d of DEALS) {
      for (const f of FILTERS) {
        const v = { deal: d.id, show: f.value };
        const s = ok(v);
        expect(s.rows.every((r) => [r.usdPerMwYear, r.rateMw, r.signedMs].every(Number.isFinite))).toBe(true);
        expect(Number.isFinite(s.timesReference)).toBe(true);
        const words = JSON.stringify([s.summary, s.desc, s.adjusted ?? '', s.rows.map(pointLabel), s.rows.map(pointTip), readoutsAt(widget, v)]);
        expect(words, `${d.id} ${f.value}`).not.toMatch(/NaN|Infinity|undefined|null/);
      }
    }
  });

  it('turns a deal or filter the board does not know into a plain message', () => {
    for (const bad of [{ deal: 'atlantis' }, { show: 'mining' }]) {
      const s = widget.compute({ ...start, ...bad });
      expect(s.ok).toBe(false);
      expect(s.summary).toMatch(/^The deals board cannot show these settings: (deal|show) must be/);
      expect(widget.readouts(s, start)).toEqual([]);
    }
  });
});

describe('lesson notes', () => {
  it('quote only figures the board shows at each scenario’s settings', () => {
    const notes = teachNotes.parse(JSON.parse(readFileSync('content/teach/deals-board.json', 'utf8')));
    const resolved = resolveNotes(widget, notes, (values) =>
      Object.fromEntries(readoutsAt(widget, values as DealsValues).map((r) => [r.id, { label: r.label, text: r.text }])),
    );
    expect(resolved.scenarios[1]!.notice).toBe('The headline 244 MW is grid power. The rate uses the 168 MW of IT load the source states: $1.79M, 1.23× the 2024 rate. The ring marks Google’s backstop.');
    expect(JSON.stringify(resolved)).not.toMatch(/NaN|Infinity|undefined|\{[a-z0-9-]+\}/);
  });
});
