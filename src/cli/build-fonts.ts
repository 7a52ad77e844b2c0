// Rebuilds the bundled label fonts in src/assets/fonts/ (plus src/ui/fonts.css) from the
// fontsource packages: npx tsx src/cli/build-fonts.ts
// The sources are ~220 MB, so they are not dependencies; see INSTALL below.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SOURCES = {
  'subset-font': '2.9.0',
  '@fontsource/noto-sans': '5.3.0',
  '@fontsource/noto-sans-kr': '5.3.0',
  '@fontsource/noto-sans-sc': '5.3.0',
  '@fontsource/noto-sans-jp': '5.3.0',
} as const;
type SourcePackage = keyof typeof SOURCES;

const INSTALL = `npm i --no-save ${Object.entries(SOURCES).map(([name, version]) => `${name}@${version}`).join(' ')}`;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA_DIR = join(ROOT, 'data');
const OUT_DIR = join(ROOT, 'src/assets/fonts');
const CSS_FILE = join(ROOT, 'src/ui/fonts.css');

const SANS = 'Stancemap Sans';
const SANS_SEMIBOLD = 'Stancemap Sans SemiBold';

type Cjk = 'kr' | 'sc' | 'jp';
const CJK: Record<Cjk, { family: string; pkg: SourcePackage }> = {
  kr: { family: 'Stancemap KR', pkg: '@fontsource/noto-sans-kr' },
  sc: { family: 'Stancemap SC', pkg: '@fontsource/noto-sans-sc' },
  jp: { family: 'Stancemap JP', pkg: '@fontsource/noto-sans-jp' },
};
const CJK_ORDER: readonly Cjk[] = ['kr', 'sc', 'jp'];

// Text drawn in Latin script: English prose, typographic punctuation and the few symbols labels use.
const LATIN_RANGES = [
  'U+0020-007E', 'U+00A0-00FF', 'U+0131', 'U+0152-0153', 'U+2013-2014', 'U+2018-201A', 'U+201C-201E',
  'U+2022', 'U+2026', 'U+2032-2033', 'U+20AC', 'U+2190-2193', 'U+2212', 'U+00D7',
];
// The part of LATIN_RANGES that plain English labels draw. It gets files of its own so that a page
// drawing nothing else never downloads the accented letters and symbols.
const LATIN_BASE_RANGES = [
  'U+0020-007E', 'U+00A0', 'U+00B7', 'U+00D7', 'U+2013-2014', 'U+2018-2019', 'U+201C-201D', 'U+2022', 'U+2026',
  'U+2032-2033',
];
const CYRILLIC_RANGES = ['U+0400-045F'];

// Loosely typed on purpose: the packages are optional and ship no types.
type SubsetOptions = { targetFormat: 'woff2' | 'sfnt'; keepFeatures?: string[]; dropTables?: string[] };
type SubsetFont = (font: Buffer, text: string, options: SubsetOptions) => Promise<Buffer>;
type FontVerter = { convert: (font: Buffer, to: 'sfnt') => Promise<Buffer> };
type HbFace = { collectUnicodes(): Uint32Array };
type HbFont = {
  nominalGlyph(cp: number): number | undefined;
  glyphToPath(gid: number): string;
  glyphHAdvance(gid: number): number;
  glyphVAdvance(gid: number): number;
};
type HarfBuzz = {
  Blob: new (data: Uint8Array) => unknown;
  Face: new (blob: unknown) => HbFace;
  Font: new (face: HbFace) => HbFont;
};

type Output = {
  file: string;
  family: string;
  weight: 400 | 600;
  unicodeRange: string[];
  codepoints: string;
  source: string;
  bytes: number;
};

function fail(message: string): never {
  console.error(`build-fonts: ${message}`);
  process.exit(1);
}

async function installedVersion(name: string): Promise<string | null> {
  try {
    const pkg = JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : null;
  } catch {
    return null;
  }
}

// harfbuzzjs and fontverter are subset-font's own dependencies: resolve them from there so a
// nested install works as well as a hoisted one.
const fromSubsetFont = (): NodeJS.Require => createRequire(createRequire(join(ROOT, 'package.json')).resolve('subset-font'));

