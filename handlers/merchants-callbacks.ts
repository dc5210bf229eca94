// Callback data of /merchants, validated with zod. Merchant ids travel as
// 22-character base64url (16 bytes), so a merge button carrying two ids stays
// within Telegram's 64 bytes: "mch:x:" + 22 + ":" + 22 = 51.
import { z } from "zod";
import { CATEGORY_KEYS } from "../src/categories/taxonomy.ts";

export const PREFIX = "mch";
const MAX_PAGE = 10_000;

export function shortId(uuid: string): string {
  return Buffer.from(uuid.replace(/-/g, ""), "hex").toString("base64url");
}

const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22}$/)
  .transform((s, ctx) => {
    const hex = Buffer.from(s, "base64url").toString("hex");
    // Only the canonical spelling of 16 bytes is accepted.
    if (hex.length !== 32 || Buffer.from(hex, "hex").toString("base64url") !== s) {
      ctx.addIssue({ code: "custom", message: "not an id" });
      return z.NEVER;
    }
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  });
const Page = z.string().regex(/^\d{1,5}$/).transform(Number).pipe(z.number().int().min(0).max(MAX_PAGE));
const Key = z.string().refine((k) => CATEGORY_KEYS.includes(k));

const Action = z.union([
  z.tuple([z.literal("l"), Page]).transform(([, page]) => ({ kind: "list" as const, page })),
  z.tuple([z.literal("v"), Id]).transform(([, id]) => ({ kind: "view" as const, id })),
  z.tuple([z.literal("r"), Id]).transform(([, id]) => ({ kind: "rename" as const, id })),
  z.tuple([z.literal("m"), Id, Page]).transform(([, id, page]) => ({ kind: "mergePick" as const, id, page })),
  z.tuple([z.literal("t"), Id, Id]).transform(([, from, into]) => ({ kind: "mergeAsk" as const, from, into })),
  z.tuple([z.literal("x"), Id, Id]).transform(([, from, into]) => ({ kind: "merge" as const, from, into })),
  z.tuple([z.literal("c"), Id]).transform(([, id]) => ({ kind: "categoryPick" as const, id })),
  z.tuple([z.literal("s"), Id, Key]).transform(([, id, key]) => ({ kind: "category" as const, id, key })),
  z.tuple([z.literal("n")]).transform(() => ({ kind: "cancel" as const })),
  z.tuple([z.literal("y"), Id]).transform(([, id]) => ({ kind: "renameTyped" as const, id })),
]);

export type MerchantAction = z.output<typeof Action>;

/** null for anything that is not exactly one of our buttons. */
export function parseMerchantData(data: string): MerchantAction | null {
  const parts = data.split(":");
  if (parts.shift() !== PREFIX) return null;
  const r = Action.safeParse(parts);
  return r.success ? r.data : null;
}

export const merchantData = {
  list: (page: number) => `${PREFIX}:l:${page}`,
  view: (id: string) => `${PREFIX}:v:${shortId(id)}`,
  rename: (id: string) => `${PREFIX}:r:${shortId(id)}`,
  mergePick: (id: string, page: number) => `${PREFIX}:m:${shortId(id)}:${page}`,
  mergeAsk: (from: string, into: string) => `${PREFIX}:t:${shortId(from)}:${shortId(into)}`,
  merge: (from: string, into: string) => `${PREFIX}:x:${shortId(from)}:${shortId(into)}`,
  categoryPick: (id: string) => `${PREFIX}:c:${shortId(id)}`,
  category: (id: string, key: string) => `${PREFIX}:s:${shortId(id)}:${key}`,
  cancel: `${PREFIX}:n`,
  /** Yes to a typed rename; the new name waits in the session (too long for a button). */
  renameTyped: (id: string) => `${PREFIX}:y:${shortId(id)}`,
};
