/**
 * A node's console gateway (see gateway.ts). Configured by environment: PORT, HOST, MUNICIPALITY_ID,
 * SERVICE_URLS (`intake=http://...,training=http://...`), OIDC_AUTHORITY, OIDC_CLIENT_ID, OIDC_SCOPE,
 * FEDERATION_FILE and CONSOLE_DIR (the built console).
 */
import { createGateway } from './gateway';
import { gatewayConfig } from './gateway-config';

function main(): void {
  const config = gatewayConfig();
  const server = createGateway(config);
  server.listen(config.port, config.host, () => {
    console.log(`console gateway of ${config.municipality} at http://${config.host}:${config.port} (services: ${[...config.services.keys()].join(', ')})`);
  });
  server.on('error', (error) => {
    console.error(`console gateway: ${error.message}`);
    process.exit(1);
  });
}

try {
  main();
} catch (error) {
  console.error(`console gateway: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
