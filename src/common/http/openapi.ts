import type {
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger';

/** A schema the DTO classes cannot express (a `oneOf` union), added to the components under `name`. */
export interface NamedSchema {
  name: string;
  schema: SchemaObject;
}

/** The document's tags, in reading order; every controller's `@ApiTags` must be one of these. */
export const API_TAGS: readonly [name: string, description: string][] = [
  ['auth', 'Register, log in, trade a refresh token, log out'],
  ['users', 'Accounts: the caller’s own, or any for an admin'],
  ['patients', 'Patient profiles; every read and write is audited'],
  ['medical records', 'A patient’s medical records; audited, never deleted'],
  ['doctors', 'The doctor directory, weekly hours, time off, free slots and presence'],
  ['appointments', 'Booking, rescheduling and the life cycle of appointments'],
  ['waitlist', 'Waiting for a doctor’s time to come free: entries and the offers of freed time'],
  ['notifications', 'The caller’s inbox; admin messages and broadcasts'],
  ['audit', 'Who read or changed which patient’s data (admin)'],
  ['fhir', 'FHIR R4, read-only: appointments, patients, practitioners, schedules and free slots'],
  ['api keys', 'Keys for a clinic’s other systems, with scopes (admin)'],
  ['jobs', 'The service’s time-driven work: reminders and their attempts (admin; an extension of the contract)'],
  [
    'webhooks',
    'Signed webhooks to an integrator’s endpoints: endpoints, secrets, the delivery log and retries (admin)',
  ],
  ['health', 'Liveness and readiness probes (no prefix, no token)'],
];

/** Signed access tokens; the claims RFC8725 asks for are what `TokenService` checks. */
export const BEARER_DESCRIPTION =
  'The `accessToken` of a `TokenResponse`: a JWT signed with HS256 only (the algorithm is pinned, `none` is ' +
  'refused), with issuer, audience and expiry always checked, as RFC8725 recommends. Refresh tokens carry another ' +
  'audience and are never accepted here. An API key (`cbk_…`) is also accepted here, on the routes that list the ' +
  '`api-key` scheme.';

/** The security scheme name of API keys (`X-API-Key`). */
export const API_KEY_SCHEME = 'api-key';

export const API_KEY_DESCRIPTION =
  'An API key (`cbk_…`, made by an admin with `POST /api-keys`) in `X-API-Key` (or as `Authorization: Bearer`). ' +
  'The caller is `{ id: <key id>, role: "integration" }`: it sees what an admin sees, within the key\'s scopes; ' +
  'each operation that takes a key names the scope it needs in its description. Another route, or one outside the ' +
  'scopes, answers 403 (`FORBIDDEN` or `INSUFFICIENT_SCOPE`); every key has its own rate limit (429).';

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
const ERROR_SCHEMA = '#/components/schemas/ErrorResponse';
const ERROR_CONTENT = { 'application/json': { schema: { $ref: ERROR_SCHEMA } } };

/** Every operation of the document with its path and method. */
export function operationsOf(document: OpenAPIObject): { path: string; method: string; operation: OperationObject }[] {
  const found: { path: string; method: string; operation: OperationObject }[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) {
        found.push({ path, method, operation });
      }
    }
  }
  return found;
}

function isReference(value: unknown): value is ReferenceObject {
  return typeof value === 'object' && value !== null && '$ref' in value;
}

/**
 * Answers that follow from an operation's shape, so no handler lists them itself: 400 `VALIDATION_FAILED` on every
 * operation that takes input (a body, a query, a path id or a header); 404 on every operation with a path id (a
 * well-formed id the caller may not see is not found, API.md); 413 and 415 on every operation with a body; the
 * generic 500, which never carries internals; and 503 (the database is out of reach, or the instance is stopping).
 * A handler's own description of one of these wins.
 */
