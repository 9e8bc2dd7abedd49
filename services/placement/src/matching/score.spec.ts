import type { CandidateProfile } from './candidate';
import { greatCircleKm } from './distance';
import { REGION_MUNICIPALITIES } from './region-municipalities';
import { rankMatches, scoreMatch, type VacancyNeeds, WEIGHTS } from './score';

const WELDING = 'http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083';
const SAFETY = 'http://data.europa.eu/esco/skill/0f0c4d3e-5a5b-4b8c-9d0e-1f2a3b4c5d6e';

const welder: VacancyNeeds = { requiredSkills: [WELDING, SAFETY], languages: [{ code: 'pl', level: 'B1' }], siteMunicipality: 'pl-zgorzelec' };

function candidate(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return { id: 'c-1', kind: 'participant', municipality: 'pl-zgorzelec', languages: [], skills: [], ...overrides };
}

const passed = (uri: string, reference = 'WLD-101', evidencedOn = '2027-01-15') => ({ uri, source: 'module' as const, reference, evidencedOn });
const component = (match: ReturnType<typeof scoreMatch>, name: string) => match.explanation.find((line) => line.component === name);

describe('explainable matching score', () => {
  it('weighs skills 0.5, language 0.3 and distance 0.2, adding up to 1', () => {
    expect(WEIGHTS).toEqual({ skills: 0.5, language: 0.3, distance: 0.2 });
    const perfect = scoreMatch(welder, candidate({ skills: [passed(WELDING), passed(SAFETY)], languages: [{ code: 'pl', level: 'C1' }] }));
    expect(perfect.score).toBe(1);
  });

  it('ranks a candidate with the required skills and language above one without, and says why', () => {
    const qualified = candidate({ id: 'c-2', skills: [passed(WELDING), passed(SAFETY, 'SAF-100', '2026-12-01')], languages: [{ code: 'pl', level: 'B1' }] });
    const untrained = candidate({ id: 'c-1', languages: [{ code: 'uk', level: 'C2' }] });
    const [first, second] = rankMatches(welder, [untrained, qualified]);
    expect([first?.candidate.id, second?.candidate.id]).toEqual(['c-2', 'c-1']);
    expect(first?.score).toBe(1);
    expect(second?.score).toBe(0.2);

    expect(component(first!, 'skills')).toEqual({
      component: 'skills',
      weight: 0.5,
      value: 1,
      reasons: [
        '2 of 2 required skills evidenced',
        `${WELDING}: evidenced by module WLD-101, passed on 2027-01-15`,
        `${SAFETY}: evidenced by module SAF-100, passed on 2026-12-01`,
      ],
      matchedSkills: [WELDING, SAFETY],
      missingSkills: [],
    });
    expect(component(second!, 'skills')).toMatchObject({ value: 0, matchedSkills: [], missingSkills: [WELDING, SAFETY] });
    expect(component(second!, 'skills')?.reasons).toContain(`${WELDING}: no evidence yet`);
    expect(component(second!, 'language')).toEqual({
      component: 'language',
      weight: 0.3,
      value: 0,
      reasons: ['0 of 1 required languages met', 'pl: B1 required, not spoken'],
      languages: [{ code: 'pl', required: 'B1', held: null, value: 0 }],
    });
  });

  it('counts half a skill share for half the skills, naming the earliest evidence once', () => {
    const match = scoreMatch(welder, candidate({ skills: [passed(WELDING, 'WLD-201', '2027-02-01'), passed(WELDING, 'WLD-101', '2027-01-15')] }));
    expect(component(match, 'skills')).toMatchObject({ value: 0.5, matchedSkills: [WELDING], missingSkills: [SAFETY] });
    expect(component(match, 'skills')?.reasons[1]).toBe(`${WELDING}: evidenced by module WLD-101, passed on 2027-01-15`);
  });

  it('gives a language met 1, one CEFR level below 0.5, further below 0, and averages them', () => {
    const needs = { ...welder, languages: [{ code: 'pl', level: 'B1' }, { code: 'de', level: 'B2' }, { code: 'en', level: 'B1' }] };
    const match = scoreMatch(needs, candidate({ languages: [{ code: 'pl', level: 'A2' }, { code: 'de', level: 'C1' }, { code: 'en', level: 'A1' }] }));
    const language = component(match, 'language');
    expect(language?.languages).toEqual([
      { code: 'pl', required: 'B1', held: 'A2', value: 0.5 },
      { code: 'de', required: 'B2', held: 'C1', value: 1 },
      { code: 'en', required: 'B1', held: 'A1', value: 0 },
    ]);
    expect(language?.value).toBe(0.5);
    expect(language?.reasons).toEqual([
      '1 of 3 required languages met',
      'pl: B1 required, A2 spoken: one level below, counts half',
      'de: B2 required, C1 spoken: met',
      'en: B1 required, A1 spoken: more than one level below',
    ]);
  });

  it('gives full skills and language to a vacancy that asks for none, saying so', () => {
    const match = scoreMatch({ requiredSkills: [], languages: [], siteMunicipality: 'pl-zgorzelec' }, candidate());
    expect(match.score).toBe(1);
    expect(component(match, 'skills')?.reasons).toEqual(['the vacancy requires no particular skill']);
    expect(component(match, 'language')?.reasons).toEqual(['the vacancy requires no particular language']);
  });

  it('does not penalise crossing the border: Görlitz to a Zgorzelec site is about a kilometre, full distance value', () => {
    const fromGoerlitz = scoreMatch(welder, candidate({ municipality: 'de-goerlitz' }));
    const local = scoreMatch(welder, candidate({ municipality: 'pl-zgorzelec' }));
    expect(component(fromGoerlitz, 'distance')).toEqual({
      component: 'distance',
      weight: 0.2,
      value: 1,
      reasons: ['de-goerlitz to pl-zgorzelec: 1.4 km as the crow flies, across the border (DE to PL), which adds nothing'],
      distanceKm: 1.4,
    });
    expect(fromGoerlitz.score).toBe(local.score);
  });

  it('falls linearly from 10 km to nothing at 100 km', () => {
    const distance = (municipality: string) => component(scoreMatch(welder, candidate({ municipality })), 'distance');
    const bautzen = greatCircleKm(REGION_MUNICIPALITIES['de-bautzen']!, REGION_MUNICIPALITIES['pl-zgorzelec']!);
    expect(bautzen).toBeGreaterThan(10);
    expect(bautzen).toBeLessThan(100);
    expect(distance('de-bautzen')?.value).toBeCloseTo((100 - bautzen) / 90, 3);
    expect(distance('pl-wroclaw')).toMatchObject({ value: 0, distanceKm: expect.any(Number) });
    expect(distance('pl-wroclaw')?.distanceKm).toBeGreaterThan(100);
  });

  it('counts an unknown municipality as 0.5 and says which one it did not know', () => {
    const match = scoreMatch(welder, candidate({ municipality: 'ua-lviv' }));
    expect(component(match, 'distance')).toEqual({
      component: 'distance',
      weight: 0.2,
      value: 0.5,
      reasons: ["distance unknown: ua-lviv not in the region's list of municipalities, counted as 0.5"],
      distanceKm: null,
    });
  });

  it('puts equal scores in a stable order, by candidate id', () => {
    const ids = rankMatches(welder, [candidate({ id: 'c-b' }), candidate({ id: 'c-a' })]).map((match) => match.candidate.id);
    expect(ids).toEqual(['c-a', 'c-b']);
  });
});
