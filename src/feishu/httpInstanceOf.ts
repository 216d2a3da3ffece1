// The Lark SDK's HttpInstance shape (request, get, post, …) around one request function.
import type { HttpInstance, HttpRequestOptions } from '@larksuiteoapi/node-sdk';

/**
 * An HttpInstance whose every method goes through `request` (the verb methods fold their url, method and data into its
 * options as axios's do). Shared by createFeishuHttp and createNativeHttp, which differ only in `request`.
 */
export function httpInstanceOf(request: <R>(opts: HttpRequestOptions<unknown>) => Promise<R>): HttpInstance {
  const withoutBody =
    (method: string) =>
    <T = unknown, R = T, D = unknown>(url: string, o?: HttpRequestOptions<D>): Promise<R> =>
      request<R>({ ...(o as HttpRequestOptions<unknown>), url, method });
  const withBody =
    (method: string) =>
    <T = unknown, R = T, D = unknown>(url: string, data?: D, o?: HttpRequestOptions<D>): Promise<R> =>
      request<R>({ ...(o as HttpRequestOptions<unknown>), url, method, data });
  return {
    request: <T = unknown, R = T, D = unknown>(o: HttpRequestOptions<D>) => request<R>(o as HttpRequestOptions<unknown>),
    get: withoutBody('get'),
    delete: withoutBody('delete'),
    head: withoutBody('head'),
    options: withoutBody('options'),
    post: withBody('post'),
    put: withBody('put'),
    patch: withBody('patch'),
  };
}
