import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProblemError } from '../../../api/problem';
import { LocaleProvider } from '../../../i18n';
import { LightPolicyCard, type LightPolicy } from './LightPolicyCard';

configure({ asyncUtilTimeout: 10_000 });

describe('the light policy in the calendar section', { timeout: 30_000 }, () => {
  it('shows the platform’s defaults until the center sets its own', () => {
    render(
      <LocaleProvider locale="zh-CN">
        <LightPolicyCard lights={undefined} mayEdit={false} saving={false} conflict={false} save={vi.fn()} />
      </LocaleProvider>,
    );
    const card = within(screen.getByTestId('light-policy'));
    expect(card.getByText('时限用去多少亮黄灯').closest('tr')).toHaveTextContent('67%');
    expect(card.getByText('超时未签收多久自动督办').closest('tr')).toHaveTextContent('60 个工作分钟');
    expect(card.getByText('自动督办事项的办理时限').closest('tr')).toHaveTextContent('3 个工作日');
    expect(card.getByText(/平台默认规则/)).toBeInTheDocument();
    expect(card.queryByRole('button')).not.toBeInTheDocument();
  });

  it('saves the center’s rules, the section’s field errors put next to the fields', async () => {
    const save = vi
      .fn<(lights: LightPolicy, onError: (error: unknown) => void) => Promise<boolean>>()
      .mockImplementationOnce(async (_, onError) => {
        onError(
          new ProblemError({
            title: '配置内容有误',
            status: 422,
            errors: [{ field: 'calendar.lights.yellowWithinMinutes', message: '不能超过 10080' }],
          }),
        );
        return false;
      })
      .mockResolvedValueOnce(true);
    const user = userEvent.setup();
    render(
      <LocaleProvider locale="zh-CN">
        <LightPolicyCard lights={{ yellowAtPercent: 50, yellowWithinMinutes: 0, superviseUnsignedAfterMinutes: 60, supervisionWorkingDays: 3 }} mayEdit saving={false} conflict={false} save={save} />
      </LocaleProvider>,
    );
    expect(within(screen.getByTestId('light-policy')).getByText('时限用去多少亮黄灯').closest('tr')).toHaveTextContent('50%');
    await user.click(screen.getByRole('button', { name: '修改亮灯与督办规则' }));
    const dialog = await screen.findByRole('dialog');
    const percent = within(dialog).getByLabelText('时限用去多少亮黄灯');
    expect(percent).toHaveValue('50');
    await user.clear(percent);
    await user.type(percent, '75');
    await user.clear(within(dialog).getByLabelText('剩余不足多少分钟亮黄灯'));
    await user.type(within(dialog).getByLabelText('剩余不足多少分钟亮黄灯'), '120');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('不能超过 10080')).toBeInTheDocument();
    expect(save.mock.calls[0]![0]).toEqual({
      yellowAtPercent: 75,
      yellowWithinMinutes: 120,
      superviseUnsignedAfterMinutes: 60,
      supervisionWorkingDays: 3,
    });
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
  });
});
