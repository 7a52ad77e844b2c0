import { type GeoProjection, geoMercator } from 'd3-geo';
import type { Camera } from '../core/view.ts';

// A d3 Mercator matching a MapLibre camera: at zoom z MapLibre's world is
// 512·2^z pixels wide, and d3's Mercator world is 2π·scale wide.

/** The projection for a camera, clipped to the picture so nothing outside it is drawn or written out. */
export function projectionFor(camera: Camera, width: number, height: number, padding = 24): GeoProjection {
  return unclippedProjection(camera, width, height, padding).clipExtent([[0, 0], [width, height]]);
}

function unclippedProjection(camera: Camera, width: number, height: number, padding: number): GeoProjection {
  if (camera.kind === 'center') {
    const [lon, lat] = camera.center;
    const p = geoMercator().rotate([-lon, 0]).scale((512 * 2 ** camera.zoom) / (2 * Math.PI)).translate([width / 2, height / 2]);
    const [, y] = p([0, lat]) ?? [0, height / 2];
    return p.translate([width / 2, height - y]);
  }
  const [[west, south], [east, north]] = camera.bounds;
  const centreLon = (west + (east < west ? east + 360 : east)) / 2;
  const span = (east < west ? east + 360 : east) - west;
  const corners = [[centreLon - span / 2, south], [centreLon + span / 2, south], [centreLon + span / 2, north], [centreLon - span / 2, north]];
  const p = geoMercator().rotate([-centreLon, 0]);
  return p.fitExtent([[padding, padding], [width - padding, height - padding]], { type: 'MultiPoint', coordinates: corners });
}
