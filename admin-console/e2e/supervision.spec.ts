import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, fact, person, shot, signIn, signOut, test } from './fixtures';

/**
 * Supervision (督办) in the browser at the test center: a supervisor finds a red item on the
 * board, reminds and interviews the responsible unit, and closes the item after verification;
 * then opens an item by hand from the matter's page, naming the water bureau, whose engineer
 * finds it in the inbox the header's badge counts, and reads it.
 *
 * The platform under test must have, before this runs (system-tests' ConsoleBrowserSystemTest):
 * a SUPERVISOR of the center ("supervisor" in the people file), and an open supervision item
 * whose light is red on a matter still open, the matter's code in the facts as
 * "redSupervisionMatter" (the browser cannot wait for a clock to run out).
 */

/**
 * Picks an option of a searching Ant Design select: types part of its label and, once the list
 * shows only matching options, takes the first with Enter (a click could land on the list while
 * it is still filtering), and checks it took.
 */
async function choose(page: Page, field: Locator, option: string, search: string): Promise<void> {
  await field.click();
  await field.fill(search);
  const list = page.locator('.ant-select-dropdown:visible');
  await expect(list.locator('.ant-select-item-option').first()).toContainText(option);
  await page.keyboard.press('Enter');
  await expect(list).toHaveCount(0);
}

/** Records a measure on the item's page and waits for it in the item's steps. */
async function measure(page: Page, main: Locator, kind: string, note: string): Promise<void> {
  await main.getByTestId('supervision-actions').getByRole('button', { name: kind, exact: true }).click();
  const box = page.getByRole('dialog');
  await expect(box).toBeVisible();
  await box.getByLabel('措施内容').fill(note);
  await box.getByRole('button', { name: kind, exact: true }).click();
  await expect(box).toBeHidden();
  await expect(main.getByTestId('supervision-step').last()).toContainText(note);
}

test('a supervisor works a red item from the board to closed after verification', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const code = fact('redSupervisionMatter');
  const stamp = Date.now().toString(36);
  const main = page.getByRole('main');
  await signIn(page, person('supervisor'), '/console/supervision/board');
  await expect(main.getByRole('heading', { level: 2, name: '督办看板' })).toBeVisible({ timeout: 60_000 });

  // The board counts the item among the red ones; the figure opens the red items.
  const redFigure = main.getByTestId('board-RED').getByRole('link');
  await expect(redFigure).not.toHaveText('0');
  await shot(page, testInfo, 'board');
  await expectAccessible(page);
  await redFigure.click();
  await page.waitForURL(/\/console\/supervision\/items\?light=RED$/);
  const row = main.getByRole('row').filter({ hasText: code }).first();
  await expect(row).toBeVisible();
  await expect(row.getByTestId('light')).toHaveText('红灯');
  await shot(page, testInfo, 'red-items');
  await expectAccessible(page);

  // The item: red, open, who answers for it, and its steps so far.
  await row.getByRole('link', { name: `查看 ${code} 的督办` }).click();
  await page.waitForURL(/\/console\/supervision\/items\/[0-9a-f-]{36}$/);
  const itemUrl = new URL(page.url()).pathname;
  await expect(main.getByRole('heading', { level: 2 })).toContainText(code);
  await expect(main.getByTestId('supervision-status')).toHaveText('督办中');
  await expect(main.getByTestId('light').first()).toHaveText('红灯');
  await expect(main.getByTestId('supervision-step').first()).toHaveAttribute('data-kind', 'OPENED');
  await expectAccessible(page);

  // 催办, then 约谈: each recorded with who and when.
  await measure(page, main, '催办', `请于今日内签收并报告办理进展 ${stamp}`);
  await measure(page, main, '约谈', `约谈责任单位分管负责人，要求立即整改 ${stamp}`);
  const kinds = await main.getByTestId('supervision-step').evaluateAll((steps) => steps.map((s) => s.getAttribute('data-kind')));
  expect(kinds.slice(-2)).toEqual(['REMINDER', 'INTERVIEW']);
  await shot(page, testInfo, 'measures');

  // 核查办结: the finding is needed, then the item closes with it.
  await main.getByTestId('supervision-actions').getByRole('button', { name: '核查办结', exact: true }).click();
  const box = page.getByRole('dialog');
  await box.getByLabel('核查情况').fill(`现场核查：责任单位已签收并办理，群众认可 ${stamp}`);
  await box.getByRole('button', { name: '核查办结', exact: true }).click();
  await expect(box.getByText('请选择核查结论')).toBeVisible();
  await box.getByRole('radio', { name: '已整改' }).check();
  await box.getByRole('button', { name: '核查办结', exact: true }).click();
  await expect(box).toBeHidden();
  await expect(main.getByTestId('supervision-status')).toHaveText('已办结');
  await expect(main.getByTestId('supervision-outcome')).toHaveText('已整改');
  await expect(main.getByText('本事项已办结')).toBeVisible();
  await expect(main.getByTestId('supervision-step').last()).toHaveAttribute('data-kind', 'CLOSE');
  await expect(main.getByTestId('supervision-actions').getByRole('button')).toHaveCount(0);
  await shot(page, testInfo, 'closed');
  await expectAccessible(page);

  // The board counts it among the items closed as rectified.
  await main.getByRole('link', { name: '督办看板' }).click();
  await page.waitForURL(/\/console\/supervision\/board$/);
  await expect(main.getByTestId('board-closed').getByRole('row').filter({ hasText: '已整改' })).toBeVisible();

  // The matter's page lists the item, closed, beside its clocks and lights.
  await page.goto(itemUrl);
  await main.getByRole('link', { name: '查看事项' }).click();
  await page.waitForURL(/\/console\/matters\/[0-9a-f-]{36}$/);
  await expect(main.getByRole('heading', { level: 2 })).toContainText(code);
  await expect(main.getByTestId('clocks')).toBeVisible();
  await expect(main.getByTestId('matter-supervision').getByText('已办结').first()).toBeVisible();
  await shot(page, testInfo, 'matter');
  await expectAccessible(page);
});

