import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// Sizes of what the build ships, raw and gzipped (zlib level 6, what most
// servers use), grouped the way the budgets are written.

export interface Size {
  readonly raw: number;
  readonly gzip: number;
}

export function sizeOf(path: string): Size {
  const body = readFileSync(path);
  return { raw: body.length, gzip: gzipSync(body, { level: 6 }).length };
}

export function add(a: Size, b: Size): Size {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

export const ZERO: Size = { raw: 0, gzip: 0 };

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export type Group = 'maplibre' | 'maplibre worker' | 'app code and styles' | 'fonts' | 'basemap' | 'story data' | 'other';

export function groupOf(file: string): Group {
  if (/maplibre-gl-worker/.test(file)) return 'maplibre worker';
  if (/maplibre/.test(file)) return 'maplibre';
  if (/\.woff2$/.test(file)) return 'fonts';
  if (/basemap-|countries-/.test(file)) return 'basemap';
  if (/\.json$/.test(file)) return 'story data';
  if (/\.(js|mjs|css)$/.test(file)) return 'app code and styles';
  return 'other';
}

export function relativeTo(root: string, path: string): string {
  return relative(root, path);
}
