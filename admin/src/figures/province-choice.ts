import { useSearchParams } from 'react-router';
import { useAccount } from '../session/session-context';

/**
 * The province a figures or report page shows: a district or province account's own; the centre and auditors
 * choose one (kept in the address as `?province=49`, so links from the national page open it), none at first.
 */
export function useProvince(): { provinceCode: string | null; oversees: boolean; choose(code: string): void } {
  const { level, officeCode } = useAccount();
  const [params, setParams] = useSearchParams();
  const oversees = level === 'CENTRAL' || level === 'AUDITOR';
  const choose = (code: string) => setParams((p) => { const next = new URLSearchParams(p); next.set('province', code); return next; }, { replace: true });
  return { provinceCode: oversees ? params.get('province') || null : officeCode.slice(0, 2), oversees, choose };
}
