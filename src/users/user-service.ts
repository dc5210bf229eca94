// Everything about the person behind a chat: creation with the built-in
// categories, preferences, and /forget (delete every row, secrets included).
import { z } from "zod";
import type { Db } from "../db/client.ts";
import type { User } from "../generated/prisma/client.ts";
import { TAXONOMY } from "../categories/taxonomy.ts";
import { isIsoCurrency } from "../format/currency-code.ts";

export type { User };

export const Preferences = z
  .object({
    locale: z.enum(["en", "de"]),
    timezone: z.string().refine((tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        // RangeError is how Intl says "unknown zone".
        return false;
      }
    }, "unknown time zone"),
    baseCurrency: z.string().regex(/^[A-Z]{3}$/).refine(isIsoCurrency, "unknown currency"),
    notificationsOn: z.boolean(),
    notifyMinAmount: z.string().regex(/^\d+(\.\d{1,2})?$/).nullable(),
    quietHoursStart: z.number().int().min(0).max(23).nullable(),
    quietHoursEnd: z.number().int().min(0).max(23).nullable(),
    monthlySummary: z.boolean(),
    syncIntervalMinutes: z.number().int().min(60).max(7 * 24 * 60),
  })
  .partial();
export type Preferences = z.infer<typeof Preferences>;

export interface ForgetReport {
  transactions: number;
  accounts: number;
  connections: number;
  balanceSnapshots: number;
  holdings: number;
  categoryRules: number;
  notifications: number;
  syncRuns: number;
  sessions: number;
}

export interface UserDefaults {
  locale: "en" | "de";
  timezone: string;
  /**
   * The running categorizer's fingerprint (categories/rules-fingerprint.ts):
   * a new person's rows are all categorized by these rules, so the start-up
   * pass has nothing to redo for them. null while it is being read (or could
   * not be): the person is then categorized again at the next start, which
   * changes nothing, rather than making a first /start wait for it.
   */
  rulesFingerprint?: () => string | null;
}

export function createUserService(db: Db, defaults: UserDefaults) {
  return {
    findByTelegramId(telegramId: bigint): Promise<User | null> {
      return db.user.findUnique({ where: { telegramId } });
    },

    /** Creates the user on first contact; running it again changes nothing. */
    async ensure(telegramId: bigint, chatId: bigint, languageCode?: string): Promise<User> {
      const existing = await db.user.findUnique({ where: { telegramId } });
      if (existing) return existing;
      const locale = languageCode?.startsWith("de") ? "de" : defaults.locale;
      return db.$transaction(async (tx) => {
        const user = await tx.user.upsert({
          where: { telegramId },
          create: { telegramId, chatId, locale, timezone: defaults.timezone, rulesFingerprint: defaults.rulesFingerprint?.() ?? null },
          update: {},
        });
        await tx.category.createMany({
          data: TAXONOMY.map((c) => ({ userId: user.id, key: c.key, nameEn: c.en, nameDe: c.de, kind: c.kind })),
          skipDuplicates: true,
        });
        return user;
      });
    },

    async update(userId: string, prefs: Preferences): Promise<User> {
      const data = Preferences.parse(prefs);
      return db.user.update({ where: { id: userId }, data });
    },

    markOnboarded(userId: string): Promise<User> {
      return db.user.update({ where: { id: userId }, data: { onboardedAt: new Date() } });
    },

    /** What /forget would delete, for its confirmation question. */
    async inventory(userId: string): Promise<{ connections: number; accounts: number; transactions: number }> {
      const where = { userId };
      // A link attempt in progress (PENDING) holds no credentials: not a connection yet.
      const [connections, accounts, transactions] = await Promise.all([db.connection.count({ where: { userId, status: { not: "PENDING" } } }), db.account.count({ where }), db.transaction.count({ where })]);
      return { connections, accounts, transactions };
    },

    /** Deletes the user and, through ON DELETE CASCADE, every row they own. */
    async forget(userId: string, sessionKeys: string[]): Promise<ForgetReport> {
      return db.$transaction(async (tx) => {
        const where = { userId };
        const report: ForgetReport = {
          transactions: await tx.transaction.count({ where }),
          accounts: await tx.account.count({ where }),
          connections: await tx.connection.count({ where: { userId, status: { not: "PENDING" } } }),
          balanceSnapshots: await tx.balanceSnapshot.count({ where }),
          holdings: await tx.holding.count({ where }),
          categoryRules: await tx.categoryRule.count({ where }),
          notifications: await tx.outbox.count({ where }),
          syncRuns: await tx.syncRun.count({ where }),
          sessions: (await tx.botSession.deleteMany({ where: { OR: [{ userId }, { key: { in: sessionKeys } }] } })).count,
        };
        await tx.user.delete({ where: { id: userId } });
        return report;
      });
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
