import type { Infrastructure } from './infrastructure';
import { buildAllApps } from './nodes/build-service';
import { provideTestInfrastructure } from './test-infrastructure';

declare global {
  var __tandemInfrastructure: Infrastructure | undefined;
}

/** Jest global setup: test workers inherit the environment set here. */
export default async function globalSetup(): Promise<void> {
  if (process.env.TANDEM_TEST_INFRA === 'none') return;
  // Tests that run services as processes use these builds; no worker builds on its own.
  const [infrastructure] = await Promise.all([provideTestInfrastructure(), buildAllApps()]);
  globalThis.__tandemInfrastructure = infrastructure;
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.TANDEM_ADMIN_DATABASE_URL = infrastructure.adminDatabaseUrl;
  process.env.TANDEM_TEST_INFRA_KIND = infrastructure.kind;
}
