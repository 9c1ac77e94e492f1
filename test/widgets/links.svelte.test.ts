// @vitest-environment happy-dom
/**
 * Links a reader shares, rendered by each widget's Svelte root with the link's query in location:
 * the values a link sets, clamped where they must be, are the values shown. And buttons that set
 * several inputs write them to the URL. (These cases were checked one by one, chapter by chapter,
 * in the browser; test/e2e/chapters.spec.ts now checks the same behaviour generally on every chapter.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { tick, type Component } from 'svelte';
import { widgetById } from '@widgets/registry';
import { widgetSourceIds } from '@lib/widget/provenance';
import { allSources } from '../support/allSources';

const components = import.meta.glob<{ default: Component }>('../../src/widgets/*/*.svelte', { eager: true });

/** Renders widget `id` as its embed page does for `/embed/<id>/<query>`, once it shows the link's values. */
async function open(id: string, query = '') {
  const w = widgetById[id]!;
  window.history.replaceState(null, '', `/embed/${id}/${query}`);
  const C = components[`../../src/widgets/${id}/${w.component}.svelte`]!.default;
  const { container } = render(C, { props: { sources: Object.fromEntries(widgetSourceIds(w).map((s) => [s, allSources[s]!])) } });
  await tick();
  await vi.waitFor(() => expect(container.querySelector('[data-widget]')!.getAttribute('aria-busy')).toBeNull(), { timeout: 10_000, interval: 20 });
  const readout = (key: string) => container.querySelector(`[data-readout="${key}"]`)?.textContent?.trim();
  const slider = (name: string | RegExp) => screen.getByRole('slider', { name }) as HTMLInputElement;
  const text = (sel: string) => container.querySelector(sel)?.textContent ?? '';
  const notes = () => Array.from(container.querySelectorAll('[role=status] li'), (li) => li.textContent ?? '');
  return { container, readout, slider, text, notes };
}
/** A key of the URL, once ParamState's write after the inputs pause has run. */
const urlParam = async (key: string) => {
  await vi.waitFor(() => expect(new URL(location.href).searchParams.has(key)).toBe(true), { timeout: 2000, interval: 20 });
  return new URL(location.href).searchParams.get(key);
};

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('a link’s values are the values shown', () => {
  it('chip-compare: ?chip.asic=s21-plus&chip.rent=2.05 shows the S21+ at 216 trillion hashes a second and a GPU-day at $49.20', async () => {
    const w = await open('chip-compare', '?chip.asic=s21-plus&chip.rent=2.05');
    expect(w.readout('asic-work')).toBe('216 trillion hashes a second');
    expect(w.readout('gpu-day')).toBe('$49.20');
    expect(w.slider('GPU rent').getAttribute('aria-valuetext')).toMatch(/per GPU-hour/);
  });

  it('chip-compare: a hashprice above the range is clamped to 200, earning the ASIC $40.00 a day', async () => {
    const w = await open('chip-compare', '?chip.hp=9999&chip.gpu=banana');
    expect(w.slider('Hashprice').value).toBe('200');
    expect(w.readout('asic-day')).toBe('$40.00');
    expect(w.notes()).toEqual([expect.stringMatching(/^AI chip \(GPU\): "banana" is not one of the choices/), expect.stringMatching(/^Hashprice: 9999 is above the highest allowed value/)]);
  });

  it('switching-bill: a negative site size is clamped to the smallest, 5 MW', async () => {
    const w = await open('switching-bill', '?switch.mw=-5&switch.dark=abc');
    expect(w.slider('Site size').value).toBe('5');
    expect(w.notes()).toEqual([expect.stringMatching(/^Site size: -5 is below the lowest allowed value/), expect.stringMatching(/not a number/)]);
  });

  it('site-three-ways: ?s3.hosting=126 reads "$126 per kW of IT a month"; a site above 500 MW is clamped to it', async () => {
    expect((await open('site-three-ways', '?s3.hosting=126')).slider('Hosting rent').getAttribute('aria-valuetext')).toBe('$126 per kW of IT a month');
    cleanup();
    expect((await open('site-three-ways', '?s3.mw=9999')).slider('Site power').value).toBe('500');
  });

  it('race-to-power: ?rp.wait=7 gives a 72-month head start, in words', async () => {
    const w = await open('race-to-power', '?rp.wait=7');
    expect(w.readout('months-saved')).toBe('72 months');
    expect(w.text('[data-summary]')).toContain('waits 7 years');
  });

  it('energy-per-query: Epoch AI’s estimate gives 3 Wh a day, and 3.3 Wh at 11 questions', async () => {
    const w = await open('energy-per-query', '?eq.est=epoch-2025');
    expect(w.readout('wh-per-day')).toBe('3 Wh');
    expect(w.text('[data-summary]')).toContain('Epoch AI, Feb 2025');
    cleanup();
    expect((await open('energy-per-query', '?eq.est=epoch-2025&eq.n=11')).readout('wh-per-day')).toBe('3.3 Wh');
  });

  it('energy-prosperity: ?ep.country=india highlights India at 1,404 kWh; Brazil’s sentence leads with Brazil', async () => {
    expect((await open('energy-prosperity', '?ep.country=india')).readout('kwh-per-person')).toBe('1,404 kWh');
    cleanup();
    expect((await open('energy-prosperity', '?ep.country=brazil')).text('[data-summary]')).toMatch(/^Brazil generated 3,518 kWh/);
  });

  it('lease-calculator: ?lease.rent=2.05 reads per GPU-hour; a rent of 99 is clamped to the highest', async () => {
    expect((await open('lease-calculator', '?lease.rent=2.05')).slider('Rent in year 1').getAttribute('aria-valuetext')).toMatch(/^\$2\.05 .*per GPU-hour/);
    cleanup();
    const w = await open('lease-calculator', '?lease.rent=99&lease.fall=banana');
    expect(w.slider('Rent in year 1').value).toBe(w.slider('Rent in year 1').max);
    expect(w.notes()).toEqual([expect.stringMatching(/^Rent in year 1: 99 is above the highest allowed value/), expect.stringMatching(/not a number/)]);
  });

  it('rent-slide: step 0 is 2023 at more than $8, and so is a step below the first, with a note', async () => {
    const w = await open('rent-slide', '?slide.step=0');
    expect(w.readout('rent')).toBe('more than $8');
    expect(w.slider('Moment').getAttribute('aria-valuetext')).toBe('2023');
    cleanup();
    const low = await open('rent-slide', '?slide.step=-4');
    expect(low.notes().join(' ')).toMatch(/lowest allowed/);
    expect(low.readout('rent')).toBe('more than $8');
  });

  it('beauty-play: ?bp.tau=2 is "2.0 steps" and the model row of the comparison says τ = 2; a depth of 99 is clamped to 5', async () => {
    const w = await open('beauty-play', '?bp.tau=2');
    expect(w.slider(/thinking depth/).getAttribute('aria-valuetext')).toBe('2.0 steps');
    expect(w.text('[data-table="comparison"]')).toContain('τ = 2');
    cleanup();
    expect((await open('beauty-play', '?bp.tau=99&bp.n=7&bp.guess=-4')).slider(/thinking depth/).value).toBe('5');
  });

  it('miners-dilemma: no volatility reads "0 percent a year" and collapses the holding fan to its median; 500% is clamped to 100', async () => {
    const w = await open('miners-dilemma', '?md.vol=0');
    expect(w.slider('Price volatility').getAttribute('aria-valuetext')).toBe('0 percent a year');
    expect(w.readout('p5-hold')).toBe(w.readout('median-hold'));
    cleanup();
    expect((await open('miners-dilemma', '?md.vol=500&md.seed=abc&md.fit=99')).slider('Price volatility').value).toBe('100');
  }, 30_000);

  it('squeeze-calculator: a power price of 99 is clamped to the highest, in USD per kWh', async () => {
    const w = await open('squeeze-calculator', '?sq.power=99&sq.btc=banana');
    const slider = w.slider(/power price/i);
    expect(slider.value).toBe(slider.max);
    expect(slider.getAttribute('aria-valuetext')).toMatch(/kWh/);
  });
});

