import type { Screen } from '../navigation/screens';

/** The recognition screens; the navigation lists them in this order. */
export const RECOGNITION_SCREENS: readonly Screen[] = [];
