import { printable } from '../quoted.ts';

// Where a text stops being JSON. JSON.parse's messages differ between engines
// and versions ("at position 12", "(line 2 column 5)", a quoted excerpt that
// may start with "..."), so the position is found here, by reading the text
// against JSON's grammar, and is the same in Node 20, Node 22 and browsers.

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set([...'"\\/bfnrtu'].map((c) => c.charCodeAt(0)));
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** As far as a number could go before its fault: "1." and "1e" are cut short, not finished. */
const NUMBER_START = /-?(?:0|[1-9]\d*)(?:\.\d*)?(?:[eE][+-]?\d*)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const WORDS = ['true', 'false', 'null'];

/** The end of the string that opens at `i`, just past its closing quote, or the position of its first fault as a negative number - 1. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -j - 1;
    if (c === 0x5c) {
      const e = text.charCodeAt(j + 1);
      if (!ESCAPES.has(e)) return -(j + 1) - 1;
      if (e === 0x75) {
        HEX4.lastIndex = j + 2;
        if (!HEX4.test(text)) return -(j + 2) - 1;
        j += 4;
      }
      j++;
    }
  }
  return -text.length - 1;
}

/** The end of the scalar value at `i`, or -1 when none starts there. */
function scalarEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return stringEnd(text, i);
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
    NUMBER.lastIndex = i;
    NUMBER_START.lastIndex = i;
    if (!NUMBER.test(text) || !NUMBER_START.test(text)) return -(i + 1) - 1;
    return NUMBER_START.lastIndex > NUMBER.lastIndex ? -NUMBER_START.lastIndex - 1 : NUMBER.lastIndex;
  }
  const word = WORDS.find((w) => text.startsWith(w, i));
  return word === undefined ? -i - 1 : i + word.length;
}

/** The offset of the first character that makes `text` not JSON (its length when it ends too soon), or -1 if it is JSON. */
export function syntaxErrorAt(text: string): number {
  const open: number[] = [];
  let i = 0;
  let wantValue = true;
  const skip = (): void => {
    while (i < text.length && WHITESPACE.has(text.charCodeAt(i))) i++;
  };
  // After "{" or ",": a key, then ":".
  const key = (): boolean => {
    skip();
    if (text.charCodeAt(i) !== 0x22) return false;
    const end = stringEnd(text, i);
    if (end < 0) {
      i = -end - 1;
      return false;
    }
    i = end;
    skip();
    if (text.charCodeAt(i) !== 0x3a) return false;
    i++;
    return true;
  };
  for (;;) {
    skip();
    if (i >= text.length) return open.length === 0 && !wantValue ? -1 : text.length;
    const c = text.charCodeAt(i);
    if (wantValue) {
      if (c === 0x7b || c === 0x5b) {
        open.push(c);
        i++;
        skip();
        if (text.charCodeAt(i) === c + 2) {
          open.pop();
          i++;
          wantValue = false;
        } else if (c === 0x7b && !key()) return i;
        continue;
      }
      const end = scalarEnd(text, i);
      if (end < 0) return -end - 1;
      i = end;
      wantValue = false;
      continue;
    }
    const top = open[open.length - 1];
    if (top === undefined) return i;
    if (c === 0x2c) {
      i++;
      if (top === 0x7b && !key()) return i;
      wantValue = true;
    } else if (c === top + 2) {
      open.pop();
      i++;
    } else {
      return i;
    }
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: position - lineStart + 1 };
}

/** "not valid JSON at line 2, column 5: <the line>", the line cut around the fault and shown with control characters escaped. */
export function jsonSyntaxError(text: string): string {
  const at = syntaxErrorAt(text);
  // A text that ends too soon is faulted just past its last visible character.
  const position = at < 0 || at >= text.length ? text.trimEnd().length : at;
  const { line, column } = lineAndColumn(text, position);
  const start = position - column + 1;
  const lineEnd = text.indexOf('\n', start);
  const raw = text.slice(start, lineEnd === -1 ? text.length : lineEnd);
  const shown = raw.length > 120 ? raw.slice(Math.max(0, column - 60), column + 60) : raw;
  return `not valid JSON at line ${line}, column ${column}: ${printable(shown.trim())}`;
}
