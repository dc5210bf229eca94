import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { merchantData, parseMerchantData, shortId } from "../../handlers/merchants-callbacks.ts";

describe("merchant callback data", () => {
  const a = randomUUID();
  const b = randomUUID();

  it("round-trips every button and stays within Telegram's 64 bytes", () => {
    const cases = [
      [merchantData.list(3), { kind: "list", page: 3 }],
      [merchantData.view(a), { kind: "view", id: a }],
      [merchantData.rename(a), { kind: "rename", id: a }],
      [merchantData.mergePick(a, 2), { kind: "mergePick", id: a, page: 2 }],
      [merchantData.mergeAsk(a, b), { kind: "mergeAsk", from: a, into: b }],
      [merchantData.merge(a, b), { kind: "merge", from: a, into: b }],
      [merchantData.categoryPick(a), { kind: "categoryPick", id: a }],
      [merchantData.category(a, "income_other"), { kind: "category", id: a, key: "income_other" }],
      [merchantData.cancel, { kind: "cancel" }],
    ] as const;
    for (const [data, action] of cases) {
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(parseMerchantData(data)).toEqual(action);
    }
  });

  it("refuses anything else: other prefixes, bad ids, unknown categories, negative or huge pages, extra parts", () => {
    for (const data of [
      `txc:${a}`,
      `mch:v:${a}`,
      "mch:v:AAAAAAAAAAAAAAAAAAAAA",
      // 22 characters, but not the canonical spelling of any 16 bytes.
      "mch:v:AAAAAAAAAAAAAAAAAAAAAB",
      `mch:s:${shortId(a)}:no_such_key`,
      "mch:l:-1",
      "mch:l:999999",
      `mch:x:${shortId(a)}`,
      `mch:v:${shortId(a)}:extra`,
      "mch:q",
      "",
    ]) {
      expect(parseMerchantData(data)).toBeNull();
    }
  });
});
