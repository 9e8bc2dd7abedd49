import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';

const Uuid = Type.String({ format: 'uuid' });
const Outcome = Type.Union([Type.Literal('full'), Type.Literal('partial'), Type.Literal('conditional'), Type.Literal('denied')]);

const REQUEST = { requestId: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', participantId: '3f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11' };

/** Ids, codes, dates and outcomes only: never the person's name, the evidence or the reasons given. */
export const RecognitionDecidedV1 = defineEvent({
  service: 'recognition',
  family: 'recognition-request',
  name: 'recognition-decided',
  version: 1,
  description: 'A recognition request was decided: automatically under a mutual recognition agreement in force that day, or by a recognition officer.',
  schema: Type.Object({
    requestId: Uuid,
    participantId: Uuid,
    outcome: Outcome,
    basis: Type.Union([Type.Literal('agreement'), Type.Literal('officer')]),
    agreementId: Type.Optional(Uuid),
    decidedOn: Type.String({ format: 'date' }),
  }),
  example: { ...REQUEST, outcome: 'conditional', basis: 'agreement', agreementId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', decidedOn: '2027-03-01' },
});

export const AppealDecidedV1 = defineEvent({
  service: 'recognition',
  family: 'recognition-request',
  name: 'appeal-decided',
  version: 1,
  description: 'An appeal against a recognition decision was decided by another recognition officer; `outcome` is the recognition now in force.',
  schema: Type.Object({
    requestId: Uuid,
    participantId: Uuid,
    appealOutcome: Type.Union([Type.Literal('upheld'), Type.Literal('overturned'), Type.Literal('modified')]),
    outcome: Outcome,
    decidedOn: Type.String({ format: 'date' }),
  }),
  example: { ...REQUEST, appealOutcome: 'overturned', outcome: 'full', decidedOn: '2027-03-20' },
});
