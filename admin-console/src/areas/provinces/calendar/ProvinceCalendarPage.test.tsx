import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter } from 'react-router-dom';
import { ProblemError } from '../../../api/problem';
import { LocaleProvider } from '../../../i18n';
import ProvinceCalendarPage from './ProvinceCalendarPage';

const get = vi.fn();
const put = vi.fn();

vi.mock('../../../api/client', () => ({
  configurationApi: {
    GET: (...args: unknown[]) => get(...args),
    PUT: (...args: unknown[]) => put(...args),
  },
}));

vi.mock('../../../auth/useSession', () => ({
  useClaims: () => ({ sub: 'op', province: '150000', roles: ['OPERATOR'], scope: 'tenants:read tenants:write', exp: 0 }),
}));

const calendar = {
  province: '150000',
  year: 2027,
  source: 'OFFICIAL',
  version: 0,
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
  makeUpWorkdays: [],
};

const answer = (data: unknown, etag: string) => ({ data, response: new Response(null, { headers: { ETag: etag } }) });

function renderCalendar() {
  return render(
    <LocaleProvider locale="zh-CN">
      <AntApp>
        <MemoryRouter initialEntries={['/console/provinces/calendar?year=2027']}>
          <ProvinceCalendarPage />
        </MemoryRouter>
      </AntApp>
    </LocaleProvider>,
  );
}

const day = (iso: string) => document.querySelector<HTMLButtonElement>(`button[data-date="${iso}"]`)!;

// Twelve months of day buttons take a while to render in jsdom.
vi.setConfig({ testTimeout: 60_000 });

describe('the working calendar page', () => {
  beforeEach(() => {
    get.mockReset();
    put.mockReset();
  });

  it('switches a day by keyboard and saves the year with the ETag it read', async () => {
    const user = userEvent.setup();
    get.mockResolvedValue(answer(calendar, '"0"'));
    put.mockImplementation((_path: string, { body }: { body: typeof calendar }) =>
      Promise.resolve(answer({ ...calendar, ...body, source: 'PROVINCE', version: 1 }, '"1"')),
    );
    renderCalendar();
    await screen.findByText('国家日历（尚未录入本省日历）');
    expect(get).toHaveBeenCalledWith('/api/v1/provinces/{province}/calendars/{year}', {
      params: { path: { province: '150000', year: 2027 } },
    });
    expect(day('2027-01-04')).toHaveAccessibleName('2027-01-04 星期一，工作日');
    const save = screen.getByRole('button', { name: /保存日历/ });
    expect(save).toBeDisabled();

    // Only one day is in the tab order; the arrow keys walk the days.
    expect(day('2027-01-01')).toHaveAttribute('tabindex', '0');
    day('2027-01-01').focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(day('2027-01-04')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(day('2027-01-04')).toHaveAccessibleName('2027-01-04 星期一，节假日：元旦');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowLeft}{ArrowLeft}');
    expect(day('2027-02-06')).toHaveFocus();
    await user.keyboard(' ');
    expect(day('2027-02-06')).toHaveAccessibleName('2027-02-06 星期六，调休上班');
    expect(screen.getByText('有未保存的修改')).toBeInTheDocument();

    await user.click(save);
    await screen.findByText('本省日历');
    expect(put).toHaveBeenCalledWith('/api/v1/provinces/{province}/calendars/{year}', {
      params: { path: { province: '150000', year: 2027 }, header: { 'If-Match': '"0"' } },
      body: { holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-04' }], makeUpWorkdays: ['2027-02-06'] },
    });
    expect(screen.queryByText('有未保存的修改')).not.toBeInTheDocument();
  });

  it('starts from weekends when the year has no calendar, and sends it as never saved', async () => {
    const user = userEvent.setup();
    get.mockRejectedValue(new ProblemError({ status: 404, title: 'Unknown calendar' }));
    put.mockResolvedValue(answer({ ...calendar, holidays: [], makeUpWorkdays: ['2027-01-09'], source: 'PROVINCE', version: 1 }, '"1"'));
    renderCalendar();
    await screen.findByText(/尚无日历/);
    expect(day('2027-01-01')).toHaveAttribute('data-kind', 'workday');
    await user.click(day('2027-01-09'));
    await user.click(screen.getByRole('button', { name: /保存日历/ }));
    await waitFor(() => expect(put).toHaveBeenCalled());
    expect(put.mock.calls[0][1]).toMatchObject({ params: { header: { 'If-Match': '"0"' } }, body: { holidays: [], makeUpWorkdays: ['2027-01-09'] } });
  });

  it('shows a rule the API finds next to the holiday at fault', async () => {
    const user = userEvent.setup();
    get.mockResolvedValue(answer(calendar, '"0"'));
    put.mockRejectedValue(
      new ProblemError({ status: 422, title: 'Calendar breaks a rule', errors: [{ field: 'holidays[0].name', message: 'is blank' }] }),
    );
    renderCalendar();
    const name = await screen.findByLabelText('2027-01-01 起节假日的名称');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: /保存日历/ }));
    const list = screen.getByTestId('holidays');
    expect(await within(list).findByRole('alert')).toHaveTextContent('is blank');
    expect(name).toHaveAttribute('aria-invalid', 'true');
  });

  it('reads the calendar again when someone saved it meanwhile (412), keeping the problem on screen', async () => {
    get.mockResolvedValueOnce(answer(calendar, '"0"')).mockResolvedValueOnce(
      answer({ ...calendar, source: 'PROVINCE', version: 3, savedBy: 'other' }, '"3"'),
    );
    put.mockRejectedValue(new ProblemError({ status: 412, title: 'Calendar changed', detail: 'The calendar changed since it was read' }));
    renderCalendar();
    await screen.findByText('国家日历（尚未录入本省日历）');
    fireEvent.click(day('2027-03-10'));
    fireEvent.click(screen.getByRole('button', { name: /保存日历/ }));
    expect(await screen.findByText('Calendar changed')).toBeInTheDocument();
    await screen.findByText('本省日历');
    expect(get).toHaveBeenCalledTimes(2);
    expect(day('2027-03-10')).toHaveAttribute('data-kind', 'workday');
  });
});
