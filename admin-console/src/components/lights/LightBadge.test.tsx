import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LocaleProvider } from '../../i18n';
import { LightBadge } from './LightBadge';

describe('a light badge', () => {
  it('names its light and shows its shape, not colour alone', () => {
    render(
      <LocaleProvider locale="zh-CN">
        <LightBadge light="YELLOW" />
        <LightBadge light="RED" />
      </LocaleProvider>,
    );
    const [yellow, red] = screen.getAllByTestId('light');
    expect(yellow).toHaveTextContent('黄灯');
    expect(yellow!.querySelector('.anticon-warning')).not.toBeNull();
    expect(red).toHaveTextContent('红灯');
    expect(red!.querySelector('.anticon-stop')).not.toBeNull();
  });

  it('shows the due time in China time when the keyboard reaches it', async () => {
    const user = userEvent.setup();
    render(
      <LocaleProvider locale="en-US">
        <LightBadge light="GREEN" dueAt="2026-12-08T01:30:00Z" yellowAt="2026-12-07T16:00:00Z" />
      </LocaleProvider>,
    );
    expect(screen.getByTestId('light')).toHaveTextContent('Green');
    await user.tab();
    expect(screen.getByTestId('light')).toHaveFocus();
    expect(await screen.findByText('Due 2026/12/08 09:30 (China time)')).toBeInTheDocument();
    expect(screen.getByText('Yellow from 2026/12/07 24:00')).toBeInTheDocument();
  });
});
