import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForReady } from './support/fixtures.ts';
import type { StancemapWindow } from './support/handle.ts';
import { dropFiles, thaadSheets } from './support/dropFiles.ts';
import { importSheets } from '../../src/core/sheets/importSheets.ts';
import { validateStory } from '../../src/core/validation/validateStory.ts';

// The story studio as a new author meets it: the THAAD article pasted, a
// stance made from its words, places found in the gazetteer, and nothing lost
// to a reload. Each test is one page session that checks several things.

const ARTICLE = readFileSync(new URL('../fixtures/thaad-article.txt', import.meta.url), 'utf8');
const SENTENCE = 'Beijing has repeatedly urged Seoul and Washington to abandon their plans to deploy the THAAD system';

async function openStudio(page: Page): Promise<void> {
  await page.goto('./?mode=edit');
  await waitForReady(page);
}

/** Selects `words` in the source text, as a mouse drag or Shift+arrows would. */
async function selectInSource(page: Page, words: string): Promise<void> {
  await page.getByLabel('Source text').evaluate((el: HTMLTextAreaElement, w) => {
    const at = el.value.indexOf(w);
    el.focus();
    el.setSelectionRange(at, at + w.length);
    el.dispatchEvent(new Event('select'));
  }, words);
}

async function addPlace(page: Page, query: string, result: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Places', exact: true }).click();
  await page.getByLabel('Find a place').fill(query);
  await page.getByRole('button', { name: result }).first().click();
}

async function addActor(form: Locator, name: string, kind: string, place: string): Promise<void> {
  if (!await form.getByLabel('New actor’s name').isVisible()) await form.getByText('New actor…').click();
  await form.getByLabel('New actor’s name').fill(name);
  await form.getByLabel('Kind').selectOption(kind);
  await form.getByLabel('Drawn at').selectOption({ label: place });
  await form.getByRole('button', { name: 'Add actor' }).click();
}

async function downloadStory(page: Page): Promise<{ text: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download', exact: true }).click()]);
  const path = await download.path();
  return { text: readFileSync(path, 'utf8'), path };
}

