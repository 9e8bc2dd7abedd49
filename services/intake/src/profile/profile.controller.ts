import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { Catalog } from '../catalog/catalog';
import { EducationEntryDto, EducationView, ReplaceEducationDto } from './dto/education.dto';
import { ReplaceSkillsDto, type SkillView, SkillsView } from './dto/skills.dto';
import { ReplaceWorkExperienceDto, type WorkExperienceView, WorkExperiencesView } from './dto/work-experience.dto';
import type { SkillEntry, WorkExperienceEntry } from './profile';
import { withRuleErrors } from './profile-errors';
import { ProfileRecords } from './profile-records';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('participant profile')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@ApiNotFoundResponse({ description: 'No participant of this node that the caller may reach' })
@Roles('caseworker', 'admin')
@Controller('participants')
export class ProfileController {
  constructor(
    private readonly records: ProfileRecords,
    private readonly catalog: Catalog,
  ) {}

  @Get(':id/skills')
  @ApiOkResponse({ type: SkillsView })
  async skills(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<SkillsView> {
    return { skills: this.labelled(await this.records.read(id, 'skills', actor)) };
  }

  @Put(':id/skills')
  @ApiOkResponse({ type: SkillsView, description: 'The stored inventory, which replaced the previous one' })
  async replaceSkills(@Param('id', uuid) id: string, @Body() body: ReplaceSkillsDto, @CurrentPrincipal() actor: Principal): Promise<SkillsView> {
    const stored = await withRuleErrors(() => this.records.replace(id, 'skills', body.skills, actor));
    return { skills: this.labelled(stored) };
  }

  @Get(':id/education')
  @ApiOkResponse({ type: EducationView })
  async education(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<EducationView> {
    return { education: (await this.records.read(id, 'education', actor)) as EducationEntryDto[] };
  }

  @Put(':id/education')
  @ApiOkResponse({ type: EducationView, description: 'The stored list, which replaced the previous one' })
  async replaceEducation(@Param('id', uuid) id: string, @Body() body: ReplaceEducationDto, @CurrentPrincipal() actor: Principal): Promise<EducationView> {
    return { education: await withRuleErrors(() => this.records.replace(id, 'education', body.education, actor)) };
  }

  @Get(':id/work-experience')
  @ApiOkResponse({ type: WorkExperiencesView })
  async workExperience(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<WorkExperiencesView> {
    return { workExperience: this.titled(await this.records.read(id, 'workExperience', actor)) };
  }

  @Put(':id/work-experience')
  @ApiOkResponse({ type: WorkExperiencesView, description: 'The stored list, which replaced the previous one' })
  async replaceWorkExperience(
    @Param('id', uuid) id: string,
    @Body() body: ReplaceWorkExperienceDto,
    @CurrentPrincipal() actor: Principal,
  ): Promise<WorkExperiencesView> {
    const stored = await withRuleErrors(() => this.records.replace(id, 'workExperience', body.workExperience, actor));
    return { workExperience: this.titled(stored) };
  }

  /** A skill later dropped from the catalog keeps its URI as its label rather than disappearing. */
  private labelled(skills: SkillEntry[]): SkillView[] {
    return skills.map((skill) => ({ ...skill, label: this.catalog.skill(skill.uri)?.labels.en ?? skill.uri }));
  }

  private titled(entries: WorkExperienceEntry[]): WorkExperienceView[] {
    return entries.map((entry) => ({ ...entry, occupationTitle: this.catalog.occupation(entry.occupation)?.title ?? entry.occupation }));
  }
}
