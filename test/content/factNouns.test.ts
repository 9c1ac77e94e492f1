/**
 * Every number a <Fact> puts in a sentence carries its noun: "1,896 GPUs", never "1,896." with the
 * reader left to guess. The noun comes from the format (a currency or a percentage) or the
 * suffix; a few kinds of number read right bare, because the prose names them just before
 * ("block 840,000", "a PUE of 1.1", "the winning number was 24.5").
 */
import { describe, expect, it } from 'vitest';
import { loadFacts } from '@lib/content/dataFiles';
import { formatFact } from '@lib/content/factFormat';
import { siteFactRefs } from '@site/factRefs';

/** Units whose numbers read bare, each with why. */
const UNITLESS: Record<string, string> = {
  'block height': 'written after the word "block": block 840,000',
  'number in [0,100]': 'a guess or winning number in the beauty contest, named by the sentence',
  number: 'a plain number in the beauty contest, named by the sentence',
  ratio: 'a PUE, written after "a PUE of"',
};

const facts = loadFacts(siteFactRefs);

/** The noun a number fact renders with, or '' when it renders bare. */
function noun(f: (typeof facts)[number]): string {
  const style = (f.format as { style?: string } | undefined)?.style;
  if (style === 'currency') return '$';
  if (style === 'percent') return '%';
  return (f.suffix ?? '').trim();
}

describe('number facts', () => {
  it('render with their noun: a currency, a percent sign or a suffix, unless their unit reads bare', () => {
    const bare = facts
      .filter((f) => typeof f.value === 'number' && !noun(f) && !(f.unit in UNITLESS))
      .map((f) => `${f.id} renders as "${formatFact(f)}" with no "${f.unit}"`);
    expect(bare, 'add a "suffix" with the noun, e.g. " GPUs", and drop the noun the prose repeats after the <Fact>').toEqual([]);
  });

  it('with a unit that reads bare really do render bare, so the list above stays honest', () => {
    for (const unit of Object.keys(UNITLESS)) expect(facts.some((f) => f.unit === unit), unit).toBe(true);
  });

  it('catch the chapter 4 slip: a count of GPUs rendered without "GPUs"', () => {
    const slip = { ...facts.find((f) => f.id === 'iren-ai-gpus-2024-09')!, suffix: undefined };
    expect(noun(slip)).toBe('');
    expect(slip.unit in UNITLESS).toBe(false);
  });
});
