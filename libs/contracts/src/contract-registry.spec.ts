import {
  ALL_CONTRACTS,
  ContractRegistry,
  ContractViolationError,
  ParticipantRegisteredV1,
  ReferralSentV1,
  UnknownEventTypeError,
} from './index';

describe('ContractRegistry', () => {
  const registry: ContractRegistry = new ContractRegistry(ALL_CONTRACTS);

  it.each(ALL_CONTRACTS.map((contract) => [contract.type, contract]))('accepts the published example of %s', (_, contract) => {
    expect(() => registry.assertValid(contract.type, contract.example)).not.toThrow();
  });

  it('names every event type with its service and major version', () => {
    for (const contract of ALL_CONTRACTS) {
      expect(contract.type).toMatch(new RegExp(`^tandem\\.${contract.service}\\.[a-z-]+\\.v${contract.version}$`));
    }
  });

  it('tolerates fields it does not know, so producers can add optional fields', () => {
    const data = { ...ParticipantRegisteredV1.example, addedLater: 'x' };
    expect(() => registry.assertValid(ParticipantRegisteredV1, data)).not.toThrow();
  });

  it('names each field that breaks the contract', () => {
    const { participantId: _omitted, ...data } = ParticipantRegisteredV1.example;
    const broken = { ...data, languages: [{ code: 'de', level: 'Z9' }] };
    expect(() => registry.assertValid(ParticipantRegisteredV1, broken)).toThrow(ContractViolationError);
    try {
      registry.assertValid(ParticipantRegisteredV1, broken);
    } catch (error) {
      const message = (error as ContractViolationError).errors.join('\n');
      expect(message).toContain("must have required property 'participantId'");
      expect(message).toContain('/languages/0/level');
    }
  });

  it.each([['status', 'refugee'], ['gender', 'female'], ['notes', 'x']])(
    'refuses a referral whose shared profile carries %s, a field no consent can cover',
    (field, value) => {
      const data = { ...ReferralSentV1.example, profile: { ...ReferralSentV1.example.profile, [field]: value } };
      expect(() => registry.assertValid(ReferralSentV1, data)).toThrow(ContractViolationError);
    },
  );

  it('refuses event types nobody declared', () => {
    expect(() => registry.assertValid('tandem.intake.unheard-of.v1', {})).toThrow(UnknownEventTypeError);
  });

  it('refuses to register one event type twice', () => {
    expect(() => new ContractRegistry([ParticipantRegisteredV1, ParticipantRegisteredV1])).toThrow(/declared twice/);
  });
});
