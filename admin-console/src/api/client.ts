import createClient, { type Middleware } from 'openapi-fetch';
import { accessToken, refresh, signIn } from '../auth/session';
import type { paths as casePaths } from './generated/cases';
import type { paths as configurationPaths } from './generated/configuration';
import type { paths as identityPaths } from './generated/identity';
import type { paths as tenantPaths } from './generated/tenants';
import { isProblem, ProblemError } from './problem';

/**
 * Every call carries the access token from memory; a 401 refreshes it once and tries again, and
 * a login that is over sends the browser to sign in again. An error answer is thrown as a
 * ProblemError, so screens show the problem (and forms its field errors) without checking status.
 */
const auth: Middleware = {
  onRequest({ request }) {
    const token = accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', document.documentElement.lang || 'zh-CN');
    return request;
  },
  async onResponse({ request, response, options }) {
    if (response.status === 401 && request.headers.has('Authorization')) {
      if (await refresh()) {
        const again = new Request(request, { headers: new Headers(request.headers) });
        again.headers.set('Authorization', `Bearer ${accessToken()}`);
        return options.fetch(again);
      }
      await signIn();
    }
    return response;
  },
};

const problems: Middleware = {
  async onResponse({ response }) {
    if (response.ok) return response;
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => null);
    throw new ProblemError(
      isProblem(body) ? body : { title: response.statusText || 'Request failed', status: response.status },
    );
  },
};

function client<Paths extends object>() {
  const c = createClient<Paths>({ baseUrl: '' });
  c.use(auth, problems);
  return c;
}

export const casesApi = client<casePaths>();
export const configurationApi = client<configurationPaths>();
export const identityApi = client<identityPaths>();
export const tenantsApi = client<tenantPaths>();

/** A binary download (attachments, workbooks) with the caller's token. */
export async function download(path: string): Promise<Blob> {
  const send = () => fetch(path, { headers: { Authorization: `Bearer ${accessToken()}` } });
  let response = await send();
  if (response.status === 401 && (await refresh())) response = await send();
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new ProblemError(isProblem(body) ? body : { title: response.statusText, status: response.status });
  }
  return response.blob();
}

/**
 * A binary upload (attachments, workbooks) with the caller's token and any further headers (a
 * workbook's If-Match); answers the JSON body.
 */
export async function upload<T>(
  path: string,
  method: 'POST' | 'PUT',
  body: Blob,
  contentType: string,
  headers: Record<string, string> = {},
): Promise<T> {
  const send = () =>
    fetch(path, {
      method,
      body,
      headers: { ...headers, Authorization: `Bearer ${accessToken()}`, 'Content-Type': contentType, Accept: 'application/json' },
    });
  let response = await send();
  if (response.status === 401 && (await refresh())) response = await send();
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ProblemError(isProblem(json) ? json : { title: response.statusText, status: response.status });
  }
  return json as T;
}
