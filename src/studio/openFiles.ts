import { LIMITS } from '../core/schema/limits.ts';
import { fileText } from '../loader/fetchStory.ts';

// Reading what an author opens: a story file (JSON) or an article (.txt, or
// .html reduced to its text: parsed into an inert document, never shown as
// HTML, its scripts and styles dropped).

export async function readJsonFile(file: File): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const text = await fileText(file);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.text.replace(/^\uFEFF/, '')) as unknown };
  } catch (e) {
    return { ok: false, message: `“${file.name}” is not a story file: ${e instanceof Error ? e.message : String(e)}` };
  }
}

const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, br, tr, blockquote, article, section, header, footer';

/** The words of an HTML page, a paragraph per line: parsed without running or loading anything. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll('script, style, noscript, template, iframe, object, svg, head')) el.remove();
  for (const el of doc.querySelectorAll(BLOCKS)) el.append(doc.createTextNode('\n'));
  return (doc.body.textContent ?? '').replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

export async function readArticleFile(file: File): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  // An article far past the limit is refused here; one a little over is kept, and its field says by how much.
  const text = await fileText(file, LIMITS.sourceTextLength * 4);
  if (!text.ok) return text;
  const html = /\.html?$/i.test(file.name) || file.type === 'text/html';
  return { ok: true, text: html ? htmlToText(text.text) : text.text };
}

/** A file chooser, not in the tab order (its button is): resolves with the chosen files (none when cancelled). */
export function chooseFiles(accept: string, multiple = false): Promise<File[]> {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.multiple = multiple;
  return new Promise((resolve) => {
    input.addEventListener('change', () => resolve([...(input.files ?? [])]));
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}

export const chooseFile = (accept: string): Promise<File | undefined> => chooseFiles(accept).then((files) => files[0]);
