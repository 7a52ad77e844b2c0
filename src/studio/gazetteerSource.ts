import { onDemand } from '../core/onDemand.ts';
import { type Gazetteer, type GazetteerRow, createGazetteer } from '../core/studio/gazetteer.ts';

// The gazetteer's file (public/gazetteer/cities.json, 1.5 MB gzip) is fetched
// the first time an author searches for a place, never before.

export interface LoadedGazetteer {
  readonly gazetteer: Gazetteer;
  readonly attribution: string;
}

export const loadGazetteer = onDemand(async (): Promise<LoadedGazetteer> => {
  const response = await fetch(new URL('gazetteer/cities.json', new URL('./', window.location.href)));
  if (!response.ok) throw new Error(`the place list did not load (HTTP ${response.status})`);
  const file = await response.json() as { attribution: string; rows: GazetteerRow[] };
  return { gazetteer: createGazetteer(file.rows), attribution: file.attribution };
});
