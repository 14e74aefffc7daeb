import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { components } from '../../../api/generated/cases';
import { LocaleProvider } from '../../../i18n';
import LedgerPage from './LedgerPage';

type MatterSummary = components['schemas']['MatterSummary'];

// Ant Design's forms validate asynchronously, and slowly on a busy machine.
configure({ asyncUtilTimeout: 10_000 });

const get = vi.fn();

vi.mock('../../../api/client', () => ({
  casesApi: { GET: (...args: unknown[]) => get(...args) },
  configurationApi: {
    GET: (path: string) =>
      Promise.resolve({
        data: path.startsWith('/api/v1/catalogs')
          ? [{ code: 'water', name: '水利局', nameEn: 'Water bureau', kind: 'GOVERNMENT' }]
          : {
              orgUnits: [{ code: '150526', name: '扎鲁特旗社会治安综合治理中心', kind: 'CENTER', status: 'ACTIVE' }],
              categories: [{ code: 'labor.wage-arrears', name: '拖欠工资' }],
              departments: [{ code: 'water', mode: 'ON_CALL' }],
            },
      }),
  },
}));

vi.mock('../../../auth/useSession', () => ({
  useClaims: () => ({ sub: 's', tenant: 'nm-jarud', org_unit: '150526', roles: ['STAFF'], scope: 'cases:read', exp: 0 }),
  useMayCall: () => true,
}));

const line = (code: string, fields: Partial<MatterSummary>): MatterSummary => ({
  id: `00000000-0000-0000-0000-${code.replace(/-/g, '').slice(-12)}`,
  code,
  status: 'DISPATCHED',
  channel: 'WALK_IN',
  categoryCode: 'labor.wage-arrears',
  orgUnitCode: '150526',
  parties: [{ kind: 'PERSON', role: 'APPLICANT', name: '张某', phone: '139****1234' }],
  registeredAt: '2026-12-07T02:00:00Z',
  complexity: 'NORMAL',
  light: 'GREEN',
  ...fields,
});

describe('the ledger', { timeout: 30_000 }, () => {
  it('asks for the filters in the URL, says what each matter waits for, and loads the next page', async () => {
    get
      .mockResolvedValueOnce({
        data: {
          items: [
            line('654301-2026-000042', {
              holders: ['water'],
              unsignedPastDue: ['water'],
              nextDueAt: '2020-01-01T00:00:00Z',
              light: 'RED',
              paused: true,
            }),
          ],
          nextCursor: 'next-page',
        },
      })
      .mockResolvedValueOnce({ data: { items: [line('654301-2026-000041', { status: 'REGISTERED' })] } });
    const user = userEvent.setup();
    render(
      <LocaleProvider locale="zh-CN">
        <AntApp>
          <MemoryRouter initialEntries={['/console/matters/ledger?status=DISPATCHED,REGISTERED&overdue=true&light=RED']}>
            <Routes>
              <Route path="/console/matters/ledger" element={<LedgerPage />} />
            </Routes>
          </MemoryRouter>
        </AntApp>
      </LocaleProvider>,
    );

    const first = (await screen.findByRole('link', { name: '654301-2026-000042' })).closest('tr') as HTMLElement;
    expect(first.querySelector('a')).toHaveAttribute('href', '/console/matters/00000000-0000-0000-0000-012026000042');
    expect(within(first).getByText('逾期未签收：水利局')).toBeInTheDocument();
    expect(within(first).getByText(/^逾期/, { selector: '[data-testid="due"]' })).toBeInTheDocument();
    // The API's light, with its shape and name (not colour alone), and the pause.
    expect(within(first).getByTestId('light')).toHaveTextContent('红灯');
    expect(within(first).getByTestId('paused')).toHaveTextContent('暂停计时');
    const [, options] = get.mock.calls[0] as [string, { params: { query: Record<string, unknown> } }];
    expect(options.params.query).toEqual({ status: ['DISPATCHED', 'REGISTERED'], overdue: true, light: ['RED'], limit: 50 });
    // The filter form shows what the URL asked for.
    expect(screen.getByTitle('已分派')).toBeInTheDocument();
    expect(screen.getByTitle('红灯')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByRole('link', { name: '654301-2026-000041' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '654301-2026-000042' })).toBeInTheDocument();
    const [, more] = get.mock.calls[1] as [string, { params: { query: Record<string, unknown> } }];
    expect(more.params.query).toMatchObject({ status: ['DISPATCHED', 'REGISTERED'], light: ['RED'], cursor: 'next-page' });
    expect(screen.getByText('已全部加载，共 2 件')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  });
});
