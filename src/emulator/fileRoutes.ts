// im/v1/files: multipart upload returning a file_key, with Feishu's 30 MB and non-empty rules.
import type { Hono } from 'hono';
import { type EmulatorEnv, answer, ok } from './emulatorEnv.js';
import type { EmulatorState } from './emulatorState.js';
import { newFileKey } from './feishuIds.js';
import { openApiError } from './openApiErrors.js';
import type { MultipartPart } from './parseMultipart.js';

const FILE_TYPES = new Set(['opus', 'mp4', 'pdf', 'doc', 'xls', 'ppt', 'stream']);
const MAX_BYTES = 30 * 1024 * 1024;

export function registerFileRoutes(app: Hono<EmulatorEnv>, state: EmulatorState): void {
  app.post('/open-apis/im/v1/files', (c) => {
    const body = c.get('body');
    if (!Array.isArray(body)) return answer(c, openApiError('fileInvalidParam', 'multipart/form-data expected'));
    const parts = body as MultipartPart[];
    const field = (name: string): MultipartPart | undefined => parts.find((p) => p.name === name);
    const fileType = field('file_type')?.data.toString('utf8');
    const fileName = field('file_name')?.data.toString('utf8');
    const file = field('file');
    if (!fileType || !FILE_TYPES.has(fileType)) return answer(c, openApiError('fileInvalidParam', 'invalid file_type'));
    if (!fileName) return answer(c, openApiError('fileInvalidParam', 'file_name is required'));
    if (!file) return answer(c, openApiError('fileInvalidParam', 'file is required'));
    if (file.data.length === 0) return answer(c, openApiError('fileEmpty'));
    if (file.data.length > MAX_BYTES) return answer(c, openApiError('fileTooLarge'));
    const fileKey = newFileKey();
    state.files.push({
      fileKey,
      fileType,
      fileName,
      size: file.data.length,
      bytes: Buffer.from(file.data),
      at: state.now(),
    });
    return ok(c, { file_key: fileKey });
  });
}
