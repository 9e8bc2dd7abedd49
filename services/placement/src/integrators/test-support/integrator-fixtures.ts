import { randomUUID } from 'node:crypto';
import type { ServiceSettings, ServiceTestApp } from '@tandem/devkit';
import { PublicPlacementEndedV1, PublicPlacementStartedV1, PublicRetentionRecordedV1, PublicWageRecordedV1 } from '@tandem/contracts';
import { jobBody, newCaseworker, participantOf, seedWorkplace } from '../../placements/test-support/placement-fixtures';
import { startPlacementApp } from '../../test-support/placement-test-app';
import type { WebhookReceiver } from './webhook-receiver';

export const ADMIN = { roles: ['admin'], subject: 'admin-ola' };
export const ALL_TYPES = [PublicPlacementStartedV1.type, PublicPlacementEndedV1.type, PublicRetentionRecordedV1.type, PublicWageRecordedV1.type];

/** Short waits so retries, give-ups and polls happen within a test: retries after 50 ms, 300 ms, 1.2 s; give up after 4 s. */
export function webhookSettings(receiver: WebhookReceiver) {
  return {
    PLACEMENT_WEBHOOK_ALLOWED_TARGETS: receiver.hostPort,
    PLACEMENT_WEBHOOK_RETRY_BASE_MS: '50',
    PLACEMENT_WEBHOOK_GIVE_UP_AFTER_MS: '4000',
    PLACEMENT_WEBHOOK_POLL_MS: '50',
    PLACEMENT_WEBHOOK_TIMEOUT_MS: '2000',
  };
}

/** The placement service with webhooks allowed to the test's receiver; `settings` given reuse another app's database. */
export function startIntegratorApp(receiver: WebhookReceiver, settings: ServiceSettings = {}): Promise<ServiceTestApp> {
  return startPlacementApp({ ...settings, ...webhookSettings(receiver) });
}

export function newIntegrator(): string {
  return `integrator-${randomUUID()}`;
}

/** An integrator allowed the given types and fields, with one subscription; its secret as shown once. */
export async function subscribedIntegrator(app: ServiceTestApp, body: object, allowance = { eventTypes: ALL_TYPES, fields: ['type', 'occupation', 'startedOn', 'endedOn', 'reason', 'wageBand', 'effectiveOn'] }) {
  const subject = newIntegrator();
  const admin = await app.as(ADMIN.roles, ADMIN.subject);
  const allowed = await admin.put(`/integrators/${subject}/allowance`).send(allowance);
  if (allowed.status !== 200) throw new Error(`allowance: ${allowed.status} ${JSON.stringify(allowed.body)}`);
  const client = await app.as(['integrator'], subject);
  const created = await client.post('/subscriptions').send({ eventTypes: allowance.eventTypes, ...body });
  if (created.status !== 201) throw new Error(`subscription: ${created.status} ${JSON.stringify(created.body)}`);
  return { subject, client, subscription: created.body as { id: string; secret: string } };
}

/** A caseworker's job placement in the given occupation, started today: PlacementStarted and WageRecorded. */
export async function startedPlacement(app: ServiceTestApp, occupation: string) {
  const caseworker = newCaseworker();
  const participantId = await participantOf(app, caseworker);
  const client = await app.as(['caseworker'], caseworker);
  const started = await client.post('/placements').send(jobBody(participantId, await seedWorkplace(app), { occupation }));
  if (started.status !== 201) throw new Error(`placement: ${started.status} ${JSON.stringify(started.body)}`);
  return { client, placementId: started.body.id as string, participantId };
}
