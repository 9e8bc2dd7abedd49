import { Module } from '@nestjs/common';
import { CandidatesConsumer } from './candidates.consumer';
import { ConsentsConsumer } from './consents.consumer';
import { MatchesController } from './matches.controller';
import { ReadMatches } from './read-matches';
import { ReadShortlist } from './read-shortlist';
import { ReferredCandidatesConsumer } from './referred-candidates.consumer';
import { ReleaseIdentity } from './release-identity';
import { ShortlistCandidates } from './shortlist-candidates';
import { ShortlistController } from './shortlist.controller';

@Module({
  controllers: [MatchesController, ShortlistController, CandidatesConsumer, ConsentsConsumer, ReferredCandidatesConsumer],
  providers: [ReadMatches, ShortlistCandidates, ReadShortlist, ReleaseIdentity],
})
export class MatchingModule {}
