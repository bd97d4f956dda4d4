import type { ArgumentMetadata } from '@nestjs/common';
import fc from 'fast-check';
import { createValidationPipe } from '../../common/http/validation';
import { BookAppointmentDto, wellFormedBooking } from './book-appointment.dto';

const metadata: ArgumentMetadata = { type: 'body', metatype: BookAppointmentDto, data: undefined };
const fullPipe = createValidationPipe({ withoutFastPaths: true });
const pipe = createValidationPipe();

const DOCTOR = '3f9c1a2e-8b7d-4c6e-9a1b-2d3e4f5a6b7c';
const PATIENT = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** The full pipe's answer: the instance, or the refusal's details. */
async function full(body: unknown): Promise<unknown> {
  try {
    return await fullPipe.transform(body, metadata);
  } catch (error) {
    return { refused: error };
  }
}

async function expectSameAsFullPipe(body: unknown): Promise<void> {
  const fast = wellFormedBooking(body);
  const expected = await full(body);
  if (fast === null) {
    // Not taken: the full pipe answers, whatever it says.
    return;
  }
  expect(expected).toBeInstanceOf(BookAppointmentDto);
  expect(fast).toBeInstanceOf(BookAppointmentDto);
  expect(Object.entries(fast)).toEqual(Object.entries(expected as BookAppointmentDto));
}

describe('the booking body fast path', () => {
  const valid = { doctorId: DOCTOR, startsAt: '2030-01-07T10:00:00Z' };

  it.each([
    valid,
    { ...valid, durationMinutes: 45, reason: '  Check-up  ' },
    { reason: 'Follow-up', ...valid, patientId: PATIENT, holdId: PATIENT },
    { ...valid, startsAt: '2030-01-07T10:00+02:00' },
    { ...valid, startsAt: '2030-01-07T10:00:00.250-05:30', durationMinutes: 480 },
    { ...valid, doctorId: DOCTOR.toUpperCase() },
  ])('takes %j and gives what the full pipe gives', async (body) => {
    expect(wellFormedBooking(body)).not.toBeNull();
    await expectSameAsFullPipe(body);
  });

  it.each([
    null,
    [],
    'text',
    {},
    { ...valid, extra: 1 },
    { ...valid, doctorId: 'not-a-uuid' },
    { ...valid, startsAt: '2030-01-07T10:00:00' },
    { ...valid, startsAt: '2030-02-30T10:00:00Z' },
    { ...valid, durationMinutes: 0 },
    { ...valid, durationMinutes: 7 },
    { ...valid, durationMinutes: 485 },
    { ...valid, durationMinutes: '30' },
    { ...valid, durationMinutes: 30.5 },
    { ...valid, durationMinutes: null },
    { ...valid, reason: '   ' },
    { ...valid, reason: 'x'.repeat(1001) },
    { ...valid, reason: 42 },
    { ...valid, reason: null },
    { ...valid, patientId: null },
    { ...valid, patientId: 'nope' },
    { ...valid, holdId: 7 },
    Object.assign(Object.create({ inherited: true }) as object, valid),
  ])('leaves %j to the full pipe', async (body) => {
    expect(wellFormedBooking(body)).toBeNull();
    // The global pipe then answers exactly as the full pipe does.
    expect(await pipe.transform(body, metadata).catch((error: unknown) => ({ refused: error }))).toEqual(
      await full(body),
    );
  });

  it('never accepts what the full pipe refuses, and gives its very instance (random bodies)', async () => {
    const uuid = fc.oneof(fc.uuid(), fc.constant(DOCTOR), fc.string());
    const field = {
      doctorId: uuid,
      startsAt: fc.oneof(
        fc
          .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        fc.constantFrom('2030-01-07T10:00+02:00', '2030-01-07T24:00:00Z', '2030-13-01T10:00:00Z', '2030-01-07 10:00Z'),
        fc.string(),
      ),
      durationMinutes: fc.oneof(fc.integer({ min: -10, max: 500 }), fc.double(), fc.constant(null)),
      reason: fc.oneof(
        fc.string({ maxLength: 5 }),
        fc.constantFrom(' ', ' x ', 'x'.repeat(1000), `${'x'.repeat(1000)} `),
        fc.constant(null),
      ),
      patientId: fc.oneof(uuid, fc.constant(null)),
      holdId: uuid,
      other: fc.anything(),
    };
    await fc.assert(
      fc.asyncProperty(fc.record(field, { requiredKeys: [] }), async (body) => {
        await expectSameAsFullPipe(body);
      }),
      { numRuns: 500 },
    );
  });
});