async function versionAbove(file: string, name: string): Promise<string> {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const pkgJson = join(dir, 'package.json');
    if (!existsSync(pkgJson)) continue;
    const pkg = JSON.parse(await readFile(pkgJson, 'utf8')) as { name?: unknown; version?: unknown };
    if (pkg.name === name && typeof pkg.version === 'string') return pkg.version;
  }
  return 'unknown';
}

// subset-font takes these by semver range, and they decide the output bytes.
async function toolVersions(): Promise<{ name: string; version: string }[]> {
  const tools: { name: string; version: string }[] = [{ name: 'subset-font', version: SOURCES['subset-font'] }];
  for (const name of ['harfbuzzjs', 'fontverter', 'wawoff2']) {
    tools.push({ name, version: await versionAbove(fromSubsetFont().resolve(name), name) });
  }
  return tools;
}

async function loadTools(): Promise<{ subsetFont: SubsetFont; fontverter: FontVerter; hb: HarfBuzz }> {
  const wrong: string[] = [];
  for (const [name, version] of Object.entries(SOURCES)) {
    const found = await installedVersion(name);
    if (found !== version) wrong.push(`${name}@${version} (found ${found ?? 'nothing'})`);
  }
  if (wrong.length > 0) {
    console.error(`build-fonts: missing or wrong font build packages: ${wrong.join(', ')}`);
    console.error(`Install them (they are deliberately not dependencies) with:\n  ${INSTALL}`);
    process.exit(1);
  }
  const load = async (specifier: string): Promise<Record<string, unknown>> =>
    (await import(pathToFileURL(fromSubsetFont().resolve(specifier)).href)) as Record<string, unknown>;
  const subsetFont = (await load('subset-font')).default as SubsetFont;
  const fontverter = (await load('fontverter')).default as FontVerter;
  const hb = (await load('harfbuzzjs')) as unknown as HarfBuzz;
  return { subsetFont, fontverter, hb };
}

function parseRange(entry: string): [number, number] {
  const m = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(entry.trim());
  if (!m?.[1]) throw new Error(`bad unicode-range entry: ${entry}`);
  const from = parseInt(m[1], 16);
  return [from, m[2] ? parseInt(m[2], 16) : from];
}

function expandRanges(entries: readonly string[]): number[] {
  const out = new Set<number>();
  for (const entry of entries) {
    const [from, to] = parseRange(entry);
    for (let cp = from; cp <= to; cp++) out.add(cp);
  }
  return [...out].sort((a, b) => a - b);
}

const hex = (cp: number): string => cp.toString(16).toUpperCase().padStart(4, '0');

function toRanges(codepoints: readonly number[]): string[] {
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

function scriptOf(cp: number): Cjk | null {
  if (isHangul(cp)) return 'kr';
  if (isKana(cp)) return 'jp';
  if (isOtherCjk(cp)) return 'sc';
  return null;
}

function languageOf(tag: string): Cjk | null {
  const primary = tag.toLowerCase().split('-')[0];
  if (primary === 'ko') return 'kr';
  if (primary === 'zh') return 'sc';
  if (primary === 'ja') return 'jp';
  return null;
}

const isSpace = (ch: string): boolean => /^\s$/u.test(ch);

type Needs = {
  // Every character a label draws, for the final coverage check.
  all: Set<number>;
  cjk: Record<Cjk, Set<number>>;
};

function collectNeeds(stories: readonly unknown[], sansCovers: ReadonlySet<number>): Needs {
  const needs: Needs = { all: new Set(), cjk: { kr: new Set(), sc: new Set(), jp: new Set() } };
  const addText = (text: string, lang: Cjk | null): void => {
    for (const ch of text) {
      if (isSpace(ch)) continue;
      const cp = ch.codePointAt(0) ?? 0;
      needs.all.add(cp);
      const script = scriptOf(cp);
      // A local name in a CJK language takes its punctuation from that language's font too;
      // anything the Latin and Cyrillic files draw stays with them.
      const target = script !== null ? (lang ?? script) : lang !== null && !sansCovers.has(cp) ? lang : null;
      if (target) needs.cjk[target].add(cp);
    }
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'localNames' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [tag, text] of Object.entries(value)) {
          if (typeof text === 'string') addText(text, languageOf(tag));
        }
      } else if ((key === 'name' || key === 'title' || key === 'role') && typeof value === 'string') {
        addText(value, null);
      } else {
        walk(value);
      }
    }
  };
  for (const story of stories) walk(story);
  return needs;
}

