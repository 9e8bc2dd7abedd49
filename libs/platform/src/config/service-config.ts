import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** Settings every service reads from its environment; validated at start, so bad config stops the process. */
export class ServiceConfig {
  @Matches(/^[a-z]{2}-[a-z0-9-]+$/, { message: 'MUNICIPALITY_ID must look like de-goerlitz' })
  MUNICIPALITY_ID!: string;

  @Matches(/^[A-Z]{2}$/, { message: 'COUNTRY_CODE must be an ISO 3166-1 alpha-2 code such as DE' })
  COUNTRY_CODE!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** 127.0.0.1 by default; containers set 0.0.0.0. */
  @IsString()
  HOST = '127.0.0.1';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, { message: 'KAFKA_BROKERS must be host:port[,host:port...]' })
  KAFKA_BROKERS!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  KAFKA_TOPIC_PARTITIONS = 3;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  KAFKA_REPLICATION_FACTOR = 1;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Requests per minute one signed-in caller (municipality and subject) may make to one instance; 429 beyond. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 1200;

  /** Larger JSON bodies are refused with 413 before they are parsed. */
  @Matches(/^\d+(b|kb|mb)$/)
  HTTP_BODY_LIMIT = '100kb';

  @IsString()
  AUTH_ISSUER = 'urn:tandem:dev-issuer';

  @IsString()
  AUTH_AUDIENCE = 'tandem';

  /** The OIDC provider's JWKS endpoint (production) ... */
  @IsOptional()
  @Matches(/^https?:\/\/.+/)
  AUTH_JWKS_URL?: string;

  /** ... or a JWKS file (the development issuer's). */
  @IsOptional()
  @IsString()
  AUTH_JWKS_FILE?: string;

  /** The federation file: the municipalities this node trusts, with their inboxes and public keys. */
  @IsOptional()
  @IsString()
  FEDERATION_FILE?: string;

  /** The node's private Ed25519 signing key: a JWK file ... */
  @IsOptional()
  @IsString()
  NODE_SIGNING_KEY_FILE?: string;

  /** ... or the JWK itself (e.g. from a secret store). */
  @IsOptional()
  @IsString()
  NODE_SIGNING_KEY?: string;
}

/** Checks that span several settings. */
export function serviceConfigProblems(config: ServiceConfig): string[] {
  const jwksSources = [config.AUTH_JWKS_URL, config.AUTH_JWKS_FILE].filter(Boolean).length;
  return jwksSources === 1 ? [] : ['exactly one of AUTH_JWKS_URL and AUTH_JWKS_FILE must be set'];
}

/** For a service that talks to other nodes: it must know the federation and hold its signing key. */
export function exchangeConfigProblems(config: ServiceConfig): string[] {
  const keySources = [config.NODE_SIGNING_KEY_FILE, config.NODE_SIGNING_KEY].filter(Boolean).length;
  return [
    ...serviceConfigProblems(config),
    ...(config.FEDERATION_FILE ? [] : ['FEDERATION_FILE must name the federation file']),
    ...(keySources === 1 ? [] : ['exactly one of NODE_SIGNING_KEY_FILE and NODE_SIGNING_KEY must be set']),
  ];
}
