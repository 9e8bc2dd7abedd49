import { parseArgs } from 'node:util';
import type { Client } from 'pg';
import { databaseName } from '../start/topology';
import { UsageError } from './command';
import { allIds, connect, deriveIds, type IdSets, seedSets, type Subject } from './person-data';
import { PERSON_RULES, type ServiceRules, SERVICES } from './person-rules';

export const SUBJECT_USAGE = `  --participant <id>   the person, by their participant id on this node
  --referral <id>      a trainee a partner node referred here, by the referral id
  --operator <name>    who answers the request; written to each service's audit log
  --database <service>=<url>  repeatable; default for each service: tandem_<MUNICIPALITY_ID>_<service>
                       on PGHOST/PGPORT/PGUSER (as npm start names it)`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PersonRequest {
  subject: Subject;
  operator: string;
  databases: Record<string, string>;
  flags: Record<string, string | boolean | undefined>;
}

/** Parses the options every person command shares, plus `extra` (name → string or boolean). */
export function parsePersonRequest(args: string[], env: NodeJS.ProcessEnv, extra: Record<string, 'string' | 'boolean'>): PersonRequest {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        participant: { type: 'string' },
        referral: { type: 'string' },
        operator: { type: 'string' },
        database: { type: 'string', multiple: true },
        ...Object.fromEntries(Object.entries(extra).map(([name, type]) => [name, { type }])),
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const participant = values.participant as string | undefined;
  const referral = values.referral as string | undefined;
  if ((participant === undefined) === (referral === undefined)) throw new UsageError('give exactly one of --participant and --referral');
  const id = (participant ?? referral) as string;
  if (!UUID.test(id)) throw new UsageError(`${participant ? '--participant' : '--referral'} must be a UUID`);
  const operator = (values.operator as string | undefined)?.trim();
  if (!operator) throw new UsageError('--operator <name> is required: the audit log names who answered the request');
  const flags = Object.fromEntries(Object.keys(extra).map((name) => [name, values[name] as string | boolean | undefined]));
  return { subject: { kind: participant ? 'participant' : 'referral', id: id.toLowerCase() }, operator, databases: databaseUrls(values.database as string[] | undefined, env), flags };
}

function databaseUrls(given: string[] | undefined, env: NodeJS.ProcessEnv): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const entry of given ?? []) {
    const match = /^([a-z]+)=(postgres(?:ql)?:\/\/.+)$/.exec(entry);
    if (!match || !SERVICES.includes(match[1] as string)) throw new UsageError(`--database must be <${SERVICES.join('|')}>=postgres://...`);
    urls[match[1] as string] = match[2] as string;
  }
  for (const service of SERVICES) {
    if (urls[service]) continue;
    if (!env.MUNICIPALITY_ID) throw new UsageError(`no database for ${service}: give --database ${service}=<url>, or set MUNICIPALITY_ID`);
    const host = `${env.PGHOST ?? '127.0.0.1'}:${env.PGPORT ?? '5432'}`;
    urls[service] = `postgres://${env.PGUSER ?? 'postgres'}@${host}/${databaseName(env.MUNICIPALITY_ID, service)}`;
  }
  return urls;
}

export interface ServiceHandle {
  rules: ServiceRules;
  client: Client;
  sets: IdSets;
}

/**
 * Connects to every service and finds the person's ids in each. Intake runs first here, as it links a
 * referral to its participant; the sets it finds seed the others, and `all` is filled in at the end.
 */
export async function openServices(request: PersonRequest): Promise<ServiceHandle[]> {
  const handles: ServiceHandle[] = [];
  try {
    for (const rules of PERSON_RULES) {
      const client = await connect(rules.service, request.databases[rules.service] as string);
      handles.push({ rules: await presentTables(client, rules), client, sets: {} });
    }
    const intake = handles.find((handle) => handle.rules.service === 'intake') as ServiceHandle;
    intake.sets = await deriveIds(intake.client, intake.rules, seedSets(request.subject));
    const person = { participants: intake.sets.participants ?? [], referrals: intake.sets.referrals ?? [], all: [] };
    for (const handle of handles) if (handle !== intake) handle.sets = await deriveIds(handle.client, handle.rules, person);
    const all = allIds(handles.map((handle) => handle.sets));
    for (const handle of handles) handle.sets.all = all;
    return handles;
  } catch (error) {
    await closeServices(handles);
    throw error;
  }
}

/** The rules for the tables this database has: a node between upgrades may lack a newer one. */
async function presentTables(client: Client, rules: ServiceRules): Promise<ServiceRules> {
  const { rows } = await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`);
  const present = new Set(rows.map((row) => row.name));
  return { ...rules, tables: rules.tables.filter((rule) => present.has(rule.table)) };
}

export async function closeServices(handles: ServiceHandle[]): Promise<void> {
  await Promise.all(handles.map((handle) => handle.client.end().catch(() => undefined)));
}
