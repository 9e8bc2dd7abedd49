import { Module } from '@nestjs/common';
import { CredentialsModule } from '../credentials/credentials.module';
import { StatusLists } from './status-lists';
import { StatusListsController } from './status-lists.controller';

@Module({ imports: [CredentialsModule], controllers: [StatusListsController], providers: [StatusLists], exports: [StatusLists] })
export class StatusModule {}
