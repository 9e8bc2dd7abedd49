import { createHash } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Command, EXIT_FAILED, UsageError } from './command';
import { audit, progress, selectRows } from './person-data';
import { closeServices, openServices, parsePersonRequest, type PersonRequest, type ServiceHandle, SUBJECT_USAGE } from './person-data-options';

const USAGE = `usage: npm run tandem -- person export (--participant <id> | --referral <id>) --operator <name> --out <dir> [--database <service>=<url> ...]

Writes everything this node holds about one person (GDPR Art. 15 and 20): one JSON file per service
with every table's rows, including the audit log rows about them, and manifest.json with row counts
and each file's SHA-256. Each service's audit log records the export (action export, purpose
data-subject-request). Progress goes to stderr.
${SUBJECT_USAGE}
  --out <dir>          a new or empty directory; files are readable by their owner only`;

export interface ServiceExport {
  service: string;
  subject: PersonRequest['subject'];
  exportedAt: string;
  ids: Record<string, string[]>;
  tables: Record<string, Record<string, unknown>[]>;
}

export interface ExportManifest {
  subject: PersonRequest['subject'];
  operator: string;
  exportedAt: string;
  files: Array<{ file: string; service: string; sha256: string; rows: Record<string, number> }>;
}

/** Reads one service in one snapshot, after its audit row is committed: the export shows its own entry. */
async function exportService(handle: ServiceHandle, request: PersonRequest, at: Date, step: (table: string) => void): Promise<ServiceExport> {
  await audit(handle.client, request.operator, 'export', request.subject);
  await handle.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const tables: ServiceExport['tables'] = {};
    for (const rule of handle.rules.tables) {
      tables[rule.table] = await selectRows(handle.client, rule, handle.sets);
      step(`${handle.rules.service}.${rule.table}`);
    }
    const { all: _all, ...ids } = handle.sets;
    return { service: handle.rules.service, subject: request.subject, exportedAt: at.toISOString(), ids, tables };
  } finally {
    await handle.client.query('COMMIT');
  }
}

async function emptyDirectory(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if ((await readdir(dir)).length > 0) throw new UsageError(`--out ${dir} is not empty: an export never overwrites another`);
}

export async function exportPerson(request: PersonRequest, out: string, now = new Date()): Promise<ExportManifest> {
  await emptyDirectory(out);
  const handles = await openServices(request);
  try {
    const total = handles.reduce((sum, handle) => sum + handle.rules.tables.length, 0);
    const show = progress(total);
    let done = 0;
    const manifest: ExportManifest = { subject: request.subject, operator: request.operator, exportedAt: now.toISOString(), files: [] };
    for (const handle of handles) {
      const data = await exportService(handle, request, now, (label) => show(++done, label));
      const file = `${handle.rules.service}.json`;
      const text = `${JSON.stringify(data, null, 2)}\n`;
      await writeFile(join(out, file), text, { mode: 0o600 });
      const rows = Object.fromEntries(Object.entries(data.tables).map(([table, list]) => [table, list.length]));
      manifest.files.push({ file, service: handle.rules.service, sha256: createHash('sha256').update(text).digest('hex'), rows });
    }
    await writeFile(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    return manifest;
  } finally {
    await closeServices(handles);
  }
}

export const personExport: Command = {
  name: 'person export',
  summary: "write everything the node holds about one person, as JSON (GDPR Art. 15, 20)",
  usage: USAGE,
  async run(args) {
    const request = parsePersonRequest(args, process.env, { out: 'string' });
    const out = request.flags.out;
    if (typeof out !== 'string' || out === '') throw new UsageError('--out <dir> is required');
    let manifest: ExportManifest;
    try {
      manifest = await exportPerson(request, resolve(out));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      console.error((error as Error).message);
      return EXIT_FAILED;
    }
    for (const file of manifest.files) {
      const found = Object.entries(file.rows).filter(([, n]) => n > 0).map(([table, n]) => `${table} ${n}`);
      console.log(`${file.file}  ${file.sha256}  ${found.length > 0 ? found.join(', ') : 'nothing'}`);
    }
    console.log(`manifest.json written to ${resolve(out)}`);
    return 0;
  },
};
