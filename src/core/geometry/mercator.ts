/** Web Mercator x, y in [0, 1] for the world square (the formula of MapLibre's MercatorCoordinate.fromLngLat). */
export function mercator([lon, lat]: readonly number[]): [number, number] {
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat ?? 0));
  const x = (180 + (lon ?? 0)) / 360;
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
  return [x, y];
}

/** Longitude and latitude of a Web Mercator x, y (the inverse of `mercator`). */
export function fromMercator([x, y]: readonly [number, number]): [number, number] {
  return [x * 360 - 180, (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90];
}
