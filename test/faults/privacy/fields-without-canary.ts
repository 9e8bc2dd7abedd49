/**
 * Free-text request fields that take no canary, each with why: none of them is about a participant.
 * The suite fails on a free-text field that is neither filled with a canary nor listed here, and on
 * an entry here that names no such field any more.
 */
export const FIELDS_WITHOUT_CANARY: Record<string, string> = {
  'intake:AssignCaseDto.caseworker': 'a staff subject',
  'intake:GrantConsentDto.noticeVersion': 'the version of the privacy notice shown',
  'training:RecordAssessmentDto.assessor': 'a staff name',
  'training:AssignMentorDto.mentor': 'a staff name',
  'training:CreateModuleDto.code': 'catalog',
  'training:LearningOutcomeDto.description': 'catalog',
  'training:CreateProgramDto.location': 'catalog',
  'training:CreateProgramDto.provider': 'catalog',
  'training:FundingSourceDto.name': 'catalog',
  'training:ScheduleDto.description': 'catalog',
  'training:CreateCohortDto.name': 'catalog',
  'training:CreateCohortDto.trainers': 'catalog: staff names',
  'training:CreateCohortDto.mentors': 'catalog: staff names',
  'training:AddSessionDto.room': 'catalog',
  'support:CreateFundingSourceDto.name': 'catalog',
  'support:CreateSupportTypeDto.code': 'catalog',
  'support:CreateSupportTypeDto.name': 'catalog',
  'placement:ContactDto.name': "an employer's contact",
  'placement:CreateEmployerDto.name': 'an employer',
  'placement:AddSiteDto.address': "an employer's site",
  'placement:AddSiteDto.municipality': 'a municipality id',
  'placement:StartPlacementDto.siteMunicipality': 'a municipality id',
  'placement:PortalUsersDto.subjects': "the employer's portal users (staff subjects)",
  'placement:CreateVacancyDto.title': 'a vacancy, public by design (ADR 12)',
  'placement:AssignGrievanceDto.assignee': 'a staff subject',
  'placement:CreateSubscriptionDto.url': "an integrator's webhook address",
  'recognition:CreateAgreementDto.name': 'an agreement between countries',
  'recognition:RuleSourceDto.code': 'an agreement between countries',
  'recognition:RuleSourceDto.name': 'an agreement between countries',
  'recognition:RuleTargetDto.name': 'an agreement between countries',
  'recognition:RuleConditionsDto.modules': 'an agreement between countries',
  'recognition:CreateCredentialDefinitionDto.code': 'catalog',
  'recognition:CreateCredentialDefinitionDto.criteria': 'catalog',
  'recognition:VerifyCredentialDto.credential': 'a signed credential as presented (a JWS), checked, not typed',
  'recognition:VerifyCredentialDto.holderCode': "the holder's code that comes with a credential",
};

/** The canaries `personAcrossTheNode` (person-data-flow.ts) makes, by the label each begins with, and the field it puts each in. */
export const PERSON_DATA_FIELDS: Record<string, string> = {
  Olena: 'intake:RegisterParticipantDto.givenName',
  Kovalenko: 'intake:RegisterParticipantDto.familyName',
  Educanary: 'intake:EducationEntryDto.field',
  Jobcanary: 'intake:WorkExperienceEntryDto.title',
  Notecanary: 'intake:AddCaseNoteDto.body',
  Titlecanary: 'intake:UploadEvidenceForm.title',
  Messagecanary: 'intake:SendReferralDto.message',
  Reasoncanary: 'support:RequestEntitlementDto.reason',
  Traumacanary: 'support:RequestEntitlementDto.reason',
  Psychocanary: 'support:LogDeliveryDto.note',
  Grievancecanary: 'placement:FileGrievanceDto.details',
  Qualificationcanary: 'recognition:ForeignQualificationDto.name',
};
