import { type EntitySubscriberInterface, EventSubscriber, type TransactionCommitEvent, type TransactionRollbackEvent, type TransactionStartEvent } from 'typeorm';
import { currentClaim, insertClaim } from './idempotency-claim';

/**
 * Claims a create request's key in the first transaction the request opens, whatever the command:
 * the claim commits with the command's rows, events and audit entry, or rolls back with them.
 */
@EventSubscriber()
export class IdempotencyClaims implements EntitySubscriberInterface {
  async afterTransactionStart({ queryRunner }: TransactionStartEvent): Promise<void> {
    const claim = currentClaim();
    if (!claim || claim.holder || claim.committed) return;
    claim.holder = queryRunner;
    await insertClaim(queryRunner, claim);
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    const claim = currentClaim();
    if (claim?.holder !== queryRunner || queryRunner.isTransactionActive) return;
    claim.holder = undefined;
    claim.committed = true;
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    const claim = currentClaim();
    if (claim?.holder !== queryRunner || queryRunner.isTransactionActive) return;
    // A command that retries its transaction claims again in the next one.
    claim.holder = undefined;
    claim.resourceNoted = false;
  }
}
