import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { Claims } from '../../../auth/claims';
import { ProblemError } from '../../../api/problem';
import { LocaleProvider } from '../../../i18n';
import type { Matter } from '../steps/offered';
import MatterPage from './MatterPage';

// Ant Design's forms validate asynchronously, and slowly on a busy machine.
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
          ? [
              { code: 'petitions', name: '信访局', nameEn: 'Petitions bureau', kind: 'GOVERNMENT' },
              { code: 'housing', name: '住建局', nameEn: 'Housing bureau', kind: 'GOVERNMENT' },
            ]
          : {
              categories: [{ code: 'property', name: '物业与房产', retired: false }],
              departments: [
                { code: 'petitions', mode: 'RESIDENT' },
                { code: 'housing', mode: 'ROTATING' },
              ],
              areas: [],
            },
      }),
  },
  download: vi.fn(),
  upload: vi.fn(),
}));

vi.mock('../../../auth/useSession', () => ({ useClaims: () => claims }));

const staff: Claims = { sub: 'w', tenant: 'nm-huolin', roles: ['STAFF'], scope: 'cases:read cases:write', exp: 0 };
const supervisor: Claims = {
  sub: 's',
  tenant: 'nm-huolin',
  roles: ['SUPERVISOR'],
  scope: 'cases:read cases:write supervision:write',
  exp: 0,
};

/** A petition about a leaking roof, paused while a housing appraisal is made, its closure extension pending. */
const petition: Matter = {
  id: '5b0f7c8e-5d7e-4f53-8f38-1f3a3c9d2a10',
  code: '150581-2026-000007',
  tenant: 'nm-huolin',
  status: 'IN_HANDLING',
  channel: 'PETITION_BUREAU',
  categoryCode: 'property',
  description: '某小区顶楼住户反映屋顶漏水多次报修未果，经信访局转来。',
  orgUnitCode: '150581',
  parties: [{ kind: 'PERSON', role: 'APPLICANT', name: '刘某' }],
  registeredAt: '2026-11-02T02:00:00Z',
  complexity: 'NORMAL',
  closureDueOn: '2026-12-20',
  petitionDueAt: '2027-01-01T16:00:00Z',
  assignments: [
    {
      id: 'a1',
      department: 'housing',
      role: 'LEAD',
      status: 'SIGNED',
      assignedAt: '2026-11-02T03:00:00Z',
      light: 'YELLOW',
      lightDueAt: '2026-12-10T16:00:00Z',
      supervised: true,
    },
  ],
  whistles: [],
  handlingRecords: [],
  attachments: [],
  mediationSessions: [],
  locks: [],
  jointMeetings: [],
  returnCount: 0,
  reopenCount: 0,
  supervisionRequired: false,
  light: 'RED',
  clocks: [
    {
      kind: 'HANDLING',
      family: 'SLA',
      subject: 'a1',
      department: 'housing',
      startedAt: '2026-11-02T03:00:00Z',
      dueAt: '2026-12-10T16:00:00Z',
      yellowAt: '2026-12-01T16:00:00Z',
      light: 'YELLOW',
    },
    {
      kind: 'PETITION',
      family: 'STATUTORY',
      subject: 'matter',
      startedAt: '2026-11-02T02:00:00Z',
      dueAt: '2027-01-01T16:00:00Z',
      yellowAt: '2026-12-12T16:00:00Z',
      light: 'RED',
    },
  ],
  paused: true,
  pauses: [
    {
      number: 1,
      waitingOn: 'OUTSIDE_BODY',
      reason: '等待房屋安全鉴定结论',
      pausedAt: '2026-12-01T02:00:00Z',
      pausedBy: 'window',
      resumeAt: '2026-12-15T01:00:00Z',
    },
  ],
  extensions: [
    {
      number: 1,
      clock: 'CLOSURE',
      days: 5,
      reason: '鉴定需时较长',
      status: 'PENDING',
      requestedAt: '2026-12-02T02:00:00Z',
      requestedBy: 'window',
    },
  ],
  nextSteps: ['addHandlingRecord', 'resumeMatter', 'decideExtension', 'withdrawMatter'],
  version: 9,
};

