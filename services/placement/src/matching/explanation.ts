export const COMPONENTS = ['skills', 'language', 'distance'] as const;
export type Component = (typeof COMPONENTS)[number];

/** One required language against what the candidate speaks. */
export interface LanguageCheck {
  code: string;
  required: string;
  /** The candidate's CEFR level in it, or null when they do not speak it. */
  held: string | null;
  value: number;
}

/** What one component found, before it is weighed. */
export interface Fit {
  /** In [0, 1]. */
  value: number;
  /** Sentences a caseworker or an employer can read; the first one sums the component up. */
  reasons: string[];
  matchedSkills?: string[];
  missingSkills?: string[];
  languages?: LanguageCheck[];
  /** Null when a municipality is not known. */
  distanceKm?: number | null;
}

/** One line of a match's explanation: the component, its weight, its value and why. */
export interface ComponentScore extends Fit {
  component: Component;
  weight: number;
}

/** Three decimals: enough to rank, few enough to read. */
export function rounded(value: number): number {
  return Math.round(value * 1000) / 1000;
}
