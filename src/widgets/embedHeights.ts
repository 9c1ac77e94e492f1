/**
 * Height in px of each widget's embed page at 400 px wide, used by the iframe snippet so the
 * whole widget shows on course pages that strip scripts: the tallest state measured (defaults and
 * every lesson scenario) plus about 5% for other fonts. test/e2e/teach.spec.ts measures them and
 * fails, printing the height it found, when a widget outgrows its entry. Kept apart from the metas
 * so the lazily loaded "Embed or share" builder can read it without every widget's schema.
 */
export const EMBED_HEIGHTS: Readonly<Record<string, number>> = {
  'reward-staircase': 1150,
  'squeeze-calculator': 1780,
  'rent-slide': 1000,
  'lease-calculator': 2300,
  'beauty-play': 1920,
  'beauty-classroom': 1750,
  'miners-dilemma': 2200,
  'chip-compare': 2150,
  'switching-bill': 3500,
  'site-three-ways': 2000,
  'race-to-power': 1200,
  'energy-per-query': 1080,
  'energy-prosperity': 1060,
};

/** A widget without an entry yet: tall enough for most, until the test reports its real height. */
export const FALLBACK_EMBED_HEIGHT = 2400;

export const embedHeightOf = (widgetId: string) => EMBED_HEIGHTS[widgetId] ?? FALLBACK_EMBED_HEIGHT;
