// Hands an export to whoever asked: a short text and the uploaded file, privately when asked in a group.
import type { FileType } from '../feishu/feishuTypes.js';
import type { BotContext } from './botContext.js';

export interface ExportFile {
  name: string;
  bytes: Buffer;
  fileType: FileType;
}

/**
 * Uploads first, so a failed upload sends nothing half-way. In a p2p chat the text and
 * the file answer the message; in a group they go to the asker privately, because the
 * file holds records some of the group may not see, and the group only hears where it went.
 * uuids derive from the message (not the event: Feishu may push one message under two event ids), so a
 * redelivered request does not send twice.
 */
export async function deliverExport(ctx: BotContext, text: string, file: ExportFile): Promise<void> {
  const { feishu } = ctx.deps;
  const { messageId, chatId, chatType, senderOpenId } = ctx.update;
  const fileKey = await feishu.uploadFile(file);
  const uuid = (n: number) => `x-${messageId}-${n}`.slice(0, 50);
  if (chatType === 'p2p') {
    await ctx.reply(text);
    await feishu.reply(messageId, { kind: 'file', fileKey }, { uuid: uuid(0), receiver: chatId });
    return;
  }
  await feishu.send({ openId: senderOpenId }, { kind: 'text', text }, { uuid: uuid(1) });
  await feishu.send({ openId: senderOpenId }, { kind: 'file', fileKey }, { uuid: uuid(2) });
  await ctx.reply(`「${file.name}」已私信发给您（台账含有权限范围内的记录，不在群里发送）。`);
}
