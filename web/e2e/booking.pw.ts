import { expect, test } from '@playwright/test';
import { captureScreen, live, openBrowser, openDoctor, signIn } from './support/pages';
import {
  ADMIN,
  appointmentsOf,
  newEmail,
  PASSWORD,
  registerDoctor,
  registerPatient,
  zoneAtMorning,
} from './support/world';

/** Patients browse from another timezone than the doctor's, so the app must say whose time it shows. */
const PATIENT_ZONE = 'America/New_York';

test('a patient books with a hold; the doctor and reception see it live; the doctor confirms and the patient sees it', async ({
  browser,
}, testInfo) => {
  const zone = zoneAtMorning();
  const doctor = await registerDoctor('Dr Bea Live', zone);

  const doctorPage = await openBrowser(browser, zone);
  await signIn(doctorPage, doctor);
  await expect(doctorPage).toHaveURL(/\/today$/);
  await expect(doctorPage.getByText('No appointments today.')).toBeVisible();
  await live(doctorPage);
  await captureScreen(doctorPage, testInfo, 'doctor-today-empty');

  const reception = await openBrowser(browser, zone);
  await signIn(reception, ADMIN);
  await expect(reception).toHaveURL(/\/board$/);
  await live(reception);

  // Sign up as a new patient, find the doctor by name, hold the first free time.
  const patient = await openBrowser(browser, PATIENT_ZONE);
  await patient.goto('/sign-up');
  await captureScreen(patient, testInfo, 'sign-up');
  await patient.getByLabel('Full name').fill('Paula Browser');
  await patient.getByLabel('Email').fill(newEmail());
  await patient.getByLabel('Password').fill(PASSWORD);
  await patient.getByRole('button', { name: 'Create account' }).click();
  await expect(patient.getByRole('heading', { level: 1, name: 'Find a doctor' })).toBeVisible();
  await patient.getByLabel('Name').fill('Bea Live');
  const directory = patient.getByRole('list', { name: 'Doctors', exact: true });
  await expect(directory.getByRole('listitem')).toHaveCount(1);
  // Dr Bea's page is open, so she is online: "see a doctor now" offers her too.
  await expect(patient.getByRole('list', { name: 'Doctors available now' })).toContainText('Dr Bea Live');
  await captureScreen(patient, testInfo, 'find-doctor');
  await directory.getByRole('link', { name: 'Dr Bea Live' }).click();
  await expect(patient.getByRole('heading', { level: 1, name: 'Dr Bea Live' })).toBeVisible();
  await live(patient);
  await expect(patient.getByText(/works in GMT/)).toBeVisible();
  await captureScreen(patient, testInfo, 'doctor-week');

  await patient
    .getByRole('button', { name: /^Hold / })
    .first()
    .click();
  const holdPanel = patient.getByRole('region', { name: 'Confirm your booking' });
  await expect(holdPanel).toBeVisible();
  await expect(holdPanel.getByRole('timer')).toHaveText(/^[0-4]:\d\d$/);
  await captureScreen(patient, testInfo, 'hold');
  await holdPanel.getByLabel('Reason for the visit (optional)').fill('Persistent cough');
  await holdPanel.getByRole('button', { name: 'Book this time' }).click();
  await expect(patient.getByRole('status').filter({ hasText: 'Booked:' })).toContainText('Pending');

  // The doctor's open page and the reception board show the booking without a reload.
  const doctorRow = doctorPage.getByRole('listitem').filter({ hasText: 'Paula Browser' });
  await expect(doctorRow).toContainText('Pending');
  await expect(doctorRow).toContainText('Persistent cough');
  const receptionColumn = reception.getByRole('region', { name: /Dr Bea Live/ });
  await expect(receptionColumn.getByRole('listitem').filter({ hasText: 'Paula Browser' })).toContainText('Pending');

  await patient.getByRole('link', { name: 'My appointments', exact: true }).click();
  const upcoming = patient.getByRole('list', { name: 'Upcoming appointments' });
  await expect(upcoming.getByRole('listitem').filter({ hasText: 'Dr Bea Live' })).toContainText('Pending');

  // The doctor confirms: the patient's and reception's pages follow.
  await doctorRow.getByRole('button', { name: /^Confirm:/ }).click();
  await expect(doctorRow).toContainText('Confirmed');
  await expect(upcoming.getByRole('listitem').filter({ hasText: 'Dr Bea Live' })).toContainText('Confirmed');
  await expect(receptionColumn.getByRole('listitem').filter({ hasText: 'Paula Browser' })).toContainText('Confirmed');
  await expect(doctorRow.getByRole('button', { name: /^Start:/ })).toBeVisible();

  // The doctor turns busy from the header: reception's board shows it live.
  await doctorPage.getByLabel('Your status').selectOption('busy');
  await expect(reception.getByRole('heading', { name: /Dr Bea Live/ })).toContainText('Busy');

  await captureScreen(doctorPage, testInfo, 'doctor-today');
  await captureScreen(reception, testInfo, 'reception-board');
  await captureScreen(patient, testInfo, 'my-appointments');
  await patient.getByRole('button', { name: 'Sign out' }).click();
  await expect(patient.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await captureScreen(patient, testInfo, 'sign-in');
});

test('a double click on "Book this time" books once', async ({ browser }) => {
  const doctor = await registerDoctor('Dr Double Click', zoneAtMorning());
  const patientAccount = await registerPatient('Dan Double');
  const patient = await openBrowser(browser, PATIENT_ZONE);
  await signIn(patient, patientAccount);
  await openDoctor(patient, doctor);
  await patient
    .getByRole('button', { name: /^Hold / })
    .first()
    .click();
  await patient.getByRole('button', { name: 'Book this time' }).dblclick();
  await expect(patient.getByRole('status').filter({ hasText: 'Booked:' })).toBeVisible();
  await expect(patient.getByRole('alert')).toHaveCount(0);
  expect(await appointmentsOf(patientAccount)).toHaveLength(1);
});

test('two browsers race for one time: the loser reads a clear message and sees the time gone', async ({ browser }) => {
  const doctor = await registerDoctor('Dr Race', zoneAtMorning());
  const first = await openBrowser(browser, PATIENT_ZONE);
  const second = await openBrowser(browser, PATIENT_ZONE);
  // The second browser has no live updates (a flaky network), so it still offers the time the first one takes.
  await second.context().route('**/socket.io/**', (route) => route.abort());
  await signIn(first, await registerPatient('Fay First'));
  await signIn(second, await registerPatient('Sid Second'));
  await openDoctor(first, doctor);
  await second.goto(`/doctors/${doctor.doctorId}`);
  const earliest = second.getByRole('button', { name: /^Hold / }).first();
  const label = await earliest.getAttribute('aria-label');

  await first.getByRole('button', { name: label ?? '' }).click();
  await first.getByRole('button', { name: 'Book this time' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Booked:' })).toBeVisible();

  await second.getByRole('button', { name: label ?? '' }).click();
  await expect(second.getByRole('alert')).toHaveText(
    'That time was just taken by someone else. Please pick another time.',
  );
  await expect(second.getByRole('button', { name: label ?? '' })).toHaveCount(0);
});
