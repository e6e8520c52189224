import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { SmsModule } from '@app/platform/sms/sms.module';
import { outboxConfig } from './outbox.config';
import { OutboxSenderService } from './outbox-sender.service';

/** The outbox sender; needs the app's database and clock. */
@Module({
  imports: [ConfigModule.forFeature(outboxConfig), SmsModule],
  providers: [OutboxSenderService],
  exports: [OutboxSenderService],
})
export class OutboxSenderModule {}
