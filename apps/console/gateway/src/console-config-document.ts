import { loadFederation } from '@tandem/federation';
import type { ConsoleConfig } from '../../src/config/console-config';
import type { GatewayConfig } from './gateway-config';

/** What the console learns at /config.json: its node, where to sign in, and whom it may refer to. */
export function consoleConfigDocument(config: GatewayConfig): ConsoleConfig {
  const federation = loadFederation({ path: config.federationFile });
  const own = federation.municipality(config.municipality);
  return {
    municipality: own.id,
    displayName: own.displayName,
    oidc: config.oidc,
    services: [...config.services.keys()],
    partners: federation
      .municipalities()
      .filter((member) => member.id !== own.id)
      .map(({ id, displayName, country }) => ({ id, displayName, country })),
  };
}
