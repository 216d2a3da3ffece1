// Reads a message's `content` (a JSON string whose shape depends on message_type) into plain text or an attachment key.

export interface MessageContent {
  text: string;
  attachment?: { kind: 'image' | 'file'; key: string; name?: string };
}

interface PostNode {
  tag?: string;
  text?: string;
  user_id?: string;
}

function postText(content: Record<string, unknown>): string {
  // A post is { title, content: [[node…]…] }, sometimes wrapped in a locale key (zh_cn).
  const body = (Array.isArray(content.content) ? content : Object.values(content).find((v) => typeof v === 'object')) as
    | { title?: string; content?: PostNode[][] }
    | undefined;
  const lines = (body?.content ?? []).map((line) =>
    line.map((n) => (n.tag === 'at' ? (n.user_id ?? '') : (n.text ?? ''))).join(''),
  );
  return [body?.title, ...lines].filter(Boolean).join('\n');
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
      return { text: postText(content) };
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
