import { Global, Logger, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ModuleConfig } from '../config/module-config';
import { LogSmsSender } from './log-sms-sender';
import { smsConfig, smsProvider } from './sms.config';
import { NoSmsSender, SmsSender } from './sms-sender';

/** The SMS port with the provider the settings name (checked once, at start). */
@Global()
@Module({
  imports: [ConfigModule.forFeature(smsConfig)],
  providers: [
    {
      provide: SmsSender,
      inject: [smsConfig.KEY],
      useFactory: (config: ModuleConfig<typeof smsConfig>): SmsSender => {
        const sender = smsProvider(config) === 'log' ? new LogSmsSender() : new NoSmsSender();
        new Logger('sms').log(`SMS provider: ${sender.provider}`);
        return sender;
      },
    },
  ],
  exports: [SmsSender],
})
export class SmsModule {}
