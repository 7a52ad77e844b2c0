// Downloads, parses and validates a story file off the main thread, so a
// large or hostile file never freezes the page, and a page busy starting its
// map does not hold up the download either.
import { fileError } from '../core/validation/errors.ts';
import { readStoryText } from '../core/validation/readStoryText.ts';
import { fetchStoryText } from './fetchStory.ts';
import type { CheckRequest, WorkerAnswer } from './checkStoryText.ts';

const now = (): number => performance.timeOrigin + performance.now();
const failed = (message: string): WorkerAnswer => ({ readAt: now(), ...fileError(message) });

// A valid story goes back as its text, not as objects: posting 3 MB of text
// and parsing it again on the page costs less than cloning 30,000 objects.
async function answer(request: CheckRequest): Promise<WorkerAnswer> {
  if ('text' in request) {
    const check = readStoryText(request.text, request.bytes);
    return check.ok ? { readAt: now(), ok: true } : { readAt: now(), ok: false, errors: check.errors };
  }
  const read = await fetchStoryText(new URL(request.url));
  const readAt = now();
  if (!read.ok) return failed(read.message);
  const check = readStoryText(read.text, read.bytes);
  return check.ok ? { readAt, ok: true, text: read.text } : { readAt, ok: false, errors: check.errors };
}

self.addEventListener('message', (e: MessageEvent<CheckRequest>) => {
  answer(e.data).then(
    (a) => self.postMessage(a),
    (err: unknown) => self.postMessage(failed(`the file could not be checked: ${err instanceof Error ? err.message : String(err)}`)),
  );
});
