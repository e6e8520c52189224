import { AssetEvent } from '../domain/asset.events';
import { upcastCategoryCode } from './category-code';

type Data = Readonly<Record<string, unknown>>;

function withCode<T extends Data>(data: T | undefined, key = 'categoryCode'): T | undefined {
  if (!data || typeof data[key] !== 'string') return data;
  const code = upcastCategoryCode(data[key]);
  return code === data[key] ? data : { ...data, [key]: code };
}

/**
 * An asset event as read, with category codes in the 9-character form. Events written with 7-character
 * codes (A020000) are read as A02000000: every reader (deciders, projections, rebuilds, as-of folds) goes
 * through this, and nothing stored is rewritten. The three places a code lives: a registration's card, a
 * correction's previous/corrected fields, and a listing's snapshot of the card.
 */
export function upcastAssetEvent(stored: { type: string; data: object }): AssetEvent {
  const event = stored as { type: string; data: Data };
  const d = event.data as Record<string, Data | undefined>;
  switch (event.type) {
    case 'asset.registered.v1': {
      const data = withCode(event.data);
      return (data === event.data ? event : { type: event.type, data }) as AssetEvent;
    }
    case 'asset.corrected.v1': {
      const previous = withCode(d.previous);
      const corrected = withCode(d.corrected);
      if (previous === d.previous && corrected === d.corrected) return event as AssetEvent;
      return { type: event.type, data: { ...event.data, previous, corrected } } as AssetEvent;
    }
    case 'asset.listed.v1': {
      const asset = withCode(d.asset);
      return (asset === d.asset ? event : { type: event.type, data: { ...event.data, asset } }) as AssetEvent;
    }
    default:
      return event as AssetEvent;
  }
}

/** A demand or purchase request as read: its category code in the 9-character form (see upcastAssetEvent). */
export function upcastCategoryCodeIn<E extends { type: string; data: object }>(event: { type: string; data: object }): E {
  const data = withCode(event.data as Data);
  return (data === event.data ? event : { type: event.type, data }) as unknown as E;
}
