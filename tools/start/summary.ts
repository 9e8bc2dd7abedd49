import { databaseHost, type Infrastructure } from '../../libs/devkit/src/infrastructure';
import type { ServiceInstance } from './topology';

export function serviceUrl(instance: ServiceInstance): string {
  return `http://127.0.0.1:${instance.port}`;
}

/** What a developer needs next: where each node's services are and how to call them. */
export function summary(instances: ServiceInstance[], infrastructure: Infrastructure, elapsedMs: number): string {
  const lines = [
    '',
    `Tandem is running (ready in ${(elapsedMs / 1000).toFixed(1)} s)`,
    `  infrastructure: ${infrastructure.kind}; Kafka ${infrastructure.kafkaBrokers}, ` +
      `PostgreSQL ${databaseHost(infrastructure.adminDatabaseUrl)}`,
  ];
  const nodes = [...new Set(instances.map((instance) => instance.node))];
  const width = Math.max(...instances.map((instance) => instance.service.length));
  for (const node of nodes) {
    lines.push('', `${node.municipality} (${node.country})`);
    for (const instance of instances.filter((candidate) => candidate.node === node)) {
      const url = serviceUrl(instance);
      lines.push(`  ${instance.service.padEnd(width)}  ${url}   Swagger UI ${url}/docs`);
    }
    lines.push(`  token: npx tsx tools/token.ts --sub alice --municipality ${node.municipality} --roles caseworker`);
  }
  lines.push('', "In Swagger UI press Authorize and paste a token; services accept only their own node's tokens.");
  lines.push('', 'Ctrl+C stops everything.', '');
  return lines.join('\n');
}
