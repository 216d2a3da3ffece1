// The 体验台 page: pick a demo member, chat with 清风 in p2p or the demo group, press card buttons; updates arrive over SSE.
import { mountCharts, releaseCharts, renderCard } from './renderCard.js';

const $ = (id) => document.getElementById(id);
const state = { bot: { name: '清风' }, members: [], groups: [], messages: new Map(), me: '', chat: '', read: new Map() };

async function api(path, body) {
  const res = await fetch(path, body instanceof FormData ? { method: 'POST', body } : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(json.error || `HTTP ${res.status}`);
  return json;
}

function toast(type, content) {
  if (!content) return;
  const el = document.createElement('div');
  el.className = `toast toast-${type}`;
  el.dataset.testid = 'toast';
  el.textContent = content;
  $('toasts').append(el);
  setTimeout(() => el.remove(), 4000);
}

const me = () => state.members.find((m) => m.openId === state.me);
const chats = () => {
  const m = me();
  if (!m) return [];
  return [{ id: m.p2pChatId, name: state.bot.name, kind: 'p2p' }, ...state.groups.map((g) => ({ id: g.chatId, name: g.name, kind: 'group' }))];
};
const currentChat = () => chats().find((c) => c.id === state.chat);
const inChat = (id) => [...state.messages.values()].filter((m) => m.chatId === id).sort((a, b) => a.createTime - b.createTime);

function preview(m) {
  if (!m) return '';
  if (m.recalled) return '撤回了一条消息';
  if (m.msgType === 'text') return String(m.content.text || '').replace(/@_user_\d+/g, `@${state.bot.name}`);
  if (m.msgType === 'interactive') return `[卡片] ${m.content.header?.title?.content || ''}`;
  if (m.msgType === 'file') return `[文件] ${m.file?.name || m.content.file_name || ''}`;
  if (m.msgType === 'image') return '[图片]';
  return `[${m.msgType}]`;
}

function renderMembers() {
  const select = $('member-select');
  select.replaceChildren(
    ...state.members.map((m) => {
      const o = document.createElement('option');
      o.value = m.openId;
      o.textContent = `${m.name} · ${m.role || '成员'}`;
      return o;
    }),
  );
  select.value = state.me;
  const m = me();
  $('me').innerHTML = '';
  if (m) {
    const avatar = document.createElement('span');
    avatar.className = 'avatar';
    avatar.textContent = m.name.slice(-2);
    const text = document.createElement('div');
    text.innerHTML = '<b></b><small></small><em></em>';
    text.querySelector('b').textContent = m.name;
    text.querySelector('small').textContent = m.title;
    text.querySelector('em').textContent = m.role;
    $('me').append(avatar, text);
  }
}

function renderChatList() {
  const list = $('chat-list');
  list.replaceChildren(
    ...chats().map((c) => {
      const msgs = inChat(c.id);
      const last = msgs[msgs.length - 1];
      const unread = msgs.filter((x) => x.createTime > (state.read.get(`${state.me}|${c.id}`) || 0) && x.from === 'bot').length;
      const item = document.createElement('button');
      item.type = 'button';
      item.className = `chat-item${c.id === state.chat ? ' active' : ''}`;
      item.dataset.chatId = c.id;
      item.dataset.kind = c.kind;
      item.innerHTML = '<span class="avatar"></span><div class="ci-text"><b></b><small></small></div>';
      item.querySelector('.avatar').textContent = c.kind === 'p2p' ? '清' : '群';
      item.querySelector('.avatar').classList.add(c.kind === 'p2p' ? 'bot' : 'group');
      item.querySelector('b').textContent = c.kind === 'p2p' ? `${c.name}（机器人）` : c.name;
      item.querySelector('small').textContent = preview(last);
      if (unread > 0 && c.id !== state.chat) {
        const dot = document.createElement('span');
        dot.className = 'badge';
        dot.textContent = String(unread);
        item.append(dot);
      }
      item.addEventListener('click', () => openChat(c.id));
      return item;
    }),
  );
}

function time(ms) {
  return new Date(ms).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

function fileBox(m) {
  const a = document.createElement('a');
  a.className = 'file-box';
  a.href = `/web/files/${encodeURIComponent(m.content.file_key)}`;
  a.download = m.file?.name || m.content.file_name || '';
  a.dataset.testid = 'download';
  const name = String(m.file?.name || m.content.file_name || m.content.file_key);
  const ext = (name.split('.').pop() || '').toLowerCase();
  a.innerHTML = '<span class="file-icon"></span><span class="file-name"></span><span class="file-hint"></span>';
  a.querySelector('.file-hint').textContent = m.file ? `${Math.max(1, Math.round(m.file.size / 1024))} KB · 下载` : '下载';
  a.querySelector('.file-icon').textContent = ext === 'xlsx' ? 'XLS' : ext === 'docx' ? 'DOC' : 'FILE';
  a.querySelector('.file-icon').classList.add(`ext-${ext}`);
  a.querySelector('.file-name').textContent = name;
  return a;
}

function bodyOf(m) {
  const div = document.createElement('div');
  if (m.recalled) {
    div.className = 'recalled';
    div.textContent = m.senderOpenId === state.me ? '你撤回了一条消息' : `${m.senderName} 撤回了一条消息`;
    return div;
  }
  switch (m.msgType) {
    case 'text': {
      div.className = 'bubble text';
      const text = String(m.content.text || '');
      for (const [i, part] of text.split(/(@_user_\d+)/).entries()) {
        if (i % 2 === 1) {
          const at = document.createElement('span');
          at.className = 'at';
          at.textContent = `@${state.bot.name}`;
          div.append(at);
        } else div.append(part);
      }
      return div;
    }
    case 'interactive':
      return renderCard(m.content, {
        members: state.members,
        act: (value, extra) => act(m, value, extra),
      });
    case 'file':
      return fileBox(m);
    case 'image': {
      div.className = 'bubble image';
      const img = document.createElement('img');
      img.src = `/web/files/${encodeURIComponent(m.content.image_key)}`;
      img.alt = '图片';
      div.append(img);
      return div;
    }
    case 'post': {
      div.className = 'bubble text';
      const post = m.content.zh_cn || m.content;
      if (post.title) {
        const t = document.createElement('b');
        t.textContent = post.title;
        div.append(t, document.createElement('br'));
      }
      for (const para of post.content || []) {
        div.append((para || []).map((n) => n.text || n.user_name || (n.tag === 'img' ? '[图片]' : '')).join(''));
        div.append(document.createElement('br'));
      }
      return div;
    }
    default: {
      div.className = 'unknown';
      div.textContent = `[暂不支持的消息类型：${m.msgType}]`;
      return div;
    }
  }
}

function messageEl(m) {
  const mine = m.from === 'user' && m.senderOpenId === state.me;
  const row = document.createElement('div');
  row.className = `msg ${mine ? 'mine' : 'theirs'}${m.recalled ? ' is-recalled' : ''}`;
  row.dataset.testid = 'message';
  row.dataset.from = m.from;
  row.dataset.messageId = m.messageId;
  row.dataset.msgType = m.msgType;
  if (m.parentId) row.dataset.parentId = m.parentId;
  const avatar = document.createElement('span');
  avatar.className = `avatar${m.from === 'bot' ? ' bot' : ''}`;
  avatar.textContent = m.from === 'bot' ? '清' : m.senderName.slice(-2);
  const col = document.createElement('div');
  col.className = 'msg-col';
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.textContent = `${m.senderName}${m.from === 'bot' ? ' 机器人' : ''}  ${time(m.createTime)}${m.updateTime > m.createTime && m.msgType === 'interactive' ? '  已更新' : ''}`;
  col.append(meta, bodyOf(m));
  if (mine && !m.recalled) {
    const recall = document.createElement('button');
    recall.type = 'button';
    recall.className = 'recall';
    recall.dataset.testid = 'recall';
    recall.textContent = '撤回';
    recall.addEventListener('click', async () => {
      try {
        await api('/web/api/recall', { from: state.me, messageId: m.messageId });
      } catch (err) {
        toast('error', err.message);
      }
    });
    meta.append(recall);
  }
  row.append(avatar, col);
  return row;
}

function renderMessages() {
  const box = $('messages');
  releaseCharts(box);
  const list = inChat(state.chat);
  box.replaceChildren(...list.map(messageEl));
  if (list.length === 0) {
    const empty = document.createElement('div');
    empty.className = 'empty';
    empty.textContent = currentChat()?.kind === 'group' ? '在群里 @清风 才会得到回答。' : '试试发送：帮助 · 本季度完成情况 · 今天和王建国进行了廉政谈话 · 填报';
    box.append(empty);
  }
  mountCharts(box);
  box.scrollTop = box.scrollHeight;
}

function renderHeader() {
  const c = currentChat();
  const header = $('chat-header');
  header.innerHTML = '<b></b><small></small>';
  header.querySelector('b').textContent = c ? (c.kind === 'p2p' ? `${c.name}（机器人）` : c.name) : '';
  header.querySelector('small').textContent = c?.kind === 'group' ? '群聊 · 机器人只回答 @清风 的消息' : '单聊';
  $('at-bot').hidden = c?.kind !== 'group';
  $('message-input').placeholder = c ? `发送给 ${c.kind === 'p2p' ? state.bot.name : c.name}` : '';
}

function markRead() {
  const last = inChat(state.chat).pop();
  if (last) state.read.set(`${state.me}|${state.chat}`, last.createTime);
}

function openChat(id) {
  state.chat = id;
  markRead();
  const url = new URL(location.href);
  url.searchParams.set('member', me()?.name || '');
  url.searchParams.set('chat', currentChat()?.kind || 'p2p');
  history.replaceState(null, '', url);
  renderHeader();
  renderChatList();
  renderMessages();
}

function pickMember(openId) {
  state.me = openId;
  renderMembers();
  const kind = currentChat()?.kind || new URL(location.href).searchParams.get('chat') || 'p2p';
  openChat((chats().find((c) => c.kind === kind) || chats()[0])?.id || '');
}

/** A card message changed or arrived: replace just that bubble so the rest of the chat keeps its state. */
function upsert(m) {
  state.messages.set(m.messageId, m);
  if (m.chatId === state.chat) {
    const box = $('messages');
    const old = box.querySelector(`[data-message-id="${m.messageId}"]`);
    const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
    const el = messageEl(m);
    if (old) {
      releaseCharts(old);
      old.replaceWith(el);
    } else {
      box.querySelector('.empty')?.remove();
      box.append(el);
    }
    mountCharts(el);
    if (!old || atBottom) box.scrollTop = box.scrollHeight;
    markRead();
  }
  renderChatList();
}

async function act(m, value, extra = {}) {
  try {
    const res = await api('/web/api/action', { from: state.me, messageId: m.messageId, value, ...extra });
    if (res.toast) toast(res.toast.type, res.toast.content);
  } catch (err) {
    toast('error', err.message);
  }
}

async function send() {
  const input = $('message-input');
  const text = input.value;
  if (text.trim() === '') return;
  input.value = '';
  try {
    await api('/web/api/send', { from: state.me, chatId: state.chat, text });
  } catch (err) {
    input.value = text;
    toast('error', err.message);
  }
}

async function load() {
  const res = await fetch('/web/api/state');
  const data = await res.json();
  state.bot = data.bot;
  state.members = data.members;
  state.groups = data.groups;
  for (const m of data.messages) state.messages.set(m.messageId, m);
  if (!state.me) {
    const wanted = new URL(location.href).searchParams.get('member');
    state.me = (state.members.find((m) => m.name === wanted || m.openId === wanted) || state.members[0])?.openId || '';
  }
  pickMember(state.me);
}

function connect() {
  const events = new EventSource('/web/api/events');
  events.addEventListener('ready', () => void load());
  for (const type of ['message', 'update']) events.addEventListener(type, (e) => upsert(JSON.parse(e.data)));
}

$('member-select').addEventListener('change', (e) => pickMember(e.target.value));
$('send').addEventListener('click', () => void send());
$('message-input').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    void send();
  }
});
/** Typing @ in a group opens the mention list, as in Feishu; picking 清风 turns the @ into a real mention. */
function mentionMenu() {
  const input = $('message-input');
  const menu = $('mention-menu');
  const before = input.value.slice(0, input.selectionStart);
  const open = currentChat()?.kind === 'group' && /(^|\s)@$/.test(before);
  menu.hidden = !open;
  if (!open) return;
  const item = document.createElement('button');
  item.type = 'button';
  item.className = 'mention-item';
  item.dataset.testid = 'mention-bot';
  item.innerHTML = '<span class="avatar bot">清</span><span></span>';
  item.querySelector('span:last-child').textContent = `${state.bot.name}（机器人）`;
  // Picking from the list keeps the focus (and the caret) in the input, as Feishu's list does.
  item.addEventListener('mousedown', (e) => e.preventDefault());
  item.addEventListener('click', () => {
    const at = input.selectionStart;
    input.value = `${input.value.slice(0, at)}${state.bot.name} ${input.value.slice(at)}`;
    menu.hidden = true;
    input.focus();
    input.selectionStart = input.selectionEnd = at + state.bot.name.length + 1;
  });
  menu.replaceChildren(item);
}
$('message-input').addEventListener('input', mentionMenu);
// Closed once the focus has really left the input; a focus coming back cancels a pending close.
let closeMenu;
$('message-input').addEventListener('blur', () => {
  clearTimeout(closeMenu);
  closeMenu = setTimeout(() => {
    if (document.activeElement !== $('message-input')) $('mention-menu').hidden = true;
  }, 200);
});
$('message-input').addEventListener('focus', () => clearTimeout(closeMenu));
$('at-bot').addEventListener('click', () => {
  const input = $('message-input');
  input.value = `@${state.bot.name} ${input.value}`;
  input.focus();
});
$('attach').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  e.target.value = '';
  if (!file) return;
  const form = new FormData();
  form.append('from', state.me);
  form.append('chatId', state.chat);
  form.append('file', file);
  try {
    await api('/web/api/upload', form);
  } catch (err) {
    toast('error', err.message);
  }
});
connect();