async function readStories(): Promise<unknown[]> {
  const files = (await readdir(DATA_DIR)).filter((f) => f.endsWith('.json') && f !== 'stancemap.schema.json').sort();
  const stories: unknown[] = [];
  for (const f of files) stories.push(JSON.parse(await readFile(join(DATA_DIR, f), 'utf8')));
  return stories;
}

type Slice = { file: string; codepoints: Set<number> };

// fontsource cuts each CJK font into numbered slices, each with the unicode-range it serves.
async function numberedSlices(pkg: SourcePackage): Promise<Slice[]> {
  const base = pkg.slice('@fontsource/'.length);
  const css = await readFile(join(ROOT, 'node_modules', pkg, '400.css'), 'utf8');
  const slices: Slice[] = [];
  for (const m of css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)) {
    const file = m[1] ?? '';
    if (!new RegExp(`^${base}-\\d+-400-normal\\.woff2$`).test(file)) continue;
    slices.push({ file, codepoints: new Set(expandRanges((m[2] ?? '').split(','))) });
  }
  if (slices.length === 0) fail(`no numbered slices found in ${pkg}/400.css`);
  return slices;
}

const sliceNumber = (file: string): number => Number(/-(\d+)-400-normal\.woff2$/.exec(file)?.[1] ?? NaN);

// --- Merging TrueType subsets -------------------------------------------------------------------
// hb-subset reads one font at a time, and fontsource cuts each CJK font into ~100 slices. All
// slices come from one font, so their glyphs can be pooled into one file: copy the outlines and
// metrics side by side, then let hb-subset rewrite the result so that every derived table field
// is its own work rather than ours.

type Tables = Map<string, Buffer>;

function readSfnt(font: Buffer): Tables {
  const tables: Tables = new Map();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const at = 12 + 16 * i;
    const offset = font.readUInt32BE(at + 8);
    tables.set(font.toString('latin1', at, at + 4), Buffer.from(font.subarray(offset, offset + font.readUInt32BE(at + 12))));
  }
  return tables;
}

const pad4 = (data: Buffer): Buffer => Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);

function checksum(data: Buffer): number {
  const padded = pad4(data);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function writeSfnt(tables: Tables): Buffer {
  const tags = [...tables.keys()].sort();
  let pow = 1;
  let log = 0;
  while (pow * 2 <= tags.length) {
    pow *= 2;
    log++;
  }
  const header = Buffer.alloc(12 + 16 * tags.length);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(tags.length, 4);
  header.writeUInt16BE(pow * 16, 6);
  header.writeUInt16BE(log, 8);
  header.writeUInt16BE((tags.length - pow) * 16, 10);
  tables.get('head')?.writeUInt32BE(0, 8);
  const bodies: Buffer[] = [];
  let offset = header.length;
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) ?? Buffer.alloc(0);
    const at = 12 + 16 * i;
    header.write(tag, at, 'latin1');
    header.writeUInt32BE(checksum(data), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    if (tag === 'head') headOffset = offset;
    bodies.push(pad4(data));
    offset += pad4(data).length;
  });
  const font = Buffer.concat([header, ...bodies]);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8);
  return font;
}

function table(t: Tables, tag: string): Buffer {
  const data = t.get(tag);
  if (!data) throw new Error(`font has no ${tag} table`);
  return data;
}

