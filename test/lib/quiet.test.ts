import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from '@lib/widget/quiet';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('whenQuiet', () => {
  it('runs once, the quiet time after the last poke', () => {
    const fn = vi.fn();
    const q = whenQuiet(fn, 400);
    for (let i = 0; i < 10; i++) {
      q.poke();
      vi.advanceTimersByTime(100);
    }
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(299);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('sets no timer for a poke while one is waiting', () => {
    const set = vi.spyOn(globalThis, 'setTimeout');
    const q = whenQuiet(() => {}, 400);
    for (let i = 0; i < 50; i++) q.poke();
    expect(set).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(400);
    set.mockRestore();
  });

  it('runs again after a later poke, and not at all once cancelled', () => {
    const fn = vi.fn();
    const q = whenQuiet(fn, 400);
    q.poke();
    vi.advanceTimersByTime(400);
    q.poke();
    vi.advanceTimersByTime(400);
    expect(fn).toHaveBeenCalledTimes(2);
    q.poke();
    q.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('runs at once when flushed while waiting, and not again when the time comes', () => {
    const fn = vi.fn();
    const q = whenQuiet(fn, 400);
    q.flush();
    expect(fn).not.toHaveBeenCalled();
    q.poke();
    q.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
