export const REJECTION_REASONS = ['unsigned', 'unknown-sender', 'wrong-destination', 'bad-signature', 'malformed'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** A cross-border record that must not be applied; `reason` goes with it to the dead-letter topic. */
export class MessageRejectedError extends Error {
  override readonly name = 'MessageRejectedError';
  constructor(
    readonly reason: RejectionReason,
    message: string,
  ) {
    super(message);
  }
}