test('a new author makes “China opposes THAAD” from the article, and keeps it through a reload, undo, redo and a download', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByLabel('Article title').fill('China, Russia Join Forces To Fight Against U.S. THAAD Missile Plans');
  await page.getByLabel('Publisher').fill('The Inquisitr');
  await page.getByLabel('Published').fill('2017-03-01');
  await page.getByLabel('Source text').fill(ARTICLE);

  await selectInSource(page, SENTENCE);
  await page.getByRole('button', { name: 'New stance' }).click();
  const form = page.locator('form.item-form');
  await expect(form.getByLabel('Quote')).toHaveValue(SENTENCE);
  // The quote's words are highlighted in the source.
  await expect(page.locator('.source__quote.is-selected')).toHaveText(SENTENCE);

  await addPlace(page, 'Beijing', /^Beijing, CN · capital/);
  await addPlace(page, 'Seongju', /^Seongju, KR/);
  await page.getByRole('button', { name: 'Stances and events' }).click();
  await addActor(form, 'China', 'state', 'Beijing');
  await addActor(form, 'THAAD', 'weapon', 'Seongju');
  await form.getByLabel('Who', { exact: true }).selectOption({ label: 'China' });
  await form.getByLabel(/^opposes/).check();
  await form.getByLabel('To whom').selectOption({ label: 'THAAD' });
  await page.getByRole('button', { name: 'Story', exact: true }).click();
  await page.getByLabel('Title', { exact: true }).fill('China against THAAD');
  await expect(page.getByText('No problems: the file will pass the checker.')).toBeVisible();

  // The preview is the real map, drawing the new arrow.
  await expect.poll(() => page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.model.stances.length)).toBe(1);
  await expect(page.locator('#list')).toContainText('China opposes THAAD');

  await expect(page.getByText('Saved in this browser')).toBeVisible();
  await page.reload();
  await waitForReady(page);
  await expect(page.getByLabel('Source text')).toHaveValue(ARTICLE);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('China against THAAD');

  // Undo and redo reach back past the reload.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Untitled story');
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('China against THAAD');

  // Two scenes from the preview, the second moved first.
  await page.getByRole('button', { name: 'Scenes', exact: true }).click();
  await page.getByRole('button', { name: 'Add the preview as a scene' }).click();
  await page.getByRole('button', { name: 'Add the preview as a scene' }).click();
  await page.getByLabel('Caption').nth(1).fill('Beijing says no.');
  await page.getByRole('button', { name: 'Move up' }).nth(1).click();
  await expect(page.getByLabel('Caption').first()).toHaveValue('Beijing says no.');

  const file = await downloadStory(page);
  const story = JSON.parse(file.text) as { $schema: string; scenes: { title: string; date: string; caption?: string }[]; stances: { from: string; type: string; to: string; quote: string }[]; places: { name: string }[] };
  expect(Object.keys(story)[0]).toBe('$schema');
  expect(story.stances).toEqual([expect.objectContaining({ from: 'china', type: 'opposes', to: 'thaad', quote: SENTENCE })]);
  expect(story.places.map((p) => p.name)).toEqual(['Beijing', 'Seongju']);
  expect(story.scenes).toEqual([expect.objectContaining({ title: 'Scene 2', date: '2017-03-01', caption: 'Beijing says no.' }), expect.objectContaining({ title: 'Scene 1' })]);
  execFileSync('npx', ['tsx', 'src/cli/validate.ts', file.path], { stdio: 'pipe' });
  // The same story as sheets, for a colleague's spreadsheet: read back, it is the story downloaded.
  const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sheets (.zip)' }).click()]);
  expect(zip.suggestedFilename()).toBe('china-against-thaad-sheets.zip');
  const fromSheets = importSheets([{ name: 'sheets.zip', bytes: readFileSync(await zip.path()) }], validateStory);
  expect(fromSheets.problems).toEqual([]);
  const withoutSchema: Record<string, unknown> = { ...story };
  delete withoutSchema.$schema;
  expect(fromSheets.story).toEqual(withoutSchema);

  // A quote edited away from the article's words is reported at its field, with the CLI's message.
  await page.getByRole('button', { name: 'Stances and events' }).click();
  await page.getByRole('region', { name: 'Story studio' }).getByRole('button', { name: /China opposes THAAD/ }).click();
  await form.getByLabel('Quote').fill('Beijing has always urged Seoul to abandon THAAD');
  await expect(form.getByLabel('Quote')).toHaveAccessibleDescription(/these words are not in the source text/);
  await expect(form.getByLabel('Quote')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.studio__problems')).toContainText('1 problem to fix');
});

