// An instant in the person's own time zone: "22 Nov 2026, 14:05".
const INTL = { en: "en-GB", de: "de-DE" } as const;

export function formatDateTime(at: Date, locale: "en" | "de", timeZone: string): string {
  return new Intl.DateTimeFormat(INTL[locale], { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone }).format(at);
}
