// Reads the ECB euro reference rate files (eurofxref-daily.xml, -hist-90d.xml,
// -hist.xml): a gesmes Envelope whose Cube holds one Cube per publication day
// (newest first), each holding Cube currency/rate pairs, rates as units of the
// currency per 1 EUR. The whole file is validated before anything is used, so
// a truncated or garbled download can never reach the cache.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";

export interface Publication {
  /** ISO date of the publication. */
  date: string;
  /** Currency code → rate per 1 EUR, as a decimal string. */
  rates: Map<string, string>;
}

export class EcbFileError extends Error {
  override name = "EcbFileError";
}

const Rate = z.object({
  "@_currency": z.string().regex(/^[A-Z]{3}$/, "currency code"),
  "@_rate": z.string().regex(/^\d+(\.\d+)?$/, "decimal rate").refine((r) => /[1-9]/.test(r), "rate is zero"),
});
const Day = z.object({
  "@_time": z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ISO date"),
  Cube: z.array(Rate).min(1),
});
const Envelope = z.object({
  Envelope: z.object({
    Cube: z.object({ Cube: z.array(Day).min(1) }),
  }),
});

export function parseEcbXml(text: string): Publication[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new EcbFileError(`not well-formed XML (line ${valid.err.line}): ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (_name, jpath) => jpath === "Envelope.Cube.Cube" || jpath === "Envelope.Cube.Cube.Cube",
  });
  const parsed = Envelope.safeParse(parser.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EcbFileError(`not an ECB reference rate file: ${issue?.path.join(".")} ${issue?.message}`);
  }
  const seen = new Set<string>();
  return parsed.data.Envelope.Cube.Cube.map((day) => {
    if (Number.isNaN(Date.parse(`${day["@_time"]}T00:00:00Z`))) throw new EcbFileError(`bad date ${day["@_time"]}`);
    if (seen.has(day["@_time"])) throw new EcbFileError(`date ${day["@_time"]} appears twice`);
    seen.add(day["@_time"]);
    const rates = new Map<string, string>();
    for (const r of day.Cube) {
      if (rates.has(r["@_currency"])) throw new EcbFileError(`${r["@_currency"]} appears twice on ${day["@_time"]}`);
      rates.set(r["@_currency"], r["@_rate"]);
    }
    return { date: day["@_time"], rates };
  });
}
