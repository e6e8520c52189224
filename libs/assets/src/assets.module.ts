import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CategoryCatalog } from './categories/category-catalog';
import { RegisterAssetHandler } from './commands/register-asset/register-asset.handler';
import { CorrectAssetHandler } from './commands/correct-asset/correct-asset.handler';
import { RelocateAssetHandler } from './commands/relocate-asset/relocate-asset.handler';

@Module({
  imports: [CqrsModule],
  providers: [
    { provide: CategoryCatalog, useFactory: () => CategoryCatalog.standard() },
    RegisterAssetHandler,
    CorrectAssetHandler,
    RelocateAssetHandler,
  ],
  exports: [CategoryCatalog],
})
export class AssetsModule {}
