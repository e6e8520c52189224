import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DepartmentDirectory } from '@app/shared';

class DepartmentView {
  @ApiProperty({ example: 'D-SCH1' }) code!: string;
  @ApiProperty({ example: '区实验小学' }) name!: string;
  @ApiProperty({ example: 'D-EDU', description: '主管部门 (a department that supervises itself is one)' }) supervisor!: string;
}

@ApiTags('departments (单位)')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly directory: DepartmentDirectory) {}

  @Get()
  @ApiOperation({ summary: 'The department directory: names and 主管部门, so pages can show 单位 by name' })
  @ApiOkResponse({ type: [DepartmentView] })
  list(): DepartmentView[] {
    return this.directory.all().map((d) => ({ code: d.code, name: d.name, supervisor: d.supervisor }));
  }
}
