import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { fineUrl } from 'virtual:basemap';
import type { Basemap } from '../core/basemap.ts';
import { fetchBasemap } from '../loader/basemapFetch.ts';
import { SOURCES } from './sources.ts';

/** Above this zoom Natural Earth 1:110m is visibly blocky; 1:50m is loaded once, when first needed. */
export const FINE_BASEMAP_ZOOM = 2.8;

async function show(map: MapLibreMap, basemap: Basemap): Promise<void> {
  const set = (id: string, data: unknown): Promise<unknown> => (map.getSource(id) as GeoJSONSource).setData(data as GeoJSON.GeoJSON);
  await Promise.all([
    set(SOURCES.land, basemap.land), set(SOURCES.coast, basemap.coast),
    set(SOURCES.borders, basemap.borders), set(SOURCES.countryLabels, basemap.labels),
  ]);
}

/**
 * Shows the light basemap (fetched while the map was starting), then swaps in
 * the detailed one the first time the camera comes close enough to need it,
 * so the first paint stays fast.
 */
export async function showBasemap(map: MapLibreMap, coarse: Promise<Basemap>): Promise<void> {
  await show(map, await coarse);
  let fine: Promise<void> | undefined;
  const maybeRefine = (): void => {
    if (fine || map.getZoom() < FINE_BASEMAP_ZOOM) return;
    // A lost context can take the sources away meanwhile: warned about, not thrown.
    fine = fetchBasemap(fineUrl).then((b) => show(map, b)).catch((e: unknown) => console.warn(e));
    map.off('moveend', maybeRefine);
  };
  map.on('moveend', maybeRefine);
  maybeRefine();
}
