import { execFile } from 'node:child_process';
import { REPO_ROOT } from '../run-script';

/** Builds a service as `npm start` does (Nx caches it: a second build of unchanged code is instant). */
export function buildService(service: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      'npx',
      ['nx', 'run', `${service}:build`, '--outputStyle=static'],
      { cwd: REPO_ROOT, env: { ...process.env, NX_DAEMON: 'false' }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(`build of ${service} failed:\n${stdout}${stderr}`)) : resolve()),
    );
  });
}
