/**
 * Height in px of each widget's embed page at 400 px wide, used by the iframe snippet so the
 * whole widget shows on course pages that strip scripts: the tallest state measured (defaults and
 * every lesson scenario) plus about 10% for other fonts and small changes. test/e2e/teach.spec.ts
 * measures them and fails, printing the height it found, when a widget outgrows its entry. Kept
 * apart from the metas so the lazily loaded "Embed or share" builder can read it cheaply.
 */
export const EMBED_HEIGHTS: Readonly<Record<string, number>> = {
  'reward-staircase': 1200,
  'squeeze-calculator': 1850,
  'rent-slide': 1030,
  'lease-calculator': 2400,
  'beauty-play': 2030,
  'beauty-classroom': 1850,
  'miners-dilemma': 2400,
  'chip-compare': 2300,
  'switching-bill': 3650,
  'site-three-ways': 2250,
  'race-to-power': 1230,
  'energy-per-query': 1110,
  'energy-prosperity': 1090,
};

/** A widget without an entry yet: tall enough for most, until the test reports its real height. */
export const FALLBACK_EMBED_HEIGHT = 2400;

export const embedHeightOf = (widgetId: string) => EMBED_HEIGHTS[widgetId] ?? FALLBACK_EMBED_HEIGHT;
