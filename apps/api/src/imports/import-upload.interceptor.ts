import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { finalize, Observable } from 'rxjs';
import { removeUpload, TemporaryFileStorage } from './temporary-file.storage';

/** Largest register file taken; a larger one is answered 413 before it is read. */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;

const MulterUpload = FileInterceptor('file', {
  storage: new TemporaryFileStorage(),
  limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: 1, fields: 4, fieldSize: 64 * 1024 },
});

/**
 * The multipart upload of a register file, written to a temporary file deleted once the request is answered,
 * with the size limit answered as a coded 413 in Chinese.
 */
@Injectable()
export class ImportUploadInterceptor implements NestInterceptor {
  private readonly upload = new MulterUpload();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      const answered = await this.upload.intercept(context, next);
      const request = context.switchToHttp().getRequest<Request>();
      return answered.pipe(finalize(() => removeUpload(request.file)));
    } catch (error: unknown) {
      if (error instanceof PayloadTooLargeException) {
        throw new HttpException({ code: 'IMPORT_FILE_TOO_LARGE', message: '文件超过 100 MB：请分成几个文件导入' }, 413);
      }
      if (error instanceof HttpException && error.getStatus() === 400) {
        throw new HttpException({ code: 'IMPORT_UPLOAD_INVALID', message: `上传格式有误：${error.message}` }, 400);
      }
      throw error;
    }
  }
}
