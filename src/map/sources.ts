// Source ids shared by the layers and the code that fills them.
export const SOURCES = {
  land: 'land',
  borders: 'borders',
  coast: 'coast',
  countryLabels: 'country-labels',
  areas: 'areas',
  places: 'places',
} as const;
