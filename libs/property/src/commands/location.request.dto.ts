import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNumber, Max, Min } from 'class-validator';
import { COORDINATE_SYSTEMS, CoordinateSystem } from '../domain/property.events';

/** A point as read off a map: WGS-84 (GPS, 天地图) or GCJ-02 (高德, 腾讯), converted to WGS-84 when stored. */
export class LocationRequestDto {
  @ApiProperty({ example: 114.131611, minimum: -180, maximum: 180 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lng!: number;

  @ApiProperty({ example: 22.548309, minimum: -90, maximum: 90 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat!: number;

  @ApiProperty({ enum: COORDINATE_SYSTEMS, description: 'WGS84: GPS and 天地图; GCJ02: 高德 and 腾讯 maps' })
  @IsIn(COORDINATE_SYSTEMS)
  system!: CoordinateSystem;
}
