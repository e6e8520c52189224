import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/platform/auth/auth.decorators';
import { CatalogueEntry, ERROR_CATALOGUE } from '@app/platform/http/error-catalogue';
import { DOMAIN_ERROR_STATUS } from './domain-error-statuses';

@ApiTags('errors')
@Public()
@Controller('errors')
export class ErrorsController {
  @Get()
  @ApiOperation({ summary: 'Every error code with its message in zh-CN and en-US (and its HTTP status where it is fixed)' })
  @ApiOkResponse({ description: '{ codes: { CODE: { "zh-CN", "en-US", status? } } }' })
  catalogue(): { codes: Record<string, CatalogueEntry & { status?: number }> } {
    const codes = Object.fromEntries(
      Object.entries(ERROR_CATALOGUE).map(([code, words]) => [
        code,
        { ...words, ...(DOMAIN_ERROR_STATUS[code] ? { status: DOMAIN_ERROR_STATUS[code] } : {}) },
      ]),
    );
    return { codes };
  }
}
