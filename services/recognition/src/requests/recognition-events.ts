import { AppealDecidedV1, RecognitionDecidedV1 } from '@tandem/contracts';
import type { RecognitionRequestEntity } from './recognition-request.entity';

const day = (at: Date | null) => (at as Date).toISOString().slice(0, 10);

/** The decision as announced: ids, outcome and date only, never the reasons or what was presented. */
export function decidedEvent(request: RecognitionRequestEntity) {
  const data = {
    requestId: request.id,
    participantId: request.participantId,
    outcome: request.outcome as NonNullable<RecognitionRequestEntity['outcome']>,
    basis: request.basis as NonNullable<RecognitionRequestEntity['basis']>,
    ...(request.agreementId ? { agreementId: request.agreementId } : {}),
    decidedOn: day(request.decidedAt),
  };
  return { contract: RecognitionDecidedV1, subject: request.id, data };
}

export function appealDecidedEvent(request: RecognitionRequestEntity) {
  const data = {
    requestId: request.id,
    participantId: request.participantId,
    appealOutcome: request.appealOutcome as NonNullable<RecognitionRequestEntity['appealOutcome']>,
    outcome: request.outcome as NonNullable<RecognitionRequestEntity['outcome']>,
    decidedOn: day(request.appealDecidedAt),
  };
  return { contract: AppealDecidedV1, subject: request.id, data };
}
