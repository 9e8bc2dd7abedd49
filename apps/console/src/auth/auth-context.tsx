import type { UserManager } from 'oidc-client-ts';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { type Session, sessionOf } from './session';

export type AuthState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; session: Session };

interface Auth {
  state: AuthState;
  userManager: UserManager;
  signIn(returnTo?: string): Promise<void>;
  signOut(): Promise<void>;
  /** Called by the sign-in callback once the code was exchanged. */
  signedIn(session: Session): void;
}

const AuthContext = createContext<Auth | undefined>(undefined);

export function AuthProvider({ userManager, children }: { userManager: UserManager; children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    void userManager.getUser().then((user) => {
      if (current) setState(user && !user.expired ? { status: 'signed-in', session: sessionOf(user) } : { status: 'signed-out' });
    });
    // An expired token would only earn 401s: sign in again instead.
    const signedOut = () => setState({ status: 'signed-out' });
    userManager.events.addAccessTokenExpired(signedOut);
    userManager.events.addUserUnloaded(signedOut);
    return () => {
      current = false;
      userManager.events.removeAccessTokenExpired(signedOut);
      userManager.events.removeUserUnloaded(signedOut);
    };
  }, [userManager]);

  const auth = useMemo<Auth>(
    () => ({
      state,
      userManager,
      signIn: (returnTo = '/') => userManager.signinRedirect({ state: { returnTo } }),
      signOut: async () => {
        const user = await userManager.getUser();
        await userManager.removeUser();
        await userManager.signoutRedirect({ id_token_hint: user?.id_token });
      },
      signedIn: (session) => setState({ status: 'signed-in', session }),
    }),
    [state, userManager],
  );
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The signed-in session; only for screens behind RequireSession. */
export function useSession(): Session {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useSession without a signed-in user');
  return state.session;
}
