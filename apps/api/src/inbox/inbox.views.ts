import { ApiProperty } from '@nestjs/swagger';

export class InboxCountsView {
  @ApiProperty({ description: 'Open to-dos (待办)' })
  todos!: number;

  @ApiProperty({ description: 'Unread notifications (消息)' })
  unread!: number;
}

export class TodoView {
  @ApiProperty({ description: 'The task (one per thing to do; the same for everyone it waits for)' })
  taskKey!: string;

  @ApiProperty({
    enum: [
      'claim_to_pick',
      'transfer_step',
      'handover',
      'stocktake_to_sign',
      'booking_to_approve',
      'allocation_step',
      'allocation_handover',
    ],
  })
  kind!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  body!: string;

  @ApiProperty({ description: 'Web route that shows the object' })
  link!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  closedAt!: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'done, rejected, withdrawn, cancelled, expired' })
  closedReason!: string | null;
}

export class TodoPage {
  @ApiProperty({ type: [TodoView] })
  items!: TodoView[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class NotificationView {
  @ApiProperty({ format: 'uuid' })
  notificationId!: string;

  @ApiProperty({
    description:
      'claim_selected, claim_not_selected, listing_expiring, transfer_escalated, transfer_step_overdue, transfer_approved, transfer_rejected, transfer_withdrawn, transfer_completed, booking_confirmed, booking_reminder, booking_waitlisted, booking_promoted, booking_cancelled, booking_cancelled_blackout, booker_strike, booker_suspended',
  })
  kind!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  body!: string;

  @ApiProperty({ description: 'Web route that shows the object' })
  link!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty()
  read!: boolean;
}

export class NotificationPage {
  @ApiProperty({ type: [NotificationView] })
  items!: NotificationView[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class MarkReadResult {
  @ApiProperty({ description: 'How many were newly marked read' })
  marked!: number;

  @ApiProperty({ type: InboxCountsView })
  counts!: InboxCountsView;
}
