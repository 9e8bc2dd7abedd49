import type { Api } from './api-client';

export interface Cell {
  category: string;
  n: number | null;
  value: number | null;
  suppressed: boolean;
}

export interface FigureTable {
  figure: string;
  detail: string | null;
  breakdown: string;
  cells: Cell[];
}

export interface Figures {
  municipality: string;
  asOf: string;
  from: string | null;
  to: string | null;
  minCell: number;
  tables: FigureTable[];
}

export interface TownFigures {
  municipality: string;
  asOf: string;
  publishedAt: string;
  minCell: number;
  tables: FigureTable[];
}

export interface RegionalFigures {
  towns: TownFigures[];
  region: FigureTable[];
}

/** Enrolments confirmed from, until, and of one program; each optional. */
export interface FiguresFilter {
  from?: string;
  to?: string;
  programId?: string;
}

export const outcomes = {
  figures: (api: Api, filter: FiguresFilter) => {
    const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return api.get<Figures>('outcomes', `/figures${query.size > 0 ? `?${query}` : ''}`);
  },
  regional: (api: Api) => api.get<RegionalFigures>('outcomes', '/figures/regional'),
};
