import createClient, { Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { currentLanguage } from '../i18n/I18nProvider';
import { session } from '../auth/session';
import { READ_AFTER, READ_STALE, readAfter, reportStaleRead, WRITTEN_THROUGH, wroteThrough } from './consistency';

export type Schemas = components['schemas'];

/** Untouched copies of requests that carried a token, to send again after a silent refresh. */
const retries = new WeakMap<Request, Request>();

/** Sends a request again with the session's current token (a refresh may have replaced it meanwhile). */
function sendAgain(request: Request): Promise<Response> {
  const token = session.current()?.token;
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  return fetch(request);
}

/** The same request after a silent refresh; null when it is refused again. */
async function retryWithNewToken(retry: Request): Promise<Response | null> {
  const again = await sendAgain(retry);
  return again.status === 401 ? null : again;
}

/**
 * A read the API answered before the read models reached this person's writes is asked again a few
 * times (the API waits up to its limit each time) before the page shows it as still updating: on a
 * busy server the projector can be seconds behind, and a page should not keep the old state.
 */
const STALE_READ_RETRIES = 4;

async function readUntilCaughtUp(request: Request, answer: Response): Promise<Response> {
  let latest = answer;
  for (let i = 0; i < STALE_READ_RETRIES && latest.headers.get(READ_STALE) === 'true'; i++) {
    const again = await sendAgain(new Request(request));
    if (!again.ok) return latest;
    latest = again;
  }
  return latest;
}

/**
 * Every request carries the bearer token and the chosen language. A 401 on a request that sent a
 * token means the access token expired (or the session ended): the client refreshes it once and
 * sends the request again; when the refresh is refused the session store tells the app, which
 * sends the person to sign-in and back (forms keep their drafts). Writes and reads carry the
 * positions that let a page read its own writes (see consistency.ts).
 */
const authAndLanguage: Middleware = {
  onRequest({ request }) {
    const token = session.current()?.token;
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', currentLanguage());
    const after = readAfter();
    if (request.method === 'GET' && after) request.headers.set(READ_AFTER, after);
    if (token) retries.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    let answer = response;
    if (response.status === 401 && request.headers.has('Authorization')) {
      const retry = retries.get(request);
      const renewed = retry && (await session.refresh()) ? await retryWithNewToken(retry) : null;
      if (!renewed) {
        session.expire();
        return response;
      }
      answer = renewed;
    }
    if (answer.ok && request.method === 'GET') answer = await readUntilCaughtUp(request, answer);
    if (answer.ok) wroteThrough(answer.headers.get(WRITTEN_THROUGH));
    if (answer.headers.get(READ_STALE) === 'true') reportStaleRead();
    return answer;
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
