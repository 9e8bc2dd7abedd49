import type { Presented } from '../api/recognition';

/** One line naming what was presented: its name or code, then country, code and EQF level as given. */
export function presentedText(presented: Presented): string {
  const title = presented.kind === 'qualification' ? presented.name : presented.code;
  const details = [presented.country, presented.kind === 'qualification' ? presented.code : presented.issuerMunicipality, presented.eqfLevel && `EQF ${presented.eqfLevel}`];
  return `${title} (${details.filter(Boolean).join(', ')})`;
}
