import Papa from 'papaparse';

// From a file's bytes to rows of cells. Papa Parse does the reading (quoted
// fields, commas and line breaks inside them, unclosed quotes reported by
// row); this decides the text encoding, the delimiter, and what is not a CSV
// at all, so that a workbook saved under a .csv name gets one clear message
// instead of a page of nonsense columns.

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const SAVE_AS = 'save each sheet as “CSV UTF-8”';

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** What a file that is not text is, from its first bytes; undefined for text. */
function notText(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    if (head.includes('xl/')) return `an Excel workbook, not CSV: ${SAVE_AS}`;
    if (head.includes('opendocument.spreadsheet')) return `an OpenDocument spreadsheet, not CSV: ${SAVE_AS}`;
    return 'a zip archive, not CSV';
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return `an old Excel workbook (.xls), not CSV: ${SAVE_AS}`;
  if (head.startsWith('%PDF')) return 'a PDF, not CSV';
  if (head.includes('\u0000')) return 'not a text file';
  return undefined;
}

/**
 * The file's text: UTF-8 with or without its byte order mark, or UTF-16 with
 * one (Excel's “Unicode text”). `sniff` also refuses text that is plainly a
 * web page or JSON, which no sheet starts with (an article may).
 */
export function decodeSheet(bytes: Uint8Array, sniff = true): Decoded {
  if (startsWith(bytes, 0xff, 0xfe)) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (startsWith(bytes, 0xfe, 0xff)) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const what = notText(bytes);
  if (what !== undefined) return { ok: false, message: what };
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return { ok: false, message: `not UTF-8 text (its names would come out garbled): ${SAVE_AS}` };
  }
  const start = sniff ? text.trimStart() : '';
  if (start.startsWith('<')) return { ok: false, message: 'a web page, not CSV' };
  if (start.startsWith('{')) return { ok: false, message: 'JSON, not CSV (a story file opens on its own, not among sheets)' };
  return { ok: true, text };
}

export interface ParsedCsv {
  readonly rows: readonly (readonly string[])[];
  /** True when the text holds more rows than `maxRows` and the rest was not read. */
  readonly cut: boolean;
  readonly delimiter: string;
  /** Problems of the text itself, by row (1 is the header row). */
  readonly problems: readonly { readonly row: number; readonly message: string }[];
}

/** The header row's first line, without what is inside quotes. */
function firstLine(text: string): string {
  let out = '';
  let inQuotes = false;
  for (const c of text) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes) out += c;
  }
  return out;
}

/**
 * The delimiter is what separates the header's names: a comma, or the
 * semicolon that spreadsheet software writes where a comma is the decimal
 * mark, or a tab.
 */
export function detectDelimiter(text: string): string {
  const line = firstLine(text);
  const count = (d: string): number => line.split(d).length - 1;
  const ranked = [',', ';', '\t'].map((d) => ({ d, n: count(d) })).sort((a, b) => b.n - a.n);
  return ranked[0] !== undefined && ranked[0].n > 0 ? ranked[0].d : ',';
}

const QUOTE_PROBLEMS: Readonly<Record<string, string>> = {
  MissingQuotes: 'a value opened with " is never closed, so the rest of the file was read as one cell',
  InvalidQuotes: 'a value in quotes goes on after its closing " (a " inside a value is written "")',
};

/** `maxRows` bounds the work a file of nothing but line breaks could make (10 MB of them is ten million rows). */
export function parseCsv(text: string, maxRows = Infinity): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const preview = Number.isFinite(maxRows) ? maxRows + 1 : 0;
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, preview });
  const problems = result.errors.flatMap((e) => {
    const message = QUOTE_PROBLEMS[e.code];
    return message === undefined ? [] : [{ row: (e.row ?? result.data.length - 1) + 1, message }];
  });
  const cut = preview > 0 && result.data.length > maxRows;
  return { rows: cut ? result.data.slice(0, maxRows) : result.data, cut, delimiter, problems };
}
