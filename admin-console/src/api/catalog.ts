import { useEffect, useState } from 'react';
import type { Locale } from '../i18n';
import { configurationApi } from './client';
import type { components } from './generated/configuration';

export type CatalogDepartment = components['schemas']['CatalogDepartment'];

let departments: Promise<CatalogDepartment[]> | null = null;

/** The platform's department catalog, read once per page load (a failed read is tried again next time). */
export function departmentCatalog(): Promise<CatalogDepartment[]> {
  departments ??= configurationApi
    .GET('/api/v1/catalogs/departments')
    .then(({ data }) => data ?? [])
    .catch(() => {
      departments = null;
      return [];
    });
  return departments;
}

/** The department catalog, empty until read (names fall back to codes meanwhile). */
export function useDepartmentCatalog(): CatalogDepartment[] {
  const [catalog, setCatalog] = useState<CatalogDepartment[]>([]);
  useEffect(() => {
    let live = true;
    void departmentCatalog().then((found) => live && setCatalog(found));
    return () => {
      live = false;
    };
  }, []);
  return catalog;
}

/**
 * A department's name in the console's language: the center's own name for it, else the
 * catalog's, else its code.
 */
export function departmentName(
  code: string,
  locale: Locale,
  catalog: readonly CatalogDepartment[],
  own?: readonly { code: string; name?: string }[],
): string {
  const mine = own?.find((d) => d.code === code)?.name;
  if (mine) return mine;
  const entry = catalog.find((d) => d.code === code);
  if (!entry) return code;
  return locale === 'zh-CN' ? entry.name : entry.nameEn;
}
