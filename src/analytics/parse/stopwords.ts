// Words that carry no name: never matched to a merchant or, fuzzily, to a
// category. Without this list "total" finds the petrol station TotalEnergies
// and "teuer" turns into "Steuer".
import { FRENCH_STOPWORDS } from "./french-lexicon.ts";

const WORDS = `
a an and or of in on at for to from with by per the this that these those it its is are was were be been being
i me my mine we our us you your do does did done have has had having can could would should will shall may might
how much many what which where when why who whom whose there here than then so far only just really actually
please thanks thank hey hello hi show tell give list get got let know want like see display total sum amount
amounts money euro euros eur cent cents overall everything all any some each every about roughly around approx
more less most least over under above below between since until till into onto out up down off again still
already also too very much last past previous next first same other another own spend spent paid
ich mir mich mein meine meinen meinem meiner meines wir uns unser unsere du dir dich dein deine sie er es
der die das den dem des ein eine einen einem einer eines und oder aber im in am an auf bei beim fur von vom zu
zum zur mit nach pro je uber unter um aus seit bis ab durch gegen ohne als wie viel viele wieviel was welche
welcher welches welchen wo wann warum wer hab habe hast hat haben hatte hatten bin bist ist sind war waren wird
werden wurde wurden kann kannst konnte konnen mochte mochtest will willst soll sollte gib zeig zeige zeigen
sag sage sagen nenn nenne liste auflisten bitte danke hallo hey insgesamt gesamt alles alle allem allen
summe betrag betrage geld euro ungefahr etwa circa ca mal noch schon nur auch denn doch eigentlich wirklich
genau so dann da dort hier heute gestern diesen dieser dieses diese letzten letzte letztes mehr weniger
meisten am gross grosse grosser teuer teuerste billig gemacht machen ausgegeben wofur wozu wohin woher
purchase purchases order orders transaction transactions payment payments booking bookings item items
einkauf einkaufs bestellung bestellungen bestellt buchung buchungen zahlung zahlungen transaktion transaktionen
`;

export const STOPWORDS: ReadonlySet<string> = new Set(`${WORDS} ${FRENCH_STOPWORDS}`.split(/\s+/).filter(Boolean));
