/** What is presented for recognition, as the rules compare it: never the person, only the qualification. */
export type Presented =
  | { kind: 'credential'; credentialId: string; issuerMunicipality: string; country: string; code: string; eqfLevel?: number; occupations: string[] }
  | { kind: 'qualification'; country: string; code?: string; name: string; eqfLevel?: number; occupations: string[] };

export type RuleSource =
  | { kind: 'credential'; issuer: string; code: string }
  | { kind: 'qualification'; country: string; code?: string; name?: string };

export interface RuleTarget {
  name: string;
  occupation?: string;
  eqfLevel: number;
}

export interface LanguageCondition {
  code: string;
  cefr: string;
}

export interface RuleConditions {
  modules?: string[];
  language?: LanguageCondition;
}

export interface AgreementRule {
  source: RuleSource;
  target: RuleTarget;
  outcome: 'full' | 'conditional';
  conditions?: RuleConditions;
}

export interface AgreementScope {
  occupations: string[];
  eqfLevels: number[];
}

/** One version of an agreement: in force from `effectiveFrom` (inclusive) until `effectiveTo` (exclusive, or open). */
export interface AgreementVersion {
  id: string;
  agreementKey: string;
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  scope: AgreementScope;
  rules: AgreementRule[];
}

export interface RuleMatch {
  agreement: AgreementVersion;
  ruleIndex: number;
  rule: AgreementRule;
}

/** Dates are ISO calendar days (YYYY-MM-DD), so string order is date order. */
export function inForceOn(version: Pick<AgreementVersion, 'effectiveFrom' | 'effectiveTo'>, day: string): boolean {
  return version.effectiveFrom <= day && (version.effectiveTo === null || day < version.effectiveTo);
}

/** Two versions overlap when some day is in force in both. */
export function overlaps(a: Pick<AgreementVersion, 'effectiveFrom' | 'effectiveTo'>, b: Pick<AgreementVersion, 'effectiveFrom' | 'effectiveTo'>): boolean {
  return (a.effectiveTo === null || b.effectiveFrom < a.effectiveTo) && (b.effectiveTo === null || a.effectiveFrom < b.effectiveTo);
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function sourceMatches(source: RuleSource, presented: Presented): boolean {
  if (source.kind === 'credential') {
    return presented.kind === 'credential' && same(source.code, presented.code) && (same(source.issuer, presented.issuerMunicipality) || same(source.issuer, presented.country));
  }
  if (presented.kind !== 'qualification' || !same(source.country, presented.country)) return false;
  // A code identifies a qualification better than its name; the name counts only when the rule gives no code.
  if (source.code !== undefined) return presented.code !== undefined && same(source.code, presented.code);
  return source.name !== undefined && same(source.name, presented.name);
}

/** An empty list in the scope means "all"; a value the presenter did not give cannot be shown to be in scope. */
export function withinScope(scope: AgreementScope, presented: Presented): boolean {
  const eqfOk = scope.eqfLevels.length === 0 || (presented.eqfLevel !== undefined && scope.eqfLevels.includes(presented.eqfLevel));
  const occupationOk = scope.occupations.length === 0 || presented.occupations.some((code) => scope.occupations.includes(code));
  return eqfOk && occupationOk;
}

/**
 * The first rule, of the agreement versions in force on `day`, whose source is what was presented within
 * the version's scope. Versions are tried oldest agreement first so the same input always gives the same rule.
 */
export function matchRule(versions: AgreementVersion[], presented: Presented, day: string): RuleMatch | undefined {
  const inForce = versions.filter((version) => inForceOn(version, day)).sort((a, b) => a.agreementKey.localeCompare(b.agreementKey));
  for (const agreement of inForce) {
    if (!withinScope(agreement.scope, presented)) continue;
    const ruleIndex = agreement.rules.findIndex((rule) => sourceMatches(rule.source, presented));
    if (ruleIndex >= 0) return { agreement, ruleIndex, rule: agreement.rules[ruleIndex] as AgreementRule };
  }
  return undefined;
}
