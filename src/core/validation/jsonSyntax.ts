// JSON.parse's messages differ between engines ("at position 12" in Node 20,
// "(line 2 column 5)" in newer V8, nothing for a truncated file); this turns
// any of them into one sentence with the line shown.

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return { line, column };
}

function locate(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (pos) return lineAndColumn(text, Number(pos[1]));
  // Node 20: Unexpected token '<', "<!doctype "... is not valid JSON
  const token = /Unexpected token '(.)', "(?:\.\.\.)?(.*?)"(?:\.\.\.)? is not valid JSON/s.exec(message);
  if (token) {
    const snippet = token[2] ?? '';
    const at = text.indexOf(snippet);
    const inSnippet = snippet.indexOf(token[1] ?? '');
    if (at >= 0 && inSnippet >= 0) return lineAndColumn(text, at + inSnippet);
  }
  const trimmed = text.replace(/\s+$/, '');
  return lineAndColumn(trimmed, trimmed.length);
}

export function jsonSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const { line, column } = locate(text, message);
  const raw = text.split('\n')[line - 1] ?? '';
  const shown = raw.length > 120 ? `${raw.slice(Math.max(0, column - 60), column + 60)}` : raw;
  return `not valid JSON at line ${line}, column ${column}: ${shown.trim()}`;
}
