/**
 * Element ids unique within one rendered page, for components used several times on a page
 * (two <Term id="hashprice"> need two popover ids). Counted per request, so builds are repeatable.
 */
const counters = new WeakMap<Request, Map<string, number>>();

export function nextId(request: Request, base: string): string {
  const seen = counters.get(request) ?? new Map<string, number>();
  counters.set(request, seen);
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}
