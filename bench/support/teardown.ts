import { note } from './cli';

/** Undo steps, run last-in first-out; one failing step is reported and does not skip the others. */
export class Teardown {
  private readonly steps: Array<{ what: string; undo: () => Promise<unknown> }> = [];

  add(what: string, undo: () => Promise<unknown>): void {
    this.steps.push({ what, undo });
  }

  async run(): Promise<void> {
    for (const { what, undo } of this.steps.reverse()) {
      await undo().catch((error: unknown) => note(`teardown: ${what} failed: ${String(error)}`));
    }
    this.steps.length = 0;
  }
}
