import { expect, expectAccessible, fact, person, shot, signIn, test } from './fixtures';

/**
 * The window clerk's day: a walk-in with unpaid wages is registered (the ID number checked as it
 * is typed), the receipt printed for the citizen, and the matter found again in the ledger with
 * what it waits for and by when.
 */
test('the window registers a walk-in, prints its receipt and finds it in the ledger', async ({ page }, testInfo) => {
  test.slow(); // many pages, each checked by axe
  const tenant = fact('tenant');
  await signIn(page, person('window'), '/console/matters/intake');
  await expect(page.getByRole('heading', { name: '登记受理' })).toBeVisible();
  await expect(page.getByTestId('who')).toContainText(tenant);

  await page.getByRole('radio', { name: '来访' }).check();
  await page.getByLabel('事项类别').fill('拖欠工资');
  await page.getByRole('treeitem', { name: '拖欠工资' }).or(page.getByTitle('拖欠工资', { exact: true })).first().click();
  await page
    .getByLabel('事项描述')
    .fill('王某等 5 名务工人员反映在某建筑劳务有限公司承建的小区工地务工，被拖欠工资 18,600.50 元至今未付，请求帮助追讨。');
  await page.getByLabel('涉及金额（元）').fill('18600.50');
  await page.getByLabel('发生地点').fill('鲁北镇幸福小区工地');

  // The applicant's ID number is checked as it is typed: one digit short, then a wrong check digit.
  const idNumber = page.getByLabel('身份证号码').first();
  await page.getByLabel('姓名').first().fill('王某');
  await idNumber.fill('15052619900101123');
  await expect(page.getByText('身份证号码为 18 位，还差 1 位')).toBeVisible();
  await idNumber.fill('150526199001011232');
  await expect(page.getByText('身份证号码校验位不符，请逐位核对')).toBeVisible();
  await page.getByLabel('联系电话').first().fill('1391234');
  await expect(page.getByText('手机号码为 11 位，还差 4 位')).toBeVisible();
  await shot(page, testInfo, 'intake-as-typed');
  await idNumber.fill('150526199001011233');
  await page.getByLabel('联系电话').first().fill('13912345678');
  await expect(page.getByText('身份证号码校验位不符，请逐位核对')).toHaveCount(0);
  await expect(page.getByText(/手机号码为 11 位/)).toHaveCount(0);

  // The company that owes the wages.
  await page.getByRole('button', { name: '添加当事人' }).click();
  const respondent = page.getByRole('group', { name: /当事人 2/ });
  await respondent.getByText('单位', { exact: true }).click();
  await respondent.getByLabel('单位名称').fill('某建筑劳务有限公司');
  await expectAccessible(page);
  await shot(page, testInfo, 'intake-filled');

  await page.getByRole('button', { name: '登记受理' }).click();
  await page.waitForURL(/\/console\/matters\/[0-9a-f-]{36}$/);
  const registered = page.getByText(/已登记受理，案件编号 \d{6}-\d{4}-\d+/);
  await expect(registered).toBeVisible();
  const code = /\d{6}-\d{4}-\d+/.exec((await registered.textContent()) ?? '')![0];
  const matterPath = new URL(page.url()).pathname;
  await shot(page, testInfo, 'matter-page');

  // The receipt for the citizen.
  await page.getByRole('button', { name: '打印受理回执' }).click();
  await page.waitForURL(`**${matterPath}/receipt`);
  await expect(page.getByRole('heading', { name: '受理回执' })).toBeVisible();
  await expect(page.getByTestId('receipt-code')).toHaveText(code);
  await expect(page.getByText('拖欠工资').first()).toBeVisible();
  await expect(page.getByText('1505**********1233')).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: /打印$/ })).toBeVisible();
  await expectAccessible(page);
  await shot(page, testInfo, 'receipt');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await shot(page, testInfo, 'receipt-print');
  await page.emulateMedia({ media: 'screen' });

  // The ledger, filtered to matters just registered, shows it with what it waits for and by when.
  await page.getByRole('navigation').getByRole('link', { name: '事项台账' }).click();
  await expect(page.getByRole('heading', { name: '事项台账' })).toBeVisible();
  await page.getByLabel('状态').click();
  await page.getByTitle('已受理', { exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^查\s*询$/ }).click();
  await expect(page).toHaveURL(/status=REGISTERED/);
  const row = page.getByRole('row', { name: new RegExp(code) });
  await expect(row).toBeVisible();
  await expect(row.getByText('待分流')).toBeVisible();
  await expect(row.getByTestId('due')).toBeVisible();
  await expect(row.getByText('王**').or(row.getByText('王某'))).toBeVisible();
  await expectAccessible(page);
  await shot(page, testInfo, 'ledger');

  // A reload keeps the filter; the case code opens the matter.
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(code) })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('link', { name: code }).click();
  await page.waitForURL(`**${matterPath}`);
  await shot(page, testInfo, 'matter-from-ledger');
});
