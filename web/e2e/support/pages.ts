import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import type { Account } from './world';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 860 };

/** A browser of its own (cookies, storage, timezone) for one person. */
export async function openBrowser(browser: Browser, timezoneId: string): Promise<Page> {
  const context = await browser.newContext({ timezoneId, viewport: DESKTOP });
  return context.newPage();
}

export async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Live updates are on (the socket connected), so what follows can be heard without a reload. */
export async function live(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Live$/ })).toBeVisible();
}

export async function openDoctor(page: Page, doctor: Account): Promise<void> {
  await page.goto(`/doctors/${doctor.doctorId}`);
  await expect(page.getByRole('heading', { level: 1, name: doctor.fullName })).toBeVisible();
  await live(page);
}

/** No serious or critical axe-core violation (WCAG 2.1 A and AA rules) on the page as it is. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  expect(serious, `axe-core on ${screen}`).toEqual([]);
}

/** The screen at phone and desktop width, as test artifacts (web/test-results), and checked by axe-core at both. */
export async function captureScreen(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  for (const [name, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await expectAccessible(page, `${screen} (${name})`);
    const path = testInfo.outputPath(`${screen}-${name}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${screen}-${name}`, { path, contentType: 'image/png' });
  }
  await page.setViewportSize(DESKTOP);
}
