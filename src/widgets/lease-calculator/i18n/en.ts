/**
 * The lease calculator's words: its title, settings, presets, readouts, sentences and table.
 * zh.ts has the same keys (a missing one is a type error). Numbers come in already formatted, or
 * are formatted here through @lib/widget/format, so each language glues them its own way.
 */
import { num, pct, usd } from '@lib/widget/format';
import { count } from '@lib/i18n/plural';

const years = (n: number) => count(num(n, 1), 'year');

export const text = {
  title: 'Is $2 an hour a business?',
  goal: 'Work out whether renting out a GPU pays back its price: how rent, its yearly fall, use and power decide the payback, the return and the rent needed to break even.',
  /** Each setting's label and unit, by its name in the schema. */
  params: {
    capexUsd: { label: 'Cost per GPU, all in', unit: 'USD' },
    rentUsdPerHour: { label: 'Rent in year 1', unit: 'USD per GPU-hour' },
    rentDeclinePct: { label: 'Rent fall per year', unit: '% a year' },
    utilizationPct: { label: 'Hours rented', unit: '% of the year' },
    powerDrawW: { label: 'Power per GPU, with its server share', unit: 'W' },
    pue: { label: 'Site overhead (grid ÷ IT power)', unit: 'times the GPU’s power' },
    powerPriceUsdPerKwh: { label: 'Power price', unit: 'USD per kWh' },
    otherOpexUsdPerYear: { label: 'Other costs', unit: 'USD per GPU-year' },
    lifeYears: { label: 'Working life', unit: 'years' },
    discountPct: { label: 'Return you could get elsewhere', unit: '% a year' },
  },
  /** Each preset's button, what it assumes and, for Cheah's lines, his claim; by preset id. */
  presets: {
    'peak-2023': {
      label: 'Bought at the 2023 peak',
      basis: 'Cheah’s $50,000 all-in H100 rented at the $4.70 launch rate, with rent then falling 40% a year, the pace he measured in 2024.',
    },
    'sep-2024': {
      label: 'Bought in September 2024',
      basis: 'IREN’s H200s at $40,650 each all in, earning the $1.99 an hour its own figures imply, with rent holding steady, as a payback worked out from that month’s earnings assumes (IREN expected about two years for its H100s).',
    },
    'cheah-1-65': {
      label: '$1.65: Cheah’s loss line',
      basis: 'Cheah’s $50,000 H100 over five years, rent drifting down to half by year 5.',
      claim: 'Cheah’s spreadsheet expects a loss over five years at this rent.',
    },
    'cheah-2-85': {
      label: '$2.85: Cheah’s stock-market line',
      basis: 'Cheah’s $50,000 H100 over five years, rent drifting down to half by year 5.',
      claim: 'Cheah’s spreadsheet gives an IRR “barely above 10%” at this rent, about what the stock market pays.',
    },
    'cheah-4-50': {
      label: '$4.50: Cheah’s 20% line',
      basis: 'Cheah’s $50,000 H100 over five years, rent drifting down to half by year 5.',
      claim: 'Cheah’s spreadsheet gives an IRR above 20% at this rent.',
    },
    'mar-2026': {
      label: 'Rented in March 2026',
      basis: 'Cheah’s $50,000 all-in H100 on a one-year contract at March 2026’s $2.35 an hour (SemiAnalysis’s index, as reported), with rent then falling 22% a year, the pace H100 rents fell in 2025.',
    },
  },

  // The view model (model.ts).
  years,
  neverPaysBack: (lifeYears: number) => `Never pays back within its ${lifeYears}-year life`,
  irrNone: 'None: it never earns back its cost',
  irrPerYear: (irr: number) => `${pct(irr, 1)} a year`,
  perHour: (rentUsd: number) => `${usd(rentUsd, 2)} an hour`,
  /** After a preset's claim: this calculator's own IRR at the same settings. */
  presetNote: (o: { claim: string; irr: number | null }) =>
    `${o.claim} With the same rent and Cheah’s other published inputs, this calculator gives an IRR of ${o.irr === null ? 'none' : pct(o.irr, 0)}: his spreadsheet must hold costs or idle time he did not publish, so his line is his verdict, not this formula’s output.`,
  neverOutcome: (o: { capexUsd: number; lifeYears: number; shortUsd: number }) =>
    `it never pays back its ${usd(o.capexUsd)} within ${years(o.lifeYears)}, ending ${usd(o.shortUsd)} short`,
  paybackOutcome: (o: { capexUsd: number; paybackYears: number; irr: string }) =>
    `it pays back its ${usd(o.capexUsd)} in ${years(o.paybackYears)}, with an IRR of ${o.irr}`,
  /** The screen-reader summary. */
  summary: (o: { rentUsd: number; declinePct: number; outcome: string; discountPct: number; breakeven: string }) =>
    `Rented at ${usd(o.rentUsd, 2)} an hour, ${o.declinePct === 0 ? 'holding steady' : `falling ${num(o.declinePct)}% a year`}, ${o.outcome}. To earn ${num(o.discountPct, 1)}% a year it would need ${o.breakeven} in year 1.`,
  /** The chart's text alternative. */
  desc: (o: { rows: readonly { year: number; cashUsd: number }[]; totalUsd: number }) =>
    `Cash per year for one GPU: ${o.rows.map((row) => `year ${row.year} ${usd(row.cashUsd)}`).join(', ')}. Cumulative cash ends at ${usd(o.totalUsd)}.`,
  cannotCompute: (detail: string) => `These inputs can’t be worked out (${detail}). Try a value nearer the middle of its range.`,

  // The readouts (readouts.ts).
  readouts: {
    payback: 'Payback',
    irr: 'Internal rate of return',
    npv: (rate: string) => `Value today at ${rate}% a year`,
    breakeven: (rate: string) => `Year-1 rent to earn ${rate}%`,
    breakevenZero: 'Year-1 rent to get the money back',
    targetReturn: 'Target return',
    targetUnit: '% a year',
    justMoneyBack: 'just the money back',
  },

  // The view (LeaseCalculator.svelte, CashflowChart.svelte).
  chartTitle: 'Cash from one GPU by year, and the running total, US dollars',
  yearAxis: 'Year',
  paidBack: 'Paid back',
  keyBar: 'Cash that year',
  keyLine: 'Running total',
  tableCaption: 'Cash from one GPU, year by year (year 0 is the purchase), US dollars',
  columns: {
    year: 'Year',
    rentUsdPerHour: 'Rent ($/h)',
    revenueUsd: 'Revenue',
    powerUsd: 'Power',
    otherUsd: 'Other costs',
    cashUsd: 'Net cash',
    cumulativeUsd: 'Running total',
  },
};

export type WidgetText = typeof text;
