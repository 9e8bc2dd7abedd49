import { BadRequestException, Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@tandem/platform';
import { Catalog, ISCO_UNIT_GROUP } from './catalog';
import { LookupSkillQuery, OccupationView, SearchOccupationsQuery, SearchSkillsQuery, SkillHitView, SkillView } from './dto/catalog.dto';

/** Reference data only: nothing about a person passes through here, so nothing is audited. */
@ApiTags('catalog')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid query; `fields` names each wrong parameter.' })
@Roles('caseworker', 'admin')
@Controller('catalog')
export class CatalogController {
  constructor(private readonly catalog: Catalog) {}

  @Get('skills')
  @ApiOkResponse({ type: [SkillHitView], description: 'Label matches, labels starting with the text first' })
  searchSkills(@Query() query: SearchSkillsQuery): SkillHitView[] {
    return this.catalog.searchSkills(query.q, query.lang, query.limit);
  }

  @Get('skills/lookup')
  @ApiOkResponse({ type: SkillView })
  @ApiNotFoundResponse({ description: 'No such skill in the catalog' })
  lookupSkill(@Query() query: LookupSkillQuery): SkillView {
    const skill = this.catalog.skill(query.uri);
    if (!skill) throw new NotFoundException(`skill ${query.uri} is not in the catalog`);
    return skill;
  }

  @Get('occupations')
  @ApiOkResponse({ type: [OccupationView] })
  searchOccupations(@Query() query: SearchOccupationsQuery): OccupationView[] {
    return this.catalog.searchOccupations(query.q, query.limit);
  }

  @Get('occupations/:code')
  @ApiOkResponse({ type: OccupationView })
  @ApiNotFoundResponse({ description: 'No such ISCO-08 unit group in the catalog' })
  occupation(@Param('code') code: string): OccupationView {
    if (!ISCO_UNIT_GROUP.test(code)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'invalid input',
        fields: { code: ['code must be a 4-digit ISCO-08 unit group such as 7212'] },
      });
    }
    const occupation = this.catalog.occupation(code);
    if (!occupation) throw new NotFoundException(`occupation ${code} is not in the catalog`);
    return occupation;
  }
}
