import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, person, shot, signIn, signOut, test } from './fixtures';

/**
 * The Altay case (domain brief, case 1), worked entirely in the browser at the test center: Zhang
 * reports that a contractor on a water project owes him 41,600 yuan of machinery rent. The window
 * registers and dispatches it to the agriculture bureau; its mediator signs it from the
 * department's inbox and whistles in the water bureau, whose engineer reports at the center and
 * uploads a site photo; the mediator records the handling with the photo, completes the bureau's
 * part and records the payment agreement; the window closes the matter and makes the follow-up
 * visit, and the timeline shows every step.
 */

// A 1x1 PNG: the engineer's site photo.
const PHOTO = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489' +
    '0000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082',
  'hex',
);

/**
 * Picks an option of an Ant Design select. A searching select is given part of the label and,
 * once the list shows only matching options, takes the first with Enter (a click could land on
 * the list while it was still filtering); another is clicked.
 */
async function choose(page: Page, field: Locator, option: string, search?: string): Promise<void> {
  await field.click();
  const list = page.locator('.ant-select-dropdown:visible');
  if (search) {
    await field.fill(search);
    await expect(list.locator('.ant-select-item-option').first()).toContainText(option);
    await page.keyboard.press('Enter');
    await expect(list).toHaveCount(0);
  } else {
    await list.getByText(option, { exact: false }).first().click();
  }
}

/** Submits the open dialog (its last footer button, named for the step) and waits for it to close. */
async function confirm(box: Locator): Promise<void> {
  await box.locator('.ant-modal-footer').getByRole('button').last().click();
  await expect(box).toBeHidden();
}

async function step(page: Page, name: RegExp | string): Promise<Locator> {
  await page.getByRole('button', { name }).click();
  const box = page.getByRole('dialog');
  await expect(box).toBeVisible();
  return box;
}

