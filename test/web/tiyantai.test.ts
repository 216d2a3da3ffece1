// The 体验台 in a real browser: Debian's chromium (playwright-core) on the page the emulator serves, the whole bot behind it.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.js';
import { shanghaiDate } from '../../src/domain/shanghai.js';
import { startBot, type RunningBot } from '../../src/main.js';
import { readActivities } from '../../src/store/readActivities.js';

const CHROMIUM = '/usr/bin/chromium';
/** `UPDATE_SCREENSHOTS=1 npx vitest run test/web` refreshes the README's pictures; otherwise they go to a temp dir. */
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(process.cwd(), 'docs', 'screenshots') : undefined;
const WAIT = { timeout: 30_000 };

let running: RunningBot;
let dataDir: string;
let shotDir: string;
let context: BrowserContext;
let page: Page;
let base: string;
const log: string[] = [];

const openId = (name: string): string => running.config.current().directory.org.people.find((p) => p.name === name)!.openId!;

async function as(name: string, chat: 'p2p' | 'group' = 'p2p'): Promise<void> {
  await page.goto(`${base}/?member=${encodeURIComponent(name)}&chat=${chat}`);
  await page.locator(`.chat-item.active[data-kind="${chat}"]`).waitFor(WAIT);
  await expect.poll(() => page.getByTestId('member-select').inputValue()).toBe(openId(name));
}

/** Types and sends; resolves with the new user bubble's message id. */
async function send(text: string): Promise<string> {
  const before = await page.locator('[data-testid="message"][data-from="user"]').count();
  await page.getByTestId('message-input').fill(text);
  await page.getByTestId('send').click();
  const bubble = page.locator('[data-testid="message"][data-from="user"]').nth(before);
  await bubble.waitFor(WAIT);
  return (await bubble.getAttribute('data-message-id'))!;
}

/** The bot's answer to a message: the bubble whose parent is that message. */
function answerTo(messageId: string) {
  return page.locator(`[data-testid="message"][data-from="bot"][data-parent-id="${messageId}"]`);
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(shotDir, name) });
}

