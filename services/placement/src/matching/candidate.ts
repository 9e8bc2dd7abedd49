/** A participant of this node, or a trainee referred here from a partner node (known by the referral only). */
export const CANDIDATE_KINDS = ['participant', 'referral'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** Where a skill's evidence comes from: a passed training module now; recognition will add 'credential'. */
export const SKILL_SOURCES = ['module', 'credential'] as const;
export type SkillSource = (typeof SKILL_SOURCES)[number];

export interface EvidencedSkill {
  /** ESCO skill URI. */
  uri: string;
  source: SkillSource;
  /** What evidences it, e.g. the module code. */
  reference: string;
  evidencedOn: string;
}

export interface LanguageHeld {
  /** ISO 639 code. */
  code: string;
  /** CEFR level. */
  level: string;
}

/** What matching knows of a candidate: never a name, a status or anything beyond what the score uses. */
export interface CandidateProfile {
  id: string;
  kind: CandidateKind;
  /** Home municipality id, e.g. `de-goerlitz`. */
  municipality: string;
  languages: LanguageHeld[];
  skills: EvidencedSkill[];
}
