import { type NodeClient, pollUntil, type TestService } from '@tandem/devkit';
import { expectStatus } from './referral-api';

export const STIPEND_MONTHLY_MINOR = 30_000;

export interface SupportSetup {
  stipendTypeId: string;
  counsellingTypeId: string;
  budgetId: string;
}

/**
 * A stipend of 300.00 EUR a month (full from 80 % attendance, pro rata below), psychosocial
 * counselling by the session, and a public budget for 2026 to charge them to.
 */
export async function seedSupport(worker: NodeClient, tag: string): Promise<SupportSetup> {
  const created = async (path: string, body: unknown) => expectStatus(await worker.post<{ id: string }>(path, body), 201, `POST ${path}`).id;
  const stipendTypeId = await created('/support-types', {
    code: `STIPEND-${tag}`,
    kind: 'stipend',
    name: 'Training stipend',
    unit: 'month',
    unitCostMinor: STIPEND_MONTHLY_MINOR,
    currency: 'EUR',
    rules: { attendance: { fullFrom: 0.8, below: 'pro-rata' } },
  });
  const counsellingTypeId = await created('/support-types', {
    code: `COUNSEL-${tag}`,
    kind: 'psychosocial-care',
    name: 'Counselling session',
    unit: 'session',
    unitCostMinor: 6_000,
    currency: 'EUR',
    rules: {},
  });
  const sourceId = await created('/funding-sources', { kind: 'public', name: `Landkreis budget ${tag}` });
  const budgetId = await created(`/funding-sources/${sourceId}/budgets`, {
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    amountMinor: 10_000_000,
    currency: 'EUR',
  });
  return { stipendTypeId, counsellingTypeId, budgetId };
}

/** Requested by one social worker and, being over the four-eyes threshold, approved by another. */
export async function approvedEntitlement(
  requester: NodeClient,
  approver: NodeClient,
  body: { participantId: string; supportTypeId: string; budgetId: string; capMinor: number; reason: string },
): Promise<string> {
  // Support hears of the participant's case from intake's events: until then the participant is unknown (404).
  const answer = await pollUntil(
    `support to know participant ${body.participantId}`,
    () => requester.post<{ id: string; status: string }>('/entitlements', { ...body, periodFrom: '2026-10-01', periodTo: '2026-12-31' }),
    (response) => response.status !== 404,
    { timeoutMs: 60_000 },
  );
  const requested = expectStatus(answer, 201, 'requesting an entitlement');
  if (requested.status === 'approved') return requested.id;
  expectStatus(await approver.post(`/entitlements/${requested.id}/approval`), 200, `approving an entitlement of ${body.capMinor}`);
  return requested.id;
}

/** Waits until the home node's support holds `sessions` attendance entries of the participant. */
export function attendanceArrived(support: TestService, participantId: string, sessions: number): Promise<number> {
  return pollUntil(
    `${sessions} attendance entries of ${participantId} at ${support.label}`,
    () => support.database.count('attendance', 'participant_id = $1', [participantId]),
    (count) => count === sessions,
    { timeoutMs: 60_000 },
  );
}
