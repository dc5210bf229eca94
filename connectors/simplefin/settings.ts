// SimpleFIN needs no app key: the person brings a Setup Token from their
// Bridge. The only settings are where tokens may point (claiming a URL taken
// from a pasted token must not let anyone make Kontor call arbitrary hosts).
import { z } from "zod";

export const simplefinSettingsSchema = z.object({
  SIMPLEFIN_ALLOWED_HOSTS: z.string().default("beta-bridge.simplefin.org,bridge.simplefin.org"),
  SIMPLEFIN_CREATE_URL: z.string().url().default("https://beta-bridge.simplefin.org/simplefin/create"),
});

export interface SimplefinSettings {
  allowedHosts: string[];
  createUrl: string;
}

export function readSettings(settings: Record<string, string | undefined>): SimplefinSettings {
  const parsed = simplefinSettingsSchema.parse({
    SIMPLEFIN_ALLOWED_HOSTS: settings.SIMPLEFIN_ALLOWED_HOSTS,
    SIMPLEFIN_CREATE_URL: settings.SIMPLEFIN_CREATE_URL,
  });
  return {
    allowedHosts: parsed.SIMPLEFIN_ALLOWED_HOSTS.split(",").map((h) => h.trim().toLowerCase()).filter(Boolean),
    createUrl: parsed.SIMPLEFIN_CREATE_URL,
  };
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** https to an allowed host; plain http only to an allowed loopback host (a local bridge or test fake). */
export function allowedUrl(url: URL, settings: SimplefinSettings): boolean {
  const host = url.hostname.toLowerCase();
  if (!settings.allowedHosts.includes(host)) return false;
  return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(host));
}
