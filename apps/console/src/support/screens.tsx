import type { Screen } from '../navigation/screens';

/** The support screens; the navigation lists them in this order. */
export const SUPPORT_SCREENS: readonly Screen[] = [];
