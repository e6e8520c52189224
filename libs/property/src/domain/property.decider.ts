import { Actor, Decision } from '@app/shared';
import {
  PARENT_KINDS,
  PARENT_REQUIRED,
  PROPERTY_KIND_LABELS,
  PROPERTY_OFFICE_RULE,
  PropertyKind,
  PropertyUse,
  SHARING_SURVEY_USES,
} from './property.constants';
import {
  ChangeOccupancy,
  ChangePropertyStatus,
  CorrectProperty,
  LinkedAssetFacts,
  PropertyCommand,
  PropertyFacts,
  RegisterProperty,
  AssessSharingEligibility,
  TieSharedSpace,
  UntieSharedSpace,
} from './property.commands';
import { PropertyChanges, PropertyEvent, propertyIdFor } from './property.events';
import { PropertyError } from './property.errors';
import {
  checkAreas,
  checkKind,
  checkPastDate,
  checkPropertyNo,
  checkStatus,
  checkText,
  checkUnitId,
  checkUse,
  checkUuid,
  storedLocation,
} from './property-fields';
import { evolveProperty, initialPropertyState, PropertyState, RegisteredProperty } from './property.state';

/** 房屋和构筑物 is 门类 A01 of GB/T 14885-2022: only such a card can stand for a property in the ledger. */
const BUILDINGS_CLASS = 'A01';

const officeRefusal = (p: { name: string }, what: string) =>
  new PropertyError('OFFICE_SPACE_NOT_LENDABLE', `${p.name} is office space and cannot be ${what}. ${PROPERTY_OFFICE_RULE}`, {
    rule: PROPERTY_OFFICE_RULE,
  });

/**
 * Office space by place: a floor or room inside a building or floor registered as 办公用房 is office space
 * whatever its own use says (a 会议室 of an office building is still the office's). A parcel's use does not
 * carry down: a compound holds canteens, car parks and grounds that may be opened. Null when none is office.
 */
export function officeAbove(ancestors: readonly PropertyFacts[]): PropertyFacts | null {
  return ancestors.find((a) => (a.kind === 'building' || a.kind === 'floor') && a.use === 'office') ?? null;
}

const officeAboveRefusal = (p: { name: string }, above: PropertyFacts, what: string) =>
  new PropertyError(
    'OFFICE_SPACE_NOT_LENDABLE',
    `${p.name} sits in office space (${above.kind} ${above.propertyId}) and cannot be ${what}. ${PROPERTY_OFFICE_RULE}`,
    { rule: PROPERTY_OFFICE_RULE, officePropertyId: above.propertyId },
  );

/** Asset managers act for their own unit, administrators for any; null when the actor may act for `unitId`. */
function notActingFor(actor: Actor, unitId: string): PropertyError | null {
  if (actor.role === 'system_admin') return null;
  if (actor.role === 'asset_manager' && actor.departmentId === unitId) return null;
  return new PropertyError(
    'PROPERTY_NOT_YOUR_UNIT',
    `property of unit ${unitId} is kept by that unit's asset manager or an administrator`,
    {
      ownerUnitId: unitId,
    },
  );
}

/** A parent must be registered and of a kind that holds this one (parcel → building → floor → room). */
function parentProblem(kind: PropertyKind, parentId: string | null, parent: PropertyFacts | null, self?: string): PropertyError | null {
  const allowed = PARENT_KINDS[kind];
  if (parentId === null) {
    return PARENT_REQUIRED.has(kind)
      ? new PropertyError('PROPERTY_PARENT_INVALID', `a ${kind} must sit in a ${allowed.join(' or ')}`, { field: 'parentId', allowed })
      : null;
  }
  if (checkUuid(parentId, 'parentId')) return checkUuid(parentId, 'parentId');
  if (parentId === self) return new PropertyError('PROPERTY_PARENT_INVALID', 'a property cannot contain itself', { field: 'parentId' });
  if (parent === null || parent.propertyId !== parentId)
    return new PropertyError('PROPERTY_PARENT_INVALID', `parent ${parentId} is not registered`, { field: 'parentId', parentId });
  if (!allowed.includes(parent.kind)) {
    const names = allowed.map((k) => PROPERTY_KIND_LABELS[k]).join('或') || '无';
    return new PropertyError('PROPERTY_PARENT_INVALID', `a ${kind} cannot sit in a ${parent.kind} (上级应为${names})`, {
      field: 'parentId',
      parentKind: parent.kind,
      allowed,
    });
  }
  return null;
}

/**
 * A unit places its property only in its own buildings and parcels: another unit's building would list the room
 * on its card and lose its area in the vacancy figures. An administrator may (a unit housed in another's building).
 */
