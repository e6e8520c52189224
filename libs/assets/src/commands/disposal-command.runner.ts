import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { Actor, CommandContext, DomainError, SYSTEM_ACTOR } from '@app/shared';
import { executeOnStream, ExecuteOptions } from '@app/platform/cqrs/execute-on-stream';
import { ASSET_DECIDER_DEPS, assetDecider, AssetDeciderDeps } from '../domain/asset.decider';
import { AssetDisposalCommand } from '../domain/asset-disposal.decider';
import { AssetError } from '../domain/asset.errors';
import { AssetEvent, assetStreamId } from '../domain/asset.events';
import { AssetState, evolveAsset, initialAssetState, RegisteredAsset } from '../domain/asset.state';
import { initialApprovalPolicyState } from '../domain/approval-policy';
import { DisposalCommand, disposalDecider } from '../domain/disposal.decider';
import { DisposalEvent, disposalStreamId } from '../domain/disposal.events';
import { DisposalState, evolveDisposal, initialDisposalState } from '../domain/disposal.state';
import { registeredAsset } from '../domain/asset-guards';
import { ApprovalPolicySource } from './approval-policy.source';
import { derivedId } from './asset-command.runner';
import { DisposalCommandResult } from './disposal-command.result';

/**
 * The disposal process: the decision is taken on the disposal's own stream, then carried to each of
 * its assets' streams (hold → 待处置, release on rejection or withdrawal, write-off on 核销). Every
 * write derives its event ids from the command id, so a retry with the same Idempotency-Key completes
 * a process cut off half-way and writes nothing twice; the asset deciders write nothing when the asset
 * already carries the step.
 */
@Injectable()
export class DisposalCommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ASSET_DECIDER_DEPS) private readonly deps: Omit<AssetDeciderDeps, 'policies'>,
    private readonly policies: ApprovalPolicySource,
  ) {}

  /** The assets a request names, each folded from its own stream (never from a read model). */
  async loadAssets(assetIds: readonly string[]): Promise<RegisteredAsset[]> {
    const out: RegisteredAsset[] = [];
    for (const assetId of assetIds) {
      const events = await this.store.readStream(assetStreamId(assetId));
      const state = events.reduce<AssetState>((s, e) => evolveAsset(s, { type: e.type, data: e.data } as AssetEvent), initialAssetState());
      const asset = registeredAsset({ assetId }, state);
      if (asset instanceof AssetError) throw new AssetError(asset.code, asset.message, { ...asset.details, field: 'assetIds', assetId });
      out.push(asset);
    }
    return out;
  }

  async disposal(disposalId: string): Promise<DisposalState> {
    const events = await this.store.readStream(disposalStreamId(disposalId));
    return events.reduce((s, e) => evolveDisposal(s, { type: e.type, data: e.data } as DisposalEvent), initialDisposalState());
  }

  async run(command: DisposalCommand, context: CommandContext, options: ExecuteOptions = {}): Promise<DisposalCommandResult> {
    // Only a request fixes the approval chain: it needs the policies in force.
    const policies = command.kind === 'RequestDisposal' ? await this.policies.load() : initialApprovalPolicyState();
    const decider = disposalDecider({ departments: this.deps.departments, policies });
    const result = await executeOnStream(this.store, disposalStreamId(command.disposalId), decider, command, context, options);
    const state = await this.disposal(command.disposalId);
    const assetEvents = await this.carryToAssets(state, context);
    return {
      disposalId: command.disposalId,
      revision: result.revision.toString(),
      events: result.events.map((e) => e.type),
      assetEvents,
      replayed: result.replayed,
    };
  }

  /**
   * Before 核销: re-applies the holds an approved request is missing (a hold cut off by a store error;
   * holding is idempotent), then names the assets still not held, which the decider refuses.
   */
  async assetsNotHeldForWriteOff(disposalId: string, context: CommandContext): Promise<string[]> {
    const state = await this.disposal(disposalId);
    if (state.status !== 'approved') return [];
    await this.carryToAssets(state, context);
    const notHeld: string[] = [];
    for (const { assetId, assetNo } of state.assets) {
      const asset = await this.assetState(assetId);
      const held =
        (asset.status === 'registered' && asset.phase.kind === 'pending_disposal' && asset.phase.disposalId === disposalId) ||
        (asset.status === 'written_off' && asset.disposalId === disposalId);
      if (!held) notHeld.push(assetNo);
    }
    return notHeld;
  }

  private async assetState(assetId: string): Promise<AssetState> {
    const events = await this.store.readStream(assetStreamId(assetId));
    return events.reduce<AssetState>((s, e) => evolveAsset(s, { type: e.type, data: e.data } as AssetEvent), initialAssetState());
  }

  /**
   * What the disposal's status means for each of its assets, written to their streams. An approved
   * request re-applies missing holds (in the requester's name: the hold is the request's) and leaves a
   * refused one to the write-off's check; a refused hold of a pending request abandons it.
   */
  private async carryToAssets(state: DisposalState, context: CommandContext): Promise<string[]> {
    if (state.status === 'none') return [];
    const written: string[] = [];
    const requester: Actor = {
      userId: state.requestedBy,
      role: 'asset_manager',
      departmentId: state.departmentId,
      displayName: state.requestedBy,
    };
    for (const { assetId } of state.assets) {
      const base = { actor: context.actor, assetId, disposalId: state.disposalId };
      const holding = state.status === 'pending' || state.status === 'approved';
      const command: AssetDisposalCommand = holding
        ? { ...base, actor: requester, kind: 'HoldForDisposal', disposalKind: state.disposalKind }
        : state.status === 'written_off'
          ? { ...base, kind: 'WriteOffAsset' }
          : { ...base, kind: 'ReleaseFromDisposal', outcome: state.status === 'rejected' ? 'rejected' : 'withdrawn' };
      try {
        written.push(...(await this.onAsset(command, context)));
      } catch (error: unknown) {
        if (!(error instanceof DomainError) || command.kind !== 'HoldForDisposal') throw error;
        if (state.status === 'approved') continue;
        // An asset changed between the request's check and its hold (a claim, a transfer): the request
        // cannot stand; it is withdrawn in the system's name and the assets already held are released.
        await this.abandon(state.disposalId, error, context);
        throw error;
      }
    }
    return written;
  }

  private async onAsset(command: AssetDisposalCommand, context: CommandContext): Promise<string[]> {
    const decider = assetDecider({ ...this.deps, policies: initialApprovalPolicyState() });
    const sub = { ...context, commandId: derivedId(context, `${command.kind}:${command.assetId}`), freshCommandId: false };
    const result = await executeOnStream(this.store, assetStreamId(command.assetId), decider, command, sub);
    return result.events.map((e) => e.type);
  }

  private async abandon(disposalId: string, cause: DomainError, context: CommandContext): Promise<void> {
    const system = { ...context, actor: SYSTEM_ACTOR, commandId: derivedId(context, 'abandon') };
    await executeOnStream(
      this.store,
      disposalStreamId(disposalId),
      {
        decide: (_: null, s: DisposalState) =>
          s.status === 'pending'
            ? [{ type: 'disposal.withdrawn.v1' as const, data: { disposalId, by: 'system', reason: `资产状态已变化：${cause.message}` } }]
            : [],
        evolve: evolveDisposal,
        initialState: initialDisposalState,
      },
      null,
      system,
    );
    await this.carryToAssets(await this.disposal(disposalId), system);
  }
}
