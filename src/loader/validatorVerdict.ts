// The validation worker's checking half, loaded while its download runs
// (validationWorker.ts).
import { type Screened, checkStoryBody, readStoryText, screenStoryText } from '../core/validation/readStoryText.ts';
import type { StoryCheck } from '../core/validation/validateStory.ts';
import type { WorkerMessage, WorkerVerdict } from './workerProtocol.ts';

const verdict = (readAt: number, check: StoryCheck | Screened): WorkerVerdict =>
  check.ok ? { kind: 'verdict', readAt, ok: true } : { kind: 'verdict', readAt, ok: false, errors: check.errors };

/** An opened file's text, checked whole. */
export function checkText(text: string, bytes: number, readAt: number): WorkerVerdict {
  return verdict(readAt, readStoryText(text, bytes));
}

/**
 * A downloaded story goes back as its text, not as objects: posting 3 MB of
 * text and parsing it again on the page costs less than cloning 30,000
 * objects. It goes as soon as it has passed the screen (size, depth), so the
 * page parses it while this checks it; the page uses it only on a yes.
 */
export function checkDownload(text: string, bytes: number, readAt: number, send: (m: WorkerMessage) => void): WorkerVerdict {
  const screened = screenStoryText(text, bytes);
  if (!screened.ok) return verdict(readAt, screened);
  send({ kind: 'text', readAt, text: screened.body });
  return verdict(readAt, checkStoryBody(screened.body));
}