function parentOwnerProblem(actor: Actor, parent: PropertyFacts | null, ownerUnitId: string): PropertyError | null {
  if (parent === null || parent.ownerUnitId === ownerUnitId || actor.role === 'system_admin') return null;
  return new PropertyError(
    'PROPERTY_NOT_YOUR_UNIT',
    `parent ${parent.propertyId} is on the books of ${parent.ownerUnitId}: only an administrator may place ${ownerUnitId}'s property in it`,
    { field: 'parentId', ownerUnitId: parent.ownerUnitId },
  );
}

function assetProblem(assetId: string | null, asset: LinkedAssetFacts | null, ownerUnitId: string): PropertyError | null {
  if (assetId === null) return null;
  const badId = checkUuid(assetId, 'assetId');
  if (badId) return badId;
  if (asset === null || asset.assetId !== assetId)
    return new PropertyError('PROPERTY_ASSET_CARD_INVALID', `asset ${assetId} is not in the ledger`, { field: 'assetId' });
  if (!asset.categoryCode.startsWith(BUILDINGS_CLASS))
    return new PropertyError('PROPERTY_ASSET_CARD_INVALID', `asset ${assetId} is not a 房屋和构筑物 card (${asset.categoryCode})`, {
      field: 'assetId',
      categoryCode: asset.categoryCode,
    });
  if (asset.departmentId !== ownerUnitId)
    return new PropertyError(
      'PROPERTY_ASSET_CARD_INVALID',
      `asset ${assetId} is on the books of ${asset.departmentId}, not ${ownerUnitId}`,
      {
        field: 'assetId',
      },
    );
  return null;
}

const addressMin = (kind: PropertyKind) => (kind === 'parcel' || kind === 'building' ? 1 : 0);

function register(command: RegisterProperty, state: PropertyState): Decision<PropertyEvent> {
  if (state.status === 'registered')
    return new PropertyError('PROPERTY_ALREADY_REGISTERED', `物业编号 ${command.propertyNo} is already registered`, {
      propertyId: state.propertyId,
    });
  const { actor } = command;
  if (actor.role !== 'asset_manager' && actor.role !== 'system_admin')
    return new PropertyError('PROPERTY_NOT_YOUR_UNIT', 'property is registered by a unit asset manager or an administrator');
  const ownerUnitId = command.ownerUnitId ?? (actor.role === 'asset_manager' ? actor.departmentId : null);
  if (ownerUnitId === null) return checkUnitId(ownerUnitId, 'ownerUnitId') as PropertyError;
  const problem =
    checkUnitId(ownerUnitId, 'ownerUnitId') ??
    notActingFor(actor, ownerUnitId) ??
    checkPropertyNo(command.propertyNo) ??
    checkKind(command.propertyKind) ??
    checkUse(command.use) ??
    checkStatus(command.status) ??
    checkText(command.name, 'name', 1, 100) ??
    checkText(command.address, 'address', addressMin(command.propertyKind), 200) ??
    checkAreas(command.grossAreaSqm, command.usableAreaSqm) ??
    (command.occupantUnitId === null ? null : checkUnitId(command.occupantUnitId, 'occupantUnitId')) ??
    (command.occupiedSince === null ? null : checkPastDate(command.occupiedSince, 'occupiedSince', command.today));
  if (problem) return problem;
  if (command.occupantUnitId !== null && command.status === 'idle')
    return new PropertyError('INVALID_PROPERTY_FIELD', 'an idle (闲置) property has no occupant', {
      field: 'status',
      problem: '闲置物业不能填写使用单位',
    });
  if (command.occupantUnitId === null && command.occupiedSince !== null)
    return new PropertyError('INVALID_PROPERTY_FIELD', 'occupiedSince without an occupant', {
      field: 'occupiedSince',
      problem: 'needs occupantUnitId',
    });
  if (command.propertyId !== propertyIdFor(command.propertyNo))
    return new PropertyError('INVALID_PROPERTY_FIELD', 'propertyId must follow from propertyNo', {
      field: 'propertyId',
      problem: 'not derived',
    });
  const located = storedLocation(command.location);
  if (located instanceof PropertyError) return located;
  const related =
    parentProblem(command.propertyKind, command.parentId, command.parent, command.propertyId) ??
    parentOwnerProblem(actor, command.parent, ownerUnitId) ??
    assetProblem(command.assetId, command.asset, ownerUnitId);
  if (related) return related;
  if (command.use === 'office' && command.status === 'leased') return officeRefusal(command, 'registered as leased');
  return [
    {
      type: 'property.registered.v1',
      data: {
        propertyId: command.propertyId,
        propertyNo: command.propertyNo,
        kind: command.propertyKind,
        parentId: command.parentId,
        name: command.name.trim(),
        address: command.address.trim(),
        location: located.location,
        enteredLocation: located.entered,
        grossAreaSqm: command.grossAreaSqm,
        usableAreaSqm: command.usableAreaSqm,
        use: command.use,
        ownerUnitId,
        occupantUnitId: command.occupantUnitId,
        occupiedSince: command.occupantUnitId === null ? null : (command.occupiedSince ?? command.today),
        status: command.status,
        assetId: command.assetId,
      },
    },
  ];
}

