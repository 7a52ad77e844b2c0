// The benchmark's floor for first paint: MapLibre with the same basemap the
// app draws (same files, decoding, layers, fonts and first view) and no story.
import { type GeoJSONSource, Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './bare.css';
import workerUrl from 'virtual:maplibre-worker-url';
import { coarseUrl } from 'virtual:basemap';
import { fetchBasemap } from '../../../src/loader/basemapFetch.ts';
import { FONT_FACES } from '../../../src/theme/fonts.ts';
import { basemapLayers } from '../../../src/map/layers/basemapLayers.ts';

setWorkerUrl(workerUrl);
const empty = { type: 'FeatureCollection' as const, features: [] };
const map = new MapLibreMap({
  container: 'map',
  bounds: [[30, 18], [150, 62]],
  fitBoundsOptions: { padding: { top: 90, right: 40, bottom: 40, left: 40 } },
  fadeDuration: 1,
  style: {
    version: 8,
    'font-faces': FONT_FACES,
    state: { scale: { default: 1 } },
    sources: {
      land: { type: 'geojson', data: empty }, coast: { type: 'geojson', data: empty },
      borders: { type: 'geojson', data: empty }, 'country-labels': { type: 'geojson', data: empty },
    },
    layers: basemapLayers(),
  },
});
const basemap = fetchBasemap(coarseUrl);
map.once('load', () => {
  void basemap.then(async (b) => {
    await Promise.all([
      (map.getSource('land') as GeoJSONSource).setData(b.land as GeoJSON.GeoJSON),
      (map.getSource('coast') as GeoJSONSource).setData(b.coast as GeoJSON.GeoJSON),
      (map.getSource('borders') as GeoJSONSource).setData(b.borders as GeoJSON.GeoJSON),
      (map.getSource('country-labels') as GeoJSONSource).setData(b.labels as GeoJSON.GeoJSON),
    ]);
    map.once('idle', () => { document.documentElement.dataset.state = 'ready'; });
  });
});
