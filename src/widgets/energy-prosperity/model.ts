/**
 * The view model of "Energy and prosperity": every country's 2024 electricity per person and in
 * total, its implied population, and how the highlighted one compares with the lowest and with
 * Bitcoin mining's 2024 use, all through src/core/energy.ts. Pure.
 */
import { energyRatio, populationFromPerCapita, shareOfGeneration } from '@core/energy';
import { num, pct } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import { BITCOIN_TWH_2024, COUNTRIES, type Country } from './data';
import type { meta } from './meta';

export type ProsperityValues = Values<typeof meta.schema>;

export interface CountryRow extends Record<string, unknown> {
  id: string;
  name: string;
  kwhPerPerson: number;
  generationTwh: number;
  /** Implied by the two columns: TWh × 10⁹ ÷ kWh per person. */
  populationMillions: number;
  /** Bitcoin's 2024 electricity as a share of this country's generation (fraction). */
  bitcoinShare: number;
  selected: boolean;
}

export type ProsperityView =
  | {
      ok: true;
      rows: CountryRow[];
      chosen: CountryRow;
      /** Chosen per-person figure ÷ the lowest one. */
      timesLowest: number;
      lowest: CountryRow;
      summary: string;
      desc: string;
    }
  | { ok: false; message: string; summary: string };

/** "Norway: 28,173 kWh per person, 2024" — the accessible name of a point. */
export const pointLabel = (r: CountryRow) => `${r.name}: ${num(r.kwhPerPerson)} kWh per person, 2024`;

/** A country's total: "157 TWh", "37.6 TWh" (one digit below 100). */
export const twhText = (twh: number) => `${num(twh, twh < 100 ? 1 : 0)} TWh`;

/** How many times another figure: "175", "8.7" (one digit below 10). */
export const ratioText = (ratio: number) => num(ratio, ratio < 10 ? 1 : 0);

/** "0.88 times" below 1 as a percentage, above 1 as a multiple. */
export const shareWords = (share: number) => (share < 1 ? pct(share, share < 0.1 ? 1 : 0) : `${num(share, 1)} times`);

export function compute(v: ProsperityValues): ProsperityView {
  try {
    const pick: Country | undefined = COUNTRIES.find((c) => c.id === v.country);
    if (!pick) throw new RangeError(`country must be one of ${COUNTRIES.map((c) => c.id).join(', ')}, got ${JSON.stringify(v.country)}`);
    const rows = COUNTRIES.map((c): CountryRow => ({
      id: c.id,
      name: c.name,
      kwhPerPerson: c.kwhPerPerson,
      generationTwh: c.generationTwh,
      populationMillions: populationFromPerCapita(c.generationTwh, c.kwhPerPerson) / 1e6,
      bitcoinShare: shareOfGeneration(BITCOIN_TWH_2024, c.generationTwh),
      selected: c.id === pick.id,
    }));
    const chosen = rows.find((r) => r.selected)!;
    const lowest = rows.reduce((a, b) => (b.kwhPerPerson < a.kwhPerPerson ? b : a));
    const timesLowest = energyRatio(chosen.kwhPerPerson, lowest.kwhPerPerson);
    const versus =
      chosen.id === lowest.id
        ? 'the lowest of the countries shown'
        : `${ratioText(timesLowest)} times ${lowest.name}'s ${num(lowest.kwhPerPerson)} kWh`;
    const summary =
      `${chosen.name} generated ${num(chosen.kwhPerPerson)} kWh of electricity per person in 2024, ${versus}. ` +
      `Its ${twhText(chosen.generationTwh)} in total is for about ${num(chosen.populationMillions, chosen.populationMillions < 1 ? 2 : chosen.populationMillions < 10 ? 1 : 0)} million people; ` +
      `Bitcoin mining's ${num(BITCOIN_TWH_2024)} TWh that year was ${shareWords(chosen.bitcoinShare)} of it.`;
    const desc =
      `Electricity generation per person (horizontal, log scale) against total generation (vertical, log scale), 2024: ` +
      rows.map((r) => `${r.name} ${num(r.kwhPerPerson)} kWh per person, ${num(r.generationTwh)} TWh`).join('; ') +
      `. A line marks Bitcoin mining's ${num(BITCOIN_TWH_2024)} TWh.`;
    return { ok: true, rows, chosen, timesLowest, lowest, summary, desc };
  } catch (e) {
    if (e instanceof RangeError) {
      const message = `This view cannot be drawn (${e.message}).`;
      return { ok: false, message, summary: message };
    }
    throw e;
  }
}
