import { useEffect, useMemo, useState } from 'react';
import { configurationApi } from '../../api/client';
import type { components } from '../../api/generated/configuration';
import { useLocale } from '../../i18n';

type CatalogDepartment = components['schemas']['CatalogDepartment'];
type Department = components['schemas']['Department'];

let catalog: Promise<CatalogDepartment[]> | null = null;

function loadCatalog(): Promise<CatalogDepartment[]> {
  catalog ??= configurationApi
    .GET('/api/v1/catalogs/departments')
    .then(({ data }) => data ?? [])
    .catch(() => {
      catalog = null;
      return [];
    });
  return catalog;
}

/**
 * The name of each stationed department, in the console's language: the center's own name, else
 * the platform catalog's, else its code.
 */
export function useDepartmentNames(departments: readonly Department[] | undefined) {
  const { locale } = useLocale();
  const [standard, setStandard] = useState<CatalogDepartment[]>([]);
  useEffect(() => {
    let live = true;
    void loadCatalog().then((found) => live && setStandard(found));
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const item of standard) names.set(item.code, locale === 'zh-CN' ? item.name : item.nameEn);
    for (const item of departments ?? []) if (item.name) names.set(item.code, item.name);
    const nameOf = (code: string | undefined) => (code ? (names.get(code) ?? code) : '');
    const options = (departments ?? []).map((item) => ({ value: item.code, label: `${nameOf(item.code)} (${item.code})` }));
    return { nameOf, options };
  }, [standard, departments, locale]);
}