function registered(command: { propertyId: string }, state: PropertyState): RegisteredProperty | PropertyError {
  return state.status === 'registered'
    ? state
    : new PropertyError('PROPERTY_NOT_FOUND', `property ${command.propertyId} is not registered`, { propertyId: command.propertyId });
}

const needsReason = (reason: unknown) => checkText(reason, 'reason', 1, 500);

const sameLocation = (a: { lng: number; lat: number } | null, b: { lng: number; lat: number } | null) =>
  a === b || (a !== null && b !== null && a.lng === b.lng && a.lat === b.lat);

function correct(command: CorrectProperty, state: PropertyState): Decision<PropertyEvent> {
  const p = registered(command, state);
  if (p instanceof PropertyError) return p;
  const problem = notActingFor(command.actor, p.ownerUnitId) ?? needsReason(command.reason);
  if (problem) return problem;
  const changes: { -readonly [K in keyof PropertyChanges]: PropertyChanges[K] } = {};
  if (command.name !== undefined) {
    const bad = checkText(command.name, 'name', 1, 100);
    if (bad) return bad;
    if (command.name.trim() !== p.name) changes.name = command.name.trim();
  }
  if (command.address !== undefined) {
    const bad = checkText(command.address, 'address', addressMin(p.kind), 200);
    if (bad) return bad;
    if (command.address.trim() !== p.address) changes.address = command.address.trim();
  }
  if (command.location !== undefined) {
    const located = storedLocation(command.location);
    if (located instanceof PropertyError) return located;
    if (!sameLocation(located.location, p.location))
      Object.assign(changes, { location: located.location, enteredLocation: located.entered });
  }
  if (command.grossAreaSqm !== undefined || command.usableAreaSqm !== undefined) {
    const gross = command.grossAreaSqm ?? p.grossAreaSqm;
    const usable = command.usableAreaSqm === undefined ? p.usableAreaSqm : command.usableAreaSqm;
    const bad = checkAreas(gross, usable);
    if (bad) return bad;
    if (gross !== p.grossAreaSqm) changes.grossAreaSqm = gross;
    if (usable !== p.usableAreaSqm) changes.usableAreaSqm = usable;
  }
  if (command.use !== undefined) {
    const bad = checkUse(command.use);
    if (bad) return bad;
    if (command.use !== p.use) {
      // Calling a leased or open-to-the-public property office space would make the register break the rule.
      if (command.use === 'office' && p.propertyStatus === 'leased') return officeRefusal(p, 'leased');
      if (command.use === 'office' && p.sharingEligible === true) return officeRefusal(p, 'opened to the public');
      if (command.use === 'office' && p.sharedSpaceIds.length > 0)
        return new PropertyError(
          'OFFICE_SPACE_NOT_LENDABLE',
          `${p.name} has shared spaces on it (${p.sharedSpaceIds.join(', ')}) and cannot become office space while they are there. ${PROPERTY_OFFICE_RULE}`,
          { rule: PROPERTY_OFFICE_RULE, sharedSpaceIds: p.sharedSpaceIds },
        );
      changes.use = command.use;
    }
  }
  if (command.parentId !== undefined && command.parentId !== p.parentId) {
    const bad =
      parentProblem(p.kind, command.parentId, command.parent ?? null, p.propertyId) ??
      parentOwnerProblem(command.actor, command.parent ?? null, p.ownerUnitId);
    if (bad) return bad;
    // Moving a shared room into an office building or floor would make it office space with the space still open.
    const office = command.parent ? officeAbove([command.parent]) : null;
    if (office && p.sharedSpaceIds.length > 0) return officeAboveRefusal(p, office, 'moved there while shared spaces sit on it');
    changes.parentId = command.parentId;
  }
  if (command.assetId !== undefined && command.assetId !== p.assetId) {
    const bad = assetProblem(command.assetId, command.asset ?? null, p.ownerUnitId);
    if (bad) return bad;
    changes.assetId = command.assetId;
  }
  if (Object.keys(changes).length === 0)
    return new PropertyError('PROPERTY_NOTHING_TO_CORRECT', `nothing differs from what property ${p.propertyNo} says`);
  return [{ type: 'property.corrected.v1', data: { propertyId: p.propertyId, changes, reason: command.reason.trim() } }];
}

