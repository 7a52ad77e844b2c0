// Text from a story file ends up in messages printed to a terminal, a CI log
// or the page. Control characters there can clear a screen, retitle a
// terminal or fake a line; bidirectional controls can reorder what a reader
// sees. So every value echoed in a message is cut short and shown with those
// characters escaped.

/** C0 and C1 controls, DEL, bidirectional controls, and the line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The text with every unprintable character written as a \u escape (four hex digits). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape);
}

/** At most `max` UTF-16 units of `text`, never ending inside a surrogate pair, with "…" when cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/** A value as it is quoted in a message: in double quotes, cut to `max` characters, escaped. */
export function quoted(value: string, max = 60): string {
  return printable(JSON.stringify(cut(value, max)));
}
