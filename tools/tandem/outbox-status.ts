import { Client } from 'pg';
import { type Command, EXIT_FAILED } from './command';
import { parseOptions } from './options';
import { DATABASE_URL_HELP, SERVICES, serviceDatabaseUrl, serviceOption } from './service-database';

const USAGE = `usage: npm run tandem -- outbox status --service <${SERVICES.join('|')}> [--database-url <url>]

Per topic of the service's outbox: unsent events, the age of the oldest unsent one, and when the
relay last published one. A backlog whose oldest age keeps growing means the relay cannot reach Kafka.
Sent rows are pruned after 7 days, so "last sent" is empty for a topic quiet that long.
  --database-url  ${DATABASE_URL_HELP}
Exit 3: the database did not answer.`;

interface TopicStatus {
  topic: string;
  unsent: number;
  oldest_unsent_age_s: number | null;
  last_sent_at: Date | null;
}

// Served by the partial indexes on unsent rows and on sent_at; a full table scan only for the topic grouping.
const STATUS_SQL = `
  SELECT topic,
         count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent,
         extract(epoch FROM now() - min(created_at) FILTER (WHERE sent_at IS NULL))::float8 AS oldest_unsent_age_s,
         max(sent_at) AS last_sent_at
    FROM outbox GROUP BY topic ORDER BY topic`;

export function formatAge(seconds: number | null): string {
  if (seconds === null) return '-';
  const whole = Math.max(0, Math.floor(seconds));
  if (whole < 120) return `${whole}s`;
  if (whole < 7200) return `${Math.floor(whole / 60)}m`;
  if (whole < 172_800) return `${Math.floor(whole / 3600)}h`;
  return `${Math.floor(whole / 86_400)}d`;
}

export function statusTable(rows: TopicStatus[]): string {
  const cells = [
    ['topic', 'unsent', 'oldest unsent', 'last sent at'],
    ...rows.map((row) => [row.topic, String(row.unsent), formatAge(row.oldest_unsent_age_s), row.last_sent_at?.toISOString() ?? '-']),
  ];
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  return cells.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n');
}

export const outboxStatus: Command = {
  name: 'outbox status',
  summary: "unsent events, oldest unsent age and last send per topic of a service's outbox",
  usage: USAGE,
  async run(args) {
    const values = parseOptions(args, { service: { type: 'string' }, 'database-url': { type: 'string' } });
    const service = serviceOption(values.service);
    const url = serviceDatabaseUrl(service, values['database-url'], process.env);
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
    } catch (error) {
      console.error(`${service}: PostgreSQL does not answer at ${new URL(url).host}: ${(error as Error).message}`);
      return EXIT_FAILED;
    }
    try {
      const { rows } = await client.query<TopicStatus>(STATUS_SQL);
      const unsent = rows.reduce((sum, row) => sum + row.unsent, 0);
      console.log(`${service}: ${unsent} unsent in ${rows.filter((row) => row.unsent > 0).length} of ${rows.length} topics`);
      if (rows.length > 0) console.log(statusTable(rows));
      return 0;
    } finally {
      await client.end();
    }
  },
};