async function records(): Promise<{ type: string; date: string; reporter: string; counterpartIds: string[]; createdAt: string; evidence?: { key: string }[]; deletedAt?: string }[]> {
  await running.store.flush();
  // What is on disk in DATA_DIR (snapshot + audit log), read as the export does.
  return ((await readActivities(dataDir)) ?? []) as never[];
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with "apt-get install -y chromium" (.ci/run does)`);
  dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-web-'));
  shotDir = SHOTS ?? (await mkdtemp(join(tmpdir(), 'qingfeng-shots-')));
  await mkdir(shotDir, { recursive: true });
  const env = loadEnv({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', EMULATOR_PORT: '0' });
  running = await startBot({ env, demoData: true, scheduler: false, log: (l) => log.push(l) });
  base = running.emulator!.url!;
  context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'qingfeng-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1180, height: 760 },
    args: [
      '--headless',
      '--lang=zh-CN',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = context.pages()[0] ?? (await context.newPage());
}, 180_000);

afterAll(async () => {
  await context?.close();
  await running?.stop();
  await rm(dataDir, { recursive: true, force: true });
  if (!SHOTS && shotDir) await rm(shotDir, { recursive: true, force: true });
});

// Browser round trips on a shared 2-core machine: generous per-test budgets, no timed assertions.
describe('体验台 (web chat page on the emulator)', { timeout: 90_000 }, () => {
  it('starts on demo data: the data file holds a year with a 补录 and a withdrawn record', async () => {
    const all = await records();
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((a) => (a as { late?: boolean }).late)).toHaveLength(1);
    expect(all.filter((a) => a.deletedAt)).toHaveLength(1);
    expect(log).toContain(`已载入演示数据：${all.length} 条记录`);
  });

  it('the member picker shows every demo member with their role, the card under it their title', async () => {
    await as('李明');
    const options = await page.getByTestId('member-select').locator('option').allTextContents();
    expect(options).toHaveLength(running.config.current().directory.org.people.length);
    for (const o of ['张伟 · 党组书记', '王建国 · 班子成员', '李明 · 科室负责人', '黄志刚 · 纪检', '王芳 · 成员']) expect(options).toContain(o);
    expect(await page.locator('#me').innerText()).toContain('办公室主任');
    expect(await page.getByTestId('chat-list').locator('.chat-item').allInnerTexts()).toEqual([
      expect.stringContaining('清风（机器人）'),
      expect.stringContaining('清风演示群'),
    ]);
  });

  it('王建国 reports, sees the receipt card, clicks 撤销: a toast and the struck-through card in place', async () => {
    await as('王建国');
    const id = await send('今天和李明主任进行了廉政谈话');
    const receipt = answerTo(id);
    await receipt.locator('.card-title', { hasText: '已记录 1 项' }).waitFor(WAIT);
    await expect.poll(() => receipt.getByTestId('card-button').allTextContents()).toEqual(['撤销', '修改']);

    await receipt.getByTestId('card-button').filter({ hasText: '撤销' }).click();
    // The toast says what happened (it fades after a few seconds, so it is awaited by its text).
    await page.getByTestId('toast').filter({ hasText: '撤销' }).first().waitFor(WAIT);
    // The same bubble, updated in place: title 已撤销, the line struck through, no buttons left.
    await receipt.locator('.card-title', { hasText: '已撤销' }).waitFor(WAIT);
    expect(await receipt.locator('del').textContent()).toContain('廉政谈话');
    expect(await receipt.getByTestId('card-button').count()).toBe(0);
    await shot('undo.png');
    const mine = (await records()).filter((a) => a.reporter === openId('王建国') && a.date === shanghaiDate(new Date()) && a.type === 'talk_integrity');
    expect(mine.at(-1)?.deletedAt).toBeDefined();
  });

  it('张伟 asks 本季度完成情况: a chart drawn by VChart, a paged table, and 明细 replaces the card', async () => {
    await as('张伟');
    const id = await send('本季度完成情况');
    const card = answerTo(id);
    await card.getByTestId('card-table').first().waitFor(WAIT);
    // The demo year is alive: the headline counts done and overdue lines, not 0 done and all overdue.
    const headline = (await card.locator('.md').first().textContent())!;
    expect(headline).toMatch(/完成 [1-9]/);
    expect(headline).toMatch(/逾期 [1-9]/);
    // A non-empty canvas: VChart painted bars, not a placeholder.
    await expect
      .poll(
        () =>
          card.locator('[data-testid="chart"] canvas').first().evaluate((c: HTMLCanvasElement) => {
            const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
            let painted = 0;
            for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) painted += 1;
            return painted;
          }),
        WAIT,
      )
      .toBeGreaterThan(1000);
    expect(await card.locator('[data-testid="unknown-element"]').count()).toBe(0);
    // The summary table has more rows than a page: the pager moves to page 2.
    const table = card.getByTestId('card-table').first();
    const firstRow = await table.locator('tbody tr').first().textContent();
    await table.getByTestId('table-next').click();
    expect(await table.locator('.pg-info').textContent()).toMatch(/^2 \/ \d+$/);
    expect(await table.locator('tbody tr').first().textContent()).not.toBe(firstRow);
    await card.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot('completion.png');

    const detail = card.getByTestId('card-button').filter({ hasText: '明细' }).first();
    const label = (await detail.textContent())!.replace(/\s*明细$/, '').replace(/…$/, '');
    await detail.click();
    await card.locator('.card-title', { hasText: label }).waitFor(WAIT);
    expect(await page.locator(`[data-message-id="${await card.getAttribute('data-message-id')}"]`).count()).toBe(1);
  });

  it('张伟 asks 导出台账 and downloads an .xlsx that opens; 年度总结 brings a .docx', async () => {
    await as('张伟');
    await send('导出台账');
    const link = page.getByTestId('download').last();
    await link.waitFor(WAIT);
    expect(await link.textContent()).toContain('.xlsx');
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const rows = book.worksheets.reduce((n, ws) => n + ws.actualRowCount, 0);
    expect(rows).toBeGreaterThan(50);
    await shot('export.png');

    await send('年度总结');
    const docx = page.getByTestId('download').filter({ hasText: '.docx' }).last();
    await docx.waitFor(WAIT);
    const [report] = await Promise.all([page.waitForEvent('download', WAIT), docx.click()]);
    expect(report.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(await readFile((await report.path())!));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('党风廉政建设');
  });

  it('张伟 sends 填报, fills type, date and counterpart, submits: the record is in the data file', async () => {
    await as('张伟');
    const started = new Date().toISOString();
    const id = await send('填报');
    const form = answerTo(id).locator('form');
    await form.waitFor(WAIT);
    const today = shanghaiDate(new Date());
    await form.locator('[data-field="type"]').selectOption({ label: '廉政谈话' });
    await form.locator('[data-field="date"]').fill(today);
    await form.locator('[data-field="counterparts"]').selectOption([{ label: '陈志强' }]);
    await shot('form.png');
    await form.getByTestId('card-button').filter({ hasText: '提交' }).click();
    await expect
      .poll(async () => (await records()).filter((a) => a.createdAt >= started && a.type === 'talk_integrity'), WAIT)
      .toMatchObject([{ date: today, reporter: openId('张伟'), counterpartIds: ['chenzhiqiang'] }]);
  });

  it('a submit with a required field empty is stopped on the page, as Feishu does', async () => {
    await as('张伟');
    const id = await send('填报');
    const form = answerTo(id).locator('form');
    await form.waitFor(WAIT);
    const calls = running.emulator!.calls.length;
    await form.getByTestId('card-button').filter({ hasText: '提交' }).click();
    await form.locator('.field-wrap.invalid [data-field="type"]').waitFor(WAIT);
    expect(running.emulator!.calls.length).toBe(calls);
  });

  it('in the group, a message without @清风 gets no answer; with it (button or typed @), one each', async () => {
    await as('李明', 'group');
    const silent = await send('大家好，下午的会改到三点');
    await page.getByTestId('at-bot').click();
    expect(await page.getByTestId('message-input').inputValue()).toBe('@清风 ');
    await page.getByTestId('message-input').pressSequentially('帮助');
    await page.getByTestId('send').click();
    const asked = page.locator('[data-testid="message"][data-from="user"]').nth(1);
    await asked.waitFor(WAIT);
    const askedId = (await asked.getAttribute('data-message-id'))!;
    await answerTo(askedId).waitFor(WAIT);
    // Typing @ opens the mention list; picking 清风 writes the mention, which the bot answers too.
    await page.getByTestId('message-input').pressSequentially('请 @');
    await page.getByTestId('mention-bot').click();
    expect(await page.getByTestId('message-input').inputValue()).toBe('请 @清风 ');
    await page.getByTestId('message-input').pressSequentially('我的任务');
    const typed = await send(await page.getByTestId('message-input').inputValue());
    await answerTo(typed).waitFor(WAIT);
    // The bot handles a chat's events in order, so the first one was done before these answers.
    await running.drain();
    expect(await answerTo(silent).count()).toBe(0);
    expect(await page.locator('[data-testid="message"][data-from="bot"]').count()).toBe(2);
    expect(await asked.locator('.at').textContent()).toBe('@清风');
    await page.locator('#messages').evaluate((e) => (e.scrollTop = 0));
    await shot('group.png');
  });

  it('李明 sends an image and a file after a report: both reach the bot and attach as evidence; a recall shows in place', async () => {
    await as('李明');
    const id = await send('今天组织观看警示教育片《永远在路上》，参加12人');
    await answerTo(id).locator('.card-title', { hasText: '已记录' }).waitFor(WAIT);
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await page.getByTestId('attach').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: png });
    await page.locator('[data-testid="message"][data-from="user"][data-msg-type="image"] img').waitFor(WAIT);
    await page.getByTestId('attach').setInputFiles({ name: '签到表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 签到表') });
    await page.locator('[data-testid="message"][data-from="user"][data-msg-type="file"]').waitFor(WAIT);
    await running.drain();
    await expect
      .poll(async () => (await records()).find((a) => a.type === 'edu_warning' && a.reporter === openId('李明') && a.date === shanghaiDate(new Date()))?.evidence?.length, WAIT)
      .toBe(2);
    // The image the member sent is served back to the page.
    const src = (await page.locator('[data-msg-type="image"] img').last().getAttribute('src'))!;
    expect(Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer())).toEqual(png);

    const text = await send('这条发错了');
    const bubble = page.locator(`[data-message-id="${text}"]`);
    // The bot's answer scrolls the chat: hover only once it is in, or the pointer leaves the bubble and the hover menu hides.
    await running.drain();
    await answerTo(text).first().waitFor(WAIT);
    await bubble.hover();
    await bubble.getByTestId('recall').click();
    await bubble.locator('.recalled', { hasText: '你撤回了一条消息' }).waitFor(WAIT);
    const state = (await (await fetch(`${base}/web/api/state`)).json()) as { messages: { messageId: string; recalled: boolean }[] };
    expect(state.messages.find((m) => m.messageId === text)?.recalled).toBe(true);
  });

  it('李明 sends several lines with Shift+Enter: one message, each line listed for 确认, then each recorded', async () => {
    await as('李明');
    const input = page.getByTestId('message-input');
    await input.fill('');
    await input.pressSequentially('今天和王芳进行了谈心谈话');
    await input.press('Shift+Enter');
    await input.pressSequentially('今天和胡军进行了谈心谈话');
    expect(await input.inputValue()).toBe('今天和王芳进行了谈心谈话\n今天和胡军进行了谈心谈话');
    const before = await page.locator('[data-testid="message"][data-from="user"]').count();
    await input.press('Enter');
    const bubble = page.locator('[data-testid="message"][data-from="user"]').nth(before);
    await bubble.waitFor(WAIT);
    expect(await bubble.locator('.bubble').innerText()).toBe('今天和王芳进行了谈心谈话\n今天和胡军进行了谈心谈话');
    // Several activities in one message are always shown for a tap first (issue 10).
    const answer = answerTo((await bubble.getAttribute('data-message-id'))!);
    await answer.locator('.card-title', { hasText: '请确认' }).waitFor(WAIT);
    await answer.getByTestId('card-button').filter({ hasText: /^确认$/ }).click();
    const receipt = page
      .locator('[data-testid="message"][data-from="bot"]')
      .filter({ has: page.locator('.card-title', { hasText: '已记录 2 项' }) })
      .last();
    await receipt.waitFor(WAIT);
    expect(await receipt.getByTestId('card-button').allTextContents()).toEqual(['撤销', '修改', '撤销', '修改']);
  });

  it('draws every element kind Feishu cards use, escapes raw HTML, and pages a long table', async () => {
    await as('黄志刚');
    const rows = Array.from({ length: 23 }, (_, i) => ({ who: `成员${i + 1}`, n: i, st: [{ text: i % 2 ? '逾期' : '完成', color: i % 2 ? 'red' : 'green' }] }));
    await running.outbox.enqueue([
      {
        key: `test|web-kinds|${Date.now()}`,
        to: { openId: openId('黄志刚') },
        message: {
          kind: 'card',
          card: {
            schema: '2.0',
            header: { title: { tag: 'plain_text', content: '元素一览' }, subtitle: { tag: 'plain_text', content: '副标题' }, template: 'orange' },
            body: {
              elements: [
                { tag: 'markdown', content: "**粗体** *斜体* ~~删除~~ [链接](https://www.feishu.cn) <script>alert(1)</script> [坏链接](javascript:alert(1))\n- 一\n- 二\n\n<font color='green'>绿色</font>" },
                { tag: 'column_set', columns: [{ tag: 'column', width: 'weighted', weight: 1, elements: [{ tag: 'markdown', content: '左栏' }] }, { tag: 'column', width: 'weighted', weight: 2, elements: [{ tag: 'markdown', content: '右栏' }] }] },
                { tag: 'hr' },
                { tag: 'table', page_size: 10, columns: [{ name: 'who', display_name: '责任人', data_type: 'text' }, { name: 'n', display_name: '数量', data_type: 'number' }, { name: 'st', display_name: '状态', data_type: 'options' }], rows },
                { tag: 'collapsible_panel', header: { title: { tag: 'markdown', content: '**展开看看**' } }, elements: [{ tag: 'markdown', content: '折叠内容' }] },
                { tag: 'img', img_key: 'img_v3_demo' },
                { tag: 'select_static', name: 'pick', placeholder: { tag: 'plain_text', content: '选一个' }, options: [{ text: { tag: 'plain_text', content: '甲' }, value: 'a' }] },
                { tag: 'select_person', name: 'who', placeholder: { tag: 'plain_text', content: '选人' } },
                { tag: 'input', name: 'free', label: { tag: 'plain_text', content: '随便写' } },
                { tag: 'date_picker', name: 'day', initial_date: '2026-11-02' },
                { tag: 'button', text: { tag: 'plain_text', content: '打开飞书' }, behaviors: [{ type: 'open_url', default_url: 'https://www.feishu.cn' }] },
                { tag: 'interactive_container', elements: [] },
              ],
            },
          },
        },
      },
    ]);
    const card = page.locator('[data-testid="message"][data-from="bot"]').filter({ hasText: '元素一览' }).last();
    await card.waitFor(WAIT);
    expect(await card.locator('.card-header').getAttribute('class')).toContain('tpl-orange');
    expect(await card.locator('.card-subtitle').textContent()).toBe('副标题');
    const md = card.locator('.md').first();
    expect(await md.locator('strong').textContent()).toBe('粗体');
    expect(await md.locator('em').textContent()).toBe('斜体');
    expect(await md.locator('del').textContent()).toBe('删除');
    expect(await md.locator('li').allTextContents()).toEqual(['一', '二']);
    expect(await md.locator('script').count()).toBe(0);
    expect(await md.textContent()).toContain('<script>alert(1)</script>');
    expect(await md.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['https://www.feishu.cn', '#']);
    expect(await md.locator('.md-font').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(46, 161, 33)');
    const widths = await card.locator('.column-set .column').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().width));
    expect(widths[1]! / widths[0]!).toBeGreaterThan(1.8);
    const table = card.getByTestId('card-table');
    expect(await table.locator('tbody tr').count()).toBe(10);
    await table.getByTestId('table-next').click();
    await table.getByTestId('table-next').click();
    expect(await table.locator('.pg-info').textContent()).toBe('3 / 3');
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await table.getByTestId('table-next').isDisabled()).toBe(true);
    expect(await table.locator('.opt-tag').first().textContent()).toBe('完成');
    expect((await card.locator('summary').textContent())!.trim()).toBe('展开看看');
    expect(await card.locator('.img-placeholder').count()).toBe(1);
    expect(await card.locator('select[data-field="who"] option').allTextContents()).toContain('李明');
    expect(await card.locator('input[data-field="day"]').inputValue()).toBe('2026-11-02');
    expect(await card.getByTestId('card-button').allTextContents()).toEqual(['打开飞书']);
    expect(await card.getByTestId('unknown-element').allTextContents()).toEqual(['[暂不支持的卡片元素：interactive_container]']);
    await card.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot('elements.png');
  });

  it('what the bot sends on its own (outbox) appears live; an element the page does not know is a placeholder naming its tag', async () => {
    await as('李明');
    const bubbles = await page.locator('[data-testid="message"][data-from="bot"]').count();
    await running.outbox.enqueue([
      {
        key: `test|web-live|${Date.now()}`,
        to: { openId: openId('李明') },
        message: {
          kind: 'card',
          card: {
            schema: '2.0',
            header: { title: { tag: 'plain_text', content: '逾期提醒' }, template: 'red' },
            body: {
              elements: [
                { tag: 'markdown', content: "**廉政谈话**已逾期 <font color='red'>2 项</font>" },
                { tag: 'audio_player', file_key: 'x' },
              ],
            },
          },
        },
      },
    ]);
    const live = page.locator('[data-testid="message"][data-from="bot"]').nth(bubbles);
    await live.locator('.card-title', { hasText: '逾期提醒' }).waitFor(WAIT);
    expect(await live.locator('.card-header').getAttribute('class')).toContain('tpl-red');
    expect(await live.locator('.md-font').textContent()).toBe('2 项');
    expect(await live.locator('.md-font').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(245, 74, 69)');
    expect(await live.getByTestId('unknown-element').textContent()).toContain('audio_player');
  });
});
