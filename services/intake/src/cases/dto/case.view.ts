import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUSES, type CaseNote, type CaseStatus, type Case } from '../case';

export interface ParticipantName {
  givenName: string;
  familyName: string;
}

export class CaseView {
  @ApiProperty() id!: string;
  @ApiProperty() participantId!: string;
  @ApiProperty({ description: 'Given and family name, so a caseworker can find the person', example: 'Olena Kovalenko' })
  participantName!: string;
  @ApiProperty({ description: 'Token subject of the responsible caseworker' }) assignedCaseworker!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: CaseStatus;
  @ApiProperty() openedAt!: string;
  @ApiProperty({ nullable: true, type: String }) closedAt!: string | null;

  static of(current: Case, participant: ParticipantName): CaseView {
    return {
      id: current.id,
      participantId: current.participantId,
      participantName: `${participant.givenName} ${participant.familyName}`,
      assignedCaseworker: current.assignedCaseworker,
      status: current.status,
      openedAt: current.openedAt.toISOString(),
      closedAt: current.closedAt?.toISOString() ?? null,
    };
  }
}

export class CaseNoteView {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Token subject of the writer' }) author!: string;
  @ApiProperty() body!: string;
  @ApiProperty() createdAt!: string;

  static of(note: CaseNote): CaseNoteView {
    return { id: note.id, author: note.author, body: note.body, createdAt: note.createdAt.toISOString() };
  }
}

export class CasePage {
  @ApiProperty({ type: [CaseView] }) items!: CaseView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Matching cases on all pages' }) total!: number;
}

export class CaseNotePage {
  @ApiProperty({ type: [CaseNoteView] }) items!: CaseNoteView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
