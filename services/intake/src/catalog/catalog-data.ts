import Ajv, { type ErrorObject } from 'ajv';
import escoSkills from '../../data/esco-skills.json';
import iscoOccupations from '../../data/isco-08-occupations.json';
import { Catalog, type EscoSkill, type IscoOccupation } from './catalog';

/** A reference file that does not match its schema: the service must not start with it. */
export class CatalogDataError extends Error {
  override readonly name = 'CatalogDataError';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is not a valid catalog file: ${problems.join('; ')}`);
  }
}

const label = { type: 'string', minLength: 1, maxLength: 300 } as const;

const skillsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['classification', 'version', 'skills'],
  properties: {
    classification: { const: 'ESCO' },
    version: { type: 'string', minLength: 1 },
    skills: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['uri', 'domain', 'labels'],
        properties: {
          uri: { type: 'string', pattern: '^http://data\\.europa\\.eu/esco/skill/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' },
          domain: { type: 'string', pattern: '^[a-z]+$' },
          labels: {
            type: 'object',
            additionalProperties: false,
            required: ['en'],
            properties: { en: label, de: label, pl: label },
          },
        },
      },
    },
  },
} as const;

const occupationsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['classification', 'occupations'],
  properties: {
    classification: { const: 'ISCO-08' },
    occupations: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'title'],
        properties: { code: { type: 'string', pattern: '^\\d{4}$' }, title: label },
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: true });
const validateSkills = ajv.compile(skillsSchema);
const validateOccupations = ajv.compile(occupationsSchema);

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}

function duplicates(keys: string[]): string[] {
  return keys.filter((key, index) => keys.indexOf(key) !== index).map((key) => `${key} is listed twice`);
}

export function parseSkills(data: unknown, file = 'esco-skills.json'): EscoSkill[] {
  if (!validateSkills(data)) throw new CatalogDataError(file, describe(validateSkills.errors));
  const skills = (data as { skills: EscoSkill[] }).skills;
  const twice = duplicates(skills.map((skill) => skill.uri));
  if (twice.length > 0) throw new CatalogDataError(file, twice);
  return skills;
}

export function parseOccupations(data: unknown, file = 'isco-08-occupations.json'): IscoOccupation[] {
  if (!validateOccupations(data)) throw new CatalogDataError(file, describe(validateOccupations.errors));
  const occupations = (data as { occupations: IscoOccupation[] }).occupations;
  const twice = duplicates(occupations.map((occupation) => occupation.code));
  if (twice.length > 0) throw new CatalogDataError(file, twice);
  return occupations;
}

let bundled: Catalog | undefined;

/**
 * The catalog shipped in `services/intake/data`, validated once per process. The JSON files are
 * imported, so the compiler copies them next to the built code and `dist` finds them too.
 */
export function bundledCatalog(): Catalog {
  bundled ??= new Catalog(parseSkills(escoSkills as unknown), parseOccupations(iscoOccupations as unknown));
  return bundled;
}
