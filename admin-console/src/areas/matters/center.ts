import { useEffect, useMemo, useState } from 'react';
import { departmentName, useDepartmentCatalog } from '../../api/catalog';
import { configurationApi } from '../../api/client';
import type { components } from '../../api/generated/configuration';
import type { Problem } from '../../api/problem';
import { useClaims } from '../../auth/useSession';
import { problemOf } from '../../components/Problems';
import type { Locale } from '../../i18n';

type Configuration = components['schemas']['ConfigurationDocument'];
export type OrgUnit = components['schemas']['OrgUnit'];
export type Category = components['schemas']['Category'];

/** A node of an Ant Design TreeSelect. */
export interface TreeNode {
  value: string;
  title: string;
  disabled?: boolean;
  children?: TreeNode[];
}

/** Items with a code and a parent as a tree, in their order; an item whose parent is unknown is a root. */
export function treeOf<T extends { code: string; parent?: string }>(
  items: readonly T[],
  node: (item: T) => Omit<TreeNode, 'children'>,
): TreeNode[] {
  const codes = new Set(items.map((item) => item.code));
  const build = (parent: string | undefined): TreeNode[] =>
    items
      .filter((item) => (parent === undefined ? !item.parent || !codes.has(item.parent) : item.parent === parent))
      .map((item) => {
        const children = build(item.code);
        return { ...node(item), ...(children.length > 0 ? { children } : {}) };
      });
  return build(undefined);
}

/**
 * The signed-in clerk's center as the window needs it: its configuration (categories and org
 * units for the select lists, its name), and department names from the platform's catalog.
 */
export function useCenter() {
  const tenant = useClaims()?.tenant ?? '';
  const [configuration, setConfiguration] = useState<Configuration | null>(null);
  const catalog = useDepartmentCatalog();
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    if (!tenant) return;
    let live = true;
    configurationApi
      .GET('/api/v1/tenants/{tenant}/configuration', { params: { path: { tenant } } })
      .then(({ data }) => live && setConfiguration(data ?? null))
      .catch((error: unknown) => live && setProblem(problemOf(error)));
    return () => {
      live = false;
    };
  }, [tenant]);

  return useMemo(() => {
    const categories = configuration?.categories ?? [];
    const orgUnits = configuration?.orgUnits ?? [];
    const departments = configuration?.departments ?? [];
    const categoryName = (code: string) => categories.find((c) => c.code === code)?.name ?? code;
    const orgUnitName = (code: string) => orgUnits.find((u) => u.code === code)?.name ?? code;
    const nameOfDepartment = (code: string, locale: Locale) => departmentName(code, locale, catalog, departments);
    return {
      tenant,
      configuration,
      problem,
      categories,
      orgUnits,
      departments,
      /** The center itself: the one org unit without a parent. */
      center: orgUnits.find((u) => u.kind === 'CENTER') ?? orgUnits.find((u) => !u.parent),
      categoryName,
      orgUnitName,
      departmentName: nameOfDepartment,
    };
  }, [tenant, configuration, catalog, problem]);
}
