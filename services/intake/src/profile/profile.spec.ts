import { Catalog } from '../catalog/catalog';
import { checkIssuedOn, IssuedInFutureError, MAX_EVIDENCE_BYTES, sha256Hex, sniffMediaType } from './evidence';
import { checkEducation, checkSkills, checkWorkExperience, educationEntry, ProfileRuleError, type WorkExperienceEntry } from './profile';

const forklift = 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da';
const catalog = new Catalog(
  [{ uri: forklift, domain: 'logistics', labels: { en: 'operate forklift' } }],
  [{ code: '8344', title: 'Lifting Truck Operators' }],
);
const now = new Date('2026-11-22T10:00:00Z');
const work = (overrides: Partial<WorkExperienceEntry> = {}): WorkExperienceEntry => ({
  occupation: '8344',
  title: 'Forklift driver',
  country: 'UA',
  fromYear: 2015,
  ...overrides,
});

function fieldsOf(check: () => void): Record<string, string[]> {
  try {
    check();
  } catch (error) {
    if (error instanceof ProfileRuleError) return error.fields;
    throw error;
  }
  return {};
}

describe('profile rules', () => {
  it('accepts catalog skills and names each skill that is not in the catalog', () => {
    expect(() => checkSkills([{ uri: forklift, proficiency: 'advanced', source: 'assessed' }], catalog)).not.toThrow();
    const unknown = 'http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000000';
    const fields = fieldsOf(() =>
      checkSkills([{ uri: forklift, proficiency: 'basic', source: 'self-declared' }, { uri: unknown, proficiency: 'basic', source: 'self-declared' }], catalog),
    );
    expect(Object.keys(fields)).toEqual(['skills.1.uri']);
  });

  it('accepts work up to this year, ongoing work, and a single-year job', () => {
    expect(() => checkWorkExperience([work(), work({ fromYear: 2026, toYear: 2026 }), work({ toYear: 2019 })], catalog, now)).not.toThrow();
  });

  it('refuses work that ends before it starts, ends or starts after this year, or names an unknown occupation', () => {
    const fields = fieldsOf(() =>
      checkWorkExperience([work({ fromYear: 2020, toYear: 2019 }), work({ toYear: 2027 }), work({ fromYear: 2027 }), work({ occupation: '9999' })], catalog, now),
    );
    expect(fields).toEqual({
      'workExperience.0.toYear': ['toYear must not be before fromYear'],
      'workExperience.1.toYear': ['toYear must not be after 2026'],
      'workExperience.2.fromYear': ['fromYear must not be after 2026'],
      'workExperience.3.occupation': ['9999 is not an ISCO-08 unit group in the catalog'],
    });
  });

  it('reads the current year from the clock it is given', () => {
    const later = new Date('2027-01-01T00:00:00Z');
    expect(() => checkWorkExperience([work({ toYear: 2027 })], catalog, later)).not.toThrow();
    expect(() => checkWorkExperience([work({ toYear: 2027 })], catalog, now)).toThrow(ProfileRuleError);
  });

  it('refuses education completed after this year and keeps only known fields', () => {
    expect(Object.keys(fieldsOf(() => checkEducation([{ level: 3, field: 'x', country: 'UA', completedYear: 2027 }], now)))).toEqual([
      'education.0.completedYear',
    ]);
    const withExtra = { level: 4, field: 'Welding', country: 'PL', recognised: false, note: 'dropped' } as never;
    expect(educationEntry(withExtra)).toEqual({ level: 4, field: 'Welding', country: 'PL', recognised: false });
  });
});

describe('evidence rules', () => {
  it('tells PDF, PNG and JPEG by their bytes and nothing else', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMediaType(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffMediaType(Buffer.alloc(0))).toBeNull();
  });

  it('computes the SHA-256 of the bytes as lower-case hex', () => {
    expect(sha256Hex(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('refuses a document issued after today', () => {
    expect(() => checkIssuedOn('2026-11-22', now)).not.toThrow();
    expect(() => checkIssuedOn(undefined, now)).not.toThrow();
    expect(() => checkIssuedOn('2026-11-23', now)).toThrow(IssuedInFutureError);
  });

  it('caps a document at five mebibytes', () => {
    expect(MAX_EVIDENCE_BYTES).toBe(5_242_880);
  });
});
