import { expect, person, shot, test } from './fixtures';

/**
 * A person who uses no mouse: the login form, the menu, the ledger and a matter's page are all
 * reached and worked with the keyboard alone (Tab, Enter), with the focus always visible.
 */
test('the window clerk signs in and opens the ledger and a matter by keyboard alone', async ({ page }, testInfo) => {
  const window = person('window');
  await page.goto('/console/');
  await page.waitForURL(/\/login/);
  // The login field has the focus when the page opens.
  await expect(page.locator('input[name="username"]')).toBeFocused();
  await page.keyboard.type(window.login);
  await page.keyboard.press('Tab');
  await expect(page.locator('input[name="password"]')).toBeFocused();
  await page.keyboard.type(window.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('who')).toContainText(window.login);

  // Tab through the menu to the ledger's link, and follow it.
  const ledgerLink = page.getByRole('navigation').getByRole('link', { name: '事项台账' });
  for (let presses = 0; presses < 40 && !(await ledgerLink.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(ledgerLink).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/console\/matters\/ledger/);

  // Tab on to the first matter's case code (a link) and open it.
  const caseLink = page.getByRole('main').getByRole('table').getByRole('link').first();
  await expect(caseLink).toBeVisible();
  for (let presses = 0; presses < 80 && !(await caseLink.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(caseLink).toBeFocused();
  await shot(page, testInfo, 'ledger-focused');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/console\/matters\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('matter-status')).toBeVisible();
  await shot(page, testInfo, 'matter-by-keyboard');
});
