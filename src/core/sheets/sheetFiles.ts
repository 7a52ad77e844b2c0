import { quoted } from '../quoted.ts';
import { suggest } from '../suggest.ts';
import type { SheetProblem } from './sheetProblems.ts';
import { ARTICLE_FILE, NEEDED_SHEETS, SHEETS, type SheetName, sheetFileName } from './sheetSpecs.ts';

// Which file is which sheet, by its name: "stances.csv", but also what
// spreadsheet software and browsers make of it when downloading ("My story -
// stances.csv", "stances (1).csv", "STANCES.CSV", "stances.tsv").

export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The file's size when only its first bytes were read (a file far too large is not read whole). */
  readonly size?: number;
}

export interface SortedFiles {
  readonly sheets: ReadonlyMap<SheetName, NamedBytes>;
  /** The article's text (`article.txt`), when given. */
  readonly article?: NamedBytes;
  readonly problems: readonly SheetProblem[];
  /** Files that are neither sheets nor the article (a README in the folder): named, not read. */
  readonly ignored: readonly string[];
}

export const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;

/** The sheet a file's name stands for, `article`, or what it is called otherwise (lower case, no extension). */
export function sheetOfName(name: string): { readonly sheet?: SheetName | 'article'; readonly stem: string; readonly ext: string } {
  const base = baseName(name);
  const ext = /\.([a-z0-9]+)$/i.exec(base)?.[1]?.toLowerCase() ?? '';
  let stem = base.slice(0, ext === '' ? undefined : -(ext.length + 1));
  stem = stem.split(' - ').pop() ?? stem;
  stem = stem.replace(/\s*\(\d+\)$/, '').trim().toLowerCase();
  if ((ext === 'csv' || ext === 'tsv') && (SHEETS as readonly string[]).includes(stem)) return { sheet: stem as SheetName, stem, ext };
  if (ext === 'txt' && stem === ARTICLE_FILE.replace(/\.txt$/, '')) return { sheet: 'article', stem, ext };
  return { stem, ext };
}

const isHidden = (name: string): boolean => baseName(name).startsWith('.') || /(^|[\\/])__MACOSX[\\/]/.test(name);

export function sortFiles(files: readonly NamedBytes[]): SortedFiles {
  const sheets = new Map<SheetName, NamedBytes>();
  let article: NamedBytes | undefined;
  const problems: SheetProblem[] = [];
  const ignored: string[] = [];
  const end = SHEETS.length;
  for (const f of files) {
    if (isHidden(f.name)) continue;
    const { sheet, stem, ext } = sheetOfName(f.name);
    const file = baseName(f.name);
    const earlier = sheet === 'article' ? article : sheet && sheets.get(sheet);
    if (earlier) {
      problems.push({ file, order: [end, 0, 0], message: `a second file for ${sheet === 'article' ? ARTICLE_FILE : sheetFileName(sheet as SheetName)} (the first is ${quoted(earlier.name)}): give only one` });
    } else if (sheet === 'article') {
      article = f;
    } else if (sheet) {
      sheets.set(sheet, f);
    } else if (ext === 'csv' || ext === 'tsv') {
      const meant = suggest(stem, SHEETS) as SheetName | undefined;
      problems.push({ file, order: [end, 0, 0], message: `not one of a story’s sheets (${SHEETS.map(sheetFileName).join(', ')})${meant === undefined ? '' : `: did you mean ${quoted(sheetFileName(meant))}?`}` });
    } else if (ext === 'json') {
      problems.push({ file, order: [end, 0, 0], message: 'a story file among sheets: open it on its own, or the sheets without it' });
    } else {
      ignored.push(file);
    }
  }
  for (const s of NEEDED_SHEETS) {
    if (!sheets.has(s)) problems.push({ file: sheetFileName(s), blocksChecker: true, order: [SHEETS.indexOf(s), 0, 0], message: 'missing: a story needs this sheet, even if it holds only its header row' });
  }
  return { sheets, ...(article && { article }), problems, ignored };
}
