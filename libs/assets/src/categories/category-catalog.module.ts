import { Global, Module } from '@nestjs/common';
import { CategoryCatalog } from './category-catalog';
import { CategoryTableSource } from '../commands/category-table.source';

/**
 * The category table: the shipped one as a shared instance (names for read models), and the source of
 * the table in force (loaded tables, folded from their stream) for deciders and the table's own pages.
 */
@Global()
@Module({
  providers: [{ provide: CategoryCatalog, useFactory: () => CategoryCatalog.standard() }, CategoryTableSource],
  exports: [CategoryCatalog, CategoryTableSource],
})
export class CategoryCatalogModule {}
