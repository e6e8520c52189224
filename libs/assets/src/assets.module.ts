import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { CqrsModule } from '@nestjs/cqrs';
import { DepartmentDirectory } from '@app/shared';
import { ModuleConfig } from '@app/platform/config/module-config';
import { FileStore, filesConfig } from '@app/platform/files/file-store';
import { assetsConfig } from './assets.config';
import { CategoryCatalog } from './categories/category-catalog';
import { AssetCommandRunner } from './commands/asset-command.runner';
import { ClaimAssetHandler } from './commands/claim-asset/claim-asset.handler';
import { ConfirmHandoverHandler } from './commands/confirm-handover/confirm-handover.handler';
import { CorrectAssetHandler } from './commands/correct-asset/correct-asset.handler';
import { DecideTransferStepHandler } from './commands/decide-transfer-step/decide-transfer-step.handler';
import { ExpireListingHandler } from './commands/expire-listing/expire-listing.handler';
import { ListAssetHandler } from './commands/list-asset/list-asset.handler';
import { RegisterAssetHandler } from './commands/register-asset/register-asset.handler';
import { RelocateAssetHandler } from './commands/relocate-asset/relocate-asset.handler';
import { SelectClaimHandler } from './commands/select-claim/select-claim.handler';
import { WithdrawListingHandler } from './commands/withdraw-listing/withdraw-listing.handler';
import { WithdrawTransferHandler } from './commands/withdraw-transfer/withdraw-transfer.handler';
import { ASSET_DECIDER_DEPS, AssetDeciderDeps, DEFAULT_FINANCE_APPROVAL_THRESHOLD_FEN } from './domain/asset.decider';

/** The asset context's command side. Needs the category catalog and department directory modules in the app. */
@Module({
  imports: [CqrsModule, ConfigModule.forFeature(assetsConfig), ConfigModule.forFeature(filesConfig)],
  providers: [
    {
      provide: ASSET_DECIDER_DEPS,
      useFactory: (
        categories: CategoryCatalog,
        departments: DepartmentDirectory,
        config: ModuleConfig<typeof assetsConfig>,
      ): AssetDeciderDeps => ({
        categories,
        departments,
        policy: { financeApprovalThresholdFen: config.TRANSFER_FINANCE_APPROVAL_THRESHOLD_FEN ?? DEFAULT_FINANCE_APPROVAL_THRESHOLD_FEN },
      }),
      inject: [CategoryCatalog, DepartmentDirectory, assetsConfig.KEY],
    },
    FileStore,
    AssetCommandRunner,
    RegisterAssetHandler,
    CorrectAssetHandler,
    RelocateAssetHandler,
    ListAssetHandler,
    WithdrawListingHandler,
    ExpireListingHandler,
    ClaimAssetHandler,
    SelectClaimHandler,
    DecideTransferStepHandler,
    WithdrawTransferHandler,
    ConfirmHandoverHandler,
  ],
  exports: [ASSET_DECIDER_DEPS, FileStore],
})
export class AssetsModule {}