function glyphsOf(t: Tables): Buffer[] {
  const longLoca = table(t, 'head').readInt16BE(50) === 1;
  const loca = table(t, 'loca');
  const glyf = table(t, 'glyf');
  const at = (i: number): number => (longLoca ? loca.readUInt32BE(4 * i) : loca.readUInt16BE(2 * i) * 2);
  return Array.from({ length: table(t, 'maxp').readUInt16BE(4) }, (_, i) => glyf.subarray(at(i), at(i + 1)));
}

// hmtx and vmtx share one layout: long metrics, then bearings that reuse the last advance.
function metricsOf(mtx: Buffer, longCount: number, glyphCount: number): [number, number][] {
  return Array.from({ length: glyphCount }, (_, i): [number, number] =>
    i < longCount
      ? [mtx.readUInt16BE(4 * i), mtx.readInt16BE(4 * i + 2)]
      : [mtx.readUInt16BE(4 * (longCount - 1)), mtx.readInt16BE(4 * longCount + 2 * (i - longCount))]);
}

function writeMetrics(metrics: readonly [number, number][]): Buffer {
  const out = Buffer.alloc(4 * metrics.length);
  metrics.forEach(([advance, bearing], i) => {
    out.writeUInt16BE(advance, 4 * i);
    out.writeInt16BE(bearing, 4 * i + 2);
  });
  return out;
}

function remapComposite(glyph: Buffer, newId: (gid: number) => number): Buffer {
  if (glyph.length === 0 || glyph.readInt16BE(0) >= 0) return glyph;
  const out = Buffer.from(glyph);
  for (let p = 10; ; ) {
    const flags = out.readUInt16BE(p);
    out.writeUInt16BE(newId(out.readUInt16BE(p + 2)), p + 2);
    p += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) p += 2;
    else if (flags & 0x0040) p += 4;
    else if (flags & 0x0080) p += 8;
    if (!(flags & 0x0020)) return out;
  }
}

function cmapFormat12(map: ReadonlyMap<number, number>): Buffer {
  const entries = [...map].sort((a, b) => a[0] - b[0]);
  const out = Buffer.alloc(12 + 16 + 12 * entries.length);
  out.writeUInt16BE(0, 0);
  out.writeUInt16BE(1, 2);
  out.writeUInt16BE(3, 4);
  out.writeUInt16BE(10, 6);
  out.writeUInt32BE(12, 8);
  out.writeUInt16BE(12, 12);
  out.writeUInt32BE(16 + 12 * entries.length, 16);
  out.writeUInt32BE(entries.length, 24);
  entries.forEach(([cp, gid], i) => {
    out.writeUInt32BE(cp, 28 + 12 * i);
    out.writeUInt32BE(cp, 32 + 12 * i);
    out.writeUInt32BE(gid, 36 + 12 * i);
  });
  return out;
}

function lookupCount(layout: Buffer | undefined): number {
  if (!layout) return 0;
  const lookupList = layout.readUInt16BE(8);
  return lookupList === 0 ? 0 : layout.readUInt16BE(lookupList);
}

const MERGEABLE = new Set(['head', 'hhea', 'maxp', 'OS/2', 'hmtx', 'cmap', 'loca', 'glyf', 'post', 'name', 'vhea', 'vmtx', 'BASE', 'gasp', 'prep', 'fpgm', 'cvt ', 'STAT', 'GSUB', 'GPOS', 'GDEF']);
// Tables that do not depend on which glyphs a slice holds, so every slice must carry the same.
const SHARED = ['name', 'BASE', 'gasp', 'prep', 'fpgm', 'cvt ', 'STAT'];
// Font-wide fields, as [table, from, to] byte spans: units per em and the line metrics.
const SHARED_FIELDS: [string, number, number][] = [['head', 18, 20], ['hhea', 4, 10], ['OS/2', 68, 78], ['vhea', 4, 10]];

type Part = { tables: Tables; cmap: Map<number, number> };

