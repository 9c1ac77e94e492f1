/**
 * Both editions agree: every widget, at its defaults and at each lesson-note scenario, shows the
 * same numbers in Chinese as in English (the English as recorded in test/fixtures/readouts.json,
 * which test/widgets/readouts.test.ts holds to the English build), only written the Chinese way.
 * And every Chinese readout label and text is Chinese.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { widgets } from '@widgets/registry';
import { HARDWARE_CATALOG } from '@core/catalog';
import { readoutsAt } from '@lib/widget/define';
import { parseParams } from '@lib/widget/params';
import { englishNumbersIn, numbersIn, sameNumbers } from '../support/numbers';
import { englishWords, hasChinese } from '../support/english';

/** The words of machine names from the hardware catalog (H100 SXM, Antminer S21), kept as sold. */
const MACHINE_WORDS = HARDWARE_CATALOG.flatMap((m) => m.name.split(/\s+/));
const english = JSON.parse(readFileSync('test/fixtures/readouts.json', 'utf8')) as Record<string, { id: string; label: string; text: string }[]>;

describe.each(Object.keys(english))('%s', (state) => {
  const [id, query = ''] = state.split('?');
  const w = widgets.find((x) => x.id === id)!;
  const zh = readoutsAt(w, parseParams(w.schema, query, w.prefix).values);

  it('shows the same readouts with the same numbers as the English edition', () => {
    expect(zh.map((r) => r.id)).toEqual(english[state]!.map((r) => r.id));
    const differ = zh.flatMap((r, i) => {
      const en = english[state]![i]!;
      return sameNumbers(numbersIn(r.text), englishNumbersIn(en.text)) ? [] : [`${r.id}: "${r.text}" vs "${en.text}"`];
    });
    expect(differ).toEqual([]);
  });

  it('labels every readout in Chinese (machine names as they are sold)', () => {
    const english = zh.filter((r) => !hasChinese(r.label) || englishWords(r.label, MACHINE_WORDS).length > 0).map((r) => `${r.id}: ${r.label}`);
    expect(english).toEqual([]);
  });
});
