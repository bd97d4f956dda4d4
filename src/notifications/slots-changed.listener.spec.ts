import type { Appointment, SlotsChangedEvent } from '@app/contracts';
import type { LiveDelivery } from './live-delivery.service';
import { slotsChangeOf, SlotsChangedListener, type SlotsChangeSource } from './slots-changed.listener';

const DOCTOR_ID = '6f1c2b1e-0000-4000-8000-0000000000d1';
const appointment = {
  id: '6f1c2b1e-0000-4000-8000-000000000001',
  patientId: '6f1c2b1e-0000-4000-8000-0000000000p1',
  doctorId: DOCTOR_ID,
  startsAt: '2031-03-03T10:00:00.000Z',
  endsAt: '2031-03-03T10:30:00.000Z',
  durationMinutes: 30,
  status: 'cancelled',
  reason: 'Suspected melanoma',
  notes: 'Biopsy next week',
  cancellationReason: 'Feeling better',
  cancelledBy: 'patient',
  createdAt: '2031-01-01T00:00:00.000Z',
  updatedAt: '2031-01-01T00:00:00.000Z',
  patient: { id: '6f1c2b1e-0000-4000-8000-0000000000p1', fullName: 'Paula Patient' },
  doctor: { id: DOCTOR_ID, fullName: 'Dora Doctor', specialization: 'Dermatology' },
} as Appointment;
const audience = { recipientUserIds: ['u-patient', 'u-doctor'], doctorTimezone: 'Europe/Berlin' };
const slots = { from: '2031-03-03T09:50:00.000Z', to: '2031-03-03T10:40:00.000Z' };

describe('slotsChangeOf', () => {
  it('turns every appointment event whose audience has slots into the doctor and the range, nothing else', () => {
    const events: SlotsChangeSource[] = [
      { name: 'appointment.created', payload: { appointment }, ...audience, slots },
      { name: 'appointment.updated', payload: { appointment, changes: ['startsAt', 'endsAt'] }, ...audience, slots },
      {
        name: 'appointment.status_changed',
        payload: {
          appointment,
          previousStatus: 'confirmed',
          status: 'cancelled',
          changedBy: { id: 'u-patient', role: 'patient' },
        },
        ...audience,
        slots,
      },
      { name: 'appointment.deleted', payload: { appointment }, ...audience, slots },
    ];
    for (const event of events) {
      const change = slotsChangeOf(event);
      expect([event.name, change]).toEqual([event.name, { doctorId: DOCTOR_ID, ...slots }]);
      expect(Object.keys(change!).sort()).toEqual(['doctorId', 'from', 'to']);
    }
  });

  it('says nothing of an appointment event that freed or took no time (no slots in its audience)', () => {
    expect(
      slotsChangeOf({
        name: 'appointment.status_changed',
        payload: {
          appointment: { ...appointment, status: 'confirmed' },
          previousStatus: 'pending',
          status: 'confirmed',
          changedBy: { id: 'u-doctor', role: 'doctor' },
        },
        ...audience,
      }),
    ).toBeNull();
    expect(
      slotsChangeOf({ name: 'appointment.updated', payload: { appointment, changes: ['reason'] }, ...audience }),
    ).toBeNull();
  });

  it('passes a slots.changed domain event on with its three fields only', () => {
    const payload = { doctorId: DOCTOR_ID, ...slots, holdId: 'h-1', patientId: 'p-1' } as SlotsChangedEvent;
    expect(slotsChangeOf({ name: 'slots.changed', payload })).toEqual({ doctorId: DOCTOR_ID, ...slots });
  });
});

describe('SlotsChangedListener', () => {
  it('delivers the change to the doctor’s watchers, and nothing for an event without slots', () => {
    const slotsChanged = jest.fn();
    const listener = new SlotsChangedListener({ slotsChanged } as unknown as LiveDelivery);
    listener.announce({ name: 'appointment.created', payload: { appointment }, ...audience, slots });
    listener.announce({ name: 'appointment.updated', payload: { appointment, changes: ['notes'] }, ...audience });
    listener.announce({ name: 'slots.changed', payload: { doctorId: DOCTOR_ID, ...slots } });
    expect(slotsChanged.mock.calls).toEqual([[{ doctorId: DOCTOR_ID, ...slots }], [{ doctorId: DOCTOR_ID, ...slots }]]);
  });
});
