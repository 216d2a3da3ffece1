// `npm run org -- import-feishu | import-xlsx FILE | export-xlsx | check | template`: set up and inspect config/organization.yaml.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../config/configError.js';
import { findBlanks, describeBlanks } from '../config/draftBlanks.js';
import { loadEnv, type Env } from '../config/env.js';
import { createFileIdCache, createMemoryIdCache } from '../config/idCache.js';
import { loadConfig } from '../config/loadConfig.js';
import { resolveConfig } from '../config/resolveDirectory.js';
import { loadOrganization } from '../config/organizationConfig.js';
import type { Organization } from '../domain/organization.js';
import { shanghaiDate } from '../domain/shanghai.js';
import { DEMO_APP } from '../emulator/demoApp.js';
import { FeishuError } from '../feishu/FeishuError.js';
import { draftFromFeishu } from '../org/draftFromFeishu.js';
import { missingScopeLine } from '../org/missingScopeLine.js';
import { OrgCliError } from '../org/orgCliError.js';
import { knownIdsOf, readOrgSheet } from '../org/readOrgSheet.js';
import { buildOrgWorkbook, sheetRows } from '../org/writeOrgSheet.js';
import { describeOrganization } from '../org/orgSummary.js';
import { readFeishuDirectory } from '../feishu/readFeishuDirectory.js';
import { renderOrganizationYaml } from '../org/renderOrganizationYaml.js';
import { writeOrganizationFile } from '../org/writeOrganizationFile.js';

export const ORG_USAGE = [
  '用法 usage: npm run org -- <命令> [选项]',
  '  import-feishu            从飞书通讯录生成 organization.yaml 草稿（需要 FEISHU_APP_ID 等；--demo 读本机演示飞书）',
  '  import-xlsx <名单.xlsx>  从人员名单表格生成 organization.yaml（格式见 config/名单模板.xlsx）',
  '  export-xlsx              把当前 organization.yaml 写成名单表格（默认 名单.xlsx）',
  '  check                    检查 organization.yaml 并打印摘要：各科室人数、负责人、分管、缺项',
  '  template                 重新生成 config/名单模板.xlsx',
  '选项 options:',
  '  --out <文件>   写到这里（import 默认 CONFIG_DIR/organization.yaml）',
  '  --force        覆盖已有文件；旧文件另存为 .bak-时间 备份',
  '  --demo         import-feishu 读 npm start 启动的本机演示飞书（127.0.0.1:EMULATOR_PORT）',
].join('\n');

export interface OrgIo {
  env: Record<string, string | undefined>;
  now: Date;
  out(line: string): void;
}

interface Args {
  command: string;
  file?: string;
  out?: string;
  force: boolean;
  demo: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { command: '', force: false, demo: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--force') args.force = true;
    else if (a === '--demo') args.demo = true;
    else if (a === '--help' || a === '-h') rest.unshift('help');
    else if (a === '--out') {
      const v = argv[++i];
      if (!v) throw new OrgCliError('ORG_ARGS', '--out 后面要跟文件名', '--out needs a file name');
      args.out = v;
    } else if (a.startsWith('--')) throw new OrgCliError('ORG_ARGS', `不认识的选项 ${a}`, `unknown option ${a}`);
    else rest.push(a);
  }
  args.command = rest[0] ?? '';
  args.file = rest[1];
  if (rest.length > (args.command === 'import-xlsx' ? 2 : 1)) throw new OrgCliError('ORG_ARGS', `多余的参数 ${rest.slice(args.command === 'import-xlsx' ? 2 : 1).join(' ')}`, 'too many arguments');
  return args;
}

function loadEnvOrFail(source: OrgIo['env']): Env {
  try {
    return loadEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) throw new OrgCliError('ORG_CONFIG', `环境变量有误：${error.message}`, error.message);
    throw error;
  }
}

function existingOrganization(file: string): Organization | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return loadOrganization(file);
  } catch {
    // A draft or a broken file: nobody's records hang on its ids yet worth keeping.
    return undefined;
  }
}

