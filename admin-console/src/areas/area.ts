import type { ComponentType, ReactNode } from 'react';
import type { OperationId } from '../api/access';
import type { Locale } from '../i18n';

/** One page of an area's menu: shown when the caller may call any of the operations it needs. */
export interface AreaPage {
  /** Under the area's path, e.g. 'ledger' for /console/matters/ledger. */
  readonly path: string;
  readonly title: Record<Locale, string>;
  readonly requires: readonly OperationId[];
}

/**
 * An area of the console (the operator's tenants, a center's configuration, the matters, ...):
 * a folder under src/areas with an `area.ts` exporting one of these and a lazily loaded module
 * of routes, so every area is its own JavaScript chunk and adding an area is adding a folder.
 */
export interface Area {
  readonly key: string;
  /** Where the area sits in the menu (lower first). */
  readonly order: number;
  /** The area's path under /console/, e.g. 'matters'. */
  readonly path: string;
  readonly title: Record<Locale, string>;
  readonly icon: ReactNode;
  readonly pages: readonly AreaPage[];
  /** The area's routes, relative to /console/<path>/ (react-router <Routes>). */
  readonly routes: () => Promise<{ default: ComponentType }>;
}
