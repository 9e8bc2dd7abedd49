export const CLOCK = Symbol('Clock');
export type Clock = () => Date;

export const clockProvider = { provide: CLOCK, useValue: (): Date => new Date() };
