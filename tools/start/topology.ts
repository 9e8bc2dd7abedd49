import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SERVICE_NAMES } from '../../libs/devkit/src/services';

export const REPO_ROOT = resolve(__dirname, '..', '..');

export interface NodeSpec {
  municipality: string;
  country: string;
  /** The node's first service listens here, the next one on portBase + 1, and so on. */
  portBase: number;
}

/** The demo pair: two municipalities facing each other across the Neisse. */
const DEMO_NODES: NodeSpec[] = [
  { municipality: 'de-goerlitz', country: 'DE', portBase: 3100 },
  { municipality: 'pl-zgorzelec', country: 'PL', portBase: 3200 },
];

/** One service of one node, as `npm start` runs it. */
export interface ServiceInstance {
  node: NodeSpec;
  service: string;
  port: number;
  database: string;
  /** e.g. de-goerlitz/intake: prefixes the service's log lines. */
  label: string;
}

/** Port order of the services a node runs, so a service keeps its port when another one is added. */
const PORT_ORDER: readonly string[] = SERVICE_NAMES;

/**
 * Every folder under services/ with a project.json, so a new service starts without editing this
 * file: the known ones in port order, any other after them by name.
 */
export function discoverServices(root = REPO_ROOT): string[] {
  const dir = join(root, 'services');
  const found = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'project.json')))
    .map((entry) => entry.name);
  const rank = (service: string) => (PORT_ORDER.includes(service) ? PORT_ORDER.indexOf(service) : PORT_ORDER.length);
  return found.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** TANDEM_NODES (comma or space separated, e.g. `de-goerlitz`) narrows the demo pair. */
export function selectNodes(selection = process.env.TANDEM_NODES): NodeSpec[] {
  const wanted = (selection ?? '').split(/[\s,]+/).filter(Boolean);
  if (wanted.length === 0) return DEMO_NODES;
  const known = DEMO_NODES.map((node) => node.municipality);
  const unknown = wanted.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new Error(`TANDEM_NODES names unknown node(s) ${unknown.join(', ')}; known: ${known.join(', ')}`);
  }
  return DEMO_NODES.filter((node) => wanted.includes(node.municipality));
}

/** The naming deploy/local/postgres-local.sh and the compose init script use too. */
export function databaseName(municipality: string, service: string): string {
  return `tandem_${municipality}_${service}`.replace(/-/g, '_');
}

export function planInstances(nodes: NodeSpec[], services: string[]): ServiceInstance[] {
  return nodes.flatMap((node) =>
    services.map((service, index) => ({
      node,
      service,
      port: node.portBase + index,
      database: databaseName(node.municipality, service),
      label: `${node.municipality}/${service}`,
    })),
  );
}
