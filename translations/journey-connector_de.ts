<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Journey</name>
    <message>
        <source>%1: &apos;${&apos; without a closing &apos;}&apos;</source>
        <translation>%1: &apos;${&apos; ohne schließendes &apos;}&apos;</translation>
    </message>
    <message>
        <source>%1: empty variable name in &apos;${}&apos;</source>
        <translation>%1: leerer Variablenname in &apos;${}&apos;</translation>
    </message>
    <message>
        <source>%1: the environment variable %2 is not set</source>
        <translation>%1: die Umgebungsvariable %2 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>%1.%2: unknown key; expected one of: %3</source>
        <translation>%1.%2: unbekannter Schlüssel; erwartet wird einer von: %3</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: erwartet: %2, erhalten: %3</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>segment %1 has format %2, which this build cannot read</source>
        <translation>Segment %1 hat das Format %2, das diese Version nicht lesen kann</translation>
    </message>
    <message>
        <source>cannot read segment %1: %2</source>
        <translation>Segment %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Journey Connector store</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Journey-Connector-Speicher</translation>
    </message>
    <message>
        <source>the store %1 was written by a newer Journey Connector (schema %2; this build reads up to %3)</source>
        <translation>der Speicher %1 wurde von einer neueren Version von Journey Connector geschrieben (Schema %2; diese Version liest bis %3)</translation>
    </message>
