import { Actor } from '@app/shared';

/**
 * Where the purchase gate (采购前必先查仓) learns what idle stock is on offer.
 *
 * Consistency: this answer is advisory and may lag the event store by the projector's delay
 * (normally well under a second). The gate records exactly which listings it saw in the purchase
 * event, so a decision is always explainable; a listing that appeared a moment ago and was missed
 * can still be found by the requester in the warehouse, and one that closed a moment ago only
 * means the requester is pointed at it needlessly. No invariant of a stream depends on it.
 */
export interface IdleStock {
  /** Open listings of the category's 门类 (or 大类 when given) that the requester may see and does not own, open at `now`. */
  openListingsOf(categoryCode: string, requester: Actor, now: Date): Promise<readonly { readonly listingId: string }[]>;
}

/** Injection token: each app that runs the warehouse commands wires this to its read side. */
export const IDLE_STOCK = Symbol('IDLE_STOCK');
