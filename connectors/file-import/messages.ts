// Texts the person sees about statement files. Parameters are escaped by the
// i18n layer, so values copied from a file are safe to show.
export const fileImportMessages = {
  en: {
    "import.link.how":
      "To import a statement, send me the file as a document in this chat. I can read comdirect CSV exports, other CSV files, CAMT.053 (XML), MT940 (.sta) and OFX, also zipped (Sparkasse's camtPacket). I show you a preview before anything is saved.",
    "import.error.unknown_format":
      "I don't recognise the file <b>{file}</b>. I can read comdirect CSV exports, other CSV files, CAMT.053 (XML), MT940 and OFX statements.",
    "import.error.pdf":
      "This is a PDF. I can't read transactions from PDFs; please export the statement as CSV, CAMT.053, MT940 or OFX in your online banking.",
    "import.error.spreadsheet": "This is an Excel file. Please save it as CSV and send me that.",
    "import.error.empty_file": "The file is empty.",
    "import.error.no_rows": "The file has no transaction rows.",
    "import.error.bad_amount": "Line {line}, column '{field}': '{value}' is not an amount.",
    "import.error.bad_date": "Line {line}, column '{field}': '{value}' is not a date.",
    "import.error.missing_value": "Line {line}: '{field}' is missing.",
    "import.error.unclosed_quote": "Line {line}: a quoted field starts here and is never closed.",
    "import.error.column_count": "Line {line} has {found} columns, but the header has {expected}.",
    "import.error.no_columns": "I couldn't find both a date column and an amount column in this CSV file.",
    "import.error.bad_xml": "The XML is broken at line {line}: {detail}",
    "import.error.bad_field": "Line {line}: the field {field} ('{value}') cannot be read.",
    "import.error.truncated": "The file ends at line {line} before {field}. It looks cut off; please export it again.",
    "import.error.unexpected_tag": "Line {line}: the closing tag '{field}' does not match any open element.",
    "import.error.invalid_guess": "The corrected CSV settings are not complete: {detail}",
    "import.notice.pending_dated_text":
      "{bank}: {count} pending rows have no date in the file; I dated them from the time in their booking text.",
    "import.notice.pending_dated_period":
      "{bank}: {count} pending rows have no date in the file; I dated them {date}, the end of the export period.",
    "import.notice.pending_dated_latest":
      "{bank}: {count} pending rows have no date in the file and the export names no end date; I dated them {date}, the latest day in the file.",
    "import.notice.section_skipped": "{bank}: I skipped the section '{section}'; securities accounts are not imported from this file.",
    "import.notice.paypal_folded":
      "PayPal: I folded {rows} currency conversion rows into the {purchases} payments they belong to.",
    "import.notice.paypal_top_ups":
      "PayPal: I kept {count} top-ups from your bank account or card as transfers between your own accounts, not as income; each pairs with the bank's debit to PayPal when that account is in Kontor too.",
    "import.notice.paypal_holds_dropped":
      "PayPal: I left out {count} rows that move no money (authorisation holds and their releases, memo rows).",
    "import.notice.excel_touched":
      "This file looks like it was opened and saved in Excel (numbers like '{value}'): references and amounts may have been changed. If something looks wrong, please send me the file exactly as your bank's download gave it.",
    "import.notice.rows_not_imported":
      "{count} rows were not imported: {bank} marks them {states}, so no money moved.",
    "import.notice.fees_as_rows": "{count} fees from the {bank} fee column are their own rows, so the balance adds up.",
    "import.notice.pending_kept": "{count} pending rows are imported as pending; the booked row replaces them later.",
    "import.error.too_large": "The file is {size} MB; I read statement files up to {limit} MB. Please export a shorter period.",
    "import.error.parse_failed": "I could not finish reading the file. Please try again, or export a shorter period.",
    "import.error.zip_broken": "The ZIP archive is damaged ({detail}). Please download it again.",
    "import.error.zip_unsupported": "The ZIP archive uses a format I can't unpack ({detail}). Please unpack it and send me the statement files in it.",
    "import.error.zip_encrypted": "The ZIP archive is password-protected. Please unpack it and send me the statement files in it.",
    "import.error.zip_too_many": "The ZIP archive holds {count} files; I read up to {limit}. Please export a shorter period.",
    "import.error.zip_too_large": "The ZIP archive unpacks to more than {limit} MB. Please export a shorter period.",
    "import.error.zip_no_statements": "The ZIP archive holds no statement file I can read (CAMT, MT940, OFX or CSV).",
    "import.error.zip_entry": "I couldn't read <b>{file}</b> in the ZIP archive ({detail}). Send me that file on its own and I'll tell you what is wrong with it.",
    "import.error.zip_entry_needs_questions":
      "<b>{file}</b> in the ZIP archive is a CSV file whose columns I need to ask you about. Please unpack the archive and send me that file on its own.",
    "import.notice.zip_skipped": "{count} files in the ZIP archive are no statements and were left out: {files}.",
  },
  de: {
    "import.link.how":
      "Um einen Kontoauszug zu importieren, schick mir die Datei als Dokument in diesen Chat. Ich kann comdirect-CSV-Exporte, andere CSV-Dateien, CAMT.053 (XML), MT940 (.sta) und OFX lesen, auch gezippt (camtPacket der Sparkasse). Bevor etwas gespeichert wird, zeige ich dir eine Vorschau.",
    "import.error.unknown_format":
      "Die Datei <b>{file}</b> erkenne ich nicht. Ich kann comdirect-CSV-Exporte, andere CSV-Dateien, CAMT.053 (XML), MT940 und OFX lesen.",
    "import.error.pdf":
      "Das ist ein PDF. Aus PDFs kann ich keine Umsätze lesen; bitte exportiere den Auszug im Onlinebanking als CSV, CAMT.053, MT940 oder OFX.",
    "import.error.spreadsheet": "Das ist eine Excel-Datei. Bitte speichere sie als CSV und schick mir diese.",
    "import.error.empty_file": "Die Datei ist leer.",
    "import.error.no_rows": "Die Datei enthält keine Umsatzzeilen.",
    "import.error.bad_amount": "Zeile {line}, Spalte '{field}': '{value}' ist kein Betrag.",
    "import.error.bad_date": "Zeile {line}, Spalte '{field}': '{value}' ist kein Datum.",
    "import.error.missing_value": "Zeile {line}: '{field}' fehlt.",
    "import.error.unclosed_quote": "Zeile {line}: Hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird.",
    "import.error.column_count": "Zeile {line} hat {found} Spalten, die Kopfzeile aber {expected}.",
    "import.error.no_columns": "Ich habe in dieser CSV-Datei nicht zugleich eine Datums- und eine Betragsspalte gefunden.",
    "import.error.bad_xml": "Das XML ist in Zeile {line} defekt: {detail}",
    "import.error.bad_field": "Zeile {line}: Das Feld {field} ('{value}') kann nicht gelesen werden.",
    "import.error.truncated":
      "Die Datei endet in Zeile {line} vor {field}. Sie scheint abgeschnitten zu sein; bitte exportiere sie noch einmal.",
    "import.error.unexpected_tag": "Zeile {line}: Das schließende Tag '{field}' passt zu keinem offenen Element.",
    "import.error.invalid_guess": "Die korrigierten CSV-Einstellungen sind unvollständig: {detail}",
    "import.notice.pending_dated_text":
      "{bank}: {count} vorgemerkte Umsätze haben in der Datei kein Datum; ich habe sie nach der Uhrzeit in ihrem Buchungstext datiert.",
    "import.notice.pending_dated_period":
      "{bank}: {count} vorgemerkte Umsätze haben in der Datei kein Datum; ich habe sie auf den {date} datiert, das Ende des Exportzeitraums.",
    "import.notice.pending_dated_latest":
      "{bank}: {count} vorgemerkte Umsätze haben in der Datei kein Datum, und der Export nennt kein Enddatum; ich habe sie auf den {date} datiert, den letzten Tag in der Datei.",
    "import.notice.section_skipped": "{bank}: Den Abschnitt '{section}' habe ich übersprungen; Depots werden aus dieser Datei nicht importiert.",
    "import.notice.paypal_folded":
      "PayPal: {rows} Zeilen mit Währungsumrechnungen habe ich in die {purchases} Zahlungen übernommen, zu denen sie gehören.",
    "import.notice.paypal_top_ups":
      "PayPal: {count} Aufladungen vom Bankkonto oder von der Karte habe ich als Umbuchungen zwischen deinen eigenen Konten übernommen, nicht als Einnahmen; ist das Bankkonto auch in Kontor, gehört jede zu seiner Lastschrift an PayPal.",
    "import.notice.paypal_holds_dropped":
      "PayPal: {count} Zeilen ohne Geldbewegung (Autorisierungen und ihre Freigaben, Memo-Zeilen) habe ich ausgelassen.",
    "import.notice.excel_touched":
      "Diese Datei wurde offenbar in Excel geöffnet und gespeichert (Zahlen wie '{value}'): Referenzen und Beträge können verändert sein. Wenn etwas falsch aussieht, schick mir bitte die Datei genau so, wie deine Bank sie zum Download anbietet.",
    "import.notice.rows_not_imported":
      "{count} Zeilen habe ich nicht übernommen: {bank} markiert sie als {states}, es ist also kein Geld geflossen.",
    "import.notice.fees_as_rows": "{count} Gebühren aus der Gebührenspalte von {bank} sind eigene Zeilen, damit der Saldo stimmt.",
    "import.notice.pending_kept": "{count} vorgemerkte Zeilen sind als vorgemerkt übernommen; die gebuchte Zeile ersetzt sie später.",
    "import.error.too_large": "Die Datei ist {size} MB groß; ich lese Kontoauszüge bis {limit} MB. Bitte exportiere einen kürzeren Zeitraum.",
    "import.error.parse_failed": "Ich konnte die Datei nicht fertig lesen. Bitte versuch es noch einmal oder exportiere einen kürzeren Zeitraum.",
    "import.error.zip_broken": "Das ZIP-Archiv ist beschädigt ({detail}). Bitte lade es noch einmal herunter.",
    "import.error.zip_unsupported": "Das ZIP-Archiv hat ein Format, das ich nicht entpacken kann ({detail}). Bitte entpacke es und schick mir die Kontoauszugsdateien darin.",
    "import.error.zip_encrypted": "Das ZIP-Archiv ist mit einem Passwort geschützt. Bitte entpacke es und schick mir die Kontoauszugsdateien darin.",
    "import.error.zip_too_many": "Das ZIP-Archiv enthält {count} Dateien; ich lese bis zu {limit}. Bitte exportiere einen kürzeren Zeitraum.",
    "import.error.zip_too_large": "Das ZIP-Archiv ist entpackt größer als {limit} MB. Bitte exportiere einen kürzeren Zeitraum.",
    "import.error.zip_no_statements": "Das ZIP-Archiv enthält keine Kontoauszugsdatei, die ich lesen kann (CAMT, MT940, OFX oder CSV).",
    "import.error.zip_entry": "<b>{file}</b> im ZIP-Archiv kann ich nicht lesen ({detail}). Schick mir diese Datei einzeln, dann sage ich dir, was daran nicht stimmt.",
    "import.error.zip_entry_needs_questions":
      "<b>{file}</b> im ZIP-Archiv ist eine CSV-Datei, zu deren Spalten ich dich etwas fragen muss. Bitte entpacke das Archiv und schick mir diese Datei einzeln.",
    "import.notice.zip_skipped": "{count} Dateien im ZIP-Archiv sind keine Kontoauszüge und wurden ausgelassen: {files}.",
  },
};

export type FileImportMessageKey = keyof typeof fileImportMessages.en;
