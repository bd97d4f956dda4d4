import type { AppointmentStatus, MedicalRecordStatus, WeeklyHours } from '@app/contracts';
import { DateTime } from 'luxon';
import { findFreeSlots, type TimeInterval } from '../scheduling/free-slots';
import { minutesOf, wallClockOn, type WeeklyBlock } from '../scheduling/working-hours';
import type { DemoDoctor, DemoTimeOff } from './demo-cast';
import {
  DOCTOR_CANCELLATION_REASONS,
  PATIENT_CANCELLATION_REASONS,
  PRESENTATIONS,
  type DemoSpecialization,
  type Presentation,
} from './demo-presentations';
import { DemoRandom } from './demo-random';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Upcoming appointments start at least this long after "now", so none has started by the time it is booked. */
export const BOOKING_MARGIN_MS = 30 * MINUTE_MS;
/** The story covers the week before and the week after "now". */
export const STORY_SPAN_MS = 7 * DAY_MS;

export interface PlanDoctor {
  specialization: DemoSpecialization;
  timezone: string;
  blocks: WeeklyBlock[];
  timeOff: TimeInterval[];
  sees: DemoDoctor['sees'];
  weeklyAppointments: number;
}

export interface PlanPatient {
  isChild: boolean;
}

export type BookedBy = 'patient' | 'doctor' | 'admin';

/** One appointment of the story, by index into the plan's doctors and patients. */
export interface PlannedVisit {
  doctor: number;
  patient: number;
  startsAt: Date;
  durationMinutes: number;
  presentation: Presentation;
  reason: string;
  bookedBy: BookedBy;
  /** Where the story leaves it. */
  status: AppointmentStatus;
  cancellation: { by: 'patient' | 'doctor'; reason: string } | null;
  /** History only (the booking service stamps upcoming ones): when it was booked and when its status last moved. */
  bookedAt: Date;
  changedAt: Date;
  /** The doctor's notes on the appointment (upcoming: added through the editing service after booking). */
  visitNote: string | null;
  /** A completed visit the doctor wrote a medical record for. */
  record: MedicalRecordStatus | null;
  /** Upcoming only: the patient moves it to this start (same length) after booking. */
  movedTo: Date | null;
}

/** A visit the story must contain (the demo logins' own appointments), planned before the others. */
export interface FeaturedVisit {
  doctor: number;
  patient: number;
  when: 'history' | 'upcoming';
  status: AppointmentStatus;
  /** Index into the doctor's specialization's presentations. */
  presentation: number;
  bookedBy: BookedBy;
  /** Instead of the presentation's reason. */
  reason?: string;
  record?: MedicalRecordStatus;
  /** Upcoming: a note the doctor adds after booking. */
  visitNote?: string;
}

export interface PlanInput {
  now: Date;
  doctors: PlanDoctor[];
  patients: PlanPatient[];
  /** `MAX_ACTIVE_BOOKINGS_PER_PATIENT`: the booking service refuses more upcoming pending/confirmed ones. */
  maxActivePerPatient: number;
  featured: FeaturedVisit[];
}

export interface DemoPlan {
  /**
   * Visits that started before "now", in start order: the booking service refuses a start in the past, so the demo
   * repository writes them. `in_progress` ones are written `confirmed` and started through the status service.
   */
  history: PlannedVisit[];
  /** Visits starting after "now", in start order: booked, confirmed, cancelled and moved through the services. */
  upcoming: PlannedVisit[];
}

/** The doctor's weekly hours as the blocks the working-hours rules read. */
export function blocksOf(hours: readonly WeeklyHours[]): WeeklyBlock[] {
  return hours.map((h) => ({
    dayOfWeek: h.dayOfWeek,
    startMinute: minutesOf(h.startTime),
    endMinute: minutesOf(h.endTime),
  }));
}

