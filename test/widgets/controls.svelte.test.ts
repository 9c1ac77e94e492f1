// @vitest-environment happy-dom
/**
 * A widget hands every control a field of its state, which is replaced whole on each step of any
 * input: a control must still do its work only when its own value changes (issue 16's per-step cuts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import ThreeControls from '../support/ThreeControls.svelte';

afterEach(() => cleanup());

describe('controls on a shared state', () => {
  it('a step of one slider formats no other slider and sets no select', async () => {
    const textOf = vi.fn((name: string, v: number) => `${name} ${v}`);
    render(ThreeControls, { props: { textOf } });
    const select = screen.getByRole('combobox', { name: 'C' }) as HTMLSelectElement;
    const setValue = vi.fn();
    const proto = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(select), 'value')!;
    Object.defineProperty(select, 'value', { get: () => proto.get!.call(select), set: (v) => { setValue(v); proto.set!.call(select, v); } });
    textOf.mockClear();

    const a = screen.getByRole('slider', { name: 'A' }) as HTMLInputElement;
    for (const v of ['2', '3', '4']) await fireEvent.input(a, { target: { value: v } });

    expect(textOf.mock.calls.map(([name]) => name)).toEqual(['a', 'a', 'a']);
    expect(a.getAttribute('aria-valuetext')).toBe('a 4');
    expect(setValue).not.toHaveBeenCalled();
    // Its own change still reaches it (the event writes through the prototype, the control through the spy).
    await fireEvent.change(select, { target: { value: 'y' } });
    expect(setValue.mock.calls).toEqual([['y']]);
  });
});
