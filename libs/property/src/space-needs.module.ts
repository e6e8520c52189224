import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ApprovalPolicySource } from '@app/assets';
import { SpaceNeedStreams } from './needs/commands/space-need.streams';
import { PostSpaceNeedHandler } from './needs/commands/post-space-need/post-space-need.handler';
import { WithdrawSpaceNeedHandler } from './needs/commands/withdraw-space-need/withdraw-space-need.handler';
import { AllocationProperties } from './allocation/commands/allocation-properties';
import { AllocationRunner } from './allocation/commands/allocation.runner';
import { TakeMatchHandler } from './allocation/commands/take-match/take-match.handler';
import { DecideAllocationStepHandler } from './allocation/commands/decide-allocation-step/decide-allocation-step.handler';
import { ConfirmAllocationHandoverHandler } from './allocation/commands/confirm-allocation-handover/confirm-allocation-handover.handler';

/** Space needs (空间使用需求) and their allocations (调配): the write side. Needs the event store and the department directory. */
@Module({
  imports: [CqrsModule],
  providers: [
    ApprovalPolicySource,
    SpaceNeedStreams,
    AllocationProperties,
    AllocationRunner,
    PostSpaceNeedHandler,
    WithdrawSpaceNeedHandler,
    TakeMatchHandler,
    DecideAllocationStepHandler,
    ConfirmAllocationHandoverHandler,
  ],
})
export class SpaceNeedsModule {}
