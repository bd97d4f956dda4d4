import type { TokenResponse } from '@app/contracts';

/** A logged-in user as the scenarios need it. */
export interface Session {
  userId: string;
  accessToken: string;
  headers: { authorization: string };
  patientId: string | null;
  doctorId: string | null;
}

export async function login(baseUrl: string, email: string, password: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) {
    throw new Error(`login of ${email} answered ${res.status}: ${await res.text()}`);
  }
  const body = (await res.json()) as TokenResponse;
  return {
    userId: body.user.id,
    accessToken: body.accessToken,
    headers: { authorization: `Bearer ${body.accessToken}` },
    patientId: body.user.patientId,
    doctorId: body.user.doctorId,
  };
}

/** Logs these users in, a few at a time (set-up, not a measurement), keeping their order. */
export async function loginAll(
  baseUrl: string,
  emails: readonly string[],
  password: string,
  concurrency = 8,
): Promise<Session[]> {
  const sessions: Session[] = new Array<Session>(emails.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, emails.length) }, async () => {
      for (let i = next++; i < emails.length; i = next++) {
        sessions[i] = await login(baseUrl, emails[i], password);
      }
    }),
  );
  return sessions;
}
