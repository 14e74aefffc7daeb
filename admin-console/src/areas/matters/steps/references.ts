import { useMemo } from 'react';
import { departmentName as catalogName, useDepartmentCatalog } from '../../../api/catalog';
import type { components } from '../../../api/generated/configuration';
import { useLocale } from '../../../i18n';
import { useCenter } from '../center';

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
 * The signed-in person's center (read once, by {@link useCenter}) and the national catalog of
 * departments, for names and choices; a page still works (showing codes) while they cannot be read.
 */
export function useCenterReferences(): CenterReferences {
  const center = useCenter();
  const { locale } = useLocale();
  const catalog = useDepartmentCatalog();
  return useMemo(
    () => ({
      departments: center.departments,
      categories: center.categories.filter((category) => !category.retired),
      rooms: (center.configuration?.areas ?? []).flatMap((area) => area.rooms.map((room) => room.name)),
      departmentName: (code: string | undefined) => (code ? catalogName(code, locale, catalog) : ''),
      categoryName: (code: string | undefined) => (code ? center.categoryName(code) : ''),
    }),
    [center, catalog, locale],
  );
}

/** The stationed departments as choices of a Select, named in the caller's language. */
export function departmentOptions(references: CenterReferences) {
  return references.departments.map((department) => ({
    value: department.code,
    label: `${references.departmentName(department.code)} (${department.code})`,
  }));
}
