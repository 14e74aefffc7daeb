import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A person the tests sign in as: their login (username@center) and password. */
export interface Person {
  login: string;
  password: string;
}

/**
 * The people of the platform under test, from the JSON file ONEDOOR_E2E_PEOPLE names (written by
 * system-tests' ConsoleBrowserSystemTest, or by hand against a demo): keyed by what they do,
 * e.g. "operator", "admin", "window", "agriculture", "water".
 */
export function people(): Record<string, Person> {
  const file = process.env.ONEDOOR_E2E_PEOPLE;
  if (!file) throw new Error('ONEDOOR_E2E_PEOPLE must name the JSON file of the people to sign in as');
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Person>;
}

export function person(key: string): Person {
  const found = people()[key];
  if (!found) throw new Error(`no "${key}" in ${process.env.ONEDOOR_E2E_PEOPLE}`);
  return found;
}

/** Values the platform under test was set up with (tenant codes, ...), from the same file's "facts". */
export function fact(key: string): string {
  const facts = (people() as unknown as { facts?: Record<string, string> }).facts ?? {};
  const value = facts[key];
  if (!value) throw new Error(`no fact "${key}" in ${process.env.ONEDOOR_E2E_PEOPLE}`);
  return value;
}

/**
 * Signs in through the authorization server's own login page, as a person does: the console
 * sends the browser there, the person types their login and password, and comes back signed in.
 */
export async function signIn(page: Page, who: Person, start = '/console/'): Promise<void> {
  await page.goto(start);
  await page.waitForURL(/\/login/);
  await page.locator('input[name="username"]').fill(who.login);
  await page.locator('input[name="password"]').fill(who.password);
  await page.locator('button[type="submit"], input[type="submit"]').first().click();
  await page.waitForURL((url) => url.pathname.startsWith('/console/') && !url.pathname.startsWith('/console/callback'));
  await expect(page.getByTestId('who')).toContainText(who.login.split('@')[0]!);
}

/** Signs out from the console's header, which ends the login session. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /退出登录|Sign out/ }).click();
  await page.waitForURL(/\/login/);
}

/**
 * Saves a screenshot of the page under target/screenshots/<test title>/, numbered in the order
 * the test takes them, for a reviewer to look at.
 */
export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = path.join('target', 'screenshots', slug(testInfo.titlePath.slice(1).join(' ')));
  mkdirSync(dir, { recursive: true });
  const count = (shots.get(dir) ?? 0) + 1;
  shots.set(dir, count);
  await page.screenshot({ path: path.join(dir, `${String(count).padStart(2, '0')}-${slug(name)}.png`), fullPage: true });
}
const shots = new Map<string, number>();

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\u4e00-\u9fa5]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** axe-core finds no serious or critical violation on the page as it stands. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`),
  ).toEqual([]);
}

export const test = base;
export { expect };
