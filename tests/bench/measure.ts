import type { Browser, Page } from '@playwright/test';
import type { StancemapWindow } from '../browser/support/handle.ts';

// What the benchmark measures inside the page. Times come from the page's own
// clock (performance.now(), from navigation start), never from the harness.

/** Records the moment <html data-state> becomes "ready" or "error". */
export const READY_PROBE = `
  new MutationObserver(() => {
    const s = document.documentElement && document.documentElement.dataset.state;
    if ((s === 'ready' || s === 'error') && window.__readyAt === undefined) window.__readyAt = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
`;

export async function timeToReady(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<{ ms: number; responses: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const responses: string[] = [];
  page.on('response', (r) => responses.push(r.url()));
  await page.addInitScript(READY_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, null, { timeout: 120_000 });
  const state = await page.evaluate(() => document.documentElement.dataset.state);
  if (state !== 'ready') throw new Error(`${url} ended in state ${String(state)}`);
  const ms = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  await context.close();
  return { ms, responses };
}

/** Fetch start → story checked, and fetch start → text in hand, from the app's marks, in a fresh page. */
export async function storyCheckTimes(browser: Browser, url: string): Promise<{ loadAndValidate: number; load: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, { timeout: 180_000 });
  await page.evaluate(NAME_SHIM);
  const times = await page.evaluate(() => {
    const at = (name: string): number => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const requested = at('stancemap:story-requested');
    return { loadAndValidate: at('stancemap:story-checked') - requested, load: at('stancemap:story-read') - requested };
  });
  await context.close();
  return times;
}

// tsx compiles with esbuild's keepNames, which wraps inner functions in a
// __name() helper that does not exist inside the page.
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f)';

export interface ScrubTimes {
  /** Slider input event → the map idle again with the new date drawn. */
  readonly scrub: number[];
  /** A repaint with nothing changed → idle: the floor for any update. */
  readonly floor: number[];
  /** Fetch start → story checked (validated), from the app's performance marks. */
  readonly loadAndValidate: number;
  /** Of which: fetch start → text in hand. */
  readonly load: number;
  readonly stancesShownAtEnd: number;
}

export async function measureScrub(page: Page, steps: number, seed: number): Promise<ScrubTimes> {
  await page.evaluate(NAME_SHIM);
  return page.evaluate(async ({ steps, seed }) => {
    const { map, arrows, store, timeline } = (window as unknown as StancemapWindow & { __stancemap: { timeline: { first: number; last: number } } }).__stancemap;
    const slider = document.querySelector<HTMLInputElement>('input[aria-label="Timeline"]');
    if (!slider) throw new Error('no slider');
    let a = seed >>> 0;
    const rand = (): number => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    // 'idle' only fires after a render; a map with nothing to do never sends it.
    const idle = (): Promise<void> => new Promise((resolve) => map.once('idle', () => resolve()));
    const settled = (): Promise<void> => map.loaded() && !map.isMoving() ? Promise.resolve() : idle();
    const scrub: number[] = [];
    const floor: number[] = [];
    await settled();
    for (let i = 0; i < steps; i++) {
      const t = Math.floor(timeline.first + rand() * (timeline.last - timeline.first));
      if (t === store.getState().t) continue;
      let start = performance.now();
      const done = idle();
      slider.value = String(t);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await done;
      scrub.push(performance.now() - start);
      start = performance.now();
      const repainted = idle();
      map.triggerRepaint();
      await repainted;
      floor.push(performance.now() - start);
    }
    const requested = performance.getEntriesByName('stancemap:story-requested')[0]?.startTime ?? NaN;
    const read = performance.getEntriesByName('stancemap:story-read')[0]?.startTime ?? NaN;
    const checked = performance.getEntriesByName('stancemap:story-checked')[0]?.startTime ?? NaN;
    return { scrub, floor, loadAndValidate: checked - requested, load: read - requested, stancesShownAtEnd: arrows.drawn().size };
  }, { steps, seed });
}

/**
 * Plays the story from its start for `ms` and reports the longest main-thread
 * task (Long Tasks API, tasks over 50 ms). The seek back to the start is done
 * and drawn before observing: it is a jump across the whole story, not a step
 * of playback.
 */
