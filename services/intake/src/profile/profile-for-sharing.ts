import type { EntityManager } from 'typeorm';
import { bundledCatalog } from '../catalog/catalog-data';
import { loadSections } from './profile-records';

export interface ShareableProfile {
  skills: Array<{ uri: string; label: string; proficiency: string }>;
  education: Array<{ level: number; field: string; country: string; completedYear?: number }>;
  workExperience: Array<{ occupation: string; title: string; country: string; fromYear: number; toYear?: number }>;
}

/**
 * The part of a participant's profile that may travel with a referral: skills with their English
 * labels, education and work history. Leaves out how a skill is known, recognition status and every
 * document. No access check and no audit entry here: the caller has checked and records the sharing.
 */
export async function loadShareableProfile(manager: EntityManager, participantId: string): Promise<ShareableProfile> {
  const catalog = bundledCatalog();
  const { skills, education, workExperience } = await loadSections(manager, participantId);
  return {
    skills: skills.map((skill) => ({
      uri: skill.uri,
      label: catalog.skill(skill.uri)?.labels.en ?? skill.uri,
      proficiency: skill.proficiency,
    })),
    education: education.map(({ level, field, country, completedYear }) => ({
      level,
      field,
      country,
      ...(completedYear !== undefined && { completedYear }),
    })),
    workExperience: workExperience.map(({ occupation, title, country, fromYear, toYear }) => ({
      occupation,
      title,
      country,
      fromYear,
      ...(toYear !== undefined && { toYear }),
    })),
  };
}
