import { ApiProperty } from '@nestjs/swagger';
import { FigureTableView } from '../../figures/dto/figures.dto';

export class TownFiguresView {
  @ApiProperty({ example: 'pl-zgorzelec' }) municipality!: string;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ format: 'date-time', description: 'When the town sent them; for this node, now.' }) publishedAt!: string;
  @ApiProperty({ description: 'The town suppressed its cells of fewer people.' }) minCell!: number;
  @ApiProperty({ type: [FigureTableView] }) tables!: FigureTableView[];
}

export class RegionalFiguresView {
  @ApiProperty({ type: [TownFiguresView], description: "This node's figures first, then each partner's newest." }) towns!: TownFiguresView[];
  @ApiProperty({
    type: [FigureTableView],
    description: 'The towns combined: counts added, rates weighted by their base; a cell any town suppressed stays suppressed; medians are not combined.',
  })
  region!: FigureTableView[];
}

export class RegionalPublicationView {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: [String], example: ['pl-zgorzelec'] }) sentTo!: string[];
}
