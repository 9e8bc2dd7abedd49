import { municipalityOfSource } from '@tandem/contracts';
import { MessageRejectedError, type MessageVerifier } from '@tandem/federation';
import type { RecordVerifier } from '@tandem/messaging';

/**
 * The exchange inbox's gate: only a record signed for this node by a federation member passes,
 * and only if its `ce_source` names that same member, so one node cannot speak for another.
 */
export function exchangeRecordVerifier(verifier: MessageVerifier): RecordVerifier {
  return async (record) => {
    try {
      const verified = await verifier.verify(record);
      const claimed = municipalityOfSource(verified.record.headers['ce_source'] ?? '');
      if (claimed !== verified.sender) {
        return { rejected: 'malformed', error: `ce_source names ${claimed ?? 'no municipality'}, but ${verified.sender} signed it` };
      }
      return { accepted: verified.record };
    } catch (error) {
      if (error instanceof MessageRejectedError) return { rejected: error.reason, error: error.message };
      throw error;
    }
  };
}
