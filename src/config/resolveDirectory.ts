// People configured by mobile / e-mail / user_id get their open_id from Feishu at start (cached), so their messages can be matched.
import { createDirectory, type Organization, type Person } from '../domain/organization.js';
import type { FeishuClient } from '../feishu/feishuTypes.js';
import type { IdCache } from './idCache.js';
import type { AppConfig } from './loadConfig.js';

export interface IdResolver {
  /** contact/v3/users/batch_get_id: mobiles and e-mails → open_id. */
  resolveIds: FeishuClient['resolveIds'];
  /** user_id → open_id (contact/v3/users/:id?user_id_type=user_id); batch_get_id does not take user_ids. */
  resolveUserIds?(userIds: string[]): Promise<Map<string, string>>;
}

type Kind = 'mobile' | 'email' | 'user_id';
const KIND_NAMES: Record<Kind, string> = { mobile: '手机号', email: '邮箱', user_id: 'user_id' };

function keysOf(p: Person): { kind: Kind; value: string; key: string }[] {
  const out: { kind: Kind; value: string; key: string }[] = [];
  if (p.mobile) out.push({ kind: 'mobile', value: p.mobile, key: `mobile:${p.mobile}` });
  if (p.email) out.push({ kind: 'email', value: p.email, key: `email:${p.email}` });
  if (p.userId) out.push({ kind: 'user_id', value: p.userId, key: `user_id:${p.userId}` });
  return out;
}

function describe(p: Person, index: number): string {
  const ids = keysOf(p).map((k) => `${k.kind} ${k.value}`).join(', ');
  return `${p.name} (people[${index}], ${ids})`;
}

async function askFeishu(wanted: Person[], feishu: IdResolver, log: (line: string) => void): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const all = wanted.flatMap(keysOf);
  const values = (kind: Kind) => [...new Set(all.filter((k) => k.kind === kind).map((k) => k.value))];
  const mobiles = values('mobile');
  const emails = values('email');
  const userIds = values('user_id');
  try {
    if (mobiles.length > 0 || emails.length > 0) {
      const ids = await feishu.resolveIds({ mobiles, emails });
      for (const m of mobiles) if (ids.get(m)) found.set(`mobile:${m}`, ids.get(m)!);
      for (const e of emails) if (ids.get(e)) found.set(`email:${e}`, ids.get(e)!);
    }
    if (userIds.length > 0 && feishu.resolveUserIds) {
      const ids = await feishu.resolveUserIds(userIds);
      for (const u of userIds) if (ids.get(u)) found.set(`user_id:${u}`, ids.get(u)!);
    }
  } catch (error) {
    const e = error as { code?: string; message?: string; hint?: string };
    log(
      `directory: could not look up ${wanted.length} people's open_id on Feishu (${e.code ?? 'error'}: ${e.message ?? String(error)})` +
        `${e.hint ? `; ${e.hint}` : ''}; they cannot message the bot until a restart or 重新加载配置 succeeds`,
    );
  }
  return found;
}

/**
 * The organisation with every person's open_id filled in where Feishu (or the cache)
 * knows it. Cached answers are trusted; delete the cache file to ask again. Nobody is
 * dropped: an unresolved person still has duties, they just cannot be matched when
 * they write, and one log line says who and why.
 */
export async function resolveDirectory(
  org: Organization,
  feishu: IdResolver,
  cache: IdCache,
  log: (line: string) => void,
): Promise<Organization> {
  const wanted = org.people.filter((p) => !p.openId && keysOf(p).length > 0);
  if (wanted.length === 0) return org;
  const cached = await cache.load();
  const known = new Map(Object.entries(cached));
  const lookFor = wanted.filter((p) => !keysOf(p).some((k) => known.has(k.key)));
  const fresh = lookFor.length > 0 ? await askFeishu(lookFor, feishu, log) : new Map<string, string>();
  for (const [k, v] of fresh) known.set(k, v);

  const taken = new Map(org.people.filter((p) => p.openId).map((p) => [p.openId as string, p.name]));
  const keep: Record<string, string> = {};
  let resolved = 0;
  const people = org.people.map((p, i) => {
    if (p.openId || keysOf(p).length === 0) return p;
    const hit = keysOf(p).find((k) => known.has(k.key));
    if (!hit) {
      const tried = keysOf(p).map((k) => KIND_NAMES[k.kind]).join('/');
      log(
        `directory: cannot resolve ${describe(p, i)}: Feishu knows no user with this ${tried}; ` +
          `check it in config/organization.yaml or give open_id, and check the app's contact scope (通讯录权限范围)`,
      );
      return p;
    }
    const openId = known.get(hit.key) as string;
    const twin = taken.get(openId);
    if (twin) {
      log(`directory: cannot resolve ${describe(p, i)}: it leads to ${openId}, already ${twin}'s; one of the two entries is wrong`);
      return p;
    }
    taken.set(openId, p.name);
    keep[hit.key] = openId;
    resolved += 1;
    return { ...p, openId };
  });
  log(`directory: ${resolved} of ${wanted.length} people configured without open_id resolved (${wanted.length - lookFor.length} from cache)`);
  // Only what the config still names is kept, so the cache never outgrows the organisation.
  await cache.save(keep);
  return { ...org, people };
}

/** The config with its directory resolved; the same object when nobody needs resolving. */
export async function resolveConfig(config: AppConfig, feishu: IdResolver, cache: IdCache, log: (line: string) => void): Promise<AppConfig> {
  const org = await resolveDirectory(config.directory.source, feishu, cache, log);
  return org === config.directory.source ? config : { ...config, directory: createDirectory(org) };
}
