import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { ProblemError } from '../../../api/problem';
import type { Claims } from '../../../auth/claims';
import { LocaleProvider } from '../../../i18n';
import type { Supervision } from '../words';
import ItemPage from './ItemPage';

configure({ asyncUtilTimeout: 10_000 });

const get = vi.fn();
const post = vi.fn();
let claims: Claims;

vi.mock('../../../api/client', () => ({
  casesApi: { GET: (...args: unknown[]) => get(...args), POST: (...args: unknown[]) => post(...args) },
  configurationApi: {
    GET: (path: string) =>
      Promise.resolve({
        data: path.startsWith('/api/v1/catalogs')
          ? [{ code: 'housing', name: '住建局', nameEn: 'Housing bureau', kind: 'GOVERNMENT' }]
          : { categories: [], departments: [{ code: 'housing', mode: 'ROTATING' }], orgUnits: [], areas: [] },
      }),
  },
}));

vi.mock('../../../auth/useSession', () => ({ useClaims: () => claims }));

const supervisor: Claims = { sub: 's', tenant: 'nm-huolin', roles: ['SUPERVISOR'], scope: 'cases:read cases:write supervision:write', exp: 0 };
const staff: Claims = { sub: 'h', tenant: 'nm-huolin', department: 'housing', roles: ['STAFF'], scope: 'cases:read cases:write', exp: 0 };

const red: Supervision = {
  id: '33333333-3333-3333-3333-333333333333',
  matterId: '5b0f7c8e-5d7e-4f53-8f38-1f3a3c9d2a10',
  matterCode: '150581-2026-000007',
  assignmentId: 'a1',
  trigger: 'UNSIGNED',
  source: { kind: 'LOCAL' },
  reason: '住建局超时未签收',
  responsibleUnit: 'housing',
  responsiblePerson: '王科长',
  status: 'OPEN',
  openedAt: '2026-12-08T02:31:00Z',
  openedBy: 'system',
  dueAt: '2026-12-10T16:00:00Z',
  light: 'RED',
  steps: [
    { kind: 'OPENED', at: '2026-12-08T02:31:00Z', actor: 'system', note: '住建局超时未签收' },
    { kind: 'REMINDER', at: '2026-12-09T01:00:00Z', actor: 'system' },
  ],
};

function page(who: Claims, item: Supervision = red) {
  claims = who;
  get.mockResolvedValue({ data: item });
  return render(
    <LocaleProvider locale="zh-CN">
      <AntApp>
        <MemoryRouter initialEntries={[`/console/supervision/items/${item.id}`]}>
          <Routes>
            <Route path="/console/supervision/items/:supervisionId" element={<ItemPage />} />
          </Routes>
        </MemoryRouter>
      </AntApp>
    </LocaleProvider>,
  );
}

describe('a supervision item', { timeout: 30_000 }, () => {
  beforeEach(() => {
    get.mockReset();
    post.mockReset();
  });

  it('shows why it was opened, who answers for it, its light and its steps; a department sees no measures', async () => {
    page(staff);
    const heading = await screen.findByRole('heading', { name: /150581-2026-000007/ });
    expect(within(heading.parentElement!.parentElement!).getByTestId('light')).toHaveTextContent('红灯');
    expect(screen.getByTestId('supervision-status')).toHaveTextContent('督办中');
    expect(screen.getByText('超时未签收')).toBeInTheDocument();
    expect(screen.getByText('本中心')).toBeInTheDocument();
    expect(screen.getByText('王科长')).toBeInTheDocument();
    expect(screen.getByText('2026/12/10 24:00')).toBeInTheDocument();
    const steps = screen.getAllByTestId('supervision-step');
    expect(steps.map((s) => s.getAttribute('data-kind'))).toEqual(['OPENED', 'REMINDER']);
    expect(steps[1]).toHaveTextContent('催办 · 系统');
    expect(get).toHaveBeenCalledWith('/api/v1/tenants/{tenant}/supervisions/{supervisionId}', {
      params: { path: { tenant: 'nm-huolin', supervisionId: red.id } },
    });
    expect(screen.queryByTestId('supervision-actions')).not.toBeInTheDocument();
  });

  it('lets a supervisor interview the unit, then close the item after verification with its outcome', async () => {
    const interviewed: Supervision = {
      ...red,
      steps: [...red.steps, { kind: 'INTERVIEW', at: '2026-12-09T03:00:00Z', actor: 'supervisor', note: '约谈住建局分管负责人' }],
    };
    const closed: Supervision = {
      ...interviewed,
      status: 'CLOSED',
      outcome: 'RECTIFIED',
      closedAt: '2026-12-10T03:00:00Z',
      steps: [...interviewed.steps, { kind: 'CLOSE', at: '2026-12-10T03:00:00Z', actor: 'supervisor', note: '已签收并现场查勘' }],
    };
    post
      .mockResolvedValueOnce({ data: interviewed })
      .mockRejectedValueOnce(new ProblemError({ title: '请求内容有误', status: 422, errors: [{ field: 'note', message: '请写明核查情况' }] }))
      .mockResolvedValueOnce({ data: closed });
    const user = userEvent.setup();
    page(supervisor);
    const actions = within(await screen.findByTestId('supervision-actions'));
    for (const name of ['催办', '约谈', '通报批评', '整改通知', '问责建议', '核查办结']) {
      expect(actions.getByRole('button', { name })).toBeInTheDocument();
    }

    await user.click(actions.getByRole('button', { name: '约谈' }));
    let dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('措施内容'), '约谈住建局分管负责人');
    await user.click(within(dialog).getByRole('button', { name: '约谈' }));
    await vi.waitFor(() => expect(screen.getAllByTestId('supervision-step')).toHaveLength(3));
    expect(post.mock.calls[0]).toEqual([
      '/api/v1/tenants/{tenant}/supervisions/{supervisionId}/steps',
      { params: { path: { tenant: 'nm-huolin', supervisionId: red.id } }, body: { kind: 'INTERVIEW', note: '约谈住建局分管负责人' } },
    ]);

    await user.click(actions.getByRole('button', { name: '核查办结' }));
    dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('核查情况'), '核查');
    await user.click(within(dialog).getByRole('button', { name: '核查办结' }));
    // The outcome is needed before anything is sent.
    expect(await within(dialog).findByText('请选择核查结论')).toBeInTheDocument();
    expect(post).toHaveBeenCalledTimes(1);
    await user.click(within(dialog).getByRole('radio', { name: '已整改' }));
    await user.click(within(dialog).getByRole('button', { name: '核查办结' }));
    expect(await within(dialog).findByText('请写明核查情况')).toBeInTheDocument();
    expect(post.mock.calls[1]![1]).toEqual({
      params: { path: { tenant: 'nm-huolin', supervisionId: red.id } },
      body: { kind: 'CLOSE', note: '核查', outcome: 'RECTIFIED' },
    });
    await user.clear(within(dialog).getByLabelText('核查情况'));
    await user.type(within(dialog).getByLabelText('核查情况'), '已签收并现场查勘');
    await user.click(within(dialog).getByRole('button', { name: '核查办结' }));
    expect(await screen.findByText('本事项已办结')).toBeInTheDocument();
    expect(screen.getByTestId('supervision-status')).toHaveTextContent('已办结');
    expect(screen.getByTestId('supervision-outcome')).toHaveTextContent('已整改');
    expect(screen.queryByRole('button', { name: '催办' })).not.toBeInTheDocument();
  });
});
