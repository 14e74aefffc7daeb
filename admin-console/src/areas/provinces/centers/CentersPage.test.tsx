import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter } from 'react-router-dom';
import { LocaleProvider } from '../../../i18n';
import CentersPage from './CentersPage';

const get = vi.fn();

vi.mock('../../../api/client', () => ({
  tenantsApi: { GET: (...args: unknown[]) => get(...args) },
  identityApi: { GET: () => Promise.resolve({ data: { items: [] } }) },
}));
vi.mock('./StatusChart', () => ({
  default: ({ counts }: { counts: Record<string, number> }) => <p>chart {JSON.stringify(counts)}</p>,
}));
vi.mock('../../../auth/useSession', () => ({
  useClaims: () => ({ sub: 'op', province: '150000', roles: ['OPERATOR'], scope: 'tenants:read tenants:write accounts:write', exp: 0 }),
}));

vi.setConfig({ testTimeout: 60_000 });

const center = (code: string, name: string, divisionCode: string, extra: object = {}) => ({
  code,
  name,
  divisionCode,
  level: divisionCode.endsWith('00') ? 'CITY' : 'COUNTY',
  provinceCode: '150000',
  template: 'standard-county',
  status: 'ACTIVE',
  placement: 'primary',
  schemaVersions: { 'case-service': '11', 'tenant-service': '2' },
  version: 1,
  createdAt: '2026-12-07T19:09:41Z',
  provisioning: { steps: [] },
  ...extra,
});

const jarud = center('nm-jarud', '扎鲁特旗综治中心', '150526', { parentCode: 'nm-tongliao', status: 'SUSPENDED', suspensionReason: '整改' });

describe('the centers overview', () => {
  it('lists the province’s centers as a tree, filters them, and opens one’s details', async () => {
    const user = userEvent.setup();
    get.mockImplementation((path: string) =>
      path === '/api/v1/tenants'
        ? Promise.resolve({
            data: {
              items: [
                center('nm-horqin', '科尔沁区综治中心', '150502', { parentCode: 'nm-tongliao' }),
                jarud,
                center('nm-tongliao', '通辽市综治中心', '150500'),
              ],
            },
          })
        : Promise.resolve({ data: jarud, response: new Response(null, { headers: { ETag: '"1"' } }) }),
    );
    render(
      <LocaleProvider locale="zh-CN">
        <AntApp>
          <MemoryRouter initialEntries={['/console/provinces/centers']}>
            <CentersPage />
          </MemoryRouter>
        </AntApp>
      </LocaleProvider>,
    );
    const tree = await screen.findByTestId('centers-tree');
    await within(tree).findByText('通辽市综治中心');
    expect(get).toHaveBeenCalledWith('/api/v1/tenants', { params: { query: { province: '150000', limit: 200, cursor: undefined } } });
    expect(within(tree).getByText('科尔沁区综治中心').closest('tr')).toHaveClass('ant-table-row-level-1');
    expect(within(tree).getAllByText('case v11 · tenant v2')).toHaveLength(3);
    expect(screen.getByText(/"ACTIVE":2,"SUSPENDED":1/)).toBeInTheDocument();
    expect(screen.getByText('共 3 个中心，显示 3 个')).toBeInTheDocument();

    await user.type(screen.getByLabelText('名称、编码或区划代码'), '150526');
    await waitFor(() => expect(within(tree).queryByText('科尔沁区综治中心')).not.toBeInTheDocument());
    expect(within(tree).getByText('扎鲁特旗综治中心')).toBeInTheDocument();
    expect(within(tree).getByText(/所辖县级中心符合条件/)).toBeInTheDocument();
    expect(screen.getByText('共 3 个中心，显示 1 个')).toBeInTheDocument();

    await user.click(within(tree).getByRole('button', { name: '扎鲁特旗综治中心的详情' }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('整改')).toBeInTheDocument();
    // Suspended: it can be resumed, not suspended again.
    expect(within(drawer).getByRole('button', { name: /恢\s*复/ })).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: /停\s*用/ })).not.toBeInTheDocument();
  });
});
