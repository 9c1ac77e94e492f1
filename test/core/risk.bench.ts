import { bench, describe } from 'vitest';
import { percentileBands, simulateGbmBands, simulateGbmPaths, type GbmInput } from '@core/risk';

// Target: 10,000 paths × 365 days in under 150 ms (run: npx vitest bench --run test/core/risk.bench.ts).
const btcYear: GbmInput = { startPriceUsd: 60_000, driftPctPerYear: 0, volatilityPctPerYear: 50, days: 365, pathCount: 10_000, seed: 2024 };

describe('Monte Carlo, 10,000 paths × 365 days', () => {
  bench('simulateGbmBands (fan rows, O(paths) memory)', () => {
    simulateGbmBands(btcYear);
  }, { iterations: 10, warmupIterations: 2 });

  bench('simulateGbmPaths + percentileBands (full matrix)', () => {
    percentileBands(simulateGbmPaths(btcYear), 366, 10_000);
  }, { iterations: 10, warmupIterations: 2 });
});
