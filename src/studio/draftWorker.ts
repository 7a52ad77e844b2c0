import { draftStory } from '../core/draft/draftStory.ts';
import { namesIndex } from '../core/draft/placesNamed.ts';
import type { GazetteerRow } from '../core/studio/gazetteer.ts';
import type { DraftReply, DraftRequest } from './draftProtocol.ts';

// The draft is read off the page: a long article must not freeze the
// author's typing, and the author can stop it (the page ends the worker).
// The gazetteer (cached by the browser once the place search has used it)
// finds the places the text names; without it, only the capitals of the
// states it names are suggested.

let names: Promise<Map<string, GazetteerRow[]> | undefined> | undefined;

self.addEventListener('message', (e: MessageEvent<DraftRequest>) => {
  const request = e.data;
  names ??= fetch(request.gazetteerUrl)
    .then(async (response) => (response.ok ? namesIndex(((await response.json()) as { rows: GazetteerRow[] }).rows) : undefined))
    .catch(() => undefined);
  void names.then((index) => {
    try {
      const progress = (done: number, total: number): void => self.postMessage({ id: request.id, progress: done / total } satisfies DraftReply);
      self.postMessage({ id: request.id, draft: draftStory(request.text, request.published, index, progress), gazetteer: index !== undefined } satisfies DraftReply);
    } catch (err) {
      self.postMessage({ id: request.id, error: err instanceof Error ? err.message : String(err) } satisfies DraftReply);
    }
  });
});
