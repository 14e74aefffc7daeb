import { configure, render, screen, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { MemoryRouter } from 'react-router-dom';
import { LocaleProvider } from '../../../i18n';
import BoardPage from './BoardPage';

configure({ asyncUtilTimeout: 10_000 });

const get = vi.fn();

vi.mock('../../../api/client', () => ({
  casesApi: { GET: (...args: unknown[]) => get(...args) },
  configurationApi: {
    GET: (path: string) =>
      Promise.resolve({
        data: path.startsWith('/api/v1/catalogs')
          ? [{ code: 'housing', name: '住建局', nameEn: 'Housing bureau', kind: 'GOVERNMENT' }]
          : { categories: [], departments: [{ code: 'housing', mode: 'ROTATING' }], orgUnits: [], areas: [] },
      }),
  },
}));

vi.mock('../../../auth/useSession', () => ({
  useClaims: () => ({ sub: 's', tenant: 'nm-huolin', roles: ['SUPERVISOR'], scope: 'cases:read supervision:write', exp: 0 }),
}));

describe('the supervision board', { timeout: 30_000 }, () => {
  it('shows open items by light as big figures, by unit and by age, and closed ones by outcome, each opening its items', async () => {
    get.mockResolvedValue({
      data: {
        open: { red: 3, yellow: 1, green: 4 },
        byUnit: [
          { responsibleUnit: 'housing', counts: { red: 2, yellow: 0, green: 1 } },
          { responsibleUnit: 'center', counts: { red: 1, yellow: 1, green: 3 } },
        ],
        byAge: [
          { bucket: '0-1', counts: { red: 0, yellow: 1, green: 4 } },
          { bucket: '8-30', counts: { red: 3, yellow: 0, green: 0 } },
        ],
        closed: [
          { outcome: 'RECTIFIED', count: 7 },
          { outcome: 'MATTER_CLOSED', count: 12 },
        ],
      },
    });
    render(
      <LocaleProvider locale="zh-CN">
        <AntApp>
          <MemoryRouter>
            <BoardPage />
          </MemoryRouter>
        </AntApp>
      </LocaleProvider>,
    );
    const red = await screen.findByRole('link', { name: '红灯 督办中 3 件' });
    expect(red).toHaveAttribute('href', '/console/supervision/items?light=RED');
    expect(within(screen.getByTestId('board-GREEN')).getByRole('link')).toHaveTextContent('4');
    expect(get).toHaveBeenCalledWith('/api/v1/tenants/{tenant}/supervision-board', { params: { path: { tenant: 'nm-huolin' } } });

    const housing = (await screen.findByRole('link', { name: '住建局' })).closest('tr') as HTMLElement;
    expect(within(housing).getByRole('link', { name: '2' })).toHaveAttribute('href', '/console/supervision/items?light=RED&responsibleUnit=housing');
    expect(housing).toHaveTextContent('3');
    expect(screen.getByRole('link', { name: '综治中心' })).toHaveAttribute('href', '/console/supervision/items?responsibleUnit=center');
    expect(screen.getByText('8-30 天').closest('tr')).toHaveTextContent('8-30 天300');
    const closed = within(screen.getByTestId('board-closed'));
    expect(closed.getByText('已整改').closest('tr')).toHaveTextContent('7');
    expect(closed.getByText('事项已办结').closest('tr')).toHaveTextContent('12');
  });
});
