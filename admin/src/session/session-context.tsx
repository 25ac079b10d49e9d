import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type MutableRefObject, type ReactNode } from 'react';
import { Provider as UrqlProvider, useClient, useQuery, useMutation } from 'urql';
import { createApiClient } from '../api/client';
import { ME, SIGN_OUT, type Me } from './session.graphql';

/** Why the session ended, in Thai, by the API's code. */
const ENDED_TH: Record<string, string> = {
  UNAUTHENTICATED: 'หมดเวลาการใช้งาน กรุณาเข้าสู่ระบบอีกครั้ง',
  SESSION_REVOKED: 'การเข้าสู่ระบบถูกยกเลิก (บัญชีถูกย้ายสังกัดหรือเปลี่ยนระดับ) กรุณาเข้าสู่ระบบอีกครั้ง',
  ACCOUNT_SUSPENDED: 'บัญชีของท่านถูกระงับการใช้งาน',
};

interface SessionState {
  /** The signed-in account, null when nobody is, undefined while asking. */
  me: Me | null | undefined;
  /** Set when a request found the session over: the Thai reason. */
  ended: string | null;
  /** Asks who is signed in again; resolves once the answer is in. */
  refresh(): Promise<void>;
  signOut(): Promise<void>;
  /** After a sign-in over an ended session: the page underneath goes on. */
  resumed(): Promise<void>;
  /** Why the last session ended, when the page was loaded after it did (shown on the sign-in page). */
  endedBeforeLoad: string | null;
}

/** Set at sign-in, cleared at sign-out: a refused `me` then means the session ran out, not a first visit. */
const SIGNED_IN_MARK = 'damrong.signedIn';
export const markSignedIn = (): void => localStorage.setItem(SIGNED_IN_MARK, '1');

/** The Thai reason a session found over on loading a page ended, or null on a first visit. */
function endedOnLoad(code: unknown): string | null {
  if (localStorage.getItem(SIGNED_IN_MARK) !== '1') return null;
  localStorage.removeItem(SIGNED_IN_MARK);
  return ENDED_TH[typeof code === 'string' && code in ENDED_TH ? code : 'UNAUTHENTICATED'];
}

const SessionContext = createContext<SessionState | null>(null);

export const useSession = (): SessionState => {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
};

/** The signed-in account as it stands (always present under the signed-in layout). */
export const useAccount = () => {
  const { me } = useSession();
  if (!me) throw new Error('useAccount without a signed-in account');
  return me.account;
};

interface SessionStateProps {
  children: ReactNode;
  ended: string | null;
  setEnded(v: string | null): void;
  /** True from a sign-out until the next account is signed in: a request refused meanwhile ends no session. */
  signingOut: MutableRefObject<boolean>;
}

function SessionState({ children, ended, setEnded, signingOut }: SessionStateProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ME, requestPolicy: 'network-only', context: useMemo(() => ({ sessionCheck: false }), []) });
  const [, signOutMutation] = useMutation(SIGN_OUT);
  const client = useClient();
  const refresh = useCallback(async () => {
    await client.query(ME, {}, { requestPolicy: 'network-only', sessionCheck: false }).toPromise();
    reexecute({ requestPolicy: 'cache-only' });
  }, [client, reexecute]);
  // While asking again (after a sign-in), an answer of nobody is not taken for the answer to come.
  const me = fetching && !data?.me ? undefined : error && !data ? null : (data?.me ?? null);
  const [endedBeforeLoad, setEndedBeforeLoad] = useState<string | null>(null);
  useEffect(() => {
    if (me === null && error) setEndedBeforeLoad(endedOnLoad(error.graphQLErrors[0]?.extensions?.code));
    if (me) {
      setEndedBeforeLoad(null);
      signingOut.current = false;
    }
  }, [me, error, signingOut]);
  const value = useMemo<SessionState>(() => ({
    me,
    ended,
    endedBeforeLoad,
    refresh,
    async signOut() {
      // A request of the page still on its way (a figure refreshing) comes back refused once the session is gone:
      // that is the sign-out, not a session that ran out, and must not hold the page under the session-ended dialog.
      signingOut.current = true;
      localStorage.removeItem(SIGNED_IN_MARK);
      await signOutMutation({});
      setEnded(null);
      await refresh();
    },
    async resumed() {
      await refresh();
      setEnded(null);
    },
  }), [me, ended, endedBeforeLoad, refresh, signOutMutation, setEnded, signingOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The GraphQL client and the session: who is signed in, and whether a request found the session over. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [ended, setEnded] = useState<string | null>(null);
  const signingOut = useRef(false);
  const client = useMemo(() => createApiClient((code) => {
    if (!signingOut.current) setEnded(ENDED_TH[code] ?? ENDED_TH.UNAUTHENTICATED);
  }), []);
  return (
    <UrqlProvider value={client}>
      <SessionState ended={ended} setEnded={setEnded} signingOut={signingOut}>{children}</SessionState>
    </UrqlProvider>
  );
}
