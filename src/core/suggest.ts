// "Did you mean…?": the valid word nearest to one that is not, for error
// messages. Pure and small: an edit distance, a word test and a table of
// synonyms the caller passes in.

/** Lower case, with spaces, "_" and "-" dropped: "Local_Names" and "localNames" are the same word. */
function plain(word: string): string {
  return word.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) { row.push(j); continue; }
      const up = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * The valid word a writer most likely meant by `word`, or undefined when
 * none is close: the same word written differently ("local_names"), a
 * synonym from `synonyms` that is valid here ("country" for "state"), a
 * valid word that the text contains as a word ("government body"), or the
 * nearest by edit distance within a third of its length ("suports").
 */
export function suggest(word: string, valid: readonly string[], synonyms: Readonly<Record<string, readonly string[]>> = {}): string | undefined {
  if (word.length === 0 || word.length > 60) return undefined;
  const w = plain(word);
  const same = valid.find((v) => plain(v) === w);
  if (same !== undefined) return same === word ? undefined : same;
  const synonym = Object.hasOwn(synonyms, w) ? synonyms[w]?.find((s) => valid.includes(s)) : undefined;
  if (synonym !== undefined) return synonym;
  const words = word.toLowerCase().split(/[\s_-]+/);
  const contained = valid.find((v) => words.includes(v.toLowerCase()));
  if (contained !== undefined) return contained;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const v of valid) {
    const d = editDistance(w, plain(v));
    if (d < bestDistance) { best = v; bestDistance = d; }
  }
  return bestDistance <= Math.max(1, Math.floor(w.length / 3)) ? best : undefined;
}
