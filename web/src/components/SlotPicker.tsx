import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { clinic, unwrap } from '../api/client';
import { useWatchSlots } from '../api/live';
import type { FreeSlot } from '../api/types';
import { formatDay, groupByDay, startOfDay, viewerZone, zoneLabel } from '../lib/time';
import { SlotButton } from './SlotButton';
import { Empty, ErrorMessage, Loading } from './ui';

/**
 * A week of a doctor's free times (for the caller: a patient's rules, or staff's), live through `slots.watch`, as
 * buttons named "<action> <time>". Used to move an appointment and for reception booking for a patient.
 */
export function SlotPicker({
  doctorId,
  doctorZone,
  durationMinutes,
  action,
  disabled,
  onPick,
}: {
  doctorId: string;
  doctorZone?: string;
  durationMinutes: number;
  action: string;
  disabled: boolean;
  onPick: (slot: FreeSlot) => void;
}) {
  const [week, setWeek] = useState(0);
  const headingId = useId();
  useWatchSlots(doctorId);
  const from = useMemo(() => startOfDay(viewerZone, new Date(), week * 7), [week]);
  const to = useMemo(() => startOfDay(viewerZone, from, 7), [from]);
  const slots = useQuery({
    queryKey: ['slots', doctorId, from.toISOString(), durationMinutes],
    queryFn: () =>
      unwrap(
        clinic.GET('/api/v1/doctors/{id}/slots', {
          params: {
            path: { id: doctorId },
            query: { from: (week === 0 ? new Date() : from).toISOString(), to: to.toISOString(), durationMinutes },
          },
        }),
      ),
  });
  const zone = doctorZone ?? slots.data?.timezone;
  const otherZone = zone !== undefined && zone !== viewerZone;
  const days = useMemo(
    () => groupByDay(slots.data?.slots ?? [], from).filter(([, list]) => list.length > 0),
    [slots.data, from],
  );

  return (
    <div className="slot-picker">
      <div className="week-nav">
        <button type="button" disabled={week === 0} onClick={() => setWeek(week - 1)}>
          Previous week
        </button>
        <h3 id={headingId} aria-live="polite">
          {formatDay(from)} – {formatDay(new Date(to.getTime() - 1))}
        </h3>
        <button type="button" disabled={week >= 8} onClick={() => setWeek(week + 1)}>
          Next week
        </button>
      </div>
      <p className="muted">
        Times in your timezone ({zoneLabel(viewerZone)})
        {otherZone && zone ? `; the doctor works in ${zoneLabel(zone)} time` : ''}.
      </p>
      <ErrorMessage error={slots.error} />
      {slots.isPending ? (
        <Loading what="free times" />
      ) : days.length === 0 ? (
        <Empty>No free time this week. Try the next week.</Empty>
      ) : (
        <ul className="picker-days" aria-labelledby={headingId} aria-busy={slots.isFetching}>
          {days.map(([day, list]) => (
            <li key={day}>
              <h4>{formatDay(`${day}T12:00:00Z`, 'UTC')}</h4>
              <ul className="slots inline">
                {list.map((slot) => (
                  <li key={slot.startsAt}>
                    <SlotButton
                      slot={slot}
                      action={action}
                      disabled={disabled}
                      onPick={onPick}
                      doctorZone={otherZone && zone ? zone : null}
                    />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
