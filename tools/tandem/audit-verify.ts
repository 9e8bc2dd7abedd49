import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { type AuditAnchor, describeVerification, verifyAuditLog } from '../../libs/platform/src/audit/verify-audit-log';
import { type Command, EXIT_FAILED, UsageError } from './command';
import { DATABASE_URL_HELP, SERVICES, serviceDatabaseUrl, serviceOption } from './service-database';

const USAGE = `usage: npm run tandem -- audit verify --service <${SERVICES.join('|')}> [--database-url <url>] [--anchor <id>:<hash>]

Recomputes the hash chain of the service's audit_log and prints "ok <n> rows (head <id> <hash>)"
(exit 0) or the first break (exit 1): an edited row, or missing rows between two ids.
  --database-url  ${DATABASE_URL_HELP}
  --anchor        a head printed by an earlier run and kept elsewhere: also detects deleted newest rows`;

interface VerifyRequest {
  service: string;
  databaseUrl: string;
  anchor?: AuditAnchor;
}

function parseRequest(args: string[], env: NodeJS.ProcessEnv): VerifyRequest {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: { service: { type: 'string' }, 'database-url': { type: 'string' }, anchor: { type: 'string' } },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const service = serviceOption(values.service);
  const databaseUrl = serviceDatabaseUrl(service, values['database-url'], env);
  return { service, databaseUrl, anchor: values.anchor === undefined ? undefined : parseAnchor(values.anchor) };
}

function parseAnchor(text: string): AuditAnchor {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text);
  if (!match) throw new UsageError('--anchor must be <id>:<64 hex digits>, as a run printed its head');
  return { id: match[1], hash: match[2] };
}

export const auditVerify: Command = {
  name: 'audit verify',
  summary: "check that a service's audit log is unbroken (hash chain)",
  usage: USAGE,
  async run(args) {
    const request = parseRequest(args, process.env);
    const client = new Client({ connectionString: request.databaseUrl, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
    } catch (error) {
      console.error(`${request.service}: PostgreSQL does not answer at ${new URL(request.databaseUrl).host}: ${(error as Error).message}`);
      return EXIT_FAILED;
    }
    try {
      // One snapshot for the whole walk: rows committed meanwhile cannot look like a break.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const result = await verifyAuditLog(async (sql, parameters) => (await client.query(sql, parameters)).rows, request.anchor);
      await client.query('COMMIT');
      console.log(describeVerification(result));
      return result.ok ? 0 : 1;
    } finally {
      await client.end();
    }
  },
};
