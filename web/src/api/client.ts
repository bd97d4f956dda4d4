import { createClinicClient, unwrap } from '@clinic-booking/client';
import { sessionStore } from './session';

/** The service that served this page answers the API too. */
export const SERVICE_ORIGIN = window.location.origin;

/** For the public routes (register, login, refresh): no token. */
const publicClinic = createClinicClient({ baseUrl: SERVICE_ORIGIN });

let refreshing: Promise<boolean> | null = null;

/**
 * Trades the refresh token for new tokens once, however many requests found the access token expired. Refresh
 * tokens work once, so tabs take turns (Web Locks) and a tab first looks whether another one already refreshed.
 * Resolves false (and signs out) when the login is over.
 */
export function refreshSession(expiredToken: string | undefined): Promise<boolean> {
  const run = async (): Promise<boolean> => {
    const stored = sessionStore.reload();
    if (!stored) {
      return false;
    }
    if (expiredToken !== undefined && stored.accessToken !== expiredToken) {
      return true;
    }
    const { data, response } = await publicClinic.POST('/api/v1/auth/refresh', {
      body: { refreshToken: stored.refreshToken },
    });
    if (data) {
      sessionStore.signIn(data);
      return true;
    }
    if (response.status === 401 || response.status === 403) {
      sessionStore.signOut();
    }
    return false;
  };
  const locked = async (): Promise<boolean> =>
    navigator.locks ? await navigator.locks.request('clinic-booking.refresh', run) : run();
  if (!refreshing) {
    refreshing = locked().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

const bearerOf = (request: Request): string | undefined =>
  request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? undefined;

/** `fetch` that, on a 401 for a request that carried a token, refreshes the session once and tries again. */
async function fetchWithRefresh(request: Request): Promise<Response> {
  const retry = request.clone();
  const response = await fetch(request);
  const token = bearerOf(request);
  if (response.status !== 401 || token === undefined || !(await refreshSession(token))) {
    return response;
  }
  const session = sessionStore.get();
  if (session) {
    retry.headers.set('Authorization', `Bearer ${session.accessToken}`);
  }
  return fetch(retry);
}

/** The typed client every screen uses: `clinic.GET('/api/v1/doctors', …)`, answers typed from the OpenAPI document. */
export const clinic = createClinicClient({
  baseUrl: SERVICE_ORIGIN,
  getToken: () => sessionStore.get()?.accessToken,
  fetch: fetchWithRefresh,
});

export { publicClinic, unwrap };
