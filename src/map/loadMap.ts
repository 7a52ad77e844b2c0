import { onDemand } from '../core/onDemand.ts';
import type * as mapModule from './mapModule.ts';

export type MapModule = typeof mapModule;

/** MapLibre and the map adapter, loaded once; a failed load is tried again by the next ask. */
export const loadMapModule = onDemand((): Promise<MapModule> => import('./mapModule.ts'));
