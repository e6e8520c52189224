import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PropertyModule } from '../property.module';
import { PropertyImportJobs } from './property-import.jobs';

/**
 * The property import's job worker (its jobs resume when the process starts), registering through the
 * property module's register command. Needs the app's database, event store and clock.
 */
@Module({ imports: [CqrsModule, PropertyModule], providers: [PropertyImportJobs], exports: [PropertyImportJobs] })
export class PropertyImportModule {}
