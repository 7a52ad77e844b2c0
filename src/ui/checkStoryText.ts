import type { StoryCheck } from '../core/validation/validateStory.ts';
import { readStoryText } from '../core/validation/readStoryText.ts';
import ValidationWorker from 'virtual:validation-worker';

/** Files below this are read on the main thread (starting a worker costs more than reading them). */
export const WORKER_THRESHOLD_BYTES = 256 * 1024;

/** The full check of a story file's text, in a worker when the file is large. */
export function checkStoryText(text: string, bytes: number): Promise<StoryCheck> {
  if (bytes < WORKER_THRESHOLD_BYTES || typeof Worker === 'undefined') return Promise.resolve(readStoryText(text, bytes));
  return new Promise((resolve) => {
    const worker = new ValidationWorker();
    const done = (result: StoryCheck): void => {
      worker.terminate();
      resolve(result);
    };
    worker.addEventListener('message', (e: MessageEvent<StoryCheck>) => done(e.data));
    worker.addEventListener('error', () => done(readStoryText(text, bytes)));
    worker.postMessage({ text, bytes });
  });
}
