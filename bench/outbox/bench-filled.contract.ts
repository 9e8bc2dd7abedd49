import { Type } from '@sinclair/typebox';
import { ContractRegistry, defineEvent } from '@tandem/contracts';

/** Bench-only event: padding brings its JSON payload to about 1 KiB, a generous real event. */
export const BenchFilledV1 = defineEvent({
  service: 'intake',
  family: 'bench',
  name: 'bench-filled',
  version: 1,
  description: 'Bench-only event: an aggregate, its sequence number and padding to a fixed payload size.',
  schema: Type.Object({
    aggregate: Type.String({ minLength: 1 }),
    seq: Type.Integer({ minimum: 0 }),
    padding: Type.String(),
  }),
  example: { aggregate: 'agg-0', seq: 0, padding: '' },
});

export const benchRegistry = new ContractRegistry([BenchFilledV1]);
