import { join, relative } from 'node:path';
import {
  type Doc,
  healthRoutes,
  isKustomization,
  K8S_ROOT,
  kustomizedFiles,
  loadManifests,
  type Manifest,
  schemaProblems,
  serviceNames,
  yamlFiles,
} from './k8s-manifests';

const NODE = join(K8S_ROOT, 'node/kustomization.yaml');
const MIGRATIONS = join(K8S_ROOT, 'migrations/kustomization.yaml');
// Never in a kustomization: an `apply -k` must not replace the node's real secrets with placeholders.
const EXAMPLE_SECRETS = 'secrets.example.yaml';
const PLACEHOLDER = 'REPLACE_ME';

const manifests = loadManifests(yamlFiles());
const resources = manifests.filter((m) => !isKustomization(m.doc)).map((m) => m.doc);
const find = (kind: string, name: string): Doc | undefined => resources.find((doc) => doc.kind === kind && doc.metadata?.name === name);
const entryOf = (service: string) => `dist/services/${service}/services/${service}/src/main.js`;
const inputsOf = (file: string) => kustomizedFiles(file).map((path) => relative(K8S_ROOT, path));

describe('deploy/k8s manifests', () => {
  it('are valid against the Kubernetes schemas, with only known kinds', () => {
    expect(manifests.length).toBeGreaterThan(10);
    expect(schemaProblems(manifests)).toEqual([]);
  });

  it('are all applied by the node or migration kustomization, except the example secrets', () => {
    const applied = new Set([...inputsOf(NODE), ...inputsOf(MIGRATIONS)]);
    const files = [...new Set(manifests.map((m) => m.file))].filter((file) => !file.endsWith('kustomization.yaml'));
    expect(files.filter((file) => !applied.has(file) && file !== EXAMPLE_SECRETS)).toEqual([]);
    expect(applied.has(EXAMPLE_SECRETS)).toBe(false);
    expect(inputsOf(MIGRATIONS).filter((file) => file.startsWith('node/'))).toEqual([]);
  });

  it('put everything into the namespace they create', () => {
    const namespaces = resources.filter((doc) => doc.kind === 'Namespace').map((doc) => doc.metadata.name);
    expect(namespaces).toHaveLength(1);
    for (const file of [NODE, MIGRATIONS]) {
      expect(loadManifests([file])[0]?.doc.namespace).toBe(namespaces[0]);
    }
  });

  describe.each(serviceNames())('%s', (service) => {
    const deployment = find('Deployment', service);
    const container = deployment?.spec.template.spec.containers[0];

    it('has a Deployment with both probes on the health routes, requests and limits, as non-root', () => {
      const routes = healthRoutes();
      expect(container.command).toEqual(['node', entryOf(service)]);
      expect(container.readinessProbe.httpGet.path).toBe(routes.ready);
      expect(container.livenessProbe.httpGet.path).toBe(routes.live);
      expect(container.ports.map((port: Doc) => port.name)).toContain(container.readinessProbe.httpGet.port);
      for (const bound of ['requests', 'limits']) expect(Object.keys(container.resources[bound]).sort()).toEqual(['cpu', 'memory']);
      expect(deployment.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
      expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
      expect(deployment.spec.replicas).toBeUndefined();
    });

    it('has a Service that selects its pods', () => {
      const selector = find('Service', service)?.spec.selector;
      expect(selector).toBeDefined();
      expect(deployment.spec.template.metadata.labels).toMatchObject(selector);
      expect(deployment.spec.selector.matchLabels).toEqual(selector);
    });

    it('has a CPU HorizontalPodAutoscaler for its Deployment', () => {
      const hpa = find('HorizontalPodAutoscaler', service);
      expect(hpa?.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: service });
      expect(hpa.spec.metrics.map((metric: Doc) => metric.resource?.name)).toContain('cpu');
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    });

    it('has a migration Job that runs the same image and database with the migrate command', () => {
      const job = find('Job', `migrate-${service}`);
      const migrate = job?.spec.template.spec.containers[0];
      expect(migrate.command).toEqual(['node', entryOf(service), 'migrate']);
      expect(migrate.image).toBe(container.image);
      expect(migrate.env.find((e: Doc) => e.name === 'DATABASE_URL')).toEqual(container.env.find((e: Doc) => e.name === 'DATABASE_URL'));
      expect(migrate.resources.limits).toBeDefined();
    });

    it('refers only to ConfigMaps, Secrets and keys that exist', () => {
      expect(references(deployment).concat(references(find('Job', `migrate-${service}`))).filter((ref) => !exists(ref))).toEqual([]);
    });
  });

  it('ships only placeholders in Secrets, and no private key anywhere else', () => {
    const secrets = manifests.filter((m) => m.doc.kind === 'Secret');
    expect(secrets.length).toBeGreaterThan(0);
    expect(secrets.flatMap(secretProblems)).toEqual([]);
    const configText = JSON.stringify(resources.filter((doc) => doc.kind === 'ConfigMap'));
    expect(configText).not.toMatch(/\\n\s*d: |"d":/);
  });
});

interface Reference {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  key?: string;
}

function references(workload: Doc): Reference[] {
  const pod = workload.spec.template.spec;
  return [
    ...pod.containers.flatMap((c: Doc) => [
      ...(c.envFrom ?? []).map((from: Doc) => (from.configMapRef ? { kind: 'ConfigMap', name: from.configMapRef.name } : { kind: 'Secret', name: from.secretRef.name })),
      ...(c.env ?? []).filter((e: Doc) => e.valueFrom?.secretKeyRef).map((e: Doc) => ({ kind: 'Secret', ...e.valueFrom.secretKeyRef })),
    ]),
    ...(pod.volumes ?? []).flatMap((v: Doc) => (v.configMap ? [{ kind: 'ConfigMap', name: v.configMap.name }] : v.secret ? [{ kind: 'Secret', name: v.secret.secretName }] : [])),
  ];
}

function exists(ref: Reference): boolean {
  const target = find(ref.kind, ref.name);
  return Boolean(target) && (ref.key === undefined || ref.key in (target.stringData ?? target.data ?? {}));
}

/** A placeholder in every value, nothing hidden in base64 `data`, and no run of 40 base64url characters (an Ed25519 key part has 43). */
function secretProblems({ file, doc }: Manifest): string[] {
  const where = `${file}: Secret ${doc.metadata.name}`;
  if (doc.data) return [`${where}: has base64 data; use stringData placeholders`];
  return Object.entries<string>(doc.stringData ?? {}).flatMap(([key, value]) => [
    ...(value.includes(PLACEHOLDER) ? [] : [`${where}: ${key} is not a ${PLACEHOLDER} placeholder`]),
    ...(/[A-Za-z0-9_-]{40,}/.test(value) ? [`${where}: ${key} holds a long key-like string`] : []),
  ]);
}
