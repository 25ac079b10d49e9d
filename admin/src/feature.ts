import type { ComponentType, LazyExoticComponent } from 'react';
import type { Account } from './session/session.graphql';

export type StaffLevel = Account['level'];

type Page = ComponentType | LazyExoticComponent<ComponentType>;

/** Levels that open only the pages naming them: a tambon team (ชปต.) and a local authority's revenue staff (LOCAL). */
const NARROW_LEVELS: readonly StaffLevel[] = ['TAMBON_TEAM', 'LOCAL'];

/** The levels of the department's offices: the default of a page that names none. */
export const DEPARTMENT_LEVELS: StaffLevel[] = ['DISTRICT', 'PROVINCE', 'CENTRAL', 'AUDITOR'];

/**
 * Whether a page or link with these levels is open to the level: the levels named, or, when none are named, every
 * level but a tambon team (ชปต.) and a local authority's staff, which open only what names them.
 */
export const opensTo = (levels: StaffLevel[] | undefined, level: StaffLevel): boolean =>
  (levels ? levels.includes(level) : !NARROW_LEVELS.includes(level));

/** A page of the signed-in part: its path under `/`, the page, and the levels that may open it (all but TAMBON_TEAM and LOCAL when absent). */
export interface FeatureRoute {
  path: string;
  page: Page;
  levels?: StaffLevel[];
}

/** A link of the side menu, shown to the levels named (all when absent) and when `shown` says so; `toOf` the account's own path. */
export interface NavItem {
  to: string;
  toOf?(account: Account): string;
  label: string;
  levels?: StaffLevel[];
  shown?(account: Account): boolean;
}

/**
 * One slice of the UI (debt cases, complaints, reports, the centre's administration, the audit, tracking): its
 * pages, its menu links and their section, the home page it gives a level, and pages anyone may open without signing in.
 */
export interface Feature {
  routes?: FeatureRoute[];
  nav?: NavItem[];
  /** The heading its links sit under in the side menu (a section that folds); features sharing one share the section. */
  navSection?: string;
  home?: Partial<Record<StaffLevel, Page>>;
  publicRoutes?: { path: string; page: Page }[];
}
