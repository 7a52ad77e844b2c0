import type { CheckRequest } from './workerProtocol.ts';

// A link known when the validation worker is created goes to it in its name,
// which the worker can read as soon as it runs. A message would wait until the
// page had delivered it, and the page is busy starting the map just then.

export function workerName(url: URL): string {
  return JSON.stringify({ url: url.href } satisfies CheckRequest);
}

/** The request a worker's name carries, if any (an unnamed worker has the name ""). */
export function requestFromName(name: string): CheckRequest | undefined {
  try {
    const value = JSON.parse(name) as unknown;
    const url = typeof value === 'object' && value !== null ? (value as { url?: unknown }).url : undefined;
    return typeof url === 'string' ? { url } : undefined;
  } catch {
    return undefined;
  }
}
