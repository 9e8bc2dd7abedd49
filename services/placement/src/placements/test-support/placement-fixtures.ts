import { randomUUID } from 'node:crypto';
import { CaseAssignedV1 } from '@tandem/contracts';
import { pollUntil, publishAs, type ServiceTestApp } from '@tandem/devkit';
import { addDays, dayOf } from '../day';

/** A caseworker of their own, so one test's cases and to-do list never meet another's. */
export function newCaseworker(): string {
  return `caseworker-${randomUUID()}`;
}

export const ADMIN = { roles: ['admin'], subject: 'admin-ola' };

export function daysFromToday(days: number): string {
  return addDays(dayOf(new Date()), days);
}

/** A participant of this node, the caseworker's case once intake's CaseAssigned has been applied. */
export async function participantOf(app: ServiceTestApp, caseworker: string): Promise<string> {
  const participantId = randomUUID();
  await publishAs(app, 'intake', CaseAssignedV1, participantId, { participantId, caseId: randomUUID(), caseworker, assignedAt: new Date().toISOString() });
  await pollUntil(
    'case assignment applied',
    () => app.dataSource.query('SELECT 1 FROM case_assignments WHERE participant_id = $1', [participantId]),
    (rows) => rows.length === 1,
  );
  return participantId;
}

export interface Workplace {
  employerId: string;
  siteId: string;
  vacancyId: string;
}

/** An employer with one site in Zgorzelec and a vacancy there, written as rows: their API is not placement's. */
export async function seedWorkplace(app: ServiceTestApp, options: { suspended?: boolean; vacancy?: 'open' | 'filled' | 'closed' } = {}): Promise<Workplace> {
  const workplace = { employerId: randomUUID(), siteId: randomUUID(), vacancyId: randomUUID() };
  const query = (sql: string, values: unknown[]) => app.dataSource.query(sql, values);
  await query(
    `INSERT INTO employers (id, name, sectors, contact, cross_border, suspended_at, created_at) VALUES ($1, 'Stal-Bud', '{F}', '{"name":"Ewa"}', true, $2, now())`,
    [workplace.employerId, options.suspended ? new Date() : null],
  );
  await query(`INSERT INTO employer_sites (id, employer_id, municipality, country, address) VALUES ($1, $2, 'pl-zgorzelec', 'PL', 'ul. Daszyńskiego 1')`, [
    workplace.siteId,
    workplace.employerId,
  ]);
  await query(
    `INSERT INTO vacancies (id, employer_id, site_id, title, occupation, required_skills, languages, wage_min_minor, wage_max_minor,
                            currency, wage_period, hours_per_week, type, openings, status, created_at)
     VALUES ($1, $2, $3, 'Welder', '7212', '{}', '[]', 400000, 560000, 'PLN', 'month', 40, 'job', 2, $4, now())`,
    [workplace.vacancyId, workplace.employerId, workplace.siteId, options.vacancy ?? 'open'],
  );
  return workplace;
}

export const START_WAGE = { amountMinor: 480_000, currency: 'PLN', period: 'month' } as const;

/** A welder's job at the seeded site, started `startedOn` (default today). */
export function jobBody(participantId: string, workplace: Workplace, overrides: object = {}) {
  return {
    participantId,
    type: 'job',
    employerId: workplace.employerId,
    siteId: workplace.siteId,
    vacancyId: workplace.vacancyId,
    occupation: '7212',
    startedOn: daysFromToday(0),
    contractedHoursPerWeek: 40,
    wage: START_WAGE,
    ...overrides,
  };
}

/** The rows a refused command must leave untouched. */
export async function placementRows(app: ServiceTestApp): Promise<number[]> {
  return Promise.all(['placements', 'wages', 'retention_checkpoints', 'outbox'].map((table) => app.count(table)));
}
