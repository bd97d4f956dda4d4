import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { ACCESS_AUDIENCE } from '../../src/auth/actor';
import { ActorCache } from '../../src/auth/actor-cache';
import { ActorService } from '../../src/auth/actor.service';
import { AccessTokenAuthenticator } from '../../src/auth/jwt.strategy';
import { loginAdmin, registerPatient, type Session } from '../support/factories';
import { connected, SocketPool, type ClientSocket } from '../support/realtime';
import { startTestApp, type TestApp } from '../support/test-app';

function disconnected(socket: ClientSocket): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}

/** Losing access is immediate on every channel: REST refuses the tokens and open sockets are closed. */
describe('Access revocation (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  const sockets = new SocketPool();

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
  });
  afterEach(() => sockets.closeAll());
  afterAll(async () => {
    await t.close();
  });

  it('closes every open socket of a user an admin deactivates, and refuses a new one', async () => {
    const patient = await registerPatient(t);
    const first = await sockets.connect(t.url, patient);
    const second = await sockets.connect(t.url, patient);
    const bystander = await sockets.connect(t.url, await registerPatient(t));
    const closed = Promise.all([disconnected(first.socket), disconnected(second.socket)]);

    await request(t.url).delete(`/api/v1/users/${patient.user.id}`).set(admin.auth).expect(204);

    expect(await closed).toEqual(['io server disconnect', 'io server disconnect']);
    expect(bystander.socket.connected).toBe(true);
    const retry = sockets.open(t.url, { token: patient.accessToken });
    const error = await new Promise<Error>((resolve) => retry.socket.once('connect_error', resolve));
    expect(error.message).toBe('Unauthorized');
  });

  it('closes a socket whose handshake read the user just before an admin deactivated them', async () => {
    const patient = await registerPatient(t);
    const authenticator = t.app.get(AccessTokenAuthenticator);
    const original = authenticator.authenticateSocket.bind(authenticator);
    // The deactivation commits (and closes the user's sockets) after the handshake read the user as active, but
    // before the new socket is in the user's rooms: that close cannot reach it.
    jest.spyOn(authenticator, 'authenticateSocket').mockImplementationOnce(async (token) => {
      const read = await original(token);
      await request(t.url).delete(`/api/v1/users/${patient.user.id}`).set(admin.auth).expect(204);
      return read;
    });
    const opened = sockets.open(t.url, { token: patient.accessToken });
    const closed = disconnected(opened.socket);
    await connected(opened.socket);
    expect(await closed).toBe('io server disconnect');
  });

  it('closes the open sockets of a user who changes their password', async () => {
    const patient = await registerPatient(t, { password: 'old-password' });
    const open = await sockets.connect(t.url, patient);
    const closed = disconnected(open.socket);
    await request(t.url)
      .post('/api/v1/users/me/password')
      .set(patient.auth)
      .send({ currentPassword: 'old-password', newPassword: 'new-password' })
      .expect(204);
    expect(await closed).toBe('io server disconnect');
  });

  it('closes a socket when the access token it connected with expires', async () => {
    const patient = await registerPatient(t);
    const shortLived = t.app
      .get(JwtService)
      .sign(
        { sub: patient.user.id, role: 'patient', typ: 'access', ver: 0 },
        { algorithm: 'HS256', expiresIn: 2, issuer: t.config.jwt.issuer, audience: ACCESS_AUDIENCE },
      );
    const opened = Date.now();
    const { socket } = await sockets.connect(t.url, { ...patient, accessToken: shortLived });
    expect(await disconnected(socket)).toBe('io server disconnect');
    expect(Date.now() - opened).toBeLessThan(5_000);
  });

  describe('the remembered caller (ActorCache)', () => {
    const me = (session: { auth: Record<string, string> }) => request(t.url).get('/api/v1/auth/me').set(session.auth);

    it('refuses a remembered caller at once after deactivation and after a password change', async () => {
      const deactivated = await registerPatient(t);
      await me(deactivated).expect(200); // now remembered
      await request(t.url).delete(`/api/v1/users/${deactivated.user.id}`).set(admin.auth).expect(204);
      await me(deactivated).expect(401);

      const changer = await registerPatient(t, { password: 'old-password' });
      await me(changer).expect(200);
      await request(t.url)
        .post('/api/v1/users/me/password')
        .set(changer.auth)
        .send({ currentPassword: 'old-password', newPassword: 'new-password' })
        .expect(204);
      await me(changer).expect(401);
    });

    it('never opens a socket on the word of a remembered row: a handshake reads the caller afresh', async () => {
      const patient = await registerPatient(t);
      await me(patient).expect(200); // remembered
      // Deactivated where this instance did not hear of it (as on another instance, before its message arrives).
      await t.dataSource.query('UPDATE users SET is_active = false WHERE id = $1', [patient.user.id]);
      await me(patient).expect(200); // REST may trust the remembered row for up to ACTOR_CACHE_TTL_MS …
      const attempt = sockets.open(t.url, { token: patient.accessToken });
      const error = await new Promise<Error>((resolve) => attempt.socket.once('connect_error', resolve));
      expect(error.message).toBe('Unauthorized'); // … but a socket, which lasts, is never opened on it.
    });

    it('never refuses on the word of a remembered row: a token newer than it is checked against the database', async () => {
      const patient = await registerPatient(t);
      await me(patient).expect(200); // remembered with token_version 0
      // A change that did not go through this instance (no event here): the row in the database moves on.
      await t.dataSource.query('UPDATE users SET token_version = token_version + 1 WHERE id = $1', [patient.user.id]);
      const cache = t.app.get(ActorCache);
      expect(cache.get(patient.user.id)?.token_version).toBe(0);
      const actors = t.app.get(ActorService);
      // The new token is accepted (the database says version 1), and the remembered row is replaced.
      await expect(actors.actorFor({ sub: patient.user.id, role: 'patient', typ: 'access', ver: 1 })).resolves.toEqual(
        expect.objectContaining({ userId: patient.user.id, patientId: patient.user.patientId }),
      );
      expect(cache.get(patient.user.id)?.token_version).toBe(1);
      // A version the database never had is refused.
      await expect(actors.actorFor({ sub: patient.user.id, role: 'patient', typ: 'access', ver: 7 })).rejects.toThrow(
        'Missing or invalid access token',
      );
    });
  });
});
