/**
 * Mints a development token from the local dev issuer (never for production):
 *   npx tsx tools/token.ts --sub alice --municipality de-goerlitz --roles caseworker,auditor [--expires 3600]
 * Prints only the token, so it composes: curl -H "Authorization: Bearer $(npx tsx tools/token.ts ...)".
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DevIssuer } from '../libs/devkit/src/dev-issuer';
import { isRole, ROLES } from '../libs/platform/src/auth/principal';

const USAGE = `usage: npx tsx tools/token.ts --sub <subject> --municipality <id> --roles <role,...> [--expires <seconds>]
roles: ${ROLES.join(', ')}`;

const ISSUER_DIR = resolve(__dirname, '..', '.local', 'dev-issuer');

class UsageError extends Error {}

interface TokenRequest {
  sub: string;
  municipality: string;
  roles: string[];
  expiresInSeconds: number;
}

function parseRequest(argv: string[]): TokenRequest {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        sub: { type: 'string' },
        municipality: { type: 'string' },
        roles: { type: 'string' },
        expires: { type: 'string', default: '3600' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { sub, municipality, roles, expires } = values;
  if (!sub || !municipality || !roles) throw new UsageError('--sub, --municipality and --roles are required');
  return { sub, municipality, roles: parseRoles(roles), expiresInSeconds: parseExpiry(expires) };
}

function parseRoles(list: string): string[] {
  const roles = list.split(',').map((role) => role.trim()).filter(Boolean);
  const unknown = roles.filter((role) => !isRole(role));
  if (roles.length === 0 || unknown.length > 0) throw new UsageError(`unknown role(s): ${unknown.join(', ') || '(none given)'}`);
  return roles;
}

function parseExpiry(text: string): number {
  const seconds = Number(text);
  if (!Number.isInteger(seconds) || seconds <= 0) throw new UsageError('--expires must be a positive whole number of seconds');
  return seconds;
}

async function main(): Promise<void> {
  const request = parseRequest(process.argv.slice(2));
  const issuer = await DevIssuer.loadOrCreate(ISSUER_DIR);
  process.stdout.write(`${await issuer.token(request)}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