/** A time off's instants: its local day counted from the local "today" of `now` in the doctor's zone. */
export function timeOffAt(timeOff: DemoTimeOff, timezone: string, now: Date): TimeInterval {
  const day = DateTime.fromJSDate(now, { zone: timezone }).startOf('day').plus({ days: timeOff.dayOffset });
  const startsAt = timeOff.from ? wallClockOn(day, minutesOf(timeOff.from)) : day;
  const endsAt = timeOff.to
    ? wallClockOn(day, minutesOf(timeOff.to))
    : day.plus({ days: timeOff.days ?? 1 }).startOf('day');
  return { startsAt: startsAt.toJSDate(), endsAt: endsAt.toJSDate() };
}

const overlaps = (a: TimeInterval, b: TimeInterval) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

function endOf(startsAt: Date, durationMinutes: number): Date {
  return new Date(startsAt.getTime() + durationMinutes * MINUTE_MS);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Plans the two weeks around `now`: pure and deterministic (one seeded stream per part), so the same `now` gives the
 * same story. Every visit lies on its doctor's slot grid inside working hours and outside time off (the same
 * `findFreeSlots` the slots route uses), and no two visits of one doctor or one patient overlap, cancelled ones
 * included, so the exclusion constraints and the booking rules accept all of it.
 */
export function planDemoStory(input: PlanInput): DemoPlan {
  return new StoryPlanner(input).plan();
}

class StoryPlanner {
  private readonly random = DemoRandom.for('story');
  private readonly visits: PlannedVisit[] = [];
  /** The featured visits keep what they were given: no fallback or move touches them. */
  private readonly featured = new Set<PlannedVisit>();
  private readonly byDoctor: TimeInterval[][];
  private readonly byPatient: TimeInterval[][];
  private readonly load: number[];
  private readonly upcomingLoad: number[];
  private readonly upcomingCap: number;
  private readonly past: TimeInterval;
  private readonly future: TimeInterval;

  constructor(private readonly input: PlanInput) {
    const now = input.now.getTime();
    this.byDoctor = input.doctors.map(() => []);
    this.byPatient = input.patients.map(() => []);
    this.load = input.patients.map(() => 0);
    this.upcomingLoad = input.patients.map(() => 0);
    // A few upcoming visits each at most, and never more than the booking limit lets a patient hold.
    this.upcomingCap = Math.min(input.maxActivePerPatient, 3);
    this.past = { startsAt: new Date(now - STORY_SPAN_MS), endsAt: input.now };
    this.future = { startsAt: new Date(now + BOOKING_MARGIN_MS), endsAt: new Date(now + STORY_SPAN_MS) };
  }

  plan(): DemoPlan {
    for (const featured of this.input.featured) {
      this.placeFeatured(featured);
    }
    this.placeVisitsInProgress();
    this.fillWindow('history');
    this.fillWindow('upcoming');
    if (!this.visits.some((v) => v.status === 'in_progress')) {
      this.leaveLatestVisitOpen();
    }
    this.planMoves();
    const now = this.input.now;
    const byStart = (a: PlannedVisit, b: PlannedVisit) =>
      a.startsAt.getTime() - b.startsAt.getTime() || a.doctor - b.doctor;
    return {
      history: this.visits.filter((v) => v.startsAt < now).sort(byStart),
      upcoming: this.visits.filter((v) => v.startsAt >= now).sort(byStart),
    };
  }

  /** Free starts of `durationMinutes` on the doctor's grid, starting in `window`, in random order. */
  private freeStarts(doctor: number, durationMinutes: number, window: TimeInterval): Date[] {
    const d = this.input.doctors[doctor];
    const slots = findFreeSlots({
      blocks: d.blocks,
      timezone: d.timezone,
      from: window.startsAt,
      to: window.endsAt,
      durationMinutes,
      busy: [...d.timeOff, ...this.byDoctor[doctor]],
      now: window.startsAt,
    });
    return this.random.shuffle(slots.map((slot) => slot.startsAt));
  }

