import { PERSON_RULES, type Rule } from './person-rules';

export const RETENTION_BEGIN = '<!-- retention table: generated from tools/tandem/person-rules.ts -->';
export const RETENTION_END = '<!-- end of retention table -->';

function describeRule(rule: Rule): string {
  switch (rule.action) {
    case 'delete':
      return 'delete';
    case 'anonymise':
      return `anonymise (${Object.keys(rule.columns).join(', ')}): ${rule.reason}`;
    case 'retain':
      return `retain: ${rule.reason}`;
  }
}

/** The retention rules as the Markdown table docs/privacy.md carries between the two markers. */
export function retentionTable(): string {
  const rows = PERSON_RULES.flatMap((service) => [
    ...service.tables.map((rule) => `| ${service.service} | \`${rule.table}\` | ${describeRule(rule.rule)} |`),
    ...Object.entries(service.unlinked).map(([table, why]) => `| ${service.service} | \`${table}\` | not linked to a person: ${why} |`),
  ]);
  return [RETENTION_BEGIN, '| service | table | on erasure |', '| --- | --- | --- |', ...rows, RETENTION_END].join('\n');
}
