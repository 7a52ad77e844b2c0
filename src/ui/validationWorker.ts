// Downloads, parses and validates a story file off the main thread, so a
// large or hostile file never freezes the page, and a page busy starting its
// map does not hold up the download either.
import { fileError } from '../core/validation/errors.ts';
import { type Screened, checkStoryBody, readStoryText, screenStoryText } from '../core/validation/readStoryText.ts';
import type { StoryCheck } from '../core/validation/validateStory.ts';
import { fetchStoryText } from './fetchStory.ts';
import { requestFromName } from './workerName.ts';
import type { CheckRequest, WorkerMessage } from './checkStoryText.ts';

type Verdict = Extract<WorkerMessage, { kind: 'verdict' }>;

const now = (): number => performance.timeOrigin + performance.now();
const failed = (message: string): Verdict => ({ kind: 'verdict', readAt: now(), ...fileError(message) });
const verdict = (readAt: number, check: StoryCheck | Screened): Verdict =>
  check.ok ? { kind: 'verdict', readAt, ok: true } : { kind: 'verdict', readAt, ok: false, errors: check.errors };

// A downloaded story goes back as its text, not as objects: posting 3 MB of
// text and parsing it again on the page costs less than cloning 30,000
// objects. It goes as soon as it has passed the screen (size, depth), so the
// page parses it while this checks it; the page uses it only on a yes.
async function answer(request: CheckRequest, send: (m: WorkerMessage) => void): Promise<Verdict> {
  if ('text' in request) return verdict(now(), readStoryText(request.text, request.bytes));
  const read = await fetchStoryText(new URL(request.url));
  const readAt = now();
  if (!read.ok) return failed(read.message);
  const screened = screenStoryText(read.text, read.bytes);
  if (!screened.ok) return verdict(readAt, screened);
  send({ kind: 'text', readAt, text: screened.body });
  return verdict(readAt, checkStoryBody(screened.body));
}

function respond(request: CheckRequest): void {
  const send = (m: WorkerMessage): void => self.postMessage(m);
  answer(request, send).then(send, (err: unknown) => send(failed(`the file could not be checked: ${err instanceof Error ? err.message : String(err)}`)));
}

// A link handed over in the worker's name is downloaded at once, without waiting for a message.
const named = requestFromName(self.name);
if (named) respond(named);
self.addEventListener('message', (e: MessageEvent<CheckRequest>) => respond(e.data));
