// Reads a message's `content` (a JSON string whose shape depends on message_type) into plain text or an attachment key.

export interface Attachment {
  kind: 'image' | 'file';
  key: string;
  name?: string;
}

export interface MessageContent {
  text: string;
  /** The first (or only) attachment. */
  attachment?: Attachment;
  /** Every attachment, in order (a rich-text post may carry several images). */
  attachments?: Attachment[];
}

interface PostNode {
  tag?: string;
  text?: string;
  user_id?: string;
  image_key?: string;
}

/**
 * A post (富文本) is `{ title, content: [[node…]…] }`, sometimes wrapped in a locale key (zh_cn). A photo sent with a
 * caption arrives as a post whose nodes include `{"tag":"img","image_key":"img_v3_…"}` (开发文档 › 消息 › 接收消息内容
 * › 富文本 post); its images are the message's attachments, its text nodes its text.
 */
function readPost(content: Record<string, unknown>): MessageContent {
  const unwrapped = 'content' in content || typeof content.title === 'string';
  const body = (unwrapped ? content : Object.values(content).find((v) => typeof v === 'object' && v !== null)) as
    | { title?: string; content?: unknown }
    | undefined;
  const rows = Array.isArray(body?.content) ? (body.content as unknown[]) : [];
  const images: Attachment[] = [];
  const lines = rows.map((row) =>
    (Array.isArray(row) ? (row as PostNode[]) : [])
      .map((n) => {
        if (n?.tag === 'img' && typeof n.image_key === 'string' && n.image_key !== '') images.push({ kind: 'image', key: n.image_key });
        return n?.tag === 'at' ? (n.user_id ?? '') : typeof n?.text === 'string' ? n.text : '';
      })
      .join(''),
  );
  const text = [typeof body?.title === 'string' ? body.title : '', ...lines].filter(Boolean).join('\n');
  return images.length > 0 ? { text, attachment: images[0], attachments: images } : { text };
}

export function messageContent(messageType: string, raw: string): MessageContent {
  let content: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(raw);
    content = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return { text: '' };
  }
  switch (messageType) {
    case 'text':
      return { text: typeof content.text === 'string' ? content.text : '' };
    case 'post':
      return readPost(content);
    case 'image':
      return typeof content.image_key === 'string'
        ? { text: '', attachment: { kind: 'image', key: content.image_key } }
        : { text: '' };
    case 'file':
      return typeof content.file_key === 'string'
        ? {
            text: '',
            attachment: {
              kind: 'file',
              key: content.file_key,
              name: typeof content.file_name === 'string' ? content.file_name : undefined,
            },
          }
        : { text: '' };
    default:
      return { text: '' };
  }
}
