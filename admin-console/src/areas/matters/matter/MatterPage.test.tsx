import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { ProblemError } from '../../../api/problem';
import { LocaleProvider } from '../../../i18n';
import type { Matter } from '../steps/offered';
import MatterPage from './MatterPage';

const get = vi.fn();
const post = vi.fn();

vi.mock('../../../api/client', () => ({
  casesApi: { GET: (...args: unknown[]) => get(...args), POST: (...args: unknown[]) => post(...args) },
  configurationApi: {
    GET: (path: string) =>
      Promise.resolve({
        data: path.startsWith('/api/v1/catalogs')
          ? [
              { code: 'agriculture', name: '农业农村局', nameEn: 'Agriculture bureau', kind: 'GOVERNMENT' },
              { code: 'water', name: '水利局', nameEn: 'Water bureau', kind: 'GOVERNMENT' },
            ]
          : { categories: [{ code: 'consumer-contract', name: '消费与合同', retired: false }], departments: [], areas: [] },
      }),
  },
  download: vi.fn(),
  upload: vi.fn(),
}));

vi.mock('../../../auth/useSession', () => ({
  useClaims: () => ({
    sub: 'm',
    tenant: 'nm-jarud',
    department: 'agriculture',
    roles: ['STAFF'],
    scope: 'cases:read cases:write',
    exp: 0,
  }),
}));

const matter: Matter = {
  id: '0a5ad99f-f4c7-4da2-98e8-ea8c720561de',
  code: '150526-2026-000003',
  tenant: 'nm-jarud',
  status: 'IN_HANDLING',
  channel: 'WALK_IN',
  categoryCode: 'consumer-contract',
  description: '张某反映水利工程承包方拖欠其机械租赁费41600元。',
  amountFen: 4160000,
  orgUnitCode: '150526',
  parties: [{ kind: 'PERSON', role: 'APPLICANT', name: '张某', phone: '13904751234' }],
  registeredAt: '2026-08-25T02:00:00Z',
  complexity: 'NORMAL',
  closureDueOn: '2020-09-01',
  assignments: [
    { id: 'a1', department: 'agriculture', role: 'LEAD', status: 'SIGNED', assignedAt: '2026-08-25T02:10:00Z' },
  ],
  whistles: [
    {
      id: 'w1',
      department: 'water',
      reason: '核实工程机械台班',
      summonedBy: 'agri.mediator',
      summonedFor: 'agriculture',
      summonedAt: '2026-08-25T03:00:00Z',
      arrivalDueAt: '2026-08-25T03:30:00Z',
      status: 'AWAITING',
    },
  ],
  handlingRecords: [],
  attachments: [],
  mediationSessions: [],
  locks: [],
  jointMeetings: [],
  returnCount: 0,
  reopenCount: 0,
  supervisionRequired: false,
  light: 'RED',
  clocks: [],
  paused: false,
  pauses: [],
  extensions: [],
  nextSteps: ['completeAssignment', 'whistleDepartment', 'recordArrival', 'addHandlingRecord', 'recordMediationSession', 'splitMatter', 'recordJointMeeting', 'recordOutcome', 'withdrawMatter'],
  version: 3,
};

const timeline = {
  items: [
    { sequence: 1, kind: 'REGISTERED', at: '2026-08-25T02:00:00Z', actor: 'staff@nm-jarud', details: { channel: 'WALK_IN' } },
    { sequence: 2, kind: 'WHISTLED', at: '2026-08-25T03:00:00Z', actor: 'agri.mediator', department: 'water', details: { reason: '核实工程机械台班' } },
  ],
};

function page() {
  get.mockImplementation((path: string) =>
    Promise.resolve(
      path.endsWith('/timeline')
        ? { data: timeline, response: new Response(null) }
        : { data: matter, response: new Response(null, { headers: { ETag: '"3"' } }) },
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

describe('the matter page', { timeout: 30_000 }, () => {
  beforeEach(() => {
    get.mockReset();
    post.mockReset();
  });

  it('shows the matter, its overdue closure, its timeline and only the steps its department may take', async () => {
    page();
    expect(await screen.findByRole('heading', { name: /150526-2026-000003/ })).toBeInTheDocument();
    expect(screen.getByText('已超期')).toBeInTheDocument();
    expect(screen.getByText('41,600.00 元')).toBeInTheDocument();
    expect(screen.getByText('受理登记')).toBeInTheDocument();
    const steps = within(screen.getByText('当前可办理').closest('.ant-card')! as HTMLElement);
    expect(steps.getByRole('button', { name: '办结（农业农村局）' })).toBeInTheDocument();
    expect(steps.getByRole('button', { name: '报到（水利局）' })).toBeInTheDocument();
    expect(steps.getByRole('button', { name: '吹哨' })).toBeInTheDocument();
    expect(steps.queryByRole('button', { name: '分派' })).not.toBeInTheDocument();
    expect(steps.queryByRole('button', { name: '结案' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '受理回执' })).toHaveAttribute('href', `/console/matters/${matter.id}/receipt`);
  });

  it('takes a step on the version it read and puts the API’s refusal next to the field at fault', async () => {
    post.mockRejectedValueOnce(
      new ProblemError({ title: '请求内容有误', status: 422, errors: [{ field: 'summary', message: '请写明办理经过' }] }),
    );
    const user = userEvent.setup();
    page();
    await user.click(await screen.findByRole('button', { name: '办结（农业农村局）' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('办理情况'), '已办');
    await user.click(within(dialog).getByRole('button', { name: /办\s*结/ }));
    expect(await within(dialog).findByText('请写明办理经过')).toBeInTheDocument();
    const [path, options] = post.mock.calls[0] as [string, { params: { header: Record<string, string>; path: Record<string, string> }; body: unknown }];
    expect(path).toBe('/api/v1/tenants/{tenant}/matters/{matterId}/assignments/{assignmentId}/completion');
    expect(options.params.header['If-Match']).toBe('"3"');
    expect(options.params.path.assignmentId).toBe('a1');
    expect(options.body).toEqual({ summary: '已办' });
  });
});
