/**
 * Dated, sourced prices the reader can jump to. Each sets one slider; the rent figures are for
 * H100s (Cheah, fact D14–D16), the hashprices are Hashrate Index readings (facts B01, B08, B12).
 * The buttons' words are in ./i18n, by the preset's id.
 */
import { text } from './i18n';

export interface PricePreset {
  id: string;
  /** Button text: the date and the figure. */
  label: string;
  value: number;
  sourceId: string;
}

const HASHPRICES = [
  { id: 'hp-2024-04-01', value: 108.6, sourceId: 'hri-2024-04-01' },
  { id: 'hp-2024-09-16', value: 39.87, sourceId: 'hri-2024-09-16' },
  { id: 'hp-2024-12-23', value: 55.21, sourceId: 'hri-2024-12-23' },
] as const;

const RENTS = [
  { id: 'rent-2023-peak', value: 8, sourceId: 'cheah-2024' },
  { id: 'rent-launch', value: 4.7, sourceId: 'cheah-2024' },
  { id: 'rent-2024-01', value: 2.85, sourceId: 'cheah-2024' },
  { id: 'rent-2024-08', value: 2, sourceId: 'cheah-2024' },
] as const;

export const HASHPRICE_PRESETS: readonly PricePreset[] = HASHPRICES.map((p) => ({ ...p, label: text.hashpricePresets[p.id](p.value) }));

export const RENT_PRESETS: readonly PricePreset[] = RENTS.map((p) => ({ ...p, label: text.rentPresets[p.id](p.value) }));
