import { CEFR_LEVELS } from '../vacancies/dto/vacancy.dto';
import type { LanguageRequirement } from '../vacancies/vacancy.entity';
import type { LanguageHeld } from './candidate';
import type { Fit, LanguageCheck } from './explanation';

const cefrStep = (level: string) => (CEFR_LEVELS as readonly string[]).indexOf(level);

/** Met = 1; one CEFR step below = 0.5, as a step is often closed on the job with language coaching; further below = 0. */
function check(requirement: LanguageRequirement, spoken: LanguageHeld[]): { check: LanguageCheck; reason: string } {
  const { code, level: required } = requirement;
  const held = spoken.find((language) => language.code === code)?.level ?? null;
  if (!held) return { check: { code, required, held, value: 0 }, reason: `${code}: ${required} required, not spoken` };
  const steps = cefrStep(held) - cefrStep(required);
  const [value, verdict]: [number, string] = steps >= 0 ? [1, 'met'] : steps === -1 ? [0.5, 'one level below, counts half'] : [0, 'more than one level below'];
  return { check: { code, required, held, value }, reason: `${code}: ${required} required, ${held} spoken: ${verdict}` };
}

/** The mean over the vacancy's required languages. */
export function languageFit(required: LanguageRequirement[], held: LanguageHeld[]): Fit {
  if (required.length === 0) return { value: 1, reasons: ['the vacancy requires no particular language'], languages: [] };
  const checks = required.map((requirement) => check(requirement, held));
  const met = checks.filter(({ check }) => check.value === 1).length;
  return {
    value: checks.reduce((sum, { check }) => sum + check.value, 0) / checks.length,
    reasons: [`${met} of ${checks.length} required languages met`, ...checks.map(({ reason }) => reason)],
    languages: checks.map(({ check }) => check),
  };
}
