import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBodyOptions,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '@app/shared';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { PROPERTY_FIELD_LABELS, PROPERTY_IMPORT_FIELDS } from '@app/property/import/property-columns';
import { PropertyImportJobs, PropertyImportProgress } from '@app/property/import/property-import.jobs';
import { propertyImportTemplate } from '@app/property/import/property-import.template';
import { ImportProgressView, ImportReportView, ImportStartedView } from '../imports/asset-import.views';
import { ImportUploadInterceptor } from '../imports/import-upload.interceptor';
import { ownImport, reportOfUpload, startImport } from '../imports/import-endpoints';
import { PropertyImportReport, PropertyImportReportBuilder } from './property-import-report';

const UPLOAD_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    properties: {
      file: {
        type: 'string',
        format: 'binary',
        description: `XLSX or CSV (UTF-8 or GBK), at most 100 MB, with the template's headers: ${PROPERTY_IMPORT_FIELDS.map((f) => PROPERTY_FIELD_LABELS[f]).join(', ')}`,
      },
    },
    required: ['file'],
  },
};

/** 物业导入: a property file checked (dry run), then imported as a background job whose progress is polled. */
@ApiTags('property-imports')
@ApiBearerAuth()
@Controller('property-imports')
export class PropertyImportsController {
  constructor(
    private readonly reports: PropertyImportReportBuilder,
    private readonly jobs: PropertyImportJobs,
  ) {}

  private report(file: Express.Multer.File | undefined, actor: Actor): Promise<PropertyImportReport> {
    return reportOfUpload(file, { read: (bytes) => this.reports.read(bytes), report: (read) => this.reports.build(read, actor) });
  }

  @Get('template')
  @Roles('asset_manager')
  @ApiOperation({ summary: '物业导入模板: an XLSX with the header row (drop-down lists for the coded columns) and what each column takes' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async template(@Res() res: Response): Promise<void> {
    const bytes = await propertyImportTemplate();
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').attachment('property-import-template.xlsx').send(bytes);
  }

  @Post('dry-run')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({ summary: '试导入: check a property file row by row with the register’s rules; nothing is written' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiOkResponse({ type: ImportReportView })
  @ApiPayloadTooLargeResponse({ description: 'IMPORT_FILE_TOO_LARGE: more than 100 MB' })
  @UseInterceptors(ImportUploadInterceptor)
  async dryRun(@UploadedFile() file: Express.Multer.File | undefined, @CurrentActor() actor: Actor): Promise<ImportReportView> {
    return (await this.report(file, actor)).view;
  }

  @Post()
  @HttpCode(202)
  @Roles('asset_manager')
  @ApiOperation({
    summary:
      '导入: check the file again and, only when no row has a problem, register its rows (parents first) as a background job; a file with problems writes nothing',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiAcceptedResponse({ type: ImportStartedView })
  @ApiUnprocessableEntityResponse({ description: 'PROPERTY_IMPORT_HAS_ERRORS, with the report in `details.report`' })
  @UseInterceptors(ImportUploadInterceptor)
  async start(@UploadedFile() file: Express.Multer.File | undefined, @CurrentActor() actor: Actor): Promise<ImportStartedView> {
    const report = await this.report(file, actor);
    return startImport(this.jobs, file!, actor, report, { code: 'PROPERTY_IMPORT_HAS_ERRORS', what: '物业' });
  }

  @Get()
  @Roles('asset_manager')
  @ApiOperation({ summary: "Your unit's latest property imports, newest first" })
  @ApiOkResponse({ type: [ImportProgressView] })
  recent(@CurrentActor() actor: Actor): Promise<PropertyImportProgress[]> {
    return this.jobs.recent(actor.departmentId ?? '');
  }

  @Get(':jobId')
  @Roles('asset_manager')
  @ApiOperation({ summary: "A property import's progress (rows done against the total) and result" })
  @ApiOkResponse({ type: ImportProgressView })
  async progress(@Param('jobId', new ParseUUIDPipe()) jobId: string, @CurrentActor() actor: Actor): Promise<PropertyImportProgress> {
    return ownImport(this.jobs, jobId, actor);
  }
}
