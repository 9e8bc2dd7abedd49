import { type EntitySubscriberInterface, EventSubscriber, type TransactionCommitEvent, type TransactionRollbackEvent } from 'typeorm';
import { currentClaim, hasWritten, insertClaim } from './idempotency-claim';

/**
 * Claims a create request's key in the first transaction of the request that writes, whatever the
 * command, just before it commits: the claim commits with the command's rows, events and audit entry,
 * or not at all. A read-only transaction before it (an access check) claims nothing.
 */
@EventSubscriber()
export class IdempotencyClaims implements EntitySubscriberInterface {
  async beforeTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    const claim = currentClaim();
    const depth = (queryRunner as unknown as { transactionDepth: number }).transactionDepth;
    if (!claim || claim.committed || claim.claimedIn || depth !== 1 || !(await hasWritten(queryRunner))) return;
    await insertClaim(queryRunner, claim);
    claim.claimedIn = queryRunner;
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    const claim = currentClaim();
    if (claim?.claimedIn !== queryRunner || queryRunner.isTransactionActive) return;
    claim.claimedIn = undefined;
    claim.committed = true;
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    const claim = currentClaim();
    if (!claim || queryRunner.isTransactionActive) return;
    // The claim was inserted but its COMMIT failed, or a command retries: the next transaction claims.
    if (claim.claimedIn === queryRunner) claim.claimedIn = undefined;
    if (claim.resource?.runner === queryRunner) claim.resource = undefined;
  }
}
