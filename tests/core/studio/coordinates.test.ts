import { describe, expect, it } from 'vitest';
import { parseCoordinates } from '../../../src/core/studio/coordinates.ts';

describe('coordinates typed into the place search', () => {
  it('reads decimal degrees, latitude first as people write them, and gives longitude first', () => {
    expect(parseCoordinates('35.99, 128.15')).toEqual([128.15, 35.99]);
    expect(parseCoordinates('35.99 128.15')).toEqual([128.15, 35.99]);
    expect(parseCoordinates('-33.87, 151.21')).toEqual([151.21, -33.87]);
    expect(parseCoordinates('35.99; 128.15')).toEqual([128.15, 35.99]);
  });

  it('reads degrees, minutes and seconds with hemisphere letters, in either order', () => {
    expect(parseCoordinates('35°59′N 128°09′E')).toEqual([128.15, 35.98333]);
    expect(parseCoordinates("33°52'S 151°12'E")).toEqual([151.2, -33.86667]);
    expect(parseCoordinates('128°09′E, 35°59′N')).toEqual([128.15, 35.98333]);
    expect(parseCoordinates('N 35 59, E 128 9')).toEqual([128.15, 35.98333]);
    expect(parseCoordinates('38°53′51″N 77°02′11″W')).toEqual([-77.03639, 38.8975]);
  });

  it('turns a pair round when the first number cannot be a latitude', () => {
    expect(parseCoordinates('128.15, 35.99')).toEqual([128.15, 35.99]);
  });

  it('is not fooled by names, single numbers, or numbers out of range', () => {
    expect(parseCoordinates('Seongju')).toBeUndefined();
    expect(parseCoordinates('Route 66')).toBeUndefined();
    expect(parseCoordinates('35.99')).toBeUndefined();
    expect(parseCoordinates('95, 200')).toBeUndefined();
    expect(parseCoordinates('35°70′N 128°E')).toBeUndefined();
    expect(parseCoordinates('35°N 36°N')).toBeUndefined();
  });
});
