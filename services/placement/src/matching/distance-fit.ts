import { greatCircleKm } from './distance';
import type { Fit } from './explanation';
import { type Coordinates, REGION_MUNICIPALITIES } from './region-municipalities';

/** Within a short commute the distance does not matter; beyond a long one it rules the job out. */
export const FULL_WITHIN_KM = 10;
export const NOTHING_FROM_KM = 100;
/** Neither near nor far: an unknown distance must not decide a ranking. */
export const UNKNOWN_DISTANCE_VALUE = 0.5;

const countryOf = (municipality: string) => municipality.slice(0, 2).toUpperCase();

/**
 * 1 within 10 km of the site, falling linearly to 0 at 100 km, as the crow flies between town centres.
 * The border costs nothing: Görlitz to Zgorzelec is as near as two streets of one town.
 */
export function distanceFit(home: string, site: string, places: Readonly<Record<string, Coordinates>> = REGION_MUNICIPALITIES): Fit {
  const unknown = [...new Set([home, site])].filter((municipality) => !places[municipality]);
  if (unknown.length > 0) {
    return {
      value: UNKNOWN_DISTANCE_VALUE,
      reasons: [`distance unknown: ${unknown.join(' and ')} not in the region's list of municipalities, counted as ${UNKNOWN_DISTANCE_VALUE}`],
      distanceKm: null,
    };
  }
  const km = greatCircleKm(places[home] as Coordinates, places[site] as Coordinates);
  const value = Math.min(1, Math.max(0, (NOTHING_FROM_KM - km) / (NOTHING_FROM_KM - FULL_WITHIN_KM)));
  const crossing = countryOf(home) !== countryOf(site) ? `, across the border (${countryOf(home)} to ${countryOf(site)}), which adds nothing` : '';
  return { value, reasons: [`${home} to ${site}: ${km.toFixed(1)} km as the crow flies${crossing}`], distanceKm: Math.round(km * 10) / 10 };
}
