// The widths card fields cut a merchant's name at (Postbank 20, a Mastercard name field 22, the other German banks 25, N26
// and bunq 24; bank-formats.md §3), and the same with PayPal's and Wise's 26-character field.
export const CUT_WIDTHS: ReadonlySet<number> = new Set([20, 22, 24, 25]);
export const CUT_WIDTHS_WITH_PAYPAL: ReadonlySet<number> = new Set([...CUT_WIDTHS, 26]);
