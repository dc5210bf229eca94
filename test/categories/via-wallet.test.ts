// A shop that names the wallet or pay-later service it was paid through ("Flowers & Co via PayPal", "Babyhuis Hendriks
// via Klarna") is the shop, as one paid "via Mollie" is; a payment word before the service ("Zahlung via PayPal") names
// no shop, and the service stays the label.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a shop's name, then the wallet it was paid through", () => {
  itLabels([
    ["Flowers Shop via PayPal", null, "Flowers Shop"],
    ["Babyhuis Hendriks via Klarna", "Bestelling 88123", "Babyhuis Hendriks"],
    ["Easywalker B.V. via Mollie", "Bestelling 12345", "Easywalker"],
  ]);
  itLabels([
    ["PayPal Europe S.a.r.l.", "Zahlung via PayPal", "PayPal"],
    [null, "Online-Zahlung via PayPal", "Online-Zahlung via PayPal"],
  ]);
});
