import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../../../api/problem';
import { LocaleProvider } from '../../../i18n';
import AccountsPage from './AccountsPage';
import { filterAccounts, generatePassword, needsOrgUnit, type Account } from './accounts';

const GET = vi.fn();
const POST = vi.fn();
vi.mock('../../../api/client', () => ({
  identityApi: { GET: (...args: unknown[]) => GET(...args), POST: (...args: unknown[]) => POST(...args) },
  configurationApi: { GET: () => Promise.resolve({ data: [] }) },
}));
vi.mock('../../configuration/useConfiguration', () => ({
  useConfiguration: () => ({
    tenant: 'nm-jarud',
    document: {
      orgUnits: [{ code: '150526', name: '扎鲁特旗中心', kind: 'CENTER', status: 'ACTIVE' }],
      departments: [{ code: 'human-resources', name: '人社局', mode: 'RESIDENT' }],
    },
  }),
}));
vi.mock('../../../auth/useSession', () => ({ useMayCall: () => true, useClaims: () => ({ tenant: 'nm-jarud' }) }));

const admin: Account = {
  id: '1', login: 'admin@nm-jarud', username: 'admin', displayName: '中心管理员', tenant: 'nm-jarud',
  province: '150000', roles: ['TENANT_ADMIN'], locked: false, version: 0, createdAt: '2026-12-01T00:00:00Z',
};

function renderPage() {
  return render(
    <LocaleProvider locale="zh-CN">
      <App>
        <AccountsPage />
      </App>
    </LocaleProvider>,
  );
}

async function openCreate() {
  const user = userEvent.setup({ delay: null });
  renderPage();
  await screen.findByText('admin@nm-jarud');
  await user.click(screen.getByRole('button', { name: /新建账号/ }));
  return { user, dialog: await screen.findByRole('dialog') };
}

describe('the account form', { timeout: 30_000 }, () => {
  beforeEach(() => {
    GET.mockReset().mockResolvedValue({ data: { items: [admin] } });
    POST.mockReset();
  });

  it('asks for an org unit when the account is staff, and for at least one role', async () => {
    const { user, dialog } = await openCreate();
    fireEvent.change(within(dialog).getByLabelText('用户名'), { target: { value: 'zhang.wei' } });
    fireEvent.change(within(dialog).getByLabelText('姓名'), { target: { value: '张伟' } });
    fireEvent.change(within(dialog).getByLabelText('初始密码'), { target: { value: 'a-long-enough-password' } });
    await user.click(within(dialog).getByRole('button', { name: /创\s*建/ }));
    expect((await within(dialog).findAllByText('工作人员和督办人员须归属一个组织单元')).length).toBeGreaterThan(0);
    await user.click(within(dialog).getByLabelText('工作人员')); // unticks STAFF
    await user.click(within(dialog).getByRole('button', { name: /创\s*建/ }));
    expect(await within(dialog).findByText('至少选择一个角色')).toBeInTheDocument();
    expect(POST).not.toHaveBeenCalled();
  });

  it('puts the API’s problems next to the fields at fault', async () => {
    POST.mockRejectedValueOnce(
      new ProblemError({
        title: 'Account request breaks a rule',
        status: 422,
        errors: [
          { field: 'password', message: '至少需要 12 个字符' },
          { field: 'username', message: '用户名已被使用' },
        ],
      }),
    );
    const { user, dialog } = await openCreate();
    fireEvent.change(within(dialog).getByLabelText('用户名'), { target: { value: 'admin' } });
    fireEvent.change(within(dialog).getByLabelText('姓名'), { target: { value: '重复' } });
    await user.click(within(dialog).getByLabelText('审计人员'));
    await user.click(within(dialog).getByLabelText('工作人员'));
    fireEvent.change(within(dialog).getByLabelText('初始密码'), { target: { value: 'short' } });
    await user.click(within(dialog).getByRole('button', { name: /创\s*建/ }));
    await waitFor(() => expect(POST).toHaveBeenCalledTimes(1));
    expect(POST.mock.calls[0]![1].body).toMatchObject({ username: 'admin', roles: ['AUDITOR'], password: 'short' });
    expect(await within(dialog).findByText('至少需要 12 个字符')).toBeInTheDocument();
    expect(within(dialog).getByText('用户名已被使用')).toBeInTheDocument();
  });
});

describe('account helpers', () => {
  it('need an org unit for staff and supervisors only', () => {
    expect(needsOrgUnit(['AUDITOR', 'SUPERVISOR'])).toBe(true);
    expect(needsOrgUnit(['TENANT_ADMIN', 'AUDITOR'])).toBe(false);
  });

  it('generate long passwords without look-alike characters', () => {
    const password = generatePassword();
    expect(password).toHaveLength(16);
    expect(password).not.toMatch(/[0O1lI]/);
    expect(generatePassword()).not.toEqual(password);
  });

  it('filter by text, role, department and lock', () => {
    const staff: Account = { ...admin, id: '2', login: 'li@nm-jarud', displayName: '李强', roles: ['STAFF'], departmentCode: 'court', locked: true };
    expect(filterAccounts([admin, staff], { text: '李' })).toEqual([staff]);
    expect(filterAccounts([admin, staff], { role: 'TENANT_ADMIN' })).toEqual([admin]);
    expect(filterAccounts([admin, staff], { department: 'court', locked: true })).toEqual([staff]);
    expect(filterAccounts([admin, staff], { locked: false })).toEqual([admin]);
  });
});
