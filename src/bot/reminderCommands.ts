// The inspectors' reminder commands as words: 提醒预览, 发送测试提醒, 暂停提醒, 恢复提醒 (and their common variants).
export type ReminderCommand = 'preview' | 'test' | 'pause' | 'resume';

const COMMANDS: [ReminderCommand, RegExp][] = [
  ['preview', /^(提醒预览|预览提醒|查看提醒(安排|计划)?|提醒(安排|计划))$/],
  ['test', /^(发送?测试提醒|测试提醒|试发提醒)$/],
  ['pause', /^(暂停|停止|关闭)(自动)?提醒$/],
  ['resume', /^(恢复|开启|重启|继续)(自动)?提醒$/],
];

export function parseReminderCommand(text: string): ReminderCommand | null {
  const t = text.replace(/[\s!！。.？?]+/g, '');
  for (const [command, pattern] of COMMANDS) if (pattern.test(t)) return command;
  return null;
}
