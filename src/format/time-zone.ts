// A stored time zone this Node's ICU may not know (saved before an ICU update):
// such a zone is read as UTC rather than failing the whole answer.

/** `timeZone` when Intl knows it, else "UTC". */
export function usableTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return "UTC";
  }
}
