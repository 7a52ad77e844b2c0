// Rebuilds the bundled label fonts in src/assets/fonts/ (plus src/ui/fonts.css) from the
// fontsource packages: npx tsx src/cli/build-fonts.ts
// The sources are ~220 MB, so they are not dependencies; see INSTALL in fonts/tools.ts.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Part, mergeParts, readSfnt } from './fonts/sfntMerge.ts';
import { type HbFace, type HbFont, ROOT, SOURCES, type SourcePackage, type SubsetFont, fail, loadTools, toolVersions } from './fonts/tools.ts';
import { collectNeeds } from './fonts/needs.ts';
import { SANS, SANS_SEMIBOLD, fontsCss } from './fonts/css.ts';
import { type Cjk, expandRanges, hex, toRanges } from './fonts/unicode.ts';

const DATA_DIR = join(ROOT, 'data');
const OUT_DIR = join(ROOT, 'src/assets/fonts');
const CSS_FILE = join(ROOT, 'src/ui/fonts.css');


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

type Output = {
  file: string;
  family: string;
  weight: 400 | 600;
  unicodeRange: string[];
  codepoints: string;
  source: string;
  bytes: number;
};

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

// --- Build ---------------------------------------------------------------------------------------

// MapLibre rasterizes a label one grapheme at a time and never kerns or substitutes across them,
// so layout features only serve the page's own text. Kerning would be the one worth having, at
// about 1 KB per weight, which would take the Latin files past the 10 KB budget.
const SANS_FEATURES: string[] = [];

/** The subsetter, and what every output shares: the source fonts, the check of each output, the list of outputs. */
interface FontKit {
  readonly subsetFont: SubsetFont;
  readonly cmapOf: (font: Buffer) => Promise<Map<number, number>>;
  readonly readSource: (pkg: SourcePackage, file: string) => Promise<Buffer>;
  readonly emit: (file: string, family: string, weight: 400 | 600, data: Buffer, pkg: SourcePackage, from: ReadonlyMap<number, string>) => Promise<void>;
  readonly outputs: { meta: Output; data: Buffer }[];
}

async function fontKit(): Promise<FontKit> {
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

  return { subsetFont, cmapOf, readSource, emit, outputs };
}

/** Noto Sans in two weights, in disjoint Latin, Latin-extended and Cyrillic pieces. */
async function buildSans({ subsetFont, cmapOf, readSource, emit }: FontKit): Promise<void> {
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
}

/** Only the CJK characters the stories use, from the fontsource slices that hold them, merged into one file per language. */
async function buildCjk({ subsetFont, cmapOf, readSource, emit }: FontKit, needs: ReturnType<typeof collectNeeds>): Promise<void> {
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

}

async function writeOutputs(outputs: FontKit['outputs'], names: readonly string[]): Promise<void> {
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

async function main(): Promise<void> {
  const kit = await fontKit();
  const { outputs } = kit;
  await buildSans(kit);
  const sansCovers = new Set(outputs.flatMap((o) => [...o.meta.codepoints].map((ch) => ch.codePointAt(0) ?? 0)));
  const needs = collectNeeds(await readStories(), sansCovers);
  await buildCjk(kit, needs);
  const covered = new Set(outputs.flatMap((o) => [...o.meta.codepoints].map((ch) => ch.codePointAt(0) ?? 0)));
  const missing = [...needs.all].filter((cp) => !covered.has(cp)).sort((a, b) => a - b);
  if (missing.length > 0) {
    fail(`no bundled font covers ${missing.map((cp) => `${String.fromCodePoint(cp)} (U+${hex(cp)})`).join(', ')}`);
  }
  const names = outputs.map((o) => o.meta.file);
  if (new Set(names).size !== names.length) fail(`two outputs share a file name: ${names.join(', ')}`);

  await writeOutputs(outputs, names);
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

if (!existsSync(DATA_DIR)) fail(`no data folder at ${DATA_DIR}`);
try {
  await main();
} catch (e) {
  fail(e instanceof Error ? (e.stack ?? e.message) : String(e));
}
