import type { Claims } from '../auth/claims';
import { mayCall } from '../api/access';
import type { Area, AreaPage } from './area';

/** Every folder of src/areas with an area.ts is an area of the console. */
const modules = import.meta.glob<{ area: Area }>('./*/area.ts', { eager: true });

export const areas: readonly Area[] = Object.values(modules)
  .map((module) => module.area)
  .sort((a, b) => a.order - b.order);

/** The pages of an area this caller may open. */
export function visiblePages(area: Area, claims: Claims | null): AreaPage[] {
  return area.pages.filter((page) => page.requires.some((operation) => mayCall(claims, operation)));
}

/** The areas with at least one page this caller may open. */
export function visibleAreas(claims: Claims | null): Area[] {
  return areas.filter((area) => visiblePages(area, claims).length > 0);
}
