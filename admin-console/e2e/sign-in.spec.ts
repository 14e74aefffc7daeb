import { expect, expectAccessible, person, shot, signIn, signOut, test } from './fixtures';

test('a person signs in through the login page, sees only their menus, switches language and signs out', async ({ page }, testInfo) => {
  const window = person('window');
  await signIn(page, window);
  await expect(page.getByRole('heading', { level: 2 })).toContainText('欢迎');
  // A window clerk works matters; the province's and the configuration's menus are not theirs.
  const menu = page.getByRole('navigation');
  await expect(menu.getByText('事项办理')).toBeVisible();
  await expect(menu.getByText('省级运营')).toHaveCount(0);
  await expect(menu.getByText('大厅布局')).toHaveCount(0);
  await shot(page, testInfo, 'home-zh');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(menu.getByText('Matters')).toBeVisible();
  await shot(page, testInfo, 'home-en');
  await page.getByRole('button', { name: '中文' }).click();

  // The token stays in memory: a reload signs in again silently while the login session lasts.
  await page.reload();
  await expect(page.getByTestId('who')).toContainText(window.login);

  await signOut(page);
  // The login session is over: the console asks for the password again.
  await page.goto('/console/');
  await page.waitForURL(/\/login/);
  await shot(page, testInfo, 'signed-out');
});
