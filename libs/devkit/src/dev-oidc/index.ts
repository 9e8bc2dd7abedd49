export * from './dev-accounts';
export * from './dev-oidc-config';
export * from './dev-oidc-process';
