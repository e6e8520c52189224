import { excludeSystemEvents, Filter } from '@eventstore/db-client';

/**
 * A real server's $all also holds what the server writes itself: `$>` links in `$ce-`/`$et-` streams (system
 * projections), `$metadata` in `$$<stream>`, `$statsCollected` in `$stats-<node>`. None of it is a product event.
 */
export function isSystemEvent(event: { streamId: string; type: string }): boolean {
  return event.streamId.startsWith('$') || event.type.startsWith('$');
}

/** The server-side filter for a subscription without stream prefixes: event types not starting with `$`. */
export function productEventsFilter(): Filter | undefined {
  return excludeSystemEvents();
}
