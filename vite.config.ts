import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { compactTopology } from './src/core/basemapCompact.ts';
import { encodeTopology } from './src/core/basemapBinary.ts';
import { parseAllowedOrigins } from './src/core/dataUrl.ts';
import { defineConfig, type Plugin } from 'vitest/config';

// Deterministic tests: dates never depend on the machine's zone.
process.env.TZ = 'UTC';

// The production page's policy: nothing inline, nothing evaluated, nothing
// from other origins. A <meta> policy cannot set frame-ancestors; hosts that
// can send headers should add it (README, "Hosting").
export function contentSecurityPolicyFor(dataOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // Stories load from the app's own origin, plus the origins the build allows (VITE_STANCEMAP_DATA_ORIGINS).
    ['connect-src', "'self'", ...dataOrigins].join(' '),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const DATA_ORIGINS = parseAllowedOrigins(process.env.VITE_STANCEMAP_DATA_ORIGINS);
export const CONTENT_SECURITY_POLICY = contentSecurityPolicyFor(DATA_ORIGINS);

const CHARSET = '<meta charset="utf-8" />';
const cspMeta = (policy: string): string => `${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`;

function contentSecurityPolicy(): Plugin {
  return {
    name: 'stancemap-csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => html.replace(CHARSET, cspMeta(CONTENT_SECURITY_POLICY)) },
  };
}

/**
 * MapLibre is imported on demand (the speaker-notes window and the SVG
 * fallback never need it), yet nearly every page does: its download starts
 * with the page's instead of after the app's code has run.
 */
function preloadMap(): Plugin {
  return {
    name: 'stancemap-preload-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = new Map(Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
        const entry = [...chunks.values()].find((c) => c.name === 'mapModule');
        // The bench's bare page imports MapLibre statically: nothing to add.
        if (!entry) return [];
        const wanted = new Set<string>();
        const visit = (file: string): void => {
          if (wanted.has(file)) return;
          wanted.add(file);
          for (const dep of chunks.get(file)?.imports ?? []) if (!chunks.get(dep)?.isEntry) visit(dep);
        };
        visit(entry.fileName);
        return [...wanted].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * The single file inlines its script and styles, so its policy allows exactly
 * those by hash (still no 'unsafe-inline', no 'unsafe-eval'), and data: and
 * blob: URLs for the inlined story, basemap, fonts and MapLibre worker.
 */
function singleFileCsp(): Plugin {
  const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  return {
    name: 'stancemap-single-csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
        const scripts = [...html.source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1] ?? ''));
        const styles = [...html.source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1] ?? ''));
        const policy = [
          "default-src 'none'",
          `script-src ${scripts.join(' ')}`,
          `style-src ${styles.join(' ')}`,
          'img-src data: blob:',
          'font-src data:',
          'connect-src data: blob:',
          // From file:// (an opaque origin) MapLibre starts its worker from a data: URL, elsewhere from blob:.
          'worker-src blob: data:',
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'none'",
        ].join('; ');
        html.source = html.source.replace(CHARSET, cspMeta(policy)).replace(/<link rel="icon"[^>]*>/, '<link rel="icon" href="data:," />');
      },
    },
  };
}

/**
 * MapLibre 6 builds its worker URL from import.meta.url, which Vite does not
 * follow: the worker is our own asset instead, or, in the single file, a Blob
 * URL made from its inlined source. The same switch serves our own worker.
 */