// Returns the pooled font, or why the slices cannot be pooled without losing something.
function mergeParts(parts: readonly Part[]): Buffer | string {
  const first = parts[0];
  if (!first) return 'nothing to merge';
  for (const { tables } of parts) {
    const odd = [...tables.keys()].filter((tag) => !MERGEABLE.has(tag));
    if (odd.length > 0) return `tables ${odd.join(', ')} cannot be merged`;
    if (!tables.has('glyf')) return 'not TrueType outlines';
    // Layout rules would be dropped by pooling, so only rule-free subsets are pooled.
    if (lookupCount(tables.get('GSUB')) + lookupCount(tables.get('GPOS')) > 0) return 'layout rules in use';
    for (const tag of SHARED) {
      const a = first.tables.get(tag);
      const b = tables.get(tag);
      if ((a === undefined) !== (b === undefined) || (a && b && !a.equals(b))) return `slices differ in ${tag}`;
    }
    for (const [tag, from, to] of SHARED_FIELDS) {
      const a = first.tables.get(tag);
      const b = tables.get(tag);
      if ((a === undefined) !== (b === undefined) || (a && b && !a.subarray(from, to).equals(b.subarray(from, to)))) {
        return `slices differ in ${tag} metrics`;
      }
    }
  }
  const vertical = first.tables.has('vhea') && first.tables.has('vmtx');
  const glyphs: Buffer[] = [];
  const hMetrics: [number, number][] = [];
  const vMetrics: [number, number][] = [];
  const cmap = new Map<number, number>();
  parts.forEach(({ tables, cmap: partCmap }, index) => {
    const own = glyphsOf(tables);
    const h = metricsOf(table(tables, 'hmtx'), table(tables, 'hhea').readUInt16BE(34), own.length);
    const v = vertical ? metricsOf(table(tables, 'vmtx'), table(tables, 'vhea').readUInt16BE(34), own.length) : [];
    // Every slice has its own .notdef; the first one stands for all.
    const base = glyphs.length - (index === 0 ? 0 : 1);
    const newId = (gid: number): number => (gid === 0 ? 0 : base + gid);
    own.forEach((glyph, gid) => {
      if (index > 0 && gid === 0) return;
      glyphs.push(remapComposite(glyph, newId));
      hMetrics.push(h[gid] ?? [0, 0]);
      if (vertical) vMetrics.push(v[gid] ?? [0, 0]);
    });
    for (const [cp, gid] of partCmap) cmap.set(cp, newId(gid));
  });

  const offsets: number[] = [0];
  const glyf = Buffer.concat(glyphs.map((g) => {
    const padded = pad4(g);
    offsets.push((offsets.at(-1) ?? 0) + padded.length);
    return padded;
  }));
  const loca = Buffer.alloc(4 * offsets.length);
  offsets.forEach((o, i) => loca.writeUInt32BE(o, 4 * i));

  const head = Buffer.from(table(first.tables, 'head'));
  head.writeInt16BE(1, 50);
  const hhea = Buffer.from(table(first.tables, 'hhea'));
  hhea.writeUInt16BE(glyphs.length, 34);
  const maxp = Buffer.from(table(first.tables, 'maxp'));
  maxp.writeUInt16BE(glyphs.length, 4);
  // Version 1 maxp holds per-glyph maxima; the pooled glyphs are unchanged, so the maxima pool too.
  for (let at = 6; at + 2 <= maxp.length; at += 2) {
    maxp.writeUInt16BE(Math.max(...parts.map((p) => table(p.tables, 'maxp').readUInt16BE(at))), at);
  }
  const post = Buffer.from(table(first.tables, 'post').subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0);

  const out: Tables = new Map([
    ['head', head], ['hhea', hhea], ['maxp', maxp], ['hmtx', writeMetrics(hMetrics)], ['cmap', cmapFormat12(cmap)],
    ['loca', loca], ['glyf', glyf], ['post', post], ['OS/2', Buffer.from(table(first.tables, 'OS/2'))],
  ]);
  for (const tag of SHARED) {
    const data = first.tables.get(tag);
    if (data) out.set(tag, data);
  }
  if (vertical) {
    const vhea = Buffer.from(table(first.tables, 'vhea'));
    vhea.writeUInt16BE(glyphs.length, 34);
    out.set('vhea', vhea);
    out.set('vmtx', writeMetrics(vMetrics));
  }
  return writeSfnt(out);
}

