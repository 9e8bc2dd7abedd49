import { type Command, EXIT_FAILED, UsageError } from './command';
import { applyRule, audit, changeCondition, countWhere, progress, unmetPreconditions } from './person-data';
import { closeServices, openServices, parsePersonRequest, type PersonRequest, type ServiceHandle, SUBJECT_USAGE } from './person-data-options';

const USAGE = `usage: npm run tandem -- person erase (--participant <id> | --referral <id>) --operator <name> (--dry-run | --yes) [--database <service>=<url> ...]

Erases one person (GDPR Art. 17) in every service, one transaction per service, intake last: each
table is deleted, anonymised or retained as tools/tandem/person-rules.ts (and docs/privacy.md) says.
Refuses, changing nothing, while consents are in force, a referral is not yet erased on both sides,
or events about the person wait in an outbox. A second run changes nothing and says so.
${SUBJECT_USAGE}
  --dry-run            print what each table would undergo, with counts; change nothing
  --yes                really erase`;

export interface TableOutcome {
  service: string;
  table: string;
  action: 'delete' | 'anonymise' | 'retain';
  /** Rows deleted or anonymised (would be, in a dry run); rows kept as they are, for retain. */
  rows: number;
}

export interface ErasureReport {
  blocked: string[];
  outcomes: TableOutcome[];
  /** Rows deleted or anonymised: 0 on a second run. */
  changed: number;
}

async function blockers(handles: ServiceHandle[]): Promise<string[]> {
  const problems: string[] = [];
  for (const handle of handles) {
    for (const problem of await unmetPreconditions(handle.client, handle.rules.preconditions, handle.sets)) problems.push(`${handle.rules.service}: ${problem}`);
  }
  return problems;
}

async function planService(handle: ServiceHandle): Promise<TableOutcome[]> {
  const outcomes: TableOutcome[] = [];
  for (const rule of handle.rules.tables) {
    const rows = await countWhere(handle.client, rule.table, changeCondition(rule) ?? rule.where, handle.sets);
    outcomes.push({ service: handle.rules.service, table: rule.table, action: rule.rule.action, rows });
  }
  return outcomes;
}

/** One transaction: every rule of the service and, if anything changed, the audit row saying so. */
async function eraseService(handle: ServiceHandle, request: PersonRequest): Promise<TableOutcome[]> {
  const { client, rules, sets } = handle;
  await client.query('BEGIN');
  try {
    const outcomes: TableOutcome[] = [];
    for (const rule of rules.tables) {
      const changed = await applyRule(client, rule, sets);
      const rows = rule.rule.action === 'retain' ? await countWhere(client, rule.table, rule.where, sets) : changed;
      outcomes.push({ service: rules.service, table: rule.table, action: rule.rule.action, rows });
    }
    if (outcomes.some((outcome) => outcome.action !== 'retain' && outcome.rows > 0)) await audit(client, request.operator, 'erase', request.subject);
    await client.query('COMMIT');
    return outcomes;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

export async function erasePerson(request: PersonRequest, options: { dryRun: boolean }): Promise<ErasureReport> {
  const handles = await openServices(request);
  try {
    const blocked = await blockers(handles);
    const outcomes: TableOutcome[] = [];
    const show = progress(handles.length);
    if (options.dryRun || blocked.length === 0) {
      for (const [index, handle] of handles.entries()) {
        outcomes.push(...(options.dryRun || blocked.length > 0 ? await planService(handle) : await eraseService(handle, request)));
        show(index + 1, handle.rules.service);
      }
    }
    const changed = outcomes.filter((outcome) => outcome.action !== 'retain').reduce((sum, outcome) => sum + outcome.rows, 0);
    return { blocked, outcomes, changed };
  } finally {
    await closeServices(handles);
  }
}

export function describeErasure(report: ErasureReport, dryRun: boolean): string[] {
  const lines = report.blocked.map((problem) => `refused: ${problem}`);
  const verb = { delete: dryRun ? 'would delete' : 'deleted', anonymise: dryRun ? 'would anonymise' : 'anonymised', retain: 'retained' };
  for (const outcome of report.outcomes.filter((entry) => entry.rows > 0)) lines.push(`${`${outcome.service}.${outcome.table}`.padEnd(40)} ${verb[outcome.action].padEnd(16)} ${outcome.rows}`);
  if (report.blocked.length === 0 && report.changed === 0) lines.push('nothing to erase: this person is already erased here (retained rows are minimised)');
  return lines;
}

export const personErase: Command = {
  name: 'person erase',
  summary: 'erase one person in every service, keeping legally retained records minimised (GDPR Art. 17)',
  usage: USAGE,
  async run(args) {
    const request = parsePersonRequest(args, process.env, { 'dry-run': 'boolean', yes: 'boolean' });
    const dryRun = request.flags['dry-run'] === true;
    if (!dryRun && request.flags.yes !== true) throw new UsageError('erasure cannot be undone: give --yes, or --dry-run to see what it would do');
    let report: ErasureReport;
    try {
      report = await erasePerson(request, { dryRun });
    } catch (error) {
      console.error((error as Error).message);
      return EXIT_FAILED;
    }
    const lines = describeErasure(report, dryRun);
    (report.blocked.length > 0 ? console.error : console.log)(lines.join('\n'));
    return report.blocked.length > 0 ? 1 : 0;
  },
};
