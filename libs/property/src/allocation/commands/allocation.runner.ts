import { Inject, Injectable } from '@nestjs/common';
import { ApprovalPolicySource, initialApprovalPolicyState } from '@app/assets';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CommandContext, DepartmentDirectory, DomainError, SYSTEM_ACTOR } from '@app/shared';
import { executeOnStream, ExecuteOptions } from '@app/platform/cqrs/execute-on-stream';
import { SpaceNeedError } from '../../needs/domain/space-need.errors';
import { SpaceNeedCommandResult } from '../../needs/commands/space-need-command.result';
import { derivedId, fixedCommandId, SpaceNeedStreams } from '../../needs/commands/space-need.streams';
import { PropertyError } from '../../domain/property.errors';
import { AllocationCommand, allocationDecider, ConfirmAllocationHandover, StartAllocation } from '../domain/allocation.decider';
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
    let result: Awaited<ReturnType<typeof executeOnStream>>;
    try {
      result = await executeOnStream(this.store, allocationStreamId(allocationId), decider, command, context);
    } catch (error) {
      // The property changed between the two writes: the reservation is released, so the need is not stranded.
      if (error instanceof DomainError && (await this.allocation(allocationId)).status === 'none') {
        await this.release(needId, allocationId, `选用未成功：${error.message}`, context);
      }
      throw error;
    }
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

  /**
   * 确认交接: decided on the allocation first (who, approvals done, date), then the occupancy is written on the
   * property's stream (the race between allocations is decided there), and only then handed-over is
   * appended. Refused as not vacant, the allocation ends and its need is open again with the reason.
   */
  async handover(
    allocationId: string,
    request: { since: string | null; note: string | null },
    context: CommandContext,
    options: ExecuteOptions = {},
  ): Promise<SpaceNeedCommandResult> {
    const before = await this.started(allocationId);
    const facts = await this.properties.facts(before.property.propertyId);
    // A handover cut off after its occupancy was written completes with the date already recorded.
    const recorded = facts?.occupancyAllocationId === allocationId;
    const command: ConfirmAllocationHandover = {
      kind: 'ConfirmAllocationHandover',
      actor: context.actor,
      allocationId,
      now: context.now.toISOString(),
      since: recorded ? facts.occupiedSince : request.since,
      note: request.note,
      property: facts?.property ?? null,
    };
    const decision = this.decider().decide(command, before);
    if (decision instanceof DomainError) throw decision;
    const occupied: string[] = [];
    const handedOver = decision.find((e) => e.type === 'space-allocation.handed-over.v1');
    if (handedOver) {
      try {
        occupied.push(...(await this.properties.occupy({ ...handedOver.data, toDepartmentId: before.toDepartmentId }, context)));
      } catch (error) {
        if (error instanceof PropertyError && error.code === 'PROPERTY_NOT_VACANT') await this.end(before, error, context);
        throw error;
      }
    }
    const result = await this.run(command, context, options);
    const state = await this.started(allocationId);
    return this.result(state.needId, allocationId, result, [...occupied, ...(await this.carry(state, context))]);
  }

  /** The property went to someone else while this allocation waited: it ends, and the need is open again. */
  private async end(a: StartedAllocation, refusal: PropertyError, context: CommandContext): Promise<void> {
    await this.run(
      {
        kind: 'EndAllocation',
        actor: SYSTEM_ACTOR,
        allocationId: a.allocationId,
        now: context.now.toISOString(),
        code: refusal.code,
        reason: `物业 ${a.property.propertyNo} 已不是闲置物业（已由其他单位使用或另作他用），调配终止`,
      },
      { ...this.sub(context, fixedCommandId(`allocation:${a.allocationId}:end`)), actor: SYSTEM_ACTOR },
      {},
    );
    await this.carry(await this.started(a.allocationId), context);
  }

  private decider() {
    // Only a start fixes the chain; steps, handover and end never read the policies.
    return allocationDecider({ departments: this.departments, policies: initialApprovalPolicyState() });
  }

  private run(command: AllocationCommand, context: CommandContext, options: ExecuteOptions) {
    return executeOnStream(this.store, allocationStreamId(command.allocationId), this.decider(), command, context, options);
  }

  private async started(allocationId: string): Promise<StartedAllocation> {
    const state = await this.allocation(allocationId);
    if (state.status === 'none') throw new SpaceNeedError('ALLOCATION_NOT_FOUND', `没有调配 ${allocationId}`);
    return state;
  }

  /** What the allocation's status means for the need and the property, written to their streams (each idempotent). */
  private async carry(a: StartedAllocation, context: CommandContext): Promise<string[]> {
    const at = context.now.toISOString();
    if (a.status === 'rejected' || a.status === 'ended') {
      const reason = a.status === 'rejected' ? '调配被驳回' : '物业已由其他单位使用或另作他用，调配终止';
      return this.release(a.needId, a.allocationId, reason, context);
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

  private async release(needId: string, allocationId: string, reason: string, context: CommandContext): Promise<string[]> {
    const released = await this.needs.run(
      { kind: 'ReleaseSpaceNeed', actor: context.actor, needId, now: context.now.toISOString(), allocationId, reason },
      this.sub(context, fixedCommandId(`allocation:${allocationId}:release`)),
    );
    return released.replayed ? [] : released.events;
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
