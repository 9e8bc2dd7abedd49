/**
 * What the node holds about one person, per service database, and what erasure does with each table:
 * the single place a reviewer reads the retention decisions. docs/privacy.md renders this table, and
 * a spec fails when the two differ.
 *
 * `:name` in SQL stands for an id set as an array parameter: `participants` and `referrals` are the
 * person (as given, and as intake links them), `all` is every id of the person found in any service,
 * the others are derived in `ids`, in order. Tables are listed children first: erasure runs top down.
 * A table a service's database does not have (yet) is skipped.
 */

export type Rule =
  | { action: 'delete' }
  | { action: 'anonymise'; columns: Record<string, string>; reason: string }
  | { action: 'retain'; reason: string };

export interface TableRule {
  table: string;
  where: string;
  rule: Rule;
}

/** A state in which erasure must not start, as a query counting the rows in that state. */
export interface Precondition {
  count: string;
  problem: string;
}

export interface ServiceRules {
  service: string;
  ids: Array<{ name: string; sql: string }>;
  tables: TableRule[];
  preconditions: Precondition[];
  /** Tables that can hold nothing that links to one person, with the reason. */
  unlinked: Record<string, string>;
}

const ERASED = `'[erased]'`;
const AUDIT_REASON = 'append-only, hash-chained accountability record (GDPR Art. 5(2), 30); holds actor, action and ids, no names';
const ACCOUNTING = 'financial record: kept for the statutory bookkeeping period of the node\u2019s country; amounts, dates and ids only';

/** Why outcomes keeps its read model on erasure (ADR 22). */
const STATISTICS =
  'statistics (GDPR Art. 17(3)(d), 89): aggregates only leave it, and a replay rebuilds it from the node-local topics, kept without time limit, that carry the same ids; ids, codes, dates and amounts only, linked to no one once intake erased the participant';

const erased = (column: string): string => `CASE WHEN ${column} IS NULL THEN NULL ELSE ${ERASED} END`;

/** Sent events about the person; unsent ones block erasure, as the relay still has to publish them. */
const OUTBOX_WHERE = `message_key = ANY(:all) OR EXISTS (SELECT 1 FROM unnest(:all::text[]) AS person(id) WHERE strpos(payload, person.id) > 0)`;

function common(): { tables: TableRule[]; preconditions: Precondition[]; unlinked: Record<string, string> } {
  return {
    tables: [
      { table: 'outbox', where: OUTBOX_WHERE, rule: { action: 'delete' } },
      // Replays of create responses (they carry what was created, e.g. a name) for retried requests.
      { table: 'idempotency_keys', where: `resource_id = ANY(:all)`, rule: { action: 'delete' } },
      { table: 'audit_log', where: `resource_id = ANY(:all)`, rule: { action: 'retain', reason: AUDIT_REASON } },
    ],
    preconditions: [
      {
        count: `SELECT count(*) FROM outbox WHERE sent_at IS NULL AND (${OUTBOX_WHERE})`,
        problem: 'events about the person are not yet published: run again once the relay has sent them',
      },
    ],
    unlinked: { inbox: 'event ids and types only', migrations: 'schema history' },
  };
}

function service(name: string, rules: Omit<ServiceRules, 'service' | 'unlinked'> & { unlinked?: Record<string, string> }): ServiceRules {
  const shared = common();
  return {
    service: name,
    ids: rules.ids,
    tables: [...rules.tables, ...shared.tables],
    preconditions: [...rules.preconditions, ...shared.preconditions],
    unlinked: { ...shared.unlinked, ...rules.unlinked },
  };
}

/** Placement events as integrators' webhooks replay them: the internal event, pseudonymised only on delivery. */
const FEED_WHERE = `subject = ANY(:placements) OR EXISTS (SELECT 1 FROM unnest(:all::text[]) AS person(id) WHERE strpos(data::text, person.id) > 0)`;

