import { Module } from '@nestjs/common';
import { DatabaseModule } from '@app/platform/database/database.module';
import { EventStoreModule } from '@app/platform/event-store/event-store.module';
import { ProjectorService } from './projector.service';

@Module({
  imports: [DatabaseModule, EventStoreModule],
  providers: [ProjectorService],
})
export class ProjectorModule {}