/** Presses Tab until the focused element's accessible name matches (at most `limit` times): proof it is reached by keyboard. */
async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
      return labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    });
    if (name.test(focused.trim())) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('every step works from the keyboard, with a visible focus and no axe violations', async ({ page }) => {
  await openStudio(page);
  await expectNoAxeViolations(page);
  await tabTo(page, /^New story$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Published$/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2017-03-01');
  await tabTo(page, /^Source text$/);
  const text = 'On Tuesday, Beijing urged Seoul to drop THAAD. Moscow agreed.';
  await page.keyboard.insertText(text);
  // The caret to "Beijing", then Shift+arrows over the words, then the shortcut.
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'On Tuesday, '.length; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'Beijing urged Seoul to drop THAAD'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Enter');
  const form = page.locator('form.item-form');
  await expect(form.getByLabel('Quote')).toHaveValue('Beijing urged Seoul to drop THAAD');
  // "Tuesday" in the quote's sentence is offered as the Tuesday before the article's date.
  await tabTo(page, /Tuesday” → 2017-02-28/);
  await expect(page.locator(':focus-visible')).toHaveCount(1);
  expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Start')).toHaveValue('2017-02-28');

  await tabTo(page, /^Places$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Find a place$/);
  await page.keyboard.type('서울');
  await expect(page.getByRole('button', { name: /^Seoul, KR/ }).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('details.entry summary').first()).toHaveText('Seoul');
  await page.keyboard.press('Control+Z');
  await expect(page.locator('details.entry')).toHaveCount(0);
  await page.keyboard.press('Control+Y');
  await expect(page.locator('details.entry')).toHaveCount(1);
  // Problems are shown at their fields: the stance still needs who, what and to whom.
  await page.getByRole('button', { name: 'Stances and events' }).click();
  await expect(form.getByLabel('Who', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});

test('bad input: a file with errors opens with them at their fields, pasted HTML stays text, too much text and a full disk are said', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __canary: string[]; __diskFull: boolean };
    w.__canary = [];
    w.__diskFull = false;
    window.alert = () => { w.__canary.push('alert'); };
    document.addEventListener('securitypolicyviolation', (e) => w.__canary.push(`csp: ${e.violatedDirective}`));
    const { put } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype);
    const original = put?.value as (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) => IDBRequest<IDBValidKey>;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (w.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  });
  await openStudio(page);
  // Sheets dropped on the start: what the forms cannot hold is said, sheet, row and column; the rest opens.
  const sheets = thaadSheets().map((f) => ({ ...f, text: f.text.replace('id,name,kind,place,radiusKm', 'id,name,kind,place,radius km,colour') }));
  await dropFiles(page, '.studio', sheets);
  await expect(page.locator('.studio__notes')).toContainText('The sheets: areas.csv row 1, column "colour": unknown column');
  // The preview's map (and its test hook) may still be starting.
  await expect.poll(() => page.evaluate(() => (window as unknown as Partial<StancemapWindow>).__stancemap?.model.stances.length)).toBe(22);
  await page.getByRole('button', { name: 'Stories…' }).click();

  const story = JSON.parse(readFileSync(new URL('../../data/thaad-2017.json', import.meta.url), 'utf8')) as { places: Record<string, unknown>[] };
  story.places[1] = { ...story.places[1], kind: 'castle', population: 10 };
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open a story file or its sheets…' }).click()]);
  await chooser.setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
  await expect(page.locator('.studio__problems')).toContainText('2 problems to fix');
  await page.getByRole('button', { name: 'Places', exact: true }).click();
  const seoul = page.locator('details.entry', { hasText: 'Seoul' });
  await expect(seoul.locator('summary')).toHaveText('Seoul · 2 problems');
  await seoul.locator('summary').click();
  await expect(seoul.getByLabel('Kind')).toHaveValue('castle');
  await expect(seoul.getByLabel('Kind')).toHaveAccessibleDescription(/castle/);
  // Nothing was dropped: the preview still draws the rest of the story.
  await expect.poll(() => page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.model.stances.length)).toBeGreaterThan(10);

  const source = page.getByLabel('Source text');
  await source.fill('<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">link</a>');
  await expect(page.locator('.source__backdrop img, .source__backdrop script, .source__backdrop a')).toHaveCount(0);
  await source.fill('x'.repeat(200_001));
  await expect(source).toHaveAccessibleDescription(/200000|200,000/);

  await page.evaluate(() => { (window as unknown as { __diskFull: boolean }).__diskFull = true; });
  await page.getByRole('button', { name: 'Story', exact: true }).click();
  await page.getByLabel('Title', { exact: true }).fill('Still mine');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('storage for the studio is full');
  const file = await downloadStory(page);
  expect((JSON.parse(file.text) as { meta: { title: string } }).meta.title).toBe('Still mine');
  expect(await page.evaluate(() => (window as unknown as { __canary: string[] }).__canary)).toEqual([]);
});

