import 'reflect-metadata';
import type { Writable } from 'node:stream';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { ApiConfig } from '@kordon/config';
import { KordonError } from '@kordon/contracts';
import { SnapshotQueue, SnapshotsRepository, queueSourcesOf } from '@kordon/db';
import { AppModule } from './app.module';
import { createApiMetrics } from './metrics/api-metrics';
import { registerHttpObservability, requestIdOf } from './metrics/http-observability';
import { API_ROUTES } from './openapi/api-routes';
import { buildOpenApiDocument } from './openapi/build-openapi-document';

const UPLOAD_ROUTE = /^\/api\/v1\/clusters\/[^/?]+\/snapshots\/?(\?|$)/;

async function readLimited(payload: AsyncIterable<Buffer>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    size += chunk.length;
    if (size > limit)
      throw new KordonError('payload_too_large', `the request body exceeds ${limit} bytes`, [
        { path: 'body', problem: `larger than ${limit} bytes` },
      ]);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Snapshot uploads reach their controller as the raw request stream (never
 * buffered); every other body is JSON, read up to KORDON_MAX_JSON_BYTES.
 */
type Fastify = ReturnType<ReturnType<NestFastifyApplication['getHttpAdapter']>['getInstance']>;

function registerBodyParsers(fastify: Fastify, config: ApiConfig): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', (request, payload, done) => {
    if (request.method === 'POST' && UPLOAD_ROUTE.test(request.url)) {
      done(null, payload);
      return;
    }
    readLimited(payload as AsyncIterable<Buffer>, config.KORDON_MAX_JSON_BYTES).then(
      (buffer) => {
        if (buffer.length === 0) return done(null, undefined);
        try {
          done(null, JSON.parse(buffer.toString('utf8')));
        } catch {
          done(
            new KordonError('validation_failed', 'the request body is not valid JSON', [
              { path: 'body', problem: 'not JSON' },
            ]),
            undefined,
          );
        }
      },
      (error: Error) => done(error, undefined),
    );
  });
}

/** `KORDON_TRUST_PROXY`: `true`/`false`, or addresses and CIDRs (`loopback`, `10.0.0.0/8`). */
function trustProxyOption(value: string): boolean | string[] {
  if (value === 'true' || value === 'false') return value === 'true';
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

const NEST_LEVELS: Record<ApiConfig['KORDON_LOG_LEVEL'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/** Nest's own lines as JSON too, so the API's whole output is one JSON object per line. */
function jsonLogger(level: ApiConfig['KORDON_LOG_LEVEL']): ConsoleLogger {
  return new ConsoleLogger({ json: true, colors: false, logLevels: NEST_LEVELS[level] });
}

/** Builds the API (REST + GraphQL + OpenAPI) without listening; tests and main share it. */
export async function createApiApp(
  config: ApiConfig,
  options: { logger?: boolean; logStream?: Writable } = {},
): Promise<NestFastifyApplication> {
  const logs = options.logger !== false;
  const adapter = new FastifyAdapter({
    bodyLimit: config.KORDON_MAX_JSON_BYTES,
    trustProxy: trustProxyOption(config.KORDON_TRUST_PROXY),
    // one JSON line per request and answer, each with its request id (reqId)
    logger: logs
      ? {
          level: config.KORDON_LOG_LEVEL,
          ...(options.logStream ? { stream: options.logStream } : {}),
        }
      : false,
    genReqId: requestIdOf, // logged as reqId (Fastify's default label)
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config),
    adapter,
    {
      logger: logs ? jsonLogger(config.KORDON_LOG_LEVEL) : false,
      bufferLogs: false,
      // Nest would add its own application/json parser at init, ahead of ours:
      // an upload sent as application/json would then arrive parsed, not streamed.
      bodyParser: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  registerBodyParsers(fastify, config);
  registerHttpObservability(
    fastify as unknown as FastifyInstance,
    createApiMetrics(queueSourcesOf(app.get(SnapshotQueue), app.get(SnapshotsRepository))),
  );
  // security headers on every answer, errors included; the API docs page needs its inline assets
  await app.register(
    fastifyHelmet as unknown as Parameters<NestFastifyApplication['register']>[0],
    {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
        },
      },
    },
  );
  // @fastify/cookie is typed against the root fastify, Nest's adapter bundles its own copy.
  await app.register(fastifyCookie as unknown as Parameters<NestFastifyApplication['register']>[0]);
  // Generated from the route specs and the zod schemas in libs/contracts (docs/api.md).
  const document = buildOpenApiDocument(API_ROUTES) as unknown as OpenAPIObject;
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  app.enableShutdownHooks();
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
