// npm run sheets -- import DIR|FILE.zip story.json    sheets to a story file
// npm run sheets -- export story.json DIR|FILE.zip    a story file to sheets
// Problems print one per line, as "DIR/stances.csv row 14, column "to": …";
// nothing is written unless the whole input is clean. Exit 1 on problems,
// 2 on a usage mistake.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { printable } from '../core/quoted.ts';
import { storySheets } from '../core/sheets/exportSheets.ts';
import { importSheets } from '../core/sheets/importSheets.ts';
import { formatSheetProblem } from '../core/sheets/sheetProblems.ts';
import { ARTICLE_FILE, SHEETS, sheetFileName } from '../core/sheets/sheetSpecs.ts';
import { packZip } from '../core/sheets/zipFiles.ts';
import { formatError } from '../core/validation/errors.ts';
import { readStoryText } from '../core/validation/readStoryText.ts';
import { validateStory } from '../core/validation/validateStory.ts';

const USAGE = 'usage: npm run sheets -- import DIR|FILE.zip story.json\n       npm run sheets -- export story.json DIR|FILE.zip';
const TOP_ORDER = ['$schema', 'version', 'meta', 'places', 'actors', 'stances', 'events', 'areas', 'scenes'];

function fail(lines: readonly string[]): void {
  for (const line of lines) console.log(printable(line));
  process.exitCode = 1;
}

function inputFiles(from: string): { name: string; bytes: Uint8Array }[] {
  if (statSync(from).isFile()) return [{ name: basename(from), bytes: readFileSync(from) }];
  return readdirSync(from)
    .filter((name) => statSync(join(from, name)).isFile())
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(from, name)) }));
}

function runImport(from: string, to: string): void {
  const result = importSheets(inputFiles(from), validateStory);
  for (const name of result.ignored) console.error(printable(`${from}: ${name} is not a sheet; left alone`));
  if (!result.ok || !result.story) return fail(result.problems.map((p) => `${from}/${formatSheetProblem(p)}`));
  const story = result.story as unknown as Record<string, unknown>;
  const ordered = Object.fromEntries(TOP_ORDER.filter((k) => story[k] !== undefined).map((k) => [k, story[k]]));
  writeFileSync(to, `${JSON.stringify(ordered, null, 2)}\n`);
  const s = result.story;
  console.error(`${to}: ${s.places.length} places, ${s.actors.length} actors, ${s.stances.length} stances, ${s.events.length} events`);
}

function runExport(from: string, to: string): void {
  const text = readFileSync(from, 'utf8');
  const checked = readStoryText(text, statSync(from).size);
  if (!checked.ok) return fail(checked.errors.map((e) => `${from}: ${formatError(e)}`));
  const files = storySheets(checked.story);
  if (to.toLowerCase().endsWith('.zip')) {
    writeFileSync(to, packZip(files, new Date()));
  } else {
    mkdirSync(to, { recursive: true });
    // A sheet left from an earlier export (scenes the story no longer has) would come back on the next import.
    const written = new Set(files.map((f) => f.name));
    for (const name of [...SHEETS.map(sheetFileName), ARTICLE_FILE]) if (!written.has(name) && existsSync(join(to, name))) rmSync(join(to, name));
    for (const f of files) writeFileSync(join(to, f.name), f.text);
  }
  console.error(`${to}: ${files.map((f) => f.name).join(', ')}`);
}

const [command, from, to, ...rest] = process.argv.slice(2);
if ((command !== 'import' && command !== 'export') || from === undefined || to === undefined || rest.length > 0) {
  console.error(USAGE);
  process.exitCode = 2;
} else if (!existsSync(from)) {
  console.error(`${from}: not found`);
  process.exitCode = 2;
} else if (command === 'import') {
  runImport(from, to);
} else {
  runExport(from, to);
}
