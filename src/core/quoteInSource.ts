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

/** The text as compared: marks made one, white space runs made one space, ends trimmed. */
export function comparable(text: string): string {
  let out = '';
  let space = false;
  for (const ch of text) {
    const c = SAME[ch] ?? ch;
    if (/\s/u.test(c)) {
      space = out !== '';
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

/** A checker for many quotes against one source text, which is prepared once. */
export function quoteFinder(source: string): (quote: string) => boolean {
  const haystack = comparable(source);
  return (quote) => {
    const needle = comparable(quote);
    return needle !== '' && haystack.includes(needle);
  };
}