function changeStatus(command: ChangePropertyStatus, state: PropertyState): Decision<PropertyEvent> {
  const p = registered(command, state);
  if (p instanceof PropertyError) return p;
  const problem = notActingFor(command.actor, p.ownerUnitId) ?? checkStatus(command.to, 'to') ?? needsReason(command.reason);
  if (problem) return problem;
  if (command.to === p.propertyStatus)
    return new PropertyError('PROPERTY_STATUS_UNCHANGED', `property ${p.propertyNo} is already ${command.to}`, { status: command.to });
  if (command.to === 'leased' && p.use === 'office') return officeRefusal(p, 'leased or lent');
  const officeAround = command.to === 'leased' ? officeAbove(command.ancestors ?? []) : null;
  if (officeAround) return officeAboveRefusal(p, officeAround, 'leased or lent');
  return [
    {
      type: 'property.status-changed.v1',
      data: { propertyId: p.propertyId, from: p.propertyStatus, to: command.to, reason: command.reason.trim() },
    },
  ];
}

function changeOccupancy(command: ChangeOccupancy, state: PropertyState): Decision<PropertyEvent> {
  const p = registered(command, state);
  if (p instanceof PropertyError) return p;
  // An allocation's handover is carried out by the system on the allocation's behalf (its approvals already ran).
  const bySystem = command.actor.role === 'system' && command.allocationId !== null;
  // The link to an allocation is the register's proof that a 调配 was approved: only the system may write it.
  if (command.allocationId !== null && command.actor.role !== 'system')
    return new PropertyError('INVALID_PROPERTY_FIELD', 'only an approved allocation’s handover records an allocation', {
      field: 'allocationId',
      problem: 'set by the system only',
    });
  const problem =
    (bySystem ? null : notActingFor(command.actor, p.ownerUnitId)) ??
    (command.toUnitId === null ? null : checkUnitId(command.toUnitId, 'toUnitId')) ??
    checkPastDate(command.since, 'since', command.today) ??
    needsReason(command.reason) ??
    (command.allocationId === null ? null : checkUuid(command.allocationId, 'allocationId'));
  if (problem) return problem;
  if (bySystem) {
    // Sent again for the same allocation: its occupancy is recorded already, nothing more to write.
    if (p.occupancyAllocationId === command.allocationId && p.occupantUnitId === command.toUnitId) return [];
    // Decided under the property stream's revision: of two allocations of one property only the first moves in.
    if (p.occupantUnitId !== null || p.propertyStatus !== 'idle')
      return new PropertyError(
        'PROPERTY_NOT_VACANT',
        `property ${p.propertyNo} is no longer vacant (${p.occupantUnitId ?? p.propertyStatus})`,
        {
          propertyId: p.propertyId,
          occupantUnitId: p.occupantUnitId,
          status: p.propertyStatus,
        },
      );
  }
  if (command.toUnitId === p.occupantUnitId)
    return new PropertyError(
      'PROPERTY_OCCUPANCY_UNCHANGED',
      `property ${p.propertyNo} is already occupied by ${command.toUnitId ?? 'nobody'}`,
    );
  if (p.occupiedSince !== null && command.since < p.occupiedSince)
    return new PropertyError('INVALID_PROPERTY_FIELD', `since must not be before the current occupancy began (${p.occupiedSince})`, {
      field: 'since',
      problem: 'before the current occupancy',
    });
  return [
    {
      type: 'property.occupancy-changed.v1',
      data: {
        propertyId: p.propertyId,
        fromUnitId: p.occupantUnitId,
        toUnitId: command.toUnitId,
        since: command.since,
        reason: command.reason.trim(),
        allocationId: command.allocationId,
      },
    },
    ...statusFollowingOccupancy(p, command.toUnitId),
  ];
}

/**
 * 闲置 means nobody uses it: a unit moving into an idle property puts it 在用, and the last unit leaving an
 * in-use one leaves it 闲置, in the same append, so the register, map and vacancy report never show an
 * occupied property as idle. 出租出借 and 待处置 are decided by the owner and stay as they are.
 */
