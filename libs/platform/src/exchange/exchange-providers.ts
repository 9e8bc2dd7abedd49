import type { Provider } from '@nestjs/common';
import { Federation, FederationError, InvalidSigningKeyError, loadFederation, MessageSigner } from '@tandem/federation';
import { Outbox } from '@tandem/messaging';
import { ConfigError } from '../config/load-config';
import { exchangeConfigProblems, type ServiceConfig } from '../config/service-config';
import { CrossBorder } from './cross-border';

/** The federation and this node's signer (for messages and credentials), checked at start: a node that cannot sign or verify must not run. */
export function exchangeProviders(config: ServiceConfig): Provider[] {
  const problems = exchangeConfigProblems(config);
  if (problems.length > 0) throw new ConfigError(problems);
  const federation = asConfigError(() => loadFederation({ path: config.FEDERATION_FILE as string }));
  return [
    { provide: Federation, useValue: federation },
    { provide: MessageSigner, useFactory: () => createSigner(config, federation) },
    {
      provide: CrossBorder,
      inject: [Outbox, MessageSigner],
      useFactory: (outbox: Outbox, signer: MessageSigner) => new CrossBorder(outbox, federation, signer),
    },
  ];
}

async function createSigner(config: ServiceConfig, federation: Federation): Promise<MessageSigner> {
  const privateKey = config.NODE_SIGNING_KEY_FILE ?? asConfigError(() => JSON.parse(config.NODE_SIGNING_KEY as string));
  try {
    return await MessageSigner.create({ municipality: config.MUNICIPALITY_ID, privateKey, federation });
  } catch (error) {
    if (error instanceof InvalidSigningKeyError) throw new ConfigError([error.message]);
    throw error;
  }
}

function asConfigError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof FederationError || error instanceof SyntaxError) throw new ConfigError([error.message]);
    throw error;
  }
}