  private patientIsFree(patient: number, interval: TimeInterval): boolean {
    return !this.byPatient[patient].some((taken) => overlaps(taken, interval));
  }

  /** One of the presentations that fit the patient's age, the ones this doctor has seen least first. */
  private presentationFor(doctor: number, patient: number): Presentation {
    const age = this.input.patients[patient].isChild ? 'child' : 'adult';
    const fitting = PRESENTATIONS[this.input.doctors[doctor].specialization].filter(
      (p) => p.ages === 'any' || p.ages === age,
    );
    const seen = (p: Presentation) => this.visits.filter((v) => v.doctor === doctor && v.presentation === p).length;
    const fewest = Math.min(...fitting.map(seen));
    return this.random.pick(fitting.filter((p) => seen(p) === fewest));
  }

  private sees(doctor: number, patient: number): boolean {
    const child = this.input.patients[patient].isChild;
    switch (this.input.doctors[doctor].sees) {
      case 'children':
        return child;
      case 'adults':
        return !child;
      case 'everyone':
        return true;
    }
  }

  /** Patients the doctor may see, least busy first (ties in random order). */
  private candidatePatients(doctor: number, when: 'history' | 'upcoming'): number[] {
    const eligible = this.input.patients
      .map((_, patient) => patient)
      .filter((patient) => this.sees(doctor, patient))
      .filter((patient) => when === 'history' || this.upcomingLoad[patient] < this.upcomingCap);
    return this.random.shuffle(eligible).sort((a, b) => this.load[a] - this.load[b]);
  }

  /** Patients the doctor saw last week who could come back (and are not coming back already). */
  private returningPatients(doctor: number): number[] {
    const now = this.input.now;
    const comingBack = new Set(
      this.visits.filter((v) => v.doctor === doctor && v.startsAt >= now).map((v) => v.patient),
    );
    const seen = this.visits
      .filter((v) => v.doctor === doctor && v.startsAt < now && v.status === 'completed')
      .map((v) => v.patient)
      .filter((patient) => !comingBack.has(patient) && this.upcomingLoad[patient] < this.upcomingCap);
    return this.random.shuffle([...new Set(seen)]);
  }

  private reserve(visit: PlannedVisit): void {
    const interval = { startsAt: visit.startsAt, endsAt: endOf(visit.startsAt, visit.durationMinutes) };
    this.byDoctor[visit.doctor].push(interval);
    this.byPatient[visit.patient].push(interval);
    this.load[visit.patient] += 1;
    if (visit.startsAt >= this.input.now) {
      this.upcomingLoad[visit.patient] += 1;
    }
    this.visits.push(visit);
  }

  /** The first free start in `window` for this pair and presentation, or null. */
  private findStart(doctor: number, patient: number, durationMinutes: number, window: TimeInterval): Date | null {
    for (const startsAt of this.freeStarts(doctor, durationMinutes, window)) {
      const endsAt = endOf(startsAt, durationMinutes);
      if (window === this.past && endsAt > this.input.now) {
        continue; // a visit of last week is over by now (visits going on now are placed on purpose)
      }
      if (this.patientIsFree(patient, { startsAt, endsAt })) {
        return startsAt;
      }
    }
    return null;
  }

  private placeFeatured(featured: FeaturedVisit): void {
    const presentation = PRESENTATIONS[this.input.doctors[featured.doctor].specialization][featured.presentation];
    const window = featured.when === 'history' ? this.past : this.future;
    const startsAt = this.findStart(featured.doctor, featured.patient, presentation.durationMinutes, window);
    if (!startsAt) {
      return;
    }
    const visit = this.visit(featured.doctor, featured.patient, startsAt, presentation, featured.bookedBy);
    visit.reason = featured.reason ?? presentation.reason;
    visit.status = featured.status;
    visit.record = featured.record ?? null;
    visit.visitNote = featured.visitNote ?? (featured.status === 'completed' ? presentation.visitNote : null);
    if (featured.when === 'history') {
      this.stampHistory(visit);
    }
    this.reserve(visit);
    this.featured.add(visit);
  }

