import createClient, { Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { currentLanguage } from '../i18n/I18nProvider';
import { session } from '../auth/session';
import { READ_AFTER, READ_STALE, readAfter, reportStaleRead, WRITTEN_THROUGH, wroteThrough } from './consistency';

export type Schemas = components['schemas'];

/**
 * Every request carries the bearer token and the chosen language. A 401 on a request that sent a
 * token means the session ended: the session store tells the app, which sends the person to
 * sign-in and back (forms keep their drafts). Writes and reads carry the positions that let a page
 * read its own writes (see consistency.ts).
 */
const authAndLanguage: Middleware = {
  onRequest({ request }) {
    const token = session.current()?.token;
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', currentLanguage());
    const after = readAfter();
    if (request.method === 'GET' && after) request.headers.set(READ_AFTER, after);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('Authorization')) session.expire();
    if (response.ok) wroteThrough(response.headers.get(WRITTEN_THROUGH));
    if (response.headers.get(READ_STALE) === 'true') reportStaleRead();
    return response;
  },
};

/** The one typed client: paths, parameters and bodies come from the API's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: typeof location === 'undefined' ? 'http://localhost' : location.origin });
api.use(authAndLanguage);

/** Headers the client adds by hand for a file download (fetch outside openapi-fetch). */
export function authHeaders(): Record<string, string> {
  const token = session.current()?.token;
  const after = readAfter();
  return {
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
    ...(after ? { [READ_AFTER]: after } : {}),
    'Accept-Language': currentLanguage(),
  };
}
