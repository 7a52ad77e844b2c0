import type { Topology } from 'topojson-specification';
import { coarseUrl } from 'virtual:basemap';
import { type Basemap, decodeBasemap } from '../core/basemap.ts';
import { decodeTopology } from '../core/basemapBinary.ts';
import { onDemand } from '../core/onDemand.ts';

// The shipped Natural Earth basemaps, for the live map and the SVG map alike.

/** One of the shipped basemap files (bytes, see core/basemapBinary.ts) as TopoJSON. */
export async function fetchTopology(url: string): Promise<Topology> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`basemap ${url}: HTTP ${response.status}`);
  return decodeTopology(new Uint8Array(await response.arrayBuffer()));
}

export async function fetchBasemap(url: string = coarseUrl): Promise<Basemap> {
  return decodeBasemap(await fetchTopology(url));
}

/** The light basemap, fetched once per page (the app may start it before the story is read); a failed fetch is tried again by the next map. */
export const coarseBasemap = onDemand(() => fetchBasemap(coarseUrl));
