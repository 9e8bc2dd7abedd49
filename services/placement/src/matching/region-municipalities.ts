/** WGS 84 degrees. */
export interface Coordinates {
  lat: number;
  lon: number;
}

/**
 * Town centres of the Görlitz–Zgorzelec border region and its neighbours, on both sides of the
 * border, by municipality id. Source: OpenStreetMap place nodes / Wikidata P625 (coordinate
 * location), rounded to two decimals (about 1 km), finer than the distance score needs.
 * A municipality missing here scores as "unknown" until it is added.
 */
export const REGION_MUNICIPALITIES: Readonly<Record<string, Coordinates>> = {
  'de-goerlitz': { lat: 51.15, lon: 14.99 },
  'pl-zgorzelec': { lat: 51.15, lon: 15.01 },
  'de-zittau': { lat: 50.9, lon: 14.81 },
  'de-bautzen': { lat: 51.18, lon: 14.42 },
  'de-loebau': { lat: 51.1, lon: 14.67 },
  'de-niesky': { lat: 51.29, lon: 14.82 },
  'de-dresden': { lat: 51.05, lon: 13.74 },
  'pl-bogatynia': { lat: 50.91, lon: 14.96 },
  'pl-luban': { lat: 51.12, lon: 15.29 },
  'pl-jelenia-gora': { lat: 50.9, lon: 15.73 },
  'pl-boleslawiec': { lat: 51.26, lon: 15.57 },
  'pl-wroclaw': { lat: 51.11, lon: 17.03 },
  'cz-liberec': { lat: 50.77, lon: 15.06 },
};
