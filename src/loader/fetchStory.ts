import { LIMITS } from '../core/schema/limits.ts';
import { formatBytes } from '../core/format.ts';

// Fetching a story file with every failure turned into a sentence: refused
// redirects, timeouts, 404s, an HTML page instead of JSON, files over the size
// limit (checked from the header and again while reading, before parsing).
// Nothing here needs the page: the validation worker runs it too.

export const FETCH_TIMEOUT_MS = 15_000;

export type Failed = { readonly ok: false; readonly message: string };
export type FetchedText = { readonly ok: true; readonly text: string; readonly bytes: number } | Failed;

async function readLimited(response: Response, name: string, limit: number): Promise<FetchedText> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    return { ok: false, message: `${name} is too large (${formatBytes(declared)}, at most ${formatBytes(limit)})` };
  }
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    return { ok: true, text, bytes: text.length };
  }
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      return { ok: false, message: `${name} is too large (more than ${formatBytes(limit)})` };
    }
    chunks.push(value);
  }
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(all), bytes };
}

export async function fetchStoryText(url: URL, timeoutMs = FETCH_TIMEOUT_MS, limit: number = LIMITS.fileBytes): Promise<FetchedText> {
  const name = `the data file ${url.href}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', redirect: 'manual', cache: 'no-cache' });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      return { ok: false, message: `${name} redirects elsewhere; give the file's own address` };
    }
    if (!response.ok) return { ok: false, message: `${name} could not be loaded: the server answered ${response.status}${response.status === 404 ? ' (not found)' : ''}` };
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      return { ok: false, message: `${name} is an HTML page, not a JSON story file (is the address right?)` };
    }
    return await readLimited(response, name, limit);
  } catch (e) {
    if (controller.signal.aborted) return { ok: false, message: `${name} did not arrive within ${timeoutMs / 1000} seconds` };
    return { ok: false, message: `${name} could not be loaded: ${e instanceof Error ? e.message : String(e)} (network error)` };
  } finally {
    clearTimeout(timer);
  }
}

export async function fileText(file: File, limit: number = LIMITS.fileBytes): Promise<FetchedText> {
  if (file.size > limit) return { ok: false, message: `${file.name} is too large (${formatBytes(file.size)}, at most ${formatBytes(limit)})` };
  return { ok: true, text: await file.text(), bytes: file.size };
}
