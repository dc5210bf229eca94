// Built-in brands of young city households living without a car, in Germany, the UK, the US, France and the
// Netherlands: climbing and bouldering halls and gyms (entertainment, the sports-clubs policy); fitness and yoga apps
// (subscriptions); co-living operators and room portals (rent, the listing-portal policy); hostels (travel); meal kits
// and produce boxes (groceries); bike insurers (insurance); rail operators, a monorail and a transit card
// (transport); coffee bars, lunch spots and taprooms (restaurants); concert venues (entertainment); a robo-adviser
// (savings).
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_CAR_FREE: readonly MerchantRow[] = [
  // Climbing and bouldering halls, by their names without the hall's word the card field often cuts.
  ["Berta Block", "entertainment", "berta block"],
  // Der Kegel, the Friedrichshain climbing tower ("Der Kegel" alone is a skittle).
  ["Der Kegel", "entertainment", "kletterzentrum der kegel", "der kegel berlin"],
  ["Boulderklub Kreuzberg", "entertainment", "boulderklub kreuzberg", "boulderklub"],
  ["Ostbloc", "entertainment", "ostbloc"],
  ["Nordwandhalle", "entertainment", "nordwandhalle", "nordwandhalle klett", "nordwandhalle klette"],
  ["Kletterfabrik Köln", "entertainment", "kletterfabrik koeln", "kletterfabrik"],
  ["Heavens Gate", "entertainment", "heavens gate kletterhalle", "heavens gate muenchen"],
  ["Glasgow Climbing Centre", "entertainment", "glasgow climbing centre", "glasgow climbing ce", "glasgow climbing cen"],
  ["Brooklyn Boulders", "entertainment", "bkb queensbridge", "bkb chicago", "bkb somerville"],
  // Gyms and fitness studios.
  ["Superfit", "entertainment", "superfit gmbh", "superfit berlin"],
  ["Digme", "entertainment", "digme fitness", "digme"],
  // Bike shops whose names hold another trade's word ("Habitat" a landlord's, "Landry's" a restaurant chain's).
  ["Bicycle Habitat", "shopping", "bicycle habitat"],
  ["Landry's Bicycles", "shopping", "landrys bicycles", "landry s bicycles"],
  // Fitness, yoga and training apps.
  ["8fit", "subscriptions", "8fit", "8fit com", "8fit gmbh"],
  ["YogaEasy", "subscriptions", "yogaeasy", "yogaeasy de", "yogaeasy gmbh"],
  ["Virtuagym", "subscriptions", "virtuagym"],
  ["Paiq", "subscriptions", "paiq", "paiq bv", "paiq b v"],
  // Co-living operators, furnished flats and room portals.
  ["Habyt", "rent", "habyt", "habyt com", "habyt gmbh"],
  ["Lyvly", "rent", "lyvly", "lyvly com", "lyvly ltd"],
  ["Fizzy Living", "rent", "fizzy living"],
  ["Rentslam", "rent", "rentslam", "rentslam com"],
  ["StreetEasy", "rent", "streeteasy", "streeteasy com"],
  // Hostels and design hotels on city breaks.
  ["Safestay", "travel", "safestay"],
  ["Clink", "travel", "clink hostels", "clink78", "clink261", "clink78 hostel"],
  ["Freehand", "travel", "freehand hotels", "freehand hotel"],
  ["Jaz in the City", "travel", "jaz in the city"],
  // Meal kits and regional produce boxes.
  ["Allplants", "groceries", "allplants"],
  ["Sunbasket", "groceries", "sunbasket", "sunbasket com", "sun basket"],
  ["Streekbox", "groceries", "streekbox", "streekbox nl"],
  // Bike insurers.
  ["Cycleguard", "insurance", "cycleguard"],
  ["Velosurance", "insurance", "velosurance"],
  // Rail operators, a monorail and a transit card.
  ["Leo Express", "transport", "leo express", "leoexpress", "leoexpress com"],
  ["NS Flex", "transport", "ns flex"],
  ["Seattle Monorail", "transport", "seattle monorail"],
  ["ORCA", "transport", "myorca", "myorca com"],
  // Coffee bars and roasters, lunch spots, taprooms and rooftop bars.
  ["Man versus Machine", "restaurants", "man versus machine"],
  ["Nord Coast Coffee", "restaurants", "nord coast coffee", "nord coast"],
  ["Public Coffee Roasters", "restaurants", "public coffee roasters", "public coffee ham"],
  ["Elm Coffee Roasters", "restaurants", "elm coffee roasters", "elm coffee"],
  ["Workshop Coffee", "restaurants", "workshop coffee"],
  ["Ben Rahim", "restaurants", "ben rahim coffee"],
  // Farmer J by its domain only: "FARMER J" is as often a surname and an initial.
  ["Farmer J", "restaurants", "farmerj", "farmerj com"],
  ["Hopfenreich", "restaurants", "hopfenreich"],
  ["Sattgrün", "restaurants", "sattgruen"],
  ["Rice Up!", "restaurants", "rice up"],
  ["Hannekes Boom", "restaurants", "hannekes boom"],
  ["Espressofabriek", "restaurants", "espressofabriek"],
  ["Butcher's Tears", "restaurants", "butchers tears"],
  ["Poesiat & Kater", "restaurants", "poesiat en kater", "poesiat kater"],
  ["Oedipus", "restaurants", "oedipus brewing"],
  ["Le Perchoir", "restaurants", "le perchoir", "perchoir"],
  ["Forza Wine", "restaurants", "forza wine"],
  // Concert venues and advance ticket desks.
  ["Muffathalle", "entertainment", "muffathalle", "muffatwerk"],
  ["Bahnhof Ehrenfeld", "entertainment", "bahnhof ehrenfeld"],
  ["Koka 36", "entertainment", "koka 36"],
  ["Q-Factory", "entertainment", "q factory amsterdam", "q factory"],
  ["Tolhuistuin", "entertainment", "tolhuistuin"],
  ["Bitterzoet", "entertainment", "bitterzoet"],
  ["Le Trabendo", "entertainment", "le trabendo"],
  ["The Crocodile", "entertainment", "the crocodile seattle"],
  ["Neumos", "entertainment", "neumos"],
  // Yomoni, the French robo-adviser: a monthly payment into it is saving.
  ["Yomoni", "savings", "yomoni"],
];
