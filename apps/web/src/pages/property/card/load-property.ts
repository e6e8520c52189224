import { api, Schemas } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/errors';

export type PropertyCard = Schemas['PropertyCardView'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The card once the register has caught up with `atLeastRevision` (what a command just returned): reads are
 * projections, so a card opened right after a change may briefly show the state before it.
 */
export async function loadPropertyCard(propertyId: string, atLeastRevision?: string): Promise<PropertyCard> {
  const want = atLeastRevision === undefined ? -1n : BigInt(atLeastRevision);
  for (let attempt = 0; ; attempt++) {
    try {
      const card = await unwrap(api.GET('/api/properties/{propertyId}', { params: { path: { propertyId } } }));
      if (BigInt(card.property.revision) >= want || attempt >= 25) return card;
    } catch (error: unknown) {
      // Just registered: the register may not hold it yet.
      if (!(error instanceof ApiError && error.code === 'PROPERTY_NOT_FOUND') || attempt >= 25) throw error;
    }
    await sleep(200);
  }
}
