// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import LeaseCalculator from '@widgets/lease-calculator/LeaseCalculator.svelte';

const readout = (container: HTMLElement, name: string) => container.querySelector(`[data-readout="${name}"]`)!.textContent;

afterEach(() => cleanup());

describe('LeaseCalculator', () => {
  it('renders its default state: never pays back at $2 an hour falling 40% a year', () => {
    const { container } = render(LeaseCalculator);
    expect(readout(container, 'payback')).toBe('Never pays back within its 5-year life');
    expect(container.querySelector('[data-readout="payback"]')!.className).toContain('bad');
    expect(container.querySelector('svg')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('a preset button sets several inputs at once and changes the readouts', async () => {
    const { container } = render(LeaseCalculator);
    const before = readout(container, 'payback');
    const button = screen.getByRole('button', { name: 'Bought at the 2023 peak' });
    await fireEvent.click(button);
    expect(readout(container, 'payback')).not.toBe(before);
    expect(readout(container, 'payback')).toMatch(/^1\.\d years$/);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByRole('slider', { name: 'Rent in year 1' }) as HTMLInputElement).value).toBe('4.7');
  });

  it('moving the rent slider changes the return readout', async () => {
    const { container } = render(LeaseCalculator);
    const before = readout(container, 'irr');
    const slider = screen.getByRole('slider', { name: 'Rent in year 1' });
    await fireEvent.input(slider, { target: { value: '6' } });
    expect(readout(container, 'irr')).not.toBe(before);
    expect(slider.getAttribute('aria-valuetext')).toBe('$6.00 USD per GPU-hour');
  });
});
