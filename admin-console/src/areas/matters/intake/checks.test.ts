import { checkCreditCode, checkIdNumber, checkPhone, fenToYuan, yuanToFen } from './checks';

const today = new Date(2026, 11, 7);

describe('resident ID numbers (GB 11643)', () => {
  it('takes the standard examples, with X as check digit in either case', () => {
    expect(checkIdNumber('11010519491231002X', today)).toBeNull();
    expect(checkIdNumber('11010519491231002x', today)).toBeNull();
    expect(checkIdNumber('150526199001011233', today)).toBeNull();
  });

  it('refuses a wrong check digit and a swap of two digits', () => {
    expect(checkIdNumber('110105194912310021', today)).toEqual({ kind: 'checkDigit' });
    expect(checkIdNumber('150526199001011232', today)).toEqual({ kind: 'checkDigit' });
    expect(checkIdNumber('150526199010011233', today)).toEqual({ kind: 'checkDigit' });
  });

  it('says how many characters are missing while it is typed', () => {
    expect(checkIdNumber('1505', today)).toEqual({ kind: 'incomplete', missing: 14 });
    expect(checkIdNumber('15052619900101123', today)).toEqual({ kind: 'incomplete', missing: 1 });
  });

  it('refuses letters, an X before the last place and a 19th character', () => {
    expect(checkIdNumber('1505A6', today)).toEqual({ kind: 'characters' });
    expect(checkIdNumber('15052X', today)).toEqual({ kind: 'characters' });
    expect(checkIdNumber('1505261990010112331', today)).toEqual({ kind: 'tooLong' });
  });

  it('refuses an impossible birth date as soon as it is typed', () => {
    expect(checkIdNumber('15052619900230', today)).toEqual({ kind: 'birthDate' });
    expect(checkIdNumber('15052619901301', today)).toEqual({ kind: 'birthDate' });
    expect(checkIdNumber('15052618991231', today)).toEqual({ kind: 'birthDate' });
    expect(checkIdNumber('15052620261208', today)).toEqual({ kind: 'birthDate' });
    expect(checkIdNumber('15052620000229', today)).toEqual({ kind: 'incomplete', missing: 4 });
    expect(checkIdNumber('15052619000229', today)).toEqual({ kind: 'birthDate' });
    // GB 11643's own example has a valid check digit but a birth in 1880: nobody living.
    expect(checkIdNumber('440524188001010014', today)).toEqual({ kind: 'birthDate' });
  });

  it('refuses a region code starting with 0', () => {
    expect(checkIdNumber('05', today)).toEqual({ kind: 'region' });
  });
});

describe('unified social credit codes (GB 32100)', () => {
  it('takes a valid code and refuses a wrong check character or letters it never uses', () => {
    expect(checkCreditCode('91350100M000100Y43')).toBeNull();
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ kind: 'checkDigit' });
    expect(checkCreditCode('91350100I')).toEqual({ kind: 'characters' });
    expect(checkCreditCode('9135')).toEqual({ kind: 'incomplete', missing: 14 });
  });
});

describe('phone numbers', () => {
  it('takes mobiles and landlines with an area code', () => {
    expect(checkPhone('13812345678')).toBeNull();
    expect(checkPhone('19912345678')).toBeNull();
    expect(checkPhone('0475-8221234')).toBeNull();
    expect(checkPhone('01012345678')).toBeNull();
  });

  it('says what is wrong with a mobile while it is typed', () => {
    expect(checkPhone('138123')).toEqual({ kind: 'mobileIncomplete', missing: 5 });
    expect(checkPhone('12')).toEqual({ kind: 'mobilePrefix' });
    expect(checkPhone('138123456789')).toEqual({ kind: 'mobileTooLong' });
    expect(checkPhone('138 1234')).toEqual({ kind: 'characters' });
    expect(checkPhone('0475-12')).toEqual({ kind: 'landline' });
  });
});

describe('yuan and fen', () => {
  it('converts exactly where floating point would not', () => {
    expect(yuanToFen('41600')).toBe(4_160_000);
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('1.1')).toBe(110);
    expect(yuanToFen('19.99')).toBe(1999); // 19.99 * 100 = 1998.9999999999998
    expect(yuanToFen('1,005.05')).toBe(100_505); // 1005.05 * 100 = 100504.99999999999
    expect(yuanToFen('800000')).toBe(80_000_000);
    expect(yuanToFen('1000000000000')).toBe(100_000_000_000_000);
  });

  it('refuses more than two decimals, signs, words and more than the API takes', () => {
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('-5')).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
    expect(yuanToFen('1000000000000.01')).toBeNull();
  });

  it('shows fen as yuan', () => {
    expect(fenToYuan(4_160_000)).toBe('41,600.00');
    expect(fenToYuan(7)).toBe('0.07');
    expect(fenToYuan(100_505)).toBe('1,005.05');
  });
});
