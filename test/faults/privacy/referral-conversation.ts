import { randomUUID } from 'node:crypto';
import type { NodeClient, NodePair } from '@tandem/devkit';
import { expectStatus, grantConsent, type Page, participantInput, referralInStatus, registerParticipant, sendReferral } from '../../support/referral-api';
import type { CanaryLedger } from './canary-ledger';

export const SKILL = 'http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083';
/** Names the second person's canaries where a field of both people is treated apart. */
export const SECOND = 'second person';
/** What the consent lets cross to PL: not the family name, status, gender or anything typed about the person. */
export const CONSENTED_FIELDS = ['givenName', 'languages', 'skills'];

export interface SecondPerson {
  participantId: string;
  consentId: string;
  caseId: string;
  givenName: string;
  /** Every referral of this person to PL, each ended by the time the conversation is over. */
  referralIds: string[];
}

/** A participant of DE's own, with a canary in every field of the profile the first person's flow leaves empty. */
export async function secondPerson(pair: NodePair, de: NodeClient, ledger: CanaryLedger): Promise<SecondPerson> {
  const givenName = ledger.fill('intake:RegisterParticipantDto.givenName', SECOND);
  const input = participantInput(pair.de.municipality, {
    givenName,
    familyName: ledger.fill('intake:RegisterParticipantDto.familyName', SECOND),
    residenceMunicipality: `de-${ledger.fill('residenceMunicipality').toLowerCase()}`,
    gender: 'diverse',
    status: 'refugee',
  });
  const participantId = await registerParticipant(de, input);
  const purposes = ['cross-border-referral', 'progress-sharing', 'employer-sharing'];
  const consentId = await grantConsent(de, participantId, { purposes, fields: CONSENTED_FIELDS, recipients: [pair.pl.municipality] });
  const profile = `/participants/${participantId}`;
  expectStatus(await de.request('PUT', `${profile}/skills`, { skills: [{ uri: SKILL, proficiency: 'intermediate', source: 'self-declared' }] }), 200, 'skills');
  const education = [{ level: 4, field: ledger.fill('intake:EducationEntryDto.field'), country: 'UA' }];
  expectStatus(await de.request('PUT', `${profile}/education`, { education }), 200, 'education');
  const workExperience = [{ occupation: '7212', title: ledger.fill('intake:WorkExperienceEntryDto.title'), country: 'UA', fromYear: 2015 }];
  expectStatus(await de.request('PUT', `${profile}/work-experience`, { workExperience }), 200, 'work experience');
  await uploadEvidence(de, participantId, { title: ledger.fill('intake:UploadEvidenceForm.title'), issuer: ledger.fill('intake:UploadEvidenceForm.issuer') });
  const cases = expectStatus(await de.get<Page<{ id: string; participantId: string }>>('/cases?page=1&pageSize=100'), 200, 'cases');
  const caseId = cases.items.find((item) => item.participantId === participantId)?.id as string;
  expectStatus(await de.post(`/cases/${caseId}/notes`, { body: ledger.fill('intake:AddCaseNoteDto.body') }), 201, 'case note');
  return { participantId, consentId, caseId, givenName, referralIds: [] };
}

async function uploadEvidence(client: NodeClient, participantId: string, fields: { title: string; issuer: string }): Promise<void> {
  const form = new FormData();
  form.set('title', fields.title);
  form.set('issuer', fields.issuer);
  form.set('kind', 'certificate');
  form.set('file', new Blob([Buffer.from(`%PDF-1.4\n${randomUUID()}\n%%EOF\n`)], { type: 'application/pdf' }), 'certificate.pdf');
  const uploaded = await fetch(`${client.baseUrl}/participants/${participantId}/evidence`, { method: 'POST', headers: { Authorization: `Bearer ${client.token}` }, body: form });
  if (uploaded.status !== 201) throw new Error(`evidence upload: ${uploaded.status} ${await uploaded.text()}`);
}

/**
 * Referred three times, each referral ended another way: declined by PL, withdrawn by PL, withdrawn by DE,
 * each step with a comment; then sent once more, without consent, to the bystander node (no node reads it).
 */
export async function referralConversation(pair: NodePair, de: NodeClient, pl: NodeClient, person: SecondPerson, ledger: CanaryLedger): Promise<void> {
  const endings = [
    { by: pl, action: 'decline', body: { reason: 'not-eligible', comment: ledger.fill('intake:DeclineReferralDto.comment') }, status: 'declined' },
    { by: pl, action: 'withdrawal', body: { reason: 'participant-request', comment: ledger.fill('intake:WithdrawReferralDto.comment') }, status: 'withdrawn' },
    { by: de, action: 'withdrawal', body: { reason: 'other', comment: ledger.fill('intake:WithdrawReferralDto.comment') }, status: 'withdrawn' },
  ];
  for (const { by, action, body, status } of endings) {
    const message = ledger.fill('intake:SendReferralDto.message');
    const program = ledger.fill('intake:SendReferralDto.program');
    const sent = await sendReferral(de, { participantId: person.participantId, consentId: person.consentId, destination: pair.pl.municipality, occupation: '7212', program, message });
    person.referralIds.push(sent.id);
    await referralInStatus(pl, sent.id, 'received');
    expectStatus(await by.post(`/referrals/${sent.id}/${action}`, body), 200, action);
    await referralInStatus(de, sent.id, status);
    await referralInStatus(pl, sent.id, status);
  }
  const admin = await pair.de.as(['admin'], 'admin-dieter');
  const override = { justification: ledger.fill('intake:ConsentOverrideDto.justification') };
  await sendReferral(admin, { participantId: person.participantId, destination: pair.bystander.id, occupation: '7212', override });
}

/** Requests refused by validation, each with a canary in a valid field beside the wrong one: what a 400 logs. */
export async function refusedRequests(de: NodeClient, person: SecondPerson, ledger: CanaryLedger): Promise<void> {
  const note = await de.post(`/cases/${person.caseId}/notes`, { body: ledger.fill('refused:AddCaseNoteDto.body'), surprise: true });
  expectStatus(note, 400, 'a case note with an unknown field');
  const participant = participantInput('de-nowhere', { givenName: ledger.fill('refused:RegisterParticipantDto.givenName'), dateOfBirth: '17.03.1994' });
  expectStatus(await de.post('/participants', participant), 400, 'a participant with a wrong date of birth');
}
