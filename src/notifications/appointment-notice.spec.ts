import type { Appointment } from '@app/contracts';
import { appointmentNotice, leadText } from './appointment-notice';

const appointment: Appointment = {
  id: '6f1c2b1e-0000-4000-8000-000000000001',
  patientId: 'p',
  doctorId: 'd',
  startsAt: '2031-03-03T10:00:00.000Z',
  endsAt: '2031-03-03T10:30:00.000Z',
  durationMinutes: 30,
  status: 'pending',
  reason: 'Suspected melanoma',
  notes: 'Biopsy next week',
  cancellationReason: null,
  cancelledBy: null,
  lateCancellation: false,
  seriesId: null,
  createdAt: '2031-01-01T00:00:00.000Z',
  updatedAt: '2031-01-01T00:00:00.000Z',
  patient: { id: 'p', fullName: 'Paula Patient' },
  doctor: { id: 'd', fullName: 'Dora Doctor', specialization: 'Dermatology' },
};

describe('appointmentNotice', () => {
  it('says who and when for a booking, and keeps the appointment id and status as data', () => {
    expect(appointmentNotice({ name: 'appointment.created', payload: { appointment }, doctorTimezone: 'UTC' })).toEqual(
      {
        type: 'appointment.created',
        title: 'Appointment booked',
        body: 'Paula Patient with Dora Doctor on Mon 3 Mar 2031, 10:00 UTC.',
        data: { appointmentId: appointment.id, status: 'pending' },
      },
    );
  });

  it('calls a change of time a reschedule and any other edit an update', () => {
    const moved = appointmentNotice({
      name: 'appointment.updated',
      payload: { appointment: { ...appointment, startsAt: '2031-03-03T11:00:00+00:00' }, changes: ['startsAt'] },
      doctorTimezone: 'UTC',
    });
    expect(moved).toMatchObject({
      title: 'Appointment rescheduled',
      body: 'Paula Patient with Dora Doctor is now on Mon 3 Mar 2031, 11:00 UTC.',
      data: { changes: ['startsAt'] },
    });
    const edited = appointmentNotice({
      name: 'appointment.updated',
      payload: { appointment, changes: ['notes'] },
      doctorTimezone: 'UTC',
    });
    expect(edited.title).toBe('Appointment updated');
  });

  it('names the new status of a status change and keeps the previous one as data', () => {
    const notice = appointmentNotice({
      name: 'appointment.status_changed',
      payload: {
        appointment: { ...appointment, status: 'cancelled', cancellationReason: 'Started chemotherapy elsewhere' },
        previousStatus: 'pending',
        status: 'cancelled',
        changedBy: { id: 'u', role: 'patient' },
      },
      doctorTimezone: 'UTC',
    });
    expect(notice).toEqual({
      type: 'appointment.status_changed',
      title: 'Appointment cancelled',
      body: 'Paula Patient with Dora Doctor on Mon 3 Mar 2031, 10:00 UTC was cancelled.',
      data: { appointmentId: appointment.id, status: 'cancelled', previousStatus: 'pending' },
    });
  });

  it('gives the time on the doctor’s wall clock with the zone’s abbreviation, for both parties', () => {
    const inKolkata = appointmentNotice({
      name: 'appointment.created',
      payload: { appointment },
      doctorTimezone: 'Asia/Kolkata',
    });
    expect(inKolkata.body).toBe('Paula Patient with Dora Doctor on Mon 3 Mar 2031, 15:30 IST.');
    const inNewYork = appointmentNotice({
      name: 'appointment.updated',
      payload: { appointment: { ...appointment, startsAt: '2031-07-07T14:00:00Z' }, changes: ['startsAt'] },
      doctorTimezone: 'America/New_York',
    });
    expect(inNewYork.body).toBe('Paula Patient with Dora Doctor is now on Mon 7 Jul 2031, 10:00 EDT.');
  });

  it('reminds both parties of the start on the doctor’s wall clock, with the lead in the largest whole unit', () => {
    const reminder = appointmentNotice({
      name: 'appointment.reminder',
      payload: { appointment, minutesBefore: 60 },
      doctorTimezone: 'Asia/Kolkata',
    });
    expect(reminder).toEqual({
      type: 'appointment.reminder',
      title: 'Appointment reminder',
      body: 'Paula Patient with Dora Doctor on Mon 3 Mar 2031, 15:30 IST, in 1 hour.',
      data: { appointmentId: appointment.id, status: 'pending', minutesBefore: 60 },
    });
    expect([1440, 2880, 120, 90, 1].map(leadText)).toEqual(['1 day', '2 days', '2 hours', '90 minutes', '1 minute']);
  });

  it('never carries the reason, the notes or the cancellation reason', () => {
    const texts = [
      appointmentNotice({ name: 'appointment.created', payload: { appointment }, doctorTimezone: 'UTC' }),
      appointmentNotice({
        name: 'appointment.updated',
        payload: { appointment, changes: ['reason', 'notes'] },
        doctorTimezone: 'UTC',
      }),
      appointmentNotice({
        name: 'appointment.status_changed',
        payload: {
          appointment: { ...appointment, cancellationReason: 'Chemotherapy' },
          previousStatus: 'confirmed',
          status: 'no_show',
          changedBy: { id: 'u', role: 'doctor' },
        },
        doctorTimezone: 'UTC',
      }),
    ].map((notice) => JSON.stringify(notice));
    for (const text of texts) {
      expect(text).not.toMatch(/melanoma|biopsy|chemotherapy/i);
    }
  });
});
