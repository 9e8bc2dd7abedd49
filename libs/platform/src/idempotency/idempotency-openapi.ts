import type { OpenAPIObject } from '@nestjs/swagger';
import type { ParameterObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_TTL_HOURS } from './idempotency-key';

const PARAMETER: ParameterObject = {
  name: IDEMPOTENCY_KEY_HEADER,
  in: 'header',
  required: false,
  description:
    `Makes a create safe to retry: a request repeated with the same key (1 to 255 visible ASCII characters) by the same caller ` +
    `within ${IDEMPOTENCY_KEY_TTL_HOURS} h creates nothing more and gets the first response again (header Idempotent-Replayed: true). ` +
    `409 if the key was used for a different request, or if its first request is still running or finished without its response being recorded (then with resourceId).`,
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' },
};

/** Names the header, once, on every create operation of the document (a POST documenting 201). */
export function documentIdempotencyKey(document: OpenAPIObject): OpenAPIObject {
  let used = false;
  for (const path of Object.values(document.paths)) {
    const create = path.post;
    if (!create?.responses['201'] || !create.security?.length) continue;
    create.parameters = [...(create.parameters ?? []), { $ref: '#/components/parameters/IdempotencyKey' }];
    used = true;
  }
  if (used) document.components = { ...document.components, parameters: { ...document.components?.parameters, IdempotencyKey: PARAMETER } };
  return document;
}
