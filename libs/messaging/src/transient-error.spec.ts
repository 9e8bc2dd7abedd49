import { KafkaJSConnectionError, KafkaJSNonRetriableError } from 'kafkajs';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isTransient } from './transient-error';

describe('isTransient', () => {
  it.each([
    ['a connection refused by PostgreSQL', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ['an administrator shutdown (57P01)', Object.assign(new Error('terminating connection'), { code: '57P01' })],
    ['a connection exception (08006)', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['a deadlock (40P01)', Object.assign(new Error('deadlock detected'), { code: '40P01' })],
    ['a TypeORM error wrapping a lost connection', Object.assign(new Error('query failed'), { driverError: { code: '57P01' } })],
    ['a terminated connection without a code', new Error('Connection terminated unexpectedly')],
    ['a client whose connection was lost while lent out', new Error('Client has encountered a connection error and is not queryable')],
    ['a client the pool ended after its connection was lost', new Error('Client was closed and is not queryable')],
    ['a query on a transaction whose connection the database ended', new QueryRunnerProviderAlreadyReleasedError()],
    ['a query runner released after its connection was lost', new QueryRunnerAlreadyReleasedError()],
    ['a retriable Kafka error', new KafkaJSConnectionError('broker down')],
  ])('retries %s', (_, error) => {
    expect(isTransient(error)).toBe(true);
  });

  it.each([
    ['a plain handler error', new Error('handler refuses')],
    ['a unique violation (23505)', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a non-retriable Kafka error', new KafkaJSNonRetriableError('bad')],
    ['a thrown string', 'oops'],
  ])('does not treat %s as transient', (_, error) => {
    expect(isTransient(error)).toBe(false);
  });
});
