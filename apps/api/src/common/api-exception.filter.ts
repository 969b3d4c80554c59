import {
  Catch,
  HttpException,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { FastifyReply } from 'fastify';
import { isDatabaseUnavailable } from '@kordon/db';
import { KordonError, httpStatusOf, type ApiError, type ErrorCode } from '@kordon/contracts';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation_failed',
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation_failed',
};

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/** Maps any thrown value to Kordon's error shape: `{code, message, details}`. Never leaks internals. */
export function toKordonError(error: unknown): KordonError {
  if (error instanceof KordonError) return error;
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = HTTP_CODES[status] ?? (status >= 500 ? 'internal' : 'validation_failed');
    return new KordonError(code, status === 404 ? 'no such route' : error.message);
  }
  if (isDatabaseUnavailable(error))
    return new KordonError('unavailable', 'the database is not reachable right now; retry shortly');
  const fastifyCode = (error as { code?: unknown })?.code;
  if (typeof fastifyCode === 'string' && FASTIFY_CODES[fastifyCode]) {
    return new KordonError(FASTIFY_CODES[fastifyCode] as ErrorCode, (error as Error).message);
  }
  // Fastify's own refusals of a request (bad URL encoding, malformed headers …) carry a 4xx.
  const statusCode = (error as { statusCode?: unknown })?.statusCode;
  if (
    typeof fastifyCode === 'string' &&
    fastifyCode.startsWith('FST_') &&
    typeof statusCode === 'number' &&
    statusCode >= 400 &&
    statusCode < 500
  ) {
    return new KordonError(HTTP_CODES[statusCode] ?? 'validation_failed', (error as Error).message);
  }
  return new KordonError('internal', 'internal error');
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('api');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    const error = toKordonError(exception);
    if (error.code === 'internal')
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    const body: ApiError = error.toJSON();
    if (host.getType<string>() === 'graphql') {
      // a GraphQL resolver's arguments reach the input pipe as its `body`
      const details = body.details.map((d) => ({ ...d, path: d.path.replace(/^body\b/, 'args') }));
      return new GraphQLError(error.message.replace(/^body\b/, 'args'), {
        extensions: { code: body.code, details, status: httpStatusOf(error.code) },
      });
    }
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    return reply
      .status(httpStatusOf(error.code))
      .header('content-type', 'application/json')
      .send(body);
  }
}