function workers(single: boolean): Plugin {
  const modules: Record<string, string> = {
    'virtual:maplibre-worker-url': single
      ? "import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';\nexport default URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));"
      : "export { default } from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';",
    // Our own story-validation worker: a file of its own, or inlined into the single file.
    // By file path, not from the root: the benchmark builds pages with roots of their own.
    'virtual:validation-worker': `export { default } from '${fileURLToPath(new URL('./src/loader/validationWorker.ts', import.meta.url))}?worker${single ? '&inline' : ''}';`,
    // The studio, but not in the offline file (a briefing's, with no place list to fetch): there it says so.
    'virtual:studio': single
      ? "export async function startStudio() { throw new Error('The story studio is not part of the offline file: open ?mode=edit on the hosted app.'); }"
      : `export { startStudio } from '${fileURLToPath(new URL('./src/studio/studioMain.ts', import.meta.url))}';`,
    // The studio's place search: indexing 25,000 places is off the page (studio/gazetteerWorker.ts).
    'virtual:gazetteer-worker': `export { default } from '${fileURLToPath(new URL('./src/studio/gazetteerWorker.ts', import.meta.url))}?worker${single ? '&inline' : ''}';`,
    // The studio's suggestions from the text, read off the page (studio/draftWorker.ts).
    'virtual:draft-worker': `export { default } from '${fileURLToPath(new URL('./src/studio/draftWorker.ts', import.meta.url))}?worker${single ? '&inline' : ''}';`,
  };
  return {
    name: 'stancemap-workers',
    resolveId: (source) => (source in modules ? `\0${source}` : undefined),
    load: (resolved) => (resolved.startsWith('\0') ? modules[resolved.slice(1)] : undefined),
  };
}

/**
 * Natural Earth as the app ships it: world-atlas re-quantized and stripped
 * (src/core/basemapCompact.ts) and written as bytes (src/core/basemapBinary.ts),
 * once per build into a cache folder, and imported from there with ?url like
 * any other asset.
 */
function basemaps(): Plugin {
  const id = 'virtual:basemap';
  const cache = new URL('./node_modules/.cache/stancemap/', import.meta.url).pathname;
  const sources = [
    { name: 'basemap-110m.bin', from: 'node_modules/world-atlas/countries-110m.json', grid: 1e4 },
    { name: 'basemap-50m.bin', from: 'node_modules/world-atlas/countries-50m.json', grid: 3e4 },
  ];
  let written = false;
  const write = (): void => {
    if (written) return;
    mkdirSync(cache, { recursive: true });
    for (const s of sources) {
      const topology = JSON.parse(readFileSync(new URL(`./${s.from}`, import.meta.url), 'utf8')) as Parameters<typeof compactTopology>[0];
      writeFileSync(`${cache}${s.name}`, encodeTopology(compactTopology(topology, s.grid)));
    }
    written = true;
  };
  return {
    name: 'stancemap-basemaps',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      write();
      return `export { default as coarseUrl } from '${cache}basemap-110m.bin?url';\nexport { default as fineUrl } from '${cache}basemap-50m.bin?url';`;
    },
  };
}

// Publishes the story JSON Schema next to the app so hosted story files can
// reference it with "$schema".
function publishSchema(): Plugin {
  return {
    name: 'stancemap-publish-schema',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'stancemap.schema.json',
        source: readFileSync(new URL('./data/stancemap.schema.json', import.meta.url), 'utf8'),
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    publicDir: single ? false : 'public',
    plugins: single
      ? [workers(true), basemaps(), viteSingleFile({ removeViteModuleLoader: true }), singleFileCsp()]
      : [workers(false), basemaps(), publishSchema(), preloadMap(), contentSecurityPolicy()],
    worker: {
      format: 'es' as const,
      // The validation worker loads its validator with import() (validationWorker.ts); an
      // inlined worker runs from a blob: URL, where a second file could not be found.
      ...(single ? { rolldownOptions: { output: { codeSplitting: false } } } : {}),
    },
    build: {
      target: 'es2022',
      outDir: single ? 'dist-single' : 'dist',
      // The single file carries every asset (story, basemap, fonts) as a data: URL.
      assetsInlineLimit: single ? Number.MAX_SAFE_INTEGER : 0,
      chunkSizeWarningLimit: single ? 6000 : 1400,
      // MapLibre's code in a chunk of its own: it changes less often than the app, so it stays
      // cached. Its stylesheet is not in the group: it goes with the app's, first (main.ts).
      ...(single ? {} : { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ }] } } } }),
    },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    server: { host: '127.0.0.1', port: 5173 },
    test: {
      environment: 'node',
      include: ['tests/**/*.test.ts'],
    },
  };
});
