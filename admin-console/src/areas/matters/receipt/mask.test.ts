import { maskIdNumber, maskName, maskPhone } from './mask';

describe('a receipt masks personal data', () => {
  it('keeps a name’s first character', () => {
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('王某')).toBe('王*');
    expect(maskName('王')).toBe('王');
  });

  it('keeps an ID number’s region and last four, as the ledger does', () => {
    expect(maskIdNumber('150526199001011233')).toBe('1505**********1233');
    expect(maskIdNumber('1505**********1233')).toBe('1505**********1233');
  });

  it('keeps a mobile’s first three and last four, a landline’s area code and last four', () => {
    expect(maskPhone('13912345678')).toBe('139****5678');
    expect(maskPhone('0475-8221234')).toBe('0475-***1234');
  });
});
