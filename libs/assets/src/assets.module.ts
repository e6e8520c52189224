import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { CqrsModule } from '@nestjs/cqrs';
import { DepartmentDirectory, UnitHoldings } from '@app/shared';
import { FileStore, filesConfig } from '@app/platform/files/file-store';
import { organisationConfig } from '@app/platform/organisation/organisation.config';
import { assetsConfig } from './assets.config';
import { CategoryCatalog } from './categories/category-catalog';
import { AssetCommandRunner } from './commands/asset-command.runner';
import { ClaimAssetHandler } from './commands/claim-asset/claim-asset.handler';
import { ConfirmHandoverHandler } from './commands/confirm-handover/confirm-handover.handler';
import { CorrectAssetHandler } from './commands/correct-asset/correct-asset.handler';
import { DecideTransferStepHandler } from './commands/decide-transfer-step/decide-transfer-step.handler';
import { ExpireListingHandler } from './commands/expire-listing/expire-listing.handler';
import { EscalateTransferStepHandler } from './commands/escalate-transfer-step/escalate-transfer-step.handler';
import { WarnListingExpiryHandler } from './commands/warn-listing-expiry/warn-listing-expiry.handler';
import { ListAssetHandler } from './commands/list-asset/list-asset.handler';
import { RegisterAssetHandler } from './commands/register-asset/register-asset.handler';
import { RelocateAssetHandler } from './commands/relocate-asset/relocate-asset.handler';
import { LendAssetHandler } from './commands/lend-asset/lend-asset.handler';
import { ReturnLoanHandler } from './commands/return-loan/return-loan.handler';
import { SelectClaimHandler } from './commands/select-claim/select-claim.handler';
import { WithdrawListingHandler } from './commands/withdraw-listing/withdraw-listing.handler';
import { WithdrawTransferHandler } from './commands/withdraw-transfer/withdraw-transfer.handler';
import { ASSET_DECIDER_DEPS, AssetDeciderDeps } from './domain/asset.decider';
import { ApprovalPolicySource } from './commands/approval-policy.source';
import { LoadCategoryTableHandler } from './commands/load-category-table/load-category-table.handler';
import { AssetUnitHoldings } from './commands/asset-unit-holdings';
import { ApprovalPolicySeeder } from './commands/record-approval-policy/approval-policy.seeder';
import { RecordApprovalPolicyHandler } from './commands/record-approval-policy/record-approval-policy.handler';
import { DisposalCommandRunner } from './commands/disposal-command.runner';
import { RequestDisposalHandler } from './commands/request-disposal/request-disposal.handler';
import { DecideDisposalStepHandler } from './commands/decide-disposal-step/decide-disposal-step.handler';
import { WithdrawDisposalHandler } from './commands/withdraw-disposal/withdraw-disposal.handler';
import { WriteOffDisposalHandler } from './commands/write-off-disposal/write-off-disposal.handler';
import { RegisterFileChecker } from './import/register-file.checker';
import { AssetImportJobs } from './import/asset-import.jobs';
import { StocktakeCommandRunner } from './commands/stocktake-command.runner';
import { StocktakeScopeSource } from './commands/stocktake-scope.source';
import { OpenStocktakeHandler } from './commands/open-stocktake/open-stocktake.handler';
import { CountStocktakeAssetHandler } from './commands/count-stocktake-asset/count-stocktake-asset.handler';
import { RecordStocktakeSurplusHandler } from './commands/record-stocktake-surplus/record-stocktake-surplus.handler';
import { RecordStocktakeShortageHandler } from './commands/record-stocktake-shortage/record-stocktake-shortage.handler';
import { CloseStocktakeHandler } from './commands/close-stocktake/close-stocktake.handler';

/** The asset context's command side. Needs the category catalog and department directory modules in the app. */
@Module({
  imports: [
    CqrsModule,
    ConfigModule.forFeature(assetsConfig),
    ConfigModule.forFeature(filesConfig),
    ConfigModule.forFeature(organisationConfig),
  ],
  providers: [
    {
      provide: ASSET_DECIDER_DEPS,
      // The approval policies are not here: the runner loads them from their stream for each command that needs them.
      useFactory: (categories: CategoryCatalog, departments: DepartmentDirectory): Omit<AssetDeciderDeps, 'policies'> => ({
        categories,
        departments,
      }),
      inject: [CategoryCatalog, DepartmentDirectory],
    },
    ApprovalPolicySource,
    LoadCategoryTableHandler,
    ApprovalPolicySeeder,
    { provide: UnitHoldings, useClass: AssetUnitHoldings },
    RecordApprovalPolicyHandler,
    FileStore,
    AssetCommandRunner,
    RegisterAssetHandler,
    CorrectAssetHandler,
    RelocateAssetHandler,
    LendAssetHandler,
    ReturnLoanHandler,
    ListAssetHandler,
    WithdrawListingHandler,
    ExpireListingHandler,
    EscalateTransferStepHandler,
    WarnListingExpiryHandler,
    ClaimAssetHandler,
    SelectClaimHandler,
    DecideTransferStepHandler,
    WithdrawTransferHandler,
    ConfirmHandoverHandler,
    DisposalCommandRunner,
    RequestDisposalHandler,
    DecideDisposalStepHandler,
    WithdrawDisposalHandler,
    WriteOffDisposalHandler,
    RegisterFileChecker,
    AssetImportJobs,
    StocktakeScopeSource,
    StocktakeCommandRunner,
    OpenStocktakeHandler,
    CountStocktakeAssetHandler,
    RecordStocktakeSurplusHandler,
    RecordStocktakeShortageHandler,
    CloseStocktakeHandler,
  ],
  exports: [ASSET_DECIDER_DEPS, FileStore, ApprovalPolicySource, UnitHoldings, RegisterFileChecker, AssetImportJobs],
})
export class AssetsModule {}