test('two tabs on one story never overwrite each other, and going back to the list loses nothing', async ({ page, context }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Made in the first tab');
  // Straight to the list: what was typed a moment ago is saved first.
  await page.getByRole('button', { name: 'Stories…' }).click();
  await page.getByRole('button', { name: 'Continue “Made in the first tab”' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Made in the first tab');

  const second = await context.newPage();
  await openStudio(second);
  await expect(second.getByLabel('Title', { exact: true })).toHaveValue('Made in the first tab');
  await second.getByLabel('Title', { exact: true }).fill('Changed in the second tab');
  await expect(second.getByText('Saved in this browser')).toBeVisible();

  await page.getByLabel('Title', { exact: true }).fill('Changed again in the first tab');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('changed in another tab');
  await page.reload();
  await waitForReady(page);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Changed in the second tab');
  await second.close();
});

test('suggestions from the article: “China opposes THAAD” added with its sentence, another dismissed for good, nothing on the map unasked', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByLabel('Published').fill('2017-03-01');
  await page.getByLabel('Source text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Suggestions', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Suggestions from the text' });
  await panel.getByRole('button', { name: 'Suggest from the text' }).click();
  await expect(panel.getByRole('status')).toContainText('Read:');
  await expect(panel.getByRole('button', { name: 'Stop' })).toBeHidden();
  await expectNoAxeViolations(page);
  // The less likely stances wait, folded, below the likely ones.
  await expect(panel.locator('.suggestions__unlikely summary')).toHaveText(/^Less likely stances \(\d+\)$/);
  await expect(panel.locator('.suggestions__unlikely li').first()).toBeHidden();
  // Read, not added: the story has no stance yet.
  expect(JSON.parse((await downloadStory(page)).text).stances).toEqual([]);
  // The words that decided the type are marked in the sentence.
  const china = panel.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Add: China opposes THAAD/ }) });
  await expect(china.locator('mark')).toHaveText('urged Seoul and Washington to abandon');
  const zoom = (): Promise<number> => page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.map.getZoom());
  const wholeWorld = await zoom();
  await china.getByRole('button', { name: /^Add:/ }).click();
  // The story's first places: the preview frames them, as a reader will first see the story, instead of staying on the whole world.
  await expect.poll(zoom).toBeGreaterThan(wholeWorld + 1.5);
  await panel.getByRole('button', { name: /^Dismiss: United States dismisses Russia/ }).click();
  await panel.getByRole('button', { name: 'Suggest from the text' }).click();
  await expect(panel.getByRole('status')).toContainText('Read:');
  await expect(panel.getByRole('button', { name: /^Add: United States dismisses Russia/ })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^Add: China opposes THAAD/ })).toHaveCount(0);
  await expect(panel.locator('.suggestions__dismissed li')).toHaveText(['stance usa>dismisses>russiaRestore']);
  // One key judges the suggestion in focus, and the next one takes its place and the focus.
  const rows = panel.locator('.suggestions__list > li.suggestion');
  const third = await rows.nth(2).locator('.suggestion__what').textContent() ?? '';
  await rows.nth(1).getByRole('button', { name: /^Add:/ }).focus();
  await page.keyboard.press('d');
  await expect(panel.locator('.suggestions__dismissed li')).toHaveCount(2);
  await expect(rows.nth(1).locator('.suggestion__what')).toHaveText(third);
  await expect(rows.nth(1).getByRole('button', { name: /^Add:/ })).toBeFocused();
  // Where states are drawn is the author's rule: at the capital, or where the article says things happen.
  await expect(panel.getByRole('button', { name: /^Add: South Korea · state/ })).toHaveAccessibleName(/at Seoul/);
  await panel.getByLabel('Draw states and their people').selectOption('named');
  const korea = panel.getByRole('button', { name: /^Add: South Korea · state/ });
  await expect(korea).toHaveAccessibleName(/at Seongju/);
  await korea.focus();
  await page.keyboard.press('a');
  const story = JSON.parse((await downloadStory(page)).text) as { stances: { from: string; to: string; type: string; quote: string; start: string }[]; actors: { id: string; place: string }[] };
  expect(story.stances).toEqual([expect.objectContaining({ from: 'china', to: 'thaad', type: 'opposes', start: '2017-03-01 before', quote: 'Beijing has repeatedly urged Seoul and Washington to abandon their plans to deploy the THAAD system.' })]);
  expect(story.actors.map((a) => `${a.id} at ${a.place}`)).toEqual(['china at beijing', 'thaad at seoul', 'south-korea at seongju']);
});
