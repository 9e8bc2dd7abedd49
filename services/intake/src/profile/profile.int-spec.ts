import { IntakeTestApp } from '../test-support/intake-test-app';
import { loadShareableProfile } from './profile-for-sharing';

const olena = {
  givenName: 'Olena',
  familyName: 'Kovalenko',
  dateOfBirth: '1994-03-17',
  gender: 'female',
  residenceMunicipality: 'de-goerlitz',
  status: 'refugee',
  languages: [{ code: 'uk', level: 'C2' }],
};

const FORKLIFT = 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da';
const LAY_BRICKS = 'http://data.europa.eu/esco/skill/13e1c0a2-b90d-46f4-be51-11730360b38d';
const UNKNOWN_SKILL = 'http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000000';
const thisYear = new Date().getUTCFullYear();

const skills = [
  { uri: FORKLIFT, proficiency: 'advanced', source: 'assessed' },
  { uri: LAY_BRICKS, proficiency: 'basic', source: 'self-declared' },
];
const education = [
  { level: 3, field: 'Electrical installation', country: 'UA', completedYear: 2012, recognised: false },
  { level: 6, field: 'Civil engineering', country: 'UA' },
];
const workExperience = [
  { occupation: '8344', title: 'Forklift driver', country: 'UA', fromYear: 2013, toYear: 2021 },
  { occupation: '7112', title: 'Bricklayer', country: 'PL', fromYear: thisYear },
];

