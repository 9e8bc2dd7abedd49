import { Module } from '@nestjs/common';
import { FiguresController } from './figures.controller';
import { ReadFigures } from './read-figures';

@Module({ controllers: [FiguresController], providers: [ReadFigures], exports: [ReadFigures] })
export class FiguresModule {}