  /** Up to two doctors whose hours cover "now" have a visit going on. */
  private placeVisitsInProgress(): void {
    const now = this.input.now;
    let placed = 0;
    for (const doctor of this.random.shuffle(this.input.doctors.map((_, i) => i))) {
      if (placed === 2) {
        return;
      }
      for (const patient of this.candidatePatients(doctor, 'history').slice(0, 5)) {
        const presentation = this.presentationFor(doctor, patient);
        // Slots that started before now and end after it.
        const around = {
          startsAt: new Date(now.getTime() - presentation.durationMinutes * MINUTE_MS + 1),
          endsAt: now,
        };
        const startsAt = this.freeStarts(doctor, presentation.durationMinutes, around).find((start) =>
          this.patientIsFree(patient, { startsAt: start, endsAt: endOf(start, presentation.durationMinutes) }),
        );
        if (startsAt) {
          const visit = this.visit(doctor, patient, startsAt, presentation, 'patient');
          visit.status = 'in_progress';
          this.stampHistory(visit);
          this.reserve(visit);
          placed += 1;
          break;
        }
      }
    }
  }

  /** Round-robin over the doctors, so no doctor takes all the least busy patients. */
  private fillWindow(when: 'history' | 'upcoming'): void {
    const planned = (doctor: number) =>
      this.visits.filter((v) => v.doctor === doctor && (when === 'history') === v.startsAt < this.input.now).length;
    const rounds = Math.max(...this.input.doctors.map((d) => d.weeklyAppointments));
    for (let round = 0; round < rounds; round += 1) {
      this.input.doctors.forEach((d, doctor) => {
        if (planned(doctor) < d.weeklyAppointments) {
          this.placeOne(doctor, when);
        }
      });
    }
  }

  private placeOne(doctor: number, when: 'history' | 'upcoming'): void {
    const window = when === 'history' ? this.past : this.future;
    // About a third of next week's visits are follow-ups the doctor books for someone seen last week.
    if (when === 'upcoming' && this.random.chance(0.35)) {
      for (const patient of this.returningPatients(doctor).slice(0, 3)) {
        const last = this.visits.find((v) => v.doctor === doctor && v.patient === patient && v.status === 'completed');
        if (!last) {
          continue;
        }
        const startsAt = this.findStart(doctor, patient, last.presentation.durationMinutes, window);
        if (startsAt) {
          const visit = this.visit(doctor, patient, startsAt, last.presentation, 'doctor');
          visit.reason = `Follow-up: ${lowerFirst(last.presentation.reason)}`;
          this.settleUpcoming(visit);
          this.reserve(visit);
          return;
        }
      }
    }
    for (const patient of this.candidatePatients(doctor, when).slice(0, 6)) {
      const presentation = this.presentationFor(doctor, patient);
      const startsAt = this.findStart(doctor, patient, presentation.durationMinutes, window);
      if (!startsAt) {
        continue;
      }
      const visit = this.visit(doctor, patient, startsAt, presentation, this.random.chance(0.15) ? 'admin' : 'patient');
      if (when === 'history') {
        this.settleHistory(visit);
      } else {
        this.settleUpcoming(visit);
      }
      this.reserve(visit);
      return;
    }
  }

  private visit(
    doctor: number,
    patient: number,
    startsAt: Date,
    presentation: Presentation,
    bookedBy: BookedBy,
  ): PlannedVisit {
    return {
      doctor,
      patient,
      startsAt,
      durationMinutes: presentation.durationMinutes,
      presentation,
      reason: presentation.reason,
      bookedBy,
      status: 'pending',
      cancellation: null,
      bookedAt: startsAt,
      changedAt: startsAt,
      visitNote: null,
      record: null,
      movedTo: null,
    };
  }

