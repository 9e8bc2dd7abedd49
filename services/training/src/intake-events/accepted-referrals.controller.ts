import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { PROVIDER_ROLES } from '../training-access';
import { AcceptedReferralView } from './dto/accepted-referral.view';
import { ListAcceptedReferrals } from './list-accepted-referrals';

@ApiTags('enrollments')
@ApiBearerAuth()
@Roles(...PROVIDER_ROLES)
@Controller('accepted-referrals')
export class AcceptedReferralsController {
  constructor(private readonly listAcceptedReferrals: ListAcceptedReferrals) {}

  @Get()
  @ApiOkResponse({ type: [AcceptedReferralView], description: 'Referred trainees accepted by this node and not yet enrolled, oldest first.' })
  list(@CurrentPrincipal() actor: Principal): Promise<AcceptedReferralView[]> {
    return this.listAcceptedReferrals.execute(actor);
  }
}
