/**
 * The guessing game beside the published crowds, as "Play it" and classroom mode both show it:
 * the published first rounds for a p, cognitive-hierarchy model rows with their readouts, and the
 * comparison table's cells. Numbers come from the core's beauty module; this only words them.
 */
import {
  BEAUTY_EXPERIMENTS,
  beautyContestTarget,
  cognitiveHierarchyFormula,
  cognitiveHierarchyMean,
  cognitiveHierarchyTarget,
  cognitiveHierarchyTargetFormula,
} from '@core/beauty';
import type { Readout } from '../define';
import { num } from '../format';
import { traced, type ProvenanceInput } from '../provenance';
import { beauty } from './i18n';

/** The multipliers a link can choose ("bp.p=1/2"); anything else plays 2/3, the classic game. */
const P_BY_KEY: Readonly<Record<string, number>> = { '2/3': 2 / 3, '1/2': 1 / 2 };
export const beautyP = (key: string): number => P_BY_KEY[key] ?? 2 / 3;

/** One row of the comparison table. */
export interface ComparisonRow {
  label: string;
  /** Names the row's readouts "<key>-mean" and "<key>-target"; rows without one show plain numbers. */
  key?: string;
  mean: number;
  target: number;
  winner: number | null;
}

/** A cognitive-hierarchy row, with the τ and p that made it. */
export interface ModelRow extends ComparisonRow {
  key: string;
  tau: number;
  p: number;
}

/** Published first rounds played with this p (Nagel's lab, the 1997 newspaper contests), with their targets. */
export function publishedRows(p: number): ComparisonRow[] {
  return BEAUTY_EXPERIMENTS.filter((e) => Math.abs(e.p - p) < 1e-9).map((e) => ({
    label: beauty.experiments[e.id] ?? e.label,
    mean: e.mean,
    target: beautyContestTarget([e.mean], e.p),
    winner: e.winner,
  }));
}

/** The model's crowd at thinking depth τ; `tauDigits` sets how τ is written in the label. */
export function modelRow(key: string, tau: number, p: number, tauDigits: number): ModelRow {
  return {
    key,
    label: beauty.modelRow(num(tau, tauDigits)),
    mean: cognitiveHierarchyMean(tau, p),
    target: cognitiveHierarchyTarget(tau, p),
    winner: null,
    tau,
    p,
  };
}

const tauInput = (tau: number): ProvenanceInput => ({ label: beauty.tauInput, value: num(tau, 2), sourceId: 'camerer-ho-chong-2004', asOf: '2004' });
/** The multiplier as a provenance input (the same for the game's readouts). */
export const pInput = (p: number): ProvenanceInput => ({ label: beauty.pInput, value: num(p, 3), sourceId: 'nagel-1995' });

/** A model row's average and target as readouts ("model-mean", "model-target"), as the table shows them. */
export function modelRowReadouts(row: ModelRow): Readout[] {
  const mean = num(row.mean, 2);
  return [
    { id: `${row.key}-mean`, label: beauty.modelMean(row.label), ...traced(mean, cognitiveHierarchyFormula, [tauInput(row.tau), pInput(row.p)]) },
    {
      id: `${row.key}-target`, label: beauty.modelTarget(row.label),
      ...traced(num(row.target, 2), cognitiveHierarchyTargetFormula, [
        { label: beauty.modelAverage, value: mean, note: beauty.modelAverageNote }, tauInput(row.tau), pInput(row.p),
      ]),
    },
  ];
}

/** The comparison table's headings, for ComparisonTable's `columns`. */
export const COMPARISON_COLUMNS: readonly string[] = beauty.columns;

/**
 * The comparison table's rows as ComparisonTable draws them: a keyed row's average and target are
 * its readouts (with their "?" button), every other number is plain text.
 */
export function comparisonCells(rows: readonly ComparisonRow[], readouts: Readonly<Record<string, Readout>>): { label: string; cells: (Readout | string)[] }[] {
  return rows.map((r) => {
    const mean = r.key ? readouts[`${r.key}-mean`] : undefined;
    const target = r.key ? readouts[`${r.key}-target`] : undefined;
    return { label: r.label, cells: [mean ?? num(r.mean, 2), target ?? num(r.target, 2), r.winner === null ? '–' : num(r.winner, 1)] };
  });
}
