import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { EvidenceController } from './evidence.controller';
import { ProfileController } from './profile.controller';
import { ProfileRecords } from './profile-records';
import { ReadEvidence } from './read-evidence';
import { UploadEvidence } from './upload-evidence';

@Module({
  imports: [CatalogModule],
  controllers: [ProfileController, EvidenceController],
  providers: [ProfileRecords, UploadEvidence, ReadEvidence],
})
export class ProfileModule {}
