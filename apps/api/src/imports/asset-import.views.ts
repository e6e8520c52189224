import { ApiBodyOptions, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPORT_FIELDS } from '@app/assets/import/register-columns';

export class ImportProblemView {
  @ApiProperty({ nullable: true, type: Number, description: 'Row as the spreadsheet numbers it; null for the whole file' }) row!:
    number | null;
  @ApiProperty({ nullable: true, type: String, description: 'Column header (or cell address such as B7); null when no one column' })
  column!: string | null;
  @ApiProperty({ description: 'Stable code', example: 'MONEY_FORMAT' }) code!: string;
  @ApiProperty({ description: 'What is wrong, in Chinese', example: '原值“12.345”须为不小于 0 的金额（元，最多两位小数）' })
  problem!: string;
}

export class ImportTotalsView {
  @ApiProperty({ description: 'Data rows in the file' }) rows!: number;
  @ApiProperty({ description: 'Rows without a problem' }) valid!: number;
  @ApiProperty({ description: 'Rows with at least one problem' }) badRows!: number;
  @ApiProperty() problems!: number;
  @ApiProperty() warnings!: number;
  @ApiProperty({ description: 'Valid rows whose asset number this unit has registered already: the import skips them' })
  alreadyRegistered!: number;
  @ApiProperty({ description: 'Cards the import would register' }) toImport!: number;
}

export class ImportReportView {
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format!: 'csv' | 'xlsx';
  @ApiProperty({ enum: ['utf-8', 'utf-8-bom', 'gbk', 'xlsx'], description: 'How the text was read' }) encoding!: string;
  @ApiProperty({ type: [String], description: "The file's header row" }) headers!: string[];
  @ApiProperty({
    description: 'Which header each field was read from (null: no such column)',
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
  })
  columns!: Record<string, string | null>;
  @ApiProperty({ type: ImportTotalsView }) totals!: ImportTotalsView;
  @ApiProperty({ type: [ImportProblemView], description: 'Problems that stop the import (first 1000)' }) problems!: ImportProblemView[];
  @ApiProperty({ type: [ImportProblemView], description: 'Notes that do not stop it (first 1000)' }) warnings!: ImportProblemView[];
  @ApiProperty({ description: 'True when the lists above were cut at 1000' }) truncated!: boolean;
}

export class ImportFailureView {
  @ApiProperty() row!: number;
  @ApiProperty() code!: string;
  @ApiProperty() problem!: string;
}

export class ImportProgressView {
  @ApiProperty({ format: 'uuid' }) jobId!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() encoding!: string;
  @ApiProperty({ enum: ['running', 'done'] }) status!: 'running' | 'done';
  @ApiProperty() totalRows!: number;
  @ApiProperty({ description: 'Rows decided so far (the checkpoint)' }) rowsDone!: number;
  @ApiProperty({ description: 'Cards registered by this import' }) imported!: number;
  @ApiProperty({ description: 'Rows whose asset number was registered already: nothing written' }) skipped!: number;
  @ApiProperty({ description: 'Rows the register refused while importing' }) failed!: number;
  @ApiProperty({ type: [ImportFailureView] }) failures!: ImportFailureView[];
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) finishedAt!: string | null;
}

export class ImportStartedView {
  @ApiProperty({ format: 'uuid' }) jobId!: string;
  @ApiProperty({ type: ImportReportView }) report!: ImportReportView;
}

/** The multipart body both endpoints take. */
export const IMPORT_UPLOAD_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    properties: {
      file: { type: 'string', format: 'binary', description: 'XLSX or CSV (UTF-8 with or without BOM, or GBK), at most 100 MB' },
      mapping: {
        type: 'string',
        description: `JSON object: a header of the file → the field it holds (${IMPORT_FIELDS.join(', ')}), for layouts other than a 资产卡片 export`,
        example: '{"卡片编号":"assetNo","资产原值(元)":"originalValue"}',
      },
    },
    required: ['file'],
  },
};
