/**
 * Long work spread over several tasks, so the page keeps answering input while it runs (the
 * miner's dilemma's Monte Carlo). `step` is called until it returns true; before a step could
 * carry the current task past `sliceMs`, judged by the longest step so far, the work waits for a
 * new task and lets the browser handle input and paint in between.
 * A message to a MessageChannel starts that task at once: setTimeout(0) would be held back 4 ms
 * after a few rounds. No worker: a sandboxed embed (an opaque origin) could not start one from
 * this site's URL, and a worker would download the simulation a second time.
 */

interface SliceOptions {
  /** Longest stretch of work in one task, ms (default 8). */
  sliceMs?: number;
  /** Stops the work between steps, e.g. when newer input makes it moot. */
  signal?: AbortSignal;
  /** The clock, ms (tests pass their own). */
  now?: () => number;
  /** Waits for a new task (tests pass their own). */
  nextTask?: () => Promise<void>;
}

/** Resolves in a new task, ahead of timers. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * Runs `step` until it returns true, in slices of at most `sliceMs` where the steps allow. Resolves
 * true when the work is done, false when `signal` stopped it first; rejects with what `step` throws.
 */
export async function runInSlices(step: () => boolean, { sliceMs = 8, signal, now = () => performance.now(), nextTask: wait = nextTask }: SliceOptions = {}): Promise<boolean> {
  let sliceStart = now();
  let longest = 0;
  for (;;) {
    if (signal?.aborted) return false;
    const before = now();
    if (step()) return true;
    const after = now();
    longest = Math.max(longest, after - before);
    if (after - sliceStart + longest > sliceMs) {
      await wait();
      sliceStart = now();
    }
  }
}
