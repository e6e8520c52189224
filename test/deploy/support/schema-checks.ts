import Ajv from 'ajv';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import composeSpec from '../schemas/compose-spec.json';
import { Yaml } from './deploy-files';

/**
 * The Compose Specification's own JSON schema (schemas/compose-spec.json, from the compose-spec
 * repository, Apache-2.0): unknown keys, wrong types and bad values are errors, as `docker compose config` reports them.
 */
const validateCompose = (() => {
  const ajv = new Ajv({ allErrors: true, format: 'full' });
  ajv.addFormat('duration', /^(\d+(\.\d+)?(us|ms|s|m|h))+$/);
  // This Ajv knows draft-07 by its http:// address only; the schema names the https:// one.
  const { $schema: _draft, ...schema } = composeSpec;
  return ajv.compile(schema);
})();

export function composeSchemaProblems(compose: Yaml): string[] {
  if (validateCompose(compose)) return [];
  return (validateCompose.errors ?? []).map((e) => `compose schema: ${e.dataPath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

/** The kinds the manifests use, each with its schema from the Kubernetes API (kubernetes-models). */
const MODELS: Record<string, new (data: Yaml) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
};

export function manifestSchemaProblems(docs: { file: string; doc: Yaml }[]): string[] {
  return docs.flatMap(({ file, doc }) => {
    const Model = MODELS[`${doc?.apiVersion}/${doc?.kind}`];
    if (!Model) return [`${file}: ${doc?.apiVersion}/${doc?.kind} is not a kind these checks know`];
    try {
      new Model(doc).validate();
      return [];
    } catch (error) {
      return [`${file} ${doc.kind}/${doc.metadata?.name}: ${(error as Error).message}`];
    }
  });
}
