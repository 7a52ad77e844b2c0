import DraftWorker from 'virtual:draft-worker';
import type { Draft } from '../core/draft/draftStory.ts';
import type { DraftReply, DraftRequest } from './draftProtocol.ts';

// Asks the draft worker to read the text; `stop` ends it (a new one starts with the next reading).

export interface DraftReader {
  /** `progress` hears the share read so far (0 to 1) of a long text. */
  read(text: string, published: string, progress?: (share: number) => void): Promise<{ draft: Draft; gazetteer: boolean }>;
  stop(): void;
}

export function createDraftReader(): DraftReader {
  let worker: Worker | undefined;
  let next = 0;
  let waiting: { id: number; reject: (e: Error) => void } | undefined;
  const gazetteerUrl = new URL('gazetteer/cities.json', new URL('./', window.location.href)).href;
  return {
    read(text, published, progress) {
      waiting?.reject(new Error('replaced by a new reading'));
      const w = worker ?? new DraftWorker();
      worker = w;
      const id = ++next;
      return new Promise((resolve, reject) => {
        waiting = { id, reject };
        const onMessage = (e: MessageEvent<DraftReply>): void => {
          if (e.data.id !== id) return;
          if ('progress' in e.data) return progress?.(e.data.progress);
          w.removeEventListener('message', onMessage);
          waiting = undefined;
          if ('error' in e.data) reject(new Error(e.data.error));
          else resolve({ draft: e.data.draft, gazetteer: e.data.gazetteer });
        };
        w.addEventListener('message', onMessage);
        w.postMessage({ id, text, published, gazetteerUrl } satisfies DraftRequest);
      });
    },
    stop() {
      worker?.terminate();
      worker = undefined;
      waiting?.reject(new Error('stopped'));
      waiting = undefined;
    },
  };
}
