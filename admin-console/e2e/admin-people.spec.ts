import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, fact, person, shot, signIn, test } from './fixtures';

/**
 * A center's admin keeps its org tree, categories and deadlines, KPIs, calendar, staff accounts and
 * integrator clients. Another admin test may save the same center's configuration meanwhile: a
 * save that meets their newer version (412) is made again on it, as a person would.
 */
test.describe.configure({ mode: 'serial' });

const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/** Clicks save until the configuration is saved (success shows) rather than refused as changed meanwhile. */
async function saveConfiguration(page: Page, save: () => Promise<void>, saved: Locator): Promise<void> {
  const conflict = page.getByText('配置已被他人修改').first();
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await save();
    await expect(saved.or(conflict)).toBeVisible({ timeout: 15_000 });
    if (await saved.isVisible()) return;
  }
  throw new Error('the configuration kept changing under the test');
}

/** The newest "saved" message (older ones may linger, hidden, while they fade). */
function saved(page: Page): Locator {
  return page.getByText('已保存', { exact: true }).last();
}

/** A button by its text (after any icon's name); Ant Design spaces out a two-character label. */
function named(text: string): RegExp {
  const escaped = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(^|\\s)${escaped.join('\\s*')}$`);
}

async function open(page: Page, menu: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: menu, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: menu })).toBeVisible();
}

test('an admin keeps the org tree, categories, KPIs and calendar of the center', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, person('admin'));
  expect(fact('tenant')).toBeTruthy();

  // 组织架构: add a community under the first street, after the API refused an invalid code next to the field.
  await open(page, '组织架构');
  const tree = page.getByRole('tree');
  await expect(tree).toBeVisible();
  await shot(page, testInfo, 'org-tree');
  await expectAccessible(page);
  await tree.getByText('城关街道', { exact: true }).click();
  await page.getByRole('button', { name: named('添加下级单元') }).click();
  const unitDialog = page.getByRole('dialog', { name: /城关街道/ });
  await unitDialog.getByLabel('编码').fill('bad code!');
  await unitDialog.getByLabel('名称').fill(`测试社区${stamp}`);
  await unitDialog.getByLabel('层级').click();
  await page.getByTitle('社区', { exact: true }).click();
  await saveConfiguration(page, () => unitDialog.getByRole('button', { name: named('保存') }).click(), unitDialog.getByText(/must match|格式|匹配/));
  await shot(page, testInfo, 'org-unit-invalid-code');
  await unitDialog.getByLabel('编码').fill(`e2e-${stamp}`);
  await saveConfiguration(page, () => unitDialog.getByRole('button', { name: named('保存') }).click(), saved(page));
  await expect(unitDialog).toBeHidden();
  await expect(tree.getByText(`测试社区${stamp}`)).toBeVisible();
  await shot(page, testInfo, 'org-unit-added');
  // Units are never deleted: the test's own unit is retired again.
  await page.getByRole('button', { name: named('停用') }).click();
  const retired = page.getByText('已停用').first();
  await saveConfiguration(page, () => page.getByRole('tooltip').getByRole('button', { name: named('停用') }).click(), retired);

  // 事项类别与时限: wage arrears gets its own deadlines; work injury still inherits from labor disputes.
  await open(page, '事项类别与时限');
  await expect(page.getByRole('row', { name: /工伤赔偿/ }).getByText('继承自“劳动争议”').first()).toBeVisible();
  await shot(page, testInfo, 'categories');
  await expectAccessible(page);
  await page.getByRole('button', { name: named('编辑“拖欠工资”') }).click();
  const categoryDialog = page.getByRole('dialog', { name: /拖欠工资/ });
  const own = categoryDialog.getByRole('switch', { name: '本类别单独设置时限' });
  if ((await own.getAttribute('aria-checked')) !== 'true') await own.click();
  const days = 10 + Math.floor(Math.random() * 20);
  await categoryDialog.getByLabel('疑难事项办结时限').fill(String(days));
  await shot(page, testInfo, 'category-edit');
  await saveConfiguration(page, () => categoryDialog.getByRole('button', { name: named('保存') }).click(), saved(page));
  await expect(categoryDialog).toBeHidden();
  await expect(page.getByRole('row', { name: /拖欠工资/ })).toContainText(`${days} 个工作日办结`);

  // 考核指标: the satisfaction target changes and stays after a reload.
  await open(page, '考核指标');
  const target = page.getByLabel('“满意率”第 1 个目标值');
  await expect(target).toBeVisible();
  await shot(page, testInfo, 'kpis');
  await expectAccessible(page);
  const value = String(96 + Math.floor(Math.random() * 4));
  await saveConfiguration(
    page,
    async () => {
      await target.fill(value);
      await page.getByRole('button', { name: named('保存考核指标') }).click();
    },
    saved(page),
  );
  await page.reload();
  await expect(page.getByLabel('“满意率”第 1 个目标值')).toHaveValue(value);

  // 日历调整: a duty Saturday becomes a working day, shows in the list, and is removed again.
  await open(page, '日历调整');
  await shot(page, testInfo, 'calendar');
  await expectAccessible(page);
  const saturday = new Date(Date.UTC(2026, 11, 12 + 7 * Math.floor(Math.random() * 2)));
  const date = saturday.toISOString().slice(0, 10);
  await page.getByRole('button', { name: named('新增调整') }).click();
  const dayDialog = page.getByRole('dialog', { name: '日历调整' });
  const picker = dayDialog.getByLabel('日期');
  await picker.click();
  await picker.fill(date);
  await picker.press('Enter');
  await dayDialog.getByLabel('调为工作日（上班）').check();
  await dayDialog.getByLabel('原因').fill(`防汛值班 ${stamp}`);
  await saveConfiguration(page, () => dayDialog.getByRole('button', { name: named('保存') }).click(), saved(page));
  // The list's row (the month view shows it too, in its week's row).
  const row = page.getByRole('row', { name: new RegExp(`^${date}.*防汛值班 ${stamp}`) });
  await expect(row).toContainText('调为工作日');
  await shot(page, testInfo, 'calendar-override');
  await row.getByRole('button', { name: named(`删除 ${date} 的调整`) }).click();
  await saveConfiguration(page, () => page.getByRole('tooltip').getByRole('button', { name: named('删除') }).click(), saved(page));
  await expect(page.getByText(`防汛值班 ${stamp}`)).toHaveCount(0);
});

test('an admin manages staff accounts and integrator clients', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const tenant = fact('tenant');
  await signIn(page, person('admin'));

  // 工作人员账号: a too-short first password is refused by the API next to the field.
  await open(page, '工作人员账号');
  await expect(page.getByRole('cell', { name: /admin@/ }).first()).toBeVisible();
  await shot(page, testInfo, 'accounts');
  await expectAccessible(page);
  const username = `e2e.${stamp}`;
  const login = `${username}@${tenant}`;
  await page.getByRole('button', { name: named('新建账号') }).click();
  const dialog = page.getByRole('dialog', { name: '新建账号' });
  await dialog.getByLabel('用户名').fill(username);
  await dialog.getByLabel('姓名').fill(`测试员${stamp}`);
  await dialog.getByLabel('组织单元').click();
  await page.locator('.ant-select-dropdown:visible').getByText('城关街道', { exact: true }).click();
  // A tree select stays open after a pick: close it by clicking the dialog's heading.
  await dialog.getByText('新建账号', { exact: true }).click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await expect(dialog.getByTitle('城关街道')).toBeVisible();
  await dialog.getByLabel('入驻部门').click();
  await dialog.getByLabel('入驻部门').fill('human-resources');
  await page.keyboard.press('Enter');
  await dialog.getByLabel('初始密码').fill('short');
  await dialog.getByRole('button', { name: named('创建') }).click();
  await expect(dialog.locator('.ant-form-item-explain-error').filter({ hasText: /12/ })).toBeVisible();
  await shot(page, testInfo, 'account-short-password');
  await dialog.getByRole('button', { name: named('生成') }).click();
  await dialog.getByRole('button', { name: named('创建') }).click();
  const once = page.getByRole('dialog', { name: '请记下密码' });
  await expect(once.getByTestId('secret')).not.toBeEmpty();
  await shot(page, testInfo, 'account-password-once');
  await once.getByRole('button', { name: named('我已妥善保存，关闭') }).click();
  await expect(once).toBeHidden();

  await page.getByLabel('按用户名或姓名查找').fill(username);
  const account = page.getByRole('row', { name: new RegExp(login.replace('.', '\\.')) });
  await expect(account).toContainText('工作人员');
  await expect(account).toContainText('城关街道');
  await expect(account).toContainText('正常');
  await account.getByRole('button', { name: named(`锁定 ${login}`) }).click();
  await page.getByRole('tooltip').getByRole('button', { name: named('锁定') }).click();
  await expect(account).toContainText('已锁定');
  await shot(page, testInfo, 'account-locked');
  await account.getByRole('button', { name: named(`解锁 ${login}`) }).click();
  await page.getByRole('tooltip').getByRole('button', { name: named('解锁') }).click();
  await expect(account).toContainText('正常');

  // 接入系统: the secret shows once, never again; rotating shows a new one once; revoking removes it.
  await open(page, '接入系统');
  await shot(page, testInfo, 'clients');
  await expectAccessible(page);
  const name = `e2e-${stamp}`;
  await page.getByRole('button', { name: named('新建接入系统') }).click();
  const create = page.getByRole('dialog', { name: '新建接入系统' });
  await create.getByLabel('系统名称').fill(name);
  await create.getByRole('button', { name: named('创建并显示密钥') }).click();
  const issued = page.getByRole('dialog', { name: `已创建“${name}”` });
  await expect(issued.getByText('只显示这一次')).toBeVisible();
  const secret = (await issued.getByTestId('secret').innerText()).trim();
  expect(secret.length).toBeGreaterThan(10);
  await shot(page, testInfo, 'client-secret-once');
  await issued.getByRole('button', { name: named('我已妥善保存，关闭') }).click();
  await expect(issued).toBeHidden();
  const client = page.getByRole('row', { name: new RegExp(name) });
  await expect(client).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);

  await client.getByRole('button', { name: named(`轮换 ${name} 的密钥`) }).click();
  await page.getByRole('tooltip').getByRole('button', { name: named('轮换密钥') }).click();
  const rotated = page.getByRole('dialog', { name: `“${name}”的新密钥` });
  const newSecret = (await rotated.getByTestId('secret').innerText()).trim();
  expect(newSecret).not.toEqual(secret);
  await shot(page, testInfo, 'client-rotated');
  await rotated.getByRole('button', { name: named('我已妥善保存，关闭') }).click();
  await expect(page.getByText(newSecret)).toHaveCount(0);

  await client.getByRole('button', { name: named(`吊销 ${name}`) }).click();
  await page.getByRole('tooltip').getByRole('button', { name: named('吊销') }).click();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
  await shot(page, testInfo, 'client-revoked');
});
