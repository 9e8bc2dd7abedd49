import type { Screen } from '../navigation/screens';

/** The placement screens; the navigation lists them in this order. */
export const PLACEMENT_SCREENS: readonly Screen[] = [];
