import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SearchQueries } from '@app/read-models/search/search.queries';
import { SearchQueryDto } from '@app/read-models/search/search.query.dto';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { Actor, DepartmentDirectory } from '@app/shared';
import { SearchResultView } from './search-result.view';

@ApiTags('search (检索)')
@ApiBearerAuth()
@Controller('search')
@Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
export class SearchController {
  constructor(
    private readonly search: SearchQueries,
    private readonly directory: DepartmentDirectory,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'One search over assets, warehouse listings and shareable spaces',
    description:
      'q matches any substring of the name, number, brand, model, description or location (Chinese works; pinyin initials of the name too, e.g. tsjsj for 台式计算机). Filters: kind, 门类/大类, department, status, location, value range (分), date range. Newest first; nextCursor pages stay stable while items change. facets=true adds counts by kind, 门类, department and status under the same filters. Asset cards only of units the caller covers (their unit and below, a 主管部门 its units, finance and audit their district); listings and spaces as offered.',
  })
  @ApiOkResponse({ type: SearchResultView })
  find(@Query() q: SearchQueryDto, @CurrentActor() actor: Actor) {
    return this.search.search(q, actor, this.directory.visibleUnits(actor));
  }
}
