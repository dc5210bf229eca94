// The preview of a statement file: one line per account part with the currency
// its amounts are read in, the file's notices, for a file that states no
// currency why that one and buttons for the others, and for parts the file
// names no account for, buttons to pick the account they belong to.
import type { BotContext } from "../src/context.ts";
import type { Analysis, PartPreview } from "../src/imports/import-service.ts";
import type { Button } from "../src/bot/keyboard.ts";
import { render } from "../src/i18n/index.ts";
import { formatDate } from "../src/format/date.ts";
import { formatMoney } from "../src/format/money.ts";
import { idBesideName } from "../src/format/account-id.ts";
import { countryOf } from "../src/analytics/countries.ts";
import type { CurrencyGuess } from "../connectors/file-import/index.ts";

type Preview = Extract<Analysis, { kind: "preview" }>;

/** Callback data of an account choice: part index and account id, or "new". */
export const CHOICE_RE = /^imp:a:(\d{1,2}):([0-9a-f-]{36}|new)$/;
/** Callback data of a currency picked for a file that states none. */
export const CURRENCY_RE = /^imp:cur:([A-Z]{3})$/;
const MAX_CANDIDATES = 6;

function partLine(ctx: BotContext, p: PartPreview): string {
  const masked = idBesideName(p.accountName, p.accountId);
  const account = masked ? `${p.accountName} (${masked})` : p.accountName;
  const where = ctx.t(p.isNew ? "imp.account_new" : "imp.account_existing");
  const head =
    p.total === 0
      ? ctx.t("imp.preview_empty", { account, where })
      : ctx.t("imp.preview_part", { account, where, total: p.total, new: p.new, existing: p.existing, from: formatDate(p.from!, ctx.locale), to: formatDate(p.to!, ctx.locale), currency: p.currency });
  const lines = [head];
  if (p.pending) lines.push(ctx.t("imp.preview_pending", { pending: p.pending }));
  if (p.booked) lines.push(ctx.t("imp.preview_booked", { booked: p.booked }));
  if (p.lapsed) lines.push(ctx.t("imp.preview_lapsed", { lapsed: p.lapsed }));
  const b = p.closingBalance;
  if (b) lines.push(ctx.t("imp.preview_balance", { amount: formatMoney(b.amount, b.currency, ctx.locale), date: formatDate(b.date, ctx.locale) }));
  return lines.join("\n");
}

/** Why the amounts are read in this currency, for a file that does not say. */
function currencyLine(ctx: BotContext, g: CurrencyGuess): string {
  const country = g.country ? countryOf(g.country) : undefined;
  if (g.reason === "addresses" && country) return ctx.t("imp.currency_addresses", { currency: g.currency, country: ctx.locale === "de" ? country.de : country.en });
  return ctx.t(g.reason === "chosen" ? "imp.currency_chosen" : "imp.currency_yours", { currency: g.currency });
}

export function previewText(ctx: BotContext, fileName: string, a: Preview): string {
  const parts = a.parts.map((p) => partLine(ctx, p)).join("\n");
  const notices = a.notices.map((n) => `ℹ️ ${render(ctx.locale, n)}`).join("\n");
  const choosing = a.candidates.length > 0 && a.parts.some((p) => p.choosable);
  return [
    ctx.t("imp.preview_head", { file: fileName, format: a.format }),
    parts,
    ...(a.currencyGuess ? ["", currencyLine(ctx, a.currencyGuess)] : []),
    ...(notices ? ["", notices] : []),
    ...(choosing ? ["", ctx.t("imp.pick_account")] : []),
    "",
    ctx.t("imp.preview_question"),
  ].join("\n");
}

/** One row per part without identity: "new account" and the identity-less accounts it may join. */
export function choiceRows(ctx: BotContext, a: Preview): Button[][] {
  if (!a.candidates.length) return [];
  const several = a.parts.filter((p) => p.choosable).length > 1;
  return a.parts
    .filter((p) => p.choosable)
    .flatMap((p) => {
      const prefix = several ? `${p.accountName}: ` : "";
      const options = [{ id: "new", name: ctx.t("imp.new_account") }, ...a.candidates.slice(0, MAX_CANDIDATES)];
      const buttons = options.map((o) => {
        const chosen = o.id === "new" ? p.targetId === null : p.targetId === o.id;
        return { text: `${chosen ? "✓ " : ""}${prefix}${o.name}`.slice(0, 60), data: `imp:a:${p.index}:${o.id}` };
      });
      const rows: Button[][] = [];
      for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
      return rows;
    });
}

/** One button per currency a file that states none may be in instead. */
export function currencyRows(ctx: BotContext, a: Preview): Button[][] {
  const others = a.currencyGuess?.others ?? [];
  return others.length ? [others.map((c) => ({ text: ctx.t("imp.currency_button", { currency: c }), data: `imp:cur:${c}` }))] : [];
}
