import { validateSync } from 'class-validator';
import { IsInstantWithOffset } from './instant';

class Probe {
  @IsInstantWithOffset()
  at!: unknown;
}

function accepts(value: unknown): boolean {
  const probe = new Probe();
  probe.at = value;
  return validateSync(probe).length === 0;
}

describe('IsInstantWithOffset', () => {
  it.each(['2030-01-07T10:00:00Z', '2030-01-07T10:00Z', '2030-01-07T10:00:00.250+02:00', '2030-01-07T10:00:00-05:30'])(
    'accepts %s',
    (value) => {
      expect(accepts(value)).toBe(true);
    },
  );

  it.each(['2030-01-07T10:00:00', '2030-01-07', '2030-02-30T10:00:00Z', '2030-01-07 10:00:00Z', 'tomorrow', 42, null])(
    'refuses %p',
    (value) => {
      expect(accepts(value)).toBe(false);
    },
  );
});
