import storyUrl from '../data/thaad-2017.json?url';
import { buildModel } from './core/model.ts';
import { initialState } from './core/state/initialState.ts';
import { createStore } from './core/state/store.ts';
import { initialCamera } from './core/view.ts';
import { readStoryText } from './core/validation/readStoryText.ts';
import { createMapView } from './map/mapView.ts';
import { byId } from './ui/dom.ts';
import { renderDetail } from './ui/detailPanel.ts';
import { renderErrors } from './ui/errorBanner.ts';
import { renderLegend } from './ui/legend.ts';
import { renderMasthead } from './ui/masthead.ts';
import { createToolbar } from './ui/toolbar.ts';
import './ui/fonts.css';
import './ui/styles/app.css';

// Composition root: load the story, build the model and the store, hand them
// to the adapters. No decisions are made here.

const root = document.documentElement;

async function start(): Promise<void> {
  const response = await fetch(storyUrl);
  const result = readStoryText(await response.text());
  if (!result.ok) {
    renderErrors(byId('errors'), 'This story file cannot be shown', result.errors);
    root.dataset.state = 'error';
    return;
  }
  const model = buildModel(result.story);
  const store = createStore(initialState(model));
  const select = (id: string): void => store.dispatch({ type: 'select', id });

  renderMasthead(byId('story-title'), byId('story-description'), byId('credit'), model.story.meta);
  renderLegend(byId('legend'), model);
  const view = createMapView(byId('map'), model, store.getState(), initialCamera(model), store.dispatch);
  const toolbar = createToolbar(byId('toolbar'), store.getState, store.dispatch);
  store.subscribe((state, previous) => {
    view.update(state, previous);
    toolbar.update(state);
    if (state.selected !== previous.selected) {
      renderDetail(byId('detail'), state.selected, model, select);
      byId('intro').hidden = state.selected !== '';
    }
  });
  // A handle for tests and the benchmark: they query the map's rendered features, not pixels.
  Object.assign(window, { __stancemap: { map: view.map, store, model } });
  await view.ready;
  root.dataset.state = 'ready';
}

start().catch((e: unknown) => {
  renderErrors(byId('errors'), 'The map could not be shown', [{ path: '(app)', message: e instanceof Error ? e.message : String(e) }]);
  root.dataset.state = 'error';
});
