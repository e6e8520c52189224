import { Inject, Injectable } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CommandContext } from '@app/shared';
import { executeOnStream, ExecuteOptions } from '@app/platform/cqrs/execute-on-stream';
import { ASSET_DECIDER_DEPS, assetDecider, AssetDeciderDeps } from '../domain/asset.decider';
import { initialApprovalPolicyState } from '../domain/approval-policy';
import { ApprovalPolicySource } from './approval-policy.source';
import { CategoryTableSource } from './category-table.source';
import { AssetCommand } from '../domain/asset.commands';
import { CategoryCatalog } from '../categories/category-catalog';
import { assetStreamId } from '../domain/asset.events';
import { AssetCommandResult, toAssetCommandResult } from './asset-command.result';

const DERIVED_ID_NAMESPACE = '9d0c4a7e-52a1-4f3b-8c11-7e5b2d6f0a39';

/** Ids a command creates (listing, claim, transfer) follow from its command id, so a retry creates the same ones. */
export function derivedId(context: CommandContext, purpose: string): string {
  return uuidv5(`${context.commandId}:${purpose}`, DERIVED_ID_NAMESPACE);
}

/** Runs one asset command against the asset's stream: every asset handler is this call. */
@Injectable()
export class AssetCommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ASSET_DECIDER_DEPS) private readonly deps: Omit<AssetDeciderDeps, 'policies'>,
    private readonly policies: ApprovalPolicySource,
    private readonly tables: CategoryTableSource,
  ) {}

  /**
   * `categoriesInForce`: the table a caller running many registrations loaded once for its batch (an import),
   * instead of a read of the table's stream per command; a table loaded meanwhile applies from its next batch.
   */
  async run(
    command: AssetCommand,
    context: CommandContext,
    options: ExecuteOptions = {},
    categoriesInForce?: CategoryCatalog,
  ): Promise<AssetCommandResult> {
    // Selecting a claim (also a first-come claim) fixes the approval chain: it needs the policies in force.
    const fixesChain = command.kind === 'ClaimAsset' || command.kind === 'SelectClaim';
    const policies = fixesChain ? await this.policies.load() : initialApprovalPolicyState();
    // A card's category is checked against the table in force; other commands never look at it.
    const setsCategory = command.kind === 'RegisterAsset' || command.kind === 'CorrectAsset';
    const categories = setsCategory ? (categoriesInForce ?? (await this.tables.catalog())) : this.deps.categories;
    const decider = assetDecider({ ...this.deps, categories, policies });
    const result = await executeOnStream(this.store, assetStreamId(command.assetId), decider, command, context, options);
    return toAssetCommandResult(command.assetId, result);
  }
}
