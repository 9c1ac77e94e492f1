import { getContext, setContext } from 'svelte';

/** A d3 scale as the layers use it: callable, with ticks where continuous and bandwidth where banded. */
export interface Scale {
  (value: never): number | undefined;
  domain(): unknown[];
  range(): number[];
  ticks?(count?: number): unknown[];
  bandwidth?(): number;
}

export interface Chart {
  readonly width: number;
  readonly height: number;
  readonly margin: { top: number; right: number; bottom: number; left: number };
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly x: Scale;
  readonly y: Scale;
}

const KEY = Symbol('chart');
export const setChart = (chart: Chart) => setContext(KEY, chart);
export const getChart = () => getContext<Chart>(KEY);

/** Applies a scale to an unknown value, returning 0 rather than NaN for values outside a band scale. */
export const at = (scale: Scale, value: unknown): number => {
  const v = (scale as unknown as (v: unknown) => number | undefined)(value);
  return v === undefined || !Number.isFinite(v) ? 0 : v;
};