describe('buttons that set several inputs write them to the URL', () => {
  it('switching-bill: the IREN preset is pressed and puts its $40,650 per GPU in the link', async () => {
    await open('switching-bill');
    const button = screen.getByRole('button', { name: 'IREN, H200: $40,650' });
    await fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(await urlParam('switch.capex')).toBe('40650');
  });

  it('lease-calculator: “Bought at the 2023 peak” puts its rent in the link; Cheah’s line says it barely beats 10%', async () => {
    const w = await open('lease-calculator');
    const peak = screen.getByRole('button', { name: 'Bought at the 2023 peak' });
    await fireEvent.click(peak);
    expect(peak.getAttribute('aria-pressed')).toBe('true');
    expect(w.readout('payback')).toMatch(/^1\.\d years$/);
    expect(await urlParam('lease.rent')).toBe('4.7');
    await fireEvent.click(screen.getByRole('button', { name: /Cheah’s stock-market line/ }));
    expect(w.readout('preset')).toContain('barely above 10%');
  });
});

describe('a click anywhere writes a waiting change to the URL at once', () => {
  it('squeeze-calculator: a slider step, then a click elsewhere (say, on the language switch), puts the step in the link', async () => {
    const w = await open('squeeze-calculator');
    const power = w.slider(/power price/i);
    await fireEvent.input(power, { target: { value: '0.06' } });
    expect(new URL(location.href).searchParams.get('sq.power'), 'waits for the inputs to pause').toBeNull();
    document.body.click();
    expect(new URL(location.href).searchParams.get('sq.power')).toBe('0.06');
  });
});
