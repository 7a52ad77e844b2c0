import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

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

function contentSecurityPolicy(): Plugin {
  return {
    name: 'stancemap-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [publishSchema(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1400,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
  },
});
