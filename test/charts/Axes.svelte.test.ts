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
    const before = ticks(container);
    expect(before.map((g) => g.textContent)).toContain('100');
    await rerender({ max: 500 });
    const after = ticks(container);
    expect(after.map((g) => g.textContent)).toContain('500');
    expect(after).toHaveLength(before.length);
    after.forEach((g, i) => expect(g).toBe(before[i]));
  });
});
