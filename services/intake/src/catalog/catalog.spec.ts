import { Catalog, type EscoSkill, fold, matchRank } from './catalog';
import { bundledCatalog, CatalogDataError, parseOccupations, parseSkills } from './catalog-data';

const uri = (n: number) => `http://data.europa.eu/esco/skill/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const skill = (n: number, en: string, extra: Partial<EscoSkill['labels']> = {}): EscoSkill => ({ uri: uri(n), domain: 'test', labels: { en, ...extra } });

const catalog = new Catalog(
  [
    skill(1, 'install electrical wiring', { de: 'Elektroleitungen verlegen' }),
    skill(2, 'wire security sensors'),
    skill(3, 'Wiring harnesses'),
    skill(4, 'lay bricks'),
    skill(5, 'rewire lamps'),
  ],
  [
    { code: '7411', title: 'Building and Related Electricians' },
    { code: '7412', title: 'Electrical Mechanics and Fitters' },
    { code: '7212', title: 'Welders and Flame Cutters' },
  ],
);

describe('catalog search', () => {
  it('ranks labels starting with the text before labels with a word starting with it, before other matches', () => {
    const labels = catalog.searchSkills('wir', 'en', 10).map((hit) => hit.label);
    expect(labels).toEqual(['wire security sensors', 'Wiring harnesses', 'install electrical wiring', 'rewire lamps']);
  });

  it('matches regardless of case and accents', () => {
    expect(fold('Élektro')).toBe('elektro');
    expect(matchRank('LAY BRICKS', 'bricks')).toBe(1);
    expect(catalog.searchSkills('LAY', 'en', 10).map((hit) => hit.label)).toEqual(['lay bricks']);
  });

  it('searches the asked language and falls back to English where a skill has no such label', () => {
    const german = catalog.searchSkills('elektro', 'de', 10);
    expect(german).toEqual([{ uri: uri(1), label: 'Elektroleitungen verlegen', lang: 'de', domain: 'test' }]);
    const polish = catalog.searchSkills('bricks', 'pl', 10);
    expect(polish).toEqual([{ uri: uri(4), label: 'lay bricks', lang: 'en', domain: 'test' }]);
  });

  it('returns at most the limit and lists everything alphabetically for an empty text', () => {
    expect(catalog.searchSkills('', 'en', 2).map((hit) => hit.label)).toEqual(['install electrical wiring', 'lay bricks']);
    expect(catalog.searchSkills('zzz', 'en', 10)).toEqual([]);
  });

  it('treats regular-expression characters in the text as plain text', () => {
    expect(() => catalog.searchSkills('(wir', 'en', 10)).not.toThrow();
    expect(catalog.searchSkills('(wir', 'en', 10)).toEqual([]);
  });

  it('finds occupations by title words or by the start of their code', () => {
    expect(catalog.searchOccupations('electric', 10).map((o) => o.code)).toEqual(['7412', '7411']);
    expect(catalog.searchOccupations('741', 10).map((o) => o.code)).toEqual(['7411', '7412']);
    expect(catalog.occupation('7212')?.title).toBe('Welders and Flame Cutters');
    expect(catalog.occupation('9999')).toBeUndefined();
  });
});

describe('catalog data', () => {
  const validSkills = { classification: 'ESCO', version: 'v1.2', skills: [skill(1, 'lay bricks')] };
  const validOccupations = { classification: 'ISCO-08', occupations: [{ code: '7112', title: 'Bricklayers and Related Workers' }] };

  it('accepts well-formed files', () => {
    expect(parseSkills(validSkills)).toHaveLength(1);
    expect(parseOccupations(validOccupations)).toHaveLength(1);
  });

  it.each([
    ['a URI outside the ESCO skill space', { ...validSkills, skills: [{ ...skill(1, 'x'), uri: 'http://example.org/skill/1' }] }],
    ['a skill without an English label', { ...validSkills, skills: [{ uri: uri(1), domain: 'test', labels: { de: 'x' } }] }],
    ['an unknown field', { ...validSkills, skills: [{ ...skill(1, 'x'), weight: 3 }] }],
    ['a skill listed twice', { ...validSkills, skills: [skill(1, 'x'), skill(1, 'y')] }],
    ['no skills at all', { ...validSkills, skills: [] }],
  ])('refuses a skills file with %s', (_case, data) => {
    expect(() => parseSkills(data)).toThrow(CatalogDataError);
  });

  it.each([
    ['a 3-digit code', { ...validOccupations, occupations: [{ code: '711', title: 'x' }] }],
    ['a code listed twice', { ...validOccupations, occupations: [{ code: '7112', title: 'x' }, { code: '7112', title: 'y' }] }],
    ['an empty title', { ...validOccupations, occupations: [{ code: '7112', title: '' }] }],
  ])('refuses an occupations file with %s', (_case, data) => {
    expect(() => parseOccupations(data)).toThrow(CatalogDataError);
  });

  it('ships a valid catalog of real ESCO skills and ISCO-08 unit groups', () => {
    const shipped = bundledCatalog();
    expect(shipped.skills.length).toBeGreaterThanOrEqual(60);
    expect(shipped.occupations.length).toBeGreaterThanOrEqual(40);
    expect(shipped.skill('http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da')?.labels.en).toBe('operate forklift');
    expect(shipped.occupation('7212')?.title).toBe('Welders and Flame Cutters');
  });
});