function page(matter: Matter, who: Claims) {
  claims = who;
  get.mockImplementation((path: string) =>
    Promise.resolve(
      path.endsWith('/timeline')
        ? { data: { items: [] }, response: new Response(null) }
        : path.endsWith('/supervisions')
          ? { data: { items: [] }, response: new Response(null) }
          : { data: matter, response: new Response(null, { headers: { ETag: `"${matter.version}"` } }) },
    ),
  );
  return render(
    <LocaleProvider locale="zh-CN">
      <AntApp>
        <MemoryRouter initialEntries={[`/console/matters/${matter.id}`]}>
          <Routes>
            <Route path="/console/matters/:matterId" element={<MatterPage />} />
          </Routes>
        </MemoryRouter>
      </AntApp>
    </LocaleProvider>,
  );
}

const steps = () => within(screen.getByText('当前可办理').closest('.ant-card') as HTMLElement);

describe('a matter’s clocks on its page', { timeout: 30_000 }, () => {
  beforeEach(() => {
    get.mockReset();
    post.mockReset();
  });

  it('shows its light, that it is paused and why, each running clock, its pauses and its pending extension', async () => {
    page(petition, staff);
    const heading = await screen.findByRole('heading', { name: /150581-2026-000007/ });
    const header = heading.parentElement!.parentElement as HTMLElement;
    expect(within(header).getByTestId('light')).toHaveTextContent('红灯');
    expect(within(header).getByTestId('paused')).toHaveTextContent('暂停计时');
    const paused = screen.getByTestId('paused-alert');
    expect(paused).toHaveTextContent('事项已暂停计时');
    expect(paused).toHaveTextContent('等待鉴定、法院等外部机构，自 2026/12/01 10:00 起暂停：等待房屋安全鉴定结论');
    expect(paused).toHaveTextContent('将于 2026/12/15 09:00 自动恢复计时');
    expect(screen.getByText('信访办理期限').closest('tr')).toHaveTextContent('2027/01/01 24:00');

    const clocks = within(screen.getByTestId('clocks'));
    const handling = clocks.getByText('办理').closest('tr')!;
    expect(handling).toHaveTextContent('住建局');
    expect(handling).toHaveTextContent('2026/12/10 24:00');
    expect(within(handling).getByTestId('light')).toHaveTextContent('黄灯');
    const statutory = clocks.getByText('信访').closest('tr')!;
    expect(statutory).toHaveTextContent('法定时限');
    expect(within(statutory).getByTestId('light')).toHaveTextContent('红灯');

    expect(screen.getByText('暂停记录').closest('.ant-card')).toHaveTextContent('暂停中');
    expect(within(screen.getByTestId('extensions')).getByText('待审批')).toBeInTheDocument();
    // The department's assignment is under supervision, and its own light.
    const assignment = screen.getByText('分派部门').closest('.ant-card') as HTMLElement;
    expect(within(assignment).getByText('督办中')).toBeInTheDocument();
    expect(within(assignment).getByTestId('light')).toHaveTextContent('黄灯');

    // The window may resume it; only a supervisor decides the extension.
    expect(steps().getByRole('button', { name: '恢复计时' })).toBeInTheDocument();
    expect(steps().queryByRole('button', { name: /审批延期/ })).not.toBeInTheDocument();
  });

  it('lets a supervisor refuse the pending extension, with the reason the API needs, on the version read', async () => {
    post.mockResolvedValueOnce({ data: { ...petition, extensions: [{ ...petition.extensions[0]!, status: 'REFUSED' }], version: 10 } });
    const user = userEvent.setup();
    page(petition, supervisor);
    await user.click(await screen.findByRole('button', { name: '审批延期 #1' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('第 1 次申请：办结时限延期 5 个工作日');
    await user.click(within(dialog).getByRole('radio', { name: '不批准' }));
    await user.click(within(dialog).getByRole('button', { name: '审批延期' }));
    expect(await within(dialog).findByText('不批准时请写明理由')).toBeInTheDocument();
    expect(post).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText('审批说明（不批准时必填）'), '鉴定结论已出具，无需延期');
    await user.click(within(dialog).getByRole('button', { name: '审批延期' }));
    await vi.waitFor(() => expect(post).toHaveBeenCalledTimes(1));
    const [path, options] = post.mock.calls[0] as [string, { params: { path: Record<string, unknown>; header: Record<string, string> }; body: unknown }];
    expect(path).toBe('/api/v1/tenants/{tenant}/matters/{matterId}/extensions/{number}/decision');
    expect(options.params.path).toEqual({ tenant: 'nm-huolin', matterId: petition.id, number: 1 });
    expect(options.params.header['If-Match']).toBe('"9"');
    expect(options.params.header['Idempotency-Key']).toMatch(/^step-/);
    expect(options.body).toEqual({ approved: false, remarks: '鉴定结论已出具，无需延期' });
  });

  it('pauses a matter waiting on the citizen and puts the API’s refusal next to the field at fault', async () => {
    const open: Matter = { ...petition, paused: false, pauses: [], extensions: [], nextSteps: ['pauseMatter', 'requestExtension'] };
    post.mockRejectedValueOnce(
      new ProblemError({ title: '请求内容有误', status: 422, errors: [{ field: 'resumeAt', message: '恢复时间须在将来' }] }),
    );
    const user = userEvent.setup();
    page(open, staff);
    await user.click(await screen.findByRole('button', { name: '暂停计时' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: '等待群众补充材料' }));
    await user.type(within(dialog).getByLabelText('暂停原因'), '请申请人补充房屋产权证明');
    await user.click(within(dialog).getByRole('button', { name: '暂停计时' }));
    expect(await within(dialog).findByText('恢复时间须在将来')).toBeInTheDocument();
    const [path, options] = post.mock.calls[0] as [string, { params: { header: Record<string, string> }; body: unknown }];
    expect(path).toBe('/api/v1/tenants/{tenant}/matters/{matterId}/pause');
    expect(options.params.header['If-Match']).toBe('"9"');
    expect(options.body).toEqual({ waitingOn: 'CITIZEN', reason: '请申请人补充房屋产权证明' });
  });

  it('asks for more time on a petition’s statutory clock, at most 30 days', async () => {
    const open: Matter = { ...petition, paused: false, pauses: [], extensions: [], nextSteps: ['pauseMatter', 'requestExtension'] };
    post.mockResolvedValueOnce({ data: open });
    const user = userEvent.setup();
    page(open, staff);
    await user.click(await screen.findByRole('button', { name: '申请延期' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: '信访期限' }));
    expect(dialog).toHaveTextContent('当前时限：2027/01/01 24:00');
    expect(dialog).toHaveTextContent('最多 30 天');
    const days = within(dialog).getByLabelText('延期天数');
    await user.type(days, '45');
    await user.tab();
    expect(days).toHaveValue('30');
    await user.type(within(dialog).getByLabelText('延期理由'), '涉及多部门会商，需延长办理期限');
    await user.click(within(dialog).getByRole('button', { name: '申请延期' }));
    await vi.waitFor(() => expect(post).toHaveBeenCalledTimes(1));
    const [path, options] = post.mock.calls[0] as [string, { body: unknown }];
    expect(path).toBe('/api/v1/tenants/{tenant}/matters/{matterId}/extensions');
    expect(options.body).toEqual({ clock: 'PETITION', days: 30, reason: '涉及多部门会商，需延长办理期限' });
  });

  it('lets a supervisor open supervision by hand, the responsible unit taken from the assignment chosen', async () => {
    post
      .mockRejectedValueOnce(
        new ProblemError({ title: '请求内容有误', status: 422, errors: [{ field: 'responsiblePerson', message: '责任人不是该单位人员' }] }),
      )
      .mockResolvedValueOnce({ data: { id: 'sv1' } });
    const user = userEvent.setup();
    page(petition, supervisor);
    const card = within(await screen.findByTestId('matter-supervision'));
    expect(card.getByText('本事项暂无督办')).toBeInTheDocument();
    await user.click(card.getByRole('button', { name: '发起督办' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('督办事由'), '屋顶漏水久拖未决，群众反映强烈');
    await user.click(within(dialog).getByLabelText('针对的部门分派（可不填）'));
    await user.click(await screen.findByTitle('住建局'));
    await user.type(within(dialog).getByLabelText('责任人（可不填）'), '王科长');
    await user.click(within(dialog).getByRole('button', { name: '发起督办' }));
    expect(await within(dialog).findByText('责任人不是该单位人员')).toBeInTheDocument();
    const [path, options] = post.mock.calls[0] as [string, { params: { path: Record<string, string> }; body: unknown }];
    expect(path).toBe('/api/v1/tenants/{tenant}/supervisions');
    expect(options.params.path).toEqual({ tenant: 'nm-huolin' });
    expect(options.body).toEqual({
      matterId: petition.id,
      assignmentId: 'a1',
      responsibleUnit: 'housing',
      responsiblePerson: '王科长',
      reason: '屋顶漏水久拖未决，群众反映强烈',
    });
  });
});
