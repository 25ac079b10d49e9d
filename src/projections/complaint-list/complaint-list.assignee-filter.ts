import { requireSubdistrict } from '../../geography/geography.js';
import { requireChoice } from '../../shared/choice.js';

/** ผู้รับผิดชอบ in the list's filter: a tambon team (by its subdistrict), any agency, or nobody yet. */
export const ASSIGNEE_FILTER_KINDS = ['TAMBON_TEAM', 'AGENCY', 'UNASSIGNED'] as const;
export type AssigneeFilterKind = (typeof ASSIGNEE_FILTER_KINDS)[number];

/**
 * The SQL conditions of the assignee filter on complaint_list (index complaint_list_by_assignee, migration 861).
 * A subdistrict code alone means its team; TAMBON_TEAM without one, any team. An unknown subdistrict is refused
 * naming `filter.assigneeSubdistrictCode` (Thai digits accepted); a code with another kind is refused too.
 */
export function assigneeConditions(
  kind: string | null | undefined, subdistrictCode: string | null | undefined, param: (value: unknown) => string,
): string[] {
  const code = subdistrictCode?.trim() ? requireSubdistrict(subdistrictCode.trim(), 'filter.assigneeSubdistrictCode').code : null;
  const wanted = kind ? requireChoice(kind, ASSIGNEE_FILTER_KINDS, 'filter.assigneeKind') : code ? 'TAMBON_TEAM' : null;
  if (code !== null && wanted !== 'TAMBON_TEAM') requireChoice(wanted, ['TAMBON_TEAM'] as const, 'filter.assigneeKind');
  switch (wanted) {
    case null: return [];
    case 'UNASSIGNED': return ['assignee IS NULL'];
    case 'AGENCY': return [`assignee ->> 'kind' = 'AGENCY'`];
    case 'TAMBON_TEAM':
      return [`assignee ->> 'kind' = 'TAMBON_TEAM'`, ...(code ? [`coalesce(assignee ->> 'subdistrictCode', '') = ${param(code)}`] : [])];
  }
}
