// Local names as an author types them in one line: "ko: 성주군, zh: 星州郡"
// (a language tag, a colon, the name; commas or semicolons between). Pure:
// the field shows `formatLocalNames`, and what is typed is read back here.

export function formatLocalNames(names: Readonly<Record<string, string>> | undefined): string {
  return Object.entries(names ?? {}).map(([lang, name]) => `${lang}: ${name}`).join(', ');
}

/** The names, or the parts that could not be read (each should be "language: name"). */
export function parseLocalNames(text: string): { names: Record<string, string>; unread: string[] } {
  const names: Record<string, string> = {};
  const unread: string[] = [];
  for (const part of text.split(/[,;，、]/).map((p) => p.trim()).filter((p) => p !== '')) {
    const m = /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\s*[:：=]\s*(.+)$/.exec(part);
    if (m?.[1] && m[2]) names[m[1]] = m[2].trim();
    else unread.push(part);
  }
  return { names, unread };
}
