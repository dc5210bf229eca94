// What a household with children pays for their clubs, camps and lessons, and what a separation brings to the
// statement (court fees, storage, kids' resale), by trade word rather than by name: scouts and guides (MCC 8641) and
// roller rinks are entertainment, as sports clubs are; holiday games, a school's country hostel, day and summer camps,
// a town's leisure centre and a teacher's studio are education, as childcare is; a kids' swap or exchange shop is
// second-hand shopping; a court's filing fee and a district clerk's costs are taxes; storage after a move is rent.
import { describe } from "vitest";
import { itCategorizes, itLabels } from "../helpers/label-rows.ts";

describe("children's clubs, camps and lessons by their trade words", () => {
  itCategorizes([
    [null, "1ST BASWICH SCOUTS     MANCHESTER    GBR", "-10.27", "entertainment"],
    [null, "BEA   NR:XXX800   10.03.25/18.04 Zettle_*Scouting Halsteren Den Haag,PAS852", "-32.30", "entertainment"],
    [null, "SUMUP *PFADFINDERSTAMM ASGARD", "-25.00", "entertainment"],
    [null, "PURCHASE AUTHORIZED ON 11/09 SKATELAND KILLEEN AUSTIN CA S414540933522194 CARD 0989", "-17.43", "entertainment"],
    [null, "SCHULLANDHEIM ROTENFELS//LEIPZIG/DE", "-14.09", "education"],
    [null, "FERIENSPIELE ISERLOHN", "-79.38", "education"],
    [null, "CROWDERS MTN DAY CAMP", "-120.00", "education"],
    [null, "CARTE 13/11/25 CENTRE LOISIRS DOMERAT CB*3255", "-5.07", "education"],
    [null, "ZOMERKAMP SWIFTERBANT Amsterdam, NL", "-20.04", "education"],
    [null, "Zettle_*Pianostudio Halsteren 6942", "-7.81", "education"],
    [null, "LORAY MUSIC STUDIO #8911 SEATTLE NY", "-5.46", "education"],
    [null, "BOYS & GIRLS CLUB OF RIO RANCHO BGC RIO RANCHO SUMMER PROGRAM", "-104.12", "education"],
  ]);
  // Guards: a property portal's "…Scout24" is one word; a talent or a football scout's word alone is not scouting.
  itCategorizes([
    [null, "IMMOBILIENSCOUT24 BERLIN", "-9.99", "rent"],
    [null, "LOVESCOUT24.DE", "-29.90", "subscriptions"],
  ]);
});

describe("second-hand children's shops, court costs and storage after a separation", () => {
  itCategorizes([
    [null, "CHECKCARD 0615 UNSER KIDS SWAP NEW YORK CA 10897379263219561911581", "-33.41", "shopping"],
    [null, "PURCHASE AUTHORIZED ON 09/13 SQ *CLARKSVILLE KIDS EXC SAN JOSE MD S204344371997912 CARD 2941", "-248.41", "shopping"],
    [null, "PURCHASE AUTHORIZED ON 07/20 BELL COUNTY DISTRICT CLER NEW YORK CA S029725200131803 CARD 9348", "-38.24", "taxes"],
    [null, "BELL CO DIST CLERK COURT", "-38.24", "taxes"],
    [null, "RECHTSPRAAK GRIFFIERECHT 5494", "-42.11", "taxes"],
    [null, "EINLAGERUNG LETMATHE", "-75.66", "rent"],
  ]);
});

describe("a children's dentist and an orthodontist's practice by their own words", () => {
  itCategorizes([
    [null, "BEA   NR:XXX214   11.06.26/19.02 KINDERTANDARTS GORINCHEM Rotterdam,PAS416", "-17.12", "health"],
    [null, "PURCHASE AUTHORIZED ON 06/15 CRAMERTON ORTHO PA SAN JOSE FL S955630066265859 CARD 5599", "-49.65", "health"],
  ]);
  itLabels([[null, "KINDERTANDARTS GORINCHEM", "Kindertandarts Gorinchem"]]);
});

describe("a parlour that is no inn, a leisure pool that is no water bill, a child's phone plan", () => {
  itCategorizes([
    [null, "KLEIDERSTUBE KINDERSCHUT, BERLIN DE", "-55.70", "shopping"],
    [null, "KINDERMODE WICHTELSTUBE", "-97.54", "shopping"],
    [null, "WICHTELSTUBE KINDERMODE HEIDENAU/LEIPZIG//DE", "-76.89", "shopping"],
    [null, "WATER MEADOWS SWIMMING ON 01 MAR          CPM", "-22.00", "entertainment"],
    ["Handyfuchs Mobil GmbH", "Kinder-Tarif Rufnr. 0157 7921447 Juli", "-7.33", "utilities"],
  ]);
  // Guards: an inn's parlour, a water company's bill.
  itCategorizes([
    [null, "ZUR WEINSTUBE", "-42.00", "restaurants"],
    [null, "SEVERN TRENT WATER", "-38.00", "utilities"],
    [null, "WATER BILL", "-38.00", "utilities"],
  ]);
});
