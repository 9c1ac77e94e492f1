// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import Harness from './AxesHarness.svelte';

afterEach(cleanup);

const ticks = (container: HTMLElement) => [...container.querySelectorAll('.axis g')];

describe('<AxisX> and <AxisY>', () => {
  // A slider that rescales a chart can change every tick value at each step: ticks keyed by their
  // value were all removed and built again.
  it('update their ticks in place when the domain moves', async () => {
    const { container, rerender } = render(Harness, { props: { max: 100 } });
    // Where the bottom axis (the one moved down by a transform) puts a label.
    const xAt = (label: string) => [...container.querySelectorAll('.axis[transform] g')].find((g) => g.textContent === label)?.getAttribute('transform');
    const before = ticks(container);
    const end = xAt('100'); // the domain's end
    expect(end).toMatch(/^translate\(\d+/);
    await rerender({ max: 500 });
    const after = ticks(container);
    expect(after).toHaveLength(before.length);
    after.forEach((g, i) => expect(g).toBe(before[i]));
    // The new end stands where the old one stood, and 100 has moved in towards the origin.
    expect(xAt('500')).toBe(end);
    expect(xAt('100')).not.toBe(end);
  });
});
