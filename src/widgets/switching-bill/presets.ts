/** Dated, sourced alternatives for two sliders of the switching bill; their buttons' words are in i18n/, by id. */
import { text } from './i18n';

export const CAPEX_PRESETS = [
  { id: 'cheah-h100', label: text.presets['cheah-h100'](50000), value: 50000, sourceId: 'cheah-2024' },
  { id: 'iren-h200', label: text.presets['iren-h200'](40650), value: 40650, sourceId: 'iren-2024-09-16' },
] as const;

/** Values in million USD per MW of IT, as the slider takes them. */
export const BUILD_PRESETS = [
  { id: 'terawulf-low', label: text.presets['terawulf-low'](8e6), value: 8, sourceId: 'terawulf-2025-08-14' },
  { id: 'terawulf-high', label: text.presets['terawulf-high'](10e6), value: 10, sourceId: 'terawulf-2025-08-14' },
] as const;
