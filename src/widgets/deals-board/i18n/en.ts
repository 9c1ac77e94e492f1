/**
 * The deals board's words: its settings (meta.ts, data.ts), each deal's row, tooltip and table
 * (row.ts), summary, description and errors (model.ts), readouts (readouts.ts) and what the view
 * labels (the .svelte files). zh.ts has the same keys.
 * Deals' own words (name, site, remark) are content/deals.json's in English; another edition gives
 * them by deal id in `deals`, and test/widgets/deals-board.zh.test.ts checks every deal has them.
 */
import type { MwBasis } from '@core/deals';
import { num, usdUpTo } from '@lib/widget/format';
import { count } from '@lib/i18n/plural';

type Kind = 'hosting' | 'gpu-cloud';
type Filter = 'all' | Kind;
type ValueBasis = 'stated' | 'up-to' | 'floor' | 'derived';

/** A deal's words shown to readers, in one edition. */
export interface DealWords {
  /** Short name for labels: "Cipher–Fluidstack, Barber Lake". */
  name: string;
  site: string;
  /** One or two sentences shown with the deal. */
  remark?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const KIND_NOUN: Record<Kind, string> = { hosting: 'hosting lease', 'gpu-cloud': 'GPU-cloud contract' };
const KIND_NOUNS: Record<Kind, string> = { hosting: 'hosting leases', 'gpu-cloud': 'GPU-cloud contracts' };
const MW_BASIS_WORDS: Record<MwBasis, string> = { it: 'MW of IT load', grid: 'MW at the grid', unknown: 'MW, basis not stated' };
const RATE_UNIT: Record<MwBasis, string> = { it: 'per MW of IT load a year', grid: 'per grid MW a year', unknown: 'per MW a year, basis not stated' };
const FILTERS: Record<Filter, string> = { all: 'All deals', hosting: 'Hosting leases', 'gpu-cloud': 'GPU-cloud contracts' };
const caveatList = (caveats: readonly string[]) => caveats.join('; ');
const perMwYear = (usd: number) => `${usdUpTo(usd / 1e6, 2)}M`;

export const text = {
  title: 'The deals board',
  goal: 'See what miners’ AI deals pay per megawatt a year: leases of the building and its power cluster close together, contracts that include the chips pay several times more, and the marks show which figures behind each rate are firm.',
  schema: { deal: 'Deal', show: 'Show' },
  filters: FILTERS,
  /** A filter inside a sentence. */
  filterNoun: (f: string) => (Object.hasOwn(FILTERS, f) ? FILTERS[f as Filter].toLowerCase() : f),
  /** A deal as the select lists it: "IREN–Microsoft (Nov 2025)". */
  dealOption: (name: string, month: string) => `${name} (${month})`,
  /** Deals' words by deal id, where this edition's differ from content/deals.json's (English: none). */
  deals: {} as Record<string, DealWords>,

  // One deal's row (row.ts).
  /** "2025-09-25" → "25 Sep 2025". */
  signedDate: (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`,
  /** USD per MW a year in millions, to two decimals at most: "$1.79M", "$9.7M". */
  ratePerMwYear: perMwYear,
  /** A tick of the rate axis: "$1.5M". */
  axisTick: perMwYear,
  /** A multiple of a rate: "1.23×". */
  times: (n: number) => `${num(n, 2)}×`,
  rateUnit: RATE_UNIT,
  /** "$1.79M per MW of IT load a year". */
  rateWithUnit: (rate: string, unit: string) => `${rate} ${unit}`,
  /** "168 MW of IT load". */
  mwOnBasis: (mw: string, basis: MwBasis) => `${mw} ${MW_BASIS_WORDS[basis]}`,
  /** "168 MW of IT load (244 MW at the grid)". */
  mwItOfGrid: (it: string, grid: string) => `${it} MW of IT load (${grid} MW at the grid)`,
  /** Megawatts in a readout or a sentence: "60 MW". */
  mw: (mw: string) => `${mw} MW`,
  years: (years: string) => count(years, 'year'),
  kindLabel: { hosting: 'Hosting lease', 'gpu-cloud': 'GPU cloud' } as Record<Kind, string>,
  /** "more than $3.5B". */
  valueText: (value: string, basis: ValueBasis) => `${{ stated: '', 'up-to': 'up to ', floor: 'more than ', derived: '' }[basis]}${value}`,
  caveats: {
    gridOnly: (mw: string) => `${mw} MW is grid power; rate per grid MW`,
    gridHeadline: (mw: string, it: string) => `headline ${mw} MW is grid power; rate per the ${it} MW of IT load stated`,
    unknownBasis: (mw: string) => `not stated whether the ${mw} MW is IT load or grid power`,
    floor: 'value is a floor (“more than”), so the rate is at least this',
    upTo: 'value is an “up to”, so the rate is at most this',
    derived: 'value worked out from reported totals, not stated',
    termAssumed: 'term assumed, not stated',
  },
  caveatList,
  confidence: { high: 'high', medium: 'medium', low: 'low' } as Record<'high' | 'medium' | 'low', string>,
  none: 'none',
  columns: {
    name: 'Deal',
    signed: 'Signed',
    kind: 'Kind',
    rate: 'USD per MW a year (of IT load unless noted)',
    value: 'Value, base term',
    years: 'Years',
    mw: 'Megawatts',
    backstop: 'Backstop',
    caveats: 'Basis notes',
    confidence: 'Confidence',
  },
  /** A mark's accessible name: "IREN–Microsoft: GPU-cloud contract, signed 3 Nov 2025, $9.7M per MW of IT load a year, 200 MW." */
  pointLabel: (o: { name: string; kind: Kind; signed: string; rate: string; mw: string; backstop: string | null; caveats: readonly string[] }) =>
    `${o.name}: ${KIND_NOUN[o.kind]}, signed ${o.signed}, ${o.rate}, ${o.mw} MW${o.backstop ? `, backstopped by ${o.backstop}` : ''}.${o.caveats.length ? ` Basis: ${caveatList(o.caveats)}.` : ''}`,
  tip: {
    kindSigned: (kind: string, signed: string) => `${kind}, signed ${signed}`,
    backstop: (backstop: string) => `Backstop: ${backstop}`,
  },

  // The summary, the chart's description and the notes (model.ts).
  basisRule:
    'Each rate is the base term’s value ÷ (years × megawatts), renewals left out: per MW of IT load where the sources state it, otherwise per MW as reported and marked, never converted with an assumed overhead.',
  /** "the 14 hosting leases with a stated IT load run from $1.24M to $2.26M". */
  rangeMany: (o: { count: number; kind: Kind; lo: string; hi: string }) => `the ${o.count} ${KIND_NOUNS[o.kind]} with a stated IT load run from ${o.lo} to ${o.hi}`,
  /** "IREN–Microsoft, the one GPU-cloud contract with a stated IT load, pays $9.7M". */
  rangeOne: (o: { name: string; kind: Kind; rate: string }) => `${o.name}, the one ${KIND_NOUN[o.kind]} with a stated IT load, pays ${o.rate}`,
  summary: (o: {
    name: string; kind: Kind; signed: string; backstop: string | null; value: string; years: string; mw: string; basis: MwBasis;
    rate: string; times: string; reference: string; caveats: readonly string[]; ranges: readonly string[]; noItLoad: number;
  }) => {
    // The basis goes once into the sentence; an unstated one is explained by the caveat after it.
    const of = o.basis === 'it' ? ' of IT load' : o.basis === 'grid' ? ' at the grid' : '';
    const backstop = o.backstop ? `, backstopped by ${o.backstop}` : '';
    const first =
      `${o.name}, a ${KIND_NOUN[o.kind]} signed ${o.signed}${backstop}: ${o.value} over ${count(o.years, 'year')} for ${o.mw} MW${of} ` +
      `comes to ${o.rate} per MW${of} a year, ${o.times} Core Scientific’s 2024 rate of ${o.reference}.`;
    const caveat = o.caveats.length ? ` Basis: ${caveatList(o.caveats)}.` : '';
    const range = o.ranges.length ? ` Per MW of IT load a year, ${o.ranges.join('; ')}.` : '';
    const rest = o.noItLoad ? ` ${o.noItLoad === 1 ? 'One deal shown states' : `${num(o.noItLoad)} deals shown state`} no IT load.` : '';
    return first + caveat + range + rest;
  },
  descItem: (o: { name: string; kind: Kind; signed: string; rate: string; mw: string; backstop: string | null; caveats: readonly string[] }) =>
    `${o.name}, ${KIND_NOUN[o.kind]}, ${o.signed}: ${o.rate}, ${o.mw} MW${o.backstop ? `, backstop ${o.backstop}` : ''}${o.caveats.length ? `; basis: ${caveatList(o.caveats)}` : ''}`,
  desc: (o: { count: number; from: string; to: string; items: readonly string[] }) =>
    `${num(o.count)} deals signed from ${o.from} to ${o.to}, placed by date signed (across) and dollars per MW a year (up, log scale); ` +
    `a mark’s area shows its megawatts. Circles are hosting leases and squares GPU-cloud contracts; an outer ring marks a backstop, and a dashed outline a rate resting on a figure that is not plainly stated. ${o.items.join('. ')}.`,
  /** The note when the link's deal is hidden by its filter. */
  adjusted: (o: { asked: string; filter: string; pick: string }) => `Deal: ${o.asked} is not among the ${o.filter} shown, so the latest of them, ${o.pick}, is selected.`,
  errors: {
    badShow: (values: readonly string[]) => `show must be one of ${values.join(', ')}`,
    badDeal: 'deal must be the id of a deal in content/deals.json',
    noneShown: (filter: string) => `there are no ${filter} in content/deals.json`,
    cannotShow: (reason: string) => `The deals board cannot show these settings: ${reason}. Choose a deal and a filter from the lists.`,
  },

  // Readouts (readouts.ts).
  rateLabel: { it: 'Per MW of IT load a year', grid: 'Per grid MW a year', unknown: 'Per MW a year, basis not stated' } as Record<MwBasis, string>,
  timesLabel: 'Times Core Scientific’s 2024 rate',
  valueLabel: (basis: ValueBasis) => (basis === 'stated' ? 'Contract value' : `Contract value (${basis === 'derived' ? 'worked out' : basis === 'floor' ? 'a floor' : 'up to'})`),
  termLabel: (assumed: boolean): string => (assumed ? 'Base term (assumed)' : 'Base term'),
  mwLabel: { it: 'IT load', grid: 'Grid power', unknown: 'Megawatts, basis not stated' } as Record<MwBasis, string>,
  headlineLabel: 'Headline, at the grid',
  /** An input labelled with the formula's symbol: "Base term (T)". */
  symbol: (label: string, symbol: string) => `${label} (${symbol})`,
  inputs: {
    reportedIn: 'Reported in',
    value: 'Contract value, base term',
    /** The unit of a money amount: empty where the amount already names its currency. */
    usd: 'USD',
    valueNote: { 'up-to': 'an “up to” figure: the most the contract could be worth', floor: 'a floor: the source says “more than”', derived: 'not stated by the sources: worked out from the totals they report (see the deal’s remark)' } as Partial<Record<ValueBasis, string>>,
    term: 'Base term',
    termUnit: 'years',
    termNote: 'not stated by the sources: taken as the term of the deal’s earlier leases',
    /** The megawatts the rate divides by, named by what they measure. */
    mw: (basis: MwBasis) => `Megawatts divided by: ${MW_BASIS_WORDS[basis]}`,
    mwUnit: 'MW',
    gridHeadlineNote: (mw: string) => `the headline ${mw} MW is grid power; the sources state the IT load`,
    unknownNote: 'the sources do not say whether this is IT load or grid power; not converted',
    headline: 'Headline megawatts, grid power',
    rate: (name: string) => `${name} (y)`,
    rateNote: 'computed by dealRateUsdPerMwYear',
    roughNote: '; not per MW of IT load, so the comparison is rough',
    reference: 'Core Scientific–CoreWeave, 2024 (y_ref)',
  },

  // The view (the .svelte files).
  card: {
    /** "GPU cloud · signed 3 Nov 2025 · Childress, Texas (Horizons 1–4) · no backstop". */
    facts: (o: { kind: string; signed: string; site: string; backstop: string | null; confidence: 'high' | 'medium' | 'low' }) =>
      `${o.kind} · signed ${o.signed} · ${o.site} · ${o.backstop ? `backstop: ${o.backstop}` : 'no backstop'}${o.confidence === 'high' ? '' : ` · ${o.confidence} confidence`}`,
    caveatsLead: 'Notes on the basis of this rate:',
  },
  /** Under the chart: how to read a mark, then the rule behind every rate. */
  hint: (basisRule: string) => `Each mark is a deal: hover, tap or Tab to a mark to read it; Enter picks it. ${basisRule}`,
  tableCaption: 'Every deal shown: the base term’s value, years and megawatts, and the rate they give',
  chartTitle: 'Miner–AI deals by date signed and dollars per megawatt a year',
  axisLabel: '$ per MW a year (log scale)',
  legend: {
    hosting: 'Hosting lease: rent for the building and its power',
    gpuCloud: 'GPU cloud: the price includes the chips',
    ring: 'Ring: backstopped, the backstop named with the deal',
    dashed: 'Dashed: a figure behind the rate is not plainly stated (grid or unstated megawatts, or a value or term that is a floor, worked out or assumed)',
    area: (mws: readonly string[]) => `Area: megawatts (${mws.join(', ')} MW shown)`,
  },
};

export type WidgetText = typeof text;
