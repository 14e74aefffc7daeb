import { describe, expect, it } from 'vitest';
import type { Claims } from '../auth/claims';
import { mayCall } from './access';

const claims = (roles: string[], scope: string, extra: Partial<Claims> = {}): Claims => ({
  sub: 's',
  roles,
  scope,
  exp: 0,
  ...extra,
});

const admin = claims(['TENANT_ADMIN'], 'config:read config:write accounts:write', { tenant: 'nm-jarud', province: '150000' });
const staff = claims(['STAFF'], 'cases:read cases:write', { tenant: 'nm-jarud', province: '150000' });
const operator = claims(['OPERATOR'], 'tenants:read tenants:write accounts:write audit:read', { province: '150000' });

describe('what the console offers, read from x-onedoor-access', () => {
  it('lets a center admin change their own configuration and not register matters', () => {
    expect(mayCall(admin, 'replaceConfigurationSection')).toBe(true);
    expect(mayCall(admin, 'registerMatter')).toBe(false);
  });

  it('lets window staff register and sign, and not touch the configuration or accounts', () => {
    expect(mayCall(staff, 'registerMatter')).toBe(true);
    expect(mayCall(staff, 'signAssignment')).toBe(true);
    expect(mayCall(staff, 'replaceConfigurationSection')).toBe(false);
    expect(mayCall(staff, 'listAccounts')).toBe(false);
  });

  it('shows an operator no own-center pages, but a named center of their province', () => {
    expect(mayCall(operator, 'replaceConfigurationSection')).toBe(false);
    expect(mayCall(operator, 'replaceConfigurationSection', { tenant: 'nm-jarud' })).toBe(true);
    expect(mayCall(operator, 'listTenants')).toBe(true);
    expect(mayCall(operator, 'putProvinceCalendar')).toBe(true);
    expect(mayCall(operator, 'listMatters', { tenant: 'nm-jarud' })).toBe(false);
  });

  it('admits nobody without a session, and no scope without its role', () => {
    expect(mayCall(null, 'listTenants')).toBe(false);
    expect(mayCall(claims(['STAFF'], 'tenants:read', { tenant: 'nm-jarud' }), 'listTenants')).toBe(false);
  });

  it('does not let a center token act for another center', () => {
    expect(mayCall(staff, 'listMatters', { tenant: 'nm-horqin' })).toBe(false);
  });
});
