/** What the asset and property import endpoints share: the uploaded file checked, a job started or refused, a job read. */
import { BadRequestException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { Actor } from '@app/shared';
import { RegisterFileRejected } from '@app/platform/import/import-problem';
import { ImportJobProgress, ImportJobQueue, ImportJobRow } from '@app/platform/import/import-jobs';
import { onDisk, RegisterFileBytes } from '@app/platform/import/register-file-bytes';
import { ImportReportView, ImportStartedView } from './asset-import.views';

/** A checked file: the report the pages show, and the rows an import of it registers. */
interface CheckedFile<Row extends ImportJobRow> {
  readonly view: ImportReportView;
  readonly registrations: readonly Row[];
}

/** How an import reads an uploaded file, and builds its report from what it read. */
export interface UploadReader<F, R> {
  readonly read: (bytes: RegisterFileBytes) => Promise<F>;
  readonly report: (file: F) => Promise<R>;
}

/** The uploaded file's report; no file, or one that cannot be read as a register file, is a 400 naming why. */
export async function reportOfUpload<F, R>(file: Express.Multer.File | undefined, reader: UploadReader<F, R>): Promise<R> {
  if (!file) throw new BadRequestException({ code: 'IMPORT_FILE_REQUIRED', message: '请选择要导入的文件（表单字段 file）' });
  try {
    return await reader.report(await onDisk(file.path, reader.read));
  } catch (error: unknown) {
    if (error instanceof RegisterFileRejected) throw new BadRequestException({ code: error.code, message: error.problem });
    throw error;
  }
}

/** Starts the import of a file with no problem; a file with any is refused whole (422 with its report), nothing written. */
export async function startImport<Row extends ImportJobRow>(
  jobs: ImportJobQueue<Row>,
  file: Express.Multer.File,
  actor: Actor,
  report: CheckedFile<Row>,
  refused: { code: string; what: string },
): Promise<ImportStartedView> {
  if (report.view.totals.problems > 0) {
    throw new UnprocessableEntityException({
      code: refused.code,
      message: `文件有 ${report.view.totals.badRows} 行存在问题，未导入任何${refused.what}：请按报告修改后重新上传`,
      details: { report: report.view },
    });
  }
  const jobId = await jobs.start({
    actor,
    fileName: file.originalname.slice(0, 200),
    encoding: report.view.encoding,
    registrations: report.registrations,
  });
  return { jobId, report: report.view };
}

/** An import of the reader's unit; another unit's is not shown: the same answer as one that does not exist. */
export async function ownImport(jobs: ImportJobQueue<ImportJobRow>, jobId: string, actor: Actor): Promise<ImportJobProgress> {
  const job = await jobs.progress(jobId);
  if (!job || job.departmentId !== actor.departmentId)
    throw new NotFoundException({ code: 'IMPORT_NOT_FOUND', message: `没有导入任务 ${jobId}` });
  return job;
}
