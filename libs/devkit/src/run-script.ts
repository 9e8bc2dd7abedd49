import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../..');

/** Runs one of the repository's bash scripts; resolves with its stdout, rejects with its stderr. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'bash',
      [resolve(REPO_ROOT, script), ...args],
      { env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${script} ${args.join(' ')} failed: ${stderr || error.message}`));
        else resolvePromise(stdout);
      },
    );
  });
}
