import { Module } from '@nestjs/common';
import { DatabaseModule } from '@app/platform/database/database.module';
import { EventStoreModule } from '@app/platform/event-store/event-store.module';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { ProjectorService } from './projector.service';

@Module({
  imports: [DatabaseModule.forRoot(DATABASE_SCHEMA), EventStoreModule],
  providers: [ProjectorService],
})
export class ProjectorModule {}
