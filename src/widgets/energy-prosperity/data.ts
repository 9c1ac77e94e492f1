/**
 * Electricity generation in 2024 for the countries the site compares: per person and in total,
 * from Our World in Data's energy dataset (Ember and the Energy Institute; facts F08–F17).
 * `factId` names the per-person fact; the totals are in content/facts/03-power-shells.json.
 * Names are words, in ./i18n by id.
 */
import type { WidgetText } from './i18n';

export type CountryId = keyof WidgetText['countries'];

export interface Country {
  id: CountryId;
  /** kWh generated per person, 2024. */
  kwhPerPerson: number;
  /** TWh generated, 2024. */
  generationTwh: number;
  factId: string;
}

export const COUNTRIES: readonly Country[] = [
  { id: 'nigeria', kwhPerPerson: 161, generationTwh: 37.56, factId: 'electricity-per-capita-nigeria-2024' },
  { id: 'india', kwhPerPerson: 1404, generationTwh: 2036.52, factId: 'electricity-per-capita-india-2024' },
  { id: 'brazil', kwhPerPerson: 3518, generationTwh: 745.72, factId: 'electricity-per-capita-brazil-2024' },
  { id: 'germany', kwhPerPerson: 5866, generationTwh: 495.99, factId: 'electricity-per-capita-germany-2024' },
  { id: 'china', kwhPerPerson: 7107, generationTwh: 10086.88, factId: 'electricity-per-capita-china-2024' },
  { id: 'japan', kwhPerPerson: 8213, generationTwh: 1016.39, factId: 'electricity-per-capita-japan-2024' },
  { id: 'australia', kwhPerPerson: 10543, generationTwh: 281.64, factId: 'electricity-per-capita-australia-2024' },
  { id: 'united-states', kwhPerPerson: 12712, generationTwh: 4391.02, factId: 'electricity-per-capita-united-states-2024' },
  { id: 'norway', kwhPerPerson: 28173, generationTwh: 157.11, factId: 'electricity-per-capita-norway-2024' },
  { id: 'iceland', kwhPerPerson: 48424, generationTwh: 19.05, factId: 'electricity-per-capita-iceland-2024' },
];

/** Bitcoin network electricity use in 2024, Cambridge (F07), TWh. */
export const BITCOIN_TWH_2024 = 138;
