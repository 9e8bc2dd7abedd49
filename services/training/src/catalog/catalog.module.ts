import { Module } from '@nestjs/common';
import { ChangeProgramStatus } from './change-program-status';
import { CreateModule } from './create-module';
import { CreateProgram } from './create-program';
import { ModulesController } from './modules.controller';
import { ProgramsController } from './programs.controller';
import { ReadModules } from './read-modules';
import { ReadPrograms } from './read-programs';
import { SetProgramModules } from './set-program-modules';

@Module({
  controllers: [ModulesController, ProgramsController],
  providers: [CreateModule, ReadModules, CreateProgram, ReadPrograms, SetProgramModules, ChangeProgramStatus],
})
export class CatalogModule {}
