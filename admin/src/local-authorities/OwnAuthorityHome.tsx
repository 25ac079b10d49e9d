import { Navigate } from 'react-router';
import { useAccount } from '../session/session-context';

/** The home page of an authority's revenue staff (LOCAL): their own authority (officeCode is its 7-digit code). */
export function OwnAuthorityHome() {
  const account = useAccount();
  return <Navigate replace to={`/local-authorities/${account.officeCode}`} />;
}
