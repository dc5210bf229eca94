import { inflateSync } from "node:zlib";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { ConnectorError } from "../../../connectors/errors.ts";
import { demoConnector, demoMessages } from "../../../connectors/demo/index.ts";
import { photoTanPng } from "../../../connectors/demo/png.ts";
import { hasMessage, t } from "../../../src/i18n/index.ts";
import { ScriptedDialog } from "./scripted-dialog.ts";

const NOW = new Date("2026-11-20T09:30:00Z");
const ctx = (settings: Record<string, string | undefined> = {}) => ({ now: () => NOW, logger: pino({ level: "silent" }), settings });

describe("demo bank link flow", () => {
  it("re-asks after a wrong photoTAN and connects with the right one", async () => {
    const dialog = new ScriptedDialog(["", "alex", "secret", "photoTAN", "000000", "123456"]);
    const result = await demoConnector.link(dialog, ctx({ DEMO_SEED: "7" }));

    expect(result.label).toBe("Demo Bank");
    expect(result.credentials).toEqual({ seed: 7, username: "alex", linkedAt: NOW.toISOString() });
    expect(result.consentExpiresAt?.toISOString()).toBe("2027-02-18T09:30:00.000Z");
    expect(JSON.stringify(result)).not.toContain("secret");
    expect(dialog.calls.map((c) => `${c.method}:${c.key}`)).toEqual([
      "say:demo.intro",
      "askText:demo.ask_username",
      "invalid:demo.username_required",
      "askSecret:demo.ask_password",
      "choose:demo.choose_tan",
      "showImage:demo.photo_caption",
      "askSecret:demo.ask_tan",
      "say:demo.tan_wrong",
      "askSecret:demo.ask_tan",
      "progress:demo.connected",
    ]);
    expect(dialog.calls.find((c) => c.key === "demo.tan_wrong")?.params).toEqual({ left: 2 });
  });

  it("gives up with Unauthorized after three wrong TANs", async () => {
    // "12345" is not a TAN at all: re-asked for its format, it costs none of the three tries.
    const dialog = new ScriptedDialog(["alex", "pw", "photoTAN", "12345", "111111", "222222", "333333", "123456"]);
    const error = await demoConnector.link(dialog, ctx()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).reason).toBe("Unauthorized");
    expect(dialog.calls.filter((c) => c.key === "demo.tan_format")).toHaveLength(1);
    expect(dialog.calls.filter((c) => c.key === "demo.ask_tan")).toHaveLength(3);
    expect(dialog.calls.some((c) => c.key === "demo.connected")).toBe(false);
  });

  it("connects through pushTAN once the poll reports the confirmation, with seed 42 by default", async () => {
    const dialog = new ScriptedDialog(["alex", "pw", "pushTAN"]);
    const result = await demoConnector.link(dialog, ctx());
    expect(result.credentials.seed).toBe(42);
    expect(dialog.polls).toBe(4);
    expect(dialog.calls.map((c) => c.method)).toContain("waitForConfirmation");
    expect(dialog.calls.at(-1)?.key).toBe("demo.connected");
  });

  it("fails with Unauthorized when the pushTAN is never confirmed", async () => {
    const dialog = new ScriptedDialog(["alex", "pw", "pushTAN"], { maxPolls: 2 });
    await expect(demoConnector.link(dialog, ctx())).rejects.toMatchObject({ reason: "Unauthorized" });
  });

  it("refuses a seed that is not an integer instead of inventing one", async () => {
    await expect(demoConnector.link(new ScriptedDialog([]), ctx({ DEMO_SEED: "forty" }))).rejects.toThrow(/DEMO_SEED/);
  });
});

describe("photoTAN image", () => {
  it("is a valid 120x120 RGB PNG whose pixel data inflates to the right size", () => {
    const png = Buffer.from(photoTanPng("123456"));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString("ascii", 12, 16)).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBe(120);
    expect(png.readUInt32BE(20)).toBe(120);
    const idatLength = png.readUInt32BE(33);
    expect(png.toString("ascii", 37, 41)).toBe("IDAT");
    expect(inflateSync(png.subarray(41, 41 + idatLength)).length).toBe(120 * (120 * 3 + 1));
    expect(png.toString("ascii", png.length - 8, png.length - 4)).toBe("IEND");
  });

  it("differs for a different TAN", () => {
    expect(Buffer.from(photoTanPng("123456")).equals(Buffer.from(photoTanPng("654321")))).toBe(false);
  });
});

describe("demo messages", () => {
  it("have the same keys in English and German, all registered under demo.*", () => {
    expect(Object.keys(demoMessages.de).sort()).toEqual(Object.keys(demoMessages.en).sort());
    for (const key of Object.keys(demoMessages.en)) {
      expect(key.startsWith("demo.")).toBe(true);
      expect(hasMessage(key)).toBe(true);
    }
    expect(t("de", "demo.tan_wrong", { left: 2 })).toContain("Noch 2 Versuche");
  });
});
