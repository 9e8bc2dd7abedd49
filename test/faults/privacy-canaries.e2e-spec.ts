import { type CanaryHit, type NodeClient, NodePair, pollUntil } from '@tandem/devkit';
import { readReferral, withdrawConsent } from '../support/referral-api';
import { type Person, personAcrossTheNode } from './person-data-flow';
import { CanaryLedger } from './privacy/canary-ledger';
import { canariesInNode, searchEveryTopic, sightingsOf, type TopicSearch, topicKind } from './privacy/canary-search';
import { FIELDS_WITHOUT_CANARY, PERSON_DATA_FIELDS } from './privacy/fields-without-canary';
import { freeTextFields } from './privacy/free-text-fields';
import { credentialRevokedAbroad, placedAtHome, recognisedAtHome, supportedAtHome, trainedAtHome } from './privacy/home-services';
import { referralConversation, refusedRequests, type SecondPerson, secondPerson } from './privacy/referral-conversation';
import { EXPECTED_TOPIC_HITS, RETAINED_BY_PL_TOPICS } from './privacy/expected-hits';

const SERVICES = ['intake', 'training', 'support', 'placement', 'recognition'];
const FIRST = 'first person';
/** Special categories held as enum values, which no string canary can mark: sought by value on the exchange topics. */
const SPECIAL_VALUES = ['refugee', 'diverse'];

