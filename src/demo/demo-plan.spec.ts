import { APPOINTMENT_STATUSES } from '@app/contracts';
import { isWithinWorkingHours } from '../scheduling/working-hours';
import { DEMO_DOCTORS, demoPatients } from './demo-cast';
import { BOOKING_MARGIN_MS, blocksOf, planDemoStory, timeOffAt, type PlanInput, type PlannedVisit } from './demo-plan';

function inputAt(iso: string, maxActivePerPatient = 5): PlanInput {
  const now = new Date(iso);
  return {
    now,
    doctors: DEMO_DOCTORS.map((d) => ({
      specialization: d.specialization,
      timezone: d.timezone,
      blocks: blocksOf(d.weeklyHours),
      timeOff: d.timeOff.map((off) => timeOffAt(off, d.timezone, now)),
      sees: d.sees,
      weeklyAppointments: d.weeklyAppointments,
    })),
    patients: demoPatients(iso.slice(0, 10)).map((p) => ({ isChild: p.isChild })),
    maxActivePerPatient,
    featured: [{ doctor: 0, patient: 0, when: 'history', status: 'completed', presentation: 0, bookedBy: 'patient' }],
  };
}

/** Where a visit ends up: its new time when a patient moves it. */
function finalInterval(visit: PlannedVisit): { startsAt: Date; endsAt: Date } {
  const startsAt = visit.movedTo ?? visit.startsAt;
  return { startsAt, endsAt: new Date(startsAt.getTime() + visit.durationMinutes * 60_000) };
}

function overlapping(visits: PlannedVisit[], party: 'doctor' | 'patient'): number {
  let pairs = 0;
  const held = visits.filter((v) => v.status !== 'cancelled').map((v) => ({ v, ...finalInterval(v) }));
  for (const [i, a] of held.entries()) {
    for (const b of held.slice(i + 1)) {
      if (a.v[party] === b.v[party] && a.startsAt < b.endsAt && b.startsAt < a.endsAt) {
        pairs += 1;
      }
    }
  }
  return pairs;
}

describe('The demo story plan', () => {
  // A Tuesday morning in Europe, a Sunday night when no doctor works, a day of the spring-forward change in Europe.
  const moments = ['2026-03-10T10:07:00Z', '2026-03-15T02:30:00Z', '2026-03-29T12:00:00Z'];

  it.each(moments)('is the same plan every time for the same now (%s)', (now) => {
    expect(JSON.stringify(planDemoStory(inputAt(now)))).toBe(JSON.stringify(planDemoStory(inputAt(now))));
  });

  it.each(moments)('holds every status, with the history before now and the rest after the margin (%s)', (iso) => {
    const now = new Date(iso);
    const plan = planDemoStory(inputAt(iso));
    const statuses = new Set([...plan.history, ...plan.upcoming].map((v) => v.status));
    expect([...statuses].sort()).toEqual([...APPOINTMENT_STATUSES].sort());
    expect(plan.history.every((v) => v.startsAt < now)).toBe(true);
    expect(plan.upcoming.every((v) => v.startsAt.getTime() >= now.getTime() + BOOKING_MARGIN_MS)).toBe(true);
    expect(plan.upcoming.every((v) => ['pending', 'confirmed', 'cancelled'].includes(v.status))).toBe(true);
    expect(plan.history.every((v) => ['completed', 'no_show', 'cancelled', 'in_progress'].includes(v.status))).toBe(
      true,
    );
    expect(plan.history.filter((v) => v.record !== null).every((v) => v.status === 'completed')).toBe(true);
  });

  it.each(moments)('keeps every visit inside working hours, outside time off, and free of overlaps (%s)', (iso) => {
    const input = inputAt(iso);
    const plan = planDemoStory(input);
    const visits = [...plan.history, ...plan.upcoming];
    for (const visit of visits) {
      const doctor = input.doctors[visit.doctor];
      for (const interval of [
        { startsAt: visit.startsAt, endsAt: new Date(visit.startsAt.getTime() + visit.durationMinutes * 60_000) },
        finalInterval(visit),
      ]) {
        expect(isWithinWorkingHours(doctor.blocks, doctor.timezone, interval.startsAt, interval.endsAt)).toBe(true);
        expect(doctor.timeOff.some((off) => off.startsAt < interval.endsAt && interval.startsAt < off.endsAt)).toBe(
          false,
        );
      }
    }
    expect({ doctor: overlapping(visits, 'doctor'), patient: overlapping(visits, 'patient') }).toEqual({
      doctor: 0,
      patient: 0,
    });
  });

  it('gives paediatricians children only and never more upcoming visits per patient than the booking limit', () => {
    const input = inputAt(moments[0], 2);
    const plan = planDemoStory(input);
    const patients = input.patients;
    for (const visit of [...plan.history, ...plan.upcoming]) {
      const sees = input.doctors[visit.doctor].sees;
      expect(sees === 'everyone' || (sees === 'children') === patients[visit.patient].isChild).toBe(true);
    }
    const upcoming = new Map<number, number>();
    for (const visit of plan.upcoming) {
      upcoming.set(visit.patient, (upcoming.get(visit.patient) ?? 0) + 1);
    }
    expect(Math.max(...upcoming.values())).toBeLessThanOrEqual(2);
  });
});
