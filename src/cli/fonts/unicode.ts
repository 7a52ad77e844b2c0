// Unicode ranges (CSS unicode-range syntax) and the CJK script of a character.

export type Cjk = 'kr' | 'sc' | 'jp';

export function parseRange(entry: string): [number, number] {
  const m = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(entry.trim());
  if (!m?.[1]) throw new Error(`bad unicode-range entry: ${entry}`);
  const from = parseInt(m[1], 16);
  return [from, m[2] ? parseInt(m[2], 16) : from];
}

export function expandRanges(entries: readonly string[]): number[] {
  const out = new Set<number>();
  for (const entry of entries) {
    const [from, to] = parseRange(entry);
    for (let cp = from; cp <= to; cp++) out.add(cp);
  }
  return [...out].sort((a, b) => a - b);
}

export const hex = (cp: number): string => cp.toString(16).toUpperCase().padStart(4, '0');

export function toRanges(codepoints: readonly number[]): string[] {
  const sorted = [...new Set(codepoints)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const a = sorted[i] ?? 0;
    const b = sorted[j] ?? 0;
    out.push(a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`);
    i = j + 1;
  }
  return out;
}

const isHangul = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xa960 && cp <= 0xa97f) ||
  (cp >= 0xac00 && cp <= 0xd7ff);
const isKana = (cp: number): boolean =>
  (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff) || (cp >= 0xff66 && cp <= 0xff9f);
const isOtherCjk = (cp: number): boolean =>
  (cp >= 0x2e80 && cp <= 0x2fdf) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0x3100 && cp <= 0x312f) ||
  (cp >= 0x31a0 && cp <= 0x31bf) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xffef) ||
  (cp >= 0x20000 && cp <= 0x3ffff);

export function scriptOf(cp: number): Cjk | null {
  if (isHangul(cp)) return 'kr';
  if (isKana(cp)) return 'jp';
  if (isOtherCjk(cp)) return 'sc';
  return null;
}

export function languageOf(tag: string): Cjk | null {
  const primary = tag.toLowerCase().split('-')[0];
  if (primary === 'ko') return 'kr';
  if (primary === 'zh') return 'sc';
  if (primary === 'ja') return 'jp';
  return null;
}
