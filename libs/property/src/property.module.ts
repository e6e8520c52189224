import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AssessSharingEligibilityHandler } from './commands/assess-sharing-eligibility/assess-sharing-eligibility.handler';
import { ChangeOccupancyHandler } from './commands/change-occupancy/change-occupancy.handler';
import { ChangePropertyStatusHandler } from './commands/change-property-status/change-property-status.handler';
import { CorrectPropertyHandler } from './commands/correct-property/correct-property.handler';
import { PropertyStreams } from './commands/property-streams';
import { RegisterPropertyHandler } from './commands/register-property/register-property.handler';

/** The property register's write side: one handler per use case, decisions on the property streams. */
@Module({
  imports: [CqrsModule],
  providers: [
    PropertyStreams,
    RegisterPropertyHandler,
    CorrectPropertyHandler,
    ChangePropertyStatusHandler,
    ChangeOccupancyHandler,
    AssessSharingEligibilityHandler,
  ],
  exports: [PropertyStreams],
})
export class PropertyModule {}
