// Downloads, parses and validates a story file off the main thread, so a
// large or hostile file never freezes the page, and a page busy starting its
// map does not hold up the download either. This entry is small on purpose:
// a link's download starts as soon as the worker runs, while the validator
// (zod and the cross-reference pass, most of the worker's code) loads
// alongside it instead of before it.
import { fileError } from '../core/validation/errors.ts';
import type { CheckRequest, WorkerMessage, WorkerVerdict } from './workerProtocol.ts';
import { fetchStoryText } from './fetchStory.ts';
import { requestFromName } from './workerName.ts';

// A validator that cannot load leaves the request unanswered and fails the
// worker as one that could not start, so the page checks the file itself.
const validator = import('./validatorVerdict.ts').catch((err: unknown) => {
  setTimeout(() => {
    throw err;
  });
  return new Promise<never>(() => undefined);
});
const now = (): number => performance.timeOrigin + performance.now();
const failed = (message: string): WorkerVerdict => ({ kind: 'verdict', readAt: now(), ...fileError(message) });

async function answer(request: CheckRequest, send: (m: WorkerMessage) => void): Promise<WorkerVerdict> {
  if ('text' in request) return (await validator).checkText(request.text, request.bytes, now());
  const read = await fetchStoryText(new URL(request.url));
  const readAt = now();
  if (!read.ok) return failed(read.message);
  return (await validator).checkDownload(read.text, read.bytes, readAt, send);
}

function respond(request: CheckRequest): void {
  const send = (m: WorkerMessage): void => self.postMessage(m);
  answer(request, send).then(send, (err: unknown) => send(failed(`the file could not be checked: ${err instanceof Error ? err.message : String(err)}`)));
}

// A link handed over in the worker's name is downloaded at once, without waiting for a message.
const named = requestFromName(self.name);
if (named) respond(named);
self.addEventListener('message', (e: MessageEvent<CheckRequest>) => respond(e.data));