// --- Build ---------------------------------------------------------------------------------------

// MapLibre rasterizes a label one grapheme at a time and never kerns or substitutes across them,
// so layout features only serve the page's own text. Kerning would be the one worth having, at
// about 1 KB per weight, which would take the Latin files past the 10 KB budget.
const SANS_FEATURES: string[] = [];

async function main(): Promise<void> {
  const { subsetFont, fontverter, hb } = await loadTools();
  const version = (pkg: SourcePackage): string => `${pkg}@${SOURCES[pkg]}`;

  // harfbuzz reads no WOFF2, so everything is unpacked to plain sfnt first.
  const fontOf = async (font: Buffer): Promise<{ face: HbFace; font: HbFont }> => {
    const face = new hb.Face(new hb.Blob(new Uint8Array(await fontverter.convert(font, 'sfnt'))));
    return { face, font: new hb.Font(face) };
  };
  const cmapOf = async (font: Buffer): Promise<Map<number, number>> => {
    const f = await fontOf(font);
    return new Map([...f.face.collectUnicodes()].map((cp) => [cp, f.font.nominalGlyph(cp) ?? 0]));
  };
  const readSource = (pkg: SourcePackage, file: string): Promise<Buffer> => readFile(join(ROOT, 'node_modules', pkg, 'files', file));

  const outputs: { meta: Output; data: Buffer }[] = [];

  // Reads the output back and checks that it maps every codepoint asked of it and draws each
  // one with the outline and advances of the fontsource file it came from.
  const emit = async (
    file: string, family: string, weight: 400 | 600, data: Buffer, pkg: SourcePackage, from: ReadonlyMap<number, string>,
  ): Promise<void> => {
    const out = await fontOf(data);
    const present = [...out.face.collectUnicodes()].sort((a, b) => a - b);
    const lost = [...from.keys()].filter((cp) => !present.includes(cp));
    if (lost.length > 0) fail(`${file} lost ${lost.map((cp) => `U+${hex(cp)}`).join(' ')} in subsetting`);
    const extra = present.filter((cp) => !from.has(cp));
    if (extra.length > 0) fail(`${file} maps ${extra.map((cp) => `U+${hex(cp)}`).join(' ')}, which nobody asked for`);
    const sources = new Map<string, HbFont>();
    for (const sourceFile of new Set(from.values())) sources.set(sourceFile, (await fontOf(await readSource(pkg, sourceFile))).font);
    for (const [cp, sourceFile] of from) {
      const src = sources.get(sourceFile);
      const a = out.font.nominalGlyph(cp);
      const b = src?.nominalGlyph(cp);
      if (!src || a === undefined || b === undefined ||
        out.font.glyphToPath(a) !== src.glyphToPath(b) ||
        out.font.glyphHAdvance(a) !== src.glyphHAdvance(b) ||
        out.font.glyphVAdvance(a) !== src.glyphVAdvance(b)) {
        fail(`${file} draws U+${hex(cp)} differently from ${sourceFile}`);
      }
    }
    outputs.push({
      meta: {
        file, family, weight,
        unicodeRange: toRanges(present),
        codepoints: String.fromCodePoint(...present),
        source: `${version(pkg)} ${[...new Set(from.values())].sort((a, b) => sliceNumber(a) - sliceNumber(b) || a.localeCompare(b)).join(' ')}`,
        bytes: data.length,
      },
      data,
    });
  };

  const latin = expandRanges(LATIN_RANGES);
  const latinBase = expandRanges(LATIN_BASE_RANGES);
  const outsideLatin = latinBase.filter((cp) => !latin.includes(cp));
  if (outsideLatin.length > 0) fail(`LATIN_BASE_RANGES reaches beyond LATIN_RANGES: ${outsideLatin.map((cp) => `U+${hex(cp)}`).join(' ')}`);
  const latinExt = latin.filter((cp) => !latinBase.includes(cp));
  const cyrillic = expandRanges(CYRILLIC_RANGES);
  // Disjoint pieces, so that each codepoint has one file in each family and the unicode-ranges
  // alone decide which file a character downloads.
  const pieces = [
    { name: 'latin-base', script: 'latin', wanted: latinBase },
    { name: 'latin-ext', script: 'latin', wanted: latinExt },
    { name: 'cyrillic', script: 'cyrillic', wanted: cyrillic },
  ] as const;
  for (const [weight, family] of [[400, SANS], [600, SANS_SEMIBOLD]] as const) {
    for (const { name, script, wanted } of pieces) {
      const pkg = '@fontsource/noto-sans';
      const sourceFile = `noto-sans-${script}-${weight}-normal.woff2`;
      const input = await readSource(pkg, sourceFile);
      const available = await cmapOf(input);
      const kept = wanted.filter((cp) => available.has(cp));
      if (kept.length === 0) fail(`${sourceFile} has none of the ${name} characters`);
      const data = await subsetFont(input, String.fromCodePoint(...kept), { targetFormat: 'woff2', keepFeatures: SANS_FEATURES });
      await emit(`noto-sans-${name}-${weight}.woff2`, family, weight, data, pkg, new Map(kept.map((cp) => [cp, sourceFile])));
    }
  }
  const sansCovers = new Set(outputs.flatMap((o) => [...o.meta.codepoints].map((ch) => ch.codePointAt(0) ?? 0)));

  const needs = collectNeeds(await readStories(), sansCovers);
  for (const lang of CJK_ORDER) {
    const wanted = [...needs.cjk[lang]].sort((a, b) => a - b);
    if (wanted.length === 0) continue;
    const { family, pkg } = CJK[lang];
    const base = pkg.slice('@fontsource/'.length);
    const slices = await numberedSlices(pkg);
    const from = new Map<number, string>();
    const unserved: number[] = [];
    for (const cp of wanted) {
      const slice = slices.find((s) => s.codepoints.has(cp));
      if (slice) from.set(cp, slice.file);
      else unserved.push(cp);
    }
    if (unserved.length > 0) {
      fail(`${pkg} has no slice for ${unserved.map((cp) => `${String.fromCodePoint(cp)} (U+${hex(cp)})`).join(', ')}`);
    }
    const files = [...new Set(from.values())].sort((a, b) => sliceNumber(a) - sliceNumber(b));
    const textOf = (sourceFile: string): string => String.fromCodePoint(...wanted.filter((cp) => from.get(cp) === sourceFile));

    const all = String.fromCodePoint(...wanted);
    const only = files[0];
    if (files.length === 1 && only) {
      const data = await subsetFont(await readSource(pkg, only), all, { targetFormat: 'woff2' });
      await emit(`${base}-400.woff2`, family, 400, data, pkg, from);
      continue;
    }
    const parts: Part[] = [];
    for (const sourceFile of files) {
      const sfnt = await subsetFont(await readSource(pkg, sourceFile), textOf(sourceFile), { targetFormat: 'sfnt' });
      parts.push({ tables: readSfnt(sfnt), cmap: await cmapOf(sfnt) });
    }
    const merged = mergeParts(parts);
    if (typeof merged !== 'string') {
      const data = await subsetFont(merged, all, { targetFormat: 'woff2' });
      await emit(`${base}-400.woff2`, family, 400, data, pkg, from);
      continue;
    }
    // One file per slice is the fallback that keeps everything hb-subset kept.
    console.warn(`build-fonts: ${pkg}: one file per slice (${merged})`);
    for (const sourceFile of files) {
      const data = await subsetFont(await readSource(pkg, sourceFile), textOf(sourceFile), { targetFormat: 'woff2' });
      const own = new Map([...from].filter(([, f]) => f === sourceFile));
      await emit(`${base}-${sliceNumber(sourceFile)}-400.woff2`, family, 400, data, pkg, own);
    }
  }

  const covered = new Set(outputs.flatMap((o) => [...o.meta.codepoints].map((ch) => ch.codePointAt(0) ?? 0)));
  const missing = [...needs.all].filter((cp) => !covered.has(cp)).sort((a, b) => a - b);
  if (missing.length > 0) {
    fail(`no bundled font covers ${missing.map((cp) => `${String.fromCodePoint(cp)} (U+${hex(cp)})`).join(', ')}`);
  }
  const names = outputs.map((o) => o.meta.file);
  if (new Set(names).size !== names.length) fail(`two outputs share a file name: ${names.join(', ')}`);

  const manifest = {
    generatedBy: 'npx tsx src/cli/build-fonts.ts',
    license:
      'Noto Sans, Noto Sans KR, Noto Sans SC and Noto Sans JP: SIL Open Font License 1.1, see OFL.txt. The files here are subsets of them.',
    sources: Object.entries(SOURCES).filter(([name]) => name.startsWith('@fontsource/')).map(([name, v]) => ({ name, version: v })),
    tools: await toolVersions(),
    files: outputs.map((o) => o.meta),
  };

  await mkdir(OUT_DIR, { recursive: true });
  await mkdir(dirname(CSS_FILE), { recursive: true });
  for (const f of await readdir(OUT_DIR)) {
    if (f.endsWith('.woff2') && !names.includes(f)) await rm(join(OUT_DIR, f));
  }
  for (const o of outputs) await writeFile(join(OUT_DIR, o.meta.file), o.data);
  await writeFile(join(OUT_DIR, 'fonts.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The app bundles what it imports whole, and it needs none of the manifest's provenance or
  // codepoint lists at run time.
  const faces = outputs.map(({ meta: { file, family, weight, unicodeRange } }) => ({ file, family, weight, unicodeRange }));
  await writeFile(join(OUT_DIR, 'faces.json'), `${JSON.stringify(faces, null, 2)}\n`);
  await writeFile(join(OUT_DIR, 'OFL.txt'), await licenseText());
  await writeFile(CSS_FILE, fontsCss(outputs.map((o) => o.meta)));

  for (const o of outputs) console.log(`${o.meta.file.padEnd(32)} ${String(o.meta.bytes).padStart(6)} B  ${o.meta.family}`);
  console.log(`total ${outputs.reduce((n, o) => n + o.meta.bytes, 0)} B in ${outputs.length} files`);
}

// The packages share the OFL text word for word and differ only in their copyright lines.
async function licenseText(): Promise<string> {
  const pkgs = Object.keys(SOURCES).filter((p) => p.startsWith('@fontsource/')) as SourcePackage[];
  const texts = await Promise.all(pkgs.map(async (p) => (await readFile(join(ROOT, 'node_modules', p, 'LICENSE'), 'utf8')).replace(/\r\n/g, '\n')));
  const splitAt = (t: string): number => t.indexOf('This Font Software is licensed');
  const body = texts[0]?.slice(splitAt(texts[0])) ?? '';
  if (!body || texts.some((t) => t.slice(splitAt(t)) !== body)) fail('the font packages no longer share one license text');
  const copyrights = pkgs.map((p, i) => `${p}@${SOURCES[p]}:\n${(texts[i] ?? '').slice(0, splitAt(texts[i] ?? '')).trim()}`);
  return `${copyrights.join('\n\n')}\n\n${body.trimEnd()}\n`;
}

function fontsCss(files: readonly Output[]): string {
  const rules = files.map((f) => {
    // The page uses one family for both weights of the Latin and Cyrillic text.
    const family = f.family === SANS_SEMIBOLD ? SANS : f.family;
    return [
      '@font-face {',
      `  font-family: '${family}';`,
      '  font-style: normal;',
      `  font-weight: ${f.weight};`,
      '  font-display: swap;',
      `  src: url(../assets/fonts/${f.file}) format('woff2');`,
      `  unicode-range: ${f.unicodeRange.join(', ')};`,
      '}',
    ].join('\n');
  });
  return `/* Generated by npx tsx src/cli/build-fonts.ts from src/assets/fonts/fonts.json; edit the script, not this file. */\n\n${rules.join('\n\n')}\n`;
}

if (!existsSync(DATA_DIR)) fail(`no data folder at ${DATA_DIR}`);
try {
  await main();
} catch (e) {
  fail(e instanceof Error ? (e.stack ?? e.message) : String(e));
}
