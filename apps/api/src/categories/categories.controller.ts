import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Category, CategoryCatalog } from '@app/assets';

class CategoryView {
  @ApiProperty({ example: 'A020000' }) code!: string;
  @ApiProperty({ example: '设备' }) name!: string;
  @ApiProperty({ enum: ['class', 'major', 'detail'], description: 'class 门类, major 大类, detail lower levels' })
  level!: Category['level'];
}

@ApiTags('categories (GB/T 14885-2022)')
@ApiBearerAuth()
@Controller('categories')
export class CategoriesController {
  constructor(private readonly catalog: CategoryCatalog) {}

  @Get()
  @ApiOkResponse({ type: [CategoryView] })
  list(): Category[] {
    return this.catalog.classes();
  }
}
