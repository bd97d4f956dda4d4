import { Test } from '@nestjs/testing';
import { APP_CONFIG, loadConfig, type AppConfig } from '../config/app-config';
import { PasswordHashingPool, passwordHashingPoolProvider } from './password-hashing.pool';
import { MAX_PASSWORD_BYTES, PasswordService } from './password.service';

const config: AppConfig = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'pglite://memory', BCRYPT_ROUNDS: '4' });

describe('PasswordService', () => {
  let pool: PasswordHashingPool;
  let passwords: PasswordService;

  beforeAll(() => {
    pool = new PasswordHashingPool({ size: 2 });
    passwords = new PasswordService(config, pool);
  });

  afterAll(async () => {
    await pool.close();
  });

  it('verifies a password against its own hash', async () => {
    const hash = await passwords.hash('correct horse battery');
    expect(hash).toMatch(/^\$2b\$04\$/);
    await expect(passwords.verify('correct horse battery', hash)).resolves.toBe(true);
  });

  it('refuses a wrong password', async () => {
    const hash = await passwords.hash('correct horse battery');
    await expect(passwords.verify('correct horse staple', hash)).resolves.toBe(false);
  });

  it('refuses any password when there is no hash (unknown email), after a compare of the same cost', async () => {
    await expect(passwords.verify('not-a-real-password', null)).resolves.toBe(false);
    await expect(passwords.verify('anything at all', null)).resolves.toBe(false);
  });

  it('refuses a candidate longer than 72 bytes even though bcrypt would match its first 72', async () => {
    const stored = 'é'.repeat(MAX_PASSWORD_BYTES / 2);
    const hash = await passwords.hash(stored);
    await expect(passwords.verify(stored, hash)).resolves.toBe(true);
    await expect(passwords.verify(`${stored}x`, hash)).resolves.toBe(false);
  });

  it('answers many concurrent verifies, each correctly', async () => {
    const hash = await passwords.hash('the-right-one');
    const candidates = Array.from({ length: 20 }, (_, n) => (n % 3 === 0 ? 'the-wrong-one' : 'the-right-one'));
    const answers = await Promise.all(candidates.map((candidate) => passwords.verify(candidate, hash)));
    expect(answers).toEqual(candidates.map((candidate) => candidate === 'the-right-one'));
  });

  it("ends the pool's threads when the Nest application closes", async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [PasswordService, passwordHashingPoolProvider, { provide: APP_CONFIG, useValue: config }],
    }).compile();
    const app = await moduleRef.init();
    const service = app.get(PasswordService);
    const hash = await service.hash('correct horse battery');
    await expect(service.verify('correct horse battery', hash)).resolves.toBe(true);
    const ownPool = app.get(PasswordHashingPool);
    expect((await ownPool.threads()).length).toBeGreaterThan(0);
    await app.close();
    expect(await ownPool.threads()).toEqual([]);
    await expect(service.hash('too late')).rejects.toThrow('The password hashing pool is closed');
  });
});
