import { Parser } from '@asyncapi/parser';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import { CLIENT_EVENT_NAMES, SERVER_EVENT_NAMES, toAsyncApiSchema } from '../../src/api-docs/asyncapi-document';
import { documentedExamples, EXAMPLE_IDS, EXAMPLE_REFRESH_TOKEN } from '../../src/api-docs/examples';
import { API_TAGS } from '../../src/common/http/openapi';
import { startBuiltApp, type BuiltApp } from '../support/built-app';
import { loginAdmin, type Session } from '../support/factories';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, Json>;
interface Media {
  schema?: Schema;
  example?: Json;
  examples?: Record<string, { value: Json }>;
}
interface Operation {
  operationId: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  /** The scope that opens the operation to API keys (absent: no key may call it). */
  'x-api-key-scope'?: string;
  parameters?: (Schema & { name?: string; in?: string; schema?: Schema; $ref?: string })[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { headers?: Record<string, Json>; content?: Record<string, Media> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Schema>;
    headers: Record<string, Json>;
    parameters: Record<string, Json>;
    securitySchemes: Record<string, Json>;
  };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const PUBLIC = ['register', 'login', 'refreshTokens', 'checkLiveness', 'checkReadiness', 'readFhirCapabilities'];

function operations(doc: OpenApi): { path: string; method: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, op: item[method] })),
  );
}

/** Every schema node of a tree with the path to it (properties, items, compositions). */
function* schemaNodes(schema: Json, where: string): Generator<[Schema, string]> {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return;
  }
  yield [schema, where];
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  for (const [key, value] of Object.entries(properties)) {
    yield* schemaNodes(value, `${where}.${key}`);
  }
  if (schema.items) {
    yield* schemaNodes(schema.items, `${where}[]`);
  }
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    for (const [i, child] of ((schema[key] ?? []) as Json[]).entries()) {
      yield* schemaNodes(child, `${where}.${key}[${i}]`);
    }
  }
}

