/* eslint-disable @nx/enforce-module-boundaries -- the rules live beside the operator commands in tools/, which is no library */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@tandem/devkit';
import { bind } from '../../tools/tandem/person-data';
import { RETENTION_BEGIN, RETENTION_END, retentionTable } from '../../tools/tandem/person-rules-doc';
import { PERSON_RULES } from '../../tools/tandem/person-rules';

describe('the retention rules', () => {
  it('are the table docs/privacy.md shows (regenerate it with retentionTable() when a rule changes)', () => {
    const doc = readFileSync(join(REPO_ROOT, 'docs', 'privacy.md'), 'utf8');
    const start = doc.indexOf(RETENTION_BEGIN);
    const end = doc.indexOf(RETENTION_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(doc.slice(start, end + RETENTION_END.length)).toBe(retentionTable());
  });

  it('name only id sets that exist when their query runs', () => {
    for (const service of PERSON_RULES) {
      const sets: Record<string, string[]> = { participants: [], referrals: [], all: [] };
      for (const { name, sql } of service.ids) {
        expect(() => bind(sql, sets)).not.toThrow();
        sets[name] = [];
      }
      for (const sql of [...service.tables.map((rule) => rule.where), ...service.preconditions.map((check) => check.count)]) expect(() => bind(sql, sets)).not.toThrow();
    }
  });

  it('keep an anonymised row only with a reason, and never anonymise or retain the person\u2019s own record in intake', () => {
    const rules = PERSON_RULES.flatMap((service) => service.tables.map((rule) => ({ service: service.service, ...rule })));
    for (const rule of rules) if (rule.rule.action !== 'delete') expect(rule.rule.reason.length).toBeGreaterThan(20);
    const participants = rules.find((rule) => rule.service === 'intake' && rule.table === 'participants');
    expect(participants?.rule).toEqual({ action: 'delete' });
  });

  it('bind keeps casts and numbers each use of a set', () => {
    expect(bind(`x = ANY(:participants) OR y = ANY(:participants::uuid[]) AND z = '{}'::jsonb`, { participants: ['a'] })).toEqual({
      text: `x = ANY($1) OR y = ANY($2::uuid[]) AND z = '{}'::jsonb`,
      values: [['a'], ['a']],
    });
  });
});
