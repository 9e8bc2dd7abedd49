import type { Screen } from '../navigation/screens';

/** The training screens; the navigation lists them in this order. */
export const TRAINING_SCREENS: readonly Screen[] = [];
