/* eslint-disable @nx/enforce-module-boundaries -- the operator commands live in tools/, which is no library: main.ts will list them, this spec runs them directly */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodePair, pollUntil, SERVICE_NAMES, type TestNode } from '@tandem/devkit';
import { erasePerson, personErase } from '../../tools/tandem/person-erase';
import { type ExportManifest, personExport, type ServiceExport } from '../../tools/tandem/person-export';
import { parsePersonRequest } from '../../tools/tandem/person-data-options';
import { PERSON_RULES } from '../../tools/tandem/person-rules';
import { readReferral, withdrawConsent } from '../support/referral-api';
import { type Person, personAcrossTheNode } from './person-data-flow';

const SERVICES = [...SERVICE_NAMES];
const OPERATOR = 'dpo-katrin';
/** `service.table` of every rule that keeps rows: the only places the person's ids may remain. */
const KEPT = new Set(PERSON_RULES.flatMap((rules) => rules.tables.filter((rule) => rule.rule.action !== 'delete').map((rule) => `${rules.service}.${rule.table}`)));
/** Tables the flow put a canary in on purpose, at least; the search finds the others. */
const FILLED = {
  de: [
    'intake.participants',
    'intake.participant_profiles',
    'intake.case_notes',
    'intake.evidence_documents',
    'intake.referrals',
    'support.entitlements',
    'support.deliveries',
    'placement.grievances',
    'recognition.recognition_requests',
  ],
  pl: ['intake.referrals', 'training.accepted_referrals'],
};

/** Where each canary is found in a node's databases: `service.table` → rows. */
async function canaryTables(node: TestNode, canaries: string[]): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const service of node.services) {
    for (const text of canaries) {
      for (const [table, rows] of Object.entries(await service.database.tablesContaining(text))) {
        found[`${service.name}.${table}`] = (found[`${service.name}.${table}`] ?? 0) + rows;
      }
    }
  }
  return found;
}

const databaseArgs = (node: TestNode) => node.services.flatMap((service) => ['--database', `${service.name}=${service.database.url}`]);

/** Audit rows per service of the node, to see what a run wrote. */
const auditCounts = (node: TestNode) => Promise.all(node.services.map((service) => service.database.count('audit_log')));

