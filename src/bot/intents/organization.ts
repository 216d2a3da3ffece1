// 人员名单 / 通讯录差异: an inspector sees the organisation in force, and how Feishu's directory differs from it (suggestions only).
import { shanghaiDate } from '../../domain/shanghai.js';
import { describeDirectoryDiff, diffDirectory } from '../../org/directoryDiff.js';
import { describeOrganization } from '../../org/orgSummary.js';
import type { BotContext } from '../botContext.js';
import { defineIntent } from '../intent.js';

type Command = 'summary' | 'diff';

const SUMMARY = /^(查看|看看|看一下)?(人员名单|组织名单|人员清单|组织架构|名单)[。.!！?？]?$/;
const DIFF = /^(查看|看看|核对|比对)?(通讯录差异|通讯录对比|名单差异|通讯录变动|核对通讯录)[。.!！?？]?$/;

function refusal(ctx: BotContext): string {
  const inspectors = ctx.deps.directory.withRole('inspector').map((p) => p.name);
  const who = inspectors.length > 0 ? `纪检人员（${inspectors.join('、')}）` : '纪检人员';
  return `抱歉，人员名单和通讯录差异仅限${who}查看。`;
}

export const organization = defineIntent<Command>({
  name: 'organization',
  match(ctx) {
    if (!ctx.sender) return null;
    const text = ctx.text.replace(/\s+/g, '');
    if (SUMMARY.test(text)) return 'summary';
    if (DIFF.test(text)) return 'diff';
    return null;
  },
  async handle(ctx, command) {
    if (!ctx.sender!.roles.includes('inspector')) {
      await ctx.reply(refusal(ctx));
      return;
    }
    const today = shanghaiDate(ctx.now);
    if (command === 'summary') {
      await ctx.reply(describeOrganization({ directory: ctx.deps.directory, duties: ctx.deps.duties }, today).join('\n'));
      return;
    }
    const read = ctx.deps.readDirectory;
    if (!read) {
      await ctx.reply('当前运行方式读不到飞书通讯录。可在服务器上运行 npm run org -- import-feishu --out 草稿.yaml 生成草稿后对照。');
      return;
    }
    let feishu;
    try {
      feishu = await read();
    } catch (error) {
      const e = error as { code?: string; message?: string; hint?: string };
      ctx.deps.log(`通讯录差异: reading the Feishu directory failed: ${e.code ?? ''} ${e.message ?? String(error)}${e.hint ? `; ${e.hint}` : ''}`);
      await ctx.reply(
        e.code === 'FEISHU_SCOPE'
          ? '读取飞书通讯录失败：应用缺少通讯录权限（日志里写明了要开通哪一项），没有比对。请管理员在开发者后台「权限管理」开通、发布新版本后再试。'
          : `读取飞书通讯录失败（${e.code ?? '错误'}），没有比对。请检查应用的通讯录权限（通讯录权限范围需为全部成员），稍后再试。`,
      );
      return;
    }
    await ctx.reply(describeDirectoryDiff(diffDirectory(feishu, ctx.deps.directory), today, feishu.missingScopes).join('\n'));
  },
});
