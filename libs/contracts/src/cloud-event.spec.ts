import { fromKafkaRecord, InvalidEnvelopeError, sourceOf, toKafkaRecord, type CloudEvent } from './cloud-event';

const event: CloudEvent = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  source: sourceOf('de-goerlitz', 'intake'),
  type: 'tandem.intake.participant-registered.v1',
  time: '2026-11-22T10:00:00.000Z',
  subject: 'participant-1',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  data: { participantId: 'participant-1' },
};

describe('CloudEvents in Kafka binary mode', () => {
  it('puts attributes in ce_ headers, the subject in the key and data in the value', () => {
    const record = toKafkaRecord(event);
    expect(record.key).toBe('participant-1');
    expect(record.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_id: event.id,
      ce_source: 'urn:tandem:de-goerlitz:intake',
      ce_type: event.type,
      ce_time: event.time,
      ce_subject: 'participant-1',
      'content-type': 'application/json',
      traceparent: event.traceparent,
    });
    expect(JSON.parse(record.value)).toEqual(event.data);
  });

  it('reads back what it wrote', () => {
    expect(fromKafkaRecord(toKafkaRecord(event))).toEqual(event);
  });

  it('rejects a record whose value is not JSON', () => {
    const record = { ...toKafkaRecord(event), value: '{not json' };
    expect(() => fromKafkaRecord(record)).toThrow(InvalidEnvelopeError);
  });

  it('rejects a record without the CloudEvents headers', () => {
    const { ce_type: _removed, ...headers } = toKafkaRecord(event).headers;
    expect(() => fromKafkaRecord({ ...toKafkaRecord(event), headers })).toThrow(/missing header ce_type/);
  });
});