describe('a data subject request: export and erasure of one person across a node', () => {
  let pair: NodePair;
  let person: Person;
  let dir: string;
  // Measured before each assertion, so a failing run prints what it found.
  const tally = {
    tables: 0,
    undeclared: 0,
    canaries: 0,
    exported_tables: 0,
    exported_canaries: 0,
    missing_from_export: 0,
    refused: 0,
    canary_tables_left: 0,
    ids_outside_kept: 0,
    second_run_changed: 0,
  };

  beforeAll(async () => {
    pair = await NodePair.start({ label: 'dsr', services: SERVICES, readyTimeoutMs: 240_000 });
    dir = await mkdtemp(join(tmpdir(), 'tandem-person-'));
    person = await personAcrossTheNode(pair);
    tally.canaries = person.canaries.length;
    const outboxes = pair.services.map((service) => () => service.database.count('outbox', 'sent_at IS NULL'));
    await pollUntil('every outbox to drain', () => Promise.all(outboxes.map((unsent) => unsent())), (counts) => counts.every((n) => n === 0), { timeoutMs: 60_000 });
  }, 600_000);

  afterAll(async () => {
    await pair?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
    process.stdout.write(`${JSON.stringify({ suite: 'person-data', nodes: 2, services: SERVICES.length, ...tally })}\n`);
  });

  const run = (command: typeof personErase, node: TestNode, subject: string[], extra: string[]) =>
    command.run([...subject, '--operator', OPERATOR, ...databaseArgs(node), ...extra]);
  const de = () => ['--participant', person.participantId];
  const pl = () => ['--referral', person.referralId];

  it('declares every table of every service database: a rule for the person, or why none is needed', async () => {
    for (const service of pair.de.services) {
      const rules = PERSON_RULES.find((entry) => entry.service === service.name);
      const declared = new Set([...(rules?.tables.map((rule) => rule.table) ?? []), ...Object.keys(rules?.unlinked ?? {})]);
      const tables = await service.database.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
      const undeclared = tables.map((table) => table.name).filter((name) => !declared.has(name));
      tally.tables += tables.length;
      tally.undeclared += undeclared.length;
      expect({ [service.name]: undeclared }).toEqual({ [service.name]: [] });
    }
  });

  async function exported(node: TestNode, subject: string[], out: string): Promise<{ manifest: ExportManifest; services: Record<string, ServiceExport>; text: string }> {
    expect(await run(personExport, node, subject, ['--out', out])).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as ExportManifest;
    const services: Record<string, ServiceExport> = {};
    let text = '';
    for (const file of manifest.files) {
      const content = await readFile(join(out, file.file), 'utf8');
      expect(createHash('sha256').update(content).digest('hex')).toBe(file.sha256);
      services[file.service] = JSON.parse(content) as ServiceExport;
      text += content;
    }
    return { manifest, services, text };
  }

  it('exports every table that holds the person, with every canary, their audit trail and its own audit entry', async () => {
    for (const [node, subject, name] of [[pair.de, de(), 'de'], [pair.pl, pl(), 'pl']] as const) {
      const holding = await canaryTables(node, person.canaries);
      expect(Object.keys(holding)).toEqual(expect.arrayContaining(FILLED[name]));
      const { manifest, services, text } = await exported(node, subject, join(dir, name));
      const withRows = manifest.files.flatMap((file) => Object.entries(file.rows).filter(([, n]) => n > 0).map(([table]) => `${file.service}.${table}`));
      expect(withRows).toEqual(expect.arrayContaining(Object.keys(holding)));
      const found = person.canaries.filter((value) => text.includes(value));
      const inDatabases: string[] = [];
      for (const value of person.canaries) if (Object.keys(await canaryTables(node, [value])).length > 0) inDatabases.push(value);
      tally.exported_tables += withRows.length;
      tally.exported_canaries += found.length;
      tally.missing_from_export += inDatabases.filter((value) => !found.includes(value)).length;
      expect(found).toEqual(inDatabases);
      for (const service of SERVICES) {
        const own = services[service]?.tables['audit_log']?.filter((row) => row['actor'] === OPERATOR && row['action'] === 'export');
        expect({ [service]: own?.map((row) => row['purpose']) }).toEqual({ [service]: ['data-subject-request'] });
      }
    }
    const intake = (await exported(pair.de, de(), join(dir, 'de-again'))).services['intake'];
    expect(intake?.tables['audit_log']?.some((row) => row['actor'] === 'caseworker-anna' && row['action'] === 'read' && row['resource_id'] === person.participantId)).toBe(true);
    expect(intake?.tables['evidence_documents']?.[0]?.['content']).toEqual({ base64: expect.any(String) });
  });

  it('refuses to erase, changing nothing, while the consent is in force and the referral is not erased on both sides', async () => {
    const before = await canaryTables(pair.de, person.canaries);
    const audits = await auditCounts(pair.de);
    const codes = [await run(personErase, pair.de, de(), ['--yes']), await run(personErase, pair.pl, pl(), ['--yes'])];
    tally.refused = codes.filter((code) => code === 1).length;
    expect(codes).toEqual([1, 1]);
    expect(await canaryTables(pair.de, person.canaries)).toEqual(before);
    expect(await auditCounts(pair.de)).toEqual(audits);
  });

  it('erases the person on both nodes after the consent withdrawal, leaving no canary, and a second run changes nothing', async () => {
    const de_ = await pair.de.as(['caseworker'], 'caseworker-anna');
    await withdrawConsent(de_, person.participantId, person.consentId);
    await pollUntil('PL to confirm the erasure', () => readReferral(de_, person.referralId), (view) => Boolean(view.erasedAt), { timeoutMs: 60_000 });
    const unsent = () => Promise.all(pair.services.map((service) => service.database.count('outbox', 'sent_at IS NULL')));
    await pollUntil('every outbox to drain', unsent, (counts) => counts.every((n) => n === 0), { timeoutMs: 60_000 });

    const before = await canaryTables(pair.de, person.canaries);
    expect(await run(personErase, pair.de, de(), ['--dry-run'])).toBe(0);
    expect(await canaryTables(pair.de, person.canaries)).toEqual(before);

    for (const [node, subject] of [[pair.de, de()], [pair.pl, pl()]] as const) {
      expect(await run(personErase, node, subject, ['--yes'])).toBe(0);
      const left = await canaryTables(node, person.canaries);
      tally.canary_tables_left += Object.keys(left).length;
      expect(left).toEqual({});
      // The person's ids remain only where a rule keeps a minimised row.
      const linked = Object.keys(await canaryTables(node, [person.participantId, person.referralId]));
      const outside = linked.filter((table) => !KEPT.has(table));
      tally.ids_outside_kept += outside.length;
      expect(outside).toEqual([]);
      const audits = await auditCounts(node);
      const again = await erasePerson(parsePersonRequest([...subject, '--operator', OPERATOR, ...databaseArgs(node)], {}, {}), { dryRun: false });
      tally.second_run_changed += again.changed;
      expect({ blocked: again.blocked, changed: again.changed }).toEqual({ blocked: [], changed: 0 });
      expect(await auditCounts(node)).toEqual(audits);
    }
    const intake = pair.de.service('intake').database;
    expect(await intake.count('participants', 'id = $1', [person.participantId])).toBe(0);
    expect(await intake.count('audit_log', `resource_id = $1 AND action = 'erase' AND actor = $2`, [person.participantId, OPERATOR])).toBe(1);
    const support = pair.de.service('support').database;
    const kept = await support.query(`SELECT s.amount_minor FROM stipends s JOIN entitlements e ON e.id = s.entitlement_id WHERE e.participant_id = $1`, [person.participantId]);
    expect(kept).toHaveLength(1);
    const credentials = pair.pl.service('recognition').database;
    expect(await credentials.count('holders', 'referral_id = $1', [person.referralId])).toBe(0);
    expect(await credentials.count('credentials')).toBeGreaterThan(0);
  });
});
