import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../session/session-context';
import { Loading } from '../shared/Loading';

/** Its children for a signed-in account past its one-time password; otherwise sign-in (or the password change). */
export function RequireSession({ children, passwordChange = false }: { children: ReactNode; passwordChange?: boolean }) {
  const { me, ended } = useSession();
  const { pathname, search } = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null && !ended) return <Navigate to="/sign-in" replace state={{ from: `${pathname}${search}` }} />;
  if (me?.mustChangePassword && !passwordChange) return <Navigate to="/change-password" replace />;
  return <>{children}</>;
}
