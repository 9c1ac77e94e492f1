/**
 * The words of the guessing game beside the published crowds (../comparison.ts), shared by "Play
 * it" and classroom mode only, so only those two widgets ship them. zh.ts has the same keys.
 */
export const beauty = {
  /** A cognitive-hierarchy row of the comparison table; `tau` is formatted. */
  modelRow: (tau: string) => `Cognitive hierarchy model, τ = ${tau}`,
  modelMean: (row: string) => `${row}: average`,
  modelTarget: (row: string) => `${row}: target`,
  tauInput: 'Mean thinking steps (τ)',
  pInput: 'Fraction of the average (p)',
  modelAverage: 'Average (model)',
  modelAverageNote: 'computed by cognitiveHierarchyMean',
  /** The comparison table's headings, the row labels' first. */
  columns: ['Who played', 'Average', 'Target', 'Winner'] as readonly string[],
  /**
   * Published experiments' labels by their id in the core (BEAUTY_EXPERIMENTS). English uses the
   * core's own words, so this is empty here.
   */
  experiments: {} as Record<string, string>,
};

export type BeautyText = typeof beauty;
