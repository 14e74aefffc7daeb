/**
 * Personal data as a printed receipt shows it: enough for the citizen to recognise it as theirs,
 * not enough for anyone who finds the paper (the API masks lists the same way).
 */

/** 王小明 → 王**; an already masked value stays as it is. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1 || name.includes('*')) return name;
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** 150526199001011233 → 1505**********1233. */
export function maskIdNumber(id: string): string {
  if (id.length <= 8 || id.includes('*')) return id;
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

/** 13912345678 → 139****5678; 0475-8221234 → 0475-***1234. */
export function maskPhone(phone: string): string {
  if (phone.includes('*')) return phone;
  const landline = /^(0[0-9]{2,3}-?)([0-9]+)([0-9]{4})$/.exec(phone);
  if (landline) return landline[1] + '*'.repeat(landline[2]!.length) + landline[3];
  if (phone.length <= 7) return phone;
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}
