// The font build's tools: optional packages (about 220 MB, deliberately not dependencies),
// checked for the exact versions that decide the output bytes, and loaded by path.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const SOURCES = {
  'subset-font': '2.9.0',
  '@fontsource/noto-sans': '5.3.0',
  '@fontsource/noto-sans-kr': '5.3.0',
  '@fontsource/noto-sans-sc': '5.3.0',
  '@fontsource/noto-sans-jp': '5.3.0',
} as const;
export type SourcePackage = keyof typeof SOURCES;

export const INSTALL = `npm i --no-save ${Object.entries(SOURCES).map(([name, version]) => `${name}@${version}`).join(' ')}`;

// Loosely typed on purpose: the packages are optional and ship no types.
export type SubsetOptions = { targetFormat: 'woff2' | 'sfnt'; keepFeatures?: string[]; dropTables?: string[] };
export type SubsetFont = (font: Buffer, text: string, options: SubsetOptions) => Promise<Buffer>;
export type FontVerter = { convert: (font: Buffer, to: 'sfnt') => Promise<Buffer> };
export type HbFace = { collectUnicodes(): Uint32Array };
export type HbFont = {
  nominalGlyph(cp: number): number | undefined;
  glyphToPath(gid: number): string;
  glyphHAdvance(gid: number): number;
  glyphVAdvance(gid: number): number;
};
export type HarfBuzz = {
  Blob: new (data: Uint8Array) => unknown;
  Face: new (blob: unknown) => HbFace;
  Font: new (face: HbFace) => HbFont;
};

export function fail(message: string): never {
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
export async function toolVersions(): Promise<{ name: string; version: string }[]> {
  const tools: { name: string; version: string }[] = [{ name: 'subset-font', version: SOURCES['subset-font'] }];
  for (const name of ['harfbuzzjs', 'fontverter', 'wawoff2']) {
    tools.push({ name, version: await versionAbove(fromSubsetFont().resolve(name), name) });
  }
  return tools;
}

export async function loadTools(): Promise<{ subsetFont: SubsetFont; fontverter: FontVerter; hb: HarfBuzz }> {
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
