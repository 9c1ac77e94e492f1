/**
 * English number agreement: "1 month", never "1 months". test/widgets/written.test.ts looks for
 * "1 months" in everything the widgets write.
 */
import { describe, expect, it } from 'vitest';
import { count, unitAfter } from '@lib/i18n/plural';
import { prov } from '@lib/client/i18n';

describe('English counts', () => {
  it('are singular after "1" only', () => {
    expect(count('1', 'month')).toBe('1 month');
    expect(['0', '1.5', '12', '1,000', '1.0'].map((n) => count(n, 'year'))).toEqual(['0 years', '1.5 years', '12 years', '1,000 years', '1.0 years']);
    expect(count('2', 'child', 'children')).toBe('2 children');
  });

  it('turn a slider’s one-word plural unit singular, and leave compound units alone', () => {
    expect(['years', 'questions', 'steps', 'blocks'].map((u) => unitAfter('1', u))).toEqual(['year', 'question', 'step', 'block']);
    expect(['USD per kWh', 'EH/s', '% a year', 'W', 'times the GPU’s power', 'MW of IT load'].map((u) => unitAfter('1', u))).toEqual(['USD per kWh', 'EH/s', '% a year', 'W', 'times the GPU’s power', 'MW of IT load']);
    expect(unitAfter('2', 'years')).toBe('years');
    expect(prov.withUnit('1', 'years')).toBe('1 year');
  });
});
