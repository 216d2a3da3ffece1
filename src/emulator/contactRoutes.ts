// contact/v3: one user by id, and open_ids by mobile or e-mail (batch_get_id), in Feishu's response shapes.
import type { Hono } from 'hono';
import { type EmulatorEnv, answer, isRecord, ok } from './emulatorEnv.js';
import { type EmulatorState, findUser } from './emulatorState.js';
import type { EmulatedUser } from './emulatorTypes.js';
import { API_SCOPES, type ScopeGate } from './grantedScopes.js';
import { fieldViolation, openApiError } from './openApiErrors.js';

const USER_ID_TYPES = new Set(['open_id', 'user_id', 'union_id']);
const BATCH_MAX = 50;
const ACTIVE = { is_frozen: false, is_resigned: false, is_activated: true, is_exited: false, is_unjoin: false };

function userData(u: EmulatedUser): Record<string, unknown> {
  return {
    open_id: u.openId,
    ...(u.userId ? { user_id: u.userId } : {}),
    ...(u.unionId ? { union_id: u.unionId } : {}),
    name: u.name,
    en_name: u.enName ?? '',
    ...(u.email ? { email: u.email } : {}),
    ...(u.mobile ? { mobile: u.mobile, mobile_visible: true } : {}),
    department_ids: u.departmentIds ?? [],
    job_title: u.jobTitle ?? '',
    status: ACTIVE,
  };
}

function idOf(u: EmulatedUser, idType: string): string | undefined {
  if (idType === 'user_id') return u.userId;
  if (idType === 'union_id') return u.unionId;
  return u.openId;
}

export function registerContactRoutes(app: Hono<EmulatorEnv>, state: EmulatorState, scopes: ScopeGate): void {
  app.get('/open-apis/contact/v3/users/:user_id', (c) => {
    const refused = scopes.refuse(API_SCOPES.userGet);
    if (refused) return answer(c, refused);
    const idType = c.req.query('user_id_type') ?? 'open_id';
    if (!USER_ID_TYPES.has(idType)) return answer(c, fieldViolation('user_id_type', 'must be open_id, union_id or user_id'));
    const user = findUser(state, idType, c.req.param('user_id'));
    // Feishu answers an id outside the app's contact range with "no user authority".
    if (!user) return answer(c, openApiError('userNoAuthority'));
    return ok(c, { user: scopes.userFields(userData(user)) });
  });

  app.post('/open-apis/contact/v3/users/batch_get_id', (c) => {
    const refused = scopes.refuse(API_SCOPES.batchGetId);
    if (refused) return answer(c, refused);
    const idType = c.req.query('user_id_type') ?? 'open_id';
    if (!USER_ID_TYPES.has(idType)) return answer(c, fieldViolation('user_id_type', 'must be open_id, union_id or user_id'));
    const body = c.get('body');
    const mobiles = isRecord(body) && Array.isArray(body.mobiles) ? body.mobiles.map(String) : [];
    const emails = isRecord(body) && Array.isArray(body.emails) ? body.emails.map(String) : [];
    if (mobiles.length > BATCH_MAX) return answer(c, fieldViolation('mobiles', `at most ${BATCH_MAX} mobiles`));
    if (emails.length > BATCH_MAX) return answer(c, fieldViolation('emails', `at most ${BATCH_MAX} emails`));
    const lookup = (kind: 'mobile' | 'email', value: string): Record<string, unknown> => {
      const user = findUser(state, kind, value);
      const id = user ? idOf(user, idType) : undefined;
      // Unknown entries come back without user_id, not as an error.
      return { ...(id ? { user_id: id } : {}), [kind]: value, ...(user ? { status: ACTIVE } : {}) };
    };
    return ok(c, {
      user_list: [...mobiles.map((m) => lookup('mobile', m)), ...emails.map((e) => lookup('email', e))],
    });
  });
}
