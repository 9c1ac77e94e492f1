/**
 * The economics core: every number a widget shows comes from these pure
 * functions (plain numbers in, plain objects out, units in every name).
 */
export * from './beauty';
export * from './beautyGame';
export * from './bitcoin';
export * from './catalog';
export * from './chips';
export * from './conversion';
export * from './deals';
export * from './dilemma';
export * from './energy';
export * from './finance';
export type * from './formula';
export * from './leasing';
export * from './mining';
export * from './power';
export * from './quantile';
export * from './random';
export * from './risk';
export * from './siteChoice';
export * from './validate';
