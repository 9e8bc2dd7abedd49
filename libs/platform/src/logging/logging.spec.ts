import { Writable } from 'node:stream';
import pino from 'pino';
import { redactionPaths } from './logging';

function logLine(value: object): string {
  let output = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  pino({ redact: { paths: redactionPaths(), censor: '[redacted]' } }, sink).info(value, 'event');
  return output;
}

describe('log redaction', () => {
  it('never writes personal fields, at the top level or nested', () => {
    const line = logLine({
      familyName: 'Kovalenko',
      participant: { givenName: 'Olena', dateOfBirth: '1994-03-17', status: 'refugee' },
      request: { body: { notes: 'psychosocial note' } },
      deep: { a: { b: { gender: 'female' } } },
    });
    expect(line).not.toMatch(/Kovalenko|Olena|1994-03-17|refugee|psychosocial|female/);
    expect(line).toContain('[redacted]');
  });

  it('keeps the fields operators need', () => {
    const line = logLine({ participantId: '3f1c2a6e', consumer: 'intake.referrals' });
    expect(line).toContain('3f1c2a6e');
    expect(line).toContain('intake.referrals');
  });

  it('drops the query values database errors carry', () => {
    const failure = Object.assign(new Error('duplicate key value violates unique constraint'), {
      parameters: ['Olena', '1994-03-17'],
      detail: 'Key (given_name)=(Olena) already exists.',
      driverError: { detail: 'Key (given_name)=(Olena) already exists.' },
    });
    const line = logLine({ err: failure });
    expect(line).toContain('duplicate key value');
    expect(line).not.toMatch(/Olena|1994-03-17/);
  });

  it('hides credentials of requests', () => {
    const line = logLine({ req: { headers: { authorization: 'Bearer secret-token' } } });
    expect(line).not.toContain('secret-token');
  });
});