export function describeCommonAnswers(document: OpenAPIObject): OpenAPIObject {
  for (const { operation } of operationsOf(document)) {
    const takesInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
    if (takesInput && !operation.responses['400']) {
      operation.responses['400'] = {
        description: '`VALIDATION_FAILED`, with `details` naming each offending field',
        content: ERROR_CONTENT,
      };
    }
    if (operation.parameters?.some((parameter) => 'in' in parameter && parameter.in === 'path')) {
      operation.responses['404'] ??= {
        description: 'The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists)',
        content: ERROR_CONTENT,
      };
    }
    if (operation.requestBody !== undefined) {
      operation.responses['413'] ??= {
        description: '`PAYLOAD_TOO_LARGE`: the body is over 100 KiB',
        content: ERROR_CONTENT,
      };
      operation.responses['415'] ??= {
        description: '`UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json`',
        content: ERROR_CONTENT,
      };
    }
    operation.responses['500'] ??= {
      description: 'An unexpected error: a generic message and the request id, never internals',
      content: ERROR_CONTENT,
    };
    operation.responses['503'] ??= {
      description: '`SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later',
      content: ERROR_CONTENT,
    };
  }
  return document;
}

/**
 * The headers of the conventions: `X-Request-Id` on every answer (and taken from the request when it is a sane
 * token), `Retry-After` on every 429 and 503, and the CORS answer header for browsers on a listed origin.
 */
function declareHeaders(document: OpenAPIObject): void {
  const components = (document.components ??= {});
  components.headers = {
    ...components.headers,
    'X-Request-Id': {
      description: 'The request’s id, also in the log lines and in `ErrorResponse.requestId`; quote it to support.',
      schema: { type: 'string', maxLength: 128 },
    },
    'Retry-After': {
      description: 'Seconds to wait before trying again.',
      schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 86_400 },
    },
    'Access-Control-Allow-Origin': {
      description:
        'Sent only to a browser whose `Origin` is in `CORS_ORIGINS` (any origin in development), echoing it; ' +
        'other origins get no CORS header at all.',
      schema: { type: 'string', format: 'uri', maxLength: 2048 },
    },
  };
  components.parameters = {
    ...components.parameters,
    XRequestId: {
      name: 'X-Request-Id',
      in: 'header',
      required: false,
      description:
        'Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and ' +
        'in the logs; any other value is replaced by a new UUID.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$', maxLength: 128 },
    },
  };
  for (const { operation } of operationsOf(document)) {
    operation.parameters = [...(operation.parameters ?? []), { $ref: '#/components/parameters/XRequestId' }];
    for (const [status, response] of Object.entries(operation.responses)) {
      if (!response || isReference(response)) {
        continue;
      }
      const headers: NonNullable<ResponseObject['headers']> = {
        'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' },
        'Access-Control-Allow-Origin': { $ref: '#/components/headers/Access-Control-Allow-Origin' },
      };
      if (status === '429' || status === '503') {
        headers['Retry-After'] = { $ref: '#/components/headers/Retry-After' };
      }
      response.headers = { ...headers, ...response.headers };
    }
  }
}

const SUCCESS_WORDS: Record<string, string> = { '200': 'OK', '201': 'Created', '202': 'Accepted', '204': 'No content' };

/** Nest leaves a success answer's description empty: it gets the status's words, so no answer is blank. */
function describeSuccessAnswers(document: OpenAPIObject): void {
  for (const { operation } of operationsOf(document)) {
    for (const [status, response] of Object.entries(operation.responses)) {
      if (response && !isReference(response) && response.description === '') {
        response.description = SUCCESS_WORDS[status] ?? 'OK';
      }
    }
  }
}

/** An operation without a security requirement is public: it says so (`security: []`) instead of inheriting one. */
function markPublicOperations(document: OpenAPIObject): void {
  for (const { operation } of operationsOf(document)) {
    operation.security ??= [];
  }
}

/** `status=pending,confirmed`: the array filters take comma-separated values (repeating the name works too). */
function declareCommaSeparatedFilters(document: OpenAPIObject): void {
  for (const { operation } of operationsOf(document)) {
    for (const parameter of operation.parameters ?? []) {
      if (!isReference(parameter) && parameter.in === 'query' && schemaType(parameter) === 'array') {
        Object.assign(parameter, { style: 'form', explode: false });
      }
    }
  }
}

