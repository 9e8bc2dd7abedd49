import { Module } from '@nestjs/common';
import { Catalog } from './catalog';
import { bundledCatalog } from './catalog-data';
import { CatalogController } from './catalog.controller';

/** Validates the shipped reference files while the app is built: a broken file stops the start. */
@Module({
  controllers: [CatalogController],
  providers: [{ provide: Catalog, useFactory: bundledCatalog }],
  exports: [Catalog],
})
export class CatalogModule {}
