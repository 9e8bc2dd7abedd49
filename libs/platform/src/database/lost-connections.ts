import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { hearLostConnections } from '@tandem/messaging';

/** Keeps a database restart from ending the service: see hearLostConnections. */
@Injectable()
export class LostConnections {
  constructor(dataSource: DataSource, logger: PinoLogger) {
    hearLostConnections(dataSource, logger.logger);
  }
}
