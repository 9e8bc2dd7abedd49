/**
 * A one-line progress bar on stderr, so stdout stays clean for what the command reports.
 * Drawn only on a terminal, and at most every 100 ms.
 */
export class Progress {
  private done = 0;
  private drawnAt = 0;
  private readonly shown = process.stderr.isTTY === true;

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  advance(count = 1): void {
    this.done += count;
    if (!this.shown || (Date.now() - this.drawnAt < 100 && this.done < this.total)) return;
    this.drawnAt = Date.now();
    const share = this.total === 0 ? 1 : Math.min(1, this.done / this.total);
    const filled = Math.round(share * 30);
    const bar = `${'#'.repeat(filled)}${'.'.repeat(30 - filled)}`;
    process.stderr.write(`\r${this.label} [${bar}] ${this.done}/${this.total}`);
  }

  finish(): void {
    if (this.shown && this.drawnAt > 0) process.stderr.write('\n');
  }
}
