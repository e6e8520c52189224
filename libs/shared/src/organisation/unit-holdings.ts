/**
 * How many asset cards a unit has on its books, as the asset streams say (not a read model). The org
 * command side asks it before closing a unit; the asset context provides it.
 */
export abstract class UnitHoldings {
  abstract heldBy(unitId: string): Promise<number>;
}
