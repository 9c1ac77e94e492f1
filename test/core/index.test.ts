import { describe, expect, it } from 'vitest';
import * as core from '@core/index';

describe('core index', () => {
  // The names and meanings fixed by the issue; widgets import them from '@core/index'.
  it.each([
    'blockSubsidySats', 'totalSupplySats', 'halvingHeight', 'halvingEpoch', 'subsidyBtcAtHeight', 'hashrateFromDifficulty',
    'hashpriceUsdPerPhDay', 'supplySchedule', 'minerDay', 'breakevenPowerPriceUsdPerKwh', 'breakevenBtcPriceUsd',
    'costPerBtcUsd', 'npv', 'irr', 'paybackPeriods', 'gpuRentalEconomics', 'breakevenRentUsdPerGpuHour', 'siteMiningYear',
    'siteHostingYear', 'siteGpuRentalYear', 'valueOfEarlierEnergizationUsd', 'createRng', 'createNormalSampler',
    'simulateGbmPaths', 'percentileBands', 'simulateGbmBands', 'simulateGbmFan', 'beautyContestTarget',
    'beautyContestWinners', 'levelKGuess', 'cognitiveHierarchyMean', 'cognitiveHierarchyLevels', 'sampleCrowdGuesses',
    'parseGuesses',
  ])('re-exports the function %s', (name) => {
    expect(typeof (core as Record<string, unknown>)[name]).toBe('function');
  });

  it.each(['HALVINGS', 'BEAUTY_EXPERIMENTS', 'ASIC_MODELS', 'GPU_MODELS', 'hashpriceFormula', 'breakevenPowerPriceFormula'])(
    're-exports the data %s',
    (name) => {
      expect((core as Record<string, unknown>)[name]).toBeDefined();
    },
  );

  it('gives every formula words, symbols and the name of an exported function', () => {
    const formulas = Object.entries(core).filter(([name]) => name.endsWith('Formula'));
    expect(formulas.length).toBeGreaterThanOrEqual(15);
    for (const [, formula] of formulas) {
      const { words, symbols, fn } = formula as { words: string; symbols: string; fn: string };
      expect(words.length).toBeGreaterThan(10);
      expect(symbols.length).toBeGreaterThan(3);
      expect(typeof (core as Record<string, unknown>)[fn]).toBe('function');
    }
  });
});