async function importFeishu(a: Args, env: Env, io: OrgIo): Promise<void> {
  const creds = a.demo
    ? { appId: DEMO_APP.appId, appSecret: DEMO_APP.appSecret, domain: io.env.EMULATOR_URL ?? `http://127.0.0.1:${env.emulatorPort}` }
    : env.feishu;
  if (!creds) {
    throw new OrgCliError(
      'ORG_ARGS',
      '没有飞书应用凭据：请设置 FEISHU_APP_ID、FEISHU_APP_SECRET（见 README）；想先在演示飞书上试，先 npm start，再加 --demo',
      'no Feishu app credentials: set FEISHU_APP_ID and FEISHU_APP_SECRET (see README), or run npm start and add --demo',
    );
  }
  let dir;
  try {
    dir = await readFeishuDirectory(creds);
  } catch (error) {
    if (error instanceof FeishuError) {
      throw new OrgCliError('ORG_FEISHU', `读取飞书通讯录失败：${error.message}。${error.hint}`, `reading the Feishu directory failed: ${error.message}; ${error.hint}`);
    }
    throw error;
  }
  const draft = draftFromFeishu(dir, shanghaiDate(io.now));
  for (const scope of dir.missingScopes) io.out(missingScopeLine(scope));
  const file = a.out ?? join(env.configDir, 'organization.yaml');
  const text = renderOrganizationYaml(draft);
  const backup = await writeOrganizationFile(file, text, { force: a.force, now: io.now });
  const blanks = findBlanks(file);
  io.out(`已写入 ${file}：${draft.people.length} 人、${draft.departments.length} 个科室。${backup ? `旧文件已备份为 ${backup}。` : ''}`);
  io.out(`还有 ${blanks.length} 处「待填写」（飞书通讯录没有党组书记、班子成员、分管和纪检）：`);
  for (const b of blanks) io.out(`  第 ${b.line} 行  ${b.path}：${b.hint}`);
  io.out('填好后运行 npm run org -- check；有空项时 npm start 会拒绝启动。');
}

async function importXlsx(a: Args, env: Env, io: OrgIo): Promise<void> {
  if (!a.file) throw new OrgCliError('ORG_ARGS', 'import-xlsx 后面要跟表格文件，如 npm run org -- import-xlsx 名单.xlsx', 'import-xlsx needs a file');
  if (!existsSync(a.file)) throw new OrgCliError('ORG_ARGS', `找不到文件 ${a.file}`, `file not found: ${a.file}`);
  const file = a.out ?? join(env.configDir, 'organization.yaml');
  const existing = existingOrganization(file);
  const draft = await readOrgSheet(a.file, knownIdsOf(existing), shanghaiDate(io.now));
  const backup = await writeOrganizationFile(file, renderOrganizationYaml(draft), { force: a.force, now: io.now });
  io.out(`已写入 ${file}：${draft.people.length} 人、${draft.departments.length} 个科室。${backup ? `旧文件已备份为 ${backup}。` : ''}`);
  if (existing && existing.departments.some((d) => d.heads || d.supervisors) || existing?.people.some((p) => p.roleSpans)) {
    io.out(`注意：旧文件里负责人、分管、角色的历次变动（from/until）表格里没有，新文件只有当前状态；需要保留的历史请从备份 ${backup ?? ''} 抄回，否则重新加载时会因改动已结束的周期被拒绝。`);
  }
  const blanks = findBlanks(file);
  if (blanks.length > 0) {
    io.out(`还有 ${blanks.length} 处「待填写」：`);
    for (const b of blanks) io.out(`  第 ${b.line} 行  ${b.path}：${b.hint}`);
  } else {
    await check(env, io);
  }
}

async function exportXlsx(a: Args, env: Env, io: OrgIo): Promise<void> {
  const org = loadOrganizationOrFail(join(env.configDir, 'organization.yaml'));
  const out = a.out ?? '名单.xlsx';
  if (existsSync(out) && !a.force) throw new OrgCliError('ORG_EXISTS', `${out} 已存在，未覆盖；加 --force 覆盖`, `${out} exists; add --force to replace it`);
  const dated = org.people.some((p) => p.roleSpans) || org.departments.some((d) => d.heads || d.supervisors);
  await buildOrgWorkbook(org.name, sheetRows(org)).xlsx.writeFile(out);
  io.out(`已写出 ${out}：${org.people.length} 人。${dated ? '（角色、负责人、分管的历次变动只在 organization.yaml 里，表格是最终状态。）' : ''}`);
}

