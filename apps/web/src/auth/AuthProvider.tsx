import { createContext, ReactNode, useContext, useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Session, session } from './session';

const SessionContext = createContext<Session | null>(null);

/** Where sign-in sends the person back to. */
export interface ReturnState {
  readonly from?: string;
  readonly expired?: boolean;
}

/** Follows the session store, so every page sees sign-in, sign-out and expiry at once. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<Session | null>(() => session.current());
  useEffect(() => session.subscribe(() => setCurrent(session.current())), []);
  return <SessionContext.Provider value={current}>{children}</SessionContext.Provider>;
}

export function useSession(): Session | null {
  return useContext(SessionContext);
}

/**
 * Pages behind sign-in. Without a session the person goes to sign-in; unless they signed out
 * themselves, sign-in brings them back to this page afterwards (forms keep their drafts).
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const current = useSession();
  const location = useLocation();
  if (!current) {
    const state: ReturnState =
      session.endedBy === 'signed-out' ? {} : { from: location.pathname + location.search, expired: session.endedBy === 'expired' };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  // The initial password comes first: the API refuses everything else until it is changed.
  if (current.mustChangePassword) return <Navigate to="/change-password" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}
