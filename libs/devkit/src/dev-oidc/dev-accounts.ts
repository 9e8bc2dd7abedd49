import { readFileSync } from 'node:fs';

/** One person who can sign in at a node's dev sign-in; `username` becomes the token's subject. */
export interface DevAccount {
  username: string;
  name: string;
  roles: string[];
}

/** The checked-in dev accounts: per node, one person per role, all with the same throwaway password. */
export interface DevAccounts {
  password: string;
  nodes: Record<string, DevAccount[]>;
}

/** Reads and checks a dev accounts file; throws naming the first thing wrong with it. */
export function readDevAccounts(file: string): DevAccounts {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevAccounts>;
  if (typeof parsed.password !== 'string' || parsed.password === '') throw new Error(`${file}: "password" must be a non-empty string`);
  if (typeof parsed.nodes !== 'object' || parsed.nodes === null) throw new Error(`${file}: "nodes" must map node ids to accounts`);
  for (const [node, accounts] of Object.entries(parsed.nodes)) {
    const wrong = accounts.find((account) => !isAccount(account));
    if (wrong) throw new Error(`${file}: ${node} lists an account without username, name and roles: ${JSON.stringify(wrong)}`);
  }
  return { password: parsed.password, nodes: parsed.nodes };
}

export function accountsOf(accounts: DevAccounts, node: string): DevAccount[] {
  const found = accounts.nodes[node];
  if (!found) throw new Error(`no dev accounts for ${node}; the file lists ${Object.keys(accounts.nodes).join(', ')}`);
  return found;
}

function isAccount(value: unknown): value is DevAccount {
  const account = value as Partial<DevAccount>;
  return (
    typeof account.username === 'string' &&
    account.username !== '' &&
    typeof account.name === 'string' &&
    Array.isArray(account.roles) &&
    account.roles.length > 0 &&
    account.roles.every((role) => typeof role === 'string')
  );
}
