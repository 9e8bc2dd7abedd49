import { OB_V3_CONTEXT, VC_V2_CONTEXT } from '../credentials/open-badge';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
const isDateTime = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));

/**
 * What VC 2.0 and OB 3.0 require of an OpenBadgeCredential, as problems found (none: the shape holds):
 * the v2 context first and the OB context, both types, an issuer with an id, `validFrom`, and a subject
 * with an Achievement that has an id, a name and criteria.
 */
export function shapeProblems(credential: unknown): string[] {
  if (!isObject(credential)) return ['the payload is not a JSON object'];
  const problems: string[] = [];
  const contexts = asArray(credential['@context']);
  if (contexts[0] !== VC_V2_CONTEXT) problems.push(`@context must start with ${VC_V2_CONTEXT}`);
  if (!contexts.includes(OB_V3_CONTEXT)) problems.push(`@context must include ${OB_V3_CONTEXT}`);
  const types = asArray(credential['type']);
  for (const type of ['VerifiableCredential', 'OpenBadgeCredential']) if (!types.includes(type)) problems.push(`type must include ${type}`);
  if (typeof issuerIdOf(credential) !== 'string') problems.push('issuer must be a URL or an object with an id');
  if (!isDateTime(credential['validFrom'])) problems.push('validFrom must be a date-time');
  if (credential['validUntil'] !== undefined && !isDateTime(credential['validUntil'])) problems.push('validUntil must be a date-time');
  const achievement = isObject(credential['credentialSubject']) ? credential['credentialSubject']['achievement'] : undefined;
  if (!isObject(achievement)) problems.push('credentialSubject.achievement must be an object');
  else {
    if (!asArray(achievement['type']).includes('Achievement')) problems.push('the achievement type must include Achievement');
    for (const field of ['id', 'name']) if (typeof achievement[field] !== 'string') problems.push(`the achievement needs a ${field}`);
    if (!isObject(achievement['criteria'])) problems.push('the achievement needs criteria');
  }
  return problems;
}

export function issuerIdOf(credential: Json): unknown {
  const issuer = credential['issuer'];
  return isObject(issuer) ? issuer['id'] : issuer;
}
