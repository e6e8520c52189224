import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Observable } from 'rxjs';
import { SingleBufferStorage } from './single-buffer.storage';

/** Largest register file taken; a larger one is answered 413 before it is read. */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;

const MulterUpload = FileInterceptor('file', {
  storage: new SingleBufferStorage(MAX_IMPORT_FILE_BYTES),
  limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: 1, fields: 4, fieldSize: 64 * 1024 },
});

/** The multipart upload of a register file, with the size limit answered as a coded 413 in Chinese. */
@Injectable()
export class ImportUploadInterceptor implements NestInterceptor {
  private readonly upload = new MulterUpload();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.upload.intercept(context, next);
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
