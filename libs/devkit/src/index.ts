export * from './run-script';
export * from './infrastructure';
export * from './local-broker';
export * from './test-database';
export * from './read-topic';
export * from './dev-issuer';
export * from './service-process';
export * from './readiness';
