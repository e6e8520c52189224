import { BadRequestException, Controller, Get, NotFoundException, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { FileRejectedError, FileStore, MAX_FILE_BYTES, StoredFile } from '@app/platform/files/file-store';
import { Roles } from '@app/platform/auth/auth.decorators';

class StoredFileView {
  @ApiProperty({ description: 'sha-256 of the bytes' }) fileId!: string;
  @ApiProperty({ enum: ['image/jpeg', 'image/png', 'image/webp'] }) contentType!: string;
  @ApiProperty() size!: number;
}

@ApiTags('files')
@ApiBearerAuth()
@Controller('files')
export class FilesController {
  constructor(private readonly files: FileStore) {}

  @Post()
  @Roles('asset_manager')
  @ApiOperation({
    summary: `Upload a listing photo (JPEG, PNG or WebP, at most ${MAX_FILE_BYTES / 1024 / 1024} MiB); the type is read from the bytes`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiCreatedResponse({ type: StoredFileView })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  async upload(@UploadedFile() file: Express.Multer.File | undefined): Promise<StoredFile> {
    if (!file)
      throw new BadRequestException({
        code: 'VALIDATION_FAILED',
        message: 'send the image as multipart field "file"',
        fields: [{ field: 'file', messages: ['file is required'] }],
      });
    try {
      return await this.files.save(file.buffer);
    } catch (error: unknown) {
      if (error instanceof FileRejectedError)
        throw new BadRequestException({ code: error.code, message: error.message, fields: [{ field: 'file', messages: [error.message] }] });
      throw error;
    }
  }

  @Get(':fileId')
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  async download(@Param('fileId') fileId: string, @Res() res: Response): Promise<void> {
    const found = await this.files.read(fileId);
    if (!found) throw new NotFoundException({ code: 'FILE_NOT_FOUND', message: `no file ${fileId}` });
    res.type(found.file.contentType).send(found.bytes);
  }
}
