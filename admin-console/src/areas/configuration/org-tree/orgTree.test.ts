import { describe, expect, it } from 'vitest';
import { childKinds, descendantsOf, toTree, withChild, type OrgUnit } from './orgTree';

const units: OrgUnit[] = [
  { code: '150526', name: '扎鲁特旗中心', kind: 'CENTER', status: 'ACTIVE' },
  { code: '150526001', name: '城关街道', kind: 'TOWNSHIP', status: 'ACTIVE', parent: '150526' },
  { code: '150526101', name: '第一镇', kind: 'TOWNSHIP', status: 'ACTIVE', parent: '150526' },
  { code: '150526001001', name: '第一社区', kind: 'COMMUNITY', status: 'ACTIVE', parent: '150526001' },
  { code: 'G01', name: '第一网格', kind: 'GRID', status: 'ACTIVE', parent: '150526001001' },
];

describe('the org tree', () => {
  it('is built from the flat list by parent links, keeping the list order', () => {
    const [root, ...others] = toTree(units);
    expect(others).toEqual([]);
    expect(root!.unit.code).toBe('150526');
    expect(root!.children.map((node) => node.unit.name)).toEqual(['城关街道', '第一镇']);
    expect(root!.children[0]!.children[0]!.children[0]!.unit.name).toBe('第一网格');
  });

  it('shows a unit whose parent is missing as a root rather than losing it', () => {
    const roots = toTree([...units, { code: 'x', name: '孤立', kind: 'VILLAGE', status: 'ACTIVE', parent: 'gone' }]);
    expect(roots.map((node) => node.unit.name)).toEqual(['扎鲁特旗中心', '孤立']);
  });

  it('adds a child after its parent’s last descendant, so the flat list reads as the tree', () => {
    const next = withChild(units, { code: 'new', name: '新社区', kind: 'COMMUNITY', status: 'ACTIVE', parent: '150526001' });
    expect(next.map((unit) => unit.code)).toEqual(['150526', '150526001', '150526101', '150526001001', 'G01', 'new']);
    const under = withChild(units, { code: 'v', name: '村', kind: 'VILLAGE', status: 'ACTIVE', parent: '150526101' });
    expect(under.map((unit) => unit.code)).toEqual(['150526', '150526001', '150526101', 'v', '150526001001', 'G01']);
  });

  it('knows a unit’s descendants (a unit cannot move under one of them)', () => {
    expect([...descendantsOf(units, '150526001')]).toEqual(['150526001001', 'G01']);
    expect(descendantsOf(units, 'G01').size).toBe(0);
  });

  it('offers the kinds that sit below a kind', () => {
    expect(childKinds('TOWNSHIP')).toEqual(['VILLAGE', 'COMMUNITY', 'GRID']);
    expect(childKinds('COMMUNITY')).toEqual(['GRID']);
  });
});
