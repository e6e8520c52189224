import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { OUTBOUND_CHANNELS, OutboundChannel } from '@app/read-models/outbox/outbox.entities';

/** Blank is the same as left out. */
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);

export class NotificationPreferencesRequestDto {
  @ApiProperty({ enum: OUTBOUND_CHANNELS, isArray: true, example: ['email'], description: 'email 邮件, sms 短信, webhook (the unit’s)' })
  @IsArray()
  @ArrayMaxSize(OUTBOUND_CHANNELS.length)
  @IsIn(OUTBOUND_CHANNELS, { each: true })
  channels!: OutboundChannel[];

  @ApiPropertyOptional({ example: 'zhang.san@school.example.cn', description: 'Left out or blank: none' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '13800138000', description: 'Left out or blank: none' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(20)
  phone?: string;
}

export class NotificationPreferencesView {
  @ApiProperty({ enum: OUTBOUND_CHANNELS, isArray: true }) channels!: OutboundChannel[];
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ description: 'False until saved: the channels are the role’s default (residents: SMS)' }) saved!: boolean;
  @ApiProperty({ description: 'Whether the caller’s unit has a webhook (the webhook channel goes there)' }) unitWebhook!: boolean;
}

export class UnitWebhookRequestDto {
  @ApiProperty({ example: 'https://hooks.school.example.cn/warehouse' })
  @IsString()
  @MaxLength(2000)
  url!: string;
}

export class UnitWebhookView {
  @ApiProperty({ example: 'D-SCH1' }) departmentId!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: String, nullable: true }) updatedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: Date | null;
}

export class UnitWebhookSavedView extends UnitWebhookView {
  @ApiProperty({ description: 'The signing secret, shown this once: HMAC-SHA256 over "<timestamp>.<body>"' }) secret!: string;
}

export class DeadLetterView {
  @ApiProperty({ format: 'uuid' }) messageId!: string;
  @ApiProperty() notificationId!: string;
  @ApiProperty({ enum: OUTBOUND_CHANNELS }) channel!: OutboundChannel;
  @ApiProperty() userId!: string;
  @ApiProperty({ description: 'E-mail address, mobile number (masked), or the unit for a webhook' }) recipient!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last try failed' }) lastError!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) deadAt!: Date;
}
