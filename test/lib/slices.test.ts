import { describe, expect, it } from 'vitest';
import { nextTask, runInSlices } from '@lib/widget/slices';

/** A fake clock and work whose steps take `costs` ms in turn, recording how long each task ran. */
function work(stepCount: number, costs: number[]) {
  let t = 0;
  let done = 0;
  let taskStart = 0;
  const tasks: number[] = [];
  return {
    tasks,
    get done() { return done; },
    now: () => t,
    step: () => {
      t += costs[done % costs.length]!;
      done++;
      return done === stepCount;
    },
    nextTask: async () => {
      tasks.push(t - taskStart);
      t += 1; // the browser's turn
      taskStart = t;
    },
    finish: () => tasks.push(t - taskStart),
  };
}

describe('runInSlices', () => {
  it.each([
    { costs: [1], name: 'steps of 1 ms' },
    { costs: [0.3, 2.5, 0.1], name: 'uneven steps' },
    { costs: [4], name: 'steps of half a slice' },
  ])('does all the work and gives the page a new task at least every 8 ms ($name)', async ({ costs }) => {
    const w = work(500, costs);
    expect(await runInSlices(w.step, { now: w.now, nextTask: w.nextTask })).toBe(true);
    w.finish();
    expect(w.done).toBe(500);
    expect(w.tasks.length).toBeGreaterThan(1);
    // The first step of a slice is the only one run before its cost is known.
    for (const ms of w.tasks) expect(ms).toBeLessThanOrEqual(8);
  });

  it('keeps slices short after a step longer than any before it: it plans with the longest step seen', async () => {
    const w = work(60, [0.5, 0.5, 0.5, 0.5, 6]);
    await runInSlices(w.step, { now: w.now, nextTask: w.nextTask });
    w.finish();
    // A slice may run one long step past 8 ms only before that step's cost is known.
    expect(w.tasks.filter((ms) => ms > 8).length).toBeLessThanOrEqual(1);
  });

  it('stops between steps when aborted, and resolves false', async () => {
    const w = work(1000, [1]);
    const stop = new AbortController();
    const waitThenStop = async () => {
      await w.nextTask();
      if (w.tasks.length === 3) stop.abort();
    };
    expect(await runInSlices(w.step, { now: w.now, nextTask: waitThenStop, signal: stop.signal })).toBe(false);
    expect(w.done).toBeLessThan(1000);
    const doneThen = w.done;
    await new Promise((r) => setTimeout(r, 5));
    expect(w.done).toBe(doneThen);
  });

  it('runs nothing when already aborted, and passes on what a step throws', async () => {
    const stop = new AbortController();
    stop.abort();
    let steps = 0;
    expect(await runInSlices(() => ++steps > 0, { signal: stop.signal })).toBe(false);
    expect(steps).toBe(0);
    await expect(runInSlices(() => { throw new RangeError('bad step'); })).rejects.toThrow('bad step');
  });

  it('yields to a real event loop: a timer set before the work runs before the work ends', async () => {
    let timerRan = false;
    let sawTimerBeforeEnd = false;
    setTimeout(() => (timerRan = true), 0);
    const t0 = performance.now();
    await runInSlices(() => {
      if (timerRan) sawTimerBeforeEnd = true;
      return performance.now() - t0 > 60;
    });
    expect(sawTimerBeforeEnd).toBe(true);
  });

  it('nextTask resolves in a later task', async () => {
    const order: string[] = [];
    const p = nextTask().then(() => order.push('task'));
    order.push('now');
    await p;
    expect(order).toEqual(['now', 'task']);
  });
});
