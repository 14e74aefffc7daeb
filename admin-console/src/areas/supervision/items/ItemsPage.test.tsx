import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { LocaleProvider } from '../../../i18n';
import type { Supervision } from '../words';
import ItemsPage from './ItemsPage';

configure({ asyncUtilTimeout: 10_000 });

const get = vi.fn();

vi.mock('../../../api/client', () => ({
  casesApi: { GET: (...args: unknown[]) => get(...args) },
  configurationApi: {
    GET: (path: string) =>
      Promise.resolve({
        data: path.startsWith('/api/v1/catalogs')
          ? [
              { code: 'housing', name: '住建局', nameEn: 'Housing bureau', kind: 'GOVERNMENT' },
              { code: 'water', name: '水利局', nameEn: 'Water bureau', kind: 'GOVERNMENT' },
            ]
          : {
              categories: [],
              departments: [
                { code: 'housing', mode: 'ROTATING' },
                { code: 'water', mode: 'ON_CALL' },
              ],
              orgUnits: [],
              areas: [],
            },
      }),
  },
}));

vi.mock('../../../auth/useSession', () => ({
  useClaims: () => ({ sub: 's', tenant: 'nm-huolin', roles: ['SUPERVISOR'], scope: 'cases:read supervision:write', exp: 0 }),
}));

const item: Supervision = {
  id: '33333333-3333-3333-3333-333333333333',
  matterId: '5b0f7c8e-5d7e-4f53-8f38-1f3a3c9d2a10',
  matterCode: '150581-2026-000007',
  trigger: 'MATTER_OVERDUE',
  source: { kind: 'LOCAL' },
  responsibleUnit: 'housing',
  status: 'OPEN',
  openedAt: '2026-12-08T02:31:00Z',
  openedBy: 'system',
  dueAt: '2026-12-10T16:00:00Z',
  light: 'RED',
  steps: [
    { kind: 'OPENED', at: '2026-12-08T02:31:00Z', actor: 'system' },
    { kind: 'REMINDER', at: '2026-12-09T01:00:00Z', actor: 'system' },
  ],
};

function Where() {
  return <output data-testid="where">{useLocation().search}</output>;
}

describe('the supervision items', { timeout: 30_000 }, () => {
  it('asks for the filters in the URL, shows each item’s light, unit and last step, and asks again with a unit chosen', async () => {
    get.mockResolvedValue({ data: { items: [item] } });
    const user = userEvent.setup();
    render(
      <LocaleProvider locale="zh-CN">
        <AntApp>
          <MemoryRouter initialEntries={['/console/supervision/items?light=RED']}>
            <Routes>
              <Route
                path="/console/supervision/items"
                element={
                  <>
                    <ItemsPage />
                    <Where />
                  </>
                }
              />
            </Routes>
          </MemoryRouter>
        </AntApp>
      </LocaleProvider>,
    );
    const view = await screen.findByRole('link', { name: '查看 150581-2026-000007 的督办' });
    expect(view).toHaveAttribute('href', `/console/supervision/items/${item.id}`);
    const row = view.closest('tr') as HTMLElement;
    expect(within(row).getByTestId('light')).toHaveTextContent('红灯');
    expect(row).toHaveTextContent('事项超期');
    expect(row).toHaveTextContent('催办 · 2026/12/09 09:00');
    expect(within(row).getByRole('link', { name: '150581-2026-000007' })).toHaveAttribute('href', `/console/matters/${item.matterId}`);
    const calls = () => get.mock.calls.filter(([path]) => path === '/api/v1/tenants/{tenant}/supervisions') as [string, { params: { query: unknown } }][];
    expect(calls()[0]![1].params.query).toEqual({ status: 'OPEN', light: ['RED'], limit: 50 });

    await user.click(screen.getByLabelText('责任单位'));
    await user.type(screen.getByLabelText('责任单位'), '住建');
    await user.click(await screen.findByTitle('住建局 (housing)'));
    await user.click(screen.getByRole('button', { name: /查\s*询/ }));
    expect(await screen.findByText('?light=RED&responsibleUnit=housing')).toBeInTheDocument();
    await vi.waitFor(() => expect(calls().at(-1)![1].params.query).toEqual({ status: 'OPEN', light: ['RED'], responsibleUnit: 'housing', limit: 50 }));
  });
});
