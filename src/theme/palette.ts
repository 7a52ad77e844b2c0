// The basemap is quiet (pale land, paler sea, hairline borders) so that the
// story's marks carry all the colour. Text colours meet 4.5:1 on the land.

export const PALETTE = {
  sea: '#f3f6f8',
  land: '#e9e6df',
  coast: '#b8b3a8',
  border: '#c4bfb4',
  countryLabel: '#6b675f',
  halo: '#ffffff',
  placeText: '#1b1b19',
  localText: '#45423c',
  actorText: '#4f4b44',
  placeMark: '#23211d',
  areaLine: '#7a4b2a',
  areaFill: '#d55e00',
  flash: '#ffd54a',
  currentEvent: '#1b1b19',
  pastEvent: '#8a857c',
} as const;
