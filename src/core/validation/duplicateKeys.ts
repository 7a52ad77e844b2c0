import { quoted } from '../quoted.ts';
import { type ErrorSink, pathToString } from './errors.ts';

// JSON.parse keeps the last of two equal keys in one object and says nothing,
// so an author who wrote "start" twice sees one of them silently ignored.
// Only the text shows it: this reads a text JSON.parse accepted.

interface Frame {
  /** Keys seen so far, for an object; undefined for an array. */
  readonly keys: Set<string> | undefined;
  /** The current key (object) or index (array). */
  at: string | number;
}

/** The index just past the string that opens at `i` (the text is valid JSON). */
function afterString(text: string, i: number): number {
  let j = text.indexOf('"', i + 1);
  for (;;) {
    let slashes = 0;
    while (text.charCodeAt(j - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return j + 1;
    j = text.indexOf('"', j + 1);
  }
}

function report(stack: readonly Frame[], key: string, sink: ErrorSink): void {
  const path = stack.map((f) => f.at);
  path[path.length - 1] = key;
  sink.push({ path: pathToString(path), message: `duplicate key ${quoted(key)} (only its last value is read)` });
}

/** Pushes a problem for every key that appears a second time in the same object of a valid JSON text. */
export function duplicateKeys(text: string, sink: ErrorSink): void {
  const stack: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = afterString(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        if (top.keys.has(key)) report(stack, key, sink);
        else top.keys.add(key);
        top.at = key;
        expectKey = false;
      }
      i = end - 1;
    } else if (c === 0x7b) {
      stack.push({ keys: new Set(), at: '' });
      expectKey = true;
    } else if (c === 0x5b) {
      stack.push({ keys: undefined, at: 0 });
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
}
