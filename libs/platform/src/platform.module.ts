import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { Kafka } from 'kafkajs';
import { DataSource, type MigrationInterface } from 'typeorm';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import { CaseAssignedV1, ContractRegistry, type EventContract, localTopic, type ServiceName } from '@tandem/contracts';
import { createKafkaClient, InboxSourcePosition1763769600010, MessagingTables1763769600000, Outbox } from '@tandem/messaging';
import { AuditLog } from './audit/audit-log';
import { LostConnections } from './database/lost-connections';
import { CLOCK } from './clock';
import { AuditLogTable1763769600001 } from './audit/audit-log.migration';
import { AuditLogHashChain1763769600030 } from './audit/audit-chain.migration';
import { IdempotencyClaims, IdempotencyInterceptor, IdempotencyKeys1763769600040 } from './idempotency';
import { CaseAssignmentEntity } from './case-assignments/case-assignment.entity';
import { CaseAssignmentsConsumer } from './case-assignments/case-assignments.consumer';
import { CaseAssignments1763769600020 } from './case-assignments/case-assignments.migration';
import { AuthModule } from './auth/auth.module';
import { rateLimits } from './rate-limit/rate-limit';
import { ServiceConfig } from './config/service-config';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { TracingModule } from './tracing/tracing.module';
import { ServiceMetrics } from './metrics/service-metrics';
import { loggingParams } from './logging/logging';
import { OutboxRelayRunner, PRODUCED_TOPICS } from './messaging/outbox-relay.runner';
import { CONTRACT_REGISTRY, KAFKA, SERVICE_NAME } from './messaging/tokens';
import { exchangeProviders } from './exchange/exchange-providers';
import { CrossBorder } from './exchange/cross-border';
import { Federation, MessageSigner } from '@tandem/federation';

export interface PlatformOptions {
  service: ServiceName;
  config: ServiceConfig;
  /** The service's TypeORM entities and its own migrations (outbox, inbox and audit tables are added here). */
  entities: Array<new () => object>;
  migrations: Array<new () => MigrationInterface>;
  /** Event types the service publishes: their topics are created at start. */
  produces: EventContract[];
  /** Event types it reads (for validation); produced ones are included automatically. */
  consumes?: EventContract[];
  /**
   * Set for a service that talks to other nodes: it then needs FEDERATION_FILE and its signing key,
   * gets `CrossBorder` to send, and serves its exchange inbox with `connectExchangeInbox(app)`.
   */
  exchange?: boolean;
  /**
   * Keep a copy of intake's case assignments (table `case_assignments`, fed by CaseAssigned through a
   * node inbox the service connects), for services that let caseworkers read their own cases' records.
   */
  caseAssignments?: boolean;
}

/**
 * What every service needs, wired once: config, logging, its own database (migrations run at start,
 * never `synchronize`), Kafka, the outbox and its relay, audit log, authentication, health and metrics.
 * Global within one service's application only: each service app gets its own instances.
 */
@Module({})
export class PlatformModule {
  static forService(options: PlatformOptions): DynamicModule {
    const { config, service } = options;
    const consumes = [...(options.consumes ?? []), ...(options.caseAssignments ? [CaseAssignedV1] : [])];
    const registry = new ContractRegistry([...new Set([...options.produces, ...consumes])]);
    const kafkaProvider = {
      provide: KAFKA,
      inject: [PinoLogger],
      useFactory: (logger: PinoLogger) =>
        createKafkaClient({
          brokers: config.KAFKA_BROKERS.split(','),
          clientId: `${config.MUNICIPALITY_ID}.${service}`,
          logger: logger.logger,
        }),
    };
    return {
      module: PlatformModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggingParams(config.LOG_LEVEL, service, config.MUNICIPALITY_ID)),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.DATABASE_URL,
          entities: [...options.entities, ...(options.caseAssignments ? [CaseAssignmentEntity] : [])],
          migrations: [
            MessagingTables1763769600000,
            InboxSourcePosition1763769600010,
            AuditLogTable1763769600001,
            AuditLogHashChain1763769600030,
            IdempotencyKeys1763769600040,
            ...(options.caseAssignments ? [CaseAssignments1763769600020] : []),
            ...options.migrations,
          ],
          subscribers: [IdempotencyClaims],
          migrationsRun: true,
          synchronize: false,
        }),
        AuthModule.forRoot({
          municipality: config.MUNICIPALITY_ID,
          issuer: config.AUTH_ISSUER,
          audience: config.AUTH_AUDIENCE,
          jwksUrl: config.AUTH_JWKS_URL,
          jwksFile: config.AUTH_JWKS_FILE,
        }, rateLimits(config)),
        HealthModule,
        MetricsModule,
        TracingModule,
      ],
      controllers: options.caseAssignments ? [CaseAssignmentsConsumer] : [],
      providers: [
        { provide: ServiceConfig, useValue: config },
        { provide: CONTRACT_REGISTRY, useValue: registry },
        { provide: SERVICE_NAME, useValue: service },
        { provide: CLOCK, useValue: (): Date => new Date() },
        producedTopics(options),
        { provide: Outbox, useValue: new Outbox({ municipality: config.MUNICIPALITY_ID, service }, registry) },
        kafkaProvider,
        AuditLog,
        LostConnections,
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        {
          provide: ServiceMetrics,
          inject: [DataSource, KAFKA],
          useFactory: (dataSource: DataSource, kafka: Kafka) => new ServiceMetrics(dataSource, kafka, { service, municipality: config.MUNICIPALITY_ID }),
        },
        OutboxRelayRunner,
        ...(options.exchange ? exchangeProviders(config) : []),
      ],
      exports: [
        ServiceConfig,
        CONTRACT_REGISTRY,
        KAFKA,
        SERVICE_NAME,
        CLOCK,
        Outbox,
        AuditLog,
        ServiceMetrics,
        ...(options.exchange ? [Federation, MessageSigner, CrossBorder] : []),
      ],
    };
  }
}

/**
 * The node-local topics of what the service publishes, and, when it sends to other nodes, every
 * member's exchange inbox: a message to a partner must never wait for the partner's node to start.
 */
function producedTopics({ config, produces }: PlatformOptions): Provider {
  const local = produces.filter((contract) => !contract.exchange).map((contract) => localTopic(config.MUNICIPALITY_ID, contract));
  if (!produces.some((contract) => contract.exchange)) return { provide: PRODUCED_TOPICS, useValue: local };
  return {
    provide: PRODUCED_TOPICS,
    inject: [Federation],
    useFactory: (federation: Federation) => [...local, ...federation.municipalities().map((member) => member.inboxTopic)],
  };
}