function schemaType(parameter: ParameterObject): unknown {
  const schema = parameter.schema;
  return schema && !isReference(schema) ? schema.type : undefined;
}

function schemaNameOf(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** Every schema nested in `schema` (properties, items, compositions), itself included, refs left as they are. */
function* nestedSchemas(schema: SchemaObject | ReferenceObject): Generator<SchemaObject | ReferenceObject> {
  yield schema;
  if (isReference(schema)) {
    return;
  }
  for (const child of [
    ...Object.values(schema.properties ?? {}),
    ...(schema.items ? [schema.items] : []),
    ...(schema.allOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.anyOf ?? []),
    ...(typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : []),
  ]) {
    yield* nestedSchemas(child);
  }
}

/**
 * Request bodies are as strict as the validation pipe, which refuses unknown fields (400): every object schema a
 * body reaches says `additionalProperties: false`, unless it says otherwise itself (a free-form `data` object).
 */
function closeRequestBodies(document: OpenAPIObject): void {
  const schemas = document.components?.schemas ?? {};
  const seen = new Set<string>();
  const close = (schema: SchemaObject | ReferenceObject): void => {
    for (const nested of nestedSchemas(schema)) {
      if (isReference(nested)) {
        const name = schemaNameOf(nested.$ref);
        if (!seen.has(name) && schemas[name]) {
          seen.add(name);
          close(schemas[name]);
        }
      } else if (nested.properties && nested.additionalProperties === undefined) {
        nested.additionalProperties = false;
      }
    }
  };
  for (const { operation } of operationsOf(document)) {
    const body = operation.requestBody;
    if (body && !isReference(body)) {
      for (const media of Object.values(body.content)) {
        if (media.schema) {
          close(media.schema);
        }
      }
    }
  }
}

/**
 * A nullable reference. OpenAPI 3.0 ignores the siblings of a bare `$ref`, and Nest's `{ nullable: true, allOf:
 * [{ $ref }] }` still refuses null by the letter of 3.0.3 (`nullable` widens `type` only, and the referenced schema
 * does not allow null), so a validating proxy would flag `gender: null`. It becomes `anyOf: [{ $ref }, null]`, the
 * null branch typed as the target is (Redocly wants a `type` beside `nullable`): generators read `Gender | null`,
 * validators accept both.
 */
function nullableReferencesAsUnions(document: OpenAPIObject): void {
  const schemas = document.components?.schemas ?? {};
  const rewrite = (schema: SchemaObject | ReferenceObject): void => {
    for (const nested of nestedSchemas(schema)) {
      if (isReference(nested) || !nested.nullable || nested.allOf?.length !== 1 || !isReference(nested.allOf[0])) {
        continue;
      }
      const reference = nested.allOf[0];
      const target = schemas[schemaNameOf(reference.$ref)];
      const type = target && !isReference(target) && target.type ? target.type : 'object';
      delete nested.allOf;
      delete nested.nullable;
      delete nested.type;
      nested.anyOf = [reference, { type, nullable: true, enum: [null] }];
    }
  };
  for (const schema of Object.values(schemas)) {
    rewrite(schema);
  }
}

/**
 * The passes that make Nest's raw document the one integrators generate from (API.md, Conventions): common answers,
 * declared headers, public operations, comma-separated filters, closed request bodies and nullable references.
 * `unions` are schemas no DTO class can express (`oneOf` with a discriminator).
 */
export function finishDocument(document: OpenAPIObject, unions: readonly NamedSchema[] = []): OpenAPIObject {
  const components = (document.components ??= {});
  components.schemas = { ...components.schemas };
  for (const { name, schema } of unions) {
    components.schemas[name] = schema;
  }
  describeCommonAnswers(document);
  describeSuccessAnswers(document);
  declareHeaders(document);
  markPublicOperations(document);
  declareCommaSeparatedFilters(document);
  closeRequestBodies(document);
  nullableReferencesAsUnions(document);
  return document;
}
