import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { CASE_MANAGEMENT } from '../participants/participant-access';
import type { Case, CaseStatus } from './case';
import { listingScope } from './case-access';
import { CasePage, CaseView } from './dto/case.view';
import type { ListCasesDto } from './dto/list-cases.dto';

interface CaseRow {
  id: string;
  participant_id: string;
  given_name: string;
  family_name: string;
  assigned_caseworker: string;
  status: CaseStatus;
  opened_at: Date;
  closed_at: Date | null;
}

@Injectable()
export class ListCases {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Newest first. Every case on the page is audited (action `list`, its own id): the page shows
   * participants' names, so "who saw this person's case" must be answerable case by case.
   */
  async execute(query: ListCasesDto, actor: Principal): Promise<CasePage> {
    const filter = { assignedTo: listingScope(actor, query.assignedTo), status: query.status };
    return this.dataSource.transaction(async (manager) => {
      const { total, rows } = await findPage(manager, filter, query);
      for (const row of rows) {
        await this.audit.record(manager, { actor, action: 'list', resourceType: 'case', resourceId: row.id, purpose: CASE_MANAGEMENT });
      }
      const items = rows.map((row) => CaseView.of(toCase(row), { givenName: row.given_name, familyName: row.family_name }));
      return { items, page: query.page, pageSize: query.pageSize, total };
    });
  }
}

async function findPage(
  manager: EntityManager,
  filter: { assignedTo?: string; status?: CaseStatus },
  page: { page: number; pageSize: number },
): Promise<{ total: number; rows: CaseRow[] }> {
  const params: unknown[] = [];
  const conditions: string[] = [];
  for (const [column, value] of [['assigned_caseworker', filter.assignedTo], ['status', filter.status]] as const) {
    if (value === undefined) continue;
    params.push(value);
    conditions.push(`c.${column} = $${params.length}`);
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const [{ total }] = await manager.query(`SELECT count(*)::int AS total FROM cases c ${where}`, params);
  const rows: CaseRow[] = await manager.query(
    `SELECT c.id, c.participant_id, p.given_name, p.family_name, c.assigned_caseworker, c.status, c.opened_at, c.closed_at
     FROM cases c JOIN participants p ON p.id = c.participant_id ${where}
     ORDER BY c.opened_at DESC, c.id DESC
     LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, page.pageSize, (page.page - 1) * page.pageSize],
  );
  return { total, rows };
}

function toCase(row: CaseRow): Case {
  return {
    id: row.id,
    participantId: row.participant_id,
    assignedCaseworker: row.assigned_caseworker,
    status: row.status,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
  };
}
