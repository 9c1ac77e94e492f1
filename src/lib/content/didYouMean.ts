/** Spelling suggestions for plain-words errors: "did you mean …?" */

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let before: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
      // "titel" for "title": a swap of two neighbours is one slip, not two.
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    [before, prev] = [prev, row];
  }
  return prev[t.length]!;
}

/**
 * The candidate closest to `name`, when it is close enough to be a slip: within a third of the
 * name's length in edits (at least 1, at most 4), or when one contains the other.
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const allowed = Math.min(4, Math.max(1, Math.floor(name.length / 3)));
  for (const c of candidates) {
    const d = editDistance(name, c);
    const contains = name.length >= 4 && (c.toLowerCase().includes(name.toLowerCase()) || name.toLowerCase().includes(c.toLowerCase()));
    const score = d <= allowed ? d : contains ? allowed + 0.5 : Infinity;
    if (score < bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/** ` Did you mean "x"?` or an empty string. */
export function didYouMean(name: string, candidates: Iterable<string>, wrap = (s: string) => `"${s}"`): string {
  const c = closest(name, candidates);
  return c === undefined ? '' : ` Did you mean ${wrap(c)}?`;
}
