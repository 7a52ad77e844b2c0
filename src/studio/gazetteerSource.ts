import GazetteerWorker from 'virtual:gazetteer-worker';
import type { GazetteerPlace } from '../core/studio/gazetteer.ts';
import type { GazetteerReply, GazetteerRequest } from './gazetteerProtocol.ts';

// The place list (public/gazetteer/cities.json, 1.5 MB gzip) is fetched and
// indexed in a worker the first time an author searches, never before; each
// search is a message to it, so typing never waits for it.

export interface Found {
  readonly places: readonly GazetteerPlace[];
  readonly attribution: string;
}

export interface GazetteerSearch {
  search(query: string, limit: number): Promise<Found>;
}

export function createGazetteerSearch(): GazetteerSearch {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (f: Found) => void; reject: (e: Error) => void }>();
  const start = (): Worker => {
    const w = new GazetteerWorker();
    w.addEventListener('message', (e: MessageEvent<GazetteerReply>) => {
      const reply = e.data;
      const asked = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) asked?.reject(new Error(reply.error));
      else asked?.resolve(reply);
    });
    return w;
  };
  const url = new URL('gazetteer/cities.json', new URL('./', window.location.href)).href;
  return {
    search(query, limit) {
      worker ??= start();
      const id = ++next;
      const request: GazetteerRequest = { id, url, query, limit };
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker?.postMessage(request);
      });
    },
  };
}