  /** Last week: mostly seen, some no-shows, some cancelled beforehand; most seen visits got a record. */
  private settleHistory(visit: PlannedVisit): void {
    const roll = this.random.next();
    if (roll < 0.74) {
      visit.status = 'completed';
      visit.visitNote = visit.presentation.visitNote;
      if (this.random.chance(0.8)) {
        visit.record = visit.presentation.chronic || this.random.chance(0.3) ? 'active' : 'resolved';
      }
    } else if (roll < 0.84) {
      visit.status = 'no_show';
    } else {
      visit.status = 'cancelled';
      visit.cancellation = this.cancellation();
    }
    this.stampHistory(visit);
  }

  /** Booked a few days before; the status moved when it would have in a real week. */
  private stampHistory(visit: PlannedVisit): void {
    const start = visit.startsAt.getTime();
    const end = endOf(visit.startsAt, visit.durationMinutes).getTime();
    const now = this.input.now.getTime();
    visit.bookedAt = new Date(start - this.random.int(1, 12) * DAY_MS - this.random.int(0, 10) * HOUR_MS);
    const booked = visit.bookedAt.getTime();
    switch (visit.status) {
      case 'completed':
        visit.changedAt = new Date(Math.min(end + this.random.int(2, 25) * MINUTE_MS, now));
        break;
      case 'no_show':
        visit.changedAt = new Date(Math.min(start + 15 * MINUTE_MS, now));
        break;
      case 'cancelled':
        visit.changedAt = new Date(booked + Math.floor((start - booked) * (0.3 + 0.6 * this.random.next())));
        break;
      case 'pending':
      case 'confirmed':
      case 'in_progress':
        // Written as confirmed (the day after booking, at the latest before its start) and started by the service.
        visit.changedAt = new Date(Math.min(booked + DAY_MS, start - HOUR_MS));
        break;
    }
  }

  /** Next week: most of the next two days confirmed, later ones half pending; about one in eight cancelled. */
  private settleUpcoming(visit: PlannedVisit): void {
    if (this.random.chance(0.12)) {
      visit.status = 'cancelled';
      visit.cancellation = this.cancellation();
      return;
    }
    const soon = visit.startsAt.getTime() - this.input.now.getTime() < 2 * DAY_MS;
    visit.status = this.random.chance(soon ? 0.75 : 0.45) ? 'confirmed' : 'pending';
  }

  private cancellation(): PlannedVisit['cancellation'] {
    return this.random.chance(0.75)
      ? { by: 'patient', reason: this.random.pick(PATIENT_CANCELLATION_REASONS) }
      : { by: 'doctor', reason: this.random.pick(DOCTOR_CANCELLATION_REASONS) };
  }

  /** No doctor works right now (a night or a Sunday): the latest visit seen is still open, not yet completed. */
  private leaveLatestVisitOpen(): void {
    const open = this.visits
      .filter((v) => !this.featured.has(v) && v.startsAt < this.input.now && v.status === 'completed')
      .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())[0];
    if (open) {
      open.status = 'in_progress';
      open.record = null;
      open.visitNote = null;
      this.stampHistory(open);
    }
  }

  /** Two patients move an upcoming visit to another free time of the same doctor. */
  private planMoves(): void {
    let moved = 0;
    for (const visit of this.visits) {
      if (moved === 2) {
        return;
      }
      const movable = visit.startsAt >= this.input.now && visit.bookedBy === 'patient' && visit.status !== 'cancelled';
      if (!movable || this.featured.has(visit)) {
        continue;
      }
      const movedTo = this.findStart(visit.doctor, visit.patient, visit.durationMinutes, this.future);
      if (movedTo) {
        visit.movedTo = movedTo;
        const interval = { startsAt: movedTo, endsAt: endOf(movedTo, visit.durationMinutes) };
        this.byDoctor[visit.doctor].push(interval);
        this.byPatient[visit.patient].push(interval);
        moved += 1;
      }
    }
  }
}
