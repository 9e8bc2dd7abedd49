import type { EvidencedSkill } from './candidate';
import type { Fit } from './explanation';

function evidence(skill: EvidencedSkill): string {
  return skill.source === 'credential' ? `credential ${skill.reference}, issued on ${skill.evidencedOn}` : `module ${skill.reference}, passed on ${skill.evidencedOn}`;
}

/** The share of the vacancy's required skills the candidate has evidence of; the earliest evidence is named. */
export function skillsFit(required: string[], evidenced: EvidencedSkill[]): Fit {
  if (required.length === 0) return { value: 1, reasons: ['the vacancy requires no particular skill'], matchedSkills: [], missingSkills: [] };
  const earliest = new Map<string, EvidencedSkill>();
  for (const skill of [...evidenced].sort((a, b) => a.evidencedOn.localeCompare(b.evidencedOn))) {
    if (!earliest.has(skill.uri)) earliest.set(skill.uri, skill);
  }
  const matchedSkills = required.filter((uri) => earliest.has(uri));
  const missingSkills = required.filter((uri) => !earliest.has(uri));
  return {
    value: matchedSkills.length / required.length,
    reasons: [
      `${matchedSkills.length} of ${required.length} required skills evidenced`,
      ...matchedSkills.map((uri) => `${uri}: evidenced by ${evidence(earliest.get(uri) as EvidencedSkill)}`),
      ...missingSkills.map((uri) => `${uri}: no evidence yet`),
    ],
    matchedSkills,
    missingSkills,
  };
}
