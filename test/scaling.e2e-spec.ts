import { randomUUID } from 'node:crypto';
import { CaseAssignedV1, localTopic, sourceOf, toKafkaRecord } from '@tandem/contracts';
import { metricSample, NodePair, pollUntil, type TestService } from '@tandem/devkit';

const EVENTS = 300;

/** Two instances of a consuming service on one database: Kafka splits the partitions, the inbox keeps each event to one effect. */
describe('a consuming service scaled to two instances', () => {
  let pair: NodePair;
  let first: TestService;
  let second: TestService;

  beforeAll(async () => {
    pair = await NodePair.start({ label: 'scl', services: ['training'] });
    first = pair.de.service('training');
    second = await first.anotherInstance();
    await second.start();
  }, 300_000);

  afterAll(async () => {
    await second?.stop();
    await pair?.stop();
  });

  const applied = async (instance: TestService) =>
    metricSample(await (await fetch(`${instance.url}/metrics`)).text(), 'tandem_inbox_applied_total', 'inbox="intake-events"') ?? 0;

  it('shares the partitions between them and applies each event once', async () => {
    const municipality = pair.de.municipality;
    const groupId = `${municipality}.training.intake-events`;
    const admin = pair.kafka.admin();
    await admin.connect();
    try {
      const [group] = await pollUntil('both instances in the group, each with partitions', async () => (await admin.describeGroups([groupId])).groups, ([found]) =>
        found?.state === 'Stable' && found.members.length === 2 && found.members.every((member) => member.memberAssignment.length > 0),
      );
      expect(group?.members).toHaveLength(2);
    } finally {
      await admin.disconnect();
    }

    const records = Array.from({ length: EVENTS }, () => {
      const participantId = randomUUID();
      const data = { participantId, caseId: randomUUID(), caseworker: 'caseworker-anna', assignedAt: new Date().toISOString() };
      return toKafkaRecord({ id: randomUUID(), source: sourceOf(municipality, 'intake'), type: CaseAssignedV1.type, time: new Date().toISOString(), subject: participantId, data });
    });
    await pair.publishRaw(localTopic(municipality, CaseAssignedV1), records);

    await pollUntil('every case assignment applied', () => first.database.count('case_assignments'), (count) => count === EVENTS, { timeoutMs: 60_000 });
    expect(await first.database.count('inbox', "consumer = 'intake-events'")).toBe(EVENTS);
    const perInstance = await Promise.all([applied(first), applied(second)]);
    expect(perInstance.every((count) => count > 0)).toBe(true);
    expect(perInstance[0]! + perInstance[1]!).toBe(EVENTS);
  });
});
