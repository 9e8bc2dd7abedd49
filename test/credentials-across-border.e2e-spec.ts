import { type NodeClient, NodePair, pollUntil } from '@tandem/devkit';
import { expectStatus } from './support/referral-api';
import { defineModuleCredential } from './support/recognition-api';
import { consentingReferral, enrollAcceptedReferral, seedOpenCohort } from './support/training-api';

const SHARING = ['cross-border-referral', 'progress-sharing'];

interface CredentialStep {
  step: string;
  by: string;
  detail?: { credential?: { id: string; code: string; title?: string; jws?: string } };
}

interface VerificationReport {
  verdict: 'valid' | 'invalid';
  checks: Array<{ check: string; result: string }>;
  issuer?: { municipality: string };
  recognisedHere?: { outcome: string; target?: { name: string } };
}

/**
 * A trainee DE referred completes a module in Zgorzelec: PL's recognition issues the credential, DE's
 * caseworker finds it on the referral's timeline, and DE's public verifier checks it against the
 * federation file and PL's status list, and says what it counts as in Germany.
 */
describe('a credential earned across the border, verified at home', () => {
  let pair: NodePair;
  let de: NodeClient;
  let pl: NodeClient;
  let provider: NodeClient;
  let plOfficer: NodeClient;
  let verifier: NodeClient;

  beforeAll(async () => {
    pair = await NodePair.start({ label: 'crd', services: ['intake', 'training', 'recognition'] });
    de = await pair.de.as(['caseworker'], 'caseworker-anna');
    pl = await pair.pl.as(['caseworker'], 'caseworker-marta');
    provider = await pair.pl.service('training').as(['training_provider'], 'provider-jan');
    plOfficer = await pair.pl.service('recognition').as(['recognition_officer'], 'officer-ewa');
    verifier = pair.de.service('recognition').withToken(undefined);
  }, 300_000);

  afterAll(async () => {
    await pair?.stop();
  });

  const credentialSteps = async (referralId: string): Promise<CredentialStep[]> => {
    const { steps } = expectStatus(await de.get<{ steps: CredentialStep[] }>(`/referrals/${referralId}/timeline`), 200, 'timeline');
    return steps.filter((step) => step.step.startsWith('credential-'));
  };

  const verify = async (jws: string): Promise<VerificationReport> =>
    expectStatus(await verifier.post<VerificationReport>('/verifications', { credential: jws }), 200, 'verifying');

  /** A fresh PL cohort whose first module issues a credential of its own code. */
  async function definedModule(): Promise<{ code: string; definitionId: string; cohortId: string; moduleId: string }> {
    const cohort = await seedOpenCohort(provider, { sessions: 0 });
    const moduleId = cohort.moduleIds[0] as string;
    const { id, code } = await defineModuleCredential(plOfficer, moduleId);
    return { code, definitionId: id, cohortId: cohort.cohortId, moduleId };
  }

  /** DE refers a participant consenting to `purposes`; PL accepts, enrolls them in the module's cohort, and they pass it. */
  async function passedModule(module: { cohortId: string; moduleId: string }, purposes: string[]): Promise<string> {
    const nodes = { de: pair.de.municipality, pl: pair.pl.municipality };
    const { referralId } = await consentingReferral(de, pl, nodes, purposes);
    expectStatus(await pl.post(`/referrals/${referralId}/acceptance`), 200, 'accepting');
    const enrollment = await enrollAcceptedReferral(provider, module.cohortId, referralId);
    const assessment = { moduleId: module.moduleId, result: 'passed', assessor: 'Jan Kowalski', assessedOn: '2026-10-20' };
    expectStatus(await provider.post(`/enrollments/${enrollment.id}/assessments`, assessment), 201, 'assessing');
    return referralId;
  }

  const checksOf = (report: VerificationReport) => Object.fromEntries(report.checks.map(({ check, result }) => [check, result]));

  it('reaches the home node signed, verifies there under its agreement, and fails once changed or revoked', async () => {
    const module = await definedModule();
    const { code } = module;
    const deOfficer = await pair.de.service('recognition').as(['recognition_officer'], 'officer-lena');
    const target = { name: 'Arbeitssicherheit in der Schweißwerkstatt', occupation: '7212', eqfLevel: 3 };
    expectStatus(
      await deOfficer.post('/agreements', {
        agreementKey: `pl-de-${code.toLowerCase()}`,
        name: 'Polish-German agreement on welding modules',
        parties: ['PL', 'DE'],
        effectiveFrom: '2020-01-01',
        effectiveTo: null,
        scope: { occupations: ['7212'], eqfLevels: [] },
        rules: [{ source: { kind: 'credential', issuer: 'PL', code }, target, outcome: 'full' }],
      }),
      201,
      'recording the agreement in DE',
    );

    const referralId = await passedModule(module, SHARING);
    const [issued] = await pollUntil('the credential on DE’s timeline', () => credentialSteps(referralId), (steps) => steps.length === 1);
    expect(issued).toMatchObject({ step: 'credential-issued', by: pair.pl.municipality, detail: { credential: { code, title: 'Workshop safety' } } });
    const { id, jws } = issued!.detail!.credential as { id: string; jws: string };

    const report = await verify(jws);
    expect(report.verdict).toBe('valid');
    expect(checksOf(report)).toMatchObject({ signature: 'passed', issuer: 'passed', validity: 'passed', revocation: 'passed', suspension: 'passed' });
    expect(report.issuer?.municipality).toBe(pair.pl.municipality);
    expect(report.recognisedHere).toMatchObject({ outcome: 'full', target });

    const [header, payload, signature] = jws.split('.') as [string, string, string];
    const bytes = Buffer.from(payload, 'base64url');
    bytes[bytes.indexOf(code) + 1] ^= 1;
    const changed = await verify(`${header}.${bytes.toString('base64url')}.${signature}`);
    expect(changed.verdict).toBe('invalid');
    expect(checksOf(changed).signature).toBe('failed');

    expectStatus(await plOfficer.post(`/credentials/${id}/revocation`, { reason: 'Assessment records were mixed up.' }), 200, 'revoking');
    const revoked = await verify(jws);
    expect(revoked.verdict).toBe('invalid');
    expect(checksOf(revoked)).toMatchObject({ signature: 'passed', revocation: 'failed' });
    const steps = await pollUntil('the revocation on DE’s timeline', () => credentialSteps(referralId), (found) => found.length === 2);
    expect(steps[1]).toMatchObject({ step: 'credential-revoked', detail: { credential: { id, code } } });
  });

  it('stays on the training node when the participant did not consent to progress sharing', async () => {
    const module = await definedModule();
    const referralId = await passedModule(module, ['cross-border-referral']);

    const recognition = pair.pl.service('recognition');
    await pollUntil('PL issued the credential', () => recognition.database.count('credentials', 'definition_id = $1', [module.definitionId]), (count) => count === 1);
    await pollUntil('PL recognition outbox drained', () => recognition.database.count('outbox', 'sent_at IS NULL'), (unsent) => unsent === 0);
    expect(await recognition.database.count('outbox', 'topic = $1 AND message_key = $2', [pair.de.inboxTopic, referralId])).toBe(0);
    expect(await credentialSteps(referralId)).toEqual([]);
  });
});
