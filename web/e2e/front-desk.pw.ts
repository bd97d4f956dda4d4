import { expect, test } from '@playwright/test';
import { captureScreen, live, openBrowser, openDoctor, signIn } from './support/pages';
import {
  ADMIN,
  addTimeOff,
  appointment,
  book,
  bookingPolicy,
  cancel,
  freeSlots,
  hoursAhead,
  localInput,
  registerDoctor,
  registerPatient,
  setBookingPolicy,
  zoneAtMorning,
} from './support/world';

const PATIENT_ZONE = 'America/New_York';

test('a patient reschedules, learns why a time is not free, and books a time offered live from the waitlist', async ({
  browser,
}, testInfo) => {
  const doctor = await registerDoctor('Dr Rhea Move', zoneAtMorning());
  const patientAccount = await registerPatient('Mona Mover');
  const other = await registerPatient('Otto Other');
  const slots = await freeSlots(doctor, patientAccount);
  const [first, , third, , fifth] = slots;
  if (!first || !third || !fifth) {
    throw new Error('the doctor has too few free times');
  }
  const mine = await book(patientAccount, doctor, first.startsAt);
  const others = await book(other, doctor, fifth.startsAt);
  const away = hoursAhead(30);
  await addTimeOff(doctor, away, new Date(away.getTime() + 2 * 3_600_000), 'Conference');

  const patient = await openBrowser(browser, PATIENT_ZONE);
  await signIn(patient, patientAccount);
  await patient.getByRole('link', { name: 'My appointments', exact: true }).click();
  await live(patient);
  const upcoming = patient.getByRole('list', { name: 'Upcoming appointments' });
  const row = upcoming.getByRole('listitem').filter({ hasText: 'Dr Rhea Move' });
  await row.getByRole('button', { name: 'Reschedule…' }).click();
  const picker = patient.getByRole('region', { name: /^Reschedule the appointment of / });
  await expect(picker.getByRole('button', { name: /^Move to / }).first()).toBeVisible();
  await captureScreen(patient, testInfo, 'reschedule');
  const target = picker.getByRole('button', { name: /^Move to / }).nth(1);
  const targetLabel = (await target.getAttribute('aria-label')) ?? '';
  await target.click();
  await expect(patient.getByRole('status').filter({ hasText: 'Moved to' })).toBeVisible();
  const moved = await appointment(patientAccount, mine.id);
  expect(moved.startsAt).not.toBe(mine.startsAt);
  expect(targetLabel).toContain(
    new Intl.DateTimeFormat('en-GB', { timeZone: PATIENT_ZONE, hour: '2-digit', minute: '2-digit' }).format(
      new Date(moved.startsAt),
    ),
  );

  // Why is a time not free: the doctor's time off, in plain words.
  await openDoctor(patient, doctor);
  const explain = patient.getByRole('region', { name: 'Why is a time not free?' });
  await explain.getByLabel(/^Time/).fill(localInput(new Date(away.getTime() + 3_600_000), PATIENT_ZONE));
  await explain.getByRole('button', { name: 'Check this time' }).click();
  await expect(explain.getByRole('status')).toContainText('cannot be booked');
  await expect(explain.getByRole('status')).toContainText('The doctor is away from');

  // Join the waitlist; another patient's cancellation frees a time, which is offered live.
  const waitlist = patient.getByRole('region', { name: 'No time that suits you?' });
  await waitlist.getByRole('button', { name: 'Join the waitlist' }).click();
  await expect(waitlist.getByRole('status')).toContainText('You are on the waitlist');
  await captureScreen(patient, testInfo, 'explain-and-waitlist');
  await patient.getByRole('link', { name: 'My appointments', exact: true }).click();
  const entry = patient.getByRole('list', { name: 'My waitlist' }).getByRole('listitem');
  await expect(entry).toContainText('Waiting');
  await cancel(other, others.id);
  await expect(entry).toContainText('Time offered');
  await expect(entry.getByRole('timer')).toBeVisible();
  await captureScreen(patient, testInfo, 'waitlist-offer');
  await entry.getByRole('button', { name: 'Book the offered time' }).click();
  await expect(upcoming.getByRole('listitem').filter({ hasText: 'Dr Rhea Move' })).toHaveCount(2);
  await expect(patient.getByText('You are not waiting for any doctor.')).toBeVisible();

  // Inside the cancellation window: moving is refused up front, cancelling warns of a late cancellation.
  await setBookingPolicy(doctor, { cancellationWindowHours: 168 });
  await patient.reload();
  const soonest = upcoming.getByRole('listitem').filter({ hasText: 'Dr Rhea Move' }).first();
  await soonest.getByRole('button', { name: 'Reschedule…' }).click();
  await expect(soonest.getByText('can no longer be moved')).toBeVisible();
  await expect(soonest.getByRole('button', { name: /^Move to / })).toHaveCount(0);
  await soonest.getByRole('button', { name: 'Keep the current time' }).click();
  await soonest.getByRole('button', { name: 'Cancel…' }).click();
  await expect(soonest.getByText('it will be recorded as a late cancellation')).toBeVisible();
  await captureScreen(patient, testInfo, 'late-cancellation-warning');
  await soonest.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(upcoming.getByRole('listitem').filter({ hasText: 'Late cancellation' })).toHaveCount(1);
});

