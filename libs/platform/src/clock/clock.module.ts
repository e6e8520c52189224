import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '@app/shared';

/** The app's one clock, injected wherever "now" is needed (commands, queries, timed jobs). */
@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
