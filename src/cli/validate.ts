// npm run validate -- FILE...   prints "FILE: path: message" per problem; exit 1 on any.
// Every line goes through printable(): what a file holds must not reach a
// terminal or a CI log as control characters.
import { readFileSync, statSync } from 'node:fs';
import { printable } from '../core/quoted.ts';
import { formatError } from '../core/validation/errors.ts';
import { readStoryText } from '../core/validation/readStoryText.ts';
import { LIMITS } from '../core/schema/limits.ts';

function validateFile(file: string): string[] {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    return [`${file}: (file): cannot read: ${(e as Error).message}`];
  }
  // Read nothing of a file we would refuse anyway.
  const text = size > LIMITS.fileBytes ? '' : readFileSync(file, 'utf8');
  const result = readStoryText(text, size);
  return result.ok ? [] : result.errors.map((e) => `${file}: ${formatError(e)}`);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- FILE...');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  const lines = validateFile(file);
  if (lines.length > 0) failed++;
  for (const line of lines) console.log(printable(line));
}
// exitCode, not exit(): exit() would cut off what is still being written to a pipe.
if (failed > 0) {
  console.error(`${failed} of ${files.length} file(s) have errors`);
  process.exitCode = 1;
} else {
  console.error(`${files.length} file(s) valid`);
}
