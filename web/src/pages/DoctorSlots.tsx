import { newIdempotencyKey } from '@clinic-booking/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { clinic, unwrap } from '../api/client';
import { useWatchSlots } from '../api/live';
import type { Appointment, Doctor, FreeSlot, Hold } from '../api/types';
import { ExplainTime } from '../components/ExplainTime';
import { SlotButton } from '../components/SlotButton';
import { Empty, ErrorMessage, Loading, Page, StatusBadge } from '../components/ui';
import { Link } from '../lib/router';
import { JoinWaitlist } from './Waitlist';
import {
  groupByDay,
  formatDateTime,
  formatDay,
  formatTime,
  minutesSeconds,
  startOfDay,
  viewerZone,
  zoneLabel,
} from '../lib/time';

const DURATION_MINUTES = 30;

/** A hold and the one Idempotency-Key of the booking it may become (a retry or a second click reuses it). */
interface HeldSlot {
  hold: Hold;
  idempotencyKey: string;
}

function useSecondsLeft(until: string | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until) {
      return;
    }
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  return until ? Math.max(0, Math.round((new Date(until).getTime() - now) / 1000)) : 0;
}

function HoldPanel({
  doctor,
  held,
  onBooked,
  onReleased,
}: {
  doctor: Doctor;
  held: HeldSlot;
  onBooked: (appointment: Appointment) => void;
  onReleased: (reason: string | null) => void;
}) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const secondsLeft = useSecondsLeft(held.hold.expiresAt);
  const submitting = useRef(false);
  const { hold, idempotencyKey } = held;

  const book = useMutation({
    mutationFn: () =>
      unwrap(
        clinic.POST('/api/v1/appointments', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: {
            doctorId: hold.doctorId,
            startsAt: hold.startsAt,
            durationMinutes: DURATION_MINUTES,
            holdId: hold.id,
            ...(reason.trim() ? { reason: reason.trim() } : {}),
          },
        }),
      ),
    onSuccess: (appointment) => {
      void queryClient.invalidateQueries({ queryKey: ['appointments'] });
      onBooked(appointment);
    },
    onSettled: () => {
      submitting.current = false;
      void queryClient.invalidateQueries({ queryKey: ['slots', hold.doctorId] });
    },
  });
  const release = useMutation({
    mutationFn: () => unwrap(clinic.DELETE('/api/v1/appointments/holds/{id}', { params: { path: { id: hold.id } } })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['slots', hold.doctorId] });
      onReleased(null);
    },
  });

  useEffect(() => {
    if (secondsLeft === 0 && !book.isPending && !book.isSuccess) {
      onReleased('Your hold ran out before the booking was confirmed. Please pick a time again.');
    }
  }, [secondsLeft, book.isPending, book.isSuccess, onReleased]);

  const confirm = () => {
    // One booking per hold, however many clicks: the key makes a repeat harmless, this keeps it from being sent.
    if (submitting.current) {
      return;
    }
    submitting.current = true;
    book.mutate();
  };

  return (
    <section className="card hold" aria-labelledby="hold-title">
      <h2 id="hold-title">Confirm your booking</h2>
      <p>
        <strong>{formatDateTime(hold.startsAt)}</strong> – {formatTime(hold.endsAt)} with {doctor.fullName}
        {doctor.timezone !== viewerZone && (
          <span className="muted">
            {' '}
            ({formatTime(hold.startsAt, doctor.timezone)} {zoneLabel(doctor.timezone)} time, the doctor&apos;s)
          </span>
        )}
      </p>
      <p className="timer">
        This time is held for you for{' '}
        <span role="timer" aria-label={`${minutesSeconds(secondsLeft)} minutes left`}>
          {minutesSeconds(secondsLeft)}
        </span>
        .
      </p>
      <label>
        Reason for the visit (optional)
        <textarea value={reason} maxLength={500} rows={2} onChange={(event) => setReason(event.target.value)} />
      </label>
      <ErrorMessage error={book.error ?? release.error} />
      <div className="actions">
        <button type="button" className="primary" onClick={confirm} disabled={book.isPending}>
          {book.isPending ? 'Booking…' : 'Book this time'}
        </button>
        <button type="button" onClick={() => release.mutate()} disabled={book.isPending || release.isPending}>
          Choose another time
        </button>
      </div>
    </section>
  );
}

