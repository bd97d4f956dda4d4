import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { clinic, unwrap } from '../api/client';
import type { BookingPolicy, Doctor, WeeklyHours } from '../api/types';
import { Empty, ErrorMessage, Loading, Page } from '../components/ui';
import { formatDateTime, viewerZone, zoneLabel } from '../lib/time';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const HH_MM = '([01][0-9]|2[0-3]):[0-5][0-9]|24:00';

function Saved({ when }: { when: boolean }) {
  return when ? (
    <p className="message success" role="status">
      Saved.
    </p>
  ) : null;
}

/** Time off: the doctor's coming absences, add one (times typed in this device's zone), remove one. */
function TimeOffSection({ doctor }: { doctor: Doctor }) {
  const queryClient = useQueryClient();
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [reason, setReason] = useState('');
  const now = useMemo(() => new Date().toISOString(), []);
  const list = useQuery({
    queryKey: ['time-off', doctor.id],
    queryFn: () =>
      unwrap(
        clinic.GET('/api/v1/doctors/{id}/time-off', {
          params: { path: { id: doctor.id }, query: { from: now, limit: 100 } },
        }),
      ),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['time-off', doctor.id] });
    void queryClient.invalidateQueries({ queryKey: ['slots', doctor.id] });
  };
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        clinic.POST('/api/v1/doctors/{id}/time-off', {
          params: { path: { id: doctor.id } },
          body: {
            startsAt: new Date(startsAt).toISOString(),
            endsAt: new Date(endsAt).toISOString(),
            ...(reason.trim() ? { reason: reason.trim() } : {}),
          },
        }),
      ),
    onSuccess: () => {
      setStartsAt('');
      setEndsAt('');
      setReason('');
    },
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (timeOffId: string) =>
      unwrap(
        clinic.DELETE('/api/v1/doctors/{id}/time-off/{timeOffId}', { params: { path: { id: doctor.id, timeOffId } } }),
      ),
    onSettled: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <section className="card stack" aria-labelledby="time-off-title">
      <h2 id="time-off-title">Time off</h2>
      <ErrorMessage error={list.error ?? remove.error} />
      {list.isPending ? (
        <Loading what="your time off" />
      ) : list.data?.data.length === 0 ? (
        <Empty>No time off planned.</Empty>
      ) : (
        <ul className="rows" aria-label="Planned time off">
          {list.data?.data.map((off) => (
            <li key={off.id} className="row compact">
              <span>
                {formatDateTime(off.startsAt)} – {formatDateTime(off.endsAt)}
                {off.reason && <span className="muted"> · {off.reason}</span>}
              </span>
              <button
                type="button"
                className="danger"
                disabled={remove.isPending}
                aria-label={`Remove time off from ${formatDateTime(off.startsAt)}`}
                onClick={() => remove.mutate(off.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit} aria-labelledby="time-off-add">
        <h3 id="time-off-add">Add time off ({zoneLabel(viewerZone)} time)</h3>
        <div className="inline-form">
          <label>
            From
            <input type="datetime-local" required value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
          </label>
          <label>
            Until
            <input type="datetime-local" required value={endsAt} onChange={(e) => setEndsAt(e.target.value)} />
          </label>
        </div>
        <label>
          Reason (optional)
          <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </label>
        <ErrorMessage error={add.error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add time off'}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Working hours: blocks of weekday + start/end in the doctor's timezone (`PUT /doctors/:id/schedule`). */
function HoursSection({ doctor }: { doctor: Doctor }) {
  const queryClient = useQueryClient();
  const schedule = useQuery({
    queryKey: ['schedule', doctor.id],
    queryFn: () => unwrap(clinic.GET('/api/v1/doctors/{id}/schedule', { params: { path: { id: doctor.id } } })),
  });
  const [hours, setHours] = useState<WeeklyHours[] | null>(null);
  const [timezone, setTimezone] = useState('');
  useEffect(() => {
    if (schedule.data && hours === null) {
      setHours(schedule.data.weeklyHours);
      setTimezone(schedule.data.timezone);
    }
  }, [schedule.data, hours]);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        clinic.PUT('/api/v1/doctors/{id}/schedule', {
          params: { path: { id: doctor.id } },
          body: { timezone: timezone.trim(), weeklyHours: hours ?? [] },
        }),
      ),
    onSuccess: (saved) => {
      setHours(saved.weeklyHours);
      setTimezone(saved.timezone);
      void queryClient.invalidateQueries({ queryKey: ['doctors'] });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['schedule', doctor.id] });
      void queryClient.invalidateQueries({ queryKey: ['slots', doctor.id] });
    },
  });
  const change = (index: number, patch: Partial<WeeklyHours>) =>
    setHours((previous) => (previous ?? []).map((block, at) => (at === index ? { ...block, ...patch } : block)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <section className="card stack" aria-labelledby="hours-title">
      <h2 id="hours-title">Working hours</h2>
      <ErrorMessage error={schedule.error} />
      {hours === null ? (
        <Loading what="your working hours" />
      ) : (
        <form className="form" onSubmit={submit}>
          <label>
            Timezone (IANA name)
            <input required value={timezone} onChange={(e) => setTimezone(e.target.value)} />
          </label>
          {hours.length === 0 && <Empty>No working hours: nobody can book you.</Empty>}
          <ul className="rows" aria-label="Working hours">
            {hours.map((block, index) => (
              <li key={index} className="hours-row">
                <label>
                  Day
                  <select
                    value={block.dayOfWeek}
                    onChange={(e) => change(index, { dayOfWeek: Number(e.target.value) })}
                  >
                    {DAYS.map((day, at) => (
                      <option key={day} value={at + 1}>
                        {day}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  From
                  <input
                    required
                    pattern={HH_MM}
                    inputMode="numeric"
                    value={block.startTime}
                    aria-label={`${DAYS[block.dayOfWeek - 1] ?? 'Day'} from (HH:MM)`}
                    onChange={(e) => change(index, { startTime: e.target.value })}
                  />
                </label>
                <label>
                  Until
                  <input
                    required
                    pattern={HH_MM}
                    inputMode="numeric"
                    value={block.endTime}
                    aria-label={`${DAYS[block.dayOfWeek - 1] ?? 'Day'} until (HH:MM)`}
                    onChange={(e) => change(index, { endTime: e.target.value })}
                  />
                </label>
                <button
                  type="button"
                  aria-label={`Remove ${DAYS[block.dayOfWeek - 1] ?? ''} ${block.startTime}–${block.endTime}`}
                  onClick={() => setHours(hours.filter((_, at) => at !== index))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <p className="hint">Times as HH:MM in the timezone above; 24:00 ends a day.</p>
          <ErrorMessage error={save.error} />
          <Saved when={save.isSuccess} />
          <div className="actions">
            <button
              type="button"
              onClick={() => setHours([...hours, { dayOfWeek: 1, startTime: '09:00', endTime: '17:00' }])}
            >
              Add hours
            </button>
            <button type="submit" className="primary" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save working hours'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

const POLICY_FIELDS: { key: Exclude<keyof BookingPolicy, 'autoConfirm'>; label: string; min: number; max: number }[] = [
  { key: 'bufferBeforeMinutes', label: 'Break before each appointment (minutes)', min: 0, max: 120 },
  { key: 'bufferAfterMinutes', label: 'Break after each appointment (minutes)', min: 0, max: 120 },
  { key: 'minimumNoticeMinutes', label: 'Minimum notice for patients (minutes)', min: 0, max: 20160 },
  { key: 'bookingHorizonDays', label: 'Patients book at most this many days ahead', min: 1, max: 730 },
  { key: 'cancellationWindowHours', label: 'Cancellation window (hours before the start)', min: 0, max: 168 },
];

/** Booking policy (`PUT /doctors/:id/booking-policy`): buffers, notice, horizon, cancellation window, auto-confirm. */
function PolicySection({ doctor }: { doctor: Doctor }) {
  const queryClient = useQueryClient();
  const policy = useQuery({
    queryKey: ['doctors', 'policy', doctor.id],
    queryFn: () => unwrap(clinic.GET('/api/v1/doctors/{id}/booking-policy', { params: { path: { id: doctor.id } } })),
  });
  const [draft, setDraft] = useState<BookingPolicy | null>(null);
  useEffect(() => {
    if (policy.data && draft === null) {
      setDraft(policy.data);
    }
  }, [policy.data, draft]);
  const save = useMutation({
    mutationFn: (body: BookingPolicy) =>
      unwrap(clinic.PUT('/api/v1/doctors/{id}/booking-policy', { params: { path: { id: doctor.id } }, body })),
    onSuccess: (saved) => setDraft(saved),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['doctors', 'policy', doctor.id] });
      void queryClient.invalidateQueries({ queryKey: ['slots', doctor.id] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft) {
      save.mutate(draft);
    }
  };
  return (
    <section className="card stack" aria-labelledby="policy-title">
      <h2 id="policy-title">Booking policy</h2>
      <ErrorMessage error={policy.error} />
      {draft === null ? (
        <Loading what="your booking policy" />
      ) : (
        <form className="form" onSubmit={submit}>
          {POLICY_FIELDS.map((field) => (
            <label key={field.key}>
              {field.label}
              <input
                type="number"
                required
                min={field.min}
                max={field.max}
                step={1}
                value={draft[field.key]}
                onChange={(e) => setDraft({ ...draft, [field.key]: Number(e.target.value) })}
              />
            </label>
          ))}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.autoConfirm}
              onChange={(e) => setDraft({ ...draft, autoConfirm: e.target.checked })}
            />
            Confirm new bookings automatically
          </label>
          <ErrorMessage error={save.error} />
          <Saved when={save.isSuccess} />
          <div className="actions">
            <button type="submit" className="primary" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save booking policy'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** The doctor's own settings: time off, working hours, booking policy. */
export function DoctorSettings() {
  const me = useQuery({ queryKey: ['doctors', 'me'], queryFn: () => unwrap(clinic.GET('/api/v1/doctors/me')) });
  return (
    <Page title="Hours and policy">
      <ErrorMessage error={me.error} />
      {me.isPending ? (
        <Loading what="your profile" />
      ) : me.data ? (
        <div className="settings">
          <TimeOffSection doctor={me.data} />
          <HoursSection doctor={me.data} />
          <PolicySection doctor={me.data} />
        </div>
      ) : null}
    </Page>
  );
}
