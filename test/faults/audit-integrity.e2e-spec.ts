import { execFile } from 'node:child_process';
import { REPO_ROOT, type NodeClient, type TestService } from '@tandem/devkit';
import { type AuditVerification, verifyAuditLog } from '@tandem/platform';
import { consentBody, participantInput } from '../support/referral-api';
import { OneNode } from './one-node';

const PARALLEL_READS = 20;

/** The operator command, as its own process: its exit code and first line of output. */
function cli(databaseUrl: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'tools/tandem/main.ts', 'audit', 'verify', '--service', 'intake', '--database-url', databaseUrl], { cwd: REPO_ROOT }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, output: `${stdout}${stderr}`.trim() }),
    );
  });
}

describe('the audit log of intake is a hash chain that shows tampering', () => {
  let node: OneNode;
  let intake: TestService;
  let caseworker: NodeClient;
  const tally = { rowsChecked: 0, tamperings: 0, tamperingDetected: 0, cliExitCodes: [] as number[] };

  const verify = async (anchor?: { id: string; hash: string }): Promise<AuditVerification> => {
    const result = await verifyAuditLog((sql, parameters) => intake.database.query(sql, parameters), anchor);
    tally.rowsChecked += result.rows;
    return result;
  };
  const auditRows = () => intake.database.count('audit_log');
  /** One access through the API, and the number of audit rows it added. */
  const audited = async (access: () => Promise<{ status: number }>, status: number): Promise<number> => {
    const before = await auditRows();
    expect((await access()).status).toBe(status);
    return (await auditRows()) - before;
  };
  /** What an owner of the database can do: lift the append-only trigger for one change. */
  const asOwner = async (sql: string, parameters: unknown[]) => {
    await intake.database.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change`);
    try {
      await intake.database.query(sql, parameters);
    } finally {
      await intake.database.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change`);
    }
  };
  const detected = (result: AuditVerification, expected: object) => {
    tally.tamperings += 1;
    expect(result).toMatchObject({ ok: false, broken: expected });
    tally.tamperingDetected += 1;
  };

  beforeAll(async () => {
    node = await OneNode.start('aud', ['intake']);
    intake = node.service('intake');
    caseworker = await intake.as(['caseworker'], 'caseworker-anna');
  }, 300_000);

  afterAll(async () => {
    await node?.stop();
    process.stdout.write(`${JSON.stringify({ suite: 'audit-integrity', ...tally, parallelReads: PARALLEL_READS })}\n`);
  });

  it('writes one chained row per access to a participant, also under parallel requests', async () => {
    let id = '';
    expect(await audited(async () => {
      const created = await caseworker.post<{ id: string }>('/participants', participantInput(node.municipality));
      id = created.body.id;
      return created;
    }, 201)).toBe(1);
    expect(await audited(() => caseworker.get(`/participants/${id}`), 200)).toBe(1);
    expect(await audited(() => caseworker.post(`/participants/${id}/consents`, consentBody({ fields: ['givenName', 'languages'] })), 201)).toBe(1);
    expect(await audited(() => caseworker.get(`/participants/${id}`), 200)).toBe(1);
    const before = await auditRows();
    const reads = await Promise.all(Array.from({ length: PARALLEL_READS }, () => caseworker.get(`/participants/${id}`)));
    expect(reads.map((read) => read.status)).toEqual(Array(PARALLEL_READS).fill(200));
    expect(await auditRows()).toBe(before + PARALLEL_READS);
    expect(await verify()).toMatchObject({ ok: true, rows: before + PARALLEL_READS });
  });

  it('passes the operator command with exit code 0', async () => {
    const run = await cli(intake.database.url);
    tally.cliExitCodes.push(run.code);
    expect(run).toMatchObject({ code: 0, output: expect.stringMatching(/^ok \d+ rows/) });
  });

  it('names an edited row, and passes again once the row is as it was', async () => {
    const [row] = await intake.database.query<{ id: string; purpose: string }>(`SELECT id::text AS id, purpose FROM audit_log ORDER BY audit_log.id OFFSET 5 LIMIT 1`);
    await asOwner(`UPDATE audit_log SET purpose = 'statistics' WHERE id = $1`, [row!.id]);
    detected(await verify(), { kind: 'edited', id: row!.id });
    await asOwner(`UPDATE audit_log SET purpose = $2 WHERE id = $1`, [row!.id, row!.purpose]);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('misses deleted newest rows without an anchor, and finds them against an exported one', async () => {
    const head = await verify();
    if (!head.ok || !head.head) throw new Error('expected an unbroken chain with a head');
    await asOwner(`DELETE FROM audit_log WHERE id = $1`, [head.head.id]);
    expect(await verify()).toMatchObject({ ok: true, rows: head.rows - 1 });
    detected(await verify(head.head), { kind: 'missing', id: head.head.id });
  });

  it('names the gap a deleted middle row leaves, and the operator command exits 1', async () => {
    const ids = (await intake.database.query<{ id: string }>(`SELECT id::text AS id FROM audit_log ORDER BY audit_log.id`)).map((row) => row.id);
    const middle = Math.floor(ids.length / 2);
    await asOwner(`DELETE FROM audit_log WHERE id = $1`, [ids[middle]]);
    detected(await verify(), { kind: 'missing', id: ids[middle + 1], after: ids[middle - 1] });
    const run = await cli(intake.database.url);
    tally.cliExitCodes.push(run.code);
    expect(run).toEqual({ code: 1, output: `broken: missing rows before ${ids[middle + 1]} (after ${ids[middle - 1]})` });
  });
});
