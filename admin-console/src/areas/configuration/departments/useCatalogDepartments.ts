import { useCallback, useEffect, useState } from 'react';
import { configurationApi } from '../../../api/client';
import type { components } from '../../../api/generated/configuration';
import { useLocale } from '../../../i18n';

export type CatalogDepartment = components['schemas']['CatalogDepartment'];

let cached: Promise<CatalogDepartment[]> | null = null;

function load(): Promise<CatalogDepartment[]> {
  cached ??= configurationApi
    .GET('/api/v1/catalogs/departments')
    .then(({ data }) => data ?? [])
    .catch(() => {
      cached = null;
      return [];
    });
  return cached;
}

/**
 * The platform's department catalog (read once per page load), and the name of a stationed
 * department in the console's language: its own name, else the catalog's, else its code.
 */
export function useCatalogDepartments() {
  const { locale } = useLocale();
  const [catalog, setCatalog] = useState<CatalogDepartment[]>([]);
  useEffect(() => {
    let live = true;
    void load().then((list) => live && setCatalog(list));
    return () => {
      live = false;
    };
  }, []);
  const nameOf = useCallback(
    (code: string, own?: { code: string; name?: string }[]) => {
      const mine = own?.find((d) => d.code === code)?.name;
      if (mine) return mine;
      const entry = catalog.find((d) => d.code === code);
      if (!entry) return code;
      return locale === 'zh-CN' ? entry.name : entry.nameEn;
    },
    [catalog, locale],
  );
  return { catalog, nameOf };
}
