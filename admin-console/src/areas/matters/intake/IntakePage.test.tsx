import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { ProblemError } from '../../../api/problem';
import { LocaleProvider } from '../../../i18n';
import IntakePage from './IntakePage';

// Ant Design's forms validate asynchronously, and slowly on a busy machine.
configure({ asyncUtilTimeout: 10_000 });

const post = vi.fn();

vi.mock('../../../api/client', () => ({
  casesApi: { POST: (...args: unknown[]) => post(...args) },
  configurationApi: {
    GET: (path: string) =>
      Promise.resolve({
        data: path.startsWith('/api/v1/catalogs')
          ? []
          : {
              orgUnits: [{ code: '150526', name: '扎鲁特旗社会治安综合治理中心', kind: 'CENTER', status: 'ACTIVE' }],
              categories: [
                { code: 'labor', name: '劳动争议' },
                { code: 'labor.wage-arrears', name: '拖欠工资', parent: 'labor' },
              ],
              departments: [],
            },
      }),
  },
}));

vi.mock('../../../auth/useSession', () => ({
  useClaims: () => ({ sub: 's', tenant: 'nm-jarud', org_unit: '150526', roles: ['STAFF'], scope: 'cases:write', exp: 0 }),
  useMayCall: () => true,
}));

function renderIntake() {
  return render(
    <LocaleProvider locale="zh-CN">
      <AntApp>
        <MemoryRouter initialEntries={['/console/matters/intake']}>
          <Routes>
            <Route path="/console/matters/intake" element={<IntakePage />} />
            <Route path="/console/matters/:matterId" element={<p>matter page</p>} />
          </Routes>
        </MemoryRouter>
      </AntApp>
    </LocaleProvider>,
  );
}

type User = ReturnType<typeof userEvent.setup>;

async function enter(user: User, label: string, text: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}

async function fillMatter(user: User) {
  await user.click(screen.getByLabelText('事项类别'));
  await user.click(await screen.findByTitle('拖欠工资'));
  await enter(user, '事项描述', '王某反映被拖欠工资');
  await enter(user, '涉及金额（元）', '19.99');
  await enter(user, '姓名', '王某');
  await enter(user, '身份证号码', '150526199001011233');
}

describe('registering a matter', { timeout: 30_000 }, () => {
  beforeEach(() => post.mockReset());

  it('says what is wrong with an ID number and a phone while they are typed', async () => {
    const user = userEvent.setup();
    renderIntake();
    await user.type(screen.getByLabelText('身份证号码'), '1505261990');
    expect(await screen.findByText('身份证号码为 18 位，还差 8 位')).toBeInTheDocument();
    await user.type(screen.getByLabelText('身份证号码'), '0230');
    expect(await screen.findByText('身份证号码第 7-14 位的出生日期不存在')).toBeInTheDocument();
    await user.type(screen.getByLabelText('联系电话'), '12');
    expect(await screen.findByText('手机号码以 13-19 开头')).toBeInTheDocument();
  });

  it('sends the amount in fen with an Idempotency-Key, and opens the matter registered', async () => {
    post.mockResolvedValue({
      data: { id: 'cc174bbc-f9f1-413a-8e9f-c5362ff99d24', code: '150526-2026-000042' },
      response: new Response(null, { status: 201 }),
    });
    const user = userEvent.setup();
    renderIntake();
    await fillMatter(user);
    await user.click(screen.getByRole('button', { name: '登记受理' }));

    expect(await screen.findByText('matter page')).toBeInTheDocument();
    expect(await screen.findByText('已登记受理，案件编号 150526-2026-000042')).toBeInTheDocument();
    expect(post).toHaveBeenCalledTimes(1);
    const [path, { params, body }] = post.mock.calls[0] as [string, { params: { path: object; header: Record<string, string> }; body: object }];
    expect(path).toBe('/api/v1/tenants/{tenant}/matters');
    expect(params.path).toEqual({ tenant: 'nm-jarud' });
    expect(params.header['Idempotency-Key']).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
    expect(body).toEqual({
      channel: 'WALK_IN',
      categoryCode: 'labor.wage-arrears',
      description: '王某反映被拖欠工资',
      orgUnitCode: '150526',
      amountFen: 1999,
      parties: [{ kind: 'PERSON', role: 'APPLICANT', name: '王某', idNumber: '150526199001011233' }],
    });
  });

  it('shows the API’s refusal next to the field at fault, and retries a lost answer with the same key', async () => {
    post
      .mockRejectedValueOnce(new ProblemError({ title: 'Service unavailable', status: 503 }))
      .mockRejectedValueOnce(
        new ProblemError({
          title: 'Not valid',
          status: 400,
          errors: [{ field: 'parties[0].phone', message: '该号码已停用' }],
        }),
      );
    const user = userEvent.setup();
    renderIntake();
    await fillMatter(user);
    await enter(user, '联系电话', '13912345678');
    await user.click(screen.getByRole('button', { name: '登记受理' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Service unavailable');

    await user.click(screen.getByRole('button', { name: '登记受理' }));
    const phone = screen.getByLabelText('联系电话').closest('.ant-form-item') as HTMLElement;
    expect(await within(phone).findByText('该号码已停用')).toBeInTheDocument();
    await waitFor(() => expect(post).toHaveBeenCalledTimes(2));
    const keys = post.mock.calls.map((call) => (call[1] as { params: { header: Record<string, string> } }).params.header['Idempotency-Key']);
    expect(keys[1]).toBe(keys[0]);
  });
});
