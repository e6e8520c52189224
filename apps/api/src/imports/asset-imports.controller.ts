import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor } from '@app/shared';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { AssetImportJobs, AssetImportProgress } from '@app/assets/import/asset-import.jobs';
import { ColumnMapping, IMPORT_FIELDS, ImportField } from '@app/assets/import/register-columns';
import { ImportProgressView, ImportReportView, ImportStartedView, IMPORT_UPLOAD_BODY } from './asset-import.views';
import { ImportReport, ImportReportBuilder } from './import-report';
import { ImportUploadInterceptor } from './import-upload.interceptor';
import { ownImport, reportOfUpload, startImport } from './import-endpoints';

function mappingFrom(raw: unknown): ColumnMapping | undefined {
  if (raw === undefined || raw === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(raw));
  } catch {
    parsed = null;
  }
  const valid =
    parsed !== null &&
    typeof parsed === 'object' &&
    !Array.isArray(parsed) &&
    Object.values(parsed).every((field) => (IMPORT_FIELDS as readonly unknown[]).includes(field));
  if (!valid) {
    throw new BadRequestException({
      code: 'IMPORT_MAPPING_INVALID',
      message: `列对应须为 JSON 对象：文件中的列名 → 字段（${IMPORT_FIELDS.join('、')}）`,
    });
  }
  return parsed as Record<string, ImportField>;
}

/** 资产导入: a register file checked (dry run), then imported as a background job whose progress is polled. */
@ApiTags('asset-imports')
@ApiBearerAuth()
@Controller('asset-imports')
export class AssetImportsController {
  constructor(
    private readonly reports: ImportReportBuilder,
    private readonly jobs: AssetImportJobs,
  ) {}

  private report(file: Express.Multer.File | undefined, body: { mapping?: unknown } | undefined, actor: Actor): Promise<ImportReport> {
    // A request with no form has no body at all: answered below as a missing file.
    const mapping = mappingFrom(body?.mapping);
    return reportOfUpload(file, {
      read: (bytes) => this.reports.read(bytes, mapping),
      report: (read) => this.reports.build(read, actor, mapping),
    });
  }

  @Post('dry-run')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({ summary: '试导入: check a register file (XLSX or CSV) row by row; nothing is written' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(IMPORT_UPLOAD_BODY)
  @ApiOkResponse({ type: ImportReportView })
  @ApiPayloadTooLargeResponse({ description: 'IMPORT_FILE_TOO_LARGE: more than 100 MB' })
  @UseInterceptors(ImportUploadInterceptor)
  async dryRun(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: { mapping?: unknown },
    @CurrentActor() actor: Actor,
  ): Promise<ImportReportView> {
    return (await this.report(file, body, actor)).view;
  }

  @Post()
  @HttpCode(202)
  @Roles('asset_manager')
  @ApiOperation({
    summary:
      '导入: check the file again and, only when no row has a problem, start the import as a background job (all or nothing: a file with problems writes nothing)',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(IMPORT_UPLOAD_BODY)
  @ApiAcceptedResponse({ type: ImportStartedView })
  @ApiUnprocessableEntityResponse({ description: 'IMPORT_FILE_HAS_ERRORS, with the report in `report`' })
  @UseInterceptors(ImportUploadInterceptor)
  async start(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: { mapping?: unknown },
    @CurrentActor() actor: Actor,
  ): Promise<ImportStartedView> {
    const report = await this.report(file, body, actor);
    return startImport(this.jobs, file!, actor, report, { code: 'IMPORT_FILE_HAS_ERRORS', what: '资产' });
  }

  @Get()
  @Roles('asset_manager')
  @ApiOperation({ summary: "Your unit's latest imports, newest first" })
  @ApiOkResponse({ type: [ImportProgressView] })
  recent(@CurrentActor() actor: Actor): Promise<AssetImportProgress[]> {
    return this.jobs.recent(actor.departmentId ?? '');
  }

  @Get(':jobId')
  @Roles('asset_manager')
  @ApiOperation({ summary: "An import's progress (rows done against the total) and result" })
  @ApiOkResponse({ type: ImportProgressView })
  async progress(@Param('jobId', new ParseUUIDPipe()) jobId: string, @CurrentActor() actor: Actor): Promise<AssetImportProgress> {
    return ownImport(this.jobs, jobId, actor);
  }
}
