import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';

/**
 * Who looks after a participant's case: on the participant topic, so it follows the registration in
 * order. Services that show a participant's records to caseworkers (training, support) check it.
 */
export const CaseAssignedV1 = defineEvent({
  service: 'intake',
  family: 'participant',
  name: 'case-assigned',
  version: 1,
  description: "A participant's case was assigned to a caseworker, at registration or by an admin's reassignment.",
  schema: Type.Object({
    participantId: Type.String({ format: 'uuid' }),
    caseId: Type.String({ format: 'uuid' }),
    /** The caseworker's subject in the node's identity provider, never a name. */
    caseworker: Type.String({ minLength: 1, maxLength: 200 }),
    assignedAt: Type.String({ format: 'date-time' }),
  }),
  example: {
    participantId: '3f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11',
    caseId: '5d0a3e7c-1b2f-4c8d-9e6a-7f1b2c3d4e5f',
    caseworker: 'caseworker-anna',
    assignedAt: '2026-11-22T09:30:00.000Z',
  },
});