</context>
<context>
    <name>Journey::ChunkReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: not readable as gzip</source>
        <translation>%1 kann nicht geöffnet werden: nicht als gzip lesbar</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Journey::CollectorConfig</name>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>&apos;%1&apos; hat nicht die Form HOST:PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address (in &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; ist keine IP-Adresse (in &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number 0-65535 (in &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; ist keine Portnummer von 0 bis 65535 (in &apos;%2&apos;)</translation>
    </message>
</context>
<context>
    <name>Journey::CollectorServer</name>
    <message>
        <source>Port %1 on %2 is already in use by another program.</source>
        <translation>Port %1 auf %2 wird bereits von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>Journey::CsvFormat</name>
    <message>
        <source>unknown column &apos;%1&apos; in the header; known columns: %2</source>
        <translation>unbekannte Spalte &apos;%1&apos; in der Kopfzeile; bekannte Spalten: %2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice in the header</source>
        <translation>Spalte &apos;%1&apos; kommt in der Kopfzeile doppelt vor</translation>
    </message>
    <message>
        <source>the header has no &apos;type&apos; column</source>
        <translation>die Kopfzeile hat keine Spalte &apos;type&apos;</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: not valid JSON</source>
        <translation>Spalte &apos;%1&apos;: kein gültiges JSON</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: expected a JSON object</source>
        <translation>Spalte &apos;%1&apos;: JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>Journey::CsvRecordReader</name>
    <message>
        <source>%1: line %2: a quoted field is not closed before the end of the file</source>
        <translation>%1: Zeile %2: ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>Journey::EventExporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation>der Export kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Journey::EventImporter</name>
    <message>
        <source>%1: the file is empty; a CSV import needs a header row</source>
        <translation>%1: die Datei ist leer; ein CSV-Import benötigt eine Kopfzeile</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
</context>
<context>
    <name>Journey::EventInspector</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Show the body as sent</source>
        <translation>Inhalt wie gesendet anzeigen</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation>Rohanfrage</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
    <message>
        <source>Select an event in the stream to see it here.</source>
        <translation>Wählen Sie ein Ereignis im Stream aus, um es hier anzuzeigen.</translation>
    </message>
    <message>
        <source>Timestamp %1</source>
        <translation>Zeitstempel %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>empfangen %1</translation>
    </message>
    <message>
        <source>userId %1</source>
        <translation>userId %1</translation>
    </message>
    <message>
        <source>anonymousId %1</source>
        <translation>anonymousId %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>store id %1</source>
        <translation>Speicher-ID %1</translation>
    </message>
    <message>
        <source>This event was imported from a file: there is no HTTP request to show.</source>
        <translation>Dieses Ereignis wurde aus einer Datei importiert: Es gibt keine HTTP-Anfrage zum Anzeigen.</translation>
    </message>
    <message>
        <source>This event has no recorded HTTP request.</source>
        <translation>Zu diesem Ereignis wurde keine HTTP-Anfrage aufgezeichnet.</translation>
    </message>
    <message>
        <source>Loading the request…</source>
        <translation>Anfrage wird geladen…</translation>
    </message>
    <message>
        <source>The request could not be read: %1</source>
        <translation>Die Anfrage konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 answered %3 · %n event(s)</source>
        <translation>
            <numerusform>%1 %2, Antwort %3 · %n Ereignis</numerusform>
            <numerusform>%1 %2, Antwort %3 · %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1: %2 on the wire, %3 decoded</source>
        <translation> · %1: %2 übertragen, %3 dekodiert</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · secrets masked</source>
        <translation> · Geheimnisse maskiert</translation>
    </message>
</context>
<context>
    <name>Journey::EventListModel</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Event / Name</source>
        <translation>Ereignis / Name</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Anonymous ID</source>
        <translation>Anonyme ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Nachrichten-ID</translation>
    </message>
</context>
<context>
    <name>Journey::FilterBar</name>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Show only one call type</source>
        <translation>Nur einen Aufruftyp anzeigen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Show only events from one source</source>
        <translation>Nur Ereignisse aus einer Quelle anzeigen</translation>
    </message>
    <message>
        <source>Event or page name</source>
        <translation>Ereignis- oder Seitenname</translation>
    </message>
    <message>
        <source>Part of the event name (track) or page/screen name</source>
        <translation>Teil des Ereignisnamens (track) oder des Seiten-/Bildschirmnamens</translation>
    </message>
    <message>
        <source>User or anonymous ID</source>
        <translation>Benutzer- oder anonyme ID</translation>
    </message>
    <message>
        <source>Part of the userId or the anonymousId</source>
        <translation>Teil der userId oder der anonymousId</translation>
    </message>
    <message>
        <source>Search in JSON…</source>
        <translation>Im JSON suchen…</translation>
    </message>
    <message>
        <source>Text anywhere in the event&apos;s JSON (Ctrl+F)</source>
        <translation>Text an beliebiger Stelle im JSON des Ereignisses (Strg+F)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zwischen…</translation>
    </message>
    <message>
        <source>Event timestamps to show</source>
        <translation>Zeitstempel der anzuzeigenden Ereignisse</translation>
    </message>
    <message>
        <source>From (inclusive, local time)</source>
        <translation>Von (einschließlich, Ortszeit)</translation>
    </message>
    <message>
        <source>To (exclusive, local time)</source>
        <translation>Bis (ausschließlich, Ortszeit)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Journey::GzipCodec</name>
    <message>
        <source>the compressed data is truncated</source>
        <translation>die komprimierten Daten sind abgeschnitten</translation>
    </message>
</context>
<context>
    <name>Journey::IngestJournal</name>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>der Journal-Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create the journal %1: %2</source>
        <translation>das Journal %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot lock the journal %1: %2</source>
        <translation>das Journal %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>in das Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read the journal %1: %2</source>
        <translation>das Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Journey::JourneyConfig</name>
    <message>
        <source>%1:%2:%3: malformed JSON: %4</source>
        <translation>%1:%2:%3: fehlerhaftes JSON: %4</translation>
    </message>
    <message>
        <source>%1: expected a JSON object with a &quot;journey&quot; member</source>
        <translation>%1: JSON-Objekt mit einem Schlüssel &quot;journey&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>journey.collector.writeKeys[%1]: expected a non-empty string</source>
        <translation>journey.collector.writeKeys[%1]: nicht leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>journey.collector.%1: expected a number of kilobytes between 1 and 1048576</source>
        <translation>journey.collector.%1: Anzahl Kilobyte zwischen 1 und 1048576 erwartet</translation>
    </message>
    <message>
        <source>journey.provider: unknown provider &apos;%1&apos;; expected one of: %2</source>
        <translation>journey.provider: unbekannter Anbieter &apos;%1&apos;; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>journey.providers.%1: unknown provider; expected one of: %2</source>
        <translation>journey.providers.%1: unbekannter Anbieter; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>journey.providers.%1: expected an object, got %2</source>
        <translation>journey.providers.%1: Objekt erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>no configuration file at %1</source>
        <translation>keine Konfigurationsdatei unter %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; fix it before changing settings from the app</source>
        <translation>%1 ist kein gültiges JSON; korrigieren Sie die Datei, bevor Sie Einstellungen in der App ändern</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>der Ordner für %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid configuration; fix it before changing settings from the app</source>
        <translation>%1 ist keine gültige Konfiguration; korrigieren Sie sie, bevor Sie Einstellungen in der App ändern</translation>
    </message>
</context>
<context>
    <name>Journey::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n members}</source>
        <translation>
            <numerusform>{%n Eintrag}</numerusform>
            <numerusform>{%n Einträge}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Journey::LineReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Journey::LiveView</name>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Hold new events back (they are still stored) — Space</source>
        <translation>Neue Ereignisse zurückhalten (sie werden weiterhin gespeichert) — Leertaste</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>Neuestes Ereignis sichtbar halten</translation>
    </message>
    <message>
        <source>Could not read the store: %1</source>
        <translation>Der Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waiting for events&lt;/h3&gt;&lt;p&gt;Point a Segment or RudderStack SDK at &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;(for example &lt;code&gt;new Analytics({ writeKey, host: &apos;%1&apos; })&lt;/code&gt;),&lt;br&gt;or try:&lt;/p&gt;&lt;p&gt;&lt;code&gt;curl -X POST %1/v1/track -d &apos;{&quot;userId&quot;:&quot;u1&quot;,&quot;event&quot;:&quot;Hello&quot;}&apos;&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warten auf Ereignisse&lt;/h3&gt;&lt;p&gt;Richten Sie ein Segment- oder RudderStack-SDK auf &lt;b&gt;%1&lt;/b&gt; aus&lt;br&gt;(zum Beispiel &lt;code&gt;new Analytics({ writeKey, host: &apos;%1&apos; })&lt;/code&gt;),&lt;br&gt;oder versuchen Sie:&lt;/p&gt;&lt;p&gt;&lt;code&gt;curl -X POST %1/v1/track -d &apos;{&quot;userId&quot;:&quot;u1&quot;,&quot;event&quot;:&quot;Hello&quot;}&apos;&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No events match the filter&lt;/h3&gt;&lt;p&gt;Change or clear the filter to see more.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Ereignisse entsprechen dem Filter&lt;/h3&gt;&lt;p&gt;Ändern Sie den Filter oder setzen Sie ihn zurück, um mehr zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading from the store…</source>
        <translation>Wird aus dem Speicher geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n Ereignis angezeigt</numerusform>
            <numerusform>%n Ereignisse angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source> · scroll up for older events</source>
        <translation> · für ältere Ereignisse nach oben scrollen</translation>
    </message>
    <message numerus="yes">
        <source> · paused: %n new event(s) held back</source>
        <translation>
            <numerusform> · pausiert: %n neues Ereignis zurückgehalten</numerusform>
            <numerusform> · pausiert: %n neue Ereignisse zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy message ID</source>
        <translation>Nachrichten-ID kopieren</translation>
    </message>
    <message>
        <source>Show only “%1”</source>
        <translation>Nur „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Show only %1&apos;s events</source>
        <translation>Nur Ereignisse von %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>Journey::MainWindow</name>
    <message>
        <source>Journey Connector</source>
        <translation>Journey Connector</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Speicher wird geöffnet…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a0a0a0&quot;&gt;●&lt;/span&gt; Collector stopped</source>
        <translation>&lt;span style=&quot;color:#a0a0a0&quot;&gt;●&lt;/span&gt; Collector gestoppt</translation>
    </message>
    <message>
        <source>Store: %1 events · %2 MB</source>
        <translation>Speicher: %1 Ereignisse · %2 MB</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export events…</source>
        <translation>&amp;Ereignisse exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the events that match the current filter to NDJSON or CSV</source>
        <translation>Die Ereignisse, die dem aktuellen Filter entsprechen, als NDJSON oder CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Pause stream</source>
        <translation>Stream &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Follow newest event</source>
        <translation>&amp;Neuestem Ereignis folgen</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Reload from store</source>
        <translation>Aus dem Speicher neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Collector</source>
        <translation>&amp;Collector</translation>
    </message>
    <message>
        <source>Copy collector &amp;URL</source>
        <translation>Collector-&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Change &amp;port…</source>
        <translation>&amp;Port ändern…</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Journey Connector</source>
        <translation>Ü&amp;ber Journey Connector</translation>
    </message>
    <message>
        <source>About Journey Connector</source>
        <translation>Über Journey Connector</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Journey Connector %1&lt;/h3&gt;&lt;p&gt;Inspect and debug product-analytics instrumentation: a local collector for Segment and RudderStack SDKs, a live event stream and a local store.&lt;/p&gt;&lt;p&gt;Store: %2&lt;br&gt;Configuration: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journey Connector %1&lt;/h3&gt;&lt;p&gt;Product-Analytics-Instrumentierung prüfen und debuggen: ein lokaler Collector für Segment- und RudderStack-SDKs, ein Live-Ereignisstream und ein lokaler Speicher.&lt;/p&gt;&lt;p&gt;Speicher: %2&lt;br&gt;Konfiguration: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2e9d57&quot;&gt;●&lt;/span&gt; Listening on &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;span style=&quot;color:#2e9d57&quot;&gt;●&lt;/span&gt; Lauscht auf &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Point Segment or RudderStack SDKs at %1</source>
        <translation>Richten Sie Segment- oder RudderStack-SDKs auf %1 aus</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; Collector not running</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; Collector läuft nicht</translation>
    </message>
    <message>
        <source>The collector is not listening. %1</source>
        <translation>Der Collector nimmt keine Verbindungen an. %1</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Port %1 verwenden</translation>
    </message>
    <message>
        <source>Choose port…</source>
        <translation>Port wählen…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; No store</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; Kein Speicher</translation>
    </message>
    <message>
        <source>The event store could not be opened, so nothing can be collected: %1</source>
        <translation>Der Ereignisspeicher konnte nicht geöffnet werden, daher kann nichts gesammelt werden: %1</translation>
    </message>
    <message>
        <source>Collector port</source>
        <translation>Collector-Port</translation>
    </message>
    <message>
        <source>Port for the collector on %1 (1024-65535):</source>
        <translation>Port für den Collector auf %1 (1024-65535):</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>NDJSON (*.ndjson *.jsonl);;CSV (*.csv)</source>
        <translation>NDJSON (*.ndjson *.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation>%1 Ereignisse nach %2 exportiert.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>%1 events/s · %2 received · %3 rejected</source>
        <translation>%1 Ereignisse/s · %2 empfangen · %3 abgelehnt</translation>
    </message>
    <message>
        <source> · %1 throttled</source>
        <translation> · %1 gedrosselt</translation>
    </message>
</context>
<context>
    <name>Journey::NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Journey::ParseError</name>
    <message>
        <source>line %1, column %2: </source>
        <translation>Zeile %1, Spalte %2: </translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
</context>
<context>
    <name>Journey::SegmentCodec</name>
    <message>
        <source>stored segment is damaged (%1)</source>
        <translation>gespeichertes Segment ist beschädigt (%1)</translation>
    </message>
</context>
<context>
    <name>Journey::Session</name>
    <message>
        <source>The new port is used now but could not be saved: %1</source>
        <translation>Der neue Port wird jetzt verwendet, konnte aber nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Journey::StoreConnection</name>
    <message>
        <source>%1 is a folder, not a store file</source>
        <translation>%1 ist ein Ordner, keine Speicherdatei</translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation>kein Speicher unter %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>der Speicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Journey Connector store (the file is not an SQLite database)</source>
        <translation>%1 ist kein Journey-Connector-Speicher (die Datei ist keine SQLite-Datenbank)</translation>
    </message>
</context>
<context>
    <name>Journey::StoreReader</name>
    <message>
        <source>cannot read the store: %1</source>
        <translation>der Speicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>request %1 is not in the store</source>
        <translation>Anfrage %1 ist nicht im Speicher</translation>
    </message>
    <message>
        <source>the body of request %1 is damaged</source>
        <translation>der Inhalt der Anfrage %1 ist beschädigt</translation>
    </message>
</context>
<context>
    <name>Journey::StoreSchema</name>
    <message>
        <source>cannot read the store %1: %2</source>
        <translation>der Speicher %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot update the store %1: %2</source>
        <translation>der Speicher %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>cannot upgrade the store %1 to schema %2: %3</source>
        <translation>der Speicher %1 kann nicht auf Schema %2 migriert werden: %3</translation>
    </message>
    <message>
        <source>cannot upgrade the store %1: %2</source>
        <translation>der Speicher %1 kann nicht migriert werden: %2</translation>
    </message>
</context>
<context>
    <name>Journey::StoreWriter</name>
    <message>
        <source>cannot write to the store: %1</source>
        <translation>in den Speicher kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot read the store: %1</source>
        <translation>der Speicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot store the request: %1</source>
        <translation>die Anfrage kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot store events: %1</source>
        <translation>Ereignisse können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot commit to the store: %1</source>
        <translation>Änderungen können nicht in den Speicher übernommen werden: %1</translation>
    </message>
    <message>
        <source>cannot merge segments: %1</source>
        <translation>Segmente können nicht zusammengeführt werden: %1</translation>
    </message>
    <message>
        <source>cannot clear the store: %1</source>
        <translation>der Speicher kann nicht geleert werden: %1</translation>
    </message>
</context>
<context>
    <name>journeyctl</name>
    <message>
        <source>Runs the collector without the GUI: analytics SDKs pointed at it have their events stored.
The first line on standard output is &apos;listening on http://HOST:PORT&apos;. SIGINT or SIGTERM stops it
once everything received is stored and answered.</source>
        <translation>Führt den Collector ohne GUI aus: Ereignisse von Analytics-SDKs, die auf ihn zeigen, werden gespeichert.
Die erste Zeile der Standardausgabe lautet &apos;listening on http://HOST:PORT&apos;. SIGINT oder SIGTERM beendet ihn,
sobald alles Empfangene gespeichert und beantwortet ist.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default: the config&apos;s journey.collector.listen, else 127.0.0.1:8787). Port 0 picks a free one.</source>
        <translation>Adresse und Port zum Lauschen (Standard: journey.collector.listen aus der Konfiguration, sonst 127.0.0.1:8787). Port 0 wählt einen freien Port.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storing events in %1; stop with Ctrl+C</source>
        <translation>Ereignisse werden in %1 gespeichert; beenden mit Strg+C</translation>
    </message>
    <message>
        <source>stored %1 events from %2 requests (%3 rejected)</source>
        <translation>%1 Ereignisse aus %2 Anfragen gespeichert (%3 abgelehnt)</translation>
    </message>
    <message>
        <source>The store file (default: the app&apos;s data folder).</source>
        <translation>Die Speicherdatei (Standard: der Datenordner der App).</translation>
    </message>
    <message>
        <source>The configuration file (default: the app&apos;s config folder).</source>
        <translation>Die Konfigurationsdatei (Standard: der Konfigurationsordner der App).</translation>
    </message>
    <message>
        <source>Try &apos;journeyctl %1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;journeyctl %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: journeyctl %1</source>
        <translation>Aufruf: journeyctl %1</translation>
    </message>
    <message>
        <source>Writes the store&apos;s events, oldest first, as canonical NDJSON (one Segment Spec message per line)
or CSV. Filters combine; text filters match case-insensitively anywhere in the value.</source>
        <translation>Schreibt die Ereignisse des Speichers, älteste zuerst, als kanonisches NDJSON (eine Segment-Spec-Nachricht pro Zeile)
oder CSV. Filter werden kombiniert; Textfilter treffen an beliebiger Stelle im Wert zu, ohne Groß-/Kleinschreibung zu beachten.</translation>
    </message>
    <message>
        <source>ndjson (default) or csv.</source>
        <translation>ndjson (Standard) oder csv.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Only this call type (track, identify, page, screen, group, alias); repeat for several.</source>
        <translation>Nur dieser Aufruftyp (track, identify, page, screen, group, alias); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Only events whose event or page/screen name contains TEXT.</source>
        <translation>Nur Ereignisse, deren Ereignis- oder Seiten-/Bildschirmname TEXT enthält.</translation>
    </message>
    <message>
        <source>Only events whose userId or anonymousId contains TEXT.</source>
        <translation>Nur Ereignisse, deren userId oder anonymousId TEXT enthält.</translation>
    </message>
    <message>
        <source>Only events whose JSON contains TEXT.</source>
        <translation>Nur Ereignisse, deren JSON TEXT enthält.</translation>
    </message>
    <message>
        <source>Only events with a timestamp at or after TIME (ISO-8601).</source>
        <translation>Nur Ereignisse mit einem Zeitstempel ab TIME (ISO-8601).</translation>
    </message>
    <message>
        <source>Only events with a timestamp before TIME (ISO-8601).</source>
        <translation>Nur Ereignisse mit einem Zeitstempel vor TIME (ISO-8601).</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not ndjson or csv</source>
        <translation>--format: &apos;%1&apos; ist weder ndjson noch csv</translation>
    </message>
    <message>
        <source>--type: &apos;%1&apos; is not one of track, identify, page, screen, group, alias</source>
        <translation>--type: &apos;%1&apos; ist nicht einer von track, identify, page, screen, group, alias</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not an ISO-8601 date-time</source>
        <translation>--%1: &apos;%2&apos; ist kein ISO-8601-Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>exported %1 events</source>
        <translation>%1 Ereignisse exportiert</translation>
    </message>
    <message>
        <source>Loads canonical events (Segment Spec messages) into the store: NDJSON, one message per line, or CSV
as &apos;journeyctl export --format csv&apos; writes it. Files may be gzip-compressed; &apos;-&apos; reads standard input.
All files go in together: on the first bad line nothing is stored, unless --skip-invalid is given.</source>
        <translation>Lädt kanonische Ereignisse (Segment-Spec-Nachrichten) in den Speicher: NDJSON, eine Nachricht pro Zeile, oder CSV,
wie es &apos;journeyctl export --format csv&apos; schreibt. Dateien dürfen gzip-komprimiert sein; &apos;-&apos; liest die Standardeingabe.
Alle Dateien werden gemeinsam übernommen: Bei der ersten fehlerhaften Zeile wird nichts gespeichert, außer mit --skip-invalid.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Zu importierende Dateien.</translation>
    </message>
    <message>
        <source>ndjson or csv (default: csv for *.csv files, else ndjson).</source>
        <translation>ndjson oder csv (Standard: csv für *.csv-Dateien, sonst ndjson).</translation>
    </message>
    <message>
        <source>Store the valid lines and report the invalid ones.</source>
        <translation>Gültige Zeilen speichern und ungültige melden.</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>keine Datei zum Importieren</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>… %1 events, %2 MB read, %3 s</source>
        <translation>… %1 Ereignisse, %2 MB gelesen, %3 s</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>… and %1 more invalid lines skipped</source>
        <translation>… und %1 weitere ungültige Zeilen übersprungen</translation>
    </message>
    <message>
        <source>journeyctl import: nothing was imported</source>
        <translation>journeyctl import: es wurde nichts importiert</translation>
    </message>
    <message>
        <source>imported %1 events</source>
        <translation>%1 Ereignisse importiert</translation>
    </message>
    <message>
        <source>, skipped %1 invalid lines</source>
        <translation>, %1 ungültige Zeilen übersprungen</translation>
    </message>
    <message>
        <source>%1 s, %2 events/s</source>
        <translation>%1 s, %2 Ereignisse/s</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect and debug product-analytics events.</source>
        <translation>Product-Analytics-Ereignisse prüfen und debuggen.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>Die Speicherdatei.</translation>
    </message>
    <message>
        <source>The configuration file.</source>
        <translation>Die Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Collector address (overrides the config).</source>
        <translation>Collector-Adresse (überschreibt die Konfiguration).</translation>
    </message>
    <message>
        <source>Save a PNG of the window once events are shown, then quit (docs/screenshots.sh).</source>
        <translation>Ein PNG des Fensters speichern, sobald Ereignisse angezeigt werden, dann beenden (docs/screenshots.sh).</translation>
    </message>
    <message>
        <source>Row to select before the screenshot (negative: from the end).</source>
        <translation>Vor dem Screenshot auszuwählende Zeile (negativ: vom Ende aus gezählt).</translation>
    </message>
    <message>
        <source>Initial window size.</source>
        <translation>Anfängliche Fenstergröße.</translation>
    </message>
    <message>
        <source>Journey Connector</source>
        <translation>Journey Connector</translation>
    </message>
    <message>
        <source>--listen: %1</source>
        <translation>--listen: %1</translation>
    </message>
    <message>
        <source>The configuration has a problem; defaults are used: %1</source>
        <translation>Die Konfiguration ist fehlerhaft; es werden Standardwerte verwendet: %1</translation>
    </message>
</context>
</TS>
