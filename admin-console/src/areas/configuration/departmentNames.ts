import { useMemo } from 'react';
import { departmentName, useDepartmentCatalog } from '../../api/catalog';
import type { components } from '../../api/generated/configuration';
import { useLocale } from '../../i18n';

type Department = components['schemas']['Department'];

/**
 * The name of each stationed department, in the console's language, and the stationed
 * departments as select options.
 */
export function useDepartmentNames(departments: readonly Department[] | undefined) {
  const { locale } = useLocale();
  const catalog = useDepartmentCatalog();
  return useMemo(() => {
    const nameOf = (code: string | undefined) => (code ? departmentName(code, locale, catalog, departments) : '');
    const options = (departments ?? []).map((item) => ({ value: item.code, label: `${nameOf(item.code)} (${item.code})` }));
    return { nameOf, options };
  }, [catalog, departments, locale]);
}
