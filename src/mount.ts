import { type StoryModel, isKnownId } from './core/model.ts';
import type { Mode } from './core/state/appState.ts';
import { createFrames } from './core/state/frames.ts';
import { appAddress } from './core/embedSnippet.ts';
import { onDemand } from './core/onDemand.ts';
import { storyContext } from './mount/context.ts';
import { createMapPage } from './mount/mapPage.ts';
import { notesAdapters } from './mount/notes.ts';
import { presentAdapters } from './mount/present.ts';
import { wire } from './mount/wire.ts';
import { byId } from './dom/dom.ts';
import { addExploreTools } from './ui/exploreTools.ts';
import { wireMoreMenu } from './ui/moreMenu.ts';
import { renderMasthead } from './ui/masthead.ts';
import { createUrlSync } from './ui/urlSync.ts';

// Wires one story to the adapters its mode calls for. Everything it starts
// stops when `signal` aborts, so a newly opened story replaces this one whole.

/** Containers the adapters fill; emptied when a story is replaced. */
export const CONTAINERS = ['map', 'toolbar', 'legend', 'focus', 'timeline', 'list', 'detail', 'text-list', 'card', 'presenter', 'handout', 'link-notes', 'map-description', 'announcer'];

export async function mountStory(model: StoryModel, mode: Mode, hash: string, signal: AbortSignal): Promise<void> {
  const ctx = storyContext(model, mode, hash);
  const { store, timeline, scenes } = ctx;
  Object.assign(window, { __stancemap: { store, model, timeline, scenes } });
  renderMasthead(byId('story-title'), byId('story-description'), byId('credit'), model.story.meta);
  const frames = createFrames(model, ctx.link.state);
  const follow = frames.follow.bind(frames);
  const urlSync = createUrlSync(ctx.opening, ctx.fromLink, store.dispatch, signal);
  if (mode === 'notes') {
    wire(store, follow, [urlSync, ...await notesAdapters(ctx, signal)], signal);
    return;
  }

  const page = createMapPage(ctx, frames, signal);
  if (mode === 'explore') {
    const embedDialog = onDemand(async () => (await import('./ui/embedDialog.ts')).createEmbedDialog(model.story.meta.title, () => store.getState(), ctx.opening, signal));
    wireMoreMenu(byId<HTMLButtonElement>('toolbar-more-button'), byId('toolbar-more'), signal);
    addExploreTools(byId('toolbar-more'), { openEmbed: () => void embedDialog().then((d) => d.open()), openExport: () => page.exporter.open(), presentHref: appAddress(window.location.href, 'present') }, signal);
  }
  // Presentation modules load only for a briefing: explore and embed pages never carry them.
  const briefing = mode === 'present' ? await presentAdapters(ctx, () => page.exporter.open(), signal) : [];
  // The host page's messages are an embed's only: other pages never load their code.
  const bridge = mode === 'embed' ? (await import('./ui/embedBridge.ts')).createEmbedBridge(store.dispatch, (id) => isKnownId(model, id), signal) : undefined;
  wire(store, follow, [...page.frameAdapters, urlSync, ...page.controls, ...briefing], signal);
  signal.addEventListener('abort', () => store.dispatch({ type: 'setPlaying', playing: false }));

  // A handle for tests and the benchmark (docs/architecture.md). The live map comes and goes (an embed asleep off screen, a lost context): the handle follows it.
  const { slot, exporter } = page;
  Object.assign(window, {
    __stancemap: {
      get map() { return slot.live()?.map; },
      get arrows() { return slot.live()?.arrows; },
      shown: () => slot.shown(),
      store, model, timeline, scenes, exporter,
    },
  });
  await slot.ready;
  bridge?.ready();
}
