export * from './idempotency-key';
export { IdempotencyKeyTakenError } from './idempotency-claim';
export { IdempotencyClaims } from './idempotency-claims.subscriber';
export { IdempotencyInterceptor } from './idempotency.interceptor';
export { IdempotencyKeys1763769600040 } from './idempotency-keys.migration';
export { documentIdempotencyKey } from './idempotency-openapi';
