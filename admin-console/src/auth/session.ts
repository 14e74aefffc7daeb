import { challengeOf, randomToken } from './pkce';
import { claimsOf, type Claims } from './claims';

/**
 * The console's sign-in: the authorization server's own login page, reached with the
 * authorization code flow and PKCE for the public client `onedoor-console`. Tokens live in this
 * module's memory only (never in storage); the PKCE verifier and the page to come back to stay in
 * sessionStorage for the one redirect, and are removed when the code is exchanged. A reload asks
 * the authorization server again, which answers at once while its login session lasts.
 */
export const CLIENT_ID = 'onedoor-console';
export const CALLBACK_PATH = '/console/callback';
const PENDING = 'onedoor.console.pending-sign-in';
/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 60_000;

interface Tokens {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  claims: Claims;
}

interface Pending {
  state: string;
  verifier: string;
  returnTo: string;
}

type Listener = (claims: Claims | null) => void;

let tokens: Tokens | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<Listener>();

function redirectUri(): string {
  return `${window.location.origin}${CALLBACK_PATH}`;
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentClaims(): Claims | null {
  return tokens?.claims ?? null;
}

export function accessToken(): string | null {
  return tokens?.accessToken ?? null;
}

/** Sends the browser to the authorization server, to come back to {@code returnTo}. */
export async function signIn(returnTo = window.location.pathname + window.location.search): Promise<never> {
  const pending: Pending = { state: randomToken(16), verifier: randomToken(48), returnTo };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: redirectUri(),
    scope: 'openid profile',
    state: pending.state,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
  });
  window.location.assign(`/oauth2/authorize?${query}`);
  return new Promise<never>(() => {});
}

/** Completes a sign-in on the callback page; answers where to go next. */
export async function completeSignIn(search: string): Promise<string> {
  const params = new URLSearchParams(search);
  const raw = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  if (params.get('error')) {
    throw new Error(params.get('error_description') ?? params.get('error') ?? 'sign-in refused');
  }
  const pending = raw ? (JSON.parse(raw) as Pending) : null;
  const code = params.get('code');
  if (!pending || !code || params.get('state') !== pending.state) {
    throw new Error('The sign-in answer does not match the request this page made.');
  }
  await exchange({
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri(),
    client_id: CLIENT_ID,
    code_verifier: pending.verifier,
  });
  return pending.returnTo.startsWith(CALLBACK_PATH) ? '/' : pending.returnTo;
}

/** A fresh access token from the refresh token; false when the login is over. */
export function refresh(): Promise<boolean> {
  if (!tokens?.refreshToken) return Promise.resolve(false);
  if (!refreshing) {
    const refreshToken = tokens.refreshToken;
    refreshing = exchange({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: CLIENT_ID })
      .then(() => true)
      .catch(() => {
        setTokens(null);
        return false;
      })
      .finally(() => {
        refreshing = null;
      });
  }
  return refreshing;
}

/**
 * Signing out forgets the tokens and ends the authorization server's login session (OpenID
 * Connect RP-initiated logout), which then sends the browser back to the console's start.
 */
export function signOut(): void {
  const idToken = tokens?.idToken;
  // Forgotten without telling the pages: a page told the session is over would start a new
  // sign-in, racing the sign-out's own navigation.
  tokens = null;
  clearTimeout(refreshTimer);
  const query = new URLSearchParams({ client_id: CLIENT_ID });
  if (idToken) query.set('id_token_hint', idToken);
  query.set('post_logout_redirect_uri', `${window.location.origin}/`);
  window.location.assign(`/connect/logout?${query}`);
}

async function exchange(form: Record<string, string>): Promise<void> {
  const response = await fetch('/oauth2/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams(form),
    credentials: 'omit',
  });
  if (!response.ok) {
    throw new Error(`token endpoint answered ${response.status}`);
  }
  const body = (await response.json()) as {
    access_token: string;
    refresh_token?: string;
    id_token?: string;
    expires_in?: number;
  };
  setTokens({
    accessToken: body.access_token,
    refreshToken: body.refresh_token ?? tokens?.refreshToken,
    idToken: body.id_token ?? tokens?.idToken,
    claims: claimsOf(body.access_token),
  });
}

function setTokens(next: Tokens | null): void {
  tokens = next;
  clearTimeout(refreshTimer);
  if (next) {
    const due = next.claims.exp * 1000 - Date.now() - REFRESH_MARGIN_MS;
    refreshTimer = setTimeout(() => void refresh(), Math.max(due, 5_000));
  }
  for (const listener of listeners) listener(next?.claims ?? null);
}

/** For component tests: a session with the given claims and no server behind it. */
export function signInForTest(claims: Partial<Claims>): void {
  const full: Claims = { sub: 'test', roles: [], scope: '', exp: Date.now() / 1000 + 300, ...claims };
  tokens = { accessToken: 'test', claims: full };
  for (const listener of listeners) listener(full);
}
