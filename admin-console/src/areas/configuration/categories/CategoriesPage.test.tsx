import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../../../api/problem';
import { LocaleProvider } from '../../../i18n';
import type { ConfigurationDocument } from '../useConfiguration';
import CategoriesPage from './CategoriesPage';

const saveSection = vi.fn();
const document: ConfigurationDocument = {
  departments: [{ code: 'human-resources', name: '人社局', mode: 'RESIDENT' }],
  categories: [
    {
      code: 'labor',
      name: '劳动争议',
      retired: false,
      path: { lead: 'human-resources', coHandlers: [] },
      deadlines: {
        simple: { responseMinutes: 30, closureWorkingDays: 3 },
        normal: { responseMinutes: 30, closureWorkingDays: 7 },
        difficult: { responseMinutes: 60, closureWorkingDays: 15 },
      },
    },
    { code: 'labor.wage-arrears', name: '拖欠工资', parent: 'labor', retired: false },
  ],
};

vi.mock('../useConfiguration', () => ({
  useConfiguration: () => ({ document, problem: null, loading: false, saveSection }),
}));
vi.mock('../../../auth/useSession', () => ({ useMayCall: () => true, useClaims: () => ({ tenant: 'nm-jarud' }) }));
vi.mock('../../../api/client', () => ({ configurationApi: { GET: () => Promise.resolve({ data: [] }) } }));

function renderPage() {
  return render(
    <LocaleProvider locale="zh-CN">
      <App>
        <CategoriesPage />
      </App>
    </LocaleProvider>,
  );
}

describe('categories and deadlines', { timeout: 30_000 }, () => {
  beforeEach(() => saveSection.mockReset());

  it('shows a subcategory’s deadlines and path as inherited from its parent', () => {
    renderPage();
    const child = screen.getByText('拖欠工资').closest('tr')!;
    expect(within(child).getAllByText('继承自“劳动争议”')).toHaveLength(4); // path + three classes
    expect(within(child).getByText('30 分钟响应 · 3 个工作日办结')).toBeInTheDocument();
    const parent = screen.getByText('劳动争议').closest('tr')!;
    expect(within(parent).queryByText(/继承自/)).toBeNull();
  });

  it('gives a subcategory its own deadlines and shows the API’s problem next to the field', async () => {
    const user = userEvent.setup({ delay: null });
    saveSection.mockRejectedValueOnce(
      new ProblemError({
        title: 'Request is not valid',
        status: 400,
        errors: [{ field: 'categories[1].deadlines.difficult.closureWorkingDays', message: 'must be less than or equal to 366' }],
      }),
    );
    renderPage();
    await user.click(screen.getByRole('button', { name: '编辑“拖欠工资”' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('switch', { name: '本类别单独设置时限' }));
    const days = within(dialog).getByLabelText('疑难事项办结时限');
    expect(days).toHaveValue('15'); // starts from what it inherited
    fireEvent.change(days, { target: { value: '400' } });
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(saveSection).toHaveBeenCalledTimes(1));
    const [section, body] = saveSection.mock.calls[0]!;
    expect(section).toBe('categories');
    expect(body.categories[1]).toMatchObject({
      code: 'labor.wage-arrears',
      parent: 'labor',
      deadlines: { difficult: { responseMinutes: 60, closureWorkingDays: 400 } },
    });
    expect(body.categories[1].path).toBeUndefined(); // still follows its parent's path
    expect(await within(dialog).findByText('must be less than or equal to 366')).toBeInTheDocument();
  });
});
