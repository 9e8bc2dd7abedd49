// Validates Kubernetes documents against kubernetes-models' schemas. A separate Node process because the
// package is ESM-only, which jest's CommonJS runtime cannot load. Reads [{ where, doc }] as JSON on
// stdin, prints the problems as a JSON array (an unknown kind is a problem).
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';

// The kinds a node's manifests may use; anything else is a mistake until it is added here.
const MODELS = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const problems = JSON.parse(Buffer.concat(chunks).toString('utf8')).flatMap(({ where, doc }) => {
  const Model = MODELS[`${doc.apiVersion}/${doc.kind}`];
  if (!Model) return [`${where}: unknown kind ${doc.apiVersion}/${doc.kind}`];
  try {
    new Model(doc).validate();
    return [];
  } catch (error) {
    return [`${where}: ${error.message}`];
  }
});
process.stdout.write(JSON.stringify(problems));
