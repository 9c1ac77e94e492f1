// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import BeautyPlay from '@widgets/beauty-play/BeautyPlay.svelte';

const readout = (container: HTMLElement, name: string) => container.querySelector(`[data-readout="${name}"]`)!.textContent;

afterEach(() => cleanup());

describe('BeautyPlay', () => {
  it('renders round 1 waiting for a guess, with a chart and no broken numbers', () => {
    const { container } = render(BeautyPlay);
    expect(readout(container, 'round')).toBe('1 of 10');
    expect(readout(container, 'target')).toBe('hidden');
    expect(container.querySelector('svg')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('submitting a typed guess reveals the target and the result; “Next round” moves on', async () => {
    const { container } = render(BeautyPlay);
    const field = screen.getByRole('spinbutton', { name: /Or type it/ });
    await fireEvent.input(field, { target: { value: '22' } });
    expect((screen.getByRole('slider', { name: 'Your guess' }) as HTMLInputElement).value).toBe('22');
    await fireEvent.click(screen.getByRole('button', { name: 'Submit guess' }));
    expect(readout(container, 'target')).toMatch(/^\d+(\.\d)?$/);
    expect(readout(container, 'result')).not.toBe('waiting for your guess');
    expect(container.querySelectorAll('svg rect').length).toBeGreaterThan(3);
    await fireEvent.click(screen.getByRole('button', { name: 'Next round' }));
    expect(readout(container, 'round')).toBe('2 of 10');
    expect(readout(container, 'target')).toBe('hidden');
    expect(container.querySelector('[data-table="history"]')).not.toBeNull();
  });

  it('changing the crowd’s thinking depth changes the model row of the comparison', async () => {
    const { container } = render(BeautyPlay);
    const before = container.querySelector('[data-table="comparison"]')!.textContent;
    await fireEvent.input(screen.getByRole('slider', { name: /thinking depth/ }), { target: { value: '3' } });
    expect(container.querySelector('[data-table="comparison"]')!.textContent).not.toBe(before);
  });
});
