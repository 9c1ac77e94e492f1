// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import LiveSummary from '@controls/LiveSummary.svelte';

const live = (c: HTMLElement) => c.querySelector('[aria-live]')!.textContent;

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { cleanup(); vi.useRealTimers(); });

describe('LiveSummary', () => {
  it('shows the sentence at once but announces it only after the quiet time', async () => {
    const { container, rerender } = render(LiveSummary, { props: { text: 'one' } });
    expect(container.querySelector('[data-summary]')!.textContent).toBe('one');
    expect(live(container)).toBe(''); // nothing on first render
    await rerender({ text: 'two' });
    await tick();
    vi.advanceTimersByTime(600);
    await tick();
    expect(live(container)).toBe('');
    vi.advanceTimersByTime(150);
    await tick();
    expect(live(container)).toBe('two');
  });

  it('keeps quiet while input events continue even when the sentence does not change', async () => {
    const { container, rerender } = render(LiveSummary, { props: { text: 'one' } });
    await rerender({ text: 'two' });
    await tick();
    // A slider keeps moving through values that give the same sentence.
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(200);
      container.dispatchEvent(new Event('input', { bubbles: true }));
      await tick();
      expect(live(container), `after ${(i + 1) * 200} ms of input`).toBe('');
    }
    vi.advanceTimersByTime(750);
    await tick();
    expect(live(container)).toBe('two');
  });

  it('does not announce when announce is false', async () => {
    const { container, rerender } = render(LiveSummary, { props: { text: 'one', announce: false } });
    await rerender({ text: 'two', announce: false });
    vi.advanceTimersByTime(2000);
    await tick();
    expect(live(container)).toBe('');
  });
});
