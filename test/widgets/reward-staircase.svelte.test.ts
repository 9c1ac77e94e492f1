// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { openTables } from '../support/openTables';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { SATS_PER_BTC, epochSubsidySats, totalSupplySats } from '@core/bitcoin';
import { END_EPOCH, LAST_STEP, STEPS, clampStep } from '@widgets/reward-staircase/steps';
import { ERA_ROWS, X_DOMAIN, subsidySeries, supplySeries } from '@widgets/reward-staircase/series';
import { widget as meta } from '@widgets/reward-staircase/widget';
import RewardStaircase from '@widgets/reward-staircase/RewardStaircase.svelte';

const NUMBERS_BROKEN = /NaN|Infinity|undefined/;
const staircaseView = (step: number) => meta.compute({ step, scale: 'linear' });

describe('STEPS and compute', () => {
  it('has one row per scrolly step, genesis to the future, with halvings in order', () => {
    expect(STEPS).toHaveLength(6);
    expect(STEPS.map((s) => s.highlight)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const s of STEPS) expect(s.throughEpoch).toBeGreaterThanOrEqual(Math.min(s.highlight, END_EPOCH - 1));
  });

  it('is a pure function of the step index: the same index gives the same state', () => {
    for (let i = 0; i <= LAST_STEP; i++) expect(staircaseView(i)).toEqual(staircaseView(i));
    expect(staircaseView(2)).not.toEqual(staircaseView(3));
  });

  it('gives a valid state at every step: the era subsidy, a dated start and a sentence with no broken numbers', () => {
    for (let i = 0; i <= LAST_STEP; i++) {
      const v = staircaseView(i);
      expect(v.step).toBe(i);
      expect(v.subsidyBtc).toBe(epochSubsidySats(v.highlight) / SATS_PER_BTC);
      expect(v.dateIso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(v.supplyBtcAtStart).toBeLessThan(v.supplyBtcAtEnd);
      expect(v.summary).not.toMatch(NUMBERS_BROKEN);
    }
  });

  it.each([
    { step: 0, subsidy: 50, date: '2009-01-03', text: /50 BTC; by the first halving 10\.5 million of the 21 million/ },
    { step: 1, subsidy: 25, date: '2012-11-28', text: /first halving in November 2012 \(block 210,000\) each block paid 25 BTC/ },
    { step: 2, subsidy: 12.5, date: '2016-07-09', text: /July 2016/ },
    { step: 3, subsidy: 6.25, date: '2020-05-11', text: /May 2020/ },
    { step: 4, subsidy: 3.125, date: '2024-04-20', text: /fourth halving in April 2024 \(block 840,000\) each block pays 3\.125 BTC \(450 BTC a day\); 19\.69 million of the 21 million/ },
    { step: 5, subsidy: 1.5625, date: '2028-04-17', text: /expected around April 2028.*1\.5625 BTC.*20,999,999\.9769 BTC.*around 2140/ },
  ])('step $step is the era paying $subsidy BTC from $date', ({ step, subsidy, date, text }) => {
    const v = staircaseView(step);
    expect(v.subsidyBtc).toBe(subsidy);
    expect(v.dateIso).toBe(date);
    expect(v.summary).toMatch(text);
  });

  it('marks only the 2028 halving as an estimate', () => {
    expect(STEPS.map((_, i) => staircaseView(i).isEstimate)).toEqual([false, false, false, false, false, true]);
  });

  it.each([
    { args: -3, expected: 0 },
    { args: 99, expected: LAST_STEP },
    { args: Number.NaN, expected: 0 },
    { args: 2.6, expected: 3 },
  ])('clampStep($args) is $expected, so a scrolly with extra steps still has a state', ({ args, expected }) => {
    expect(clampStep(args)).toBe(expected);
    expect(staircaseView(args).step).toBe(expected);
  });
});

describe('staircase series and table', () => {
  it('ends the solid subsidy line at the next halving and fades the rest', () => {
    const { solid, faded } = subsidySeries(1);
    expect(solid.map((d) => d.value)).toEqual([50, 25, 25]);
    expect(solid.at(-1)!.date.toISOString().slice(0, 10)).toBe('2016-07-09');
    expect(faded[0]).toEqual(solid.at(-1));
    expect(faded.at(-1)!.date).toEqual(X_DOMAIN[1]);
  });

  it('draws everything solid on the last step', () => {
    expect(subsidySeries(STEPS[LAST_STEP]!.throughEpoch).faded).toEqual([]);
    expect(supplySeries(STEPS[LAST_STEP]!.throughEpoch).faded).toEqual([]);
  });

  it('joins the solid and faded supply lines at an era boundary', () => {
    const { solid, faded } = supplySeries(4);
    expect(solid.at(-1)).toEqual(faded[0]);
    expect(solid.at(-1)!.value).toBe(20_343_750);
  });

  it('lists every era, and the eras issue the whole 20,999,999.9769 BTC', () => {
    expect(ERA_ROWS).toHaveLength(34);
    const issued = ERA_ROWS.reduce((sum, r) => sum + r.issuedBtc * SATS_PER_BTC, 0);
    expect(Math.round(issued)).toBe(totalSupplySats());
    expect(ERA_ROWS.at(-1)!.subsidyBtc).toBe(0);
    expect(ERA_ROWS[5]!.date).toBe('≈ Apr 2028');
  });
});

describe('<RewardStaircase>', () => {
  afterEach(cleanup);

  it('renders the fourth halving by default, with its chart, sentence and table', async () => {
    const { container } = render(RewardStaircase);
    await openTables(container);
    expect(container.querySelectorAll('svg')).toHaveLength(2);
    expect(container.querySelector('[data-summary]')!.textContent).toBe(staircaseView(meta.schema.step.default).summary);
    expect(screen.getByRole('slider', { name: 'Halving' }).getAttribute('aria-valuetext')).toBe('4th halving, 2024');
    expect(container.querySelectorAll('tbody tr')).toHaveLength(34);
    expect(container.textContent).not.toMatch(NUMBERS_BROKEN);
    const shown = [...container.querySelectorAll<HTMLElement>('[data-readout]')].map((el) => [el.dataset.readout, el.textContent]);
    expect(shown).toEqual([['era-start', 'April 2024'], ['subsidy', '3.125 BTC'], ['first-block', '840,000'], ['issued', '19.69 million BTC'], ['share-issued', '93.8%']]);
  });

  it('moves to another halving when the slider moves', async () => {
    const { container } = render(RewardStaircase);
    await fireEvent.input(screen.getByRole('slider', { name: 'Halving' }), { target: { value: '1' } });
    expect(container.querySelector('[data-summary]')!.textContent).toBe(staircaseView(1).summary);
  });

  it('inside a scrolly starts at step 0 and has no step control of its own', () => {
    const { container } = render(RewardStaircase, { props: { scrolly: true } });
    expect(container.querySelector('[data-summary]')!.textContent).toBe(staircaseView(0).summary);
    expect(screen.queryByRole('slider')).toBeNull();
    // The step text says the rest; the two numbers the chart labels stay traceable.
    expect([...container.querySelectorAll<HTMLElement>('[data-readout]')].map((el) => el.dataset.readout)).toEqual(['subsidy', 'issued']);
  });

  it('follows the scrolly section it sits in', async () => {
    const section = document.createElement('section');
    section.dataset.scrolly = '';
    section.dataset.activeStep = '3';
    document.body.append(section);
    const { container } = render(RewardStaircase, { props: { scrolly: true }, target: section });
    expect(container.querySelector('[data-summary]')!.textContent).toBe(staircaseView(3).summary);
    section.dispatchEvent(new CustomEvent('scrolly:step', { detail: { index: 5 } }));
    await Promise.resolve();
    expect(section.querySelector('[data-summary]')!.textContent).toBe(staircaseView(5).summary);
    section.remove();
  });
});
