import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig, type Plugin } from 'vitest/config';

// Deterministic tests: dates never depend on the machine's zone.
process.env.TZ = 'UTC';

// The production page's policy: nothing inline, nothing evaluated, nothing
// from other origins. A <meta> policy cannot set frame-ancestors; hosts that
// can send headers should add it (README, "Hosting").
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

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
 * URL made from its inlined source.
 */
function maplibreWorker(single: boolean): Plugin {
  const id = 'virtual:maplibre-worker-url';
  return {
    name: 'stancemap-maplibre-worker',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => {
      if (resolved !== `\0${id}`) return undefined;
      return single
        ? "import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';\nexport default URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));"
        : "export { default } from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';";
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
      ? [maplibreWorker(true), viteSingleFile({ removeViteModuleLoader: true }), singleFileCsp()]
      : [maplibreWorker(false), publishSchema(), contentSecurityPolicy()],
    build: {
      target: 'es2022',
      outDir: single ? 'dist-single' : 'dist',
      // The single file carries every asset (story, basemap, fonts) as a data: URL.
      assetsInlineLimit: single ? Number.MAX_SAFE_INTEGER : 0,
      chunkSizeWarningLimit: single ? 6000 : 1400,
    },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    server: { host: '127.0.0.1', port: 5173 },
    test: {
      environment: 'node',
      include: ['tests/**/*.test.ts'],
    },
  };
});
