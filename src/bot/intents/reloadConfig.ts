// 重新加载配置: an inspector makes edited organization.yaml / duties.yaml take effect without a restart; a bad file changes nothing.
import { ConfigError } from '../../config/configError.js';
import { describeConfigChanges } from '../../config/configChanges.js';
import { affectedPeriods, describeAffected, type AffectedPeriod } from '../../config/assignmentChanges.js';
import { PastRewriteError, pastRewrite, pastRewriteText } from '../../config/pastRewrite.js';
import { describeReopened, reopenedDuties } from '../../config/reopenedDuties.js';
import type { BotContext } from '../botContext.js';
import { defineIntent } from '../intent.js';

const COMMAND = /^(请|帮我)?(重新加载|重载|刷新|更新)(一下)?(配置|配置文件)[。.!！]?$/;

function refusal(ctx: BotContext): string {
  const inspectors = ctx.deps.directory.withRole('inspector').map((p) => p.name);
  const who = inspectors.length > 0 ? `纪检人员（${inspectors.join('、')}）` : '纪检人员';
  return `抱歉，重新加载配置仅限${who}操作。人员或职责有变动，请联系他们修改配置。`;
}

/** File, line, field and what was expected, the way an inspector finds it in the YAML. */
export function configErrorText(error: unknown): string {
  if (error instanceof PastRewriteError) return pastRewriteText(error);
  const lines = ['配置有误，本次未重新加载，清风仍按原配置运行。'];
  if (error instanceof ConfigError) {
    lines.push(`文件：${error.file}${error.line ? `，第 ${error.line} 行` : ''}`);
    if (error.path) lines.push(`字段：${error.path}`);
    lines.push(`问题：${error.expected}`);
  } else {
    lines.push(`原因：${(error as Error)?.message ?? String(error)}`);
  }
  lines.push('改正后再发送「重新加载配置」。');
  return lines.join('\n');
}

export const reloadConfig = defineIntent<true>({
  name: 'reloadConfig',
  match: (ctx) => (ctx.sender && COMMAND.test(ctx.text.replace(/\s+/g, '')) ? true : null),
  async handle(ctx) {
    if (!ctx.sender!.roles.includes('inspector')) {
      await ctx.reply(refusal(ctx));
      return;
    }
    const holder = ctx.deps.config;
    if (!holder) {
      await ctx.reply('当前运行方式不支持在线重新加载配置，请重启清风使新配置生效。');
      return;
    }
    const now = ctx.deps.now();
    // Settled periods stay as they were counted: a change that would recount one is refused.
    let affected: AffectedPeriod[] = [];
    const outcome = await holder.reload((before, after) => {
      affected = affectedPeriods(before, after, now);
      return pastRewrite(before, after, affected);
    });
    if (!outcome.ok) {
      ctx.deps.log(`config reload by ${ctx.sender!.name} failed: ${(outcome.error as Error)?.message ?? String(outcome.error)}`);
      await ctx.reply(configErrorText(outcome.error));
      return;
    }
    ctx.deps.log(`config reloaded by ${ctx.sender!.name}`);
    // Counted from the same records before and after: a dated change may still reopen a finished duty of an open period.
    const { before, after } = outcome;
    const reopened = affected.length === 0 ? [] : ctx.deps.store.read((db) => reopenedDuties(before, after, ctx.deps.ledger.index(db), affected, now));
    await ctx.reply(['配置已重新加载。', ...describeConfigChanges(before, after), ...describeAffected(affected), ...describeReopened(reopened)].join('\n'));
  },
});
