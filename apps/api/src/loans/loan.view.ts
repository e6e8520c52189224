import { ApiProperty } from '@nestjs/swagger';

export class LoanView {
  @ApiProperty({ format: 'uuid' }) loanId!: string;
  @ApiProperty({ format: 'uuid' }) assetId!: string;
  @ApiProperty() assetNo!: string;
  @ApiProperty() assetName!: string;
  @ApiProperty({ description: '出借单位' }) lenderDepartmentId!: string;
  @ApiProperty({ description: '借用单位' }) borrowerDepartmentId!: string;
  @ApiProperty({ description: '借用人' }) borrower!: string;
  @ApiProperty({ description: '用途' }) purpose!: string;
  @ApiProperty({ format: 'date' }) lentOn!: string;
  @ApiProperty({ format: 'date', description: '约定归还日期' }) dueOn!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) returnedOn!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Days late at return (0 on time)' }) daysOverdue!: number | null;
  @ApiProperty({ nullable: true, type: String }) returnNote!: string | null;
  @ApiProperty({ enum: ['open', 'overdue', 'returned'], description: 'As of today (Asia/Shanghai)' }) state!:
    'open' | 'overdue' | 'returned';
}
