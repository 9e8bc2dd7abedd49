import { execFile } from 'node:child_process';
import { REPO_ROOT } from '../run-script';

/** Builds a service as `npm start` does (Nx caches it: a second build of unchanged code is instant). */
export function buildService(service: string): Promise<void> {
  return nx(['run', `${service}:build`], `build of ${service}`);
}

/**
 * Builds every service and the console once, before test workers start: a build (even a cache
 * restore) rewrites dist/, so building from two workers at once could start a process on
 * half-written files.
 */
export function buildAllApps(): Promise<void> {
  return nx(['run-many', '-t', 'build', '--projects=tag:type:service,tag:type:console'], 'build of the services and the console');
}

function nx(args: string[], what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      'npx',
      ['nx', ...args, '--outputStyle=static'],
      { cwd: REPO_ROOT, env: { ...process.env, NX_DAEMON: 'false' }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(`${what} failed:\n${stdout}${stderr}`)) : resolve()),
    );
  });
}
