/** Dated, sourced alternatives for two sliders of the switching bill. */
export const CAPEX_PRESETS = [
  { id: 'cheah-h100', label: 'Cheah, H100: $50,000', value: 50000, sourceId: 'cheah-2024' },
  { id: 'iren-h200', label: 'IREN, H200: $40,650', value: 40650, sourceId: 'iren-2024-09-16' },
] as const;

export const BUILD_PRESETS = [
  { id: 'terawulf-low', label: 'TeraWulf low: $8M', value: 8, sourceId: 'terawulf-2025-08-14' },
  { id: 'terawulf-high', label: 'TeraWulf high: $10M', value: 10, sourceId: 'terawulf-2025-08-14' },
] as const;
