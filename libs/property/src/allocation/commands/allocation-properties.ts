import { Inject, Injectable } from '@nestjs/common';
import { AssetEvent, AssetState, assetStreamId, evolveAsset, initialAssetState } from '@app/assets';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { chinaDate, CommandContext, SYSTEM_ACTOR } from '@app/shared';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { propertyDecider } from '../../domain/property.decider';
import { PropertyEvent, propertyStreamId } from '../../domain/property.events';
import { evolveProperty, initialPropertyState, PropertyState } from '../../domain/property.state';
import { fixedCommandId } from '../../needs/commands/space-need.streams';
import { AllocatableProperty } from '../domain/allocation.decider';

/** What an allocation reads of a property and its 房屋和构筑物 card, from their own streams (never a read model). */
export interface PropertyFacts {
  readonly property: AllocatableProperty;
  readonly assetId: string | null;
  /** The allocation whose handover began the current occupancy (null: none), and since when. */
  readonly occupancyAllocationId: string | null;
  readonly occupiedSince: string | null;
}

/** The property side of an allocation: its facts before a decision, and the occupancy change a handover carries. */
@Injectable()
export class AllocationProperties {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async facts(propertyId: string): Promise<PropertyFacts | null> {
    const events = await this.store.readStream(propertyStreamId(propertyId));
    const state = events.reduce<PropertyState>(
      (s, e) => evolveProperty(s, { type: e.type, data: e.data } as PropertyEvent),
      initialPropertyState(),
    );
    if (state.status !== 'registered') return null;
    return {
      property: {
        propertyId: state.propertyId,
        propertyNo: state.propertyNo,
        name: state.name,
        kind: state.kind,
        use: state.use,
        status: state.propertyStatus,
        grossAreaSqm: state.grossAreaSqm,
        ownerUnitId: state.ownerUnitId,
        occupantUnitId: state.occupantUnitId,
      },
      assetId: state.assetId,
      occupancyAllocationId: state.occupancyAllocationId,
      occupiedSince: state.occupiedSince,
    };
  }

  /** Original value (分) of the linked card, 0 without one (or with a card not registered). */
  async valueFen(assetId: string | null): Promise<number> {
    if (assetId === null) return 0;
    const events = await this.store.readStream(assetStreamId(assetId));
    const asset = events.reduce<AssetState>((s, e) => evolveAsset(s, { type: e.type, data: e.data } as AssetEvent), initialAssetState());
    return asset.status === 'registered' ? asset.originalValueFen : 0;
  }

  /**
   * The property's occupancy moves to the receiving department, in the system's name on the allocation's
   * behalf. Its command id follows from the allocation alone: a handover sent again under any key finds
   * the change written and writes nothing. The property decider refuses (PROPERTY_NOT_VACANT) unless the
   * property is vacant, under the property stream's revision: of two allocations of one room, one moves in.
   */
  async occupy(
    a: { allocationId: string; propertyId: string; toDepartmentId: string; since: string },
    context: CommandContext,
  ): Promise<string[]> {
    const sub: CommandContext = {
      ...context,
      actor: SYSTEM_ACTOR,
      commandId: fixedCommandId(`allocation:${a.allocationId}:occupancy`),
      freshCommandId: false,
      requestFingerprint: undefined,
    };
    const result = await executeOnStream(
      this.store,
      propertyStreamId(a.propertyId),
      propertyDecider,
      {
        kind: 'ChangeOccupancy',
        actor: SYSTEM_ACTOR,
        today: chinaDate(context.now),
        propertyId: a.propertyId,
        toUnitId: a.toDepartmentId,
        since: a.since,
        reason: `调配交接（调配单 ${a.allocationId}）`,
        allocationId: a.allocationId,
      },
      sub,
    );
    return result.replayed ? [] : result.events.map((e) => e.type);
  }
}
