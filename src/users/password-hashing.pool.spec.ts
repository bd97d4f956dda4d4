import { readFileSync } from 'node:fs';
import { availableParallelism, getPriority } from 'node:os';
import {
  BCRYPT_WORKER_SOURCE,
  HASHING_NICENESS,
  PasswordHashingError,
  PasswordHashingPool,
} from './password-hashing.pool';

/** The real worker, whose message listener is wrapped to kill the thread on two magic passwords. */
const CRASHING_WORKER_SOURCE = `{
const { parentPort } = require('node:worker_threads');
const on = parentPort.on.bind(parentPort);
parentPort.on = (event, listener) =>
  on(event, (job) => {
    if (job.password === 'exit-now') process.exit(7);
    if (job.password === 'throw-now') throw new Error('boom');
    listener(job);
  });
}
${BCRYPT_WORKER_SOURCE}`;

/** Field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value (fields counted after the `(comm)`). */
function kernelNice(tid: number): number {
  const stat = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[19 - 3]);
}

describe('PasswordHashingPool', () => {
  let pool: PasswordHashingPool;

  afterEach(async () => {
    await pool.close();
  });

  it('sizes itself to the cores by default, and never below one thread', async () => {
    pool = new PasswordHashingPool();
    expect(pool.size).toBe(Math.max(1, availableParallelism()));
    await pool.close();
    pool = new PasswordHashingPool({ size: 0 });
    expect(pool.size).toBe(1);
  });

  it('answers jobs in the order they came when one thread serves them all', async () => {
    pool = new PasswordHashingPool({ size: 1 });
    const hash = await pool.hash('first-password', 4);
    const finished: number[] = [];
    await Promise.all([0, 1, 2, 3, 4].map((n) => pool.compare(`candidate-${n}`, hash).then(() => finished.push(n))));
    expect(finished).toEqual([0, 1, 2, 3, 4]);
    expect(await pool.threads()).toHaveLength(1);
  });

  it('rejects with PasswordHashingError when bcrypt refuses the input, and keeps the thread', async () => {
    pool = new PasswordHashingPool({ size: 1 });
    await pool.hash('warm-up-password', 4);
    const [before] = await pool.threads();
    await expect(pool.hash('some-password', 100)).rejects.toThrow(PasswordHashingError);
    await expect(pool.compare('some-password', 'not a bcrypt hash')).resolves.toBe(false);
    expect(await pool.threads()).toEqual([before]);
  });

  it('survives a thread that dies: its job rejects, the others finish, a new thread takes the next ones', async () => {
    pool = new PasswordHashingPool({ size: 2, workerSource: CRASHING_WORKER_SOURCE });
    const hash = await pool.hash('right-password', 4);
    const exiting = pool.hash('exit-now', 4);
    const others = Promise.all([pool.compare('right-password', hash), pool.compare('wrong-password', hash)]);
    await expect(exiting).rejects.toThrow(new PasswordHashingError('A password hashing thread exited with code 7'));
    await expect(others).resolves.toEqual([true, false]);

    const thrown: unknown = await pool.hash('throw-now', 4).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(PasswordHashingError);
    expect((thrown as PasswordHashingError).cause).toMatchObject({ message: 'boom' });

    const after = await Promise.all(Array.from({ length: 6 }, () => pool.compare('right-password', hash)));
    expect(after).toEqual([true, true, true, true, true, true]);
    expect((await pool.threads()).length).toBeLessThanOrEqual(2);
  });

  it('rejects the job of a thread that cannot even start, instead of leaving it hanging', async () => {
    pool = new PasswordHashingPool({ size: 1, workerSource: 'this is not JavaScript' });
    await expect(pool.hash('some-password', 4)).rejects.toThrow(PasswordHashingError);
    await expect(pool.hash('some-password', 4)).rejects.toThrow(PasswordHashingError);
    expect(await pool.threads()).toEqual([]);
  });

  it('rejects jobs running or queued when closed, and every job after', async () => {
    pool = new PasswordHashingPool({ size: 1 });
    const running = expect(pool.hash('slow-password', 12)).rejects.toThrow(PasswordHashingError);
    const queued = expect(pool.hash('queued-password', 4)).rejects.toThrow(PasswordHashingError);
    await pool.close();
    await running;
    await queued;
    await expect(pool.compare('late-password', 'x')).rejects.toThrow('The password hashing pool is closed');
    expect(await pool.threads()).toEqual([]);
  });

  const onLinux = process.platform === 'linux' ? it : it.skip;
  onLinux('runs its threads at the lowest priority, and leaves the event loop thread alone', async () => {
    const mainNice = getPriority();
    pool = new PasswordHashingPool({ size: 2 });
    const hash = await pool.hash('some-password', 4);
    await Promise.all([pool.compare('some-password', hash), pool.compare('some-password', hash)]);
    const threads = await pool.threads();
    expect(threads).toHaveLength(2);
    for (const thread of threads) {
      expect(thread).toEqual({ tid: expect.any(Number), nice: HASHING_NICENESS, note: null });
      expect(thread.tid).not.toBe(process.pid);
      expect(kernelNice(thread.tid!)).toBe(HASHING_NICENESS);
    }
    expect(kernelNice(process.pid)).toBe(mainNice);
    expect(getPriority()).toBe(mainNice);
  });
});
