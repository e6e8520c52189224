import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Category, CategoryCatalog } from '@app/assets';

@ApiTags('categories (GB/T 14885-2022)')
@ApiBearerAuth()
@Controller('categories')
export class CategoriesController {
  constructor(private readonly catalog: CategoryCatalog) {}

  @Get()
  list(): Category[] {
    return this.catalog.classes();
  }
}
