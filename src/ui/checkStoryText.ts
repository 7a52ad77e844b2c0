import type { StoryCheck } from '../core/validation/validateStory.ts';
import ValidationWorker from 'virtual:validation-worker';

// The full check of a story file someone opens. The validator (zod and the
// cross-reference pass) is loaded only when such a file arrives, so the
// bundled story's first load does not carry it.

/** Files below this are read on the main thread (starting a worker costs more than reading them). */
export const WORKER_THRESHOLD_BYTES = 256 * 1024;

async function onMainThread(text: string, bytes: number): Promise<StoryCheck> {
  const { readStoryText } = await import('../core/validation/readStoryText.ts');
  return readStoryText(text, bytes);
}

export interface StoryChecker {
  /** The full check of a story file's text, in the worker when the file is large. */
  check(text: string, bytes: number): Promise<StoryCheck>;
  /** Stops the worker unused (the file could not be read). */
  cancel(): void;
}

/**
 * Starts the validation worker right away, so its start-up (loading the
 * validator) runs while the file is still downloading: for the benchmark's
 * 10,000-stance file the worker otherwise started only after the download.
 */
export function startStoryChecker(): StoryChecker {
  // A small file is checked here instead; have the validator ready for it too.
  void import('../core/validation/readStoryText.ts').catch(() => undefined);
  let worker: Worker | undefined = typeof Worker === 'undefined' ? undefined : new ValidationWorker();
  const take = (): Worker | undefined => {
    const w = worker;
    worker = undefined;
    return w;
  };
  return {
    cancel: () => take()?.terminate(),
    check(text, bytes) {
      const w = take();
      if (!w || bytes < WORKER_THRESHOLD_BYTES) {
        w?.terminate();
        return onMainThread(text, bytes);
      }
      return new Promise((resolve) => {
        const done = (result: StoryCheck | Promise<StoryCheck>): void => {
          w.terminate();
          resolve(result);
        };
        w.addEventListener('message', (e: MessageEvent<StoryCheck>) => done(e.data));
        w.addEventListener('error', () => done(onMainThread(text, bytes)));
        w.postMessage({ text, bytes });
      });
    },
  };
}
