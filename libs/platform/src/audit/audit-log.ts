import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { noteAuditedResource } from '../idempotency/idempotency-claim';

export interface AuditEntry {
  actor: Principal;
  /** What was done: `read`, `register`, `grant-consent`, ... */
  action: string;
  resourceType: string;
  resourceId: string;
  /** Why: the purpose the caller's role and route serve, e.g. `case-management`. */
  purpose: string;
}

/** Writes who did what to whose record, when and why, in the same transaction as the access. */
@Injectable()
export class AuditLog {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor, actor_roles, action, resource_type, resource_id, purpose)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [entry.actor.subject, entry.actor.roles, entry.action, entry.resourceType, entry.resourceId, entry.purpose],
    );
    noteAuditedResource(manager, entry.resourceType, entry.resourceId);
  }
}
