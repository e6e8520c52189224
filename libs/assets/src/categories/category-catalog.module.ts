import { Global, Module } from '@nestjs/common';
import { CategoryCatalog } from './category-catalog';

/** The national classification (GB/T 14885-2022) as one shared instance, for deciders and read models alike. */
@Global()
@Module({
  providers: [{ provide: CategoryCatalog, useFactory: () => CategoryCatalog.standard() }],
  exports: [CategoryCatalog],
})
export class CategoryCatalogModule {}
