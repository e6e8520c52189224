import { Inject, Injectable } from '@nestjs/common';
import { ApprovalPolicySource, initialApprovalPolicyState } from '@app/assets';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CommandContext, DepartmentDirectory, DomainError } from '@app/shared';
import { executeOnStream, ExecuteOptions } from '@app/platform/cqrs/execute-on-stream';
import { SpaceNeedError } from '../../needs/domain/space-need.errors';
import { SpaceNeedCommandResult } from '../../needs/commands/space-need-command.result';
import { derivedId, fixedCommandId, SpaceNeedStreams } from '../../needs/commands/space-need.streams';
import { AllocationCommand, allocationDecider, StartAllocation } from '../domain/allocation.decider';
import { AllocationEvent, allocationStreamId } from '../domain/allocation.events';
import { AllocationState, evolveAllocation, initialAllocationState, StartedAllocation } from '../domain/allocation.state';
import { AllocationProperties } from './allocation-properties';

/**
 * The allocation (调配) process. Each decision is taken on the allocation's own stream, then carried to
 * the need (reserved while under way, open again on a rejection, fulfilled on handover) and, on
 * handover, to the property's occupancy. Every carried write has a command id fixed by the allocation,
 * so a request sent again completes a process cut off half-way and writes nothing twice.
 */
@Injectable()
export class AllocationRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly departments: DepartmentDirectory,
    private readonly policies: ApprovalPolicySource,
    private readonly needs: SpaceNeedStreams,
    private readonly properties: AllocationProperties,
  ) {}

  async allocation(allocationId: string): Promise<AllocationState> {
    const events = await this.store.readStream(allocationStreamId(allocationId));
    return events.reduce((s, e) => evolveAllocation(s, { type: e.type, data: e.data } as AllocationEvent), initialAllocationState());
  }

  /** 选用匹配物业: reserve the need for the new allocation, then start it with the chain in force. */
  async take(needId: string, propertyId: string, context: CommandContext): Promise<SpaceNeedCommandResult> {
    const allocationId = derivedId(context, 'allocation');
    const need = await this.needs.need(needId);
    if (need.status === 'none') throw new SpaceNeedError('SPACE_NEED_NOT_FOUND', `没有需求 ${needId}`);
    const facts = await this.properties.facts(propertyId);
    const command: StartAllocation = {
      kind: 'StartAllocation',
      actor: context.actor,
      allocationId,
      now: context.now.toISOString(),
      need,
      property: facts?.property ?? null,
      valueFen: await this.properties.valueFen(facts?.assetId ?? null),
    };
    const decider = allocationDecider({ departments: this.departments, policies: await this.policies.load() });
    // Decided once before any write, so a refusal (not vacant, use not fit, not your need) writes nothing anywhere.
    const existing = await this.allocation(allocationId);
    if (existing.status === 'none') {
      const refusal = decider.decide(command, existing);
      if (refusal instanceof DomainError) throw refusal;
    }
    const reserved = await this.needs.run(
      { kind: 'ReserveSpaceNeed', actor: context.actor, needId, now: command.now, allocationId, propertyId },
      this.sub(context, fixedCommandId(`allocation:${allocationId}:reserve`)),
    );
    const result = await executeOnStream(this.store, allocationStreamId(allocationId), decider, command, context);
    return this.result(needId, allocationId, result, reserved.events);
  }

  async decideStep(
    allocationId: string,
    decision: { approve: boolean; comment: string | null },
    context: CommandContext,
    options: ExecuteOptions = {},
  ): Promise<SpaceNeedCommandResult> {
    const result = await this.run(
      { kind: 'DecideAllocationStep', actor: context.actor, allocationId, now: context.now.toISOString(), ...decision },
      context,
      options,
    );
    const state = await this.started(allocationId);
    return this.result(state.needId, allocationId, result, await this.carry(state, context));
  }

  async handover(
    allocationId: string,
    request: { since: string | null; note: string | null },
    context: CommandContext,
    options: ExecuteOptions = {},
  ): Promise<SpaceNeedCommandResult> {
    const before = await this.started(allocationId);
    const facts = await this.properties.facts(before.property.propertyId);
    const result = await this.run(
      {
        kind: 'ConfirmAllocationHandover',
        actor: context.actor,
        allocationId,
        now: context.now.toISOString(),
        ...request,
        property: facts?.property ?? null,
      },
      context,
      options,
    );
    const state = await this.started(allocationId);
    return this.result(state.needId, allocationId, result, await this.carry(state, context));
  }

  private run(command: AllocationCommand, context: CommandContext, options: ExecuteOptions) {
    // Only a start fixes the chain; steps and handover never read the policies.
    const decider = allocationDecider({ departments: this.departments, policies: initialApprovalPolicyState() });
    return executeOnStream(this.store, allocationStreamId(command.allocationId), decider, command, context, options);
  }

  private async started(allocationId: string): Promise<StartedAllocation> {
    const state = await this.allocation(allocationId);
    if (state.status === 'none') throw new SpaceNeedError('ALLOCATION_NOT_FOUND', `没有调配 ${allocationId}`);
    return state;
  }

  /** What the allocation's status means for the need and the property, written to their streams (each idempotent). */
  private async carry(a: StartedAllocation, context: CommandContext): Promise<string[]> {
    const at = context.now.toISOString();
    if (a.status === 'rejected') {
      const released = await this.needs.run(
        { kind: 'ReleaseSpaceNeed', actor: context.actor, needId: a.needId, now: at, allocationId: a.allocationId, reason: '调配被驳回' },
        this.sub(context, fixedCommandId(`allocation:${a.allocationId}:release`)),
      );
      return released.replayed ? [] : released.events;
    }
    if (a.status !== 'handed_over') return [];
    const since = await this.handedOverSince(a.allocationId);
    const occupied = await this.properties.occupy(
      { allocationId: a.allocationId, propertyId: a.property.propertyId, toDepartmentId: a.toDepartmentId, since },
      context,
    );
    const fulfilled = await this.needs.run(
      {
        kind: 'FulfilSpaceNeed',
        actor: context.actor,
        needId: a.needId,
        now: at,
        allocationId: a.allocationId,
        propertyId: a.property.propertyId,
        since,
      },
      this.sub(context, fixedCommandId(`allocation:${a.allocationId}:fulfil`)),
    );
    return [...occupied, ...(fulfilled.replayed ? [] : fulfilled.events)];
  }

  private async handedOverSince(allocationId: string): Promise<string> {
    const events = await this.store.readStream(allocationStreamId(allocationId));
    const handedOver = events.find((e) => e.type === 'space-allocation.handed-over.v1');
    return (handedOver?.data as { since: string }).since;
  }

  private sub(context: CommandContext, commandId: string): CommandContext {
    return { ...context, commandId, freshCommandId: false, requestFingerprint: undefined };
  }

  private result(
    needId: string,
    allocationId: string,
    result: { revision: bigint; events: readonly { type: string }[]; replayed: boolean },
    carried: string[],
  ): SpaceNeedCommandResult {
    return {
      needId,
      allocationId,
      revision: result.revision.toString(),
      events: result.events.map((e) => e.type),
      carried,
      replayed: result.replayed,
    };
  }
}
