import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

const THAAD_SHEETS = new URL('../../../data/thaad-2017-sheets/', import.meta.url);

/** The THAAD story's sheets, as text. */
export function thaadSheets(): { name: string; text: string }[] {
  return readdirSync(THAAD_SHEETS).map((name) => ({ name, text: readFileSync(new URL(name, THAAD_SHEETS), 'utf8') }));
}

/** Drops files on an element as a file manager would. */
export async function dropFiles(page: Page, selector: string, files: readonly { name: string; text: string }[]): Promise<void> {
  const data = await page.evaluateHandle((given) => {
    const dt = new DataTransfer();
    for (const f of given) dt.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    return dt;
  }, files);
  await page.dispatchEvent(selector, 'drop', { dataTransfer: data });
}
