import { useCallback } from 'react';
import { departmentName, useDepartmentCatalog, type CatalogDepartment } from '../../../api/catalog';
import { useLocale } from '../../../i18n';

export type { CatalogDepartment };

/**
 * The platform's department catalog, and the name of a stationed department in the console's
 * language: its own name, else the catalog's, else its code.
 */
export function useCatalogDepartments() {
  const { locale } = useLocale();
  const catalog = useDepartmentCatalog();
  const nameOf = useCallback(
    (code: string, own?: { code: string; name?: string }[]) => departmentName(code, locale, catalog, own),
    [catalog, locale],
  );
  return { catalog, nameOf };
}
