import { configuredInfrastructure, dockerEngineAnswers, type Infrastructure, localInfrastructure } from './infrastructure';

/** Kafka and PostgreSQL in containers, for machines with a Docker engine. */
async function containerInfrastructure(): Promise<Infrastructure> {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const [kafka, postgres] = await Promise.all([
    // Confluent Platform 7.9 ships Apache Kafka 3.9, the version the local scripts run.
    new KafkaContainer('confluentinc/cp-kafka:7.9.1')
      .withKraft()
      .withEnvironment({ KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false', KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0' })
      .start(),
    new PostgreSqlContainer('postgres:15').withUsername('postgres').withPassword('postgres').start(),
  ]);
  return {
    kind: 'docker',
    kafkaBrokers: `${kafka.getHost()}:${kafka.getMappedPort(9093)}`,
    adminDatabaseUrl: postgres.getConnectionUri(),
    stop: async () => {
      await Promise.all([kafka.stop(), postgres.stop()]);
    },
  };
}

/** The order the README promises: what the environment names, else Docker, else the local scripts. */
export async function provideTestInfrastructure(): Promise<Infrastructure> {
  return (
    configuredInfrastructure() ??
    ((await dockerEngineAnswers()) ? await containerInfrastructure() : await localInfrastructure())
  );
}
