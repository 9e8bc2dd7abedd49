import { localTopic, ParticipantDemographicsV1, PublicPlacementEndedV1, PublicPlacementStartedV1, PublicWageRecordedV1 } from '@tandem/contracts';
import { pollUntil, publishAs, published, type ServiceTestApp } from '@tandem/devkit';
import { jobBody, newCaseworker, participantOf, seedWorkplace } from '../placements/test-support/placement-fixtures';
import { startPlacementApp } from '../test-support/placement-test-app';
import { Pseudonyms } from './pseudonyms';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const CELL_MINIMUM = 5;

describe('public placement topic', () => {
  let placement: ServiceTestApp;
  const caseworker = newCaseworker();

  beforeAll(async () => {
    placement = await startPlacementApp();
  });
  afterAll(() => placement?.stop());

  async function participantWith(gender: 'female' | 'male', ageBandAtRegistration: '25-34' | '55-plus'): Promise<string> {
    const participantId = await participantOf(placement, caseworker);
    await publishAs(placement, 'intake', ParticipantDemographicsV1, participantId, { participantId, gender, ageBandAtRegistration });
    await pollUntil(
      'demographics applied',
      () => placement.dataSource.query('SELECT 1 FROM participant_demographics WHERE participant_id = $1', [participantId]),
      (rows) => rows.length === 1,
    );
    return participantId;
  }

  it('carries pseudonyms, codes and wage bands, and gender and age band only in cells of at least the minimum', async () => {
    const client = await placement.as(['caseworker'], caseworker);
    const workplace = await seedWorkplace(placement);
    const people = [];
    for (let i = 0; i < CELL_MINIMUM + 1; i++) people.push(await participantWith('female', '25-34'));
    const alone = await participantWith('male', '55-plus');
    const placements: string[] = [];
    for (const participantId of [...people, alone]) {
      const started = await client.post('/placements').send(jobBody(participantId, workplace, { startedOn: '2026-02-02' }));
      expect(started.status).toBe(201);
      placements.push(started.body.id);
    }
    const [first] = placements;
    await client.post(`/placements/${first}/wages`).send({ effectiveOn: '2026-06-01', wage: { amountMinor: 530_000, currency: 'PLN', period: 'month' } }).expect(201);
    await client.post(`/placements/${first}/end`).send({ endedOn: '2026-09-30', reason: 'moved-to-other-job' }).expect(200);

    const topic = localTopic(placement.municipality, PublicPlacementStartedV1);
    expect(topic).toBe(`${placement.municipality}.placement.public.v1`);
    const starts = await published(placement, PublicPlacementStartedV1, { topic, atLeast: placements.length });
    const ends = await published(placement, PublicPlacementEndedV1, { topic });
    const wages = await published(placement, PublicWageRecordedV1, { topic, atLeast: placements.length + 1 });

    // The cell grows with each start: the fifth and sixth women of 25-34 in this occupation are shown as such, the man alone never.
    const shown = starts.filter((start) => start.gender || start.ageBand);
    expect(shown.map(({ gender, ageBand }) => ({ gender, ageBand }))).toEqual([
      { gender: 'female', ageBand: '25-34' },
      { gender: 'female', ageBand: '25-34' },
    ]);
    // Whoever reads the topic cannot narrow a shown start below the minimum: it hides among the starts that
    // may be in its cell, those shown alike and those that show nothing.
    for (const start of shown) {
      const mayBeInCell = starts.filter(
        (other) => other.occupation === start.occupation && other.type === start.type && (!other.gender || (other.gender === start.gender && other.ageBand === start.ageBand)),
      );
      expect(mayBeInCell.length).toBeGreaterThanOrEqual(CELL_MINIMUM);
    }
    expect(starts.find((start) => !start.gender)).toEqual({
      participant: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      placement: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      type: 'job',
      occupation: '7212',
      sectors: ['F'],
      siteMunicipality: 'pl-zgorzelec',
      startedOn: '2026-02-02',
      contractedHoursPerWeek: 40,
      wageBand: { currency: 'PLN', period: 'month', fromMinor: 450_000, toMinor: 500_000 },
    });
    // One placement's public events share its pseudonyms, so they can be followed without knowing whose they are.
    const firstPseudonyms = { participant: ends[0]!.participant, placement: ends[0]!.placement };
    expect(starts).toContainEqual(expect.objectContaining(firstPseudonyms));
    expect(ends).toEqual([{ ...firstPseudonyms, endedOn: '2026-09-30', reason: 'moved-to-other-job' }]);
    expect(wages).toContainEqual({ ...firstPseudonyms, effectiveOn: '2026-06-01', wageBand: { currency: 'PLN', period: 'month', fromMinor: 500_000, toMinor: 550_000 } });
    expect(new Set(starts.map((start) => start.participant)).size).toBe(placements.length);
  });

  it('holds no id, name, contact or address of anyone', async () => {
    const records = await pollUntil(
      'public records',
      async () => (await placement.dataSource.query(`SELECT message_key, headers, payload FROM outbox WHERE topic LIKE '%.placement.public.v1'`)) as Array<Record<string, unknown>>,
      (rows) => rows.length > 0,
    );
    for (const record of records) {
      // The event's own id (ce_id) is a fresh UUID of the public record: it names nobody.
      const { ce_id: _eventId, ...headers } = record['headers'] as unknown as Record<string, string>;
      const raw = `${record['message_key']} ${JSON.stringify(headers)} ${record['payload']}`;
      expect(raw).not.toMatch(UUID);
      expect(raw).not.toMatch(/Stal-Bud|Ewa|Daszyńskiego|480000|530000/);
    }
  });

  it('gives each audience its own pseudonyms, which no other audience can join', async () => {
    const pseudonyms = placement.app.get(Pseudonyms);
    const id = '3f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11';
    expect(await pseudonyms.of('public-topic', id)).toBe(await pseudonyms.of('public-topic', id));
    expect(await pseudonyms.of('public-topic', id)).not.toBe(await pseudonyms.of('subscription-1', id));
  });
});
