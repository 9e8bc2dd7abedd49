import { ApiProperty } from '@nestjs/swagger';
import type { AgreementEntity } from '../agreement.entity';
import { AgreementRuleDto, AgreementScopeDto } from './agreement.dto';

export class AgreementView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() agreementKey!: string;
  @ApiProperty({ description: '1 for the first version of the key' }) version!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) parties!: string[];
  @ApiProperty({ format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) effectiveTo!: string | null;
  @ApiProperty({ type: AgreementScopeDto }) scope!: AgreementScopeDto;
  @ApiProperty({ type: [AgreementRuleDto] }) rules!: AgreementRuleDto[];
  @ApiProperty() createdAt!: string;

  static of(agreement: AgreementEntity): AgreementView {
    const { id, agreementKey, version, name, parties, effectiveFrom, effectiveTo, scope, rules, createdAt } = agreement;
    return { id, agreementKey, version, name, parties, effectiveFrom, effectiveTo, scope, rules: rules as AgreementRuleDto[], createdAt: createdAt.toISOString() };
  }
}
