// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import SwitchingBill from '@widgets/switching-bill/SwitchingBill.svelte';

const readout = (container: HTMLElement, name: string) => container.querySelector(`[data-readout="${name}"]`)!.textContent;

afterEach(() => cleanup());

describe('SwitchingBill', () => {
  it('renders its default state: two charts, the bill, the payback and the assumption labels', () => {
    const { container } = render(SwitchingBill);
    expect(container.querySelectorAll('svg')).toHaveLength(2);
    expect(readout(container, 'total')).toBe('$3.3 billion');
    expect(readout(container, 'payback')).toMatch(/months after switch-on/);
    expect(container.querySelectorAll('.why.assumed')).toHaveLength(3);
    expect(container.textContent).toContain('Assumption.');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('moving the rent slider changes the payback', async () => {
    const { container } = render(SwitchingBill);
    const before = readout(container, 'payback');
    await fireEvent.input(screen.getByRole('slider', { name: 'GPU rent' }), { target: { value: '4.7' } });
    expect(readout(container, 'payback')).not.toBe(before);
  });

  it('the IREN preset lowers the bill', async () => {
    const { container } = render(SwitchingBill);
    await fireEvent.click(screen.getByRole('button', { name: 'IREN, H200: $40,650' }));
    expect(readout(container, 'total')).toBe('$2.8 billion');
  });
});
