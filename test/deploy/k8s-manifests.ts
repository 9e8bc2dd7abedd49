import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { parseAllDocuments } from 'yaml';

export const REPO = resolve(__dirname, '../..');
export const K8S_ROOT = join(REPO, 'deploy/k8s');
const KUSTOMIZE_KINDS = ['kustomize.config.k8s.io/v1beta1/Kustomization', 'kustomize.config.k8s.io/v1alpha1/Component'];

// Loose on purpose: the schemas check shapes, the spec reads only what its rules need.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

export interface Manifest {
  file: string;
  doc: Doc;
}

export function yamlFiles(dir: string = K8S_ROOT): string[] {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .flatMap((path) => (statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(path) ? [path] : []));
}

/** Every document of every file, parsed strictly; a syntax error names its file. */
export function loadManifests(files: string[]): Manifest[] {
  return files.flatMap((path) => {
    const file = relative(K8S_ROOT, path);
    return parseAllDocuments(readFileSync(path, 'utf8')).flatMap((parsed) => {
      if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors.map((e) => e.message).join('; ')}`);
      const doc: Doc = parsed.toJS();
      return doc === null ? [] : [{ file, doc }];
    });
  });
}

export const typeOf = (doc: Doc): string => `${doc.apiVersion}/${doc.kind}`;
export const isKustomization = (doc: Doc): boolean => KUSTOMIZE_KINDS.includes(typeOf(doc));

// The kinds a node's manifests may use; anything else is a mistake until it is added here.
const MODELS: Record<string, new (doc: Doc) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};

/** Problems of the documents against the Kubernetes schemas (kubernetes-models); unknown kinds are problems too. */
export function schemaProblems(manifests: Manifest[]): string[] {
  return manifests
    .filter(({ doc }) => !isKustomization(doc))
    .flatMap(({ file, doc }) => {
      const where = `${file}: ${doc.kind} ${doc.metadata?.name}`;
      const Model = MODELS[typeOf(doc)];
      if (!Model) return [`${where}: unknown kind ${typeOf(doc)}`];
      try {
        new Model(doc).validate();
        return [];
      } catch (error) {
        return [`${where}: ${error instanceof Error ? error.message : String(error)}`];
      }
    });
}

/** The manifest files a kustomization pulls in, following directories (bases, components) to their own. */
export function kustomizedFiles(kustomizationFile: string, seen = new Set<string>()): string[] {
  const dir = dirname(kustomizationFile);
  const doc: Doc = parseAllDocuments(readFileSync(kustomizationFile, 'utf8'))[0]?.toJS();
  return [...(doc.resources ?? []), ...(doc.components ?? [])].flatMap((entry: string) => {
    const path = join(dir, entry);
    if (!existsSync(path)) throw new Error(`${relative(K8S_ROOT, kustomizationFile)}: ${entry} does not exist`);
    if (!statSync(path).isDirectory()) return [path];
    const nested = join(path, 'kustomization.yaml');
    if (seen.has(nested)) return [nested];
    seen.add(nested);
    return [nested, ...kustomizedFiles(nested, seen)];
  });
}

/** The routes the platform's HealthController serves, read from its source: the probes must use these. */
export function healthRoutes(): Record<string, string> {
  const source = readFileSync(join(REPO, 'libs/platform/src/health/health.controller.ts'), 'utf8');
  const base = /@Controller\('([^']+)'\)/.exec(source)?.[1];
  const routes: Record<string, string> = {};
  for (const match of source.matchAll(/@Get\('([^']+)'\)\s*(?:@\w+\([^)]*\)\s*)*(\w+)\(/g)) routes[match[2] as string] = `/${base}/${match[1]}`;
  return routes;
}

/** The services of the repository: a folder under services/ with a project.json. */
export function serviceNames(): string[] {
  return readdirSync(join(REPO, 'services')).filter((name) => existsSync(join(REPO, 'services', name, 'project.json')));
}