export async function longestTaskDuringPlayback(page: Page, ms: number): Promise<{ longest: number; count: number; steps: number; seek: number }> {
  await page.evaluate(NAME_SHIM);
  return page.evaluate(async (duration) => {
    const { store, map } = (window as unknown as StancemapWindow).__stancemap;
    const idle = (): Promise<void> => new Promise((resolve) => map.once('idle', () => resolve()));
    const start = performance.now();
    const before = store.getState().t;
    const sought = idle();
    store.dispatch({ type: 'jump', to: 'start' });
    // Already at the start: nothing to draw, and no 'idle' would come.
    if (store.getState().t !== before) await sought;
    const seek = performance.now() - start;
    // 'idle' fires inside the seek's last frame, so observing from here would
    // count that frame's task as playback: observation starts in a task of its own.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
    observer.observe({ type: 'longtask', buffered: false });
    store.dispatch({ type: 'setSpeed', speed: 2 });
    let steps = 0;
    const unsubscribe = store.subscribe((s, p) => { if (s.t !== p.t) steps++; });
    store.dispatch({ type: 'setPlaying', playing: true });
    await new Promise((resolve) => setTimeout(resolve, duration));
    store.dispatch({ type: 'setPlaying', playing: false });
    unsubscribe();
    observer.disconnect();
    return { longest: Math.max(0, ...tasks), count: tasks.length, steps, seek };
  }, ms);
}

export interface PreviewTimes {
  /** The synchronous work of each show() on the page ("stancemap:preview-update"), the first (the mount) left out. */
  readonly show: number[];
  /** show() called → the map idle with the new version drawn. */
  readonly drawn: number[];
}

/**
 * The studio's edit → preview loop through the preview's test hook
 * (?mode=edit&preview-test, docs/architecture.md): one small edit after another to
 * the story shown (renaming or moving a place, adding a stance, changing
 * one), each given to the preview as the studio would. Building the model
 * is the studio's and is not counted.
 */
export async function measurePreview(browser: Browser, url: string, edits: number): Promise<PreviewTimes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, { timeout: 180_000 });
  await page.evaluate(NAME_SHIM);
  const times = await page.evaluate(async (count) => {
    type Story = StancemapWindow['__stancemap']['model']['story'];
    const handle = (window as unknown as StancemapWindow & { __stancemap: { preview: { show(story: Story): void } } }).__stancemap;
    const idle = (): Promise<void> => new Promise((resolve) => {
      const timer = setTimeout(resolve, 10_000);
      handle.map.once('idle', () => { clearTimeout(timer); resolve(); });
    });
    // Each edit makes a new story as the studio's immer does: what it changed is new, every list
    // and item it did not touch is the same object as before.
    const replaced = <T>(list: readonly T[], at: number, item: T): T[] => list.map((x, k) => (k === at ? item : x));
    const edit = (story: Story, i: number): Story => {
      const p = i % story.places.length;
      const s = i % story.stances.length;
      const place = story.places[p];
      const stance = story.stances[s];
      const actors = story.actors;
      if (i % 4 === 0 && place) return { ...story, places: replaced(story.places, p, { ...place, name: `${place.name}′` }) };
      if (i % 4 === 1 && place) return { ...story, places: replaced(story.places, p, { ...place, coordinates: [place.coordinates[0] + 0.1, place.coordinates[1]] }) };
      if (i % 4 === 2 && actors.length > 1) return { ...story, stances: [...story.stances, { id: `edit-${i}`, from: actors[0]?.id ?? '', to: actors[1]?.id ?? '', type: 'supports', start: story.meta.source.published, quote: 'Added while editing.' }] };
      return stance ? { ...story, stances: replaced(story.stances, s, { ...stance, quote: `${stance.quote} (edited)` }) } : story;
    };
    await idle();
    let story = handle.model.story;
    const drawn: number[] = [];
    for (let i = 0; i < count; i++) {
      story = edit(story, i);
      const shown = idle();
      const start = performance.now();
      handle.preview.show(story);
      await shown;
      drawn.push(performance.now() - start);
    }
    const show = performance.getEntriesByName('stancemap:preview-update').slice(1).map((e) => e.duration);
    return { show, drawn };
  }, edits);
  await context.close();
  return times;
}
