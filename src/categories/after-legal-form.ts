// What a card terminal or a payee's register prints after a company's legal form that is not more of its name
// (descriptor.ts's dropLegalForm asks): the outlet or department paid at ("FLUGHAFEN STUTTGART GMBH LOUNGE",
// "Flughafen Duesseldorf GmbH Parken", "SAMSONITE GMBH ONLINE", "TRUPHONE LTD ESIM", "MAISTRA D.D. RECEPCIJA 04",
// "STORE FIRST LTD STORAGE UNIT WHILE ABROAD JULY"), and the seat an Eastern European register writes after the form
// ("EUROSENDER D.O.O. LJUBLJANA", "ATLASSIB SRL SIBIU": the company "d.o.o., Ljubljana"), a town no gazetteer here holds;
// a farm's milk pump or vending machine after its GbR ("… GBR MILCHTANKSTELLE", "… GBR EIERAUTOMAT").
// A name that goes on in words of its own after its form ("Wohnungsbau GmbH Nord") keeps them.

// The outlet's or department's word, first after the form; what follows it (a number, the unit's purpose) goes with it.
const OUTLET_WORDS = [
  "lounges?", "parken", "parking", "parkhaus", "parkdeck", "car\\s+park", "online", "onlineshop", "webshop", "e-?shop", "e-?sims?",
  "sim", "recepcija", "recepcion", "recepción", "reception", "réception", "rezeption", "receptie", "restaurant", "restoran",
  "restaurante", "ristorante", "f&b", "storage", "self\\s+storage", "duty\\s+free", "check-?in", "ticketing", "baggage", "gep(?:ä|ae)ck",
  // A farm's milk pump, vending machine or shop after the farm's GbR ("MILCHHOF JEDDINGEN GBR MILCHTANKSTELLE").
  "milch-?\\s?tankstelle", "\\p{L}*automat(?:en)?", "regiomat", "hofladen",
];
const OUTLET_AFTER_FORM = new RegExp(`^(?:${OUTLET_WORDS.join("|")})(?=$|[\\s.,])`, "iu");

// Legal forms of Slovenia, Croatia, Serbia, Bosnia (d.o.o., d.d.), Romania and Moldova (SRL), Czechia and Slovakia
// (s.r.o., a.s.), as descriptor.ts's LEGAL_FORM finds them: their registers print the seat after the form.
const SEAT_FORMS = /^(?:d\.?o\.?o\.?|d\.?d\.?|s\.?r\.?l\.?|s\.?r\.?o\.?|a\.s\.?)$/iu;
const SEAT = /^\p{L}[\p{L}-]{2,}$/u;

/** True when the words after a company's legal form are its outlet or department, or its register's seat, not its name. */
export function isOutletOrSeatAfterForm(form: string, rest: string): boolean {
  const after = rest.trim();
  if (OUTLET_AFTER_FORM.test(after)) return true;
  return SEAT_FORMS.test(form.trim().replace(/[,]/g, "")) && SEAT.test(after);
}
