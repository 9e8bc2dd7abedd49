import type { AgeBand, DropReason, Gender, StatusGroup, WagePeriod } from '@tandem/contracts';
import type { Sql } from '../projection/write-facts';
import type { EnrollmentFact, OutcomeFacts, ParticipantFact, PlacementFact, SupportCostFact, SurveyFact } from './outcome-facts';

type Rows<T> = T[];

function grouped<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

async function participants(sql: Sql): Promise<Map<string, ParticipantFact>> {
  const rows = (await sql(
    `SELECT coalesce(d.participant_id, g.participant_id) AS id, d.gender, d.age_band, g.status_group
       FROM participant_demographics d FULL JOIN participant_groups g ON g.participant_id = d.participant_id`,
  )) as Rows<{ id: string; gender: Gender | null; age_band: AgeBand | null; status_group: StatusGroup | null }>;
  return new Map(rows.map((row) => [row.id, { gender: row.gender ?? undefined, ageBand: row.age_band ?? undefined, group: row.status_group ?? undefined }]));
}

async function placements(sql: Sql): Promise<Map<string, PlacementFact[]>> {
  const rows = (await sql(
    `SELECT p.placement_id, p.participant_id, p.started_on::text, p.ended_on::text,
            coalesce((SELECT jsonb_object_agg(c.checkpoint_days, c.still_employed) FROM retention_checkpoints c WHERE c.placement_id = p.placement_id), '{}') AS checkpoints,
            coalesce((SELECT jsonb_agg(jsonb_build_object('effectiveOn', w.effective_on, 'amountMinor', w.amount_minor, 'currency', w.currency, 'period', w.period)
                                       ORDER BY w.effective_on) FROM wages w WHERE w.placement_id = p.placement_id), '[]') AS wages
       FROM placements p`,
  )) as Rows<{ placement_id: string; participant_id: string; started_on: string | null; ended_on: string | null; checkpoints: Record<string, boolean>; wages: Array<{ effectiveOn: string; amountMinor: number; currency: string; period: WagePeriod }> }>;
  const facts = rows.map(
    (row): PlacementFact => ({
      placementId: row.placement_id,
      participantId: row.participant_id,
      startedOn: row.started_on,
      endedOn: row.ended_on,
      checkpoints: Object.fromEntries(Object.entries(row.checkpoints).map(([days, kept]) => [Number(days), kept])),
      wages: row.wages,
    }),
  );
  return grouped(facts, (fact) => fact.participantId);
}

async function support(sql: Sql): Promise<Map<string, SupportCostFact[]>> {
  const rows = (await sql(
    `SELECT participant_id AS "participantId", delivered_on::text AS "deliveredOn", amount_minor::float8 AS "amountMinor", currency FROM support_costs`,
  )) as SupportCostFact[];
  return grouped(rows, (row) => row.participantId);
}

async function surveys(sql: Sql): Promise<Map<string, SurveyFact[]>> {
  const rows = (await sql(
    `SELECT enrollment_id AS "enrollmentId", wave,
            jsonb_build_object('quality', quality, 'languageSupport', language_support, 'fairness', fairness, 'usefulness', usefulness) AS scores
       FROM survey_answers ORDER BY survey_id`,
  )) as SurveyFact[];
  return grouped(rows, (row) => row.enrollmentId);
}

async function enrollments(sql: Sql): Promise<EnrollmentFact[]> {
  const rows = (await sql(
    `SELECT enrollment_id, program_id, participant_id, cross_border, confirmed_on::text, completed_on::text, dropped_on::text, drop_reason
       FROM enrollments ORDER BY enrollment_id`,
  )) as Rows<{ enrollment_id: string; program_id: string; participant_id: string | null; cross_border: boolean; confirmed_on: string | null; completed_on: string | null; dropped_on: string | null; drop_reason: DropReason | null }>;
  return rows.map((row) => ({
    enrollmentId: row.enrollment_id,
    programId: row.program_id,
    participantId: row.participant_id,
    crossBorder: row.cross_border,
    confirmedOn: row.confirmed_on,
    completedOn: row.completed_on,
    droppedOn: row.dropped_on,
    dropReason: row.drop_reason,
  }));
}

/** The whole read model, read in the caller's transaction (one snapshot, so the figures are consistent). */
export async function readFacts(sql: Sql): Promise<OutcomeFacts> {
  return {
    enrollments: await enrollments(sql),
    participants: await participants(sql),
    placementsByParticipant: await placements(sql),
    supportByParticipant: await support(sql),
    surveysByEnrollment: await surveys(sql),
  };
}
