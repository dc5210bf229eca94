// Everything the Interactive Brokers Flex link flow says, in English and German.
export const ibkrFlexMessages = {
  en: {
    "ibkr.intro":
      "Kontor reads Interactive Brokers through the <b>Flex Web Service</b>. In the Client Portal:\n1. Performance &amp; Reports → Flex Queries → create an <b>Activity Flex Query</b>, format <b>XML</b>, with the sections Open Positions, Trades, Cash Transactions, Conversion Rates and Account Information (period e.g. Last 365 Calendar Days).\n2. On the same page, under Flex Web Service Configuration, enable the service and generate a <b>token</b>.",
    "ibkr.ask_token": "Paste the Flex Web Service token here (I delete it from the chat right away).",
    "ibkr.invalid_token": "That does not look like a Flex token (letters and digits only). Please paste it again.",
    "ibkr.ask_query": "Now the query id of your Activity Flex Query (the number shown next to it).",
    "ibkr.invalid_query": "The query id is a number, e.g. 123456. Please send it again.",
    "ibkr.testing": "Running your Flex query once to check it (IBKR can take a minute to build the statement)…",
    "ibkr.fix_token": "IBKR does not accept this token (invalid or expired). Generate a new token and try again.",
    "ibkr.fix_query": "IBKR does not know this query id (or it is a legacy query). Check the id of your Activity Flex Query.",
    "ibkr.fix_ip": "The token is restricted to other IP addresses. Remove the IP restriction or add this server's address, then try again.",
    "ibkr.fix_account": "IBKR says the account behind this query is invalid or inactive.",
    "ibkr.empty": "The query ran but returned no statement. Check that it is an Activity Flex Query for your account.",
    "ibkr.found": "Found account {account}, base currency {currency}, {positions, plural, =0 {no open positions} one {one open position} other {# open positions}}.",
  },
  de: {
    "ibkr.intro":
      "Kontor liest Interactive Brokers über den <b>Flex Web Service</b>. Im Client Portal:\n1. Performance &amp; Berichte → Flex-Abfragen → eine <b>Activity-Flex-Abfrage</b> anlegen, Format <b>XML</b>, mit den Abschnitten Offene Positionen, Trades, Cash-Transaktionen, Umrechnungskurse und Kontoinformationen (Zeitraum z. B. letzte 365 Kalendertage).\n2. Auf derselben Seite unter Flex-Web-Service-Konfiguration den Dienst aktivieren und einen <b>Token</b> erzeugen.",
    "ibkr.ask_token": "Füge den Flex-Web-Service-Token hier ein (ich lösche ihn sofort aus dem Chat).",
    "ibkr.invalid_token": "Das sieht nicht nach einem Flex-Token aus (nur Buchstaben und Ziffern). Bitte füge ihn noch einmal ein.",
    "ibkr.ask_query": "Jetzt die Abfrage-ID deiner Activity-Flex-Abfrage (die Zahl daneben).",
    "ibkr.invalid_query": "Die Abfrage-ID ist eine Zahl, z. B. 123456. Bitte schick sie noch einmal.",
    "ibkr.testing": "Ich führe deine Flex-Abfrage einmal zur Prüfung aus (IBKR braucht manchmal eine Minute für den Bericht)…",
    "ibkr.fix_token": "IBKR akzeptiert diesen Token nicht (ungültig oder abgelaufen). Erzeuge einen neuen Token und versuche es noch einmal.",
    "ibkr.fix_query": "IBKR kennt diese Abfrage-ID nicht (oder es ist eine alte Abfrage). Prüfe die ID deiner Activity-Flex-Abfrage.",
    "ibkr.fix_ip": "Der Token ist auf andere IP-Adressen beschränkt. Hebe die Beschränkung auf oder trage die Adresse dieses Servers ein und versuche es noch einmal.",
    "ibkr.fix_account": "IBKR meldet, dass das Konto hinter dieser Abfrage ungültig oder inaktiv ist.",
    "ibkr.empty": "Die Abfrage lief, lieferte aber keinen Bericht. Prüfe, ob es eine Activity-Flex-Abfrage für dein Konto ist.",
    "ibkr.found": "Konto {account} gefunden, Basiswährung {currency}, {positions, plural, =0 {keine offenen Positionen} one {eine offene Position} other {# offene Positionen}}.",
  },
};