function SlotDay({
  day,
  slots,
  doctor,
  disabled,
  onPick,
}: {
  day: string;
  slots: FreeSlot[];
  doctor: Doctor;
  disabled: boolean;
  onPick: (slot: FreeSlot) => void;
}) {
  const otherZone = doctor.timezone !== viewerZone;
  return (
    <li className="day">
      <h3 id={`day-${day}`}>{formatDay(`${day}T12:00:00Z`, 'UTC')}</h3>
      {slots.length === 0 ? (
        <p className="muted">No free time</p>
      ) : (
        <ul className="slots" aria-labelledby={`day-${day}`}>
          {slots.map((slot) => (
            <li key={slot.startsAt}>
              <SlotButton
                slot={slot}
                action="Hold"
                disabled={disabled}
                onPick={onPick}
                doctorZone={otherZone ? doctor.timezone : null}
              />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function DoctorSlots({ doctorId }: { doctorId: string }) {
  const queryClient = useQueryClient();
  const [week, setWeek] = useState(0);
  const [held, setHeld] = useState<HeldSlot | null>(null);
  const [booked, setBooked] = useState<Appointment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useWatchSlots(doctorId);

  const from = useMemo(() => startOfDay(viewerZone, new Date(), week * 7), [week]);
  const to = useMemo(() => startOfDay(viewerZone, from, 7), [from]);

  const doctor = useQuery({
    queryKey: ['doctors', 'one', doctorId],
    queryFn: () => unwrap(clinic.GET('/api/v1/doctors/{id}', { params: { path: { id: doctorId } } })),
  });
  const slots = useQuery({
    queryKey: ['slots', doctorId, from.toISOString()],
    queryFn: () =>
      unwrap(
        clinic.GET('/api/v1/doctors/{id}/slots', {
          params: {
            path: { id: doctorId },
            query: {
              from: (week === 0 ? new Date() : from).toISOString(),
              to: to.toISOString(),
              durationMinutes: DURATION_MINUTES,
            },
          },
        }),
      ),
  });
  const hold = useMutation({
    mutationFn: (slot: FreeSlot) =>
      unwrap(
        clinic.POST('/api/v1/appointments/holds', {
          body: { doctorId, startsAt: slot.startsAt, durationMinutes: DURATION_MINUTES },
        }),
      ),
    onMutate: () => {
      setBooked(null);
      setNotice(null);
    },
    onSuccess: (newHold) => setHeld({ hold: newHold, idempotencyKey: newIdempotencyKey() }),
    onError: () => void queryClient.invalidateQueries({ queryKey: ['slots', doctorId] }),
  });

  const days = useMemo(() => groupByDay(slots.data?.slots ?? [], from), [slots.data, from]);

  if (doctor.isPending) {
    return (
      <Page title="Doctor">
        <Loading what="the doctor" />
      </Page>
    );
  }
  if (!doctor.data) {
    return (
      <Page title="Doctor">
        <ErrorMessage error={doctor.error} />
        <Link to="/doctors">Back to the doctors</Link>
      </Page>
    );
  }
  const current = doctor.data;
  return (
    <Page title={current.fullName}>
      <p>
        {current.specialization} · <Link to="/doctors">all doctors</Link>
      </p>
      <p className="muted">
        Times are shown in your timezone ({zoneLabel(viewerZone)}).
        {current.timezone !== viewerZone && ` ${current.fullName} works in ${zoneLabel(current.timezone)} time.`}
      </p>
      {booked && (
        <div className="message success" role="status">
          Booked: {formatDateTime(booked.startsAt)} with {booked.doctor.fullName} <StatusBadge status={booked.status} />
          . <Link to="/appointments">See my appointments</Link>
        </div>
      )}
      {notice && (
        <p className="message warning" role="status">
          {notice}
        </p>
      )}
      <ErrorMessage error={hold.error} />
      {held && (
        <HoldPanel
          doctor={current}
          held={held}
          onBooked={(appointment) => {
            setHeld(null);
            setBooked(appointment);
          }}
          onReleased={(reason) => {
            setHeld(null);
            setNotice(reason);
          }}
        />
      )}
      <div className="week-nav">
        <button type="button" disabled={week === 0} onClick={() => setWeek(week - 1)}>
          Previous week
        </button>
        <h2 aria-live="polite">
          {formatDay(from)} – {formatDay(new Date(to.getTime() - 1))}
        </h2>
        <button type="button" disabled={week >= 8} onClick={() => setWeek(week + 1)}>
          Next week
        </button>
      </div>
      <ErrorMessage error={slots.error} />
      {slots.isPending ? (
        <Loading what="free times" />
      ) : days.every(([, list]) => list.length === 0) ? (
        <Empty>No free time this week. Try the next week.</Empty>
      ) : null}
      {!slots.isPending && (
        <ul className="week" aria-label="Free times this week" aria-busy={slots.isFetching}>
          {days.map(([day, list]) => (
            <SlotDay
              key={day}
              day={day}
              slots={list}
              doctor={current}
              disabled={hold.isPending || held !== null}
              onPick={(slot) => hold.mutate(slot)}
            />
          ))}
        </ul>
      )}
      <div className="side-by-side">
        <ExplainTime doctorId={doctorId} durationMinutes={DURATION_MINUTES} />
        <JoinWaitlist doctor={current} />
      </div>
    </Page>
  );
}
