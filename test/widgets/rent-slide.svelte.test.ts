// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import RentSlide from '@widgets/rent-slide/RentSlide.svelte';

const readout = (container: HTMLElement, name: string) => container.querySelector(`[data-readout="${name}"]`)!.textContent;

afterEach(() => cleanup());

describe('RentSlide', () => {
  it('on its own shows the whole slide and a step control', () => {
    const { container } = render(RentSlide);
    expect(readout(container, 'rent')).toBe('$1.99 (computed)');
    expect(container.querySelectorAll('[data-point]')).toHaveLength(5);
    expect(screen.getByRole('slider', { name: 'Moment' })).toBeTruthy();
  });

  it('moving the step control changes the readouts', async () => {
    const { container } = render(RentSlide);
    const slider = screen.getByRole('slider', { name: 'Moment' });
    await fireEvent.input(slider, { target: { value: '1' } });
    expect(readout(container, 'rent')).toBe('$2.85');
    expect(slider.getAttribute('aria-valuetext')).toBe('Jan 2024');
  });

  it('as a scrolly graphic starts at step 0 and hides its own control', () => {
    const { container } = render(RentSlide, { props: { scrolly: true } });
    expect(readout(container, 'rent')).toBe('more than $8');
    expect(screen.queryByRole('slider')).toBeNull();
  });
});
