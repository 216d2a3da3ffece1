// The banner `npm start` prints in demo mode: where the bot, the 体验台 and the data are, and commands to paste.
import { join } from 'node:path';
import { DEFAULT_EMULATOR_PORT } from '../config/env.js';

export interface DemoBanner {
  /** The bot's base URL (http://127.0.0.1:3000). */
  botUrl: string;
  /** Long connection instead of the webhook (FEISHU_EVENT_MODE=ws). */
  longConnection: boolean;
  /** The emulator's base URL. */
  emulatorUrl: string;
  /** The emulator's port, which `npm run say` must be told when it is not the default. */
  emulatorPort: number;
  dataDir: string;
  /** CONFIG_DIR as the bot reads it (the demo members are in its organization.yaml). */
  configDir: string;
}

/**
 * The demo banner, in Chinese. Every `npm run say` line works when pasted into another terminal as is: with a port
 * other than the default, it carries `EMULATOR_PORT=…` (a newcomer who started on 3331 was told 「连不上飞书模拟器
 * http://127.0.0.1:3001」 by the commands printed).
 */
export function demoInstructions(b: DemoBanner): string {
  const say = b.emulatorPort === DEFAULT_EMULATOR_PORT ? 'npm run say --' : `EMULATOR_PORT=${b.emulatorPort} npm run say --`;
  return [
    '',
    '清风已在本地演示模式下运行（未设置 FEISHU_APP_ID，使用内置的飞书模拟器）。',
    b.longConnection ? `  机器人:     长连接（FEISHU_EVENT_MODE=ws），健康检查 ${b.botUrl}/healthz` : `  机器人:     ${b.botUrl}/feishu/events`,
    `  体验台:     ${b.emulatorUrl}/   ← 在浏览器里打开，以任一演示成员的身份和清风聊天`,
    `  飞书模拟器: ${b.emulatorUrl}`,
    // Not db.json: the ledger is audit.jsonl + activities.jsonl, and db.json appears only with the first dialog (n4).
    `  数据目录:   ${b.dataDir}（全部记录: npm run export -- --format jsonl --out -）`,
    '',
    '在另一个终端里以演示成员的身份和机器人说话，回复会打印在那里，也会出现在本窗口：',
    `  ${say} 李明 "今天和王建国副理事长进行了廉政谈话"`,
    `  ${say} 张伟 "本季度完成情况"`,
    `  ${say} 王建国 帮助`,
    `  ${say} --group 李明 "@清风 昨天组织观看警示教育片《贪毁人生》，参加23人"`,
    `  ${say} 王建国 我的任务`,
    `  ${say} 黄志刚 提醒预览`,
    `  ${say} 张伟 导出台账`,
    `演示成员见 ${join(b.configDir, 'organization.yaml')}。按 Ctrl+C 退出。`,
    '',
  ].join('\n');
}
