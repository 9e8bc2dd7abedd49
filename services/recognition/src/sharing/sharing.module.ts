import { Module } from '@nestjs/common';
import { CredentialsModule } from '../credentials/credentials.module';
import { SharingController } from './sharing.controller';
import { ShareCredentials } from './share-credentials';

@Module({ imports: [CredentialsModule], controllers: [SharingController], providers: [ShareCredentials] })
export class SharingModule {}
