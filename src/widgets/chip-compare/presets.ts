/**
 * Dated, sourced prices the reader can jump to. Each sets one slider; the rent figures are for
 * H100s (Cheah, fact D14–D16), the hashprices are Hashrate Index readings (facts B01, B08, B12).
 */
export interface PricePreset {
  id: string;
  /** Button text: the date and the figure. */
  label: string;
  value: number;
  sourceId: string;
}

export const HASHPRICE_PRESETS: readonly PricePreset[] = [
  { id: 'hp-2024-04-01', label: '1 Apr 2024, before the halving: $108.60', value: 108.6, sourceId: 'hri-2024-04-01' },
  { id: 'hp-2024-09-16', label: '16 Sep 2024: $39.87', value: 39.87, sourceId: 'hri-2024-09-16' },
  { id: 'hp-2024-12-23', label: '23 Dec 2024: $55.21', value: 55.21, sourceId: 'hri-2024-12-23' },
];

export const RENT_PRESETS: readonly PricePreset[] = [
  { id: 'rent-2023-peak', label: '2023 peak: $8 and up', value: 8, sourceId: 'cheah-2024' },
  { id: 'rent-launch', label: 'Launch rate: $4.70', value: 4.7, sourceId: 'cheah-2024' },
  { id: 'rent-2024-01', label: 'Jan 2024: $2.85', value: 2.85, sourceId: 'cheah-2024' },
  { id: 'rent-2024-08', label: 'Aug 2024: $2', value: 2, sourceId: 'cheah-2024' },
];
