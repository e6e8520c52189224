import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  UnprocessableEntityException,
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
import { RegisterFileRejected } from '@app/platform/import/import-problem';
import { AssetImportJobs, AssetImportProgress } from '@app/assets/import/asset-import.jobs';
import { ColumnMapping, IMPORT_FIELDS, ImportField } from '@app/assets/import/register-columns';
import { ImportProgressView, ImportReportView, ImportStartedView, IMPORT_UPLOAD_BODY } from './asset-import.views';
import { ImportReport, ImportReportBuilder } from './import-report';
import { ImportUploadInterceptor } from './import-upload.interceptor';

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

  private async report(file: Express.Multer.File | undefined, body: { mapping?: unknown }, actor: Actor): Promise<ImportReport> {
    if (!file) throw new BadRequestException({ code: 'IMPORT_FILE_REQUIRED', message: '请选择要导入的文件（表单字段 file）' });
    const mapping = mappingFrom(body.mapping);
    try {
      return await this.reports.build(file.buffer, actor, mapping);
    } catch (error: unknown) {
      if (error instanceof RegisterFileRejected) throw new BadRequestException({ code: error.code, message: error.problem });
      throw error;
    }
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
    if (report.view.totals.problems > 0) {
      throw new UnprocessableEntityException({
        code: 'IMPORT_FILE_HAS_ERRORS',
        message: `文件有 ${report.view.totals.badRows} 行存在问题，未导入任何资产：请按报告修改后重新上传`,
        details: { report: report.view },
      });
    }
    const jobId = await this.jobs.start({
      actor,
      fileName: file!.originalname.slice(0, 200),
      encoding: report.view.encoding,
      registrations: report.registrations,
    });
    return { jobId, report: report.view };
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
    const job = await this.jobs.progress(jobId);
    // Another unit's import is not shown to you: the same answer as one that does not exist.
    if (!job || job.departmentId !== actor.departmentId)
      throw new NotFoundException({ code: 'IMPORT_NOT_FOUND', message: `没有导入任务 ${jobId}` });
    return job;
  }
}
