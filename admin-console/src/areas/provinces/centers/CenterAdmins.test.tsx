import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { ProblemError } from '../../../api/problem';
import { LocaleProvider } from '../../../i18n';
import { CenterAdmins } from './CenterAdmins';

const get = vi.fn();
const post = vi.fn();
const put = vi.fn();

vi.mock('../../../api/client', () => ({
  identityApi: {
    GET: (...args: unknown[]) => get(...args),
    POST: (...args: unknown[]) => post(...args),
    PUT: (...args: unknown[]) => put(...args),
  },
}));

vi.mock('../../../auth/useSession', () => ({
  useClaims: () => ({ sub: 'op', province: '150000', roles: ['OPERATOR'], scope: 'tenants:read tenants:write accounts:write', exp: 0 }),
}));

vi.setConfig({ testTimeout: 60_000 });

const account = (username: string, roles: string[]) => ({
  id: `id-${username}`,
  login: `${username}@nm-kailu`,
  username,
  displayName: username,
  tenant: 'nm-kailu',
  province: '150000',
  roles,
  locked: false,
  version: 1,
  createdAt: '2026-12-07T19:09:41Z',
});

function renderAdmins() {
  return render(
    <LocaleProvider locale="zh-CN">
      <AntApp>
        <CenterAdmins tenant="nm-kailu" />
      </AntApp>
    </LocaleProvider>,
  );
}

describe("a center's admins", () => {
  beforeEach(() => {
    get.mockReset();
    post.mockReset();
    put.mockReset();
  });

  it('creates the first admin as TENANT_ADMIN, with the API’s problems next to the fields', async () => {
    const user = userEvent.setup();
    get.mockResolvedValueOnce({ data: { items: [account('zhang', ['STAFF'])] } });
    post
      .mockRejectedValueOnce(
        new ProblemError({ status: 409, title: 'Username taken', errors: [{ field: 'username', message: 'is already taken in the center' }] }),
      )
      .mockResolvedValueOnce({ data: account('admin', ['TENANT_ADMIN']) });
    renderAdmins();
    // A staff account is not an admin: the center has none yet.
    expect(await screen.findByText('该中心还没有管理员')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /创建首个管理员/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('用户名'), 'zhang');
    await user.type(within(dialog).getByLabelText('姓名'), '张伟');
    await user.type(within(dialog).getByLabelText('初始密码'), 'too-short');
    await user.click(within(dialog).getByRole('button', { name: '创建管理员' }));
    expect(await within(dialog).findAllByText('密码至少 12 个字符')).not.toHaveLength(0);
    expect(post).not.toHaveBeenCalled();

    await user.clear(within(dialog).getByLabelText('初始密码'));
    await user.type(within(dialog).getByLabelText('初始密码'), 'a-long-first-password');
    await user.click(within(dialog).getByRole('button', { name: '创建管理员' }));
    expect(await within(dialog).findByText('is already taken in the center')).toBeInTheDocument();
    expect(post).toHaveBeenCalledWith('/api/v1/tenants/{tenant}/accounts', {
      params: { path: { tenant: 'nm-kailu' } },
      body: { username: 'zhang', displayName: '张伟', password: 'a-long-first-password', roles: ['TENANT_ADMIN'] },
    });

    get.mockResolvedValueOnce({ data: { items: [account('zhang', ['STAFF']), account('admin', ['TENANT_ADMIN'])] } });
    await user.clear(within(dialog).getByLabelText('用户名'));
    await user.type(within(dialog).getByLabelText('用户名'), 'admin');
    await user.click(within(dialog).getByRole('button', { name: '创建管理员' }));
    expect(await screen.findByText('admin@nm-kailu')).toBeInTheDocument();
    expect(screen.queryByText('zhang@nm-kailu')).not.toBeInTheDocument();
  });

  it("resets an admin's password", async () => {
    const user = userEvent.setup();
    get.mockResolvedValue({ data: { items: [account('admin', ['TENANT_ADMIN'])] } });
    put.mockResolvedValue({ data: undefined });
    renderAdmins();
    await user.click(await screen.findByRole('button', { name: /重置密码/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('新密码'), 'another-long-password');
    await user.click(within(dialog).getByRole('button', { name: '重置密码' }));
    await waitFor(() =>
      expect(put).toHaveBeenCalledWith('/api/v1/tenants/{tenant}/accounts/{accountId}/password', {
        params: { path: { tenant: 'nm-kailu', accountId: 'id-admin' } },
        body: { password: 'another-long-password' },
      }),
    );
    expect(await screen.findByText('已重置 admin@nm-kailu 的密码')).toBeInTheDocument();
  });
});
