import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { components } from '../../api/generated/cases';
import { LocaleProvider } from '../../i18n';
import { setUnread } from '../../shell/unread';
import { UnreadBell } from '../../shell/UnreadBell';
import NotificationsPage from './NotificationsPage';

type Notification = components['schemas']['Notification'];

configure({ asyncUtilTimeout: 10_000 });

const get = vi.fn();
const post = vi.fn();
let scope = 'cases:read cases:write';

vi.mock('../../api/client', () => ({
  casesApi: { GET: (...args: unknown[]) => get(...args), POST: (...args: unknown[]) => post(...args) },
  configurationApi: {
    GET: (path: string) =>
      Promise.resolve({
        data: path.startsWith('/api/v1/catalogs')
          ? [{ code: 'water', name: '水利局', nameEn: 'Water bureau', kind: 'GOVERNMENT' }]
          : { categories: [], departments: [{ code: 'water', mode: 'ON_CALL' }], orgUnits: [], areas: [] },
      }),
  },
}));

vi.mock('../../auth/useSession', () => ({
  useClaims: () => ({ sub: 'e', tenant: 'nm-huolin', department: 'water', roles: ['STAFF'], scope, exp: 0 }),
}));

const warning: Notification = {
  id: '11111111-1111-1111-1111-111111111111',
  kind: 'WARNING',
  title: '事项 150581-2026-000012 超时未签收',
  department: 'water',
  matterId: '0a5ad99f-f4c7-4da2-98e8-ea8c720561de',
  matterCode: '150581-2026-000012',
  warningKind: 'UNSIGNED',
  createdAt: '2026-12-08T01:30:05.120Z',
  read: false,
};
const opened: Notification = {
  id: '22222222-2222-2222-2222-222222222222',
  kind: 'SUPERVISION_OPENED',
  title: '事项 150581-2026-000012 已列入督办',
  matterId: '0a5ad99f-f4c7-4da2-98e8-ea8c720561de',
  matterCode: '150581-2026-000012',
  supervisionId: '33333333-3333-3333-3333-333333333333',
  createdAt: '2026-12-08T02:31:00Z',
  read: false,
};

function inbox() {
  get.mockImplementation((path: string) =>
    Promise.resolve(
      path.endsWith('/unread-count')
        ? { data: { unread: 2 } }
        : { data: { items: [opened, warning], unread: 2 } },
    ),
  );
  return render(
    <LocaleProvider locale="zh-CN">
      <AntApp>
        <MemoryRouter initialEntries={['/console/notifications/inbox']}>
          <UnreadBell every={60_000} />
          <Routes>
            <Route path="/console/notifications/inbox" element={<NotificationsPage />} />
            <Route path="/console/supervision/items/:id" element={<p>督办事项页</p>} />
          </Routes>
        </MemoryRouter>
      </AntApp>
    </LocaleProvider>,
  );
}

describe('the inbox and the header’s badge', { timeout: 30_000 }, () => {
  beforeEach(() => {
    get.mockReset();
    post.mockReset();
    setUnread(null);
    scope = 'cases:read cases:write';
  });

  it('lists the messages, and marking one and then all read brings the badge down at once', async () => {
    post.mockResolvedValueOnce({ data: { unread: 1 } }).mockResolvedValueOnce({ data: { unread: 0 } });
    const user = userEvent.setup();
    inbox();
    const bell = await screen.findByRole('link', { name: '消息，2 条未读' });
    expect(bell).toHaveAttribute('href', '/console/notifications/inbox');
    const rows = await screen.findAllByTestId('notification');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('预警');
    expect(rows[1]).toHaveTextContent('超时未签收');
    expect(rows[1]).toHaveTextContent('发给水利局');
    expect(within(rows[1]!).getByRole('link', { name: '事项 150581-2026-000012' })).toHaveAttribute(
      'href',
      '/console/matters/0a5ad99f-f4c7-4da2-98e8-ea8c720561de',
    );

    await user.click(screen.getByRole('button', { name: `将“${warning.title}”标为已读` }));
    expect(await screen.findByRole('link', { name: '消息，1 条未读' })).toBeInTheDocument();
    expect(post.mock.calls[0]).toEqual([
      '/api/v1/tenants/{tenant}/notifications/read',
      { params: { path: { tenant: 'nm-huolin' } }, body: { ids: [warning.id] } },
    ]);
    expect(screen.getAllByTestId('notification')[1]).toHaveAttribute('data-read', 'true');

    await user.click(screen.getByRole('button', { name: '全部标为已读' }));
    expect(await screen.findByRole('link', { name: '消息' })).toBeInTheDocument();
    // Everything up to the newest message shown, by the API's own clock.
    expect(post.mock.calls[1]![1]).toEqual({ params: { path: { tenant: 'nm-huolin' } }, body: { upTo: opened.createdAt } });
    expect(screen.getByTestId('inbox-unread')).toHaveTextContent('未读 0 条');
    // (Found by its text: its loading icon leaves by an animation jsdom never ends, naming it meanwhile.)
    expect(screen.getByText('全部标为已读').closest('button')).toBeDisabled();
  });

  it('asks for unread ones only when told, and opens a supervision message’s item, reading it', async () => {
    post.mockResolvedValue({ data: { unread: 1 } });
    const user = userEvent.setup();
    inbox();
    await screen.findAllByTestId('notification');
    await user.click(screen.getByText('未读', { selector: '.ant-segmented-item-label' }));
    await vi.waitFor(() =>
      expect(get).toHaveBeenCalledWith('/api/v1/tenants/{tenant}/notifications', {
        params: { path: { tenant: 'nm-huolin' }, query: { unread: true, limit: 50 } },
      }),
    );
    await user.click((await screen.findAllByRole('button', { name: `查看：${opened.title}` }))[0]!);
    expect(await screen.findByText('督办事项页')).toBeInTheDocument();
    expect(post).toHaveBeenCalledWith('/api/v1/tenants/{tenant}/notifications/read', {
      params: { path: { tenant: 'nm-huolin' } },
      body: { ids: [opened.id] },
    });
  });

  it('asks the API for the count again while the page stays open', async () => {
    get.mockResolvedValueOnce({ data: { unread: 0 } }).mockResolvedValue({ data: { unread: 4 } });
    render(
      <LocaleProvider locale="zh-CN">
        <MemoryRouter>
          <UnreadBell every={50} />
        </MemoryRouter>
      </LocaleProvider>,
    );
    expect(await screen.findByRole('link', { name: '消息' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '消息，4 条未读' })).toBeInTheDocument();
    expect(get).toHaveBeenCalledWith('/api/v1/tenants/{tenant}/notifications/unread-count', { params: { path: { tenant: 'nm-huolin' } } });
  });

  it('is not shown to one who may not read an inbox', () => {
    scope = 'config:read';
    render(
      <LocaleProvider locale="zh-CN">
        <MemoryRouter>
          <UnreadBell />
        </MemoryRouter>
      </LocaleProvider>,
    );
    expect(screen.queryByTestId('unread')).not.toBeInTheDocument();
    expect(get).not.toHaveBeenCalled();
  });
});
