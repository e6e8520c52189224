import { ApiProperty } from '@nestjs/swagger';

/** Response shapes of the residents' personal-information routes. */

export class ResidentView {
  @ApiProperty() residentId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Your own number, in full (others see it masked)' }) phone!: string;
  @ApiProperty({ nullable: true, type: String }) plateNumber!: string | null;
}

export class NoticeTextView {
  @ApiProperty() zh!: string;
  @ApiProperty() en!: string;
}

export class PrivacyNoticeView {
  @ApiProperty({ example: '2026-11-01' }) version!: string;
  @ApiProperty({ type: [String] }) purposes!: string[];
  @ApiProperty({ type: NoticeTextView }) text!: NoticeTextView;
}

export class ConsentView {
  @ApiProperty() noticeVersion!: string;
  @ApiProperty() givenAt!: string;
  @ApiProperty({ description: 'Given to the notice in force now (booking needs this)' }) current!: boolean;
}

export class MyPrivacyView {
  @ApiProperty({ type: PrivacyNoticeView }) notice!: PrivacyNoticeView;
  @ApiProperty({ type: ConsentView, nullable: true }) consent!: ConsentView | null;
  @ApiProperty({ description: 'A profile (name, phone, plate) is held for you' }) profileRecorded!: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'When your personal data was last erased' }) erasedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['resident', 'administrator', 'retention'] }) erasedBy!: string | null;
}
