import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { clinic, unwrap } from '../api/client';
import type { AvailabilityReason } from '../api/types';
import { formatDateTime, formatTime, viewerZone, zoneLabel } from '../lib/time';
import { ErrorMessage } from './ui';

/** The contract's reason codes in plain words; the rules with a number (notice, horizon, limit) use the API's message. */
const REASON_WORDS: Partial<Record<AvailabilityReason['code'], string>> = {
  IN_PAST: 'That time has already begun.',
  OUTSIDE_WORKING_HOURS: 'The doctor does not work at that time.',
  TIME_OFF: 'The doctor is away then.',
  BOOKED: 'Someone already has an appointment then (or the break the doctor keeps around one).',
  HELD: 'Someone is booking that time right now; it may come free again in a few minutes.',
};

function describeReason(reason: AvailabilityReason): string {
  const words = REASON_WORDS[reason.code];
  if (reason.code === 'TIME_OFF' && reason.from && reason.to) {
    return `The doctor is away from ${formatDateTime(reason.from)} to ${formatDateTime(reason.to)}.`;
  }
  return words ?? `${reason.message.replace(/\.$/, '')}.`;
}

/** "Why can't I book this time?": `GET /doctors/:id/availability/explain` for a time typed in the viewer's zone. */
export function ExplainTime({ doctorId, durationMinutes }: { doctorId: string; durationMinutes: number }) {
  const [when, setWhen] = useState('');
  const explain = useMutation({
    mutationFn: (startsAt: Date) =>
      unwrap(
        clinic.GET('/api/v1/doctors/{id}/availability/explain', {
          params: { path: { id: doctorId }, query: { startsAt: startsAt.toISOString(), durationMinutes } },
        }),
      ),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const startsAt = new Date(when);
    if (!Number.isNaN(startsAt.getTime())) {
      explain.mutate(startsAt);
    }
  };
  const answer = explain.data;
  return (
    <section className="card stack" aria-labelledby="explain-title">
      <h2 id="explain-title">Why is a time not free?</h2>
      <form className="inline-form" onSubmit={submit}>
        <label>
          Time ({zoneLabel(viewerZone)})
          <input type="datetime-local" required step={300} value={when} onChange={(e) => setWhen(e.target.value)} />
        </label>
        <button type="submit" disabled={explain.isPending}>
          {explain.isPending ? 'Checking…' : 'Check this time'}
        </button>
      </form>
      <ErrorMessage error={explain.error} />
      {answer && (
        <div role="status" className={`message ${answer.available ? 'success' : 'warning'}`}>
          {answer.available ? (
            <p>
              {formatDateTime(answer.startsAt)}–{formatTime(answer.endsAt)} is free: you can book it.
            </p>
          ) : (
            <>
              <p>
                {formatDateTime(answer.startsAt)}–{formatTime(answer.endsAt)} cannot be booked:
              </p>
              <ul>
                {answer.reasons.map((reason, index) => (
                  <li key={`${reason.code}-${index}`}>{describeReason(reason)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
