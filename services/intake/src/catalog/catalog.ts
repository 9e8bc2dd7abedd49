export const CATALOG_LANGUAGES = ['en', 'de', 'pl'] as const;
export type CatalogLanguage = (typeof CATALOG_LANGUAGES)[number];

export interface EscoSkill {
  uri: string;
  domain: string;
  /** English is always present; other languages only where ESCO's language pack was copied. */
  labels: { en: string } & Partial<Record<CatalogLanguage, string>>;
}

export interface IscoOccupation {
  code: string;
  title: string;
}

export interface SkillHit {
  uri: string;
  label: string;
  /** The language of `label`: the one asked for, or English where the catalog has no such label. */
  lang: CatalogLanguage;
  domain: string;
}

export const ESCO_SKILL_URI = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const ISCO_UNIT_GROUP = /^\d{4}$/;

/** Case- and accent-insensitive form used for matching, so `Pflege` finds `pflege` and `e` finds `é`. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** 0: the label starts with the query; 1: a word in it does; 2: it contains it; null: no match. */
export function matchRank(label: string, query: string): number | null {
  const haystack = fold(label);
  const needle = fold(query.trim());
  if (needle === '') return 2;
  const at = haystack.indexOf(needle);
  if (at < 0) return null;
  if (at === 0) return 0;
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(needle)}`, 'u').test(haystack) ? 1 : 2;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function ranked<T>(items: readonly T[], text: (item: T) => string, query: string, limit: number): T[] {
  return items
    .map((item) => ({ item, rank: matchRank(text(item), query) }))
    .filter((entry): entry is { item: T; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || fold(text(a.item)).localeCompare(fold(text(b.item))))
    .slice(0, limit)
    .map((entry) => entry.item);
}

/** The read-only reference catalog: ESCO skills and ISCO-08 unit groups, indexed for lookups. */
export class Catalog {
  private readonly skillsByUri: ReadonlyMap<string, EscoSkill>;
  private readonly occupationsByCode: ReadonlyMap<string, IscoOccupation>;

  constructor(
    readonly skills: readonly EscoSkill[],
    readonly occupations: readonly IscoOccupation[],
  ) {
    this.skillsByUri = new Map(skills.map((skill) => [skill.uri, skill]));
    this.occupationsByCode = new Map(occupations.map((occupation) => [occupation.code, occupation]));
  }

  skill(uri: string): EscoSkill | undefined {
    return this.skillsByUri.get(uri);
  }

  occupation(code: string): IscoOccupation | undefined {
    return this.occupationsByCode.get(code);
  }

  /** Skills whose label in `lang` (English where there is none) contains `query`, prefix matches first. */
  searchSkills(query: string, lang: CatalogLanguage, limit: number): SkillHit[] {
    const hits = this.skills.map((skill) => toHit(skill, lang));
    return ranked(hits, (hit) => hit.label, query, limit);
  }

  /** Unit groups whose title contains `query`, or whose code starts with it. */
  searchOccupations(query: string, limit: number): IscoOccupation[] {
    const trimmed = query.trim();
    if (/^\d{1,4}$/.test(trimmed)) {
      return this.occupations.filter((occupation) => occupation.code.startsWith(trimmed)).slice(0, limit);
    }
    return ranked(this.occupations, (occupation) => occupation.title, trimmed, limit);
  }
}

export function toHit(skill: EscoSkill, lang: CatalogLanguage): SkillHit {
  const label = skill.labels[lang];
  return label
    ? { uri: skill.uri, label, lang, domain: skill.domain }
    : { uri: skill.uri, label: skill.labels.en, lang: 'en', domain: skill.domain };
}
