import type { ComponentType, LazyExoticComponent } from 'react';
import type { Account } from './session/session.graphql';

export type StaffLevel = Account['level'];

type Page = ComponentType | LazyExoticComponent<ComponentType>;

/** A page of the signed-in part: its path under `/`, the page, and the levels that may open it (all when absent). */
export interface FeatureRoute {
  path: string;
  page: Page;
  levels?: StaffLevel[];
}

/** A link of the side menu, shown to the levels named (all when absent) and when `shown` says so. */
export interface NavItem {
  to: string;
  label: string;
  levels?: StaffLevel[];
  shown?(account: Account): boolean;
}

/**
 * One slice of the UI (debt cases, complaints, reports, the centre's administration, the audit, tracking): its
 * pages, its menu links, the home page it gives a level, and pages anyone may open without signing in.
 */
export interface Feature {
  routes?: FeatureRoute[];
  nav?: NavItem[];
  home?: Partial<Record<StaffLevel, Page>>;
  publicRoutes?: { path: string; page: Page }[];
}
