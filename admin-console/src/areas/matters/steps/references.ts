import { useCallback, useEffect, useMemo, useState } from 'react';
import { departmentName as catalogName, useDepartmentCatalog } from '../../../api/catalog';
import { configurationApi } from '../../../api/client';
import type { components } from '../../../api/generated/configuration';
import { useClaims } from '../../../auth/useSession';
import { useLocale } from '../../../i18n';

type Category = components['schemas']['Category'];
type Department = components['schemas']['Department'];

/** What the center's configuration says of the words a matter uses: its departments, categories and rooms. */
export interface CenterReferences {
  /** The departments stationed at the center, by code. */
  readonly departments: readonly Department[];
  readonly categories: readonly Category[];
  /** The center's mediation rooms, by name. */
  readonly rooms: readonly string[];
  departmentName(code: string | undefined): string;
  categoryName(code: string | undefined): string;
}

/**
 * The signed-in person's center's configuration and the national catalog of departments, for
 * names and choices; a page still works (showing codes) while they cannot be read.
 */
export function useCenterReferences(): CenterReferences {
  const tenant = useClaims()?.tenant ?? '';
  const { locale } = useLocale();
  const [configuration, setConfiguration] = useState<components['schemas']['ConfigurationDocument'] | null>(null);
  const catalog = useDepartmentCatalog();

  useEffect(() => {
    if (!tenant) return;
    let current = true;
    configurationApi
      .GET('/api/v1/tenants/{tenant}/configuration', { params: { path: { tenant } } })
      .then(({ data }) => current && setConfiguration(data ?? null))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [tenant]);

  const departmentName = useCallback(
    (code: string | undefined) => {
      return code ? catalogName(code, locale, catalog) : '';
    },
    [catalog, locale],
  );
  const categoryName = useCallback(
    (code: string | undefined) => configuration?.categories?.find((category) => category.code === code)?.name ?? code ?? '',
    [configuration],
  );

  return useMemo(
    () => ({
      departments: configuration?.departments ?? [],
      categories: (configuration?.categories ?? []).filter((category) => !category.retired),
      rooms: (configuration?.areas ?? []).flatMap((area) => area.rooms.map((room) => room.name)),
      departmentName,
      categoryName,
    }),
    [configuration, departmentName, categoryName],
  );
}

/** The stationed departments as choices of a Select, named in the caller's language. */
export function departmentOptions(references: CenterReferences) {
  return references.departments.map((department) => ({
    value: department.code,
    label: `${references.departmentName(department.code)} (${department.code})`,
  }));
}