function statusFollowingOccupancy(p: RegisteredProperty, toUnitId: string | null): PropertyEvent[] {
  const moveIn = toUnitId !== null && p.occupantUnitId === null && p.propertyStatus === 'idle';
  const moveOut = toUnitId === null && p.propertyStatus === 'in_use';
  if (!moveIn && !moveOut) return [];
  return [
    {
      type: 'property.status-changed.v1',
      data: {
        propertyId: p.propertyId,
        from: p.propertyStatus,
        to: moveIn ? 'in_use' : 'idle',
        reason: moveIn ? '有单位入驻使用，转为在用' : '使用单位已腾退，转为闲置',
      },
    },
  ];
}

/** Whether the 应开尽开 survey covers this property: a school, parking lot or sports venue, or a part of a school. */
export function surveyApplies(use: PropertyUse, ancestorUses: readonly PropertyUse[]): boolean {
  return SHARING_SURVEY_USES.has(use) || ancestorUses.includes('school');
}

function assessEligibility(command: AssessSharingEligibility, state: PropertyState): Decision<PropertyEvent> {
  const p = registered(command, state);
  if (p instanceof PropertyError) return p;
  const problem = notActingFor(command.actor, p.ownerUnitId) ?? needsReason(command.reason);
  if (problem) return problem;
  if (typeof command.eligible !== 'boolean')
    return new PropertyError('INVALID_PROPERTY_FIELD', 'eligible must be true or false', { field: 'eligible', problem: 'boolean' });
  if (p.use === 'office' && command.eligible) return officeRefusal(p, 'opened for sharing');
  const officeAround = command.eligible ? officeAbove(command.ancestors ?? []) : null;
  if (officeAround) return officeAboveRefusal(p, officeAround, 'opened for sharing');
  if (!surveyApplies(p.use, command.ancestorUses))
    return new PropertyError(
      'SHARING_ELIGIBILITY_NOT_APPLICABLE',
      `the 应开尽开 survey covers schools, parking lots and sports venues; ${p.name} is ${p.use}`,
      { use: p.use },
    );
  return [
    {
      type: 'property.sharing-eligibility-assessed.v1',
      data: { propertyId: p.propertyId, eligible: command.eligible, reason: command.reason.trim() },
    },
  ];
}

function tieSharedSpace(command: TieSharedSpace, state: PropertyState): Decision<PropertyEvent> {
  const p = registered(command, state);
  if (p instanceof PropertyError) return p;
  const problem = checkUuid(command.spaceId, 'spaceId');
  if (problem) return problem;
  const unit = command.actor.departmentId;
  if (command.actor.role !== 'system_admin' && (unit === null || (unit !== p.ownerUnitId && unit !== p.occupantUnitId)))
    return new PropertyError(
      'PROPERTY_NOT_YOUR_UNIT',
      `property ${p.propertyNo} is neither on the books of nor used by ${unit ?? 'nobody'}`,
      {
        ownerUnitId: p.ownerUnitId,
      },
    );
  if (p.use === 'office') return officeRefusal(p, 'shared');
  const above = officeAbove(command.ancestors);
  if (above) return officeAboveRefusal(p, above, 'shared');
  // A retried publish or tie finds its space already here: nothing more to record.
  if (p.sharedSpaceIds.includes(command.spaceId)) return [];
  return [{ type: 'property.shared-space-tied.v1', data: { propertyId: p.propertyId, spaceId: command.spaceId } }];
}

function untieSharedSpace(command: UntieSharedSpace, state: PropertyState): Decision<PropertyEvent> {
  const p = registered(command, state);
  if (p instanceof PropertyError) return p;
  // Sent only after the space's own stream says it moved (its managing unit decided that); the old property
  // may be another unit's that the space's unit used, so no unit check here. Untying twice records nothing.
  if (!p.sharedSpaceIds.includes(command.spaceId)) return [];
  return [{ type: 'property.shared-space-untied.v1', data: { propertyId: p.propertyId, spaceId: command.spaceId } }];
}

export function decideProperty(command: PropertyCommand, state: PropertyState): Decision<PropertyEvent> {
  switch (command.kind) {
    case 'RegisterProperty':
      return register(command, state);
    case 'CorrectProperty':
      return correct(command, state);
    case 'ChangePropertyStatus':
      return changeStatus(command, state);
    case 'ChangeOccupancy':
      return changeOccupancy(command, state);
    case 'AssessSharingEligibility':
      return assessEligibility(command, state);
    case 'TieSharedSpace':
      return tieSharedSpace(command, state);
    case 'UntieSharedSpace':
      return untieSharedSpace(command, state);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

export const propertyDecider = { decide: decideProperty, evolve: evolveProperty, initialState: initialPropertyState };
