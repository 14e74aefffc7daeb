import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { LocaleProvider } from '../../i18n';
import WarningsPage from './WarningsPage';
import type { Warning } from './warnings';

configure({ asyncUtilTimeout: 10_000 });

const get = vi.fn();

vi.mock('../../api/client', () => ({
  casesApi: { GET: (...args: unknown[]) => get(...args) },
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
  useClaims: () => ({ sub: 's', tenant: 'nm-huolin', roles: ['SUPERVISOR'], scope: 'cases:read', exp: 0 }),
}));

const unsigned: Warning = {
  id: 'w1',
  kind: 'UNSIGNED',
  matterId: '0a5ad99f-f4c7-4da2-98e8-ea8c720561de',
  matterCode: '150581-2026-000012',
  clock: 'SIGN_OFF',
  subject: 'a1',
  department: 'water',
  dueAt: '2026-12-08T01:30:00Z',
  raisedAt: '2026-12-08T01:30:05Z',
  light: 'RED',
};

function Where() {
  const location = useLocation();
  return <output data-testid="where">{location.search}</output>;
}

describe('the warnings list', { timeout: 30_000 }, () => {
  it('lists open warnings with their light and matter, and asks again with the filters chosen', async () => {
    get.mockResolvedValue({ data: { items: [unsigned] } });
    const user = userEvent.setup();
    render(
      <LocaleProvider locale="zh-CN">
        <AntApp>
          <MemoryRouter initialEntries={['/console/warnings/list']}>
            <Routes>
              <Route
                path="/console/warnings/list"
                element={
                  <>
                    <WarningsPage />
                    <Where />
                  </>
                }
              />
            </Routes>
          </MemoryRouter>
        </AntApp>
      </LocaleProvider>,
    );
    const link = await screen.findByRole('link', { name: '150581-2026-000012' });
    expect(link).toHaveAttribute('href', '/console/matters/0a5ad99f-f4c7-4da2-98e8-ea8c720561de');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByTestId('light')).toHaveTextContent('红灯');
    expect(row).toHaveTextContent('超时未签收');
    expect(row).toHaveTextContent('签收');
    expect(row).toHaveTextContent('水利局');
    expect(row).toHaveTextContent('2026/12/08 09:30');
    expect(within(row).getByText('未解除')).toBeInTheDocument();
    const [path, first] = get.mock.calls.find(([p]) => p === '/api/v1/tenants/{tenant}/warnings') as [
      string,
      { params: { path: unknown; query: unknown } },
    ];
    expect(path).toBe('/api/v1/tenants/{tenant}/warnings');
    expect(first.params.path).toEqual({ tenant: 'nm-huolin' });
    expect(first.params.query).toEqual({ open: true, limit: 50 });

    await user.click(screen.getByLabelText('预警类型'));
    await user.click(await screen.findByTitle('已超时'));
    await user.click(screen.getByTitle('超时未签收', { exact: true }));
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: /查\s*询/ }));
    expect(await screen.findByText('?kind=OVERDUE%2CUNSIGNED')).toBeInTheDocument();
    await vi.waitFor(() => {
      const last = get.mock.calls.filter(([p]) => p === '/api/v1/tenants/{tenant}/warnings').at(-1) as [string, { params: { query: unknown } }];
      expect(last[1].params.query).toEqual({ kind: ['OVERDUE', 'UNSIGNED'], open: true, limit: 50 });
    });
  });
});
