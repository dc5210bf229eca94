// The one way an IBAN, account or card number appears in the chat: enough to
// tell one's own accounts apart, never enough to be copied. An IBAN keeps its
// country and check digits and its last four characters ("DE89 •••• 3000");
// anything else keeps only its last four ("•••• 1234").

const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/;

export function compactId(value: string): string {
  return value.replace(/[\s-]+/g, "").toUpperCase();
}

export function isIban(value: string): boolean {
  return IBAN.test(compactId(value));
}

/** The last four digits of a card or account number, whatever masking the file used ("4871 78** **** 1234"). */
export function lastFour(value: string): string | null {
  const m = /([0-9]{4})[^0-9]*$/.exec(value);
  return m ? m[1]! : null;
}

/** Masks an IBAN, account number or (masked or full) card number for display. */
export function maskAccountId(value: string): string {
  const id = compactId(value);
  // An IBAN, or one already masked (masking twice must not lose the country).
  if (IBAN.test(id) || /^[A-Z]{2}\d{2}•+[A-Z0-9]{4}$/.test(id)) return `${id.slice(0, 4)} •••• ${id.slice(-4)}`;
  const last = lastFour(id) ?? id.slice(-4);
  return `•••• ${last}`;
}

/** The masked id to show beside an account name, or null when the name already carries it. */
export function idBesideName(name: string, id: string | null | undefined): string | null {
  if (!id) return null;
  const masked = maskAccountId(id);
  return name.includes(masked) ? null : masked;
}
