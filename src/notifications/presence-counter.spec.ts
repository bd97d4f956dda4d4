import { InProcessPresenceCounter } from './presence-counter';

describe('InProcessPresenceCounter', () => {
  it('counts each open socket of a doctor until the last one closes', async () => {
    const counter = new InProcessPresenceCounter();
    await counter.add('doctor-1', 'tab-1');
    await counter.add('doctor-1', 'tab-2');
    await counter.add('doctor-1', 'tab-2');
    expect(await counter.count('doctor-1')).toBe(2);
    await counter.remove('doctor-1', 'tab-1');
    expect(await counter.count('doctor-1')).toBe(1);
    await counter.remove('doctor-1', 'tab-2');
    expect(await counter.count('doctor-1')).toBe(0);
    expect(await counter.liveDoctorIds()).toEqual([]);
  });

  it('releases every socket of the process at shutdown and names their doctors', async () => {
    const counter = new InProcessPresenceCounter();
    await counter.add('doctor-1', 'a');
    await counter.add('doctor-2', 'b');
    expect((await counter.removeAllLocal()).sort()).toEqual(['doctor-1', 'doctor-2']);
    expect(await counter.count('doctor-1')).toBe(0);
  });
});
