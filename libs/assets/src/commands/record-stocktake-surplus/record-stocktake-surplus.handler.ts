import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { chinaDate } from '@app/shared';
import { RecordStocktakeSurplus } from '../../domain/stocktake.decider';
import { AssetCommandRunner, derivedId } from '../asset-command.runner';
import { assetIdFor } from '../register-asset/register-asset.command';
import { StocktakeCommandResult } from '../stocktake-command.result';
import { StocktakeCommandRunner } from '../stocktake-command.runner';
import { RecordStocktakeSurplusCommand } from './record-stocktake-surplus.command';

/**
 * The new card goes through the one registration path (its own stream, the same checks), then is linked to the
 * task. The registration's command id derives from the task and the number (not from this request), so any
 * retry of the same surplus, with or without an Idempotency-Key, replays the registration and finishes the link.
 */
@CommandHandler(RecordStocktakeSurplusCommand)
export class RecordStocktakeSurplusHandler implements ICommandHandler<RecordStocktakeSurplusCommand, StocktakeCommandResult> {
  constructor(
    private readonly assets: AssetCommandRunner,
    private readonly runner: StocktakeCommandRunner,
  ) {}

  async execute({ stocktakeId, request, context }: RecordStocktakeSurplusCommand): Promise<StocktakeCommandResult> {
    const { assetNo, departmentId, ...card } = request;
    const assetId = assetIdFor(assetNo);
    const link: RecordStocktakeSurplus = {
      kind: 'RecordStocktakeSurplus',
      actor: context.actor,
      stocktakeId,
      now: context.now.toISOString(),
      asset: { assetId, assetNo, assetName: card.name, departmentId, location: card.location, custodian: card.custodian },
    };
    // A task that would refuse the link refuses before any card is registered (a refused request writes nothing).
    await this.runner.check(link);
    const register = {
      ...context,
      commandId: derivedId({ ...context, commandId: stocktakeId }, `surplus-card:${assetNo}`),
      freshCommandId: false,
    };
    await this.assets.run(
      {
        kind: 'RegisterAsset',
        actor: context.actor,
        today: chinaDate(context.now),
        assetId,
        assetNo,
        departmentId,
        card: {
          ...card,
          brand: card.brand ?? null,
          specification: card.specification ?? null,
          accumulatedDepreciationFen: card.accumulatedDepreciationFen ?? 0,
          usage: card.usage ?? null,
        },
      },
      register,
    );
    return this.runner.run(link, context, { assetId });
  }
}
