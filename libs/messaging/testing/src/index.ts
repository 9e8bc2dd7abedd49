// Test-only entry point (@tandem/messaging/testing): the messaging harness for suites outside this library.
export * from '../../src/test-support/messaging-database';
export * from '../../src/test-support/messaging-harness';
export * from '../../src/test-support/sequence-noted';