test('a supervisor opens an item by hand and the responsible department finds it in its inbox', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const code = fact('redSupervisionMatter');
  const stamp = Date.now().toString(36);
  const main = page.getByRole('main');

  // The supervisor finds the matter in the ledger (its light shown) and opens supervision from its page.
  await signIn(page, person('supervisor'), '/console/matters/ledger');
  await expect(main.getByRole('heading', { level: 2, name: '事项台账' })).toBeVisible({ timeout: 60_000 });
  const row = main.getByRole('row').filter({ hasText: code }).first();
  await expect(row).toBeVisible();
  await expect(row.getByTestId('light')).toBeVisible();
  await row.getByRole('link', { name: code }).click();
  await page.waitForURL(/\/console\/matters\/[0-9a-f-]{36}$/);
  const card = main.getByTestId('matter-supervision');
  await card.getByRole('button', { name: '发起督办' }).click();
  const box = page.getByRole('dialog');
  await box.getByLabel('督办事由').fill(`群众多次反映，水利局需到场核实 ${stamp}`);
  await choose(page, box.getByLabel('责任单位'), '水利局', '水利');
  await box.getByLabel('责任人（可不填）').fill('水利局 李工');
  await shot(page, testInfo, 'open-by-hand');
  await box.getByRole('button', { name: '发起督办' }).click();
  await expect(box).toBeHidden();
  const opened = card.getByRole('listitem').filter({ hasText: '人工发起' }).filter({ hasText: '督办中' }).first();
  await expect(opened).toContainText('水利局');
  await expect(opened.getByTestId('light')).toBeVisible();
  await shot(page, testInfo, 'opened');
  await expectAccessible(page);

  // The warnings list: accessible, each warning linking to its matter.
  await page.goto('/console/warnings/list');
  await expect(main.getByRole('heading', { level: 2, name: '预警信息' })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The water bureau's engineer sees the unread count in the header and reads the message.
  await signIn(page, person('water'));
  const bell = page.getByTestId('unread');
  await expect(bell).not.toHaveAttribute('data-unread', '0', { timeout: 45_000 });
  await bell.click();
  await page.waitForURL(/\/console\/notifications\/inbox$/);
  await expect(main.getByRole('heading', { level: 2, name: '消息中心' })).toBeVisible();
  const message = main.getByTestId('notification').filter({ hasText: code }).filter({ hasText: '督办' }).first();
  await expect(message).toBeVisible();
  await expect(message).toHaveAttribute('data-read', 'false');
  await shot(page, testInfo, 'inbox');
  await expectAccessible(page);
  await main.getByRole('button', { name: '全部标为已读' }).click();
  await expect(bell).toHaveAttribute('data-unread', '0');
  await expect(message).toHaveAttribute('data-read', 'true');
  await shot(page, testInfo, 'inbox-read');
});
