// Parses and validates a story file off the main thread, so a large or
// hostile file never freezes the page.
import { readStoryText } from '../core/validation/readStoryText.ts';

self.addEventListener('message', (e: MessageEvent<{ text: string; bytes: number }>) => {
  self.postMessage(readStoryText(e.data.text, e.data.bytes));
});
