import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class LinkSpacePropertyRequestDto {
  @ApiProperty({ format: 'uuid', description: 'The property room or parcel (物业台账) the space is part of' })
  @IsUUID('all', { message: 'propertyId must be the id of a property' })
  propertyId!: string;
}
