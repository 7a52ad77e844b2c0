// Everything that needs MapLibre's code, behind one dynamic import: the page
// starts reading the story and the basemap while MapLibre downloads.
export { warmUpMap } from './warmUp.ts';
export { createMapView } from './mapView.ts';
