import { describe, expect, it } from 'vitest';
import { buildCenterTree, countByStatus, expandableKeys, type Tenant } from './centerTree';

function center(code: string, name: string, divisionCode: string, extra: Partial<Tenant> = {}): Tenant {
  return {
    code,
    name,
    divisionCode,
    level: divisionCode.endsWith('00') ? 'CITY' : 'COUNTY',
    provinceCode: '150000',
    template: 'standard-county',
    status: 'ACTIVE',
    placement: 'primary',
    schemaVersions: {},
    version: 1,
    createdAt: '2026-12-07T19:09:41Z',
    provisioning: { steps: [] },
    ...extra,
  };
}

// Listed by code, as listTenants answers: counties before their city.
const centers: Tenant[] = [
  center('nm-horqin', '科尔沁区综治中心', '150502', { parentCode: 'nm-tongliao' }),
  center('nm-hohhot', '呼和浩特市综治中心', '150100'),
  center('nm-jarud', '扎鲁特旗综治中心', '150526', { parentCode: 'nm-tongliao', status: 'SUSPENDED' }),
  center('nm-manzhouli', '满洲里市综治中心', '159001'),
  center('nm-saihan', '赛罕区综治中心', '150105', { parentCode: 'nm-hohhot', status: 'FAILED' }),
  center('nm-tongliao', '通辽市综治中心', '150500'),
];

const shape = (nodes: ReturnType<typeof buildCenterTree>) =>
  nodes.map((node) => ({ code: node.key, context: node.context, children: node.children?.map((child) => child.key) }));

describe('the centers tree', () => {
  it('puts each county under its city, ordered by division code, and counties without a city at the top', () => {
    expect(shape(buildCenterTree(centers))).toEqual([
      { code: 'nm-hohhot', context: false, children: ['nm-saihan'] },
      { code: 'nm-tongliao', context: false, children: ['nm-horqin', 'nm-jarud'] },
      { code: 'nm-manzhouli', context: false, children: undefined },
    ]);
  });

  it('keeps a city as the context of a county that matches, without its other counties', () => {
    expect(shape(buildCenterTree(centers, { text: '扎鲁特' }))).toEqual([
      { code: 'nm-tongliao', context: true, children: ['nm-jarud'] },
    ]);
    expect(shape(buildCenterTree(centers, { text: '150502' }))).toEqual([
      { code: 'nm-tongliao', context: true, children: ['nm-horqin'] },
    ]);
  });

  it('shows the counties of a city found by name, as far as they have the status asked for', () => {
    expect(shape(buildCenterTree(centers, { text: 'TONGLIAO' }))).toEqual([
      { code: 'nm-tongliao', context: false, children: ['nm-horqin', 'nm-jarud'] },
    ]);
    expect(shape(buildCenterTree(centers, { text: '通辽', status: 'SUSPENDED' }))).toEqual([
      { code: 'nm-tongliao', context: true, children: ['nm-jarud'] },
    ]);
  });

  it('filters by status and level', () => {
    expect(shape(buildCenterTree(centers, { status: 'FAILED' }))).toEqual([
      { code: 'nm-hohhot', context: true, children: ['nm-saihan'] },
    ]);
    expect(shape(buildCenterTree(centers, { level: 'CITY' }))).toEqual([
      { code: 'nm-hohhot', context: false, children: undefined },
      { code: 'nm-tongliao', context: false, children: undefined },
    ]);
    expect(buildCenterTree(centers, { text: 'nobody' })).toEqual([]);
  });

  it('opens every city with counties, and counts centers by status', () => {
    expect(expandableKeys(buildCenterTree(centers))).toEqual(['nm-hohhot', 'nm-tongliao']);
    expect(countByStatus(centers)).toEqual({ PROVISIONING: 0, ACTIVE: 4, SUSPENDED: 1, ARCHIVED: 0, FAILED: 1 });
  });
});
