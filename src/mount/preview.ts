import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoryModel } from '../core/model.ts';
import type { AppState } from '../core/state/appState.ts';
import { CONTAINERS, mountStory } from '../mount.ts';
import { byId } from '../dom/dom.ts';

// PROVISIONAL: remounts the page for each story; replaced by an in-place preview.

export interface Preview {
  show(model: StoryModel): void;
  map(): MapLibreMap | undefined;
  state(): AppState | undefined;
  readonly ready: Promise<void>;
}

export function createPreview(signal: AbortSignal): Preview {
  let current: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => { resolveReady = r; });
  const mount = (model: StoryModel): void => {
    current?.abort();
    for (const id of CONTAINERS) byId(id).replaceChildren();
    current = new AbortController();
    void mountStory(model, 'explore', '', current.signal).then(resolveReady);
  };
  signal.addEventListener('abort', () => current?.abort());
  let first = true;
  return {
    show(model) {
      clearTimeout(timer);
      if (first) { first = false; mount(model); return; }
      timer = setTimeout(() => mount(model), 600);
    },
    state: () => (window as unknown as { __stancemap?: { store?: { getState(): AppState } } }).__stancemap?.store?.getState(),
    map: () => (window as unknown as { __stancemap?: { map?: MapLibreMap } }).__stancemap?.map,
    ready,
  };
}
