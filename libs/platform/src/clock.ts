/** The time commands act at, injected so every service reads it one way. */
export const CLOCK = Symbol('Clock');
export type Clock = () => Date;
