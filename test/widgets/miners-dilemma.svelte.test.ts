// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import MinersDilemma from '@widgets/miners-dilemma/MinersDilemma.svelte';

const readout = (container: HTMLElement, name: string) => container.querySelector(`[data-readout="${name}"]`)!.textContent;
/** The widget re-simulates 80 ms after the last input, in slices, and is busy until the result is in. */
const settle = async (container: HTMLElement) => {
  await new Promise((r) => setTimeout(r, 100));
  for (let waited = 0; container.querySelector('[aria-busy="true"]') && waited < 20_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
  await tick();
  expect(container.querySelector('[aria-busy="true"]'), 'the simulation finished').toBeNull();
};

afterEach(() => cleanup());

describe('MinersDilemma', () => {
  it('renders its default state: three fans, hosting at $3.04M', () => {
    const { container } = render(MinersDilemma);
    expect(readout(container, 'median-host')).toBe('$3.04M');
    expect(container.querySelectorAll('svg path').length).toBeGreaterThanOrEqual(9);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('a new seed changes the holding readout, and the old seed brings it back exactly', async () => {
    const { container } = render(MinersDilemma);
    const before = readout(container, 'median-hold');
    const summary = container.querySelector('[data-summary]')!.textContent;
    const seed = screen.getByRole('spinbutton', { name: /Seed/ });
    await fireEvent.input(seed, { target: { value: '2' } });
    await tick();
    expect(readout(container, 'median-hold'), 'reruns only after the input settles').toBe(before);
    expect(container.querySelector('[data-widget]')!.getAttribute('aria-busy'), 'busy while the shown numbers are not yet the new seed’s').toBe('true');
    await settle(container);
    expect(readout(container, 'median-hold')).not.toBe(before);
    await fireEvent.input(seed, { target: { value: '1' } });
    await settle(container);
    expect(readout(container, 'median-hold')).toBe(before);
    expect(container.querySelector('[data-summary]')!.textContent).toBe(summary);
  }, 30_000);

  it('is busy as it hydrates with a link’s values, until they are simulated', async () => {
    window.history.replaceState(null, '', '/?md.vol=20');
    try {
      const { container } = render(MinersDilemma);
      const frame = container.querySelector<HTMLElement>('[data-widget]')!;
      // Mounted and connected to the URL in one go: a test that sees it hydrated also sees it busy.
      expect(frame.dataset.hydrated).toBe('true');
      expect(frame.getAttribute('aria-busy')).toBe('true');
      await settle(container);
      expect(frame.getAttribute('aria-busy')).toBeNull();
    } finally {
      window.history.replaceState(null, '', '/');
    }
  }, 30_000);

  it('moving the volatility slider to zero collapses the holding spread', async () => {
    const { container } = render(MinersDilemma);
    await fireEvent.input(screen.getByRole('slider', { name: 'Price volatility' }), { target: { value: '0' } });
    await settle(container);
    expect(readout(container, 'p5-hold')).toBe(readout(container, 'median-hold'));
  }, 30_000);
});
