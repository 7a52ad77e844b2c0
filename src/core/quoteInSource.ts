// Whether a quote is in the article's text, read the way a reader compares
// them: typographic and straight quotation marks and apostrophes are the
// same, dashes are the same, and any run of white space is one space. Case,
// words and punctuation otherwise must match: a quote is verbatim or it is not.

const SAME: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ',
};

/**
 * The text as compared (marks made one, white space runs made one space, ends
 * trimmed), with where each of its characters stands in the text: character
 * i came from offsets from[i] up to to[i] (a space, from the whole run).
 */
export function comparableWithOffsets(text: string): { readonly text: string; readonly from: readonly number[]; readonly to: readonly number[] } {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let run = -1;
  let at = 0;
  for (const ch of text) {
    const c = SAME[ch] ?? ch;
    if (/\s/u.test(c)) {
      if (out !== '' && run < 0) run = at;
    } else {
      if (run >= 0) {
        out += ' ';
        from.push(run);
        to.push(at);
        run = -1;
      }
      for (let k = 0; k < c.length; k++) {
        from.push(at);
        to.push(at + ch.length);
      }
      out += c;
    }
    at += ch.length;
  }
  return { text: out, from, to };
}

/** The text as compared: marks made one, white space runs made one space, ends trimmed. */
export function comparable(text: string): string {
  return comparableWithOffsets(text).text;
}

/** A checker for many quotes against one source text, which is prepared once. */
export function quoteFinder(source: string): (quote: string) => boolean {
  const haystack = comparable(source);
  return (quote) => {
    const needle = comparable(quote);
    return needle !== '' && haystack.includes(needle);
  };
}
