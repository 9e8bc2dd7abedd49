import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { ServiceConfig } from '../config/service-config';
import { strictValidationPipe } from './validation';
import { documentIdempotencyKey } from '../idempotency/idempotency-openapi';

export interface ServiceAppOptions {
  title: string;
  description: string;
}

/** The OpenAPI header of a service's document, shared by its /docs page and the files in docs/openapi. */
export function serviceDocumentConfig(options: ServiceAppOptions): Omit<OpenAPIObject, 'paths'> {
  return new DocumentBuilder().setTitle(options.title).setDescription(options.description).setVersion('1').addBearerAuth().build();
}

/** The HTTP edge every service shares: validation, body limit, OpenAPI at /docs, logging, clean shutdown. */
export async function createServiceApp(
  module: DynamicModule,
  config: ServiceConfig,
  options: ServiceAppOptions,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: config.HTTP_BODY_LIMIT });
  app.useGlobalPipes(strictValidationPipe());
  app.enableShutdownHooks();
  const document = documentIdempotencyKey(SwaggerModule.createDocument(app, serviceDocumentConfig(options)));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
