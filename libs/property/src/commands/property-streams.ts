import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { AssetEvent, assetStreamId } from '@app/assets/domain/asset.events';
import { evolveAsset, initialAssetState } from '@app/assets/domain/asset.state';
import { CommandContext } from '@app/shared';
import { executeOnStream, ExecuteOptions } from '@app/platform/cqrs/execute-on-stream';
import { PropertyUse } from '../domain/property.constants';
import { LinkedAssetFacts, PropertyCommand, PropertyFacts } from '../domain/property.commands';
import { propertyDecider } from '../domain/property.decider';
import { PropertyEvent, propertyStreamId } from '../domain/property.events';
import { evolveProperty, initialPropertyState, RegisteredProperty } from '../domain/property.state';
import { PropertyCommandResult, toPropertyResult } from './property-command.result';

/** The deepest nesting is room → floor → building → parcel: no chain is longer. */
const MAX_ANCESTORS = 3;

/** Reads what property decisions take from other streams (a parent, the linked asset card) and runs the decision. */
@Injectable()
export class PropertyStreams {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async property(propertyId: string): Promise<RegisteredProperty | null> {
    const events = await this.store.readStream(propertyStreamId(propertyId));
    const state = events.reduce((s, e) => evolveProperty(s, { type: e.type, data: e.data } as PropertyEvent), initialPropertyState());
    return state.status === 'registered' ? state : null;
  }

  /** The parent as registered, or null (for a null id, or an id nothing is registered under). */
  async facts(propertyId: string | null | undefined): Promise<PropertyFacts | null> {
    if (!propertyId) return null;
    const p = await this.property(propertyId);
    return p && { propertyId: p.propertyId, kind: p.kind, use: p.use };
  }

  /** Uses of the properties above this one, nearest first. */
  async ancestorUses(propertyId: string): Promise<PropertyUse[]> {
    const uses: PropertyUse[] = [];
    let next = (await this.property(propertyId))?.parentId ?? null;
    for (let depth = 0; next !== null && depth < MAX_ANCESTORS; depth++) {
      const parent = await this.property(next);
      if (!parent) break;
      uses.push(parent.use);
      next = parent.parentId;
    }
    return uses;
  }

  /** The asset card as its stream shows it now, or null when there is none (or it was written off). */
  async asset(assetId: string | null | undefined): Promise<LinkedAssetFacts | null> {
    if (!assetId) return null;
    const events = await this.store.readStream(assetStreamId(assetId));
    const state = events.reduce((s, e) => evolveAsset(s, { type: e.type, data: e.data } as AssetEvent), initialAssetState());
    return state.status === 'registered' ? { assetId, categoryCode: state.categoryCode, departmentId: state.departmentId } : null;
  }

  async run(command: PropertyCommand, context: CommandContext, options: ExecuteOptions = {}): Promise<PropertyCommandResult> {
    const result = await executeOnStream(this.store, propertyStreamId(command.propertyId), propertyDecider, command, context, options);
    return toPropertyResult(command.propertyId, result);
  }
}
