import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, Max, Min } from 'class-validator';

/** A point in WGS-84 (what a browser's geolocation gives). */
export class NearbyQueryDto {
  @ApiProperty({ example: 114.131, description: 'Longitude, WGS-84' })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lng must be a longitude' })
  @Min(-180)
  @Max(180)
  lng!: number;

  @ApiProperty({ example: 22.548, description: 'Latitude, WGS-84' })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lat must be a latitude' })
  @Min(-90)
  @Max(90)
  lat!: number;
}
