import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, SERVICE_NAMES } from '@tandem/devkit';
import { parse } from 'yaml';
// eslint-disable-next-line @nx/enforce-module-boundaries -- SERVICE_URLS read by the gateway's own parser, as the gateway will read it
import { parseServices } from '../../apps/console/gateway/src/gateway-config';
import type { Doc } from './k8s-manifests';

const KEYCLOAK = join(REPO_ROOT, 'deploy/keycloak');
const SERVICE_ENTRY = /^dist\/services\/([a-z-]+)\//;
const GATEWAY_ENTRY = /^dist\/apps\/console-gateway\//;
const CONSOLE_CLIENT = 'tandem-console';
// What the console reads from the ID token besides the standard claims (apps/console/src/auth/session.ts).
const ID_TOKEN_CLAIMS = ['municipality', 'roles'];

// Merge keys as Compose reads them; the file is ours and uses more aliases than the parser's guard against hostile input allows.
const compose: Doc = parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true, maxAliasCount: -1 });
const containers = Object.entries<Doc>(compose.services).map(([name, spec]) => ({ name, spec, env: spec.environment ?? {}, entry: String(spec.command?.[1] ?? '') }));
const realms: Doc[] = readdirSync(KEYCLOAK)
  .filter((file) => file.endsWith('.realm.json'))
  .map((file) => JSON.parse(readFileSync(join(KEYCLOAK, file), 'utf8')));
const nodes = realms.map((realm) => realm.realm as string);

const clientOf = (node: string, clientId: string): Doc => realms.find((realm) => realm.realm === node)?.clients.find((client: Doc) => client.clientId === clientId);

/** `127.0.0.1:3180:3000` → the origin the browser uses and the port inside the container. */
function published(port: string): { origin: string; containerPort: string } {
  const [host, hostPort, containerPort = ''] = port.split(':');
  return { origin: `http://${host}:${hostPort}`, containerPort };
}

/** A client's mappers as the services see them: whether a claim also goes into the ID token is the console's business. */
const accessTokenMappers = (client: Doc): Doc[] =>
  client.protocolMappers
    .map((mapper: Doc) => ({ ...mapper, config: Object.fromEntries(Object.entries(mapper.config).filter(([key]) => key !== 'id.token.claim')) }))
    .sort((a: Doc, b: Doc) => a.name.localeCompare(b.name));

describe('docker-compose.yml and the Keycloak realms', () => {
  it('run the same nodes', () => {
    const composeNodes = new Set(containers.map((container) => container.env.MUNICIPALITY_ID).filter(Boolean));
    expect([...composeNodes].sort()).toEqual([...nodes].sort());
  });

  describe.each(nodes)('%s', (node) => {
    const services = containers.filter((container) => container.env.MUNICIPALITY_ID === node && SERVICE_ENTRY.test(container.entry));
    const consoles = containers.filter((container) => container.env.MUNICIPALITY_ID === node && GATEWAY_ENTRY.test(container.entry));
    const gateway = consoles[0];
    const client = clientOf(node, CONSOLE_CLIENT);

    it('runs every service', () => {
      expect(services.map((service) => SERVICE_ENTRY.exec(service.entry)?.[1]).sort()).toEqual([...SERVICE_NAMES].sort());
    });

    it('has one console, whose SERVICE_URLS name exactly its services at their container names and port', () => {
      expect(consoles.map((candidate) => candidate.name)).toEqual([`console-${node}`]);
      const expected = services.map((service) => [SERVICE_ENTRY.exec(service.entry)?.[1], `http://${service.name}:${service.env.PORT}`]);
      expect([...parseServices(gateway?.env.SERVICE_URLS ?? '')].sort()).toEqual(expected.sort());
    });

    it('starts the console once its services are healthy', () => {
      const expected = Object.fromEntries(services.map((service) => [service.name, { condition: 'service_healthy' }]));
      expect(gateway?.spec.depends_on).toEqual(expected);
    });

    it("signs the console in at the node's realm, the issuer its services trust", () => {
      const authority = new URL(gateway?.env.OIDC_AUTHORITY);
      expect(authority.pathname).toBe(`/realms/${node}`);
      expect(new Set(services.map((service) => service.env.AUTH_ISSUER))).toEqual(new Set([authority.href]));
      expect(gateway?.env.OIDC_CLIENT_ID).toBe(CONSOLE_CLIENT);
    });

    it(`publishes the console at the origin of the realm's ${CONSOLE_CLIENT} client`, () => {
      const ports: string[] = gateway?.spec.ports ?? [];
      expect(ports).toHaveLength(1);
      const { origin, containerPort } = published(ports[0] ?? '');
      expect(containerPort).toBe(gateway?.env.PORT);
      const redirects = [...client.redirectUris, ...client.attributes['post.logout.redirect.uris'].split('##')];
      expect(redirects.length).toBeGreaterThan(1);
      expect(new Set(redirects.map((uri: string) => new URL(uri).origin))).toEqual(new Set([origin]));
      expect(client.webOrigins).toEqual([origin]);
    });

    it(`has a public ${CONSOLE_CLIENT} client for the authorization code flow with PKCE (S256) only`, () => {
      expect(client).toMatchObject({
        enabled: true,
        publicClient: true,
        standardFlowEnabled: true,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        attributes: { 'pkce.code.challenge.method': 'S256' },
      });
      expect(client.serviceAccountsEnabled).toBeFalsy();
    });

    it(`gives ${CONSOLE_CLIENT}'s access tokens what tandem's carry, and the console's claims to its ID tokens`, () => {
      expect(accessTokenMappers(client)).toEqual(accessTokenMappers(clientOf(node, 'tandem')));
      const inIdToken = client.protocolMappers.filter((mapper: Doc) => mapper.config['id.token.claim'] === 'true').map((mapper: Doc) => mapper.config['claim.name']);
      expect(inIdToken.sort()).toEqual(ID_TOKEN_CLAIMS);
    });
  });
});
