import { type AuditChainRow, canonicalText, chainHash, GENESIS_HASH, netstring } from './audit-chain';

// Both rows and their hashes as PostgreSQL's trigger wrote them (the second was chained after the first).
const first: AuditChainRow = {
  id: '1',
  at: '2026-12-04T14:07:42.123456Z',
  actor: 'caseworker-anna',
  actorRoles: ['caseworker', 'auditor'],
  action: 'read',
  resourceType: 'participant',
  resourceId: 'p-1',
  purpose: 'case-management',
};
const second: AuditChainRow = {
  id: '2',
  at: '2026-12-04T15:11:35.560447Z',
  actor: 'Zoë, "x"',
  actorRoles: [],
  action: 'register',
  resourceType: 'participant',
  resourceId: 'p-2',
  purpose: 'case-management',
};
const FIRST_HASH = '84becda9668ee110a5553c155d335c0f6f3aa11e53db640d6297bf595204d5bc';
const SECOND_HASH = '4396e39225ad56fdb50a46ff14fcba6017c110407454a481d75b923f75daf211';

describe('the canonical text of an audit row', () => {
  it('writes the fields in order as netstrings, the roles nested, the time in UTC with microseconds', () => {
    expect(canonicalText(first)).toBe(
      '1:1,27:2026-12-04T14:07:42.123456Z,15:caseworker-anna,24:10:caseworker,7:auditor,,4:read,11:participant,3:p-1,15:case-management,',
    );
  });

  it('counts UTF-8 bytes, not characters, and writes no roles as an empty netstring', () => {
    expect(netstring('Zoë')).toBe('4:Zoë,');
    expect(canonicalText(second)).toBe('1:2,27:2026-12-04T15:11:35.560447Z,9:Zoë, "x",0:,8:register,11:participant,3:p-2,15:case-management,');
  });

  it('keeps values apart whatever separators they contain', () => {
    const joined = canonicalText({ ...first, actorRoles: ['a,b'] });
    const split = canonicalText({ ...first, actorRoles: ['a', 'b'] });
    expect(joined).not.toBe(split);
    expect(canonicalText({ ...first, actor: 'x', action: 'y,z' })).not.toBe(canonicalText({ ...first, actor: 'x,y', action: 'z' }));
  });

  it('refuses a time that is not in the canonical form, rather than hash something else', () => {
    expect(() => canonicalText({ ...first, at: '2026-12-04 14:07:42.123+00' })).toThrow(/canonical/);
  });
});

describe('the chain hash', () => {
  it('matches the hashes PostgreSQL computed, starting from 32 zero bytes', () => {
    const one = chainHash(GENESIS_HASH, first);
    expect(one.toString('hex')).toBe(FIRST_HASH);
    expect(chainHash(one, second).toString('hex')).toBe(SECOND_HASH);
  });

  it('changes with any field and with the previous hash', () => {
    expect(chainHash(GENESIS_HASH, { ...first, purpose: 'audit' }).toString('hex')).not.toBe(FIRST_HASH);
    expect(chainHash(GENESIS_HASH, { ...first, at: '2026-12-04T14:07:42.123457Z' }).toString('hex')).not.toBe(FIRST_HASH);
    expect(chainHash(Buffer.alloc(32, 1), second).toString('hex')).not.toBe(SECOND_HASH);
  });
});
