import { newIdempotencyKey } from '@clinic-booking/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { clinic, unwrap } from '../api/client';
import type { Doctor, WaitlistEntry } from '../api/types';
import { Empty, ErrorMessage, Loading } from '../components/ui';
import { formatDateTime, formatDay, formatTime, minutesSeconds, startOfDay, viewerZone } from '../lib/time';

const ACTIVE = new Set<WaitlistEntry['status']>(['waiting', 'offered']);

/** `YYYY-MM-DD` of a day in the viewer's timezone, for a date input. */
function dateInputValue(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: viewerZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** The instant a `YYYY-MM-DD` day begins in the viewer's timezone. */
function dayStart(value: string): Date {
  return startOfDay(viewerZone, new Date(`${value}T12:00:00`));
}

/** Join a doctor's waitlist for the days chosen (`POST /waitlist`); an offer arrives live as `waitlist.offer`. */
export function JoinWaitlist({ doctor }: { doctor: Doctor }) {
  const queryClient = useQueryClient();
  const [fromDay, setFromDay] = useState(() => dateInputValue(new Date()));
  const [toDay, setToDay] = useState(() => dateInputValue(startOfDay(viewerZone, new Date(), 7)));
  const join = useMutation({
    mutationFn: () => {
      const from = new Date(Math.max(dayStart(fromDay).getTime(), Date.now() + 60_000));
      const to = startOfDay(viewerZone, dayStart(toDay), 1);
      return unwrap(
        clinic.POST('/api/v1/waitlist', {
          body: { doctorId: doctor.id, from: from.toISOString(), to: to.toISOString(), durationMinutes: 30 },
        }),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['waitlist'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    join.mutate();
  };
  return (
    <section className="card stack" aria-labelledby="waitlist-title">
      <h2 id="waitlist-title">No time that suits you?</h2>
      <p className="muted">
        Join {doctor.fullName}&apos;s waitlist: when a time between these days comes free, it is held for you and you
        are told at once.
      </p>
      <form className="inline-form" onSubmit={submit}>
        <label>
          From
          <input type="date" required value={fromDay} onChange={(event) => setFromDay(event.target.value)} />
        </label>
        <label>
          To (inclusive)
          <input type="date" required value={toDay} onChange={(event) => setToDay(event.target.value)} />
        </label>
        <button type="submit" disabled={join.isPending}>
          {join.isPending ? 'Joining…' : 'Join the waitlist'}
        </button>
      </form>
      <ErrorMessage error={join.error} />
      {join.isSuccess && (
        <p className="message success" role="status">
          You are on the waitlist from {formatDay(join.data.from)} to{' '}
          {formatDay(new Date(new Date(join.data.to).getTime() - 1))}. See it under My appointments.
        </p>
      )}
    </section>
  );
}

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) {
      return;
    }
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [active]);
  return now;
}

function WaitlistRow({ entry }: { entry: WaitlistEntry }) {
  const queryClient = useQueryClient();
  const [key] = useState(newIdempotencyKey);
  const doctor = useQuery({
    queryKey: ['doctors', 'one', entry.doctorId],
    queryFn: () => unwrap(clinic.GET('/api/v1/doctors/{id}', { params: { path: { id: entry.doctorId } } })),
    staleTime: 300_000,
  });
  const offer = entry.status === 'offered' ? entry.offer : null;
  const now = useNow(offer !== null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['waitlist'] });
    void queryClient.invalidateQueries({ queryKey: ['appointments'] });
  };
  const leave = useMutation({
    mutationFn: () => unwrap(clinic.DELETE('/api/v1/waitlist/{id}', { params: { path: { id: entry.id } } })),
    onSettled: refresh,
  });
  const book = useMutation({
    mutationFn: () => {
      if (!offer) {
        throw new Error('This offer is no longer open.');
      }
      return unwrap(
        clinic.POST('/api/v1/appointments', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            doctorId: entry.doctorId,
            startsAt: offer.startsAt,
            durationMinutes: entry.durationMinutes,
            holdId: offer.holdId,
          },
        }),
      );
    },
    onSettled: refresh,
  });
  const name = doctor.data?.fullName ?? 'the doctor';
  const secondsLeft = offer ? Math.max(0, (new Date(offer.expiresAt).getTime() - now) / 1000) : 0;
  return (
    <li className="card row" data-waitlist-id={entry.id}>
      <div>
        <strong>{name}</strong>
        <div className="muted">
          Any {entry.durationMinutes}-minute time from {formatDateTime(entry.from)} to {formatDateTime(entry.to)}
        </div>
        {offer && (
          <p className="message success" role="status">
            A time came free for you: <strong>{formatDateTime(offer.startsAt)}</strong>–{formatTime(offer.endsAt)}. It
            is held for you for <span role="timer">{minutesSeconds(secondsLeft)}</span>.
          </p>
        )}
      </div>
      <div className="row-actions">
        <span className="badge">{entry.status === 'offered' ? 'Time offered' : 'Waiting'}</span>
        {offer && (
          <button type="button" className="primary" disabled={book.isPending} onClick={() => book.mutate()}>
            {book.isPending ? 'Booking…' : 'Book the offered time'}
          </button>
        )}
        <button
          type="button"
          disabled={leave.isPending}
          aria-label={`Leave the waitlist for ${name}`}
          onClick={() => leave.mutate()}
        >
          Leave the waitlist
        </button>
        <ErrorMessage error={leave.error ?? book.error} />
      </div>
    </li>
  );
}

/** The patient's open waitlist entries (`GET /waitlist`), with a live offer's countdown and booking. */
export function MyWaitlist() {
  const list = useQuery({
    queryKey: ['waitlist', 'mine'],
    queryFn: () => unwrap(clinic.GET('/api/v1/waitlist', { params: { query: { limit: 50 } } })),
  });
  const entries = (list.data?.data ?? []).filter((entry) => ACTIVE.has(entry.status));
  return (
    <section aria-labelledby="waitlist-list-title" className="stack">
      <h2 id="waitlist-list-title">Waitlist</h2>
      <ErrorMessage error={list.error} />
      {list.isPending ? (
        <Loading what="your waitlist" />
      ) : entries.length === 0 ? (
        <Empty>You are not waiting for any doctor. Join a waitlist from a doctor&apos;s page.</Empty>
      ) : (
        <ul className="rows" aria-label="My waitlist">
          {entries.map((entry) => (
            <WaitlistRow key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}
