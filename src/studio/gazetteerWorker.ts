import { type Gazetteer, type GazetteerRow, createGazetteer } from '../core/studio/gazetteer.ts';
import type { GazetteerReply, GazetteerRequest } from './gazetteerProtocol.ts';

// The gazetteer, fetched, indexed and searched off the page: indexing 25,000
// places takes over a second, which on the page would freeze the author's
// typing. (MiniSearch can load a prebuilt index instead, but measured here it
// loads slower than it builds: 2.4 s against 1.3 s, from a 5 MB file.)

let ready: Promise<{ gazetteer: Gazetteer; attribution: string }> | undefined;

self.addEventListener('message', (e: MessageEvent<GazetteerRequest>) => {
  const request = e.data;
  ready ??= fetch(request.url).then(async (response) => {
    if (!response.ok) throw new Error(`the place list did not load (HTTP ${response.status})`);
    const file = await response.json() as { attribution: string; rows: GazetteerRow[] };
    return { gazetteer: createGazetteer(file.rows), attribution: file.attribution };
  });
  ready.then(
    ({ gazetteer, attribution }) => self.postMessage({ id: request.id, places: gazetteer.search(request.query, request.limit), attribution } satisfies GazetteerReply),
    (err: unknown) => {
      ready = undefined;
      self.postMessage({ id: request.id, error: err instanceof Error ? err.message : String(err) } satisfies GazetteerReply);
    },
  );
});
