import { Body, Controller, Get, Headers, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Clock } from '@app/shared';
import {
  CategoryRow,
  CategoryTableSource,
  LoadCategoryTableCommand,
  LoadCategoryTableRequestDto,
  levelOf,
  tableInForce,
} from '@app/assets';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom } from '@app/platform/http/command-context';
import { CategoryAsOfQueryDto, CategoryTableView, CategoryView, LoadCategoryTableResultView } from './category.views';

type HeaderMap = Record<string, string | undefined>;

function viewOf(row: CategoryRow): CategoryView {
  const depth = levelOf(row.code) ?? 4;
  return { ...row, depth, level: depth === 1 ? 'class' : depth === 2 ? 'major' : 'detail' };
}

/** The category table (GB/T 14885-2022 / 2022 政府采购品目分类目录 codes): loaded by the 系统管理员, read by everyone. */
@ApiTags('categories (GB/T 14885-2022)')
@ApiBearerAuth()
@Controller('categories')
export class CategoriesController {
  constructor(
    private readonly tables: CategoryTableSource,
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every category of the table in force (now or asOf), all levels, in code order' })
  @ApiOkResponse({ type: [CategoryView] })
  async list(@Query() q: CategoryAsOfQueryDto): Promise<CategoryView[]> {
    return (await this.inForce(q.asOf)).rows;
  }

  @Get('table')
  @ApiOperation({ summary: 'The table in force (now or asOf): which version, loaded when and by whom, from what, and its rows' })
  @ApiOkResponse({ type: CategoryTableView })
  table(@Query() q: CategoryAsOfQueryDto): Promise<CategoryTableView> {
    return this.inForce(q.asOf);
  }

  @Post('table')
  @Roles('system_admin')
  @ApiOperation({
    summary: '载入分类表: load or replace the category table from a CSV of the official table',
    description:
      'Columns code,name[,parent]. The whole file is checked: any problem → 400 CATEGORY_TABLE_INVALID with every problem by row and column in details.problems, and nothing is written. The same table again → unchanged: true.',
  })
  @ApiCreatedResponse({ type: LoadCategoryTableResultView })
  load(@Body() body: LoadCategoryTableRequestDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap) {
    return this.commands.execute(new LoadCategoryTableCommand(body, commandContextFrom(actor, headers, this.clock)));
  }

  private async inForce(asOf: string | undefined): Promise<CategoryTableView> {
    const at = asOf ? new Date(asOf).toISOString() : this.clock.now().toISOString();
    const t = tableInForce(await this.tables.load(), at);
    return {
      version: t.version,
      contentHash: t.contentHash,
      source: t.source,
      loadedAt: t.loadedAt,
      loadedBy: t.loadedBy,
      asOf: at,
      rows: t.rows.map(viewOf),
    };
  }
}