describe('privacy canaries: free text and special categories stay where the consent keeps them', () => {
  const ledger = new CanaryLedger();
  let pair: NodePair;
  let person: Person;
  let second: SecondPerson;
  let search: TopicSearch;
  /** Canaries found in PL's databases after the withdrawals outside the outbox (which the relay prunes), once counted. */
  let afterWithdrawal: number | undefined;

  beforeAll(async () => {
    const started = Date.now();
    pair = await NodePair.start({ label: 'canary', services: SERVICES, readyTimeoutMs: 240_000, logLevel: 'debug' });
    // '' is in every line: its count is the number of lines searched.
    for (const service of pair.services) service.process.watch(['', ledger.mark, ...Object.keys(PERSON_DATA_FIELDS)]);
    console.log(`both nodes ready after ${Math.round((Date.now() - started) / 1000)} s`);
    person = await personAcrossTheNode(pair);
    for (const canary of person.canaries) ledger.adopt(fieldOfPersonData(canary), canary, FIRST);
    const de = await pair.de.as(['caseworker'], 'caseworker-anna');
    const pl = await pair.pl.as(['caseworker'], 'caseworker-marta');
    second = await secondPerson(pair, de, ledger);
    await referralConversation(pair, de, pl, second, ledger);
    await refusedRequests(de, second, ledger);
    await trainedAtHome(pair, second, ledger);
    await supportedAtHome(pair, second, ledger);
    await placedAtHome(pair, second, ledger);
    await recognisedAtHome(pair, second, ledger);
    await credentialRevokedAbroad(pair, person.referralId, ledger);
    await withdrawEverything(de);
    search = await searchEveryTopic(pair.kafka, [...ledger.canaries, ...SPECIAL_VALUES]);
    console.log(`topics: ${search.topics.map((topic) => topicKind(pair, topic)).join(' ')}`);
    console.log(`flows, withdrawal and search after ${Math.round((Date.now() - started) / 1000)} s`);
  }, 600_000);

  async function withdrawEverything(de: NodeClient): Promise<void> {
    await withdrawConsent(de, person.participantId, person.consentId);
    await withdrawConsent(de, second.participantId, second.consentId);
    for (const referralId of [person.referralId, ...second.referralIds]) {
      await pollUntil(`PL to erase referral ${referralId}`, () => readReferral(de, referralId), (view) => Boolean(view.erasedAt), { timeoutMs: 60_000 });
    }
    const unsent = () => Promise.all(pair.services.map((service) => service.database.count('outbox', 'sent_at IS NULL')));
    await pollUntil('every outbox to drain', unsent, (counts) => counts.every((n) => n === 0), { timeoutMs: 60_000 });
  }

  const described = (hits: CanaryHit[]) => [...new Set(hits.map((hit) => `${ledger.describe(hit.canary)} @ ${topicKind(pair, hit.topic)}`))].sort();

  it('puts a canary in every free-text field of every request body of the five services', () => {
    const free = SERVICES.flatMap(freeTextFields);
    expect(Object.keys(FIELDS_WITHOUT_CANARY).filter((field) => !free.includes(field))).toEqual([]);
    const required = free.filter((field) => !(field in FIELDS_WITHOUT_CANARY));
    expect(required.filter((field) => !ledger.fields.has(field))).toEqual([]);
  });

  it('finds no canary in any topic or dead letter but where the consent or the referral conversation carries it', () => {
    const kinds = search.topics.map((topic) => topicKind(pair, topic));
    expect(kinds).toEqual(expect.arrayContaining(['xb.DE.inbox.v1', 'xb.PL.inbox.v1', 'xb.CZ.inbox.v1']));
    const canaryHits = search.hits.filter((hit) => !SPECIAL_VALUES.includes(hit.canary));
    expect(described(canaryHits)).toEqual([...EXPECTED_TOPIC_HITS].sort());
    // Status and gender: on no exchange topic (gender leaves intake only in DE's own demographics event).
    expect(described(search.hits.filter((hit) => SPECIAL_VALUES.includes(hit.canary) && hit.topic.startsWith('xb.')))).toEqual([]);
  });

  it('finds no canary in any output line of any service', () => {
    const needles = [ledger.mark, ...Object.keys(PERSON_DATA_FIELDS)];
    const seen = needles.flatMap((needle) => Object.entries(sightingsOf(pair, needle)).filter(([, n]) => n > 0).map(([label, n]) => `${needle} ${n}x in ${label}`));
    expect(seen).toEqual([]);
    expect(Object.values(sightingsOf(pair, '')).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
  });

  it('leaves no canary in any database of PL after the consent withdrawals; its topics keep what they carried until retention', async () => {
    const held = Object.entries(await canariesInNode(pair.pl, ledger.canaries)).flatMap(([table, canaries]) => canaries.map((canary) => `${table}: ${ledger.describe(canary)}`));
    afterWithdrawal = held.length;
    expect(held).toEqual([]);
    const plHits = search.hits.filter((hit) => topicKind(pair, hit.topic).includes('PL') && !SPECIAL_VALUES.includes(hit.canary));
    expect(described(plHits)).toEqual([...RETAINED_BY_PL_TOPICS].sort());
  });

  afterAll(async () => {
    if (search) printFigures();
    await pair?.stop();
  });

  function printFigures(): void {
    const logLines = Object.values(sightingsOf(pair, '')).reduce((sum, n) => sum + n, 0);
    const unexpected = described(search.hits.filter((hit) => !SPECIAL_VALUES.includes(hit.canary))).filter((hit) => !EXPECTED_TOPIC_HITS.includes(hit));
    const logged = [ledger.mark, ...Object.keys(PERSON_DATA_FIELDS)].flatMap((needle) => Object.values(sightingsOf(pair, needle))).reduce((sum, n) => sum + n, 0);
    const fields = SERVICES.flatMap(freeTextFields).filter((field) => ledger.fields.has(field)).length;
    const figures = { suite: 'privacy-canaries', canaries: ledger.canaries.length, fields, topics: search.topics.length, records: search.records, logLines, hits: unexpected.length + logged };
    console.log(JSON.stringify({ ...figures, afterWithdrawal: afterWithdrawal ?? -1 }));
  }
});

function fieldOfPersonData(canary: string): string {
  const label = Object.keys(PERSON_DATA_FIELDS).find((prefix) => canary.startsWith(prefix));
  if (!label) throw new Error(`person-data-flow made a canary ${canary} of a field this suite does not know`);
  return PERSON_DATA_FIELDS[label] as string;
}