describe('intake participant profile API', () => {
  let intake: IntakeTestApp;
  let token: string;

  beforeAll(async () => {
    intake = await IntakeTestApp.start();
    token = await intake.token();
  });

  afterAll(() => intake.stop());

  const as = (bearer: string) => intake.client(bearer);
  const anna = () => as(token);
  const register = async (): Promise<string> => (await anna().post('/participants').send(olena).expect(201)).body.id;
  const rows = async (): Promise<number[]> => {
    const [row] = await intake.dataSource.query(
      `SELECT (SELECT count(*) FROM participant_profiles)::int AS profiles, (SELECT count(*) FROM audit_log)::int AS audit`,
    );
    return [row.profiles, row.audit];
  };
  const stored = async (id: string) =>
    (await intake.dataSource.query(`SELECT skills, education, work_experience FROM participant_profiles WHERE participant_id = $1`, [id]))[0];

  it('starts every list empty and replaces each list whole', async () => {
    const id = await register();
    await anna().get(`/participants/${id}/skills`).expect(200, { skills: [] });
    await anna().put(`/participants/${id}/skills`).send({ skills }).expect(200);
    await anna().put(`/participants/${id}/skills`).send({ skills: [skills[1]] }).expect(200);
    const { body } = await anna().get(`/participants/${id}/skills`).expect(200);
    expect(body).toEqual({ skills: [{ ...skills[1], label: 'lay bricks' }] });
  });

  it('stores skills with their catalog label, education and work experience, and reads them back', async () => {
    const id = await register();
    const putSkills = await anna().put(`/participants/${id}/skills`).send({ skills }).expect(200);
    expect(putSkills.body.skills.map((s: { label: string }) => s.label)).toEqual(['operate forklift', 'lay bricks']);
    await anna().put(`/participants/${id}/education`).send({ education }).expect(200, { education });
    await anna().put(`/participants/${id}/work-experience`).send({ workExperience }).expect(200);

    await anna().get(`/participants/${id}/education`).expect(200, { education });
    const work = await anna().get(`/participants/${id}/work-experience`).expect(200);
    expect(work.body.workExperience).toEqual([
      { ...workExperience[0], occupationTitle: 'Lifting Truck Operators' },
      { ...workExperience[1], occupationTitle: 'Bricklayers and Related Workers' },
    ]);
    expect(await stored(id)).toEqual({ skills, education, work_experience: workExperience });
  });

  it('writes one audit entry for every read and every write of a list', async () => {
    const id = await register();
    await anna().put(`/participants/${id}/skills`).send({ skills }).expect(200);
    await anna().get(`/participants/${id}/skills`).expect(200);
    await anna().get(`/participants/${id}/education`).expect(200);
    await anna().put(`/participants/${id}/work-experience`).send({ workExperience }).expect(200);
    const audit = await intake.dataSource.query(
      `SELECT actor, action, purpose FROM audit_log WHERE resource_id = $1 AND action <> 'register' ORDER BY id`,
      [id],
    );
    expect(audit).toEqual(
      ['replace-skills', 'read-skills', 'read-education', 'replace-work-experience'].map((action) => ({
        actor: 'caseworker-anna',
        action,
        purpose: 'case-management',
      })),
    );
  });

  describe('bad input', () => {
    let id: string;
    beforeAll(async () => {
      id = await register();
      await anna().put(`/participants/${id}/skills`).send({ skills }).expect(200);
    });

    const refused = async (path: string, body: object, expectedFields: string[]) => {
      const before = await rows();
      const snapshot = await stored(id);
      const response = await anna().put(`/participants/${id}/${path}`).send(body).expect(400);
      expect(Object.keys(response.body.fields).sort()).toEqual(expectedFields.sort());
      expect(await rows()).toEqual(before);
      expect(await stored(id)).toEqual(snapshot);
    };

    it('refuses a skill that is not in the catalog, and writes nothing', async () => {
      await refused('skills', { skills: [skills[0], { uri: UNKNOWN_SKILL, proficiency: 'basic', source: 'assessed' }] }, ['skills.1.uri']);
    });

    it('names each malformed skill field, a duplicate and an unknown field', async () => {
      await refused('skills', { skills: [{ uri: 'forklift', proficiency: 'expert', source: 'rumour', colour: 'red' }] }, [
        'skills.0.uri',
        'skills.0.proficiency',
        'skills.0.source',
        'skills.0.colour',
      ]);
      await refused('skills', { skills: [skills[0], skills[0]] }, ['skills']);
      await refused('skills', { skills, extra: true }, ['extra']);
    });

    it('names each wrong education field', async () => {
      await refused(
        'education',
        { education: [{ level: 9, field: '', country: 'Ukraine', completedYear: 1800, recognised: 'yes' }] },
        ['education.0.level', 'education.0.field', 'education.0.country', 'education.0.completedYear', 'education.0.recognised'],
      );
      await refused('education', { education: [{ level: 3, field: 'x'.repeat(201), country: 'XX' }] }, ['education.0.field', 'education.0.country']);
      await refused('education', { education: [{ level: 3, field: 'Welding', country: 'UA', completedYear: thisYear + 1 }] }, [
        'education.0.completedYear',
      ]);
    });

    it('refuses work that ends before it starts, ends in the future or names an unknown occupation', async () => {
      const entry = workExperience[0];
      await refused('work-experience', { workExperience: [{ ...entry, fromYear: 2020, toYear: 2019 }] }, ['workExperience.0.toYear']);
      await refused('work-experience', { workExperience: [{ ...entry, toYear: thisYear + 1 }] }, ['workExperience.0.toYear']);
      await refused('work-experience', { workExperience: [{ ...entry, occupation: '0110' }] }, ['workExperience.0.occupation']);
      await refused('work-experience', { workExperience: [{ ...entry, occupation: '83', title: '' }] }, [
        'workExperience.0.occupation',
        'workExperience.0.title',
      ]);
    });
  });

  describe('access', () => {
    it("hides a colleague's participant profile (404) and writes nothing, but not from an admin", async () => {
      const id = await register();
      await anna().put(`/participants/${id}/skills`).send({ skills }).expect(200);
      const bernd = as(await intake.token(['caseworker'], 'caseworker-bernd'));
      const before = await rows();
      for (const path of ['skills', 'education', 'work-experience']) await bernd.get(`/participants/${id}/${path}`).expect(404);
      await bernd.put(`/participants/${id}/skills`).send({ skills: [] }).expect(404);
      await bernd.put(`/participants/${id}/education`).send({ education }).expect(404);
      await bernd.put(`/participants/${id}/work-experience`).send({ workExperience }).expect(404);
      expect(await rows()).toEqual(before);
      expect((await stored(id)).skills).toEqual(skills);

      const admin = as(await intake.token(['admin'], 'admin-clara'));
      await admin.get(`/participants/${id}/skills`).expect(200);
    });

    it('answers 404 for a participant the node does not hold and 400 for a malformed id', async () => {
      await anna().get('/participants/7c9e6679-7425-40de-944b-e07fc1f90ae7/skills').expect(404);
      await anna().put('/participants/7c9e6679-7425-40de-944b-e07fc1f90ae7/education').send({ education }).expect(404);
      await anna().get('/participants/not-a-uuid/work-experience').expect(400);
    });
  });

  describe('profile for sharing', () => {
    it('gives skills with English labels, education and work, without how skills are known or recognition', async () => {
      const id = await register();
      await anna().put(`/participants/${id}/skills`).send({ skills }).expect(200);
      await anna().put(`/participants/${id}/education`).send({ education }).expect(200);
      await anna().put(`/participants/${id}/work-experience`).send({ workExperience }).expect(200);

      const profile = await loadShareableProfile(intake.dataSource.manager, id);
      expect(profile).toEqual({
        skills: [
          { uri: FORKLIFT, label: 'operate forklift', proficiency: 'advanced' },
          { uri: LAY_BRICKS, label: 'lay bricks', proficiency: 'basic' },
        ],
        education: [
          { level: 3, field: 'Electrical installation', country: 'UA', completedYear: 2012 },
          { level: 6, field: 'Civil engineering', country: 'UA' },
        ],
        workExperience,
      });
    });

    it('gives empty lists for a participant whose profile was never written', async () => {
      const id = await register();
      expect(await loadShareableProfile(intake.dataSource.manager, id)).toEqual({ skills: [], education: [], workExperience: [] });
    });
  });
});