describe('The API documents of the built service (e2e)', () => {
  let t: BuiltApp;
  let doc: OpenApi;
  let ajv: Ajv;
  const validators = new Map<string, ValidateFunction>();

  /** Validates against a schema of the document (its `#/components/…` references resolved in the document). */
  function validate(schema: Schema, value: unknown): string[] {
    const key = JSON.stringify(schema);
    let check = validators.get(key);
    if (!check) {
      check = ajv.compile(JSON.parse(key.replaceAll('"#/components/', '"openapi.json#/components/')) as Schema);
      validators.set(key, check);
    }
    return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  }

  beforeAll(async () => {
    // The webhook example's host is a name that need not resolve here: the address check is the e2e tests' part.
    t = await startBuiltApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    doc = (await request(t.url).get('/docs-json').expect(200)).body as OpenApi;
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
    ajv.addSchema({ components: doc.components }, 'openapi.json');
  });
  afterAll(async () => {
    await t.close();
  });

  describe('OpenAPI', () => {
    it('gives every operation a summary, a listed tag and a unique lowerCamelCase operationId', () => {
      const tags = new Set(API_TAGS.map(([name]) => name));
      const ids = operations(doc).map(({ op }) => op.operationId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const { path, method, op } of operations(doc)) {
        expect({ at: `${method} ${path}`, id: /^[a-z][a-zA-Z0-9]+$/.test(op.operationId) }).toEqual({
          at: `${method} ${path}`,
          id: true,
        });
        expect(op.summary?.length).toBeGreaterThan(3);
        expect(op.tags?.length).toBe(1);
        expect(tags.has(op.tags![0])).toBe(true);
      }
      expect(ids).toEqual(expect.arrayContaining(['bookAppointment', 'changeAppointmentStatus', 'register']));
    });

    it('says security: [] on the public routes, bearer on every other, and the api-key scheme beside it where a key may call', () => {
      for (const { op } of operations(doc)) {
        const scoped = op['x-api-key-scope'] !== undefined;
        expect([op.operationId, op.security]).toEqual([
          op.operationId,
          PUBLIC.includes(op.operationId) ? [] : scoped ? [{ bearer: [] }, { 'api-key': [] }] : [{ bearer: [] }],
        ]);
      }
      expect(doc.components.securitySchemes['api-key']).toEqual(
        expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-API-Key' }),
      );
      const byId = new Map(operations(doc).map(({ op }) => [op.operationId, op]));
      expect(byId.get('listAppointments')?.['x-api-key-scope']).toBe('appointments:read');
      expect(byId.get('readFhirAppointment')?.['x-api-key-scope']).toBe('fhir:read');
      for (const closed of [
        'listUsers',
        'createApiKey',
        'listApiKeys',
        'listJobs',
        'listAuditEvents',
        'getCurrentUser',
      ]) {
        expect([closed, byId.get(closed)?.['x-api-key-scope']]).toEqual([closed, undefined]);
      }
    });

    it('names every enum as a schema of its own; only one-value constants stay inline', () => {
      const named = ['AppointmentStatus', 'Role', 'DoctorStatus', 'ErrorCode', 'Gender', 'BloodType'];
      for (const name of named) {
        expect(doc.components.schemas[name]).toMatchObject({ type: 'string', enum: expect.any(Array) });
      }
      const inline: string[] = [];
      for (const [name, schema] of Object.entries(doc.components.schemas)) {
        for (const [node, where] of schemaNodes(schema, name)) {
          // A one-value enum is a constant (`tokenType: Bearer`, a union member's `type`, the null of a nullable ref).
          const literal = Array.isArray(node.enum) && node.enum.length === 1;
          if (node.enum && where !== name && !literal) {
            inline.push(where);
          }
        }
      }
      for (const { op } of operations(doc)) {
        for (const parameter of op.parameters ?? []) {
          if (parameter.schema?.enum || (parameter.schema?.items as Schema | undefined)?.enum) {
            inline.push(`${op.operationId} ${parameter.name}`);
          }
        }
      }
      expect(inline).toEqual([]);
    });

    it('gives ids format uuid, instants date-time and whole numbers type integer; no bare number', () => {
      const problems: string[] = [];
      for (const [name, schema] of Object.entries(doc.components.schemas)) {
        for (const [node, where] of schemaNodes(schema, name)) {
          const field = where.slice(where.lastIndexOf('.') + 1);
          if (node.type === 'number') {
            problems.push(`${where} is number`);
          }
          if (node.type === 'string' && (field === 'id' || /Id$/.test(field)) && field !== 'requestId') {
            if (node.format !== 'uuid') {
              problems.push(`${where} has no uuid format`);
            }
          }
          if (node.type === 'string' && /At$/.test(field) && node.format !== 'date-time') {
            problems.push(`${where} has no date-time format`);
          }
        }
      }
      for (const { op } of operations(doc)) {
        for (const parameter of op.parameters ?? []) {
          const name = parameter.name ?? '';
          if ((name === 'id' || /Id$/.test(name)) && parameter.schema?.format !== 'uuid') {
            problems.push(`${op.operationId} parameter ${name}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('makes a field that can be null nullable, also behind a reference', () => {
      const patient = doc.components.schemas.Patient.properties as Record<string, Schema>;
      expect(validate(patient.gender, null)).toEqual([]);
      expect(validate(patient.emergencyContact, null)).toEqual([]);
      expect(validate(patient.gender, 'female')).toEqual([]);
      expect(validate(patient.gender, 'robot')).not.toEqual([]);
      expect(validate(doc.components.schemas.Patient, { id: 'x' })).not.toEqual([]);
    });

    it('closes every request body (additionalProperties: false), down to its nested objects', () => {
      const open: string[] = [];
      const seen = new Set<string>();
      const visit = (schema: Json, where: string) => {
        for (const [node, at] of schemaNodes(schema, where)) {
          if (typeof node.$ref === 'string') {
            const name = node.$ref.split('/').pop()!;
            if (!seen.has(name)) {
              seen.add(name);
              visit(doc.components.schemas[name], name);
            }
          } else if (node.properties && node.additionalProperties !== false && at !== 'SendMessageRequest.data') {
            open.push(at);
          }
        }
      };
      for (const { op } of operations(doc)) {
        const schema = op.requestBody?.content['application/json']?.schema;
        if (schema) {
          visit(schema, op.operationId);
        }
      }
      expect(seen.size).toBeGreaterThan(15);
      expect(open).toEqual([]);
    });

    it('declares X-Request-Id on every answer, Retry-After on every 429 and 503, and the Idempotency-Key', () => {
      for (const { op } of operations(doc)) {
        for (const [status, response] of Object.entries(op.responses)) {
          expect([op.operationId, status, Object.keys(response.headers ?? {})]).toEqual([
            op.operationId,
            status,
            expect.arrayContaining(['X-Request-Id', ...(['429', '503'].includes(status) ? ['Retry-After'] : [])]),
          ]);
        }
        expect(op.parameters).toEqual(expect.arrayContaining([{ $ref: '#/components/parameters/XRequestId' }]));
      }
      const booking = doc.paths['/api/v1/appointments'].post;
      expect(booking.parameters).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header' })]),
      );
      const list = doc.paths['/api/v1/appointments'].get.parameters!.find((p) => p.name === 'status');
      expect(list).toMatchObject({ style: 'form', explode: false, schema: { type: 'array', maxItems: 6 } });
    });

    it('describes registration as a patient’s or a doctor’s, notifications by type, and the health answer', () => {
      const register = doc.paths['/api/v1/auth/register'].post.requestBody!.content['application/json'].schema;
      expect(register).toEqual({ $ref: '#/components/schemas/RegisterRequest' });
      const patientBody = { email: 'a@b.example', password: 'long-enough', fullName: 'A', role: 'patient' };
      expect(validate(register!, patientBody)).toEqual([]);
      expect(validate(register!, { ...patientBody, role: 'doctor' })).not.toEqual([]);
      expect(
        validate(register!, { ...patientBody, doctor: { specialization: 'GP', licenseNumber: 'L-1' } }),
      ).not.toEqual([]);
      const notification = doc.components.schemas.Notification;
      expect(notification.discriminator).toMatchObject({ propertyName: 'type' });
      const base = {
        id: EXAMPLE_IDS.notification,
        title: 'T',
        body: 'B',
        readAt: null,
        createdAt: '2026-01-01T00:00:00Z',
      };
      expect(
        validate(notification, { ...base, type: 'broadcast', data: { broadcastId: EXAMPLE_IDS.notification } }),
      ).toEqual([]);
      expect(validate(notification, { ...base, type: 'appointment.created', data: { broadcastId: 'x' } })).not.toEqual(
        [],
      );
      const health = doc.paths['/health/live'].get.responses['200'].content!['application/json'].schema!;
      expect(validate(health, { status: 'ok' })).toEqual([]);
      expect(validate(health, {})).not.toEqual([]);
    });

    it('holds every example valid against its own schema', () => {
      const invalid: string[] = [];
      let checked = 0;
      const check = (schema: Schema | undefined, value: Json, where: string) => {
        if (!schema) {
          invalid.push(`${where}: no schema`);
          return;
        }
        checked += 1;
        const errors = validate(schema, value);
        if (errors.length > 0) {
          invalid.push(`${where}: ${errors.join('; ')}`);
        }
      };
      const checkMedia = (media: Media, where: string) => {
        if (media.example !== undefined) {
          check(media.schema, media.example, where);
        }
        for (const [name, example] of Object.entries(media.examples ?? {})) {
          check(media.schema, example.value, `${where} ${name}`);
        }
      };
      for (const { op } of operations(doc)) {
        for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
          checkMedia(media, `${op.operationId} request ${type}`);
        }
        for (const [status, response] of Object.entries(op.responses)) {
          for (const media of Object.values(response.content ?? {})) {
            checkMedia(media, `${op.operationId} ${status}`);
          }
        }
      }
      for (const [name, schema] of Object.entries(doc.components.schemas)) {
        for (const [node, where] of schemaNodes(schema, name)) {
          if (node.example !== undefined) {
            const { example, ...rest } = node;
            check(rest, example, where);
          }
        }
      }
      expect(invalid).toEqual([]);
      expect(checked).toBeGreaterThan(80);
    });

    it('has every documented example in place, with the times a booking needs ahead of now', () => {
      const documented = documentedExamples(new Date());
      for (const [operationId, { request: requestExamples, responses }] of Object.entries(documented)) {
        const op = operations(doc).find((o) => o.op.operationId === operationId)!.op;
        if (requestExamples) {
          expect(Object.keys(op.requestBody!.content['application/json'].examples!)).toEqual(
            Object.keys(requestExamples),
          );
        }
        for (const [status, set] of Object.entries(responses ?? {})) {
          expect(Object.keys(op.responses[status].content!['application/json'].examples!)).toEqual(Object.keys(set));
        }
      }
      const booking = doc.paths['/api/v1/appointments'].post.requestBody!.content['application/json'].examples!;
      const startsAt = (booking.patient.value as { startsAt: string }).startsAt;
      expect(new Date(startsAt).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
      expect((booking.patient.value as { durationMinutes: number }).durationMinutes).toBe(30);
    });
  });

  describe('the request examples, sent to the service', () => {
    interface Context {
      jonas: Session;
      amara: Session;
      admin: Session;
      appointmentId: string;
      seriesId: string;
      recordId: string;
      refreshToken: string;
      webhookId: string;
    }
    type Caller = 'anonymous' | 'jonas' | 'amara' | 'admin';
    interface Step {
      operationId: string;
      example: string;
      as: Caller;
      status: number;
      params?: (ctx: Context) => Record<string, string>;
      /** Runs before the call (a fresh refresh token, say). */
      before?: (ctx: Context) => Promise<void>;
      after?: (ctx: Context, body: Record<string, unknown>) => void;
    }

    const session = (body: Record<string, unknown>): Session => {
      const tokens = body as unknown as Session;
      return { ...tokens, auth: { Authorization: `Bearer ${tokens.accessToken}` } };
    };
    const login = async (ctx: Context) => {
      const res = await request(t.url)
        .post('/api/v1/auth/login')
        .send({ email: ctx.jonas.user.email, password: 'correct-horse-battery' })
        .expect(200);
      ctx.refreshToken = (res.body as Session).refreshToken;
    };

    /**
     * The story the examples tell, in an order that works: Jonas and Dr Okafor register with the register examples,
     * Jonas books with the booking example, and so on. Each step is one documented request example, sent as is
     * (its ids mapped to the rows the earlier steps made), by the caller it is written for.
     */
    const STEPS: Step[] = [
      {
        operationId: 'register',
        example: 'patient',
        as: 'anonymous',
        status: 201,
        after: (c, b) => (c.jonas = session(b)),
      },
      {
        operationId: 'register',
        example: 'doctor',
        as: 'anonymous',
        status: 201,
        after: (c, b) => (c.amara = session(b)),
      },
      { operationId: 'login', example: 'patient', as: 'anonymous', status: 200 },
      {
        operationId: 'bookAppointment',
        example: 'patient',
        as: 'jonas',
        status: 201,
        after: (c, b) => (c.appointmentId = b.id as string),
      },
      { operationId: 'bookAppointment', example: 'forPatient', as: 'amara', status: 201 },
      {
        operationId: 'bookSeries',
        example: 'weekly',
        as: 'amara',
        status: 201,
        after: (c, b) => (c.seriesId = b.seriesId as string),
      },
      {
        operationId: 'cancelSeries',
        example: 'rest',
        as: 'jonas',
        status: 200,
        params: (c) => ({ seriesId: c.seriesId }),
      },
      {
        operationId: 'updateAppointment',
        example: 'reschedule',
        as: 'jonas',
        status: 200,
        params: (c) => ({ id: c.appointmentId }),
      },
      {
        operationId: 'updateAppointment',
        example: 'notes',
        as: 'amara',
        status: 200,
        params: (c) => ({ id: c.appointmentId }),
      },
      {
        operationId: 'changeAppointmentStatus',
        example: 'confirm',
        as: 'amara',
        status: 200,
        params: (c) => ({ id: c.appointmentId }),
      },
      {
        operationId: 'createMedicalRecord',
        example: 'diagnosis',
        as: 'amara',
        status: 201,
        params: (c) => ({ id: c.jonas.user.patientId! }),
        after: (c, b) => (c.recordId = b.id as string),
      },
      {
        operationId: 'updateMedicalRecord',
        example: 'resolve',
        as: 'amara',
        status: 200,
        params: (c) => ({ id: c.jonas.user.patientId!, recordId: c.recordId }),
      },
      {
        operationId: 'changeAppointmentStatus',
        example: 'cancel',
        as: 'jonas',
        status: 200,
        params: (c) => ({ id: c.appointmentId }),
      },
      {
        operationId: 'updateUser',
        example: 'rename',
        as: 'jonas',
        status: 200,
        params: (c) => ({ id: c.jonas.user.id }),
      },
      {
        operationId: 'updatePatient',
        example: 'demographics',
        as: 'jonas',
        status: 200,
        params: (c) => ({ id: c.jonas.user.patientId! }),
      },
      {
        operationId: 'updateDoctor',
        example: 'profile',
        as: 'amara',
        status: 200,
        params: (c) => ({ id: c.amara.user.doctorId! }),
      },
      {
        operationId: 'addTimeOff',
        example: 'conference',
        as: 'amara',
        status: 201,
        params: (c) => ({ id: c.amara.user.doctorId! }),
      },
      {
        operationId: 'replaceDoctorSchedule',
        example: 'week',
        as: 'amara',
        status: 200,
        params: (c) => ({ id: c.amara.user.doctorId! }),
      },
      { operationId: 'joinWaitlist', example: 'morning', as: 'jonas', status: 201 },
      { operationId: 'sendMessage', example: 'message', as: 'admin', status: 201 },
      { operationId: 'broadcastMessage', example: 'everyone', as: 'admin', status: 202 },
      { operationId: 'createApiKey', example: 'billing', as: 'admin', status: 201 },
      { operationId: 'setMyDoctorStatus', example: 'busy', as: 'amara', status: 200 },
      { operationId: 'refreshTokens', example: 'refresh', as: 'anonymous', status: 200, before: login },
      { operationId: 'logout', example: 'logout', as: 'jonas', status: 204, before: login },
      { operationId: 'changeMyPassword', example: 'change', as: 'jonas', status: 204 },
      {
        operationId: 'createWebhook',
        example: 'billing',
        as: 'admin',
        status: 201,
        after: (c, b) => (c.webhookId = b.id as string),
      },
      {
        operationId: 'updateWebhook',
        example: 'everything',
        as: 'admin',
        status: 200,
        params: (c) => ({ id: c.webhookId }),
      },
    ];

    /** The example's own ids and token, as the rows and tokens this run made. */
    function mapped(value: Json, ctx: Context): Json {
      const ids: Record<string, string> = {
        [EXAMPLE_IDS.jonasUser]: ctx.jonas?.user.id,
        [EXAMPLE_IDS.jonasPatient]: ctx.jonas?.user.patientId ?? '',
        [EXAMPLE_IDS.amaraUser]: ctx.amara?.user.id,
        [EXAMPLE_IDS.amaraDoctor]: ctx.amara?.user.doctorId ?? '',
        [EXAMPLE_IDS.appointment]: ctx.appointmentId,
        [EXAMPLE_IDS.series]: ctx.seriesId,
        [EXAMPLE_IDS.record]: ctx.recordId,
        [EXAMPLE_REFRESH_TOKEN]: ctx.refreshToken,
      };
      return JSON.parse(JSON.stringify(value), (_key, v: Json) =>
        typeof v === 'string' && ids[v] ? ids[v] : v,
      ) as Json;
    }

    it('covers every request example of the document', () => {
      const inDocument = operations(doc).flatMap(({ op }) =>
        Object.keys(op.requestBody?.content['application/json']?.examples ?? {}).map(
          (name) => `${op.operationId}/${name}`,
        ),
      );
      expect(STEPS.map((step) => `${step.operationId}/${step.example}`).sort()).toEqual(inDocument.sort());
    });

    it('answers each as the example says, with a body its documented schema accepts, and the live event too', async () => {
      const ctx = { admin: await loginAdmin(t) } as Context;
      const served = (await request(t.url).get('/docs-json').expect(200)).body as OpenApi;
      let socket: Socket | undefined;
      const events: { name: string; payload: unknown }[] = [];
      const outcomes: string[] = [];
      try {
        for (const step of STEPS) {
          await step.before?.(ctx);
          const { path, method, op } = operations(served).find((o) => o.op.operationId === step.operationId)!;
          const media = op.requestBody!.content['application/json'];
          const body = mapped(media.examples![step.example].value, ctx);
          const params = step.params?.(ctx) ?? {};
          const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => params[name]);
          const caller = step.as === 'anonymous' ? undefined : ctx[step.as];
          const call = request(t.url)
            [method as 'post'](url)
            .send(body as object);
          const res = await (caller ? call.set(caller.auth) : call);
          const answer = op.responses[String(res.status)];
          const schema = answer?.content?.['application/json']?.schema;
          const problems = answer ? (schema ? validate(schema, res.body) : []) : ['an undocumented status'];
          outcomes.push(`${step.operationId}/${step.example} ${res.status} ${problems.join('; ')}`.trim());
          expect(`${step.operationId}/${step.example} ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`).toBe(
            `${step.operationId}/${step.example} ${step.status} ${JSON.stringify(res.body).slice(0, 300)}`,
          );
          step.after?.(ctx, res.body as Record<string, unknown>);
          if (step.operationId === 'register' && step.example === 'patient') {
            socket = io(`${t.url}/notifications`, {
              auth: { token: ctx.jonas.accessToken },
              transports: ['websocket'],
            });
            socket.onAny((name: string, payload: unknown) => events.push({ name, payload }));
            await new Promise<void>((resolve, reject) => {
              socket!.once('connect', resolve);
              socket!.once('connect_error', reject);
            });
          }
        }
      } finally {
        socket?.close();
      }
      expect(outcomes).toEqual(STEPS.map((step) => `${step.operationId}/${step.example} ${step.status}`));

      // The events Jonas's socket received validate against the schemas the AsyncAPI document points at.
      const payloadSchemas: Record<string, string> = {
        'appointment.created': 'AppointmentCreatedEvent',
        'appointment.updated': 'AppointmentUpdatedEvent',
        'appointment.status_changed': 'AppointmentStatusChangedEvent',
        notification: 'Notification',
      };
      expect(new Set(events.map((e) => e.name))).toEqual(new Set(Object.keys(payloadSchemas)));
      for (const event of events) {
        const errors = validate({ $ref: `#/components/schemas/${payloadSchemas[event.name]}` }, event.payload);
        expect([event.name, errors]).toEqual([event.name, []]);
      }
    });
  });

  describe('AsyncAPI', () => {
    let asyncapi: Record<string, Json>;

    beforeAll(async () => {
      asyncapi = (await request(t.url).get('/docs/asyncapi.json').set('Host', 'clinic.example:8443').expect(200))
        .body as Record<string, Json>;
    });

    it('parses with @asyncapi/parser without an error or a warning', async () => {
      const { document, diagnostics } = await new Parser().parse(JSON.stringify(asyncapi));
      // Severity 0 is an error, 1 a warning; 2 and 3 are advice (such as "3.1.0 exists").
      expect(diagnostics.filter((d) => Number(d.severity) < 2).map((d) => `${d.code} ${d.message}`)).toEqual([]);
      expect(document?.version()).toBe('3.0.0');
    });

    it('names every event of the contract, both ways, on the /notifications namespace', async () => {
      const { document } = await new Parser().parse(JSON.stringify(asyncapi));
      const names = document!
        .allMessages()
        .all()
        .map((message) => message.name());
      for (const event of [
        'appointment.created',
        'appointment.updated',
        'appointment.status_changed',
        'notification',
        'doctor.presence',
        'doctor.set_status',
        ...SERVER_EVENT_NAMES,
        ...CLIENT_EVENT_NAMES,
      ]) {
        expect(names).toContain(event);
      }
      const sends = document!
        .operations()
        .filterBySend()
        .map((op) => op.messages().all()[0].name());
      const receives = document!
        .operations()
        .filterByReceive()
        .map((op) => op.messages().all()[0].name());
      expect(sends.sort()).toEqual([...SERVER_EVENT_NAMES].sort());
      expect(receives).toEqual([...CLIENT_EVENT_NAMES]);
      expect(
        document!
          .channels()
          .all()
          .map((channel) => channel.address()),
      ).toEqual(['/notifications']);
      expect(
        document!
          .securitySchemes()
          .all()
          .map((scheme) => scheme.type()),
      ).toEqual(['http']);
    });

    it('shares its payload schemas with the OpenAPI components', () => {
      const schemas = (asyncapi.components as { schemas: Record<string, Json> }).schemas;
      expect(Object.keys(schemas)).toEqual(
        expect.arrayContaining(['Appointment', 'Notification', 'DoctorPresence', 'AppointmentStatus']),
      );
      for (const [name, schema] of Object.entries(schemas)) {
        expect([name, schema]).toEqual([name, toAsyncApiSchema(doc.components.schemas[name] as never)]);
      }
    });

    it('names the server it was asked from, on the Socket.IO path', () => {
      expect(asyncapi.servers).toMatchObject({ clinic: { host: 'clinic.example:8443', pathname: '/socket.io' } });
    });
  });
});
