import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { SmsModule } from '@app/platform/sms/sms.module';
import { CryptoSuiteModule } from '@app/platform/crypto/crypto-suite.module';
import { PersonalDataModule } from '@app/platform/personal-data/personal-data.module';
import { outboxConfig } from './outbox.config';
import { OutboxSenderService } from './outbox-sender.service';

/** The outbox sender; needs the app's database and clock (and opens people's sealed addresses with the deployment's suite). */
@Module({
  imports: [ConfigModule.forFeature(outboxConfig), SmsModule, CryptoSuiteModule, PersonalDataModule],
  providers: [OutboxSenderService],
  exports: [OutboxSenderService],
})
export class OutboxSenderModule {}
