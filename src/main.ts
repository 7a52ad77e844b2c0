import storyUrl from '../data/thaad-2017.json?url';
import { checkDataUrl, parseAllowedOrigins } from './core/dataUrl.ts';
import { heightFollowsContent } from './core/embedSnippet.ts';
import { buildModel } from './core/model.ts';
import type { Story } from './core/schema/story.schema.ts';
import { isStudio, modeFromUrl } from './core/state/urlState.ts';
import { fileError, unexpectedFailure } from './core/validation/errors.ts';
import type { StoryCheck } from './core/validation/validateStory.ts';
import { coarseBasemap } from './loader/basemapFetch.ts';
import { loadMapModule } from './map/loadMap.ts';
import { mayHaveWebGL2 } from './map/webgl.ts';
import { CONTAINERS, mountStory } from './mount.ts';
import { type StoryChecker, startStoryChecker } from './loader/checkStoryText.ts';
import { byId } from './dom/dom.ts';
import { renderErrors } from './ui/errorBanner.ts';
import { type Failed, fetchStoryText, fileText } from './loader/fetchStory.ts';
import { type Opened, storyFileOf } from './dom/droppedFiles.ts';
import { createOpenStory } from './ui/openStory.ts';
// MapLibre's stylesheet before ours, so ours wins where both set the same
// thing (the map container's position). It used to arrive with MapLibre's
// code; that is now loaded on demand, and its stylesheet would come last.
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/fonts.css';
import './ui/styles/app.css';
import './ui/styles/buttons.css';
import './ui/styles/timeline.css';
import './ui/styles/list.css';
import './ui/styles/embed.css';
import './ui/styles/present.css';
import './ui/styles/print.css';
import './ui/styles/errorPage.css';

// Composition root: decide which story to read, read it, check it, and mount
// it. A story opened later replaces the current one only once it has passed
// every check; until then the map, date and URL stay exactly as they were.

const root = document.documentElement;
const ALLOWED_ORIGINS = parseAllowedOrigins(import.meta.env.VITE_STANCEMAP_DATA_ORIGINS as string | undefined);

async function readStory(read: (checker: StoryChecker) => Promise<StoryCheck | Failed>, link?: URL): Promise<StoryCheck> {
  // Marks for the benchmark: from asking for the file to having it checked
  // ("stancemap:story-read" is set by the checker, wherever the text was read).
  performance.mark('stancemap:story-requested');
  const checker = startStoryChecker(link);
  const result = await read(checker);
  checker.cancel();
  performance.mark('stancemap:story-checked');
  return 'message' in result ? fileError(result.message) : result;
}

/**
 * The story built into the app was validated when the app was built (its
 * test runs the full check), so it is only parsed here: the validator stays
 * out of the first load and is fetched when someone opens a file of their own.
 */
async function bundledStory(): Promise<StoryCheck> {
  performance.mark('stancemap:story-requested');
  const text = await fetchStoryText(new URL(storyUrl, window.location.href));
  if (!text.ok) return fileError(text.message);
  const story = JSON.parse(text.text) as Story;
  performance.mark('stancemap:story-checked');
  return { ok: true, story };
}

function storySource(): Promise<StoryCheck> {
  const param = new URLSearchParams(window.location.search).get('data');
  if (param === null) return bundledStory();
  const checked = checkDataUrl(param, window.location.href, ALLOWED_ORIGINS);
  if (!checked.ok) return Promise.resolve(fileError(checked.reason));
  return readStory((checker) => checker.checkUrl(checked.url), checked.url);
}

async function start(): Promise<void> {
  // The studio's code is a chunk of its own: no other page loads it.
  if (isStudio(window.location.search)) return (await import('virtual:studio')).startStudio();
  const mode = modeFromUrl(window.location.search, window.location.hash);
  root.dataset.mode = mode;
  if (mode === 'embed' && heightFollowsContent(window.location.search)) root.dataset.height = 'auto';
  // MapLibre's code, its worker and the basemap load while the story is read
  // (reading it needs none of them); the map's code is not even parsed first.
  if (mode !== 'notes' && mayHaveWebGL2()) {
    void loadMapModule().then((m) => m.warmUpMap(), () => undefined);
    void coarseBasemap().catch(() => undefined);
  }
  const first = await storySource();
  if (!first.ok) {
    byId('story-title').textContent = 'No story to show';
    renderErrors(byId('errors'), 'This story cannot be shown', first.errors);
    root.dataset.state = 'error';
    return;
  }
  let current = new AbortController();
  await mountStory(buildModel(first.story), mode, window.location.hash, current.signal);
  root.dataset.state = 'ready';
  if (mode !== 'explore') return;

  let opening = false;
  const open = async (opened: Opened): Promise<void> => {
    if (opening) return;
    opening = true;
    root.dataset.loading = 'true';
    try {
      const file = storyFileOf(opened);
      // A check that breaks (its code cannot load, or it fails in a way nobody foresaw) is reported like any other problem.
      const read = await (file
        ? readStory(async (checker) => {
          const text = await fileText(file);
          return text.ok ? checker.checkText(text.text, text.bytes) : text;
        })
        : import('./loader/openSheets.ts').then((m) => m.checkSheets(opened))
      ).catch(unexpectedFailure);
      if (!read.ok) {
        renderErrors(byId('errors'), `${file ? `“${file.name}”` : 'These sheets'} cannot be opened; the map you had is unchanged`, read.errors, {
          openAnother: () => pick(),
          dismiss: () => { byId('errors').hidden = true; },
        });
        return;
      }
      byId('errors').hidden = true;
      current.abort();
      for (const id of CONTAINERS) byId(id).replaceChildren();
      current = new AbortController();
      // The new story has its own URL state; the old ?data= and fragment no longer describe it.
      window.history.replaceState(null, '', window.location.pathname);
      root.dataset.state = 'loading';
      await mountStory(buildModel(read.story), mode, '', current.signal);
      installOpen();
      root.dataset.state = 'ready';
    } finally {
      opening = false;
      delete root.dataset.loading;
    }
  };
  let pick = (): void => undefined;
  const installOpen = (): void => { pick = createOpenStory(byId('toolbar-more'), byId('stage'), (opened) => void open(opened), current.signal); };
  installOpen();
}

start().catch((e: unknown) => {
  renderErrors(byId('errors'), 'The map could not be shown', [{ path: '(app)', message: e instanceof Error ? e.message : String(e) }]);
  root.dataset.state = 'error';
});
