// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { numberParam } from '@lib/widget/params';
import { ParamState } from '@lib/widget/paramState.svelte';
import type { WidgetMeta } from '@lib/widget/define';

const schema = { power: numberParam({ key: 'power', label: 'Power price', unit: 'USD per kWh', min: 0.01, max: 0.3, step: 0.005, default: 0.045 }) };
const meta = { id: 'w', component: 'W', title: 'W', chapter: '01-x', prefix: 'w', goal: 'g', schema, sources: [], embedHeightPx: 800 } satisfies WidgetMeta;

let replace: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  history.replaceState(null, '', '/chapter/');
  vi.useFakeTimers();
  replace = vi.spyOn(history, 'replaceState');
});
afterEach(() => {
  vi.useRealTimers();
  replace.mockRestore();
});

describe('ParamState writes the URL', () => {
  it('once, after the inputs pause, with the last value', () => {
    const p = new ParamState(meta);
    for (let i = 1; i <= 8; i++) {
      p.set('power', 0.05 + i / 100);
      vi.advanceTimersByTime(150); // a reader stepping with the arrow keys
    }
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(location.search).toBe('?w.power=0.13');
  });

  it('not at all when the URL already says so', () => {
    history.replaceState(null, '', '/chapter/?w.power=0.1');
    replace.mockClear();
    const p = new ParamState(meta);
    p.set('power', 0.1);
    vi.advanceTimersByTime(1000);
    expect(replace).not.toHaveBeenCalled();
  });

  it('not at all once the widget is gone', () => {
    const p = new ParamState(meta);
    p.set('power', 0.2);
    p.dispose();
    vi.advanceTimersByTime(1000);
    expect(replace).not.toHaveBeenCalled();
    expect(location.search).toBe('');
  });
});
