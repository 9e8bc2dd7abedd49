import { Module } from '@nestjs/common';
import { CreateDefinition } from './create-definition';
import { DefinitionsController } from './definitions.controller';

@Module({ controllers: [DefinitionsController], providers: [CreateDefinition] })
export class DefinitionsModule {}
