import { Module } from '@nestjs/common';
import { PropertyImportJobs } from './property-import.jobs';

/** The property import's job worker (its jobs resume when the process starts). Needs the app's database, event store and clock. */
@Module({ providers: [PropertyImportJobs], exports: [PropertyImportJobs] })
export class PropertyImportModule {}
