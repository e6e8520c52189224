import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ModuleConfig } from '@app/platform/config/module-config';
import { PropertyMapQueries } from '@app/read-models/property-map/property-map.queries';
import { PropertyMapController } from './property-map.controller';
import { MAP_SETTINGS, mapSettings, propertyMapConfig } from './property-map.config';
import { DistrictOutlines } from './district-outlines';

/** 物业一张图: the map's routes, its tile settings (checked once at start) and the shipped outlines. */
@Module({
  imports: [ConfigModule.forFeature(propertyMapConfig)],
  controllers: [PropertyMapController],
  providers: [
    PropertyMapQueries,
    DistrictOutlines,
    {
      provide: MAP_SETTINGS,
      inject: [propertyMapConfig.KEY],
      useFactory: (config: ModuleConfig<typeof propertyMapConfig>) => mapSettings(config),
    },
  ],
  exports: [MAP_SETTINGS],
})
export class PropertyMapModule {}