test('the Altay case: registered, dispatched, whistled, handled, closed and followed up in the browser', async ({
  page,
}, testInfo) => {
  test.setTimeout(900_000);
  const window = person('window');
  const mediator = person('agriculture');
  const engineer = person('water');

  // The window registers what Zhang brings.
  await signIn(page, window, '/console/matters/intake');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('登记受理', { timeout: 60_000 });
  const category = page.locator('#categoryCode');
  await category.click();
  await category.fill('消费');
  await page.locator('.ant-select-dropdown:visible').getByTitle('消费与合同').first().click();
  await page.locator('#description').fill('张某反映某水利工程承包方拖欠其机械租赁费41600元，多次催要未果。');
  await page.locator('#amountFen').fill('41600');
  await page.locator('#place').fill('扎鲁特旗某水利工程工地');
  await page.locator('#parties_0_name').fill('张某');
  await page.locator('#parties_0_phone').fill('13904751234');
  await page.getByRole('button', { name: '添加当事人' }).click();
  await page.getByRole('radiogroup', { name: '当事人 2 类型' }).getByText('单位').click();
  await page.locator('#parties_1_name').fill('某水利工程承包方');
  await shot(page, testInfo, 'intake');
  await page.getByRole('button', { name: /登记受理/ }).last().click();
  await page.waitForURL(/\/console\/matters\/[0-9a-f-]{36}$/);
  const matterUrl = new URL(page.url()).pathname;
  const status = page.getByTestId('matter-status');
  await expect(status).toHaveText('已受理');
  const code = (await page.getByRole('heading', { level: 2 }).innerText()).replace('事项详情', '').trim();
  expect(code).toMatch(/^\d{6,}-\d{4}-\d{6}$/);
  await expect(page.getByRole('link', { name: '受理回执' })).toHaveAttribute('href', `${matterUrl}/receipt`);

  // ... and dispatches it to the agriculture bureau, whose mediator sits at the petition window.
  let box = await step(page, /^分\s*派$/);
  await choose(page, box.getByLabel(/牵头部门/), '农业农村局', '农业');
  await expect(box.getByTitle('农业农村局 (agriculture)')).toBeVisible();
  await box.getByLabel(/分派理由/).fill('农机租赁纠纷由农业农村局调解员牵头调解');
  await shot(page, testInfo, 'dispatch');
  await confirm(box);
  await expect(status).toHaveText('已分派');
  await shot(page, testInfo, 'dispatched');
  await signOut(page);

  // The mediator finds it in the department's inbox and signs it.
  await signIn(page, mediator, '/console/assignments/inbox');
  const row = page.getByRole('row').filter({ hasText: code });
  await expect(row).toBeVisible();
  await expect(row).toContainText('待签收');
  await shot(page, testInfo, 'inbox');
  await expectAccessible(page);
  await row.getByRole('button', { name: /签\s*收/ }).click();
  box = page.getByRole('dialog');
  await confirm(box);
  await expect(row).toContainText('办理中');
  await row.getByRole('button', { name: `办理 ${code}` }).click();
  await page.waitForURL(`**${matterUrl}`);
  await expect(status).toHaveText('办理中');

  // ... and whistles the water bureau in to verify the machinery's shifts.
  box = await step(page, /^吹\s*哨$/);
  await choose(page, box.getByLabel('被吹哨部门'), '水利局', '水利');
  await box.getByLabel(/吹哨事由/).fill('核实工程机械台班和租赁天数');
  await confirm(box);
  await expect(page.getByText('待报到')).toBeVisible();
  await shot(page, testInfo, 'whistled');
  await signOut(page);

  // The water engineer reports at the center and uploads a site photo.
  await signIn(page, engineer, matterUrl);
  box = await step(page, /报到（水利局）/);
  await box.getByLabel('报到人员').fill('水利局 李工');
  await confirm(box);
  await expect(page.getByText('已报到')).toBeVisible();
  const photo = path.join(os.tmpdir(), `altay-site-${Date.now()}.png`);
  writeFileSync(photo, PHOTO);
  await page.locator('input[type="file"]').setInputFiles(photo);
  await expect(page.getByRole('cell', { name: path.basename(photo), exact: true })).toBeVisible();
  await page.getByRole('button', { name: `查看 ${path.basename(photo)}` }).click();
  await expect(page.getByRole('img', { name: path.basename(photo) })).toBeVisible();
  await shot(page, testInfo, 'arrived-with-photo');
  await signOut(page);

  // The mediator records the site check with the photo, completes the bureau's part and the outcome.
  await signIn(page, mediator, matterUrl);
  box = await step(page, /^办理记录$/);
  await choose(page, box.getByLabel('办理方式'), '现场测量');
  await box.getByLabel('办理情况').fill('水利局现场核对机械台班18个，租赁费41600元属实');
  await expect(box.getByRole('checkbox', { name: path.basename(photo) })).toBeChecked();
  await confirm(box);
  box = await step(page, /办结（农业农村局）/);
  await box.getByLabel('办理情况').fill('水利局核实机械台班后，双方就租赁费达成一致');
  await confirm(box);
  box = await step(page, /^办理结果$/);
  await choose(page, box.getByLabel('结果类型'), '达成付款协议');
  await box.getByLabel('摘要').fill('承包方于9月1日前付清机械租赁费41600元');
  await expect(box.getByLabel('金额（元）')).toHaveValue(/41,?600/);
  await confirm(box);
  await expect(page.getByText('达成付款协议').first()).toBeVisible();
  await shot(page, testInfo, 'outcome');
  await signOut(page);

  // The window closes the matter and makes the follow-up visit.
  await signIn(page, window, matterUrl);
  box = await step(page, /^结\s*案$/);
  await confirm(box);
  await expect(status).toHaveText('已办结');
  box = await step(page, /^回\s*访$/);
  await box.getByRole('radio', { name: '满意', exact: true }).check();
  await box.getByLabel('备注').fill('张某表示租赁费已如约付清');
  await confirm(box);
  await expect(status).toHaveText('已回访');
  await expect(page.getByText('当前没有您可办理的步骤')).toBeVisible();

  // The timeline shows every step, in order.
  const kinds = await page.getByTestId('timeline-step').evaluateAll((steps) => steps.map((s) => s.getAttribute('data-kind')));
  expect(kinds).toEqual([
    'REGISTERED',
    'DISPATCHED',
    'ASSIGNMENT_SIGNED',
    'WHISTLED',
    'ARRIVED',
    'HANDLING_RECORDED',
    'ASSIGNMENT_COMPLETED',
    'OUTCOME_RECORDED',
    'CLOSED',
    'FOLLOWED_UP',
  ]);
  const steps = page.getByTestId('timeline-step');
  await expect(steps.filter({ hasText: '报到' })).toContainText('水利局 李工');
  await expect(steps.filter({ hasText: '办理结果' })).toContainText('41,600.00 元');
  await expect(steps.filter({ hasText: '回访' })).toContainText('满意');
  await shot(page, testInfo, 'followed-up');
  await expectAccessible(page);
});
