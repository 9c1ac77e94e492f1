/**
 * Runs `fn` once nothing has poked it for `quietMs`: the URL write after a slider stops, the
 * screen-reader announcement after the result settles. A poke only notes the time; the one
 * timer, when it fires early, waits out the rest. A slider step therefore costs no timer at
 * all while one is pending, where clearing and setting a timeout on every step cost each step
 * its own timer work.
 */
export function whenQuiet(fn: () => void, quietMs: number) {
  let pokedAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    const wait = pokedAt + quietMs - Date.now();
    if (wait > 0) {
      timer = setTimeout(fire, wait);
      return;
    }
    timer = undefined;
    fn();
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    poke() {
      pokedAt = Date.now();
      timer ??= setTimeout(fire, quietMs);
    },
    cancel,
    /** Runs `fn` now if it is waiting. */
    flush() {
      if (timer === undefined) return;
      cancel();
      fn();
    },
  };
}
