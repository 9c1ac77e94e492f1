// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import ChipCompare from '@widgets/chip-compare/ChipCompare.svelte';

const readout = (container: HTMLElement, name: string) => container.querySelector(`[data-readout="${name}"]`)!.textContent;

afterEach(() => cleanup());

describe('ChipCompare', () => {
  it('renders its default state with three bar charts, readouts and a summary', () => {
    const { container } = render(ChipCompare);
    expect(container.querySelectorAll('svg')).toHaveLength(3);
    expect(readout(container, 'asic-day')).toBe('$11.04');
    expect(readout(container, 'gpu-day')).toBe('$48.00');
    expect(container.querySelector('[data-summary]')!.textContent).toMatch(/different work/);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('choosing another ASIC changes its readouts', async () => {
    const { container } = render(ChipCompare);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Mining chip (ASIC)' }), { target: { value: 's9' } });
    expect(readout(container, 'asic-work')).toBe('13.5 trillion hashes a second');
    expect(readout(container, 'asic-day')).not.toBe('$11.04');
  });

  it('a dated rent button moves the rent slider and the GPU readout', async () => {
    const { container } = render(ChipCompare);
    const button = screen.getByRole('button', { name: 'Jan 2024: $2.85' });
    await fireEvent.click(button);
    expect(readout(container, 'gpu-day')).toBe('$68.40');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByRole('slider', { name: 'GPU rent' }) as HTMLInputElement).value).toBe('2.85');
  });

  it('moving the hashprice slider changes the ASIC readout', async () => {
    const { container } = render(ChipCompare);
    await fireEvent.input(screen.getByRole('slider', { name: 'Hashprice' }), { target: { value: '108.6' } });
    expect(readout(container, 'asic-day')).toBe('$21.72');
  });
});
