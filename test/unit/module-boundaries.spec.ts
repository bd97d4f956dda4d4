import { RuleTester } from 'eslint';
import path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { moduleBoundaries } = require('../../eslint/module-boundaries.cjs') as { moduleBoundaries: never };

const src = (file: string) => path.join(process.cwd(), 'src', file);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

describe('the module boundaries lint rule', () => {
  tester.run('module-boundaries', moduleBoundaries, {
    valid: [
      // Inside a module, anything.
      { code: "import { x } from './booking.repository';", filename: src('appointments/x.ts') },
      // Another module's public surface, and the kernel.
      { code: "import { x } from '../scheduling/availability-rules';", filename: src('appointments/x.ts') },
      { code: "import { x } from '../../users/dto/user.dto';", filename: src('auth/dto/x.ts') },
      { code: "import { x } from '../outbox/domain-event-publisher';", filename: src('users/x.ts') },
      // The kernel may use the caller's type.
      { code: "import { Actor } from '../../auth/actor';", filename: src('common/throttling/x.ts') },
      // The application's entry points assemble everything; packages are not checked.
      { code: "import { x } from './demo/seed';", filename: src('bootstrap.ts') },
      { code: "import { x } from '@app/contracts';", filename: src('users/x.ts') },
    ],
    invalid: [
      {
        code: "import { x } from '../appointments/booking.repository';",
        filename: src('scheduling/x.ts'),
        errors: [{ message: /private to the 'appointments' module/ }],
      },
      {
        code: "export { x } from '../../doctors/doctors.service';",
        filename: src('notifications/dto/x.ts'),
        errors: [{ message: /private to the 'doctors' module/ }],
      },
      {
        code: "import { x } from '../appointments/appointment.entity';",
        filename: src('database/x.ts'),
        errors: [{ message: /kernel module 'database' may not use the feature module 'appointments'/ }],
      },
      {
        code: "import { x } from '../demo/demo-plan';",
        filename: src('appointments/x.ts'),
        errors: [{ message: /may not use the application root 'demo'/ }],
      },
      {
        code: "import { x } from '../billing/invoice';",
        filename: src('appointments/x.ts'),
        errors: [{ message: /'billing' is not a declared module/ }],
      },
    ],
  });
});
