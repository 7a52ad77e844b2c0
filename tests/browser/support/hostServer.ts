// A static server for the pages that embed the map from another origin in the
// browser tests: npx tsx tests/browser/support/hostServer.ts PORT
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = new URL('../fixtures/host/', import.meta.url).pathname;
const port = Number(process.argv[2] ?? 4174);
const appPort = Number(process.argv[3] ?? 4173);
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };

createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path === '/' ? 'host.html' : path);
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  readFile(file, 'utf8').then(
    // The fixture pages name the default ports; they are rewritten to the ones this run uses.
    (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(body.replaceAll('127.0.0.1:4173', `127.0.0.1:${appPort}`).replaceAll('localhost:4174', `localhost:${port}`)),
    () => res.writeHead(404).end('not found'),
  );
}).listen(port, '127.0.0.1');