test('reception books for a patient and broadcasts; the patient sees both live with the unread badge', async ({
  browser,
}, testInfo) => {
  const zone = zoneAtMorning();
  await registerDoctor('Dr Uma Desk', zone);
  const patientAccount = await registerPatient('Rita Walkin');
  const patient = await openBrowser(browser, PATIENT_ZONE);
  await signIn(patient, patientAccount);
  await patient.getByRole('link', { name: 'My appointments', exact: true }).click();
  await live(patient);
  await expect(patient.getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();

  const reception = await openBrowser(browser, zone);
  await signIn(reception, ADMIN);
  await reception.getByRole('link', { name: 'Book for a patient' }).click();
  await reception.getByLabel('Find the patient (name or email)').fill('Rita Walkin');
  await reception.getByRole('button', { name: 'Choose Rita Walkin' }).click();
  await reception.getByLabel('Find the doctor (name)').fill('Uma Desk');
  await reception.getByRole('button', { name: 'Choose Dr Uma Desk' }).click();
  await reception
    .getByRole('button', { name: /^Choose \w{3} \d{1,2} \w{3}, / })
    // Some hours ahead: a pending appointment whose start comes during the test is cancelled by the service.
    .nth(6)
    .click();
  await captureScreen(reception, testInfo, 'book-for-patient');
  await reception.getByRole('button', { name: 'Book it' }).click();
  await expect(reception.getByRole('status').filter({ hasText: 'Booked:' })).toContainText(
    'Rita Walkin with Dr Uma Desk',
  );

  // The patient's open page: the appointment and the unread badge, without a reload.
  const upcoming = patient.getByRole('list', { name: 'Upcoming appointments' });
  await expect(upcoming.getByRole('listitem').filter({ hasText: 'Dr Uma Desk' })).toBeVisible();
  await expect(patient.getByRole('link', { name: /^Notifications\s*,\s*1 unread$/ })).toBeVisible();

  await reception.getByRole('link', { name: 'Broadcast' }).click();
  await reception.getByLabel('Send to').selectOption('patient');
  await reception.getByLabel('Title').fill('Clinic closed on Friday');
  await reception.getByLabel('Message', { exact: true }).fill('The clinic is closed this Friday for maintenance.');
  await reception.getByRole('button', { name: 'Send the message' }).click();
  await expect(reception.getByRole('status').filter({ hasText: /^Sent to \d+ (people|person)\.$/ })).toBeVisible();
  await captureScreen(reception, testInfo, 'broadcast');

  await expect(patient.getByRole('link', { name: /^Notifications\s*,\s*2 unread$/ })).toBeVisible();
  await patient.getByRole('link', { name: /^Notifications\s*,\s*2 unread$/ }).click();
  const inbox = patient.getByRole('list', { name: 'Notifications' });
  await expect(inbox.getByRole('listitem').filter({ hasText: 'Clinic closed on Friday' })).toBeVisible();
  await captureScreen(patient, testInfo, 'notifications');
  await patient.getByRole('button', { name: 'Mark as read: Clinic closed on Friday' }).click();
  await expect(patient.getByRole('link', { name: /^Notifications\s*,\s*1 unread$/ })).toBeVisible();
  await patient.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(patient.getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();
  await expect(patient.getByText('Everything is read.')).toBeVisible();
});

test('a doctor adds a record next to an appointment, sees the week, adds and removes time off and sets the policy', async ({
  browser,
}, testInfo) => {
  const zone = zoneAtMorning();
  const doctorAccount = await registerDoctor('Dr Ivo Notes', zone);
  const patientAccount = await registerPatient('Hana Records');
  const [slot] = await freeSlots(doctorAccount, patientAccount);
  if (!slot) {
    throw new Error('the doctor has no free time');
  }
  await book(patientAccount, doctorAccount, slot.startsAt);

  // The doctor's browser is on another zone than their working one, so the week shows both.
  const doctor = await openBrowser(browser, PATIENT_ZONE);
  await signIn(doctor, doctorAccount);
  const row = doctor.getByRole('listitem').filter({ hasText: 'Hana Records' });
  await row.getByRole('button', { name: 'Records of Hana Records' }).click();
  const records = doctor.getByRole('region', { name: "Hana Records's medical records" });
  await expect(records.getByText('No records yet.')).toBeVisible();
  await records.getByRole('button', { name: 'Add a record' }).click();
  await records.getByLabel('Diagnosis').fill('Acute bronchitis');
  await records.getByLabel('ICD-10 code (optional)').fill('J20.9');
  await records.getByLabel('Prescriptions (optional, one per line)').fill('Rest\nFluids');
  await records.getByRole('button', { name: 'Save the record' }).click();
  const saved = records.getByRole('list', { name: 'Records of Hana Records' });
  await expect(saved).toContainText('Acute bronchitis');
  await expect(saved).toContainText('J20.9');
  await expect(saved).toContainText('Prescriptions: Rest; Fluids');
  await captureScreen(doctor, testInfo, 'doctor-records');

  await doctor.getByRole('link', { name: 'This week' }).click();
  await expect(doctor.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await expect(doctor.locator('[data-appointment-id]').filter({ hasText: 'Hana Records' })).toContainText(
    "your device's time",
  );
  await captureScreen(doctor, testInfo, 'doctor-this-week');

  await doctor.getByRole('link', { name: 'Hours and policy' }).click();
  const timeOff = doctor.getByRole('region', { name: 'Time off' });
  await expect(timeOff.getByText('No time off planned.')).toBeVisible();
  const from = hoursAhead(48);
  await timeOff.getByLabel('From').fill(localInput(from, PATIENT_ZONE));
  await timeOff.getByLabel('Until').fill(localInput(new Date(from.getTime() + 3 * 3_600_000), PATIENT_ZONE));
  await timeOff.getByLabel('Reason (optional)').fill('Conference');
  await timeOff.getByRole('button', { name: 'Add time off' }).click();
  const planned = timeOff.getByRole('list', { name: 'Planned time off' });
  await expect(planned.getByRole('listitem')).toHaveCount(1);
  await expect(planned).toContainText('Conference');

  const hours = doctor.getByRole('region', { name: 'Working hours' });
  await expect(hours.getByRole('list', { name: 'Working hours' }).getByRole('listitem')).toHaveCount(7);
  await hours.getByRole('button', { name: 'Save working hours' }).click();
  await expect(hours.getByRole('status')).toHaveText('Saved.');

  const policy = doctor.getByRole('region', { name: 'Booking policy' });
  await policy.getByLabel('Cancellation window (hours before the start)').fill('24');
  await policy.getByRole('button', { name: 'Save booking policy' }).click();
  await expect(policy.getByRole('status')).toHaveText('Saved.');
  expect((await bookingPolicy(doctorAccount)).cancellationWindowHours).toBe(24);
  await captureScreen(doctor, testInfo, 'doctor-settings');

  await planned.getByRole('button', { name: /^Remove time off from / }).click();
  await expect(timeOff.getByText('No time off planned.')).toBeVisible();
});
