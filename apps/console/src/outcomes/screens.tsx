import type { Screen } from '../navigation/screens';

/** The outcomes screens; the navigation lists them in this order. */
export const OUTCOMES_SCREENS: readonly Screen[] = [];
