import request from 'supertest';
import { loginAdmin, registerPatient, type Session } from '../support/factories';
import { SocketPool, type ClientSocket } from '../support/realtime';
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
});
