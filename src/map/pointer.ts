import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoryModel } from '../core/model.ts';
import type { Action } from '../core/state/appState.ts';
import { type ArrowView, HIT_PX } from './arrows/arrowView.ts';
import { PLACE_LAYER_IDS } from './layers/placeLayers.ts';

/**
 * Events only become actions; what they mean is decided by the state. The
 * model is read when an event comes: the map may be showing another story
 * than the one it was made with (the studio's preview).
 */
export function listenToPointer(map: MapLibreMap, model: () => StoryModel, arrows: ArrowView, dispatch: (a: Action) => void): void {
  // Places are drawn over the arrows, so they win a pointer that is on both.
  const placeAt = (point: { x: number; y: number }): string => String(map.queryRenderedFeatures([point.x, point.y], { layers: [PLACE_LAYER_IDS.marks, PLACE_LAYER_IDS.labels] })[0]?.properties.id ?? '');
  const arrowAt = (point: { x: number; y: number }): string => model().stances[arrows.at(point, HIT_PX)[0] ?? -1]?.stance.id ?? '';
  map.on('mousemove', (e) => {
    const place = placeAt(e.point);
    const arrow = place ? '' : arrowAt(e.point);
    map.getCanvas().style.cursor = place || arrow ? 'pointer' : '';
    dispatch({ type: 'hover', id: arrow });
  });
  map.on('mouseout', () => dispatch({ type: 'hover', id: '' }));
  map.on('click', (e) => {
    dispatch({ type: 'select', id: placeAt(e.point) || arrowAt(e.point) });
  });
  map.on('moveend', (e: { originalEvent?: unknown }) => {
    // Only the reader's own moves become state; moves the app makes already are.
    if (!e.originalEvent) return;
    const c = map.getCenter();
    dispatch({ type: 'setCamera', camera: { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() } });
  });
}
