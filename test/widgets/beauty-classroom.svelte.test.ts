// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import BeautyClassroom from '@widgets/beauty-classroom/BeautyClassroom.svelte';

const readout = (container: HTMLElement, name: string) => container.querySelector(`[data-readout="${name}"]`)!.textContent;

afterEach(() => cleanup());

describe('BeautyClassroom', () => {
  it('renders an empty class with the published comparison and says nothing is sent', () => {
    const { container } = render(BeautyClassroom);
    expect(readout(container, 'target')).toBe('–');
    expect(container.textContent).toContain('nothing is sent anywhere');
    expect(container.querySelector('[data-table="comparison"]')!.textContent).toContain('36.73');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('typing guesses sets the target and winners, and lists the bad entries', async () => {
    const { container } = render(BeautyClassroom);
    await fireEvent.input(screen.getByRole('textbox', { name: /guesses/ }), { target: { value: '10 20 30 40 banana 150' } });
    expect(readout(container, 'target')).toBe('16.67');
    expect(readout(container, 'winners')).toBe('entry 2 (20)');
    expect(readout(container, 'skipped')).toContain('“banana” (not a number)');
    expect(readout(container, 'skipped')).toContain('“150” (outside 0 to 100)');
  });

  it('switching to half the average changes the target', async () => {
    const { container } = render(BeautyClassroom);
    await fireEvent.input(screen.getByRole('textbox', { name: /guesses/ }), { target: { value: '10 20 30 40' } });
    await fireEvent.change(screen.getByRole('combobox', { name: 'Winning number' }), { target: { value: '1/2' } });
    expect(readout(container, 'target')).toBe('12.5');
  });
});
