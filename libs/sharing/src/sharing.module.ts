import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { CqrsModule } from '@nestjs/cqrs';
import { CalendarModule } from '@app/calendar';
import { ActOnBookingHandler } from './commands/act-on-booking/act-on-booking.handler';
import { ChangeScheduleHandler } from './commands/change-schedule/change-schedule.handler';
import { DeclareBlackoutHandler } from './commands/declare-blackout/declare-blackout.handler';
import { PlaceBookingHandler } from './commands/place-booking/place-booking.handler';
import { PublishSpaceHandler } from './commands/publish-space/publish-space.handler';
import { LinkSpacePropertyHandler } from './commands/link-space-property/link-space-property.handler';
import { RecordResidentProfileHandler } from './commands/record-resident-profile/record-resident-profile.handler';
import { SharingStreams } from './commands/sharing-streams';
import { ResidentRecords } from './commands/resident-records';
import { GiveConsentHandler } from './commands/give-consent/give-consent.handler';
import { WithdrawConsentHandler } from './commands/withdraw-consent/withdraw-consent.handler';
import { EraseResidentHandler } from './commands/erase-resident/erase-resident.handler';
import { sharingConfig } from './sharing.config';

@Module({
  imports: [CqrsModule, ConfigModule.forFeature(sharingConfig), CalendarModule],
  providers: [
    SharingStreams,
    PublishSpaceHandler,
    LinkSpacePropertyHandler,
    ChangeScheduleHandler,
    DeclareBlackoutHandler,
    PlaceBookingHandler,
    ActOnBookingHandler,
    RecordResidentProfileHandler,
    ResidentRecords,
    GiveConsentHandler,
    WithdrawConsentHandler,
    EraseResidentHandler,
  ],
})
export class SharingModule {}
