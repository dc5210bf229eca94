import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { createQaService, type QaUser } from "../../src/qa/index.ts";
import { htmlToPlain } from "../../src/text/html.ts";
import { seedAnalytics, type SeededAnalytics } from "../analytics/seeded-analytics.ts";
import { qaUser } from "./fixtures.ts";

let seeded: SeededAnalytics;
let u: QaUser;
const clock = new Date("2026-11-15T10:00:00Z");
const CHAT = 778;
const service = () => createQaService({ db: seeded.db, analytics: seeded.analytics, llm: null, now: () => clock, logger: pino({ level: "silent" }) });

beforeAll(async () => {
  seeded = await seedAnalytics((acc) => [
    // Two genuinely different merchants behind one word, so the question is asked back.
    { accountId: acc, date: "2026-10-03", amount: "-30.00", merchant: "Apple", category: "shopping" },
    { accountId: acc, date: "2026-10-04", amount: "-7.99", merchant: "Applebee's", category: "restaurants" },
  ]);
  u = await qaUser(seeded.db, seeded.user);
});
afterAll(async () => {
  await seeded?.close();
});

describe("clarify buttons across a restart", () => {
  it("a button under a clarification still answers in a restarted process (or on another replica)", async () => {
    const q = await service().ask(u, CHAT, "apple in October");
    const labels = q.buttons.flat().map((b) => b.text);
    const tap = q.buttons[labels.indexOf("Applebee's")]![0]!.data;
    await expect.poll(() => seeded.db.botSession.count({ where: { key: { startsWith: "q:" } } })).toBe(1);
    const restarted = service();
    const a = await restarted.button(u, CHAT, tap);
    expect(htmlToPlain(a.html)).toContain("€7.99 (1 transaction)");
    // Still bound to its chat, and /forget takes it with the user.
    expect(htmlToPlain((await service().button(u, CHAT + 1, tap)).html)).toContain("expired");
    expect((await seeded.db.botSession.findFirstOrThrow({ where: { key: { startsWith: "q:" } } })).userId).toBe(u.id);
  });
});
