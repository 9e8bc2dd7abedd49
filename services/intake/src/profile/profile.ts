import type { Catalog } from '../catalog/catalog';

export const PROFICIENCIES = ['basic', 'intermediate', 'advanced'] as const;
export type Proficiency = (typeof PROFICIENCIES)[number];

export const SKILL_SOURCES = ['self-declared', 'assessed', 'evidenced'] as const;
export type SkillSource = (typeof SKILL_SOURCES)[number];

/** ISCED 2011 levels, 0 (early childhood) to 8 (doctoral). */
export const ISCED_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;

/** Oldest year accepted for education and work: earlier ones are typing mistakes, not history. */
export const EARLIEST_YEAR = 1940;

export interface SkillEntry {
  uri: string;
  proficiency: Proficiency;
  source: SkillSource;
}

export interface EducationEntry {
  level: number;
  field: string;
  country: string;
  completedYear?: number;
  recognised?: boolean;
}

export interface WorkExperienceEntry {
  occupation: string;
  title: string;
  country: string;
  fromYear: number;
  toYear?: number;
}

/** Input that is well-formed but breaks a rule; `fields` uses the same paths as the validation pipe. */
export class ProfileRuleError extends Error {
  override readonly name = 'ProfileRuleError';
  constructor(readonly fields: Record<string, string[]>) {
    super(`profile rules violated: ${Object.keys(fields).join(', ')}`);
  }
}

type Problems = Record<string, string[]>;

function add(problems: Problems, path: string, message: string): void {
  (problems[path] ??= []).push(message);
}

function throwIfAny(problems: Problems): void {
  if (Object.keys(problems).length > 0) throw new ProfileRuleError(problems);
}

export function checkSkills(entries: readonly SkillEntry[], catalog: Catalog): void {
  const problems: Problems = {};
  entries.forEach((entry, i) => {
    if (!catalog.skill(entry.uri)) add(problems, `skills.${i}.uri`, `${entry.uri} is not a skill in the catalog`);
  });
  throwIfAny(problems);
}

export function checkEducation(entries: readonly EducationEntry[], now: Date): void {
  const problems: Problems = {};
  const thisYear = now.getUTCFullYear();
  entries.forEach((entry, i) => {
    if (entry.completedYear !== undefined && entry.completedYear > thisYear) {
      add(problems, `education.${i}.completedYear`, `completedYear must not be after ${thisYear}`);
    }
  });
  throwIfAny(problems);
}

export function checkWorkExperience(entries: readonly WorkExperienceEntry[], catalog: Catalog, now: Date): void {
  const problems: Problems = {};
  const thisYear = now.getUTCFullYear();
  entries.forEach((entry, i) => {
    const at = `workExperience.${i}`;
    if (!catalog.occupation(entry.occupation)) add(problems, `${at}.occupation`, `${entry.occupation} is not an ISCO-08 unit group in the catalog`);
    if (entry.fromYear > thisYear) add(problems, `${at}.fromYear`, `fromYear must not be after ${thisYear}`);
    if (entry.toYear !== undefined) {
      if (entry.toYear < entry.fromYear) add(problems, `${at}.toYear`, 'toYear must not be before fromYear');
      if (entry.toYear > thisYear) add(problems, `${at}.toYear`, `toYear must not be after ${thisYear}`);
    }
  });
  throwIfAny(problems);
}

/** Keeps only the known keys, so what is stored is exactly what the rules looked at. */
export function skillEntry(entry: SkillEntry): SkillEntry {
  return { uri: entry.uri, proficiency: entry.proficiency, source: entry.source };
}

export function educationEntry(entry: EducationEntry): EducationEntry {
  return {
    level: entry.level,
    field: entry.field,
    country: entry.country,
    ...(entry.completedYear !== undefined && { completedYear: entry.completedYear }),
    ...(entry.recognised !== undefined && { recognised: entry.recognised }),
  };
}

export function workExperienceEntry(entry: WorkExperienceEntry): WorkExperienceEntry {
  return {
    occupation: entry.occupation,
    title: entry.title,
    country: entry.country,
    fromYear: entry.fromYear,
    ...(entry.toYear !== undefined && { toYear: entry.toYear }),
  };
}
