// The Hono environment shared by the emulator's routes, and the one way they answer.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { OpenApiErrorAnswer } from './openApiErrors.js';

export interface EmulatorEnv {
  Variables: {
    /** The request body parsed once by the recording middleware (JSON, or multipart parts). */
    body: unknown;
  };
}

export type EmulatorContext = Context<EmulatorEnv>;

export function answer(c: EmulatorContext, result: OpenApiErrorAnswer, headers?: Record<string, string>): Response {
  return c.json(result.body, result.status, headers);
}

export function ok(c: EmulatorContext, data: unknown, status: ContentfulStatusCode = 200): Response {
  return c.json({ code: 0, msg: 'success', data }, status);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
