/** Undo steps, last-in first-out; a failing step does not skip the others, and the first failure is rethrown. */
export class Cleanup {
  private readonly steps: Array<() => Promise<unknown>> = [];

  add(step: () => Promise<unknown>): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    let firstFailure: unknown;
    for (const step of this.steps.splice(0).reverse()) {
      await step().catch((error: unknown) => (firstFailure ??= error));
    }
    if (firstFailure !== undefined) throw firstFailure;
  }
}
