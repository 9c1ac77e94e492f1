/**
 * The reward staircase's words. zh.ts has the same keys. Functions take numbers where a language
 * counts them its own way (millions here, 万 in Chinese).
 */
import { num } from '@lib/widget/format';

const ORDINALS = ['genesis', 'first', 'second', 'third', 'fourth', 'fifth'];
/** "19.69" (million BTC). */
const millions = (btcAmount: number, digits = 2) => num(btcAmount / 1e6, digits);
/** An axis's or a label's short count: "7M", "10.5M". */
const short = (v: number) => `${num(v / 1e6, v % 1e6 ? 1 : 0)}M`;

export const text = {
  title: 'The reward staircase',
  goal: 'See that the block subsidy halves every 210,000 blocks, so new bitcoin arrive ever more slowly and the supply approaches, but never reaches, 21 million.',
  schema: {
    step: { label: 'Halving' },
    scale: { label: 'Subsidy axis', options: { linear: 'Linear', log: 'Logarithmic' } },
  },
  /** The step control's words for each step, by the era it highlights (./steps.ts). */
  steps: { 0: 'Genesis, 2009', 1: '1st halving, 2012', 2: '2nd halving, 2016', 3: '3rd halving, 2020', 4: '4th halving, 2024', 5: 'The future' },

  // The sentence under the chart (model.ts).
  summaryGenesis: (o: { month: string; subsidy: string; issuedBtc: number; capBtc: number }) =>
    `From the genesis block in ${o.month} each block paid ${o.subsidy} BTC; by the first halving ${millions(o.issuedBtc, 1)} million of the ${millions(o.capBtc, 0)} million bitcoin had been issued.`,
  summaryExpected: (o: { era: number; month: string; height: string; subsidy: string; finalSupply: string; lastYear: string }) =>
    `The ${ORDINALS[o.era]} halving, expected around ${o.month} (block ${o.height}), cuts the subsidy to ${o.subsidy} BTC; supply then creeps toward ${o.finalSupply} BTC, with the last subsidy paid around ${o.lastYear}.`,
  /** `current`: the era still running, so it "pays" rather than "paid". */
  summaryAfter: (o: { era: number; month: string; height: string; current: boolean; subsidy: string; perDay: string; issuedBtc: number; capBtc: number }) =>
    `After the ${ORDINALS[o.era]} halving in ${o.month} (block ${o.height}) each block ${o.current ? 'pays' : 'paid'} ${o.subsidy} BTC (${o.perDay} BTC a day); ${millions(o.issuedBtc)} million of the ${millions(o.capBtc, 0)} million bitcoin had been issued.`,

  // The charts and table (RewardStaircase.svelte).
  subsidyTitle: 'Block subsidy per block, BTC',
  subsidyAxis: 'BTC per block',
  subsidyDesc: (o: { eras: { subsidy: string; date: string }[]; after: string }) =>
    `Block subsidy in BTC, halving at each era: ${o.eras.map((e) => `${e.subsidy} from ${e.date}`).join(', ')}. Eras after ${o.after} are drawn faded.`,
  supplyTitle: 'Bitcoin supply, million BTC',
  supplyAxis: 'Supply',
  /** The supply axis's ticks and the marker's label. */
  supplyTick: short,
  supplyDesc: (o: { eras: { supplyBtc: number; era: number }[]; finalSupply: string }) =>
    `Bitcoin issued so far: ${o.eras.map((e) => `${short(e.supplyBtc)} by the end of era ${e.era}`).join(', ')}, approaching ${o.finalSupply} BTC.`,
  cap: '21M cap',
  columns: { epoch: 'Era', startHeight: 'First block', date: 'Date', subsidyBtc: 'Subsidy (BTC)', issuedBtc: 'Issued in era (BTC)', supplyBtc: 'Supply at end (BTC)' },
  tableCaption: 'Every subsidy era: first block, date (≈ projected at 10-minute blocks), subsidy and supply',

  // Readouts (readouts.ts): labels, and the words of their provenance.
  eraStart: 'Era begins',
  subsidy: 'Subsidy per block',
  firstBlock: 'First block',
  issued: 'Issued before it',
  issuedText: (btcAmount: number) => `${millions(btcAmount)} million BTC`,
  shareIssued: 'Share of all bitcoin',
  era: { label: 'Era (e)', genesis: 'the genesis era', after: (halving: number) => `after halving ${halving}` },
  interval: { label: 'Halving interval', unit: 'blocks' },
  firstBlockInput: { label: 'First block of the era (h)', note: 'computed by halvingHeight', countNote: 'counts blocks 0 to h − 1' },
  issuedInput: { label: 'Issued before it', note: 'computed by totalSupplySats' },
  finalSupply: 'Every bitcoin the subsidy will pay',
  genesisTime: { label: 'Genesis block time', value: '3 January 2009, 18:15 UTC' },
  fourthHalving: { label: 'Fourth halving (t₄)', value: '20 April 2024, 00:09 UTC' },
  recordedDate: { label: 'Recorded halving date', value: (dateIso: string) => dateIso },
  firstSubsidy: 'First subsidy',
  subsidyRule: { label: 'Subsidy rule', value: '50 BTC halved each era' },
};

export type WidgetText = typeof text;
