import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import faces from '../../src/assets/fonts/faces.json';
import manifest from '../../src/assets/fonts/fonts.json';
import { FONT_FACES, JP, KR, LABEL_FONT, LABEL_FONT_BOLD, SANS, SANS_SEMIBOLD, SC, localNameFont } from '../../src/theme/fonts.ts';

const dataDir = new URL('../../data/', import.meta.url);
const fontsDir = new URL('../../src/assets/fonts/', import.meta.url);

const stories: { file: string; story: any }[] = readdirSync(dataDir)
  .filter((f) => f.endsWith('.json') && f !== 'stancemap.schema.json')
  .sort()
  .map((file) => ({ file, story: JSON.parse(readFileSync(new URL(file, dataDir), 'utf8')) }));

function parseRange(entry: string): [number, number] {
  const m = /^U\+([0-9A-F]{4,6})(?:-([0-9A-F]{4,6}))?$/.exec(entry);
  if (!m) throw new Error(`not a unicode-range entry: ${entry}`);
  const from = parseInt(m[1]!, 16);
  const to = m[2] ? parseInt(m[2], 16) : from;
  if (to < from) throw new Error(`empty unicode-range entry: ${entry}`);
  return [from, to];
}

const codepointsOf = (text: string): number[] => [...text].map((ch) => ch.codePointAt(0)!);
const covers = (ranges: readonly string[], cp: number): boolean =>
  ranges.some((r) => {
    const [from, to] = parseRange(r);
    return cp >= from && cp <= to;
  });

const codepointsIn = (ranges: readonly string[]): number[] =>
  ranges.flatMap((r) => {
    const [from, to] = parseRange(r);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });

// The font MapLibre draws `cp` with: the first name of the stack with a file whose range covers it.
function drawnWith(stack: readonly string[], cp: number): string | undefined {
  return stack.find((family) => {
    const faces = FONT_FACES[family];
    return Array.isArray(faces) && faces.some((f) => covers(f['unicode-range'] ?? [], cp));
  });
}

// The file MapLibre downloads to draw `cp`: within that font, the first file whose range covers it.
function fileDrawing(stack: readonly string[], cp: number): string | undefined {
  const family = drawnWith(stack, cp);
  const faces = family === undefined ? [] : (FONT_FACES[family] as { url: string; 'unicode-range'?: string[] }[]);
  const url = faces.find((f) => covers(f['unicode-range'] ?? [], cp))?.url;
  return url === undefined ? undefined : manifest.files.find((f) => url.endsWith(`/${f.file}`))?.file;
}

const isLatinBase = (file: string): boolean => /^noto-sans-latin-base-\d+\.woff2$/.test(file);
const isLatinExt = (file: string): boolean => /^noto-sans-latin-ext-\d+\.woff2$/.test(file);

function labelTexts(story: any): { where: string; text: string; lang?: string }[] {
  const out: { where: string; text: string; lang?: string }[] = [{ where: 'meta.title', text: story.meta.title }];
  for (const key of ['places', 'actors'] as const) {
    for (const item of story[key] ?? []) {
      out.push({ where: `${key}/${item.id}.name`, text: item.name });
      for (const [lang, text] of Object.entries((item.localNames ?? {}) as Record<string, string>)) {
        out.push({ where: `${key}/${item.id}.localNames.${lang}`, text, lang });
      }
    }
  }
  return out;
}

describe('the bundled label fonts', () => {
  it('finds at least one story to check', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  it('cover every character of every title, name and local name in the bundled stories', () => {
    const covered = new Set(manifest.files.flatMap((f) => codepointsOf(f.codepoints)));
    const missing = stories.flatMap(({ file, story }) =>
      labelTexts(story).flatMap(({ where, text }) =>
        [...text].filter((ch) => !/\s/u.test(ch) && !covered.has(ch.codePointAt(0)!)).map((ch) => `${file} ${where}: ${ch}`)));
    expect(missing).toEqual([]);
  });

  it('draw every local name with a bundled font when drawn with the stack for its language', () => {
    const undrawable = stories.flatMap(({ file, story }) =>
      labelTexts(story).filter((t) => t.lang !== undefined).flatMap(({ where, text, lang }) =>
        [...text].filter((ch) => !/\s/u.test(ch) && drawnWith(localNameFont(lang!), ch.codePointAt(0)!) === undefined)
          .map((ch) => `${file} ${where}: ${ch}`)));
    expect(undrawable).toEqual([]);
  });

  it('ship every file the manifest lists, with the size it records', () => {
    for (const f of manifest.files) {
      const url = new URL(f.file, fontsDir);
      expect(existsSync(url), f.file).toBe(true);
      expect(statSync(url).size, f.file).toBe(f.bytes);
      expect(readFileSync(url).subarray(0, 4).toString('latin1'), f.file).toBe('wOF2');
    }
  });

  it('ship no font file the manifest does not list', () => {
    const listed = manifest.files.map((f) => f.file).sort();
    expect(readdirSync(fontsDir).filter((f) => f.endsWith('.woff2')).sort()).toEqual(listed);
  });

  it('declare unicode ranges that cover exactly the characters each file holds', () => {
    for (const f of manifest.files) {
      expect(codepointsIn(f.unicodeRange), f.file).toEqual(codepointsOf(f.codepoints));
    }
  });

  it('give no codepoint to two files of one family and weight', () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const f of manifest.files) {
      for (const cp of codepointsIn(f.unicodeRange)) {
        const key = `${f.family} ${f.weight} ${cp}`;
        const other = owner.get(key);
        if (other !== undefined) shared.push(`U+${cp.toString(16).toUpperCase()} in ${other} and ${f.file}`);
        owner.set(key, f.file);
      }
    }
    expect(shared).toEqual([]);
  });

  it('split each Latin weight into a base file and an extension that do not overlap', () => {
    for (const [family, weight] of [[SANS, 400], [SANS_SEMIBOLD, 600]] as const) {
      const latin = manifest.files.filter((f) => f.family === family && f.weight === weight);
      const base = latin.filter((f) => isLatinBase(f.file));
      const ext = latin.filter((f) => isLatinExt(f.file));
      expect(base.map((f) => f.file), family).toEqual([`noto-sans-latin-base-${weight}.woff2`]);
      expect(ext.map((f) => f.file), family).toEqual([`noto-sans-latin-ext-${weight}.woff2`]);
      const inBase = new Set(codepointsIn(base[0]!.unicodeRange));
      expect(codepointsIn(ext[0]!.unicodeRange).filter((cp) => inBase.has(cp)), family).toEqual([]);
    }
  });

  it('hold all of printable ASCII in each Latin base file', () => {
    const ascii = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i);
    for (const f of manifest.files.filter((x) => isLatinBase(x.file))) {
      const held = new Set(codepointsOf(f.codepoints));
      expect(ascii.filter((cp) => !held.has(cp)), f.file).toEqual([]);
    }
  });

  it('draw the ASCII of every title, name and local name from a Latin base file, never the extension', () => {
    const elsewhere = stories.flatMap(({ file, story }) =>
      labelTexts(story).flatMap(({ where, text, lang }) => {
        const stacks = lang === undefined ? [LABEL_FONT, LABEL_FONT_BOLD] : [localNameFont(lang)];
        return [...text].filter((ch) => !/\s/u.test(ch) && ch.codePointAt(0)! <= 0x7f).flatMap((ch) =>
          stacks.map((stack) => fileDrawing(stack, ch.codePointAt(0)!))
            .filter((drawn) => drawn === undefined || !isLatinBase(drawn))
            .map((drawn) => `${file} ${where}: ${ch} from ${drawn ?? 'no file'}`));
      }));
    expect(elsewhere).toEqual([]);
  });

  it('ship the OFL with the fonts and name it in the manifest', () => {
    expect(readFileSync(new URL('OFL.txt', fontsDir), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(manifest.license).toContain('SIL Open Font License 1.1');
  });
});

