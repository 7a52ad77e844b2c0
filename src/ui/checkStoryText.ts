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

/** The full check of a story file's text, in a worker when the file is large. */
export function checkStoryText(text: string, bytes: number): Promise<StoryCheck> {
  if (bytes < WORKER_THRESHOLD_BYTES || typeof Worker === 'undefined') return onMainThread(text, bytes);
  return new Promise((resolve) => {
    const worker = new ValidationWorker();
    const done = (result: StoryCheck | Promise<StoryCheck>): void => {
      worker.terminate();
      resolve(result);
    };
    worker.addEventListener('message', (e: MessageEvent<StoryCheck>) => done(e.data));
    worker.addEventListener('error', () => done(onMainThread(text, bytes)));
    worker.postMessage({ text, bytes });
  });
}
