import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SupportType } from '@tandem/contracts';
import { caseworkerOf, type Principal, ROLES, type Role } from '@tandem/platform';

/** Social workers of the node record and decide support, and alone read why someone gets it and their notes. */
export const SOCIAL_WORKER: Role[] = ['social_worker'];
/** Who of the node reads the catalog: every role but `integrator`, whose tokens reach their own webhook subscriptions only. */
export const NODE_READERS: Role[] = ROLES.filter((role) => role !== 'integrator');
/** Auditors read budgets and statements: amounts, never reasons or notes. */
export const AUDITOR: Role = 'auditor';

/** Purposes recorded in the audit log. */
export const SOCIAL_SUPPORT = 'social-support';
export const CASE_MANAGEMENT = 'case-management';
export const FINANCIAL_AUDIT = 'financial-audit';

/**
 * Support whose very existence tells of someone's health: only social workers learn of it, and
 * auditors its amounts. For a caseworker its entitlements, log and statement lines do not exist.
 */
export const CONFIDENTIAL_KINDS: readonly SupportType[] = ['psychosocial-care'];

/** Whether the actor may know of support of this kind at all. */
export function maySeeKind(actor: Principal, kind: SupportType): boolean {
  return isSocialWorker(actor) || actor.roles.includes(AUDITOR) || !CONFIDENTIAL_KINDS.includes(kind);
}

export function isSocialWorker(actor: Principal): boolean {
  return actor.roles.includes('social_worker');
}

/**
 * Whether the actor may see a participant's support records at all: social workers of the node see
 * everyone's; a caseworker only those of their own cases, and never the sensitive parts.
 */
export async function mayReadSupportOf(manager: EntityManager, actor: Principal, participantId: string): Promise<boolean> {
  if (isSocialWorker(actor)) return true;
  return actor.roles.includes('caseworker') && (await caseworkerOf(manager, participantId)) === actor.subject;
}

/** 404, never 403, for someone else's participant: existence is not disclosed. */
export async function assertMayReadSupportOf(manager: EntityManager, actor: Principal, participantId: string): Promise<void> {
  if (!(await mayReadSupportOf(manager, actor, participantId))) throw new NotFoundException(`participant ${participantId} not found`);
}

/** The audit purpose of a read: a social worker's support work, or a caseworker's case. */
export function purposeOf(actor: Principal): string {
  return isSocialWorker(actor) ? SOCIAL_SUPPORT : CASE_MANAGEMENT;
}
