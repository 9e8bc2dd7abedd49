import { createHash, randomBytes } from 'node:crypto';
import { pollUntil, type TestNode } from '@tandem/devkit';
import { defineModuleCredential } from '../../support/recognition-api';
import { expectStatus, grantConsent, participantInput, registerParticipant } from '../../support/referral-api';
import { seedSupport } from '../../support/support-api';
import { seedOpenCohort } from '../../support/training-api';
import { call, evidenceForm, type Tokens } from './requests';

/** The caseworker whose records are `own`, and the colleague whose are `other-case`. */
export const OWNER = 'caseworker-own';
export const COLLEAGUE = 'caseworker-other';

/** One caseworker's records on one node, keyed as the matrix's params name them. */
export type Records = Record<string, string>;

export interface NodeFixtures {
  /** Node-wide ids the matrix's bodies name: module, supportType, budget, employer, site, definition, ... */
  shared: Record<string, string>;
  own: Records;
  other: Records;
}

type Caller = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

function caller(node: TestNode, service: string, tokens: Tokens, roles: string[], subject: string): Caller {
  const { url } = node.service(service);
  return async (method, path, body) => call(url, method, path, await tokens.get(node, roles, subject), body);
}

async function created(client: Caller, path: string, body?: unknown, method = 'POST'): Promise<string> {
  return expectStatus((await client(method, path, body)) as { status: number; body: { id: string } }, 201, `${method} ${path}`).id;
}

/** Retries while a service has not yet heard of the participant (their case arrives by event). */
async function once(what: string, attempt: () => Promise<{ status: number; body: unknown }>): Promise<{ id: string }> {
  const result = await pollUntil(what, attempt, (answer) => answer.status === 201 || (answer.status !== 404 && answer.status !== 422), { timeoutMs: 60_000 });
  return expectStatus(result as { status: number; body: { id: string } }, 201, what);
}

/** Everything one node's checks need, written through the services' own APIs, as the roles the docs name. */
export async function seedNode(node: TestNode, bystander: string, tokens: Tokens): Promise<NodeFixtures> {
  const admin = (service: string) => caller(node, service, tokens, ['admin'], 'admin-seed');
  const provider = caller(node, 'training', tokens, ['training_provider'], 'provider-seed');
  const worker = caller(node, 'support', tokens, ['social_worker'], 'social-worker-seed');
  const officer = caller(node, 'recognition', tokens, ['recognition_officer'], 'officer-seed');
  const tag = randomBytes(3).toString('hex');

  const cohort = await seedOpenCohort(await node.service('training').as(['training_provider'], 'provider-seed'), { sessions: 1 });
  const support = await seedSupport(await node.service('support').as(['social_worker'], 'social-worker-seed'), tag);
  const placementStaff = caller(node, 'placement', tokens, ['caseworker'], OWNER);
  const site = { municipality: node.municipality, country: node.country, address: 'Brückenstraße 12' };
  const employer = expectStatus(
    (await placementStaff('POST', '/employers', { name: `Krause ${tag}`, sectors: ['F'], contact: { name: 'Frau Krause' }, crossBorder: true, sites: [site] })) as {
      status: number;
      body: { id: string; sites: Array<{ id: string }> };
    },
    201,
    'adding an employer',
  );
  const recognitionOfficer = await node.service('recognition').as(['recognition_officer'], 'officer-seed');
  const { id: definition } = await defineModuleCredential(recognitionOfficer, cohort.moduleIds[0]);
  const shared = {
    bystander,
    module: cohort.moduleIds[0] as string,
    supportType: support.stipendTypeId,
    budget: support.budgetId,
    employer: employer.id,
    site: employer.sites[0]?.id as string,
    definition,
    sha256: createHash('sha256').update(tag).digest('hex'),
  };
  const seedOf = async (subject: string): Promise<Records> => {
    const intake = caller(node, 'intake', tokens, ['caseworker'], subject);
    const intakeClient = await node.as(['caseworker'], subject);
    const participant = await registerParticipant(intakeClient, participantInput(node.municipality));
    const consent = await grantConsent(intakeClient, participant);
    const cases = expectStatus((await intake('GET', '/cases?page=1&pageSize=100')) as { status: number; body: { items: Array<{ id: string; participantId: string }> } }, 200, 'cases');
    const caseId = cases.items.find((item) => item.participantId === participant)?.id as string;
    const evidence = await created(intake, `/participants/${participant}/evidence`, evidenceForm());
    const referral = await created(intake, '/referrals', { participantId: participant, consentId: consent, destination: bystander });
    const enrollment = await once(`enrolling ${participant}`, () => provider('POST', `/cohorts/${cohort.cohortId}/enrollments`, { participantId: participant, displayName: 'Olena K.' }));
    const entitlement = await once(`an entitlement of ${participant}`, () =>
      worker('POST', '/entitlements', { participantId: participant, supportTypeId: support.stipendTypeId, budgetId: support.budgetId, periodFrom: '2026-10-01', periodTo: '2026-12-31', capMinor: 30_000, reason: 'Single parent.' }),
    );
    await created(worker, `/entitlements/${entitlement.id}/deliveries`, { date: '2026-10-06', units: 1, provider: 'Kita Sonnenschein' });
    const staff = caller(node, 'placement', tokens, ['caseworker'], subject);
    const job = { participantId: participant, type: 'job', employerId: shared.employer, siteId: shared.site, occupation: '7212', startedOn: '2026-08-03', contractedHoursPerWeek: 40, wage: { amountMinor: 1500, currency: 'EUR', period: 'hour' } };
    const placement = await once(`a placement of ${participant}`, () => staff('POST', '/placements', job));
    const feedback = await staff('PUT', `/placements/${placement.id}/feedback`, { skillsFit: 4, reliability: 4, language: 4, givenOn: '2026-12-01' });
    if (feedback.status >= 300) throw new Error(`feedback: ${feedback.status} ${JSON.stringify(feedback.body)}`);
    const grievance = await created(staff, '/grievances', { subjectType: 'placement', subjectId: placement.id, participantId: participant, category: 'other', details: 'Unpaid overtime.' });
    expectStatus(await admin('placement')('POST', `/grievances/${grievance}/assignment`, { assignee: subject }), 200, 'assigning a grievance');
    const credential = await once(`a credential of ${participant}`, () => officer('POST', '/credentials', { definitionId: definition, participantId: participant }));
    const recognition = caller(node, 'recognition', tokens, ['caseworker'], subject);
    // One share per caller that deletes it: a deleted share is gone for the next.
    const shares: Records = {};
    for (const label of ['matrix', 'caseworker', 'recognition_officer', 'admin']) {
      shares[`share:${label}`] = await created(recognition, `/credentials/${credential.id}/shares`, { days: 7 });
    }
    const request = await once(`a recognition request of ${participant}`, () =>
      recognition('POST', '/recognition-requests', { participantId: participant, qualification: { country: 'PL', name: 'Spawacz' }, evidence: [{ filename: 'a.pdf', mediaType: 'application/pdf', sha256: shared.sha256 }] }),
    );
    return { participant, consent, case: caseId, evidence, referral, enrollment: enrollment.id, entitlement: entitlement.id, placement: placement.id, grievance, credential: credential.id, ...shares, request: request.id };
  };
  const [own, other] = await Promise.all([seedOf(OWNER), seedOf(COLLEAGUE)]);
  return { shared, own, other };
}
