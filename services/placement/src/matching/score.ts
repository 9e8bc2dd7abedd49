import type { LanguageRequirement } from '../vacancies/vacancy.entity';
import type { CandidateProfile } from './candidate';
import { distanceFit } from './distance-fit';
import { type Component, type ComponentScore, type Fit, rounded } from './explanation';
import { languageFit } from './language-fit';
import type { Coordinates } from './region-municipalities';
import { skillsFit } from './skills-fit';

/** Skills first, as they are what the job is; language next; distance decides between equals. Sum 1. */
export const WEIGHTS: Readonly<Record<Component, number>> = { skills: 0.5, language: 0.3, distance: 0.2 };

/** What a vacancy asks for, and where its site is. */
export interface VacancyNeeds {
  requiredSkills: string[];
  languages: LanguageRequirement[];
  siteMunicipality: string;
}

export interface Match {
  candidate: CandidateProfile;
  /** Weighted sum of the component values, in [0, 1]. */
  score: number;
  explanation: ComponentScore[];
}

function weighed(component: Component, fit: Fit): ComponentScore {
  return { component, weight: WEIGHTS[component], ...fit, value: rounded(fit.value) };
}

/** One candidate against one vacancy; pure, so the same data always gives the same score and reasons. */
export function scoreMatch(needs: VacancyNeeds, candidate: CandidateProfile, places?: Readonly<Record<string, Coordinates>>): Match {
  const fits: Record<Component, Fit> = {
    skills: skillsFit(needs.requiredSkills, candidate.skills),
    language: languageFit(needs.languages, candidate.languages),
    distance: distanceFit(candidate.municipality, needs.siteMunicipality, places),
  };
  const score = (Object.keys(fits) as Component[]).reduce((sum, component) => sum + WEIGHTS[component] * fits[component].value, 0);
  return {
    candidate,
    score: rounded(score),
    explanation: (Object.keys(fits) as Component[]).map((component) => weighed(component, fits[component])),
  };
}

/** Best first; equal scores in a stable order (by id), so a ranking never flickers between two reads. */
export function rankMatches(needs: VacancyNeeds, candidates: CandidateProfile[], places?: Readonly<Record<string, Coordinates>>): Match[] {
  return candidates
    .map((candidate) => scoreMatch(needs, candidate, places))
    .sort((a, b) => b.score - a.score || a.candidate.id.localeCompare(b.candidate.id));
}
