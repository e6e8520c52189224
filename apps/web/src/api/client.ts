import createClient, { Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { currentLanguage } from '../i18n/I18nProvider';
import { session } from '../auth/session';

export type Schemas = components['schemas'];

/** Untouched copies of requests that carried a token, to send again after a silent refresh. */
const retries = new WeakMap<Request, Request>();

/**
 * Every request carries the bearer token and the chosen language. A 401 on a request that sent a
 * token means the access token expired (or the session ended): the client refreshes it once and
 * sends the request again; when the refresh is refused the session store tells the app, which
 * sends the person to sign-in and back (forms keep their drafts).
 */
const authAndLanguage: Middleware = {
  onRequest({ request }) {
    const token = session.current()?.token;
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', currentLanguage());
    if (token) retries.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    if (response.status !== 401 || !request.headers.has('Authorization')) return response;
    const retry = retries.get(request);
    if (retry && (await session.refresh())) {
      retry.headers.set('Authorization', `Bearer ${session.current()?.token ?? ''}`);
      const again = await fetch(retry);
      if (again.status !== 401) return again;
    }
    session.expire();
    return response;
  },
};

/** The one typed client: paths, parameters and bodies come from the API's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: typeof location === 'undefined' ? 'http://localhost' : location.origin });
api.use(authAndLanguage);

/** Headers the client adds by hand for a file download (fetch outside openapi-fetch). */
export function authHeaders(): Record<string, string> {
  const token = session.current()?.token;
  return { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Accept-Language': currentLanguage() };
}
