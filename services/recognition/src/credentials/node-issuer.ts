import type { Provider } from '@nestjs/common';
import { Federation } from '@tandem/federation';
import { ConfigError, ServiceConfig } from '@tandem/platform';
import type { IssuerProfile } from './open-badge';

/** This node as the issuer of its credentials: its URL and name from the federation file. */
export class NodeIssuer implements IssuerProfile {
  constructor(
    readonly id: string,
    readonly name: string,
    readonly municipality: string,
  ) {}
}

/** A node without a URL in the federation file could issue nothing anyone can check: refuse to start. */
export const nodeIssuerProvider: Provider = {
  provide: NodeIssuer,
  inject: [Federation, ServiceConfig],
  useFactory: (federation: Federation, config: ServiceConfig) => {
    const entry = federation.municipality(config.MUNICIPALITY_ID);
    if (!entry.url) throw new ConfigError([`the federation file gives ${entry.id} no url: credentials need it as their issuer id`]);
    return new NodeIssuer(entry.url.replace(/\/$/, ''), entry.displayName, entry.id);
  },
};
