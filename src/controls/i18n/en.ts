/**
 * Words of controls that only some widgets use (Presets.svelte), kept out of the widget runtime's
 * dictionary (src/lib/widget/i18n/), which every page with a widget loads. zh.ts has the same keys.
 */
export const controls = {
  /** Where a preset's text was, once the inputs match none of the presets. */
  ownSettings: 'Your own settings: they match none of these dated starting points.',
};

export type ControlsText = typeof controls;
