/**
 * Checks the window runs on what the clerk types, before the API sees it: resident ID numbers
 * (GB 11643), unified social credit codes (GB 32100), phone numbers, and the amount in yuan as
 * the API's fen. Each check answers why a value is wrong, or null, also for a value half typed,
 * so the form can say what is missing while the clerk types.
 */

/** Why an ID number is wrong; `missing` counts the characters still to type. */
export type IdNumberProblem =
  | { kind: 'characters' }
  | { kind: 'incomplete'; missing: number }
  | { kind: 'tooLong' }
  | { kind: 'region' }
  | { kind: 'birthDate' }
  | { kind: 'checkDigit' };

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_DIGITS = '10X98765432';

/** The check digit (GB 11643) of the first 17 digits of a resident ID number. */
export function idCheckDigit(first17: string): string {
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return ID_CHECK_DIGITS[sum % 11]!;
}

/**
 * A resident identity card number (18 characters: 6 region digits, 8 birth-date digits, 3
 * sequence digits, a check digit 0-9 or X), checked as far as it is typed.
 */
export function checkIdNumber(value: string, today: Date = new Date()): IdNumberProblem | null {
  const id = value.toUpperCase();
  if (!/^[0-9]*$/.test(id.slice(0, 17)) || !/^[0-9X]?$/.test(id.slice(17, 18))) return { kind: 'characters' };
  if (id.length > 18) return { kind: 'tooLong' };
  if (id.length >= 2 && !/^[1-9][0-9]/.test(id)) return { kind: 'region' };
  if (id.length >= 14 && !isBirthDate(id.slice(6, 14), today)) return { kind: 'birthDate' };
  if (id.length < 18) return { kind: 'incomplete', missing: 18 - id.length };
  return idCheckDigit(id) === id[17] ? null : { kind: 'checkDigit' };
}

function isBirthDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return false;
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return date.getTime() <= todayUtc;
}

/** Why a unified social credit code is wrong. */
export type CreditCodeProblem =
  | { kind: 'characters' }
  | { kind: 'incomplete'; missing: number }
  | { kind: 'tooLong' }
  | { kind: 'checkDigit' };

const CREDIT_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character (GB 32100) of the first 17 characters of a unified social credit code. */
export function creditCheckCharacter(first17: string): string {
  const sum = CREDIT_WEIGHTS.reduce((total, weight, i) => total + weight * CREDIT_CHARACTERS.indexOf(first17[i]!), 0);
  return CREDIT_CHARACTERS[(31 - (sum % 31)) % 31]!;
}

/** An organization's unified social credit code (统一社会信用代码), checked as far as it is typed. */
export function checkCreditCode(value: string): CreditCodeProblem | null {
  const code = value.toUpperCase();
  if ([...code].some((c) => !CREDIT_CHARACTERS.includes(c))) return { kind: 'characters' };
  if (code.length > 18) return { kind: 'tooLong' };
  if (code.length < 18) return { kind: 'incomplete', missing: 18 - code.length };
  return creditCheckCharacter(code) === code[17] ? null : { kind: 'checkDigit' };
}

/** Why a phone number is wrong. */
export type PhoneProblem =
  | { kind: 'characters' }
  | { kind: 'mobileIncomplete'; missing: number }
  | { kind: 'mobileTooLong' }
  | { kind: 'mobilePrefix' }
  | { kind: 'landline' };

/**
 * A mainland mobile number (11 digits, 13x-19x) or a landline with its area code (0xx-xxxxxxxx),
 * the forms the API takes; checked as far as it is typed.
 */
export function checkPhone(value: string): PhoneProblem | null {
  if (!/^[0-9-]*$/.test(value)) return { kind: 'characters' };
  if (value.startsWith('0')) {
    return /^0[0-9]{2,3}-?[0-9]{7,8}$/.test(value) ? null : { kind: 'landline' };
  }
  if (value.includes('-')) return { kind: 'characters' };
  if (value.length >= 2 && !/^1[3-9]/.test(value)) return { kind: 'mobilePrefix' };
  if (value.length > 11) return { kind: 'mobileTooLong' };
  if (value.length < 11) return { kind: 'mobileIncomplete', missing: 11 - value.length };
  return null;
}

/** The largest amount the API takes, in fen. */
export const MAX_FEN = 100_000_000_000_000;

/**
 * An amount in yuan as typed ("41600", "41,600.5", "0.07") in fen, exactly (by its digits, never
 * by floating-point multiplication); null if it is not an amount of at most two decimals.
 */
export function yuanToFen(yuan: string): number | null {
  const match = /^([0-9]+)(?:\.([0-9]{0,2}))?$/.exec(yuan.trim().replace(/,/g, ''));
  if (!match) return null;
  const fen = BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  return fen <= BigInt(MAX_FEN) ? Number(fen) : null;
}

/** Fen as yuan with two decimals and thousands separators ("41,600.00"), exactly. */
export function fenToYuan(fen: number): string {
  const whole = BigInt(Math.trunc(fen));
  const sign = whole < 0n ? '-' : '';
  const abs = whole < 0n ? -whole : whole;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${yuan}.${(abs % 100n).toString().padStart(2, '0')}`;
}
