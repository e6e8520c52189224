import createClient, { Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { currentLanguage } from '../i18n/I18nProvider';
import { session } from '../auth/session';

export type Schemas = components['schemas'];

/**
 * Every request carries the bearer token and the chosen language. A 401 on a request that sent a
 * token means the session ended: the session store tells the app, which sends the person to
 * sign-in and back (forms keep their drafts).
 */
const authAndLanguage: Middleware = {
  onRequest({ request }) {
    const token = session.current()?.token;
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', currentLanguage());
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('Authorization')) session.expire();
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
