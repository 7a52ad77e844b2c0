/**
 * The JSON text of a file. Editors on Windows write a byte order mark, which
 * is not part of the JSON. A module of its own so the page can use it without
 * loading the validator.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
