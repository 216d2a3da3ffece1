// A report sent as a post with photos (the meeting photo with the report as its caption): the photos go with its records.
import type { Evidence } from '../domain/activity.js';
import type { ParsedReport } from '../domain/report/draft.js';
import type { MessageUpdate } from './botUpdate.js';

/** The post's images and files as evidence carried by this message, or none. */
export function photosOf(update: MessageUpdate, now: Date): Evidence[] {
  const files = update.attachments ?? (update.attachment ? [update.attachment] : []);
  const addedAt = now.toISOString();
  return files.map((f) => ({ kind: f.kind, key: f.key, ...(f.name ? { name: f.name } : {}), addedAt, messageId: update.messageId }));
}

/**
 * `parsed` with the post's photos on every draft and a word saying so (round 18u: a report-post kept none of its photos,
 * or gave them to an unrelated earlier record). New objects: the parse read once per message stays as it was.
 */
export function withPhotos(parsed: ParsedReport[], update: MessageUpdate, now: Date): ParsedReport[] {
  const evidence = photosOf(update, now);
  if (evidence.length === 0 || parsed.length === 0) return parsed;
  const what = evidence.length > 1 ? `${evidence.length} 张图片` : evidence[0]!.kind === 'image' ? '图片' : '文件';
  const remark = `随消息发来的${what}作为证据附到${parsed.length > 1 ? '以上各条' : '这条'}记录`;
  return parsed.map((p) => ({ ...p, draft: { ...p.draft, evidence }, remarks: [...p.remarks, remark] }));
}
