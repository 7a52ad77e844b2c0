import type { Story } from '../core/schema/story.schema.ts';
import { fileError } from '../core/validation/errors.ts';
import { withoutByteOrderMark } from '../core/validation/byteOrderMark.ts';
import type { StoryCheck } from '../core/validation/validateStory.ts';
import ValidationWorker from 'virtual:validation-worker';
import { fetchStoryText } from './fetchStory.ts';
import { workerName } from './workerName.ts';
import type { CheckRequest, WorkerMessage } from './workerProtocol.ts';

// The full check of a story file someone opens or links. The validator (zod
// and the cross-reference pass) is loaded only when such a file arrives, so
// the bundled story's first load does not carry it.

/** Opened files below this are checked on the main thread (starting a worker costs more than checking them). */
export const WORKER_THRESHOLD_BYTES = 256 * 1024;

/** A story the worker found valid, from its text. */
function parsed(text: string): StoryCheck {
  return { ok: true, story: JSON.parse(withoutByteOrderMark(text)) as Story };
}

/** For the benchmark: when the text was in hand, wherever it was read. */
function markRead(at: number = performance.now()): void {
  performance.mark('stancemap:story-read', { startTime: Math.max(0, at) });
}

async function onMainThread(text: string, bytes: number): Promise<StoryCheck> {
  const { readStoryText } = await import('../core/validation/readStoryText.ts');
  return readStoryText(text, bytes);
}

async function fetchOnMainThread(url: URL): Promise<StoryCheck> {
  const read = await fetchStoryText(url);
  markRead();
  return read.ok ? onMainThread(read.text, read.bytes) : fileError(read.message);
}

export interface StoryChecker {
  /** The full check of an opened file's text, in the worker when the file is large. */
  checkText(text: string, bytes: number): Promise<StoryCheck>;
  /** Downloads a story and checks it, both in the worker, so a busy page slows neither. */
  checkUrl(url: URL): Promise<StoryCheck>;
  /** Stops the worker, used or not. */
  cancel(): void;
}

/**
 * Starts the validation worker right away, so its start-up (loading the
 * validator) overlaps whatever comes next: reading an opened file, or, for a
 * link given here, downloading it as soon as the worker runs (workerName.ts).
 */
export function startStoryChecker(link?: URL): StoryChecker {
  let worker: Worker | undefined = typeof Worker === 'undefined' ? undefined : new ValidationWorker(link && { name: workerName(link) });
  // Without a worker the check runs here; have the validator ready for it.
  if (!worker) void import('../core/validation/readStoryText.ts').catch(() => undefined);
  let running: Worker | undefined;
  const take = (): Worker | undefined => {
    const w = worker;
    worker = undefined;
    return w;
  };
  const ask = (w: Worker, request: CheckRequest, fallback: () => Promise<StoryCheck>): Promise<StoryCheck> =>
    new Promise((resolve) => {
      running = w;
      const done = (result: StoryCheck | Promise<StoryCheck>): void => {
        w.terminate();
        resolve(result);
      };
      let read = false;
      let early: StoryCheck | undefined;
      w.addEventListener('message', (e: MessageEvent<WorkerMessage>) => {
        const message = e.data;
        if ('url' in request && !read) markRead(message.readAt - performance.timeOrigin);
        read = true;
        if (message.kind === 'text') {
          try {
            early = parsed(message.text);
          } catch {
            // Left to the verdict: a no explains why, and on a yes this page checks the file itself.
          }
          return;
        }
        if (!message.ok) return done({ ok: false, errors: message.errors });
        try {
          done(early ?? ('text' in request ? parsed(request.text) : fallback()));
        } catch {
          // The worker read it as valid JSON; should this page not, it checks the file itself.
          done(fallback());
        }
      });
      // The worker could not start (or broke): do the same work here.
      w.addEventListener('error', () => done(fallback()));
      // The worker named after this link is already on it.
      if (!('url' in request && request.url === link?.href)) w.postMessage(request);
    });
  return {
    cancel: () => {
      take()?.terminate();
      running?.terminate();
    },
    checkText(text, bytes) {
      markRead();
      const w = take();
      if (!w || bytes < WORKER_THRESHOLD_BYTES) {
        w?.terminate();
        return onMainThread(text, bytes);
      }
      return ask(w, { text, bytes }, () => onMainThread(text, bytes));
    },
    checkUrl(url) {
      const w = take();
      return w ? ask(w, { url: url.href }, () => fetchOnMainThread(url)) : fetchOnMainThread(url);
    },
  };
}
