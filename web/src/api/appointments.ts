import { MAX_PAGE_LIMIT } from '@app/contracts';
import { clinic, unwrap } from './client';
import { allPages } from './pages';
import type { Appointment } from './types';

/** Every appointment the caller may see that starts in [from, to), in start order (all pages; see `allPages`). */
export function appointmentsBetween(from: Date, to: Date): Promise<{ data: Appointment[]; total: number }> {
  return allPages((page) =>
    unwrap(
      clinic.GET('/api/v1/appointments', {
        params: {
          query: { from: from.toISOString(), to: to.toISOString(), sort: 'startsAt', page, limit: MAX_PAGE_LIMIT },
        },
      }),
    ),
  );
}