const caseAssignments: TableRule = { table: 'case_assignments', where: `participant_id = ANY(:participants)`, rule: { action: 'delete' } };

export const PERSON_RULES: ServiceRules[] = [
  service('training', {
    ids: [{ name: 'enrollments', sql: `SELECT id FROM enrollments WHERE participant_id = ANY(:participants) OR referral_id = ANY(:referrals)` }],
    tables: [
      {
        table: 'survey_answers',
        where: `survey_id IN (SELECT id FROM survey_invitations WHERE enrollment_id = ANY(:enrollments))`,
        rule: { action: 'delete' },
      },
      { table: 'survey_invitations', where: `enrollment_id = ANY(:enrollments)`, rule: { action: 'delete' } },
      { table: 'module_completions', where: `enrollment_id = ANY(:enrollments)`, rule: { action: 'delete' } },
      { table: 'assessments', where: `enrollment_id = ANY(:enrollments)`, rule: { action: 'delete' } },
      { table: 'attendance', where: `enrollment_id = ANY(:enrollments)`, rule: { action: 'delete' } },
      { table: 'enrollments', where: `id = ANY(:enrollments)`, rule: { action: 'delete' } },
      { table: 'accepted_referrals', where: `referral_id = ANY(:referrals)`, rule: { action: 'delete' } },
      caseAssignments,
    ],
    preconditions: [],
    unlinked: { modules: 'catalog', programs: 'catalog', program_modules: 'catalog', cohorts: 'catalog; staff names', sessions: 'catalog' },
  }),
  service('support', {
    ids: [
      { name: 'entitlements', sql: `SELECT id FROM entitlements WHERE participant_id = ANY(:participants)` },
      { name: 'deliveries', sql: `SELECT id FROM deliveries WHERE entitlement_id = ANY(:entitlements)` },
      { name: 'stipends', sql: `SELECT id FROM stipends WHERE entitlement_id = ANY(:entitlements)` },
    ],
    tables: [
      { table: 'stipends', where: `entitlement_id = ANY(:entitlements)`, rule: { action: 'retain', reason: ACCOUNTING } },
      {
        table: 'deliveries',
        where: `entitlement_id = ANY(:entitlements)`,
        rule: { action: 'anonymise', columns: { note: 'NULL' }, reason: `${ACCOUNTING}; the provider is the payee` },
      },
      {
        table: 'entitlements',
        where: `id = ANY(:entitlements)`,
        rule: { action: 'anonymise', columns: { reason: ERASED }, reason: `${ACCOUNTING}; what a budget paid for` },
      },
      { table: 'attendance', where: `participant_id = ANY(:participants)`, rule: { action: 'delete' } },
      caseAssignments,
    ],
    preconditions: [],
    unlinked: { support_types: 'catalog', funding_sources: 'catalog', budgets: 'catalog' },
  }),
  service('placement', {
    ids: [
      { name: 'placements', sql: `SELECT id FROM placements WHERE participant_id = ANY(:participants) OR participant_id = ANY(:referrals)` },
      { name: 'shortlist', sql: `SELECT id FROM shortlist_entries WHERE candidate_id = ANY(:participants) OR candidate_id = ANY(:referrals)` },
      {
        name: 'grievances',
        sql: `SELECT id FROM grievances WHERE participant_id = ANY(:participants) OR participant_id = ANY(:referrals) OR subject_id = ANY(:placements) OR subject_id = ANY(:shortlist)`,
      },
    ],
    tables: [
      {
        table: 'webhook_attempts',
        where: `delivery_id IN (SELECT id FROM webhook_deliveries WHERE feed_seq IN (SELECT seq FROM integrator_feed WHERE ${FEED_WHERE}))`,
        rule: { action: 'delete' },
      },
      { table: 'webhook_deliveries', where: `feed_seq IN (SELECT seq FROM integrator_feed WHERE ${FEED_WHERE})`, rule: { action: 'delete' } },
      { table: 'integrator_feed', where: FEED_WHERE, rule: { action: 'delete' } },
      { table: 'employer_feedback', where: `placement_id = ANY(:placements)`, rule: { action: 'delete' } },
      { table: 'retention_checkpoints', where: `placement_id = ANY(:placements)`, rule: { action: 'delete' } },
      { table: 'wages', where: `placement_id = ANY(:placements)`, rule: { action: 'delete' } },
      {
        table: 'grievances',
        where: `id = ANY(:grievances)`,
        rule: {
          action: 'anonymise',
          columns: { details: ERASED, resolution: erased('resolution') },
          reason: 'may found legal claims against an employer (GDPR Art. 17(3)(e)) and explains a suspension; category, outcome and dates only',
        },
      },
      { table: 'placements', where: `id = ANY(:placements)`, rule: { action: 'delete' } },
      { table: 'shortlist_entries', where: `id = ANY(:shortlist)`, rule: { action: 'delete' } },
      { table: 'employer_sharing_consents', where: `participant_id = ANY(:participants)`, rule: { action: 'delete' } },
      { table: 'candidate_skills', where: `candidate_id = ANY(:participants) OR candidate_id = ANY(:referrals)`, rule: { action: 'delete' } },
      { table: 'match_candidates', where: `candidate_id = ANY(:participants) OR candidate_id = ANY(:referrals)`, rule: { action: 'delete' } },
      { table: 'participant_demographics', where: `participant_id = ANY(:participants)`, rule: { action: 'delete' } },
      caseAssignments,
    ],
    preconditions: [],
    unlinked: {
      employers: 'employers, not participants',
      employer_sites: 'employers, not participants',
      vacancies: 'employers, not participants',
      pseudonym_secret: 'the node secret',
      integrator_allowances: 'integrators, not participants',
      integrator_subscriptions: 'integrators, not participants',
    },
  }),
  service('recognition', {
    ids: [
      { name: 'holders', sql: `SELECT id FROM holders WHERE participant_id = ANY(:participants) OR referral_id = ANY(:referrals)` },
      { name: 'credentials', sql: `SELECT id FROM credentials WHERE holder_id = ANY(:holders)` },
      { name: 'requests', sql: `SELECT id FROM recognition_requests WHERE participant_id = ANY(:participants)` },
    ],
    tables: [
      { table: 'credential_shares', where: `credential_id = ANY(:credentials)`, rule: { action: 'delete' } },
      {
        table: 'credentials',
        where: `id = ANY(:credentials)`,
        rule: {
          action: 'anonymise',
          columns: { revocation_reason: 'NULL' },
          reason: 'the status list is computed from these rows: a credential the holder keeps must still verify, and a revoked one must stay revoked (the reason why goes); holds a salted hash, no name',
        },
      },
      {
        table: 'holders',
        where: `id = ANY(:holders)`,
        // A random id in place of the person's keeps the one-link check and links to nobody.
        rule: {
          action: 'anonymise',
          columns: {
            participant_id: 'CASE WHEN participant_id IS NULL THEN NULL ELSE gen_random_uuid() END',
            referral_id: 'CASE WHEN referral_id IS NULL THEN NULL ELSE gen_random_uuid() END',
            code: `'erased-' || id`,
          },
          reason: 'credentials point at their holder row; the row stays with its link to the person removed',
        },
      },
      {
        table: 'recognition_requests',
        where: `id = ANY(:requests)`,
        rule: {
          action: 'anonymise',
          columns: { presented: `'{}'::jsonb`, evidence: `'[]'::jsonb`, reasons: 'NULL', appeal_grounds: 'NULL', appeal_reasons: 'NULL' },
          reason: 'an administrative decision open to appeal and review: outcome, basis, officers and dates kept, what was presented and all free text removed',
        },
      },
      { table: 'referral_sharing', where: `referral_id = ANY(:referrals)`, rule: { action: 'delete' } },
      caseAssignments,
    ],
    preconditions: [],
    unlinked: { credential_definitions: 'catalog', status_entries: 'status list positions only', recognition_agreements: 'agreements between countries' },
  }),
  // Statistics rebuilt from the node's topics: erasing the rows here would not survive the next replay.
  service('outcomes', {
    ids: [
      { name: 'placements', sql: `SELECT placement_id AS id FROM placements WHERE participant_id = ANY(:participants)` },
      { name: 'enrollments', sql: `SELECT enrollment_id AS id FROM enrollments WHERE participant_id = ANY(:participants)` },
    ],
    tables: [
      ...['participant_demographics', 'participant_groups', 'enrollments', 'placements', 'support_costs'].map((table) => ({
        table,
        where: `participant_id = ANY(:participants)`,
        rule: { action: 'retain' as const, reason: STATISTICS },
      })),
      ...['retention_checkpoints', 'wages'].map((table) => ({ table, where: `placement_id = ANY(:placements)`, rule: { action: 'retain' as const, reason: STATISTICS } })),
      { table: 'survey_answers', where: `enrollment_id = ANY(:enrollments)`, rule: { action: 'retain', reason: STATISTICS } },
    ],
    preconditions: [],
    unlinked: { partner_figures: 'partner towns’ aggregates, small cells suppressed before they were sent' },
  }),
  // Last: intake links referral ids to participants, so a run cut short can be repeated from the same id.
  service('intake', {
    ids: [
      {
        name: 'participants',
        sql: `SELECT unnest(:participants::uuid[]) AS id UNION SELECT participant_id FROM referrals WHERE id = ANY(:referrals) AND participant_id IS NOT NULL`,
      },
      { name: 'referrals', sql: `SELECT unnest(:referrals::uuid[]) AS id UNION SELECT id FROM referrals WHERE participant_id = ANY(:participants)` },
      { name: 'cases', sql: `SELECT id FROM cases WHERE participant_id = ANY(:participants)` },
      { name: 'consents', sql: `SELECT id FROM consents WHERE participant_id = ANY(:participants)` },
      { name: 'evidence', sql: `SELECT id FROM evidence_documents WHERE participant_id = ANY(:participants)` },
    ],
    tables: [
      { table: 'referral_steps', where: `referral_id = ANY(:referrals)`, rule: { action: 'delete' } },
      { table: 'referrals', where: `id = ANY(:referrals)`, rule: { action: 'delete' } },
      { table: 'case_notes', where: `case_id = ANY(:cases)`, rule: { action: 'delete' } },
      { table: 'cases', where: `id = ANY(:cases)`, rule: { action: 'delete' } },
      { table: 'evidence_documents', where: `id = ANY(:evidence)`, rule: { action: 'delete' } },
      { table: 'participant_profiles', where: `participant_id = ANY(:participants)`, rule: { action: 'delete' } },
      // The audit log keeps who recorded and withdrew each consent, and when: the proof Art. 7(1) asks for.
      { table: 'consents', where: `id = ANY(:consents)`, rule: { action: 'delete' } },
      { table: 'participants', where: `id = ANY(:participants)`, rule: { action: 'delete' } },
    ],
    preconditions: [
      {
        count: `SELECT count(*) FROM consents WHERE participant_id = ANY(:participants) AND withdrawn_at IS NULL`,
        problem: 'consents are still in force: withdraw them first (POST /participants/{id}/consents/{consentId}/withdrawal), which tells every partner node to erase its copy',
      },
      {
        count: `SELECT count(*) FROM referrals WHERE id = ANY(:referrals) AND erased_at IS NULL`,
        problem:
          'referrals are not yet erased on both sides: an outbound one waits for the partner to confirm (data-erased), an inbound one for the referring node to withdraw consent',
      },
    ],
  }),
];

export const SERVICES = PERSON_RULES.map((rules) => rules.service);
