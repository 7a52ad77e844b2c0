import { cut, printable, quoted } from '../quoted.ts';

export interface ValidationError {
  /** JSON path in the file, e.g. "stances[3].from"; "(file)" for the file as a whole. */
  readonly path: string;
  readonly message: string;
  /** Set on the last entry of a list cut short: how many problems were found but not listed. */
  readonly more?: number;
}

/** A failure of the file as a whole (cannot be read, too large, not JSON): one error at "(file)". */
export function fileError(message: string): { readonly ok: false; readonly errors: readonly ValidationError[] } {
  return { ok: false, errors: [{ path: '(file)', message }] };
}

/**
 * A check that fails in a way nobody foresaw still ends in an answer the
 * reader sees (and the map they had stays), never in a silent exception.
 */
export function unexpectedFailure(e: unknown): { readonly ok: false; readonly errors: readonly ValidationError[] } {
  const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return fileError(`the file could not be checked (${printable(cut(reason, 200))})`);
}

export type Path = readonly (string | number)[];

/** Where a check puts what it finds: an array, or a list that keeps only the first few (problems.ts). */
export interface ErrorSink<T = ValidationError> {
  push(error: T): void;
  /** True once what is pushed is only counted, not listed: its message need not be worked out in full. */
  readonly full?: boolean;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function pathToString(path: Path): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${quoted(seg)}]`;
  }
  return out;
}

export function formatError(e: ValidationError): string {
  return `${e.path}: ${e.message}`;
}

/** Reads the value at a path of an untrusted JSON value, without touching prototypes. */
export function valueAt(root: unknown, path: Path): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number') return Number.isFinite(v) ? `number ${v}` : `${v}`;
  if (typeof v === 'string') return `string ${quoted(v, 40)}`;
  if (typeof v === 'object') return 'an object';
  return typeof v;
}
