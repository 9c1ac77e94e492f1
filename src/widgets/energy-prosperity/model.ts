/**
 * The view model of "Energy and prosperity": every country's 2024 electricity per person and in
 * total, its implied population, and how the highlighted one compares with the lowest and with
 * Bitcoin mining's 2024 use, all through src/core/energy.ts. Pure.
 */
import { energyRatio, populationFromPerCapita, shareOfGeneration } from '@core/energy';
import { num, pct } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import { BITCOIN_TWH_2024, COUNTRIES, type Country } from './data';
import { text } from './i18n';
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
export const pointLabel = (r: CountryRow) => text.pointLabel(r.name, num(r.kwhPerPerson));

/** A country's total: "157 TWh", "37.6 TWh" (one digit below 100). */
export const twhText = (twh: number) => text.twh(num(twh, twh < 100 ? 1 : 0));

/** How many times another figure: "175", "8.7" (one digit below 10). */
export const ratioText = (ratio: number) => num(ratio, ratio < 10 ? 1 : 0);

/** "0.88 times" below 1 as a percentage, above 1 as a multiple. */
export const shareWords = (share: number) => (share < 1 ? pct(share, share < 0.1 ? 1 : 0) : text.times(num(share, 1)));

export function compute(v: ProsperityValues): ProsperityView {
  try {
    const pick: Country | undefined = COUNTRIES.find((c) => c.id === v.country);
    if (!pick) throw new RangeError(text.unknownCountry(COUNTRIES.map((c) => c.id).join(', '), JSON.stringify(v.country)));
    const rows = COUNTRIES.map((c): CountryRow => ({
      id: c.id,
      name: text.countries[c.id],
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
        ? text.lowestItself
        : text.versusLowest({ times: ratioText(timesLowest), lowest: lowest.name, kwh: num(lowest.kwhPerPerson) });
    const summary = text.summary({
      name: chosen.name,
      kwh: num(chosen.kwhPerPerson),
      versus,
      total: twhText(chosen.generationTwh),
      peopleMillions: chosen.populationMillions,
      bitcoinTwh: num(BITCOIN_TWH_2024),
      share: shareWords(chosen.bitcoinShare),
    });
    const desc =
      text.descLead +
      rows.map((r) => text.descCountry(r.name, num(r.kwhPerPerson), num(r.generationTwh))).join(text.descJoin) +
      text.descLine(num(BITCOIN_TWH_2024));
    return { ok: true, rows, chosen, timesLowest, lowest, summary, desc };
  } catch (e) {
    if (e instanceof RangeError) {
      const message = text.cannotDraw(e.message);
      return { ok: false, message, summary: message };
    }
    throw e;
  }
}
