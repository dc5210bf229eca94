// The preview of a statement file: one line per account part, the file's
// notices, and for parts the file names no account for, buttons to pick the
// account they belong to.
import type { BotContext } from "../src/context.ts";
import type { Analysis, PartPreview } from "../src/imports/import-service.ts";
import type { Button } from "../src/bot/keyboard.ts";
import { render } from "../src/i18n/index.ts";
import { formatDate } from "../src/format/date.ts";
import { formatMoney } from "../src/format/money.ts";
import { idBesideName } from "../src/format/account-id.ts";

type Preview = Extract<Analysis, { kind: "preview" }>;

/** Callback data of an account choice: part index and account id, or "new". */
export const CHOICE_RE = /^imp:a:(\d{1,2}):([0-9a-f-]{36}|new)$/;
const MAX_CANDIDATES = 6;

function partLine(ctx: BotContext, p: PartPreview): string {
  const masked = idBesideName(p.accountName, p.accountId);
  const account = masked ? `${p.accountName} (${masked})` : p.accountName;
  const where = ctx.t(p.isNew ? "imp.account_new" : "imp.account_existing");
  const head =
    p.total === 0
      ? ctx.t("imp.preview_empty", { account, where })
      : ctx.t("imp.preview_part", { account, where, total: p.total, new: p.new, existing: p.existing, from: formatDate(p.from!, ctx.locale), to: formatDate(p.to!, ctx.locale) });
  const lines = [head];
  if (p.pending) lines.push(ctx.t("imp.preview_pending", { pending: p.pending }));
  if (p.booked) lines.push(ctx.t("imp.preview_booked", { booked: p.booked }));
  const b = p.closingBalance;
  if (b) lines.push(ctx.t("imp.preview_balance", { amount: formatMoney(b.amount, b.currency, ctx.locale), date: formatDate(b.date, ctx.locale) }));
  return lines.join("\n");
}

export function previewText(ctx: BotContext, fileName: string, a: Preview): string {
  const parts = a.parts.map((p) => partLine(ctx, p)).join("\n");
  const notices = a.notices.map((n) => `ℹ️ ${render(ctx.locale, n)}`).join("\n");
  const choosing = a.candidates.length > 0 && a.parts.some((p) => p.choosable);
  return [
    ctx.t("imp.preview_head", { file: fileName, format: a.format }),
    parts,
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