describe('faces.json', () => {
  it('lists the manifest\'s files with their families, weights and ranges, and nothing else', () => {
    expect(faces).toEqual(manifest.files.map(({ file, family, weight, unicodeRange }) => ({ file, family, weight, unicodeRange })));
  });
});

describe('FONT_FACES', () => {
  it('lists every manifest file under its family with the file\'s unicode range', () => {
    for (const f of manifest.files) {
      const faces = FONT_FACES[f.family];
      expect(Array.isArray(faces), f.family).toBe(true);
      const face = (faces as { url: string; 'unicode-range'?: string[] }[]).find((x) => x.url.endsWith(`/${f.file}`));
      expect(face, f.file).toBeDefined();
      expect(face!['unicode-range']).toEqual(f.unicodeRange);
    }
  });

  it('declares only the families the label stacks name', () => {
    const named = new Set([...LABEL_FONT, ...LABEL_FONT_BOLD]);
    expect(Object.keys(FONT_FACES).filter((family) => !named.has(family))).toEqual([]);
    expect(Object.values(FONT_FACES).flat().length).toBe(manifest.files.length);
  });

  it('draws Latin and Cyrillic labels with Stancemap Sans, and bold ones with its SemiBold', () => {
    for (const ch of 'Seoul Москва') {
      if (ch === ' ') continue;
      expect(drawnWith(LABEL_FONT, ch.codePointAt(0)!)).toBe(SANS);
      expect(drawnWith(LABEL_FONT_BOLD, ch.codePointAt(0)!)).toBe(SANS_SEMIBOLD);
    }
  });
});

describe('localNameFont', () => {
  it('draws 東京 with the Japanese font and 北京 with the Chinese one, though both hold 京', () => {
    expect([...'東京'].map((ch) => drawnWith(localNameFont('ja'), ch.codePointAt(0)!))).toEqual([JP, JP]);
    expect([...'北京'].map((ch) => drawnWith(localNameFont('zh'), ch.codePointAt(0)!))).toEqual([SC, SC]);
  });

  it('puts the language\'s own font first, whatever the tag\'s case or subtags', () => {
    expect(localNameFont('ko')[0]).toBe(KR);
    expect(localNameFont('zh-Hans-CN')[0]).toBe(SC);
    expect(localNameFont('JA')[0]).toBe(JP);
    expect(localNameFont('ru')).toEqual(LABEL_FONT);
    expect(localNameFont('x-unknown')).toEqual(LABEL_FONT);
  });

  it('keeps every family in every stack, so no character loses its fallback', () => {
    for (const lang of ['ko', 'zh', 'ja', 'ru']) expect([...localNameFont(lang)].sort()).toEqual([...LABEL_FONT].sort());
  });
});

describe('src/ui/fonts.css', () => {
  const css = readFileSync(new URL('../../src/ui/fonts.css', import.meta.url), 'utf8');
  const rules = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]!);

  it('declares each font file once, with its weight and unicode range, under the page\'s family names', () => {
    expect(rules.length).toBe(manifest.files.length);
    for (const f of manifest.files) {
      const rule = rules.find((r) => r.includes(`url(../assets/fonts/${f.file})`));
      expect(rule, f.file).toBeDefined();
      const family = f.family === SANS_SEMIBOLD ? SANS : f.family;
      expect(rule).toContain(`font-family: '${family}';`);
      expect(rule).toContain(`font-weight: ${f.weight};`);
      expect(rule).toContain('font-display: swap;');
      expect(rule).toContain(`unicode-range: ${f.unicodeRange.join(', ')};`);
    }
  });
});