function loadOrganizationOrFail(file: string): Organization {
  try {
    return loadOrganization(file);
  } catch (error) {
    if (error instanceof ConfigError) throw new OrgCliError('ORG_CONFIG', error.message, error.message);
    throw error;
  }
}

async function check(env: Env, io: OrgIo): Promise<void> {
  const file = join(env.configDir, 'organization.yaml');
  const blanks = findBlanks(file);
  if (blanks.length > 0) throw new OrgCliError('ORG_CONFIG', describeBlanks(file, blanks), `${file} has ${blanks.length} blank(s) to fill`);
  let config;
  try {
    config = loadConfig(env.configDir);
  } catch (error) {
    if (error instanceof ConfigError) throw new OrgCliError('ORG_CONFIG', `配置有误：${error.message}`, `config error: ${error.message}`);
    throw error;
  }
  // Who the bot can already recognise: open_ids in the config, or found earlier and cached in DATA_DIR (no Feishu call here).
  const cached = await createFileIdCache(join(env.dataDir, 'feishu-ids.json')).load();
  const offline = { resolveIds: async () => new Map<string, string>(), resolveUserIds: async () => new Map<string, string>() };
  const resolved = await resolveConfig(config, offline, createMemoryIdCache(cached), () => {});
  io.out(`${file} 检查通过 / valid.`);
  for (const line of describeOrganization(resolved, shanghaiDate(io.now))) io.out(line);
}

async function template(a: Args, io: OrgIo): Promise<void> {
  const out = a.out ?? join('config', '名单模板.xlsx');
  await buildOrgWorkbook('某市残疾人联合会', TEMPLATE_ROWS).xlsx.writeFile(out);
  io.out(`已写出 ${out}`);
}

/** The template's sample rows: every column used once, in the canonical spelling export-xlsx writes back. */
export const TEMPLATE_ROWS: string[][] = [
  ['zhangwei', '张伟', '党组书记、理事长', '', '党组书记', '', '13800000001', '', '', '', ''],
  ['wangjianguo', '王建国', '党组成员、副理事长', '', '班子成员', '办公室、财务科', '13800000002', '', '', '', ''],
  ['liufang', '刘芳', '党组成员、副理事长', '', '班子成员', '组联部', '', 'liufang@example.gov.cn', '', '', ''],
  ['liming', '李明', '办公室主任', '办公室', '科室负责人', '', '13800000004', '', '', '', ''],
  ['sunli', '孙丽', '财务科科长', '财务科', '科室负责人', '', '13800000005', '', '', '', ''],
  ['zhoutao', '周涛', '组联部部长', '组联部', '科室负责人', '', '13800000006', '', '', '', ''],
  ['huangzhigang', '黄志刚', '机关纪委书记', '办公室', '纪检', '', '13800000007', '', '', '', ''],
  ['wangfang', '王芳', '办公室科员', '办公室', '', '', '13800000008', '', '', '2026-03-01', ''],
  ['lijuan', '李娟', '财务科科员', '财务科', '', '', '13800000009', '', '', '', '2026-06-30'],
];

/** Runs one command; returns the exit code (0 done, 1 bad input, 2 usage). Never throws for the operator's mistakes. */
export async function runOrg(argv: readonly string[], io: OrgIo): Promise<number> {
  try {
    const a = parseArgs(argv);
    if (a.command === '' || a.command === 'help' || a.command === '--help') {
      io.out(ORG_USAGE);
      return a.command === '' ? 2 : 0;
    }
    const env = loadEnvOrFail(io.env);
    switch (a.command) {
      case 'import-feishu':
        await importFeishu(a, env, io);
        return 0;
      case 'import-xlsx':
        await importXlsx(a, env, io);
        return 0;
      case 'export-xlsx':
        await exportXlsx(a, env, io);
        return 0;
      case 'check':
        await check(env, io);
        return 0;
      case 'template':
        await template(a, io);
        return 0;
      default:
        io.out(`不认识的命令 ${a.command} / unknown command ${a.command}\n${ORG_USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof OrgCliError) {
      io.out(`${error.message} [${error.code}]`);
      return error.code === 'ORG_ARGS' ? 2 : 1;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  runOrg(process.argv.slice(2), { env: process.env, now: new Date(), out: (l) => console.log(l) }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`出错了 / unexpected error: ${(error as Error).stack ?? String(error)}`);
      process.exit(1);
    },
  );
}
