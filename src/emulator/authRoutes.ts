// tenant_access_token issuance and the Bearer check every other Open API call goes through.
import type { Hono, MiddlewareHandler } from 'hono';
import { type EmulatorEnv, answer, isRecord } from './emulatorEnv.js';
import type { EmulatorState } from './emulatorState.js';
import { TOKEN_PATH } from './failureInjector.js';
import { newTenantToken } from './feishuIds.js';
import { fieldViolation, openApiError } from './openApiErrors.js';

const LIFETIME_S = 7200;
/** Feishu hands back the current token until it has less than 30 minutes left, then mints a new one. */
const RENEW_BELOW_S = 30 * 60;

function currentToken(state: EmulatorState, nowMs: number): { token: string; expire: number } {
  let best: { token: string; expiresAt: number } | undefined;
  for (const [token, expiresAt] of state.tokens) {
    if (!best || expiresAt > best.expiresAt) best = { token, expiresAt };
  }
  if (best && best.expiresAt - nowMs >= RENEW_BELOW_S * 1000) {
    return { token: best.token, expire: Math.floor((best.expiresAt - nowMs) / 1000) };
  }
  const token = newTenantToken();
  state.tokens.set(token, nowMs + LIFETIME_S * 1000);
  return { token, expire: LIFETIME_S };
}

export function registerAuthRoutes(app: Hono<EmulatorEnv>, state: EmulatorState): void {
  app.post(TOKEN_PATH, (c) => {
    const body = c.get('body');
    if (!isRecord(body) || typeof body.app_id !== 'string' || body.app_id === '') {
      return answer(c, fieldViolation('app_id', 'app_id is required'));
    }
    if (body.app_id !== state.appId) return answer(c, openApiError('invalidAppId', 'app_id'));
    if (body.app_secret !== state.appSecret) return answer(c, openApiError('appSecretInvalid'));
    const { token, expire } = currentToken(state, state.now().getTime());
    return c.json({ code: 0, msg: 'ok', tenant_access_token: token, expire });
  });
}

export function requireToken(state: EmulatorState): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    if (c.req.path === TOKEN_PATH) return next();
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) return answer(c, openApiError('missingToken'));
    const expiresAt = state.tokens.get(token);
    if (expiresAt === undefined || expiresAt <= state.now().getTime()) {
      return answer(c, openApiError('invalidToken'));
    }
    return next();
  };
}
