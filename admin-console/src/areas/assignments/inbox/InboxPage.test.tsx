import { configure, render, screen, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { MemoryRouter } from 'react-router-dom';
import type { components } from '../../../api/generated/cases';
import { LocaleProvider } from '../../../i18n';
import type { Matter } from '../../matters/steps/offered';
import InboxPage from './InboxPage';

type MatterSummary = components['schemas']['MatterSummary'];

configure({ asyncUtilTimeout: 10_000 });

const get = vi.fn();

vi.mock('../../../api/client', () => ({
  casesApi: { GET: (...args: unknown[]) => get(...args), POST: vi.fn() },
  configurationApi: {
    GET: (path: string) =>
      Promise.resolve({
        data: path.startsWith('/api/v1/catalogs')
          ? [{ code: 'housing', name: '住建局', nameEn: 'Housing bureau', kind: 'GOVERNMENT' }]
          : { categories: [{ code: 'property', name: '物业与房产' }], departments: [{ code: 'housing', mode: 'ROTATING' }], areas: [] },
      }),
  },
  download: vi.fn(),
  upload: vi.fn(),
}));

vi.mock('../../../auth/useSession', () => ({
  useClaims: () => ({ sub: 'h', tenant: 'nm-huolin', department: 'housing', roles: ['STAFF'], scope: 'cases:read cases:write', exp: 0 }),
}));

const summary: MatterSummary = {
  id: '5b0f7c8e-5d7e-4f53-8f38-1f3a3c9d2a10',
  code: '150581-2026-000007',
  status: 'DISPATCHED',
  channel: 'WALK_IN',
  categoryCode: 'property',
  orgUnitCode: '150581',
  parties: [],
  registeredAt: '2026-12-08T01:00:00Z',
  complexity: 'NORMAL',
  light: 'RED',
};

const matter: Matter = {
  ...summary,
  tenant: 'nm-huolin',
  description: '屋顶漏水',
  parties: [{ kind: 'PERSON', role: 'APPLICANT', name: '刘某' }],
  assignments: [
    {
      id: 'a1',
      department: 'housing',
      role: 'LEAD',
      status: 'PENDING',
      assignedAt: '2026-12-08T01:10:00Z',
      responseDueAt: '2026-12-08T01:40:00Z',
      unsignedPastDue: true,
      light: 'RED',
      lightDueAt: '2026-12-08T01:40:00Z',
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
  clocks: [],
  paused: true,
  pauses: [],
  extensions: [],
  nextSteps: ['signAssignment', 'returnAssignment'],
  version: 4,
};

describe('the department’s inbox', { timeout: 30_000 }, () => {
  it('shows each assignment’s own light, that it is supervised, and a paused matter', async () => {
    get.mockImplementation((path: string) =>
      Promise.resolve(
        path === '/api/v1/tenants/{tenant}/matters'
          ? { data: { items: [summary] } }
          : { data: matter, response: new Response(null, { headers: { ETag: '"4"' } }) },
      ),
    );
    render(
      <LocaleProvider locale="zh-CN">
        <AntApp>
          <MemoryRouter>
            <InboxPage />
          </MemoryRouter>
        </AntApp>
      </LocaleProvider>,
    );
    const row = (await screen.findByRole('link', { name: '150581-2026-000007' })).closest('tr') as HTMLElement;
    expect(within(row).getByTestId('light')).toHaveTextContent('红灯');
    expect(within(row).getByText('督办中')).toBeInTheDocument();
    expect(within(row).getByTestId('paused')).toHaveTextContent('暂停计时');
    expect(within(row).getByText('超时未签收')).toBeInTheDocument();
  });
});
