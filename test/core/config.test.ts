import { describe, expect, it } from "vitest";
import { ConfigError, connectorSettings, parseConfig } from "../../src/config.ts";

describe("configuration", () => {
  it("applies defaults for everything optional", () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ TELEGRAM_API_ROOT: "https://api.telegram.org", DATA_DIR: "./data", DEFAULT_LOCALE: "en", ALLOWED_TELEGRAM_USER_IDS: [] });
  });

  it("reports every problem together and never echoes a secret", () => {
    const secretKey = "c2hvcnQ=";
    try {
      parseConfig({ ALLOWED_TELEGRAM_USER_IDS: "12,abc", KONTOR_MASTER_KEY: secretKey, DEFAULT_TIMEZONE: "Mars/Olympus", WEBHOOK_URL: "https://x.example/hook" }, { requireToken: true });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const m = (err as Error).message;
      for (const name of ["ALLOWED_TELEGRAM_USER_IDS", "KONTOR_MASTER_KEY", "DEFAULT_TIMEZONE", "WEBHOOK_SECRET"]) expect(m).toContain(name);
      expect(m).not.toContain(secretKey);
      expect((err as ConfigError).problems.length).toBeGreaterThanOrEqual(4);
    }
  });

  it("requires the bot token only where asked", () => {
    expect(() => parseConfig({}, { requireToken: true })).toThrow(/TELEGRAM_BOT_TOKEN/);
    const token = "123456:" + "A".repeat(35);
    expect(parseConfig({ TELEGRAM_BOT_TOKEN: token }, { requireToken: true }).TELEGRAM_BOT_TOKEN).toBe(token);
  });

  it("treats empty values as unset and parses allowed ids as bigints", () => {
    const c = parseConfig({ DATABASE_URL: "", ALLOWED_TELEGRAM_USER_IDS: " 1, 2 ,3 " });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.ALLOWED_TELEGRAM_USER_IDS).toEqual([1n, 2n, 3n]);
  });

  it("takes PUBLIC_URL only as https (or loopback http), without a trailing slash, and hands it to the connectors", () => {
    expect(parseConfig({ PUBLIC_URL: "https://kontor.example.net/" }).PUBLIC_URL).toBe("https://kontor.example.net");
    expect(parseConfig({ PUBLIC_URL: "https://example.net/kontor" }).PUBLIC_URL).toBe("https://example.net/kontor");
    expect(parseConfig({ PUBLIC_URL: "http://127.0.0.1:8080" }).PUBLIC_URL).toBe("http://127.0.0.1:8080");
    for (const bad of ["http://kontor.example.net", "https://kontor.example.net/?x=1", "kontor.example.net"])
      expect(() => parseConfig({ PUBLIC_URL: bad })).toThrow(/PUBLIC_URL/);
    expect(connectorSettings(parseConfig({ PUBLIC_URL: "https://kontor.example.net" })).PUBLIC_URL).toBe("https://kontor.example.net");
  });
});

describe("FX_RATES_URL", () => {
  it("defaults to the ECB and accepts another http(s) base URL", () => {
    expect(parseConfig({}).FX_RATES_URL).toBe("https://www.ecb.europa.eu/stats/eurofxref");
    expect(parseConfig({ FX_RATES_URL: "http://127.0.0.1:8099/fx" }).FX_RATES_URL).toBe("http://127.0.0.1:8099/fx");
  });

  it("rejects something that is not an http(s) URL", () => {
    expect(() => parseConfig({ FX_RATES_URL: "ftp://example.org/rates" })).toThrow(/FX_RATES_URL/);
    expect(() => parseConfig({ FX_RATES_URL: "ecb" })).toThrow(/FX_RATES_URL/);
  });
});
