/**
 * The switching bill's words: its sliders, notes, presets, charts, readouts, sentences and table.
 * zh.ts has the same keys. Numbers come in formatted, or are formatted here through format.ts.
 */
import { AI_SITE_OVERHEAD, GPU_POWER_IN_SERVICE } from '@core/assumptions';
import { money, num, usd } from '@lib/widget/format';
import { count } from '@lib/i18n/plural';

const months = (m: number) => count(num(m, 0), 'month');

export const text = {
  title: 'The switching bill',
  goal: 'Add up what it costs a miner to turn a site into an AI data centre (GPUs, building, lost mining, less ASIC resale) and how many months of rent pay it back.',
  /** Each slider's label and unit (the unit follows the formatted value). */
  params: {
    siteMw: { label: 'Site size', unit: 'MW from the grid' },
    pue: { label: 'AI site overhead (grid ÷ IT power)', unit: '× the IT power' },
    gpuPowerW: { label: 'Power per GPU, with its server share', unit: 'W' },
    capexUsdPerGpu: { label: 'Cost per GPU, all in (servers, network, racks)', unit: 'USD' },
    facilityMUsdPerMw: { label: 'Building and liquid cooling', unit: 'million USD per MW of IT' },
    asicJPerTh: { label: 'Old mining fleet efficiency', unit: 'J/TH' },
    resaleUsdPerTh: { label: 'What the old ASICs fetch', unit: 'USD per TH/s' },
    downtimeMonths: { label: 'Months with the site dark', unit: 'months' },
    hashprice: { label: 'Hashprice given up', unit: 'USD per PH/s per day' },
    powerPrice: { label: 'Power price', unit: 'USD per kWh' },
    rent: { label: 'GPU rent', unit: 'USD per GPU-hour' },
    utilizationPct: { label: 'Hours rented', unit: '% of hours' },
  },
  /** Where this language writes a value differently from the schema's own format (English: nowhere). */
  formats: {} as { facilityMUsdPerMw?: Intl.NumberFormatOptions; utilizationPct?: Intl.NumberFormatOptions },
  /** Why each default is what it is, shown under its slider. */
  notes: {
    siteMw: 'Source: Core Scientific’s Muskogee site, 100 MW.',
    pue: `Source: ${AI_SITE_OVERHEAD.basis}`,
    gpuPowerW: `Source: ${GPU_POWER_IN_SERVICE.basis}`,
    capexUsdPerGpu: 'Source: Cheah’s $50,000 per H100 (Aug 2024). IREN paid about $40,650 per H200 (Sep 2024).',
    facilityMUsdPerMw: 'Source: TeraWulf’s guidance of $8–10 million per MW of critical IT (Aug 2025), low end.',
    asicJPerTh: 'Source: the average fleet in Cambridge’s 2024 miner survey.',
    resaleUsdPerTh: 'Uncertain: we found no sourced resale price. For scale, IREN paid about $14/TH for new T21s in Dec 2023 (low confidence).',
    downtimeMonths: 'No source gives a conversion time. Set your own.',
    hashprice: 'Source: Hashrate Index, 23 Dec 2024.',
    powerPrice: 'Source: median power price in Cambridge’s 2024 miner survey.',
    rent: 'Source: Cheah, H100 rent by Aug 2024.',
    utilizationPct: 'Cheah’s own sums assume every hour is rented, which he calls unreasonable.',
  },
  /** The label before a note whose default no source gives, and what goes between a label and its note. */
  assumption: 'Assumption.',
  beforeNote: ' ',
  groups: { site: 'The new AI site', mine: 'The old mine', rent: 'The rent' },
  /** Names of the preset button rows, and each preset's button by its id. */
  presetGroups: { capex: 'Sourced costs per GPU', build: 'TeraWulf’s range' },
  presets: {
    'cheah-h100': (usdPerGpu: number) => `Cheah, H100: ${usd(usdPerGpu)}`,
    'iren-h200': (usdPerGpu: number) => `IREN, H200: ${usd(usdPerGpu)}`,
    'terawulf-low': (usdPerMw: number) => `TeraWulf low: ${money(usdPerMw)}`,
    'terawulf-high': (usdPerMw: number) => `TeraWulf high: ${money(usdPerMw)}`,
  },
  /** The bill's items: a short bar label and the table's longer wording. */
  items: {
    gpus: { label: 'GPUs, servers', long: 'GPUs, servers and network' },
    building: { label: 'Building', long: 'Building and liquid cooling' },
    lost: { label: 'Lost mining', long: 'Mining margin lost while dark' },
    resale: { label: 'ASICs sold', long: 'Old ASICs sold (a credit)' },
    total: { label: 'Total', long: 'Total bill' },
  },
  /** The readouts' wording, which the sentence repeats. */
  phrases: {
    capexPerMw: (amount: string) => `${amount} per MW`,
    perMonth: (amount: string) => `${amount} a month`,
    never: 'never',
    afterSwitchOn: (m: number) => `${months(m)} after switch-on`,
    afterStop: (m: number) => `${months(m)} after mining stops`,
    /** A payback in the table, to one decimal: "54.3 months". */
    months: (m: string) => count(m, 'month'),
  },
  verdict: {
    never: 'Never: at this rent the GPUs don’t cover their own power.',
    repaid: (o: { monthsLeft: string; lifeYears: number }) => `Repaid ${count(o.monthsLeft, 'month')} before the GPUs’ ${o.lifeYears}-year life ends.`,
    short: (o: { monthsShort: string; lifeYears: number }) => `Not repaid within the GPUs’ ${o.lifeYears}-year life: ${count(o.monthsShort, 'month')} short.`,
  },
  /** The summary: the bill, then `then` (repaid or never repaid). */
  summary: (o: { siteMw: string; gpus: string; total: string; capexPerMw: string; then: string }) =>
    `Turning a ${o.siteMw} MW mine into an AI site fits ${o.gpus} GPUs and costs ${o.total} in all, ` +
    `${o.capexPerMw} of the site in new equipment and buildings. ${o.then}`,
  repaid: (o: { rent: string; utilizationPct: string; net: string; payback: string; fromStop: string; verdict: string }) =>
    `Rented at ${o.rent} an hour for ${o.utilizationPct}% of hours, they clear ${o.net} after power, so the bill is repaid ${o.payback} (${o.fromStop}). ${o.verdict}`,
  neverRepaid: 'At that rent the GPUs don’t even cover their own power, so the bill is never repaid.',
  /** The cash chart's text alternative. */
  desc: (o: { start: string; atSwitchOn: string; switchOnMonth: number; end: string; endMonth: number; lifeEndMonth: number; zeroMonth: string | null }) =>
    `Cumulative cash of the switch, month by month after mining stops: ${o.start} at month 0, ` +
    `${o.atSwitchOn} when the GPUs switch on at month ${o.switchOnMonth}, ` +
    `${o.end} at month ${o.endMonth}. GPU life ends at month ${o.lifeEndMonth}. ` +
    (o.zeroMonth === null ? 'It never reaches zero.' : `It reaches zero at month ${o.zeroMonth}.`),
  error: (detail: string) => `These inputs can’t be computed (${detail}). Reset the sliders to continue.`,
  /** The table's rows after the bill's items. */
  rows: {
    gpus: 'GPUs that fit',
    capexPerMw: 'New equipment and buildings per MW of site',
    mining: 'Mining margin per month, before the switch',
    rent: 'GPU rent per month',
    power: 'GPU power per month',
    net: 'Net rent per month',
    payback: 'Payback after switch-on',
    fromStop: 'Payback after mining stops',
  },
  table: { caption: 'The switching bill and its payback', item: 'Item', value: 'Amount' },
  fine: 'Simplifications: all spending happens on day one; rent holds steady; no staff, maintenance or interest; a month is 730 hours.',
  readouts: {
    total: 'Total bill',
    capexPerMw: 'New equipment and buildings',
    gpus: 'GPUs that fit',
    net: 'Net rent, after power',
    payback: 'Paid back',
    fromStop: 'Counting the dark months',
    mining: 'The mine cleared',
    verdict: 'Verdict',
    life: { label: 'GPU working life', unit: 'years' },
  },
  charts: {
    billTitle: 'The bill',
    billFigure: 'The switching bill, item by item, in US dollars',
    billDesc: (items: readonly { label: string; amount: string }[]) => items.map((i) => `${i.label}: ${i.amount}`).join('. ') + '.',
    cashTitle: 'Cash of the switch, counting the lost mining',
    cashFigure: 'Cumulative cash of the switch by month after mining stops',
    cashAxis: 'Months after mining stops',
    gpusOn: 'GPUs on',
    lifeEnds: 'GPU life ends',
    paidBack: 'Paid back',
  },
};

export type WidgetText = typeof text;
