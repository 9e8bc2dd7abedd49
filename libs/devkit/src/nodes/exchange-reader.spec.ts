import { findCanaries, type ExchangeRecord } from './exchange-reader';
import { isTopicOf } from './exchange-kafka';

const record = (overrides: Partial<ExchangeRecord>): ExchangeRecord => ({
  topic: 'xb.pl-x.inbox.v1',
  partition: 0,
  offset: 7,
  key: 'referral-1',
  value: '{"givenName":"Olena"}',
  headers: { ce_id: 'event-1' },
  ...overrides,
});

describe('searching exchange records for canaries', () => {
  it('finds a canary in the key, the value, a header value and a header name, whatever its case', () => {
    const hits = findCanaries(
      [
        record({ key: 'xCANARYx' }),
        record({ offset: 8, value: '{"note":"a canary"}' }),
        record({ offset: 9, headers: { trace: 'Canary' } }),
        record({ offset: 10, headers: { canary_header: '1' } }),
      ],
      ['canary'],
    );
    expect(hits.map((hit) => [hit.offset, hit.where])).toEqual([
      [7, 'key'],
      [8, 'value'],
      [9, 'header trace'],
      [10, 'header name canary_header'],
    ]);
  });

  it('reports nothing when no canary occurs', () => {
    expect(findCanaries([record({})], ['Kovalenko', 'refugee'])).toEqual([]);
  });
});

describe('the topics of a run', () => {
  it.each([
    ['xb.pl-x.inbox.v1', true],
    ['xb.pl-x.inbox.v1.dlq', true],
    ['de-x.intake.participant.v1', true],
    ['xb.pl-y.inbox.v1', false],
    ['pl-xy.intake.participant.v1', false],
    ['xb.pl-x-other.inbox.v1', false],
  ])('%s belongs to the run: %s', (topic, expected) => {
    expect(isTopicOf(topic, ['de-x', 'pl-x'])).toBe(expected);
  });
});
