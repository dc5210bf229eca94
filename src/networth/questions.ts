// Questions about what a person owns, read with the question parser's own
// scanner, folding and period lexicon (so "Dieses Jahr", "this yr", typos in
// the key words work the same as in spending questions). They answer from
// holdings and balance snapshots, which the transaction QuerySpec does not
// describe, so they get their own small, validated spec; anything else is left
// to the transaction parser.
import { z } from "zod";
import { fuzzyDistance } from "../analytics/parse/fuzzy.ts";
import { takePeriod } from "../analytics/parse/periods.ts";
import { Scanner } from "../analytics/parse/scanner.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const period = z.object({ from: isoDate, to: isoDate }).refine((p) => p.from <= p.to);

export const PortfolioSpec = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("net_worth") }),
  z.object({ kind: z.literal("net_worth_series"), months: z.number().int().min(1).max(120) }),
  z.object({ kind: z.literal("crypto") }),
  z.object({ kind: z.literal("breakdown"), by: z.enum(["asset_class", "account"]) }),
  z.object({ kind: z.literal("performance"), period }),
  z.object({ kind: z.literal("dividends"), period }),
  z.object({ kind: z.literal("fees"), period }),
]);
export type PortfolioSpec = z.infer<typeof PortfolioSpec>;

const NET_WORTH = [/\bnet\s*-?\s*worth\b/, /\b(?:gesamt|netto)?vermogen\w*/, /\bvermoegen\w*/, /\bwhat\s+am\s+i\s+worth\b/, /\bwie\s*viel\s+bin\s+ich\s+wert\b/, /\breinvermogen\b/];
const SERIES = [/\bover\b/, /\bhistory\b/, /\bverlauf\w*/, /\bentwicklung\b/, /\btrend\b/, /\bcharts?\b/, /\bgraph\b/, /\bdiagramm\b/, /\bover\s+time\b/, /\b(?:last|past)\s+(?:year|12\s+months)\b/, /\b(?:letzten|vergangenen)\s+(?:jahr|12\s+monate[n]?)\b/, /\bseit\b/, /\bchanged?\b/, /\bverandert\b/];
const CRYPTO = [/\b(?:crypto|cryptos|krypto|kryptos)\b/, /\bcrypto\s*currenc\w*/, /\bkrypto\s*wahrung\w*/, /\bbitcoins?\b/, /\bcoins\b/];
const SPENT = [/\b(?:spen[dt]|spending|invested|invest|bought|buy|sent|paid|ausgegeben|investiert|gekauft|uberwiesen|bezahlt|uberweisungen?)\b/];
const PORTFOLIO = [/\bportfolios?\b/, /\bdepots?\b/, /\binvestments\b/, /\bholdings\b/, /\bpositionen\b/, /\bwertpapiere\w*/, /\bgeldanlagen\b/, /\banlagen\b/, /\basset\s+allocation\b/, /\bvermogensaufteilung\b/];
const BY_ACCOUNT = [/\b(?:by|per|pro|nach|je)\s+(?:account|accounts|konto|konten)\b/, /\baccount\s+by\s+account\b/];
const BY_CLASS = [/\b(?:by|per|pro|nach|je)\s+(?:asset\s*class(?:es)?|anlageklassen?|assetklassen?|anlagearten?|class(?:es)?|type)\b/, /\basset\s+allocation\b/, /\b(?:aufteilung|verteilung|zusammensetzung|aufgeteilt|verteilt)\b/];
const PERFORMANCE = [/\bhow\s+(?:did|has|is|was)\b[^?]*\b(?:do|done|doing|perform\w*|go|gone|going)\b/, /\bperform\w*/, /\brendite\b/, /\breturns?\b/, /\bentwickelt\b/, /\bgelaufen\b/, /\bgains?\b/, /\bgewinn\w*/, /\bverlust\w*/, /\bwie\s+lief\b/];
const DIVIDENDS = [/\bdividend\w*/, /\bausschuttung\w*/];
const FEES = [/\b(?:fees?|gebuhr\w*|provisions?|provisionen|commissions?|kosten)\b/, /\w+gebuhr\w*/];
const BROKER = [/\bbroker\w*/, /\b(?:exchanges?|borsen?|boerse\w*|depots?|trading|trades?|ibkr|interactive\s+brokers|kraken|binance|makler|order\w*)\b/, /\b(?:ordergebuhr|brokergebuhr|tradinggebuhr|transaktionsgebuhr|depotgebuhr)\w*/];

/** Key words whose typos still count ("portfollio", "netwroth", "dividnds"). */
const FUZZY: Record<string, string[]> = {
  net_worth: ["networth", "vermogen"],
  crypto: ["crypto", "krypto"],
  portfolio: ["portfolio", "investments"],
  dividends: ["dividends", "dividenden"],
};

const hit = (text: string, res: readonly RegExp[]) => res.some((re) => re.test(text));

function fuzzyHit(text: string, concept: keyof typeof FUZZY): boolean {
  const words = text.split(/[^a-z0-9]+/).filter((w) => w.length >= 5);
  // "net wroth" is two words; glue "net" to its neighbour before comparing.
  const glued = text.replace(/\bnet\s+(\w+)/g, "net$1").split(/[^a-z0-9]+/);
  return [...words, ...glued].some((w) => FUZZY[concept]!.some((target) => w[0] === target[0] && fuzzyDistance(w, target) !== undefined));
}

function thisYear(today: string) {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** A portfolio question, or null when the question is about something else. */
export function parsePortfolioQuestion(question: string, today: string): PortfolioSpec | null {
  const scan = new Scanner(question.trim().slice(0, 500));
  const text = scan.remaining;
  const has = (res: readonly RegExp[], concept?: keyof typeof FUZZY) => hit(text, res) || (concept !== undefined && fuzzyHit(text, concept));
  const periodOr = () => {
    const p = takePeriod(scan, today);
    return p ? { from: p.from, to: p.to > today ? today : p.to } : thisYear(today);
  };
  if (has(DIVIDENDS, "dividends")) return { kind: "dividends", period: periodOr() };
  if (has(FEES) && has(BROKER)) return { kind: "fees", period: periodOr() };
  // "spent on crypto", "in Aktien investiert": money moved, a transaction question.
  if (has(SPENT)) return null;
  if (has(NET_WORTH, "net_worth")) return has(SERIES) ? { kind: "net_worth_series", months: 12 } : { kind: "net_worth" };
  const portfolio = has(PORTFOLIO, "portfolio");
  if (portfolio && has(PERFORMANCE)) return { kind: "performance", period: periodOr() };
  if (has(CRYPTO, "crypto")) return { kind: "crypto" };
  if (portfolio || has(BY_CLASS.slice(1))) return { kind: "breakdown", by: has(BY_ACCOUNT) ? "account" : "asset_class" };
  return null;
}
