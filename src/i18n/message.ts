/** A translatable text: a catalog key plus parameters (escaped when rendered). */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

export function msg(key: string, params?: Record<string, string | number>): Message {
  return params ? { key, params } : { key };
}
