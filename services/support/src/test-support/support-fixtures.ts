import { randomUUID } from 'node:crypto';
import { type ServiceTestApp, uniqueName } from '@tandem/devkit';

export const EVA = { roles: ['social_worker'], subject: 'sw-eva' };
export const JONAS = { roles: ['social_worker'], subject: 'sw-jonas' };
/** The test app's four-eyes threshold is the default: 500.00. */
export const THRESHOLD_MINOR = 50_000;

export interface Funding {
  supportTypeId: string;
  fundingSourceId: string;
  budgetId: string;
  /** A participant of the node, someone entitlements can be for. */
  participantId: string;
}

/**
 * A support type priced in EUR and a public source with a 2026 budget of `amountMinor` to pay it,
 * made through the social workers' API, and a participant with a case to fund.
 */
export async function seedFunding(
  app: ServiceTestApp,
  options: { amountMinor?: number; kind?: string; unit?: string; unitCostMinor?: number; rules?: object } = {},
): Promise<Funding> {
  const worker = await app.as(EVA.roles, EVA.subject);
  const created = async (path: string, body: object) => {
    const response = await worker.post(path).send(body);
    if (response.status !== 201) throw new Error(`POST ${path} → ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  };
  const supportTypeId = await created('/support-types', {
    code: uniqueName('CARE'),
    kind: options.kind ?? 'childcare',
    name: 'Childcare during training hours',
    unit: options.unit ?? 'hour',
    unitCostMinor: options.unitCostMinor ?? 1_500,
    currency: 'EUR',
    ...(options.rules ? { rules: options.rules } : {}),
  });
  const fundingSourceId = await created('/funding-sources', { kind: 'public', name: uniqueName('Landkreis Görlitz') });
  const budgetId = await created(`/funding-sources/${fundingSourceId}/budgets`, {
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    amountMinor: options.amountMinor ?? 1_000_000,
    currency: 'EUR',
  });
  return { supportTypeId, fundingSourceId, budgetId, participantId: await participantOf(app, 'caseworker-maria') };
}

/**
 * A participant whose case `caseworker` holds, written straight into support's copy of intake's
 * case assignments: what the CaseAssigned consumer keeps is the platform's to test, not support's.
 */
export async function participantOf(app: ServiceTestApp, caseworker: string): Promise<string> {
  const participantId = randomUUID();
  await app.dataSource.query(`INSERT INTO case_assignments (participant_id, caseworker, assigned_at) VALUES ($1, $2, now())`, [participantId, caseworker]);
  return participantId;
}

/** Every event support wrote about `subject` to its outbox, sent or not: what could ever leave the service. */
export async function outboxPayloads(app: ServiceTestApp, subject: string): Promise<string[]> {
  const rows: Array<{ payload: string }> = await app.dataSource.query(`SELECT payload FROM outbox WHERE message_key = $1 ORDER BY id`, [subject]);
  return rows.map((row) => row.payload);
}

/** Why the trainee needs it: sensitive, so tests look for it where it must never appear. */
export const REASON = 'Single parent; the evening classes end after the nursery closes';

/** What EVA sends to request an entitlement for the funding's participant: 400.00 of childcare in the last quarter of 2026. */
export function entitlementBody(funding: Omit<Funding, 'fundingSourceId'>, overrides: object = {}) {
  return {
    participantId: funding.participantId,
    supportTypeId: funding.supportTypeId,
    budgetId: funding.budgetId,
    periodFrom: '2026-10-01',
    periodTo: '2026-12-31',
    capMinor: 40_000,
    reason: REASON,
    ...overrides,
  };
}

/** An entitlement as EVA requests it; above the threshold, JONAS approves it. */
export async function grant(app: ServiceTestApp, funding: Funding, overrides: object = {}): Promise<{ id: string; participantId: string }> {
  const body = entitlementBody(funding, overrides);
  const requested = await (await app.as(EVA.roles, EVA.subject)).post('/entitlements').send(body);
  if (requested.status !== 201) throw new Error(`POST /entitlements → ${requested.status} ${JSON.stringify(requested.body)}`);
  if (requested.body.status === 'pending-approval') {
    const approved = await (await app.as(JONAS.roles, JONAS.subject)).post(`/entitlements/${requested.body.id}/approval`);
    if (approved.status !== 200) throw new Error(`approval → ${approved.status} ${JSON.stringify(approved.body)}`);
  }
  return { id: requested.body.id, participantId: body.participantId };
}
