import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The audience of the `<municipality>.placement.public.v1` topic; each integrator subscription is its own audience. */
export const PUBLIC_TOPIC_AUDIENCE = 'public-topic';

/**
 * Keyed hashes of ids, one key per audience derived from the node's secret: an audience can follow one
 * person across its own events, but two audiences cannot join theirs, and nobody can reverse them.
 */
@Injectable()
export class Pseudonyms {
  private secret: Promise<string> | undefined;

  constructor(private readonly dataSource: DataSource) {}

  async of(audience: string, id: string): Promise<string> {
    const key = createHmac('sha256', await this.nodeSecret()).update(audience).digest();
    return createHmac('sha256', key).update(id).digest('base64url').slice(0, 22);
  }

  private nodeSecret(): Promise<string> {
    this.secret ??= this.dataSource
      .query<Array<{ secret: string }>>('SELECT secret FROM pseudonym_secret')
      .then(([row]) => {
        if (!row) throw new Error('pseudonym_secret is empty: the placement migrations did not run');
        return row.secret;
      })
      .catch((error: unknown) => {
        this.secret = undefined;
        throw error;
      });
    return this.secret;
  }
}
