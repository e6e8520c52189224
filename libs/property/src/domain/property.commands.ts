import type { Actor } from '@app/shared';
import type { PropertyKind, PropertyStatus, PropertyUse } from './property.constants';
import type { EnteredLocation } from './property.events';

/** What the handler found in the register about another property (a parent, an ancestor): read from its stream. */
export interface PropertyFacts {
  readonly propertyId: string;
  readonly kind: PropertyKind;
  readonly use: PropertyUse;
}

/** The asset card a property names as its 房屋和构筑物 card, as its stream shows it; null when there is none. */
export interface LinkedAssetFacts {
  readonly assetId: string;
  readonly categoryCode: string;
  readonly departmentId: string;
}

interface Acting {
  readonly actor: Actor;
  /** China date of the decision (YYYY-MM-DD): dates after it are refused. */
  readonly today: string;
  readonly propertyId: string;
}

export interface RegisterProperty extends Acting {
  readonly kind: 'RegisterProperty';
  readonly propertyNo: string;
  readonly propertyKind: PropertyKind;
  readonly parentId: string | null;
  /** The parent as registered; null when parentId names nothing registered (or is null). */
  readonly parent: PropertyFacts | null;
  readonly name: string;
  readonly address: string;
  readonly location: EnteredLocation | null;
  readonly grossAreaSqm: number;
  readonly usableAreaSqm: number | null;
  readonly use: PropertyUse;
  /** Omitted by an asset manager (their own unit); an administrator names it. */
  readonly ownerUnitId: string | null;
  readonly occupantUnitId: string | null;
  readonly occupiedSince: string | null;
  readonly status: PropertyStatus;
  readonly assetId: string | null;
  readonly asset: LinkedAssetFacts | null;
}

export interface CorrectProperty extends Acting {
  readonly kind: 'CorrectProperty';
  readonly name?: string;
  readonly address?: string;
  /** null clears the coordinates; absent leaves them. */
  readonly location?: EnteredLocation | null;
  readonly grossAreaSqm?: number;
  readonly usableAreaSqm?: number | null;
  readonly use?: PropertyUse;
  readonly parentId?: string | null;
  readonly parent?: PropertyFacts | null;
  readonly assetId?: string | null;
  readonly asset?: LinkedAssetFacts | null;
  readonly reason: string;
}

export interface ChangePropertyStatus extends Acting {
  readonly kind: 'ChangePropertyStatus';
  readonly to: PropertyStatus;
  readonly reason: string;
}

export interface ChangeOccupancy extends Acting {
  readonly kind: 'ChangeOccupancy';
  /** null: the property is vacated. */
  readonly toUnitId: string | null;
  readonly since: string;
  readonly reason: string;
  /** Set when an allocation (调配) hands the property over. */
  readonly allocationId: string | null;
}

export interface AssessSharingEligibility extends Acting {
  readonly kind: 'AssessSharingEligibility';
  readonly eligible: boolean;
  readonly reason: string;
  /** Uses of the properties above this one (parent first): a room of a school is surveyed as the school's. */
  readonly ancestorUses: readonly PropertyUse[];
}

export type PropertyCommand = RegisterProperty | CorrectProperty | ChangePropertyStatus | ChangeOccupancy | AssessSharingEligibility;
