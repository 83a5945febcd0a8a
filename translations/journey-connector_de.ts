<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Journey</name>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>connection closed by the server before it answered</source>
        <translation>Verbindung vom Server geschlossen, bevor er geantwortet hat</translation>
    </message>
    <message>
        <source>host not found (DNS)</source>
        <translation>Host nicht gefunden (DNS)</translation>
    </message>
    <message>
        <source>no answer within the timeout</source>
        <translation>keine Antwort innerhalb des Zeitlimits</translation>
    </message>
    <message>
        <source>network unavailable</source>
        <translation>Netzwerk nicht verfügbar</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>outbox: %1</source>
        <translation>Outbox: %1</translation>
    </message>
</context>
<context>
    <name>Journey::AmplitudeProvider</name>
    <message>
        <source>%1: unknown setting (Amplitude understands %2)</source>
        <translation>%1: unbekannte Einstellung (Amplitude versteht %2)</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to %2</source>
        <translation>%1 muss eine ganze Zahl von 1 bis %2 sein</translation>
    </message>
    <message>
        <source>the event is %1 bytes as Amplitude JSON, over the limit of %2 bytes per event</source>
        <translation>das Ereignis umfasst als Amplitude-JSON %1 Bytes und überschreitet damit das Limit von %2 Bytes pro Ereignis</translation>
    </message>
    <message>
        <source>the event is %1 bytes as Amplitude JSON and does not fit in a request of %2 bytes</source>
        <translation>das Ereignis umfasst als Amplitude-JSON %1 Bytes und passt nicht in eine Anfrage von %2 Bytes</translation>
    </message>
    <message>
        <source>invalid value of %1</source>
        <translation>ungültiger Wert von %1</translation>
    </message>
    <message>
        <source>missing field %1</source>
        <translation>fehlendes Feld %1</translation>
    </message>
    <message>
        <source>id too short or too long (%1)</source>
        <translation>ID zu kurz oder zu lang (%1)</translation>
    </message>
    <message>
        <source>Amplitude silenced the device (%1)</source>
        <translation>Amplitude hat das Gerät stummgeschaltet (%1)</translation>
    </message>
    <message>
        <source>the user or device is over Amplitude&apos;s daily event quota</source>
        <translation>der Benutzer oder das Gerät hat das tägliche Ereigniskontingent von Amplitude überschritten</translation>
    </message>
    <message>
        <source>Amplitude throttled the user or device</source>
        <translation>Amplitude hat den Benutzer oder das Gerät gedrosselt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a value Amplitude refuses as an id</source>
        <translation>&quot;%1&quot; ist ein Wert, den Amplitude als ID ablehnt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is shorter than the minimum id length of %2 (setting minIdLength)</source>
        <translation>&quot;%1&quot; ist kürzer als die minimale ID-Länge von %2 (Einstellung minIdLength)</translation>
    </message>
    <message>
        <source>the id is longer than %1 characters</source>
        <translation>die ID ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the event has neither userId nor anonymousId</source>
        <translation>das Ereignis hat weder userId noch anonymousId</translation>
    </message>
    <message>
        <source>the event has no id Amplitude accepts (%1)</source>
        <translation>das Ereignis hat keine ID, die Amplitude akzeptiert (%1)</translation>
    </message>
    <message>
        <source>%1; the id was left out</source>
        <translation>%1; die ID wurde weggelassen</translation>
    </message>
    <message>
        <source>integrations.%1.session_id is not a time in milliseconds; no session_id was sent</source>
        <translation>integrations.%1.session_id ist keine Zeitangabe in Millisekunden; es wurde keine session_id gesendet</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; is not a number; Amplitude&apos;s %2 field was left empty</source>
        <translation>Eigenschaft &quot;%1&quot; ist keine Zahl; das Amplitude-Feld %2 blieb leer</translation>
    </message>
    <message>
        <source>Amplitude keeps at most %1 characters per string; cut: %2</source>
        <translation>Amplitude speichert höchstens %1 Zeichen pro Zeichenkette; gekürzt: %2</translation>
    </message>
    <message>
        <source>Amplitude&apos;s $identify and $groupidentify events keep no event properties; not sent: %1</source>
        <translation>die Amplitude-Ereignisse $identify und $groupidentify speichern keine Ereigniseigenschaften; nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Amplitude&apos;s ingestion API has no alias: merging user ids needs its /usermap API (Portfolio add-on), which the connector does not call; events carrying both userId and anonymousId link them</source>
        <translation>die Ingestion-API von Amplitude kennt kein Alias: Zum Zusammenführen von Benutzer-IDs ist die /usermap-API (Portfolio-Add-on) nötig, die der Connector nicht aufruft; Ereignisse, die sowohl userId als auch anonymousId enthalten, verknüpfen beide</translation>
    </message>
    <message>
        <source>the event has no valid timestamp</source>
        <translation>das Ereignis hat keinen gültigen Zeitstempel</translation>
    </message>
    <message>
        <source>a track call needs an event name</source>
        <translation>ein Track-Aufruf benötigt einen Ereignisnamen</translation>
    </message>
    <message>
        <source>a group call needs a groupId</source>
        <translation>ein Group-Aufruf benötigt eine groupId</translation>
    </message>
    <message>
        <source>unknown event type</source>
        <translation>unbekannter Ereignistyp</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n $groupidentify event(s)</source>
        <translation>
            <numerusform>%1: %n $groupidentify-Ereignis</numerusform>
            <numerusform>%1: %n $groupidentify-Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n Ereignis</numerusform>
            <numerusform>%1: %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Amplitude refused %n event(s) of the request; the others are sent again</source>
        <translation>
            <numerusform>Amplitude hat %n Ereignis der Anfrage abgelehnt; die übrigen werden erneut gesendet</numerusform>
            <numerusform>Amplitude hat %n Ereignisse der Anfrage abgelehnt; die übrigen werden erneut gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journey::AnalysisPage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>No events yet — import some with journeyctl import or generate demo data: journeyctl generate --import</source>
        <translation>Noch keine Ereignisse — importieren Sie welche mit journeyctl import oder erzeugen Sie Demodaten: journeyctl generate --import</translation>
    </message>
    <message>
        <source>Stop the running query (Esc)</source>
        <translation>Laufende Abfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Run the query (Enter)</source>
        <translation>Abfrage ausführen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Save the result as CSV</source>
        <translation>Ergebnis als CSV speichern</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Speicher wird gelesen…</translation>
    </message>
    <message>
        <source>Choose what to look at, then Run.</source>
        <translation>Wählen Sie aus, was untersucht werden soll, und klicken Sie dann auf „Ausführen“.</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Der Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelled: the result on display is the previous one.</source>
        <translation>Abgebrochen: Angezeigt wird das vorherige Ergebnis.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>there is no result to export yet</source>
        <translation>es gibt noch kein Ergebnis zum Exportieren</translation>
    </message>
    <message>
        <source>there is no chart to export yet</source>
        <translation>es gibt noch kein Diagramm zum Exportieren</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
</context>
<context>
    <name>Journey::AnalysisReportWriter</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>From first</source>
        <translation>Ab Schritt 1</translation>
    </message>
    <message>
        <source>From prev.</source>
        <translation>Ab vorh.</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Medianzeit</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>D</source>
        <comment>day offset in a retention table</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>W</source>
        <comment>week offset in a retention table</comment>
        <translation>W</translation>
    </message>
    <message>
        <source>M</source>
        <comment>month offset in a retention table</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>seconds</comment>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <comment>minutes and seconds</comment>
        <translation>%1m %2s</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <comment>hours and minutes</comment>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <comment>days and hours</comment>
        <translation>%1d %2h</translation>
    </message>
    <message numerus="yes">
        <source>Funnel: %1 steps (%2), conversion window %3; %n user(s) entered</source>
        <translation>
            <numerusform>Trichter: %1 Schritte (%2), Konversionsfenster %3; %n Benutzer eingestiegen</numerusform>
            <numerusform>Trichter: %1 Schritte (%2), Konversionsfenster %3; %n Benutzer eingestiegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every step of a conversion has the same %1.</source>
        <translation>Jeder Schritt einer Konversion hat denselben Wert von %1.</translation>
    </message>
    <message>
        <source>Excluded: %1 between steps %2 and %3.</source>
        <translation>Ausgeschlossen: %1 zwischen den Schritten %2 und %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 = %2 (%3): %n user(s) entered</source>
        <translation>
            <numerusform>%1 = %2 (%3): %n Benutzer eingestiegen</numerusform>
            <numerusform>%1 = %2 (%3): %n Benutzer eingestiegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more value(s) of %1 (csv and json have them all)</source>
        <translation>
            <numerusform>… und %n weiterer Wert von %1 (csv und json enthalten alle)</numerusform>
            <numerusform>… und %n weitere Werte von %1 (csv und json enthalten alle)</numerusform>
        </translation>
    </message>
    <message>
        <source>any event</source>
        <translation>beliebiges Ereignis</translation>
    </message>
    <message>
        <source>Retention by %1: cohorts by first %2; cells: %3 in %1 N, as % of the cohort (%4 is the cohort&apos;s own)</source>
        <translation>Retention pro %1: Kohorten nach erstem %2; Zellen: %3 in %1 N, in % der Kohorte (%4 ist der eigene Zeitraum der Kohorte)</translation>
    </message>
    <message>
        <source>Retention by %1: cohorts by first %2; cells: %3 in %1 N or later, as % of the cohort (%4 is the cohort&apos;s own)</source>
        <translation>Retention pro %1: Kohorten nach erstem %2; Zellen: %3 in %1 N oder später, in % der Kohorte (%4 ist der eigene Zeitraum der Kohorte)</translation>
    </message>
    <message>
        <source>No cohorts: nobody did %1 in the time range.</source>
        <translation>Keine Kohorten: Im Zeitraum hat niemand %1 ausgelöst.</translation>
    </message>
    <message numerus="yes">
        <source>%1 = %2: %n user(s)</source>
        <translation>
            <numerusform>%1 = %2: %n Benutzer</numerusform>
            <numerusform>%1 = %2: %n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Trends: events per %1</source>
        <translation>Trends: Ereignisse pro %1</translation>
    </message>
    <message>
        <source>Trends: unique persons per %1</source>
        <translation>Trends: eindeutige Personen pro %1</translation>
    </message>
    <message>
        <source>No events in the time range.</source>
        <translation>Keine Ereignisse im Zeitraum.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>Journey::AnalysisService</name>
    <message>
        <source>reading the store</source>
        <translation>Speicher wird gelesen</translation>
    </message>
    <message>
        <source>loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>wird berechnet</translation>
    </message>
    <message>
        <source>that funnel is no longer the latest; run it again</source>
        <translation>dieser Trichter ist nicht mehr der aktuelle; führen Sie ihn erneut aus</translation>
    </message>
</context>
<context>
    <name>Journey::AnalysisSnapshotBuilder</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Journey::AnalyticsEndpointMatcher</name>
    <message>
        <source>&quot;%1&quot; is not HOST=PROVIDER (e.g. dataplane.example.com=rudderstack)</source>
        <translation>&quot;%1&quot; hat nicht die Form HOST=PROVIDER (z. B. dataplane.example.com=rudderstack)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (a host, &quot;*.domain&quot; for its subdomains, or host:port)</source>
        <translation>&quot;%1&quot; ist kein Hostname (ein Host, &quot;*.domain&quot; für seine Subdomains oder host:port)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of segment, rudderstack, mixpanel, amplitude, posthog, ga4, heap, collector</source>
        <translation>&quot;%1&quot; ist keiner von segment, rudderstack, mixpanel, amplitude, posthog, ga4, heap, collector</translation>
    </message>
</context>
<context>
    <name>Journey::CaptureDiffEngine</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Funnel step %1 (%2): neither capture has this event.</source>
        <translation>Trichterschritt %1 (%2): Keiner der beiden Mitschnitte enthält dieses Ereignis.</translation>
    </message>
    <message>
        <source>Funnel step %1 (%2): no conversion to compare, nobody reached step %3 in either capture.</source>
        <translation>Trichterschritt %1 (%2): keine Konversion zum Vergleichen, in keinem der beiden Mitschnitte hat jemand Schritt %3 erreicht.</translation>
    </message>
    <message>
        <source>Funnel step %1 (%2): no conversion to compare, nobody reached step %3 in the baseline.</source>
        <translation>Trichterschritt %1 (%2): keine Konversion zum Vergleichen, in der Referenz hat niemand Schritt %3 erreicht.</translation>
    </message>
    <message>
        <source>Funnel step %1 (%2): no conversion to compare, nobody reached step %3 in the candidate.</source>
        <translation>Trichterschritt %1 (%2): keine Konversion zum Vergleichen, im Kandidaten hat niemand Schritt %3 erreicht.</translation>
    </message>
</context>
<context>
    <name>Journey::CaptureDiffFinding</name>
    <message>
        <source>Event added</source>
        <translation>Ereignis hinzugekommen</translation>
    </message>
    <message>
        <source>Event removed</source>
        <translation>Ereignis entfernt</translation>
    </message>
    <message>
        <source>Property added</source>
        <translation>Eigenschaft hinzugekommen</translation>
    </message>
    <message>
        <source>Property removed</source>
        <translation>Eigenschaft entfernt</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>Required property missing</source>
        <translation>Pflichteigenschaft fehlt</translation>
    </message>
    <message>
        <source>Coverage drop</source>
        <translation>Abdeckung gesunken</translation>
    </message>
    <message>
        <source>Coverage rise</source>
        <translation>Abdeckung gestiegen</translation>
    </message>
    <message>
        <source>Volume change</source>
        <translation>Volumenänderung</translation>
    </message>
    <message>
        <source>Conversion drop</source>
        <translation>Konversion gesunken</translation>
    </message>
    <message>
        <source>Conversion rise</source>
        <translation>Konversion gestiegen</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>new in the candidate: %1</source>
        <translation>neu im Kandidaten: %1</translation>
    </message>
    <message>
        <source>gone from the candidate (the baseline has %1)</source>
        <translation>im Kandidaten nicht mehr vorhanden (die Referenz hat %1)</translation>
    </message>
    <message>
        <source>%1 is new (on %2 of the events)</source>
        <translation>%1 ist neu (bei %2 der Ereignisse)</translation>
    </message>
    <message>
        <source>%1 is gone (was on %2 of the events)</source>
        <translation>%1 ist weggefallen (war bei %2 der Ereignisse)</translation>
    </message>
    <message>
        <source>%1 changed type: %2 → %3</source>
        <translation>%1 hat den Typ geändert: %2 → %3</translation>
    </message>
    <message>
        <source>%1 was on every event, now on %2 of them</source>
        <translation>%1 war bei jedem Ereignis vorhanden, jetzt nur noch bei %2</translation>
    </message>
    <message>
        <source>%1 is on fewer events: %2 → %3 (%4 points)</source>
        <translation>%1 ist bei weniger Ereignissen vorhanden: %2 → %3 (%4 Prozentpunkte)</translation>
    </message>
    <message>
        <source>%1 is on more events: %2 → %3 (%4 points)</source>
        <translation>%1 ist bei mehr Ereignissen vorhanden: %2 → %3 (%4 Prozentpunkte)</translation>
    </message>
    <message>
        <source>%1 → %2 events (%3% of its share of all events)</source>
        <translation>%1 → %2 Ereignisse (%3 % beim Anteil an allen Ereignissen)</translation>
    </message>
    <message>
        <source>%1 → %2 events (%3%)</source>
        <translation>%1 → %2 Ereignisse (%3 %)</translation>
    </message>
    <message>
        <source>step %1 converts less: %2 → %3 of the previous step (%4 points)</source>
        <translation>Schritt %1 konvertiert schlechter: %2 → %3 des vorherigen Schritts (%4 Prozentpunkte)</translation>
    </message>
    <message>
        <source>step %1 converts more: %2 → %3 of the previous step (%4 points)</source>
        <translation>Schritt %1 konvertiert besser: %2 → %3 des vorherigen Schritts (%4 Prozentpunkte)</translation>
    </message>
    <message numerus="yes">
        <source>(and %n nested path(s))</source>
        <translation>
            <numerusform>(und %n verschachtelter Pfad)</numerusform>
            <numerusform>(und %n verschachtelte Pfade)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journey::CaptureDiffModel</name>
    <message>
        <source>Event / finding</source>
        <translation>Ereignis / Befund</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Baseline (A)</source>
        <translation>Referenz (A)</translation>
    </message>
    <message>
        <source>Candidate (B)</source>
        <translation>Kandidat (B)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 event(s) in the baseline, %3 in the candidate; %n property path(s)</source>
        <translation>
            <numerusform>%1: %2 Ereignis(se) in der Referenz, %3 im Kandidaten; %n Eigenschaftspfad</numerusform>
            <numerusform>%1: %2 Ereignis(se) in der Referenz, %3 im Kandidaten; %n Eigenschaftspfade</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · added</source>
        <translation>%1 · hinzugekommen</translation>
    </message>
    <message>
        <source>%1 · removed</source>
        <translation>%1 · entfernt</translation>
    </message>
    <message>
        <source>Funnel step %1: users who reached it, and the share of the previous step&apos;s users</source>
        <translation>Trichterschritt %1: Benutzer, die ihn erreicht haben, und der Anteil an den Benutzern des vorherigen Schritts</translation>
    </message>
    <message>
        <source>Funnel step %1: %2</source>
        <translation>Trichterschritt %1: %2</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>Trichter</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> Pkt.</translation>
    </message>
    <message>
        <source>%1 (+%2 nested)</source>
        <translation>%1 (+%2 verschachtelt)</translation>
    </message>
    <message>
        <source>sent by the candidate only</source>
        <translation>nur vom Kandidaten gesendet</translation>
    </message>
    <message>
        <source>sent by the baseline only</source>
        <translation>nur von der Referenz gesendet</translation>
    </message>
    <message>
        <source>number of events</source>
        <translation>Anzahl der Ereignisse</translation>
    </message>
    <message>
        <source>conversion from step %1</source>
        <translation>Konversion ab Schritt %1</translation>
    </message>
</context>
<context>
    <name>Journey::CaptureDiffOptions</name>
    <message>
        <source>%1: expected an array of strings</source>
        <translation>%1: Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 step(s), and a funnel has %3 to %4, separated by &apos;&gt;&apos; (&quot;A&gt;B&gt;C&quot;)</source>
        <translation>&quot;%1&quot; hat %2 Schritt(e), ein Trichter hat aber %3 bis %4, getrennt durch &apos;&gt;&apos; (&quot;A&gt;B&gt;C&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a number of 0 or more</source>
        <translation>%1 muss eine Zahl von 0 oder mehr sein</translation>
    </message>
    <message>
        <source>minimumEvents must be 0 or more</source>
        <translation>minimumEvents muss 0 oder mehr sein</translation>
    </message>
    <message>
        <source>%1: unknown member &quot;%2&quot; (known: %3)</source>
        <translation>%1: unbekanntes Element &quot;%2&quot; (bekannt: %3)</translation>
    </message>
    <message>
        <source>%1: %2: expected a number of 0 or more</source>
        <translation>%1: %2: Zahl von 0 oder mehr erwartet</translation>
    </message>
    <message>
        <source>%1: normalizeVolume: expected true or false</source>
        <translation>%1: normalizeVolume: true oder false erwartet</translation>
    </message>
    <message>
        <source>%1: minimumEvents: expected a whole number of 0 or more</source>
        <translation>%1: minimumEvents: ganze Zahl von 0 oder mehr erwartet</translation>
    </message>
    <message>
        <source>%1: failOn: &quot;%2&quot; is not a kind of finding (%3)</source>
        <translation>%1: failOn: &quot;%2&quot; ist keine Art von Befund (%3)</translation>
    </message>
    <message>
        <source>%1: funnel: expected {&quot;steps&quot;: &quot;A&gt;B&gt;C&quot;, &quot;window&quot;: &quot;7d&quot;}</source>
        <translation>%1: funnel: {&quot;steps&quot;: &quot;A&gt;B&gt;C&quot;, &quot;window&quot;: &quot;7d&quot;} erwartet</translation>
    </message>
    <message>
        <source>%1: funnel: window: expected a duration such as &quot;7d&quot; or &quot;12h&quot;</source>
        <translation>%1: funnel: window: Dauer wie &quot;7d&quot; oder &quot;12h&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: funnel: order: expected ordered, strict or any</source>
        <translation>%1: funnel: order: ordered, strict oder any erwartet</translation>
    </message>
    <message>
        <source>%1: cannot read the thresholds file: %2</source>
        <translation>%1: die Schwellenwertdatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1:1: expected a JSON object of thresholds</source>
        <translation>%1:1: JSON-Objekt mit Schwellenwerten erwartet</translation>
    </message>
</context>
<context>
    <name>Journey::CaptureDiffReportWriter</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>%1 → %2 users</source>
        <translation>%1 → %2 Benutzer</translation>
    </message>
    <message>
        <source>conversion from the previous step %1 → %2 (%3 points)</source>
        <translation>Konversion ab dem vorherigen Schritt %1 → %2 (%3 Prozentpunkte)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) beyond the thresholds</source>
        <translation>
            <numerusform>%n Änderung über den Schwellenwerten</numerusform>
            <numerusform>%n Änderungen über den Schwellenwerten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new, %n event(s)</source>
        <translation>
            <numerusform>neu, %n Ereignis</numerusform>
            <numerusform>neu, %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gone, had %n event(s)</source>
        <translation>
            <numerusform>weggefallen, hatte %n Ereignis</numerusform>
            <numerusform>weggefallen, hatte %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 events</source>
        <translation>%1 → %2 Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Drift: %1</translation>
    </message>
    <message>
        <source>No drift beyond the thresholds: %1</source>
        <translation>Keine Drift über die Schwellenwerte hinaus: %1</translation>
    </message>
    <message>
        <source>Capture diff: %1 → %2</source>
        <translation>Mitschnittvergleich: %1 → %2</translation>
    </message>
    <message>
        <source>Thresholds: volume ±%1% (%2), coverage ±%3 points, conversion ±%4 points</source>
        <translation>Schwellenwerte: Volumen ±%1 % (%2), Abdeckung ±%3 Prozentpunkte, Konversion ±%4 Prozentpunkte</translation>
    </message>
    <message>
        <source>share of all events</source>
        <translation>Anteil an allen Ereignissen</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Neither capture has events.</source>
        <translation>Keiner der beiden Mitschnitte enthält Ereignisse.</translation>
    </message>
    <message>
        <source>Funnel %1 (%2, %3 window):</source>
        <translation>Trichter %1 (%2, Fenster %3):</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>capture diff: %1 → %2</source>
        <translation>Mitschnittvergleich: %1 → %2</translation>
    </message>
</context>
<context>
    <name>Journey::CaptureEventModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (unvollständig)</translation>
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
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>Journey::CaptureFile</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>not valid JSON at column %1: %2</source>
        <translation>kein gültiges JSON in Spalte %1: %2</translation>
    </message>
    <message>
        <source>journeyCapture: the header must be the first line, and only once</source>
        <translation>journeyCapture: der Header muss die erste Zeile sein und darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>journeyCapture: expected the format version, a whole number (%1)</source>
        <translation>journeyCapture: Formatversion als ganze Zahl erwartet (%1)</translation>
    </message>
    <message>
        <source>journeyCapture: format version %1 is newer than this program reads (%2)</source>
        <translation>journeyCapture: Formatversion %1 ist neuer als die, die dieses Programm lesen kann (%2)</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>createdAt: not an ISO-8601 date-time: %1</source>
        <translation>createdAt: kein ISO-8601-Datum mit Uhrzeit: %1</translation>
    </message>
    <message>
        <source>request: expected an object</source>
        <translation>request: Objekt erwartet</translation>
    </message>
    <message>
        <source>request.%1: missing</source>
        <translation>request.%1: fehlt</translation>
    </message>
    <message>
        <source>request.%1: expected a string</source>
        <translation>request.%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>request.receivedAt: not an ISO-8601 date-time: %1</source>
        <translation>request.receivedAt: kein ISO-8601-Datum mit Uhrzeit: %1</translation>
    </message>
    <message>
        <source>request.source: unknown provider format %1</source>
        <translation>request.source: unbekanntes Anbieterformat %1</translation>
    </message>
    <message>
        <source>request.path: expected a path starting with /, got %1</source>
        <translation>request.path: Pfad beginnend mit / erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>request.headers: expected an array of [name, value] pairs</source>
        <translation>request.headers: Array aus [name, value]-Paaren erwartet</translation>
    </message>
    <message>
        <source>request.headers[%1]: expected a [name, value] pair of strings</source>
        <translation>request.headers[%1]: [name, value]-Paar aus Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>request.%1: expected a whole number of 0 or more</source>
        <translation>request.%1: ganze Zahl von 0 oder mehr erwartet</translation>
    </message>
    <message>
        <source>request.body: expected a string</source>
        <translation>request.body: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>request.bodyBase64: expected base64 text</source>
        <translation>request.bodyBase64: Base64-Text erwartet</translation>
    </message>
    <message>
        <source>request.events: %1 events follow, but the request carried %2 (eventCount)</source>
        <translation>request.events: %1 Ereignisse folgen, aber die Anfrage enthielt %2 (eventCount)</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>the request on line %1 says %2 events follow it, but only %3 do</source>
        <translation>laut der Anfrage in Zeile %1 folgen ihr %2 Ereignisse, es sind aber nur %3</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: gzip-compressed, but it does not decompress: %2</source>
        <translation>%1: gzip-komprimiert, lässt sich aber nicht dekomprimieren: %2</translation>
    </message>
    <message>
        <source>cannot write the capture: %1</source>
        <translation>der Mitschnitt kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Journey::CapturesView</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Import HAR…</source>
        <translation>HAR importieren…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Replay…</source>
        <translation>Wiedergeben…</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Record everything the collector receives from now on into a new capture file</source>
        <translation>Alles, was der Collector ab jetzt empfängt, in einer neuen Mitschnittdatei aufzeichnen</translation>
    </message>
    <message>
        <source>Open a capture file or canonical NDJSON (what journeyctl export writes)</source>
        <translation>Eine Mitschnittdatei oder kanonisches NDJSON öffnen (was journeyctl export schreibt)</translation>
    </message>
    <message>
        <source>Import the analytics requests of a browser HAR file as a capture</source>
        <translation>Die Analytics-Anfragen einer HAR-Datei aus dem Browser als Mitschnitt importieren</translation>
    </message>
    <message>
        <source>Save the open capture elsewhere (a name ending in .gz is compressed)</source>
        <translation>Den geöffneten Mitschnitt an anderer Stelle speichern (ein Name mit der Endung .gz wird komprimiert)</translation>
    </message>
    <message>
        <source>Send the open capture again: to a provider, the collector or a URL</source>
        <translation>Den geöffneten Mitschnitt erneut senden: an einen Anbieter, den Collector oder eine URL</translation>
    </message>
    <message>
        <source>Compare the open capture (as the baseline) with another capture file</source>
        <translation>Den geöffneten Mitschnitt (als Referenz) mit einer anderen Mitschnittdatei vergleichen</translation>
    </message>
    <message>
        <source>Delete the selected capture file</source>
        <translation>Die ausgewählte Mitschnittdatei löschen</translation>
    </message>
    <message>
        <source>%1 could not be created</source>
        <translation>%1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Capture files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mitschnittdateien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record traffic, open a capture file or import a HAR file. Capture files live in %1.</source>
        <translation>Datenverkehr aufzeichnen, eine Mitschnittdatei öffnen oder eine HAR-Datei importieren. Mitschnittdateien liegen in %1.</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Aufzeichnung beenden</translation>
    </message>
    <message>
        <source>Recording: nothing received yet</source>
        <translation>Aufzeichnung: noch nichts empfangen</translation>
    </message>
    <message>
        <source>Recording: %1 received</source>
        <translation>Aufzeichnung: %1 empfangen</translation>
    </message>
    <message>
        <source>Recording stopped: nothing was received, no capture saved</source>
        <translation>Aufzeichnung beendet: Es wurde nichts empfangen, kein Mitschnitt gespeichert</translation>
    </message>
    <message>
        <source>Recording of %1</source>
        <translation>Aufzeichnung vom %1</translation>
    </message>
    <message>
        <source>Saving the recording</source>
        <translation>Speichern der Aufzeichnung</translation>
    </message>
    <message>
        <source>Saving the capture</source>
        <translation>Speichern des Mitschnitts</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation>%1 geöffnet: %2</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>%1 has no analytics request that could be imported (%2 looked at).</source>
        <translation>%1 enthält keine Analytics-Anfrage, die importiert werden könnte (%2 geprüft).</translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3 not recognised</source>
        <translation>%1 aus %2 importiert: %3 nicht erkannt</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Mitschnitte</translation>
    </message>
    <message>
        <source> (%1 incomplete: sent in Segment&apos;s format on replay)</source>
        <translation> (%1 unvollständig: werden bei der Wiedergabe im Segment-Format gesendet)</translation>
    </message>
    <message>
        <source> · from %1</source>
        <translation> · Herkunft: %1</translation>
    </message>
    <message>
        <source> · made %1</source>
        <translation> · erstellt %1</translation>
    </message>
    <message>
        <source> · events from %1 to %2</source>
        <translation> · Ereignisse von %1 bis %2</translation>
    </message>
    <message>
        <source>Open a capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>Captures and canonical NDJSON (*.jsonl *.jsonl.gz *.ndjson *.ndjson.gz *.json);;All files (*)</source>
        <translation>Mitschnitte und kanonisches NDJSON (*.jsonl *.jsonl.gz *.ndjson *.ndjson.gz *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a HAR file</source>
        <translation>HAR-Datei importieren</translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>HAR-Dateien (*.har *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save a copy of the capture</source>
        <translation>Kopie des Mitschnitts speichern</translation>
    </message>
    <message>
        <source>Capture files (*.jsonl);;Compressed capture files (*.jsonl.gz)</source>
        <translation>Mitschnittdateien (*.jsonl);;Komprimierte Mitschnittdateien (*.jsonl.gz)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopie in %1 gespeichert</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Compare with (the candidate)</source>
        <translation>Vergleichen mit (Kandidat)</translation>
    </message>
    <message>
        <source>Delete capture</source>
        <translation>Mitschnitt löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Deleting failed</source>
        <translation>Löschen fehlgeschlagen</translation>
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
    <name>Journey::CohortView</name>
    <message>
        <source>The %1 needs an event.</source>
        <translation>Wählen Sie ein Ereignis als %1.</translation>
    </message>
    <message>
        <source>The %1: %2</source>
        <translation>Das %1: %2</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Each cohort in the chart</source>
        <translation>Jede Kohorte im Diagramm</translation>
    </message>
    <message>
        <source>A person&apos;s cohort is the period of their first such event. Conditions go in brackets: Signed Up[plan=pro]</source>
        <translation>Die Kohorte einer Person ist der Zeitraum ihres ersten solchen Ereignisses. Bedingungen stehen in eckigen Klammern: Signed Up[plan=pro]</translation>
    </message>
    <message>
        <source>What counts as coming back: an event, or any event</source>
        <translation>Was als Rückkehr zählt: ein bestimmtes Ereignis oder ein beliebiges Ereignis</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Calendar periods in UTC; weeks start on Monday</source>
        <translation>Kalenderzeiträume in UTC; Wochen beginnen am Montag</translation>
    </message>
    <message>
        <source>How many periods to follow each cohort for, the cohort&apos;s own period included</source>
        <translation>Wie viele Zeiträume jede Kohorte verfolgt wird, einschließlich ihres eigenen Zeitraums</translation>
    </message>
    <message>
        <source>In that period</source>
        <translation>In diesem Zeitraum</translation>
    </message>
    <message>
        <source>A person counts in period N when they came back in period N</source>
        <translation>Eine Person zählt in Zeitraum N, wenn sie in Zeitraum N zurückgekehrt ist</translation>
    </message>
    <message>
        <source>In that period or later</source>
        <translation>In diesem Zeitraum oder später</translation>
    </message>
    <message>
        <source>A person counts in period N when they came back in period N or any later one</source>
        <translation>Eine Person zählt in Zeitraum N, wenn sie in Zeitraum N oder einem späteren zurückgekehrt ist</translation>
    </message>
    <message>
        <source>property, e.g. traits.plan</source>
        <translation>Eigenschaft, z. B. traits.plan</translation>
    </message>
    <message>
        <source>Split the cohorts by a property&apos;s value at the first cohort event (or the person&apos;s own, for traits.*)</source>
        <translation>Kohorten nach dem Wert einer Eigenschaft beim ersten Kohortenereignis aufteilen (bei traits.* nach dem eigenen Wert der Person)</translation>
    </message>
    <message>
        <source>Draw each cohort&apos;s curve faintly behind the average</source>
        <translation>Die Kurve jeder Kohorte blass hinter dem Durchschnitt zeichnen</translation>
    </message>
    <message>
        <source>Cohort event:</source>
        <translation>Kohortenereignis:</translation>
    </message>
    <message>
        <source>Return event:</source>
        <translation>Rückkehrereignis:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Zeiträume:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Zählung:</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>Aufschlüsselung:</translation>
    </message>
    <message>
        <source>cohort event</source>
        <translation>Kohortenereignis</translation>
    </message>
    <message>
        <source>return event</source>
        <translation>Rückkehrereignis</translation>
    </message>
    <message>
        <source>Breakdown: &quot;%1&quot; is not a property (write a name such as plan, or a path such as traits.plan).</source>
        <translation>Aufschlüsselung: &quot;%1&quot; ist keine Eigenschaft (schreiben Sie einen Namen wie plan oder einen Pfad wie traits.plan).</translation>
    </message>
    <message>
        <source>This retention query cannot run: %1.</source>
        <translation>Diese Retention-Abfrage kann nicht ausgeführt werden: %1.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2 (%3)</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>beliebiges Ereignis</translation>
    </message>
    <message>
        <source>Cohorts by first %1, back with %2 · cohorts: %3 · people: %4</source>
        <translation>Kohorten nach erstem %1, Rückkehr mit %2 · Kohorten: %3 · Personen: %4</translation>
    </message>
    <message>
        <source>Average, %1 = %2</source>
        <translation>Durchschnitt, %1 = %2</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
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
    <message>
        <source>expected a variant name, got an empty string</source>
        <translation>Variantenname erwartet, erhalten: leere Zeichenkette</translation>
    </message>
    <message>
        <source>expected true, false, a variant name or an object with enabled, variant and payload, got %1</source>
        <translation>true, false, ein Variantenname oder ein Objekt mit enabled, variant und payload erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1: unknown key; expected one of: enabled, variant, payload</source>
        <translation>%1: unbekannter Schlüssel; erwartet wird einer von: enabled, variant, payload</translation>
    </message>
    <message>
        <source>enabled: expected true or false, got %1</source>
        <translation>enabled: true oder false erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>variant: expected a non-empty string, got %1</source>
        <translation>variant: nicht leere Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>variant: a disabled flag has no variant</source>
        <translation>variant: ein deaktiviertes Flag hat keine Variante</translation>
    </message>
    <message>
        <source>payload: a disabled flag has no payload</source>
        <translation>payload: ein deaktiviertes Flag hat keinen Payload</translation>
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
    <name>Journey::CompareJob</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Journey::CompareView</name>
    <message>
        <source>The candidate sends an event the baseline does not.</source>
        <translation>Der Kandidat sendet ein Ereignis, das die Referenz nicht sendet.</translation>
    </message>
    <message>
        <source>The baseline sends this event and the candidate does not: reports, funnels and destinations built on it stop receiving data.</source>
        <translation>Die Referenz sendet dieses Ereignis, der Kandidat nicht: Berichte, Trichter und Ziele, die darauf aufbauen, erhalten keine Daten mehr.</translation>
    </message>
    <message>
        <source>The candidate&apos;s events carry a property path the baseline&apos;s never did.</source>
        <translation>Die Ereignisse des Kandidaten enthalten einen Eigenschaftspfad, den die der Referenz nie enthielten.</translation>
    </message>
    <message>
        <source>The baseline&apos;s events carried this property path and none of the candidate&apos;s do.</source>
        <translation>Die Ereignisse der Referenz enthielten diesen Eigenschaftspfad, keines der Ereignisse des Kandidaten enthält ihn.</translation>
    </message>
    <message>
        <source>The set of JSON types seen for the property differs: destinations with a typed schema may reject or mistype the values.</source>
        <translation>Die Menge der für die Eigenschaft gesehenen JSON-Typen unterscheidet sich: Ziele mit typisiertem Schema können die Werte ablehnen oder falsch typisieren.</translation>
    </message>
    <message>
        <source>Every one of the baseline&apos;s events had this property; some of the candidate&apos;s do not. Any drop counts, whatever the coverage threshold.</source>
        <translation>Jedes Ereignis der Referenz hatte diese Eigenschaft, einige Ereignisse des Kandidaten nicht. Jeder Rückgang zählt, unabhängig vom Schwellenwert für die Abdeckung.</translation>
    </message>
    <message>
        <source>The share of the event&apos;s events that carry the property changed by more than the coverage threshold of ±%1 points.</source>
        <translation>Der Anteil der Ereignisse dieses Ereignistyps, die die Eigenschaft enthalten, hat sich um mehr als den Abdeckungs-Schwellenwert von ±%1 Prozentpunkten geändert.</translation>
    </message>
    <message>
        <source>The event&apos;s share of all events changed by more than the volume threshold of ±%1% (relative change).</source>
        <translation>Der Anteil des Ereignisses an allen Ereignissen hat sich um mehr als den Volumen-Schwellenwert von ±%1 % geändert (relative Änderung).</translation>
    </message>
    <message>
        <source>The event&apos;s count changed by more than the volume threshold of ±%1% (relative change).</source>
        <translation>Die Anzahl des Ereignisses hat sich um mehr als den Volumen-Schwellenwert von ±%1 % geändert (relative Änderung).</translation>
    </message>
    <message>
        <source>The share of the previous step&apos;s users who reach this step changed by more than the conversion threshold of ±%1 points.</source>
        <translation>Der Anteil der Benutzer des vorherigen Schritts, die diesen Schritt erreichen, hat sich um mehr als den Konversions-Schwellenwert von ±%1 Prozentpunkten geändert.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Normalise by all events</source>
        <translation>Nach allen Ereignissen normalisieren</translation>
    </message>
    <message>
        <source>Show unchanged events</source>
        <translation>Unveränderte Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>A capture file or canonical NDJSON (.ndjson, .gz)</source>
        <translation>Eine Mitschnittdatei oder kanonisches NDJSON (.ndjson, .gz)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Baseline (A):</source>
        <translation>&amp;Referenz (A):</translation>
    </message>
    <message>
        <source>Baseline capture</source>
        <translation>Referenz-Mitschnitt</translation>
    </message>
    <message>
        <source>Ca&amp;ndidate (B):</source>
        <translation>Ka&amp;ndidat (B):</translation>
    </message>
    <message>
        <source>Candidate capture</source>
        <translation>Kandidaten-Mitschnitt</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Make the candidate the baseline and the baseline the candidate</source>
        <translation>Den Kandidaten zur Referenz und die Referenz zum Kandidaten machen</translation>
    </message>
    <message>
        <source>Compare what the candidate sends with the baseline</source>
        <translation>Vergleichen, was der Kandidat sendet, mit der Referenz</translation>
    </message>
    <message>
        <source>&amp;Volume ±</source>
        <translation>V&amp;olumen ±</translation>
    </message>
    <message>
        <source>An event&apos;s count may change by this many percent before it counts as drift</source>
        <translation>Um so viel Prozent darf sich die Anzahl eines Ereignisses ändern, bevor es als Drift gilt</translation>
    </message>
    <message>
        <source>C&amp;overage ±</source>
        <translation>A&amp;bdeckung ±</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> Pkt.</translation>
    </message>
    <message>
        <source>A property&apos;s share of its event&apos;s events may change by this many percentage points</source>
        <translation>Um so viele Prozentpunkte darf sich der Anteil einer Eigenschaft an den Ereignissen ihres Ereignisses ändern</translation>
    </message>
    <message>
        <source>Con&amp;version ±</source>
        <translation>&amp;Konversion ±</translation>
    </message>
    <message>
        <source>A funnel step&apos;s conversion from the previous step may change by this many percentage points</source>
        <translation>Um so viele Prozentpunkte darf sich die Konversion eines Trichterschritts ab dem vorherigen Schritt ändern</translation>
    </message>
    <message>
        <source>Compare each event&apos;s share of all events instead of its count (captures of different lengths)</source>
        <translation>Den Anteil jedes Ereignisses an allen Ereignissen statt seiner Anzahl vergleichen (Mitschnitte unterschiedlicher Länge)</translation>
    </message>
    <message>
        <source>&amp;Funnel:</source>
        <translation>&amp;Trichter:</translation>
    </message>
    <message>
        <source>optional: Product Viewed&gt;Product Added&gt;Order Completed</source>
        <translation>optional: Product Viewed&gt;Product Added&gt;Order Completed</translation>
    </message>
    <message>
        <source>Steps separated by &apos;&gt;&apos;, conditions in brackets: Order Completed[plan=pro]</source>
        <translation>Schritte durch &apos;&gt;&apos; getrennt, Bedingungen in eckigen Klammern: Order Completed[plan=pro]</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <source>The funnel&apos;s conversion window: 90s, 30m, 12h, 7d, 2w</source>
        <translation>Das Konversionsfenster des Trichters: 90s, 30m, 12h, 7d, 2w</translation>
    </message>
    <message>
        <source>&amp;Export report</source>
        <translation>Bericht &amp;exportieren</translation>
    </message>
    <message>
        <source>Text report…</source>
        <translation>Textbericht…</translation>
    </message>
    <message>
        <source>JSON report…</source>
        <translation>JSON-Bericht…</translation>
    </message>
    <message>
        <source>JUnit XML for CI…</source>
        <translation>JUnit-XML für CI…</translation>
    </message>
    <message>
        <source>Choose a baseline capture (A) and a candidate (B), then &lt;b&gt;Compare&lt;/b&gt;: events and properties added or removed, type changes, coverage and volume changes, and a funnel&apos;s conversion.</source>
        <translation>Wählen Sie einen Referenz-Mitschnitt (A) und einen Kandidaten (B) und dann &lt;b&gt;Vergleichen&lt;/b&gt;: hinzugekommene oder entfernte Ereignisse und Eigenschaften, Typänderungen, Änderungen bei Abdeckung und Volumen sowie die Konversion eines Trichters.</translation>
    </message>
    <message>
        <source>Select an event or a finding to see it in detail.</source>
        <translation>Wählen Sie ein Ereignis oder einen Befund aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Captures and NDJSON (*.ndjson *.jsonl *.json *.gz);;All files (*)</source>
        <translation>Mitschnitte und NDJSON (*.ndjson *.jsonl *.json *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose both captures: the baseline (A) and the candidate (B).</source>
        <translation>Wählen Sie beide Mitschnitte: die Referenz (A) und den Kandidaten (B).</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Trichter: %1</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>Fenster: %1</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1 wird mit %2 verglichen…</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Drift&lt;/b&gt;: %n error(s)</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#c62828&quot;&gt;Drift&lt;/b&gt;: %n Fehler</numerusform>
            <numerusform>&lt;b style=&quot;color:#c62828&quot;&gt;Drift&lt;/b&gt;: %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;No drift&lt;/b&gt; beyond the thresholds</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;Keine Drift&lt;/b&gt; über die Schwellenwerte hinaus</translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 events) → %3 (%4 events)</source>
        <translation>%1 (%2 Ereignisse) → %3 (%4 Ereignisse)</translation>
    </message>
    <message>
        <source>fails the diff</source>
        <translation>lässt den Vergleich fehlschlagen</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Funnel step</source>
        <translation>Trichterschritt</translation>
    </message>
    <message>
        <source>Baseline (A)</source>
        <translation>Referenz (A)</translation>
    </message>
    <message>
        <source>Candidate (B)</source>
        <translation>Kandidat (B)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Prozentpunkte</translation>
    </message>
    <message>
        <source>Nested paths</source>
        <translation>Verschachtelte Pfade</translation>
    </message>
    <message>
        <source>Kind %1 fails the diff: journeyctl diff exits 1.</source>
        <translation>Die Art %1 lässt den Vergleich fehlschlagen: journeyctl diff endet mit 1.</translation>
    </message>
    <message>
        <source>Kind %1 is reported without failing the diff.</source>
        <translation>Die Art %1 wird gemeldet, ohne den Vergleich fehlschlagen zu lassen.</translation>
    </message>
    <message>
        <source>%1 call</source>
        <translation>%1-Aufruf</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Change of its share</source>
        <translation>Änderung seines Anteils</translation>
    </message>
    <message>
        <source>Property paths</source>
        <translation>Eigenschaftspfade</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Funnel step %1: %2</source>
        <translation>Trichterschritt %1: %2</translation>
    </message>
    <message>
        <source>%1, %2 window</source>
        <translation>%1, Fenster %2</translation>
    </message>
    <message>
        <source>Users in A</source>
        <translation>Benutzer in A</translation>
    </message>
    <message>
        <source>Users in B</source>
        <translation>Benutzer in B</translation>
    </message>
    <message>
        <source>From the previous step</source>
        <translation>Ab vorherigem Schritt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>From the first step</source>
        <translation>Ab erstem Schritt</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1-Dateien (*.%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>nothing to export: compare two captures first</source>
        <translation>nichts zu exportieren: Vergleichen Sie zuerst zwei Mitschnitte</translation>
    </message>
</context>
<context>
    <name>Journey::ComposerView</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&lt;b&gt;No provider is configured yet&lt;/b&gt;, so there is nowhere to send to. Add one on the &lt;a href=&quot;providers&quot;&gt;Providers&lt;/a&gt; page, or under &lt;code&gt;journey.providers&lt;/code&gt; in %1.</source>
        <translation>&lt;b&gt;Es ist noch kein Anbieter konfiguriert&lt;/b&gt;, daher gibt es kein Ziel zum Senden. Fügen Sie einen auf der Seite &lt;a href=&quot;providers&quot;&gt;Anbieter&lt;/a&gt; hinzu oder unter &lt;code&gt;journey.providers&lt;/code&gt; in %1.</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>The Segment Spec call to compose; choosing one loads its example</source>
        <translation>Der zu erstellende Segment-Spec-Aufruf; bei Auswahl wird sein Beispiel geladen</translation>
    </message>
    <message>
        <source>E&amp;xample</source>
        <translation>&amp;Beispiel</translation>
    </message>
    <message>
        <source>Fill the form with the example for this call again</source>
        <translation>Das Formular erneut mit dem Beispiel für diesen Aufruf füllen</translation>
    </message>
    <message>
        <source>Recent…</source>
        <translation>Zuletzt gesendet…</translation>
    </message>
    <message>
        <source>Compositions sent before: choose one to load it</source>
        <translation>Zuvor gesendete Nachrichten: Wählen Sie eine aus, um sie zu laden</translation>
    </message>
    <message>
        <source>the person&apos;s id in your system</source>
        <translation>die ID der Person in Ihrem System</translation>
    </message>
    <message>
        <source>device or cookie id before sign-in</source>
        <translation>Geräte- oder Cookie-ID vor der Anmeldung</translation>
    </message>
    <message>
        <source>what happened, e.g. Order Completed</source>
        <translation>was passiert ist, z. B. Order Completed</translation>
    </message>
    <message>
        <source>page or screen name</source>
        <translation>Seiten- oder Bildschirmname</translation>
    </message>
    <message>
        <source>the account, company or team</source>
        <translation>das Konto, die Firma oder das Team</translation>
    </message>
    <message>
        <source>the id to merge into the user id</source>
        <translation>die ID, die mit der Benutzer-ID zusammengeführt wird</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>Anonymous ID:</source>
        <translation>Anonyme ID:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Ereignis:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Group ID:</source>
        <translation>Gruppen-ID:</translation>
    </message>
    <message>
        <source>Previous ID:</source>
        <translation>Vorherige ID:</translation>
    </message>
    <message>
        <source>{ }  (a JSON object)</source>
        <translation>{ }  (ein JSON-Objekt)</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <source>{ }  (a JSON object: ip, locale, page, app, device, campaign, …)</source>
        <translation>{ }  (ein JSON-Objekt: ip, locale, page, app, device, campaign, …)</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <source>The configured providers: check where the message goes</source>
        <translation>Die konfigurierten Anbieter: Markieren Sie, wohin die Nachricht gehen soll</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Send the message to the checked providers (Ctrl+Return)</source>
        <translation>Die Nachricht an die markierten Anbieter senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What each provider receives&lt;/b&gt; (secrets masked)</source>
        <translation>&lt;b&gt;Was jeder Anbieter erhält&lt;/b&gt; (Geheimnisse maskiert)</translation>
    </message>
    <message>
        <source>Check one or more providers under “Send to” to see the requests they would get.</source>
        <translation>Markieren Sie unter „Senden an“ einen oder mehrere Anbieter, um die Anfragen zu sehen, die sie erhalten würden.</translation>
    </message>
    <message>
        <source>Traits:</source>
        <translation>Traits:</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Eigenschaften:</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>%1: disabled in the configuration, so it gets nothing</source>
        <translation>%1: in der Konfiguration deaktiviert, erhält daher nichts</translation>
    </message>
    <message>
        <source>Traits: %1</source>
        <translation>Traits: %1</translation>
    </message>
    <message>
        <source>Properties: %1</source>
        <translation>Eigenschaften: %1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
    <message>
        <source>The message is not valid: %1</source>
        <translation>Die Nachricht ist ungültig: %1</translation>
    </message>
    <message>
        <source>Check at least one provider under “Send to”</source>
        <translation>Markieren Sie mindestens einen Anbieter unter „Senden an“</translation>
    </message>
    <message>
        <source>Delivery is starting…</source>
        <translation>Zustellung wird gestartet…</translation>
    </message>
    <message>
        <source>Delivery is not running: %1</source>
        <translation>Zustellung läuft nicht: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: routing or integrations skip this provider</source>
        <translation>Nicht gesendet: Routing oder integrations überspringen diesen Anbieter</translation>
    </message>
    <message>
        <source>Sampled out: recorded, not sent</source>
        <translation>Durch Sampling ausgeschlossen: aufgezeichnet, nicht gesendet</translation>
    </message>
    <message>
        <source>Queued: waiting for the provider to answer…</source>
        <translation>In der Warteschlange: wartet auf die Antwort des Anbieters…</translation>
    </message>
    <message>
        <source>Sent as %1 at %2</source>
        <translation>Gesendet als %1 um %2</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed: %1. It is a dead letter now; retry it from the Providers page.</source>
        <translation>Fehlgeschlagen: %1. Das Ereignis ist jetzt unzustellbar; Sie können es auf der Seite „Anbieter“ erneut senden.</translation>
    </message>
    <message>
        <source>Will retry (attempts so far: %1): %2</source>
        <translation>Wird erneut versucht (bisherige Versuche: %1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Delivered after %n attempts</source>
        <translation>
            <numerusform>Nach %n Versuch zugestellt</numerusform>
            <numerusform>Nach %n Versuchen zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Journey::ConfigFileEditor</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: malformed JSON (%4); fix it before changing settings from the app</source>
        <translation>%1:%2:%3: fehlerhaftes JSON (%4); korrigieren Sie die Datei, bevor Sie Einstellungen in der App ändern</translation>
    </message>
    <message>
        <source>%1: expected a JSON object with a &quot;journey&quot; member</source>
        <translation>%1: JSON-Objekt mit einem Schlüssel &quot;journey&quot; erwartet</translation>
    </message>
    <message>
        <source>no key given</source>
        <translation>kein Schlüssel angegeben</translation>
    </message>
    <message>
        <source>%1 is not an object in %2</source>
        <translation>%1 ist kein Objekt in %2</translation>
    </message>
    <message>
        <source>could not change %1 in %2 without breaking the file</source>
        <translation>%1 konnte in %2 nicht geändert werden, ohne die Datei zu beschädigen</translation>
    </message>
    <message>
        <source>could not remove %1 from %2 without breaking the file</source>
        <translation>%1 konnte nicht aus %2 entfernt werden, ohne die Datei zu beschädigen</translation>
    </message>
    <message>
        <source>%1 was created by someone else since it was read; reload it and make the change again</source>
        <translation>%1 wurde seit dem Einlesen von jemand anderem erstellt; laden Sie die Datei neu und nehmen Sie die Änderung erneut vor</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; reload it and make the change again</source>
        <translation>%1 wurde seit dem Einlesen auf dem Datenträger geändert; laden Sie die Datei neu und nehmen Sie die Änderung erneut vor</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>der Ordner für %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Journey::Connector</name>
    <message>
        <source>the connector is already running</source>
        <translation>der Connector läuft bereits</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the connector has not been started</source>
        <translation>der Connector wurde nicht gestartet</translation>
    </message>
    <message>
        <source>the connector is disabled (journey.enabled is false)</source>
        <translation>der Connector ist deaktiviert (journey.enabled ist false)</translation>
    </message>
    <message>
        <source>%1 is not configured under journey.providers</source>
        <translation>%1 ist unter journey.providers nicht konfiguriert</translation>
    </message>
    <message>
        <source>no provider takes this event: %1</source>
        <translation>kein Anbieter nimmt dieses Ereignis an: %1</translation>
    </message>
    <message>
        <source>sampled out: rule &apos;%1&apos; keeps %2 % of people</source>
        <translation>durch Sampling ausgeschlossen: Regel &apos;%1&apos; behält %2 % der Personen</translation>
    </message>
    <message>
        <source>the queue is full (%1 events waiting for the outbox)</source>
        <translation>die Warteschlange ist voll (%1 Ereignisse warten auf die Outbox)</translation>
    </message>
    <message>
        <source>journey.validation.plan: %1</source>
        <translation>journey.validation.plan: %1</translation>
    </message>
    <message>
        <source>journey.validation.plan: %1: %2</source>
        <translation>journey.validation.plan: %1: %2</translation>
    </message>
    <message>
        <source>journey.validation.lint: %1</source>
        <translation>journey.validation.lint: %1</translation>
    </message>
</context>
<context>
    <name>Journey::ConnectorReplaySink</name>
    <message>
        <source>the connector did not take the event</source>
        <translation>der Connector hat das Ereignis nicht angenommen</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) failed: %1</source>
        <translation>
            <numerusform>%n Ereignis fehlgeschlagen: %1</numerusform>
            <numerusform>%n Ereignisse fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not delivered yet; the events stay queued in the outbox and the connector keeps retrying</source>
        <translation>noch nicht zugestellt; die Ereignisse bleiben in der Outbox und der Connector versucht es weiter</translation>
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
    <name>Journey::DeadLetterModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>Fehlgeschlagen am</translation>
    </message>
</context>
<context>
    <name>Journey::DeliveryLogModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>wird wiederholt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 to retry</source>
        <translation>%1 zur Wiederholung</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 zugestellt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Journey::DeliveryLogView</name>
    <message>
        <source>Select an exchange to see the request.</source>
        <translation>Wählen Sie einen Eintrag aus, um die Anfrage zu sehen.</translation>
    </message>
    <message>
        <source>Select an exchange to see the response.</source>
        <translation>Wählen Sie einen Eintrag aus, um die Antwort zu sehen.</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the newest entries from the store again</source>
        <translation>Die neuesten Einträge erneut aus dem Speicher lesen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Request&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anfrage&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Response&lt;/b&gt;</source>
        <translation>&lt;b&gt;Antwort&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The delivery log could not be read: %1</source>
        <translation>Das Zustellprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>No requests sent yet: compose an event and send it, and each request appears here.</source>
        <translation>Noch keine Anfragen gesendet: Erstellen und senden Sie ein Ereignis, dann erscheint hier jede Anfrage.</translation>
    </message>
    <message>
        <source>The newest %1 exchanges; scroll down for older ones</source>
        <translation>Die neuesten %1 Einträge; scrollen Sie nach unten für ältere</translation>
    </message>
    <message>
        <source>Exchanges: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2e7d32&quot;&gt;● delivered&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#2e7d32&quot;&gt;● zugestellt&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b26a00&quot;&gt;● to be retried&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b26a00&quot;&gt;● wird wiederholt&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;● failed&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;● fehlgeschlagen&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · attempt %3 · events: %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · Versuch %3 · Ereignisse: %4 · %5</translation>
    </message>
    <message>
        <source> · sent gzip-compressed (%1 bytes)</source>
        <translation> · gzip-komprimiert gesendet (%1 Bytes)</translation>
    </message>
</context>
<context>
    <name>Journey::DeliveryOwnership</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>cannot pick an owner id in %1</source>
        <translation>in %1 kann keine Eigentümer-ID gewählt werden</translation>
    </message>
    <message>
        <source>cannot write the outbox journal in %1: %2</source>
        <translation>das Outbox-Journal in %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Journey::DeliveryWorker</name>
    <message>
        <source>%1 cannot take this event: %2</source>
        <translation>%1 kann dieses Ereignis nicht annehmen: %2</translation>
    </message>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>nach %1 Versuchen aufgegeben: %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Journey::DemoDataGenerator</name>
    <message>
        <source>cancelled after %1 events</source>
        <translation>nach %1 Ereignissen abgebrochen</translation>
    </message>
    <message>
        <source>cannot write the events: %1</source>
        <translation>die Ereignisse können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the number of users must be between 1 and %1, not %2</source>
        <translation>die Anzahl der Benutzer muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>the number of events must be between 0 and %1, not %2</source>
        <translation>die Anzahl der Ereignisse muss zwischen 0 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>the number of days must be between 1 and %1, not %2</source>
        <translation>die Anzahl der Tage muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>the start date is not valid</source>
        <translation>das Startdatum ist ungültig</translation>
    </message>
    <message>
        <source>the dates must lie between 1970 and 9999</source>
        <translation>die Datumsangaben müssen zwischen 1970 und 9999 liegen</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
</context>
<context>
    <name>Journey::DurationHistogram</name>
    <message>
        <source>Seconds from step 1</source>
        <translation>Sekunden ab Schritt 1</translation>
    </message>
    <message>
        <source>Minutes from step 1</source>
        <translation>Minuten ab Schritt 1</translation>
    </message>
    <message>
        <source>Hours from step 1</source>
        <translation>Stunden ab Schritt 1</translation>
    </message>
    <message>
        <source>Days from step 1</source>
        <translation>Tage ab Schritt 1</translation>
    </message>
    <message>
        <source>Time to convert appears here after a run.</source>
        <translation>Die Zeit bis zur Konversion erscheint hier nach einer Ausführung.</translation>
    </message>
    <message>
        <source>Nobody reached this step.</source>
        <translation>Niemand hat diesen Schritt erreicht.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;the last bar holds everyone slower than %2 (%3 people)&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;der letzte Balken enthält alle, die länger als %2 brauchten (%3 Personen)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) took %1 or longer</source>
        <translation>
            <numerusform>%n Person brauchte %1 oder länger</numerusform>
            <numerusform>%n Personen brauchten %1 oder länger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) took %1 to %2</source>
        <translation>
            <numerusform>%n Person brauchte %1 bis %2</numerusform>
            <numerusform>%n Personen brauchten %1 bis %2</numerusform>
        </translation>
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
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
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
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Not checked: no tracking plan or provider lints were active when this event arrived. Open a plan on the Validation page to check new events.</source>
        <translation>Nicht geprüft: Beim Eingang dieses Ereignisses waren weder ein Tracking-Plan noch Anbieter-Lints aktiv. Öffnen Sie auf der Seite „Validierung“ einen Plan, um neue Ereignisse zu prüfen.</translation>
    </message>
    <message>
        <source>Validation ✓</source>
        <translation>Validierung ✓</translation>
    </message>
    <message>
        <source>Follows the tracking plan.</source>
        <translation>Entspricht dem Tracking-Plan.</translation>
    </message>
    <message>
        <source>Validation ✗</source>
        <translation>Validierung ✗</translation>
    </message>
    <message>
        <source>Validation ⚠</source>
        <translation>Validierung ⚠</translation>
    </message>
    <message>
        <source>Loading the violations…</source>
        <translation>Verstöße werden geladen…</translation>
    </message>
    <message>
        <source>Breaks the tracking plan:</source>
        <translation>Verstößt gegen den Tracking-Plan:</translation>
    </message>
    <message>
        <source>Tracking plan warnings:</source>
        <translation>Warnungen des Tracking-Plans:</translation>
    </message>
    <message>
        <source>Validation ✗ (%1)</source>
        <translation>Validierung ✗ (%1)</translation>
    </message>
    <message>
        <source>Validation ⚠ (%1)</source>
        <translation>Validierung ⚠ (%1)</translation>
    </message>
    <message>
        <source>The validation results could not be read: %1</source>
        <translation>Die Validierungsergebnisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source> · forwarded: upstream answered %1 in %2 ms</source>
        <translation> · weitergeleitet: Upstream antwortete %1 in %2 ms</translation>
    </message>
    <message>
        <source> · forwarded: %1</source>
        <translation> · weitergeleitet: %1</translation>
    </message>
    <message>
        <source>event %1 of the capture</source>
        <translation>Ereignis %1 des Mitschnitts</translation>
    </message>
</context>
<context>
    <name>Journey::EventKeyCombo</name>
    <message>
        <source>Event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Beliebiges Ereignis</translation>
    </message>
    <message>
        <source>Every event counts (&quot;*&quot;)</source>
        <translation>Jedes Ereignis zählt (&quot;*&quot;)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the store</source>
        <translation>
            <numerusform>%n Ereignis im Speicher</numerusform>
            <numerusform>%n Ereignisse im Speicher</numerusform>
        </translation>
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
    <message>
        <source>Breaks the tracking plan: see Validation in the inspector</source>
        <translation>Verstößt gegen den Tracking-Plan: siehe „Validierung“ im Inspektor</translation>
    </message>
    <message>
        <source>Tracking plan warnings: see Validation in the inspector</source>
        <translation>Warnungen des Tracking-Plans: siehe „Validierung“ im Inspektor</translation>
    </message>
</context>
<context>
    <name>Journey::EventRouter</name>
    <message>
        <source>%1 is disabled</source>
        <translation>%1 ist deaktiviert</translation>
    </message>
    <message>
        <source>integrations turns %1 off</source>
        <translation>integrations schaltet %1 aus</translation>
    </message>
    <message>
        <source>integrations.All is false and does not name %1</source>
        <translation>integrations.All ist false und nennt %1 nicht</translation>
    </message>
    <message>
        <source>the routes of %1 do not take it</source>
        <translation>die Routen von %1 nehmen es nicht an</translation>
    </message>
    <message>
        <source>%1 is not configured</source>
        <translation>%1 ist nicht konfiguriert</translation>
    </message>
    <message>
        <source>no provider is configured under journey.providers</source>
        <translation>unter journey.providers ist kein Anbieter konfiguriert</translation>
    </message>
</context>
<context>
    <name>Journey::EventSelector</name>
    <message>
        <source>&quot;%1&quot;: conditions go in brackets at the end, as in &quot;Order Completed[plan=pro]&quot;</source>
        <translation>&quot;%1&quot;: Bedingungen stehen am Ende in eckigen Klammern, wie in &quot;Order Completed[plan=pro]&quot;</translation>
    </message>
    <message>
        <source>an event name is missing</source>
        <translation>ein Ereignisname fehlt</translation>
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
    <message>
        <source>Any validation</source>
        <translation>Alle Validierungsergebnisse</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Errors or warnings</source>
        <translation>Fehler oder Warnungen</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Nur Warnungen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Show events by what the tracking plan check found</source>
        <translation>Ereignisse nach dem Ergebnis der Tracking-Plan-Prüfung anzeigen</translation>
    </message>
</context>
<context>
    <name>Journey::FunnelChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Run a funnel to see how many people get through each step.</source>
        <translation>Führen Sie einen Trichter aus, um zu sehen, wie viele Personen jeden Schritt schaffen.</translation>
    </message>
    <message>
        <source>Nobody did the first step.</source>
        <translation>Niemand hat den ersten Schritt ausgeführt.</translation>
    </message>
    <message>
        <source>Reached the step</source>
        <translation>Schritt erreicht</translation>
    </message>
    <message>
        <source>Dropped off since the previous step</source>
        <translation>Seit dem vorherigen Schritt abgesprungen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Step %1: %2
%3 people · %4 of step 1 · %5 of the previous step
%6</source>
        <translation>Schritt %1: %2
%3 Personen · %4 von Schritt 1 · %5 des vorherigen Schritts
%6</translation>
    </message>
    <message>
        <source>Click to list the people who completed the funnel</source>
        <translation>Klicken, um die Personen aufzulisten, die den Trichter abgeschlossen haben</translation>
    </message>
    <message>
        <source>Click to list the people who stopped at this step</source>
        <translation>Klicken, um die Personen aufzulisten, die bei diesem Schritt aufgehört haben</translation>
    </message>
    <message>
        <source>%1 people did step %2 but not step %3 (%4 lost)
Click to list them</source>
        <translation>%1 Personen haben Schritt %2 ausgeführt, aber nicht Schritt %3 (%4 verloren)
Klicken, um sie aufzulisten</translation>
    </message>
    <message>
        <source>&lt;center&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;/center&gt;</source>
        <translation>&lt;center&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;/center&gt;</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1 · step %2: %3
%4 people · %5 of step 1</source>
        <translation>%1 · Schritt %2: %3
%4 Personen · %5 von Schritt 1</translation>
    </message>
</context>
<context>
    <name>Journey::FunnelEngine</name>
    <message>
        <source>the property %1 is not loaded</source>
        <translation>die Eigenschaft %1 ist nicht geladen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Journey::FunnelExclusionEditor</name>
    <message>
        <source>Add exclusion</source>
        <translation>Ausschluss hinzufügen</translation>
    </message>
    <message>
        <source>People who do this event between two steps do not convert past the first of them</source>
        <translation>Personen, die dieses Ereignis zwischen zwei Schritten auslösen, konvertieren nicht über den ersten davon hinaus</translation>
    </message>
    <message>
        <source>After the event matched as this step…</source>
        <translation>Nach dem Ereignis, das als dieser Schritt erkannt wurde…</translation>
    </message>
    <message>
        <source>…and before the event matched as this step</source>
        <translation>…und vor dem Ereignis, das als dieser Schritt erkannt wurde</translation>
    </message>
    <message>
        <source>Remove this exclusion</source>
        <translation>Diesen Ausschluss entfernen</translation>
    </message>
    <message>
        <source>between step</source>
        <translation>zwischen Schritt</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Exclusion %1 (%2): the second step must come after the first.</source>
        <translation>Ausschluss %1 (%2): Der zweite Schritt muss nach dem ersten kommen.</translation>
    </message>
</context>
<context>
    <name>Journey::FunnelQuery</name>
    <message>
        <source>a funnel has %1 to %2 steps, not %3</source>
        <translation>ein Trichter hat %1 bis %2 Schritte, nicht %3</translation>
    </message>
    <message>
        <source>step %1 needs an event name (&quot;*&quot;, any event, is for retention)</source>
        <translation>Schritt %1 braucht einen Ereignisnamen (&quot;*&quot;, ein beliebiges Ereignis, ist für Retention gedacht)</translation>
    </message>
    <message>
        <source>the conversion window must be between 1 second and 366 days</source>
        <translation>das Konversionsfenster muss zwischen 1 Sekunde und 366 Tagen liegen</translation>
    </message>
    <message>
        <source>in an any-order funnel each step must be a different event, and &quot;%1&quot; repeats</source>
        <translation>in einem Trichter mit beliebiger Reihenfolge muss jeder Schritt ein anderes Ereignis sein, und &quot;%1&quot; kommt mehrfach vor</translation>
    </message>
    <message>
        <source>a funnel has at most 32 exclusions</source>
        <translation>ein Trichter hat höchstens 32 Ausschlüsse</translation>
    </message>
    <message>
        <source>exclusion %1 has no event name</source>
        <translation>Ausschluss %1 hat keinen Ereignisnamen</translation>
    </message>
    <message>
        <source>exclusion &quot;%1&quot; must lie between two steps: from a step to a later one, within steps 1 to %2</source>
        <translation>Ausschluss &quot;%1&quot; muss zwischen zwei Schritten liegen: von einem Schritt zu einem späteren, innerhalb der Schritte 1 bis %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be both a step and an exclusion between steps %2 and %3</source>
        <translation>&quot;%1&quot; kann nicht zugleich ein Schritt und ein Ausschluss zwischen den Schritten %2 und %3 sein</translation>
    </message>
    <message>
        <source>the breakdown is attributed to step %1, and the funnel has %2</source>
        <translation>die Aufschlüsselung ist Schritt %1 zugeordnet, der Trichter hat aber %2</translation>
    </message>
    <message>
        <source>the time range is empty: its start is not before its end</source>
        <translation>der Zeitraum ist leer: Sein Beginn liegt nicht vor seinem Ende</translation>
    </message>
    <message>
        <source>step %1 is empty (two &apos;&gt;&apos; in a row, or one at an end)</source>
        <translation>Schritt %1 ist leer (zwei &apos;&gt;&apos; hintereinander oder eines am Anfang oder Ende)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: write a positive whole number with s, m, h, d or w (7d, 12h, 90s)</source>
        <translation>&quot;%1&quot; ist keine Dauer: Schreiben Sie eine positive ganze Zahl mit s, m, h, d oder w (7d, 12h, 90s)</translation>
    </message>
</context>
<context>
    <name>Journey::FunnelStepEditor</name>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add a step at the end (at most %1)</source>
        <translation>Einen Schritt am Ende hinzufügen (höchstens %1)</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Only events whose properties match, e.g. &quot;plan=pro, price&gt;10&quot;: =, !=, &lt;, &lt;=, &gt;, &gt;=, ~ (contains), name? (has it), !name (has not); all must hold</source>
        <translation>Nur Ereignisse, deren Eigenschaften passen, z. B. &quot;plan=pro, price&gt;10&quot;: =, !=, &lt;, &lt;=, &gt;, &gt;=, ~ (enthält), name? (vorhanden), !name (nicht vorhanden); alle müssen erfüllt sein</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Diesen Schritt entfernen</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Step %1 needs an event.</source>
        <translation>Schritt %1 braucht ein Ereignis.</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Schritt %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Journey::FunnelView</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>in Reihenfolge</translation>
    </message>
    <message>
        <source>strict order</source>
        <translation>strikte Reihenfolge</translation>
    </message>
    <message>
        <source>any order</source>
        <translation>beliebige Reihenfolge</translation>
    </message>
    <message>
        <source>Time from step 1: 25 % within %1, half within %2, 75 % within %3, 90 % within %4; mean %5</source>
        <translation>Zeit ab Schritt 1: 25 % innerhalb von %1, die Hälfte innerhalb von %2, 75 % innerhalb von %3, 90 % innerhalb von %4; Mittelwert %5</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>How long after step 1 the last step may happen (1 second to 366 days)</source>
        <translation>Wie lange nach Schritt 1 der letzte Schritt erfolgen darf (1 Sekunde bis 366 Tage)</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>In Reihenfolge</translation>
    </message>
    <message>
        <source>Steps in this order; other events may happen in between</source>
        <translation>Schritte in dieser Reihenfolge; andere Ereignisse dürfen dazwischen liegen</translation>
    </message>
    <message>
        <source>Strict order</source>
        <translation>Strikte Reihenfolge</translation>
    </message>
    <message>
        <source>Steps in this order, with no other step of the funnel in between</source>
        <translation>Schritte in dieser Reihenfolge, ohne einen anderen Schritt des Trichters dazwischen</translation>
    </message>
    <message>
        <source>Any order</source>
        <translation>Beliebige Reihenfolge</translation>
    </message>
    <message>
        <source>Every step within the window, in any order</source>
        <translation>Jeder Schritt innerhalb des Fensters, in beliebiger Reihenfolge</translation>
    </message>
    <message>
        <source>property, e.g. category or traits.plan</source>
        <translation>Eigenschaft, z. B. category oder traits.plan</translation>
    </message>
    <message>
        <source>Split the funnel by a property&apos;s value: an event property (category), a user trait (traits.plan) or a context field (context.campaign.source)</source>
        <translation>Trichter nach dem Wert einer Eigenschaft aufteilen: eine Ereigniseigenschaft (category), ein Benutzer-Trait (traits.plan) oder ein Kontextfeld (context.campaign.source)</translation>
    </message>
    <message>
        <source>Whose value puts a person in a group: the first step&apos;s event, the last step reached, or a chosen step</source>
        <translation>Wessen Wert eine Person einer Gruppe zuordnet: das Ereignis des ersten Schritts, der letzte erreichte Schritt oder ein gewählter Schritt</translation>
    </message>
    <message>
        <source>property, e.g. product_id</source>
        <translation>Eigenschaft, z. B. product_id</translation>
    </message>
    <message>
        <source>Only count conversions where every step has the same value of this property (the same product all the way, for instance)</source>
        <translation>Nur Konversionen zählen, bei denen jeder Schritt denselben Wert dieser Eigenschaft hat (zum Beispiel durchgehend dasselbe Produkt)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Conversion window:</source>
        <translation>Konversionsfenster:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Ausschlüsse</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Attributed to:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <source>Hold constant:</source>
        <translation>Konstant halten:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>From first</source>
        <translation>Ab Schritt 1</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Ab vorherigem</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Medianzeit</translation>
    </message>
    <message>
        <source>Click a step to list the people who stopped there</source>
        <translation>Klicken Sie auf einen Schritt, um die Personen aufzulisten, die dort aufgehört haben</translation>
    </message>
    <message>
        <source>Double-click a person to see their events in the Live stream</source>
        <translation>Doppelklicken Sie auf eine Person, um ihre Ereignisse im Live-Stream zu sehen</translation>
    </message>
    <message>
        <source>Click a bar or a step to see who dropped off there.</source>
        <translation>Klicken Sie auf einen Balken oder einen Schritt, um zu sehen, wer dort abgesprungen ist.</translation>
    </message>
    <message>
        <source>Double-click a person to see their events in the Live stream.</source>
        <translation>Doppelklicken Sie auf eine Person, um ihre Ereignisse im Live-Stream zu sehen.</translation>
    </message>
    <message>
        <source>Time to convert to:</source>
        <translation>Zeit bis zur Konversion zu:</translation>
    </message>
    <message>
        <source>The people could not be listed: %1</source>
        <translation>Die Personen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>first touch (step 1)</source>
        <translation>erster Kontakt (Schritt 1)</translation>
    </message>
    <message>
        <source>last touch (last step reached)</source>
        <translation>letzter Kontakt (letzter erreichter Schritt)</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Breakdown: &quot;%1&quot; is not a property (write a name such as plan, or a path such as traits.plan).</source>
        <translation>Aufschlüsselung: &quot;%1&quot; ist keine Eigenschaft (schreiben Sie einen Namen wie plan oder einen Pfad wie traits.plan).</translation>
    </message>
    <message>
        <source>Hold constant: &quot;%1&quot; is not a property (write a name such as product_id).</source>
        <translation>Konstant halten: &quot;%1&quot; ist keine Eigenschaft (schreiben Sie einen Namen wie product_id).</translation>
    </message>
    <message>
        <source>This funnel cannot run: %1.</source>
        <translation>Dieser Trichter kann nicht ausgeführt werden: %1.</translation>
    </message>
    <message>
        <source>%1 entered · %2 completed the funnel (%3) · window %4 · %5</source>
        <translation>Eingestiegen: %1 · abgeschlossen: %2 (%3) · Fenster %4 · %5</translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation> · nach %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Time to convert appears here after a run.</source>
        <translation>Die Zeit bis zur Konversion erscheint hier nach einer Ausführung.</translation>
    </message>
    <message>
        <source>Time from step 1 to step %1 (%2 converted)</source>
        <translation>Zeit von Schritt 1 bis Schritt %1 (%2 konvertiert)</translation>
    </message>
    <message>
        <source>Looking them up…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 completed the funnel.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trichter abgeschlossen: %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 stopped at step %2&lt;/b&gt; (%3): they did not reach step %4.</source>
        <translation>&lt;b&gt;%1 bei Schritt %2 ausgestiegen&lt;/b&gt; (%3): Schritt %4 wurde nicht erreicht.</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Die ersten %1 werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>Journey::Ga4Provider</name>
    <message>
        <source>%1: unknown key; expected one of: %2</source>
        <translation>%1: unbekannter Schlüssel; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1: expected a non-empty string</source>
        <translation>%1: nicht leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1 and %2: set only one: measurementId for a web stream, firebaseAppId for an app stream</source>
        <translation>%1 und %2: Setzen Sie nur eines: measurementId für einen Web-Stream, firebaseAppId für einen App-Stream</translation>
    </message>
    <message>
        <source>%1 or %2: required: the G-… measurement id of a web stream, or the Firebase app id of an app stream</source>
        <translation>%1 oder %2: erforderlich: die G-…-Mess-ID eines Web-Streams oder die Firebase-App-ID eines App-Streams</translation>
    </message>
    <message>
        <source>%1: expected a GA4 measurement id such as G-ABC123XYZ (not a stream id or a UA- property)</source>
        <translation>%1: GA4-Mess-ID wie G-ABC123XYZ erwartet (keine Stream-ID und keine UA-Property)</translation>
    </message>
    <message>
        <source>%1: required: a Measurement Protocol API secret of the data stream</source>
        <translation>%1: erforderlich: ein Measurement-Protocol-API-Secret des Datenstreams</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: true oder false erwartet</translation>
    </message>
    <message>
        <source>validate mode: sent to GA4&apos;s validation server (/debug/mp/collect), which records nothing</source>
        <translation>Validierungsmodus: an den Validierungsserver von GA4 (/debug/mp/collect) gesendet, der nichts aufzeichnet</translation>
    </message>
    <message>
        <source>GA4 answers 2xx even for events it discards (a timestamp over 72 hours old, a malformed field) and has no dedup id: delivery cannot be confirmed, and a retry after a lost answer records the event twice</source>
        <translation>GA4 antwortet auch bei Ereignissen, die es verwirft (Zeitstempel älter als 72 Stunden, fehlerhaftes Feld), mit 2xx und hat keine Deduplizierungs-ID: Die Zustellung lässt sich nicht bestätigen, und ein erneuter Versuch nach einer verlorenen Antwort zeichnet das Ereignis doppelt auf</translation>
    </message>
    <message>
        <source>GA4 has no equivalent of alias: it joins a user&apos;s data by user_id only</source>
        <translation>GA4 hat keine Entsprechung zu alias: Es führt die Daten eines Benutzers nur über die user_id zusammen</translation>
    </message>
    <message>
        <source>neither userId nor anonymousId is set: GA4 needs a client id</source>
        <translation>weder userId noch anonymousId ist gesetzt: GA4 benötigt eine Client-ID</translation>
    </message>
    <message>
        <source>no anonymousId: app_instance_id derived from the userId (first 32 hex digits of its SHA-256); it does not match the Firebase SDK&apos;s own app instance</source>
        <translation>keine anonymousId: app_instance_id aus der userId abgeleitet (die ersten 32 Hex-Ziffern ihres SHA-256); sie stimmt nicht mit der eigenen App-Instanz des Firebase SDK überein</translation>
    </message>
    <message>
        <source>the anonymousId is not a Firebase app instance id (32 hex digits): app_instance_id derived from it (first 32 hex digits of its SHA-256)</source>
        <translation>die anonymousId ist keine Firebase-App-Instanz-ID (32 Hex-Ziffern): app_instance_id daraus abgeleitet (die ersten 32 Hex-Ziffern ihres SHA-256)</translation>
    </message>
    <message>
        <source>no anonymousId: client_id &quot;%1&quot; derived from the userId (first 8 bytes of its SHA-256 as two numbers), the same for every event of this user</source>
        <translation>keine anonymousId: client_id &quot;%1&quot; aus der userId abgeleitet (die ersten 8 Bytes ihres SHA-256 als zwei Zahlen), für jedes Ereignis dieses Benutzers gleich</translation>
    </message>
    <message>
        <source>user_id not sent: the userId is %1 characters long and GA4 takes at most 256</source>
        <translation>user_id nicht gesendet: Die userId ist %1 Zeichen lang, GA4 akzeptiert höchstens 256</translation>
    </message>
    <message>
        <source>&quot;%1&quot; sent as GA4&apos;s ecommerce event &quot;%2&quot;</source>
        <translation>&quot;%1&quot; als GA4-E-Commerce-Ereignis &quot;%2&quot; gesendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; sent as GA4&apos;s ecommerce event &quot;%2&quot; (%3)</source>
        <translation>&quot;%1&quot; als GA4-E-Commerce-Ereignis &quot;%2&quot; gesendet (%3)</translation>
    </message>
    <message>
        <source>track without an event name: GA4 needs one</source>
        <translation>track ohne Ereignisnamen: GA4 benötigt einen</translation>
    </message>
    <message>
        <source>the event name &quot;%1&quot; has no letter or digit GA4 accepts in names</source>
        <translation>der Ereignisname &quot;%1&quot; enthält keinen Buchstaben und keine Ziffer, die GA4 in Namen akzeptiert</translation>
    </message>
    <message>
        <source>event name &quot;%1&quot; sent as &quot;%2&quot; (GA4 names: letters, digits and _, starting with a letter, at most 40 characters, not reserved by GA4)</source>
        <translation>Ereignisname &quot;%1&quot; als &quot;%2&quot; gesendet (GA4-Namen: Buchstaben, Ziffern und _, beginnend mit einem Buchstaben, höchstens 40 Zeichen, nicht von GA4 reserviert)</translation>
    </message>
    <message>
        <source>page sent as GA4&apos;s page_view event (url → page_location, title → page_title, referrer → page_referrer, name → page_name)</source>
        <translation>page als GA4-Ereignis page_view gesendet (url → page_location, title → page_title, referrer → page_referrer, name → page_name)</translation>
    </message>
    <message>
        <source>screen sent as GA4&apos;s screen_view event (name → screen_name, category or else name → screen_class)</source>
        <translation>screen als GA4-Ereignis screen_view gesendet (name → screen_name, category oder sonst name → screen_class)</translation>
    </message>
    <message>
        <source>e-mail addresses and phone numbers sent only as SHA-256 hashes in user_data (after Google&apos;s normalisation), not as user properties</source>
        <translation>E-Mail-Adressen und Telefonnummern nur als SHA-256-Hashes in user_data gesendet (nach Googles Normalisierung), nicht als Nutzereigenschaften</translation>
    </message>
    <message>
        <source>traits</source>
        <translation>Traits</translation>
    </message>
    <message>
        <source>identify sent as GA4&apos;s recommended &quot;login&quot; event carrying the user_id and the traits as user_properties (GA4 has no identify call)</source>
        <translation>identify als von GA4 empfohlenes Ereignis &quot;login&quot; gesendet, mit der user_id und den Traits als user_properties (GA4 hat keinen Identify-Aufruf)</translation>
    </message>
    <message>
        <source>group without a groupId: join_group needs group_id</source>
        <translation>group ohne groupId: join_group benötigt group_id</translation>
    </message>
    <message>
        <source>user property group_id cut to GA4&apos;s 36 characters</source>
        <translation>Nutzereigenschaft group_id auf die 36 Zeichen von GA4 gekürzt</translation>
    </message>
    <message>
        <source>group traits</source>
        <translation>Gruppen-Traits</translation>
    </message>
    <message>
        <source>group sent as GA4&apos;s recommended &quot;join_group&quot; event with group_id, the traits as group_* parameters, and the user property group_id (GA4 has no groups)</source>
        <translation>group als von GA4 empfohlenes Ereignis &quot;join_group&quot; gesendet, mit group_id, den Traits als group_*-Parameter und der Nutzereigenschaft group_id (GA4 hat keine Gruppen)</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>timestamp unreadable: GA4 uses the time it receives the event</source>
        <translation>Zeitstempel nicht lesbar: GA4 verwendet den Zeitpunkt, zu dem es das Ereignis empfängt</translation>
    </message>
    <message>
        <source>not sent, the Measurement Protocol has no field for it: %1</source>
        <translation>nicht gesendet, das Measurement Protocol hat kein Feld dafür: %1</translation>
    </message>
    <message>
        <source>encoded for GA4 this event takes %1 bytes; the limit is %2 bytes per event</source>
        <translation>für GA4 kodiert umfasst dieses Ereignis %1 Bytes; das Limit liegt bei %2 Bytes pro Ereignis</translation>
    </message>
    <message>
        <source>a request carrying only this event would take %1 bytes; GA4 takes at most %2 bytes per request</source>
        <translation>eine Anfrage nur mit diesem Ereignis würde %1 Bytes umfassen; GA4 akzeptiert höchstens %2 Bytes pro Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>validate %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis validieren</numerusform>
            <numerusform>%n Ereignisse validieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>GA4&apos;s validation server answered without validationMessages: %1</source>
        <translation>der Validierungsserver von GA4 hat ohne validationMessages geantwortet: %1</translation>
    </message>
    <message>
        <source>GA4 validation %1 at %2: %3</source>
        <translation>GA4-Validierung %1 bei %2: %3</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 renamed to GA4&apos;s naming rules (letters, digits and _, starting with a letter, at most %2 characters): %3</source>
        <translation>%1 an die GA4-Namensregeln angepasst (Buchstaben, Ziffern und _, beginnend mit einem Buchstaben, höchstens %2 Zeichen): %3</translation>
    </message>
    <message>
        <source>%1: nested values flattened into names joined with &quot;_&quot;: %2</source>
        <translation>%1: verschachtelte Werte zu mit &quot;_&quot; verbundenen Namen abgeflacht: %2</translation>
    </message>
    <message>
        <source>%1: arrays sent as text joined with &quot;,&quot;: %2</source>
        <translation>%1: Arrays als mit &quot;,&quot; verbundener Text gesendet: %2</translation>
    </message>
    <message>
        <source>%1: true/false sent as the text &quot;true&quot;/&quot;false&quot;: %2</source>
        <translation>%1: true/false als Text &quot;true&quot;/&quot;false&quot; gesendet: %2</translation>
    </message>
    <message>
        <source>%1: null or empty values not sent: %2</source>
        <translation>%1: null oder leere Werte nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1: values cut to GA4&apos;s length limit (%2 characters): %3</source>
        <translation>%1: Werte auf das GA4-Längenlimit gekürzt (%2 Zeichen): %3</translation>
    </message>
    <message>
        <source>%1: values cut to GA4&apos;s length limit (%2 characters; page_location 1000, page_referrer 420, page_title 300): %3</source>
        <translation>%1: Werte auf das GA4-Längenlimit gekürzt (%2 Zeichen; page_location 1000, page_referrer 420, page_title 300): %3</translation>
    </message>
    <message>
        <source>%1 not sent, no letter or digit GA4 accepts in the name: %2</source>
        <translation>%1 nicht gesendet, kein Buchstabe und keine Ziffer im Namen, die GA4 akzeptiert: %2</translation>
    </message>
    <message>
        <source>%1 not sent, the GA4 name is taken by another one: %2</source>
        <translation>%1 nicht gesendet, der GA4-Name ist bereits durch einen anderen belegt: %2</translation>
    </message>
    <message>
        <source>%1 not sent, GA4&apos;s policies forbid personally identifiable information: %2</source>
        <translation>%1 nicht gesendet, die GA4-Richtlinien verbieten personenbezogene Daten: %2</translation>
    </message>
    <message>
        <source>%1 not sent, GA4 reserves these names for its own: %2</source>
        <translation>%1 nicht gesendet, GA4 reserviert diese Namen für sich: %2</translation>
    </message>
    <message>
        <source>%1 over GA4&apos;s limit of %2 not sent: %3</source>
        <translation>%1 über dem GA4-Limit von %2 nicht gesendet: %3</translation>
    </message>
    <message>
        <source>item parameters</source>
        <translation>Artikelparameter</translation>
    </message>
    <message>
        <source>products over GA4&apos;s limit of %1 items per event not sent: %2</source>
        <translation>Produkte über dem GA4-Limit von %1 Artikeln pro Ereignis nicht gesendet: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without product_id/sku or name: GA4 needs item_id or item_name</source>
        <translation>
            <numerusform>%n Artikel ohne product_id/sku oder name: GA4 benötigt item_id oder item_name</numerusform>
            <numerusform>%n Artikel ohne product_id/sku oder name: GA4 benötigt item_id oder item_name</numerusform>
        </translation>
    </message>
    <message>
        <source>product fields → items[0]</source>
        <translation>Produktfelder → items[0]</translation>
    </message>
    <message>
        <source>price × quantity → value</source>
        <translation>price × quantity → value</translation>
    </message>
    <message>
        <source>the product has no product_id/sku or name: GA4 needs item_id or item_name</source>
        <translation>das Produkt hat weder product_id/sku noch name: GA4 benötigt item_id oder item_name</translation>
    </message>
    <message>
        <source>value without currency: GA4 counts no revenue for it</source>
        <translation>value ohne currency: GA4 zählt dafür keinen Umsatz</translation>
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
    <name>Journey::HarImportReport</name>
    <message>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>HAR file: %1</source>
        <translation>HAR-Datei: %1</translation>
    </message>
    <message>
        <source>%1 (written by %2)</source>
        <translation>%1 (geschrieben von %2)</translation>
    </message>
    <message>
        <source>Requests: %1 (to analytics hosts: %2, unrecognised: %3)</source>
        <translation>Anfragen: %1 (an Analytics-Hosts: %2, nicht erkannt: %3)</translation>
    </message>
    <message>
        <source>Events imported: %1 (from requests: %2)</source>
        <translation>Importierte Ereignisse: %1 (aus Anfragen: %2)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Keine Ereignisse</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>  … and %1 more (--format json lists them all)</source>
        <translation>  … und %1 weitere (--format json listet alle auf)</translation>
    </message>
    <message>
        <source>Imported with problems (%1):</source>
        <translation>Mit Problemen importiert (%1):</translation>
    </message>
    <message>
        <source>Rejected by the decoder (%1):</source>
        <translation>Vom Decoder abgelehnt (%1):</translation>
    </message>
    <message>
        <source>To analytics hosts, no events (%1):</source>
        <translation>An Analytics-Hosts, keine Ereignisse (%1):</translation>
    </message>
    <message>
        <source>Unrecognised, not imported (%1):</source>
        <translation>Nicht erkannt, nicht importiert (%1):</translation>
    </message>
</context>
<context>
    <name>Journey::HarImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Imported from %1, written by %2</source>
        <translation>Importiert aus %1, geschrieben von %2</translation>
    </message>
    <message>
        <source>a CORS preflight: it carries no events</source>
        <translation>ein CORS-Preflight: enthält keine Ereignisse</translation>
    </message>
    <message>
        <source>no collector endpoint at %1</source>
        <translation>kein Collector-Endpunkt unter %1</translation>
    </message>
    <message>
        <source>not an ingestion endpoint of %1 (it takes %2)</source>
        <translation>kein Ingestion-Endpunkt von %1 (dieser nimmt %2 an)</translation>
    </message>
    <message>
        <source> (the HAR file holds this body as text with replacement characters: the tool that wrote it lost the bytes of a binary body; export with base64 bodies)</source>
        <translation> (die HAR-Datei enthält diesen Inhalt als Text mit Ersatzzeichen: Das Werkzeug, das sie geschrieben hat, hat die Bytes eines binären Inhalts verloren; exportieren Sie mit Base64-Inhalten)</translation>
    </message>
    <message>
        <source>answered, but carries no events (feature flags, validation server)</source>
        <translation>beantwortet, enthält aber keine Ereignisse (Feature-Flags, Validierungsserver)</translation>
    </message>
    <message>
        <source>holds no events</source>
        <translation>enthält keine Ereignisse</translation>
    </message>
</context>
<context>
    <name>Journey::HarReader</name>
    <message>
        <source>the file is larger than 1 GB once decompressed</source>
        <translation>die Datei ist nach der Dekomprimierung größer als 1 GB</translation>
    </message>
    <message>
        <source>the file is gzip-compressed but does not decompress: %1</source>
        <translation>die Datei ist gzip-komprimiert, lässt sich aber nicht dekomprimieren: %1</translation>
    </message>
    <message>
        <source>not a HAR file: not valid JSON (%1 at byte %2)</source>
        <translation>keine HAR-Datei: kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a HAR file: expected a JSON object with a &quot;log&quot; member, got %1</source>
        <translation>keine HAR-Datei: JSON-Objekt mit einem Element &quot;log&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>not a HAR file: no &quot;log&quot; object at the top level</source>
        <translation>keine HAR-Datei: kein Objekt &quot;log&quot; auf der obersten Ebene</translation>
    </message>
    <message>
        <source>not a HAR file: log: expected an object, got %1</source>
        <translation>keine HAR-Datei: log: Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>not a HAR file: log.entries: required (the list of requests)</source>
        <translation>keine HAR-Datei: log.entries: erforderlich (die Liste der Anfragen)</translation>
    </message>
    <message>
        <source>log.entries: expected an array, got %1</source>
        <translation>log.entries: Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: Objekt erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.startedDateTime: required</source>
        <translation>%1.startedDateTime: erforderlich</translation>
    </message>
    <message>
        <source>%1.startedDateTime: expected a string, got %2</source>
        <translation>%1.startedDateTime: Zeichenkette erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.startedDateTime: &quot;%2&quot; is not an ISO 8601 date and time</source>
        <translation>%1.startedDateTime: &quot;%2&quot; ist kein ISO-8601-Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>%1.request: required</source>
        <translation>%1.request: erforderlich</translation>
    </message>
    <message>
        <source>%1.request: expected an object, got %2</source>
        <translation>%1.request: Objekt erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.method: required</source>
        <translation>%1.method: erforderlich</translation>
    </message>
    <message>
        <source>%1.method: expected a string, got %2</source>
        <translation>%1.method: Zeichenkette erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.url: required</source>
        <translation>%1.url: erforderlich</translation>
    </message>
    <message>
        <source>%1.url: expected a string, got %2</source>
        <translation>%1.url: Zeichenkette erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.url: not an absolute URL (%2)</source>
        <translation>%1.url: keine absolute URL (%2)</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>kein Schema</translation>
    </message>
    <message>
        <source>%1.response: expected an object, got %2</source>
        <translation>%1.response: Objekt erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.response.status: expected an HTTP status (a number), got %2</source>
        <translation>%1.response.status: HTTP-Status (eine Zahl) erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1: expected an array, got %2</source>
        <translation>%1: Array erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.name: required</source>
        <translation>%1.name: erforderlich</translation>
    </message>
    <message>
        <source>%1.name: expected a string, got %2</source>
        <translation>%1.name: Zeichenkette erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.value: expected a string, got %2</source>
        <translation>%1.value: Zeichenkette erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.mimeType: expected a string, got %2</source>
        <translation>%1.mimeType: Zeichenkette erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.encoding: expected a string, got %2</source>
        <translation>%1.encoding: Zeichenkette erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.encoding: &quot;%2&quot; is not supported (only &quot;base64&quot;)</source>
        <translation>%1.encoding: &quot;%2&quot; wird nicht unterstützt (nur &quot;base64&quot;)</translation>
    </message>
    <message>
        <source>%1.text: expected a string, got %2</source>
        <translation>%1.text: Zeichenkette erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.text: not valid base64 (the encoding says &quot;base64&quot;)</source>
        <translation>%1.text: kein gültiges Base64 (laut encoding &quot;base64&quot;)</translation>
    </message>
    <message>
        <source>%1.params: expected an array, got %2</source>
        <translation>%1.params: Array erwartet, erhalten: %2</translation>
    </message>
</context>
<context>
    <name>Journey::HeapProvider</name>
    <message>
        <source>%1: unknown key; expected one of: %2</source>
        <translation>%1: unbekannter Schlüssel; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>%1: required: the Heap environment id (sent as app_id)</source>
        <translation>%1: erforderlich: die Heap-Umgebungs-ID (als app_id gesendet)</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1: expected the name of the user property that holds the account id</source>
        <translation>%1: Name der Nutzereigenschaft erwartet, die die Konto-ID enthält</translation>
    </message>
    <message>
        <source>%1: Heap refuses a user property named &quot;id&quot;; choose another name</source>
        <translation>%1: Heap lehnt eine Nutzereigenschaft namens &quot;id&quot; ab; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>%1: at most 1023 characters</source>
        <translation>%1: höchstens 1023 Zeichen</translation>
    </message>
    <message>
        <source>/api/v1/identify: link a Heap user to an identity</source>
        <translation>/api/v1/identify: einen Heap-Benutzer mit einer Identität verknüpfen</translation>
    </message>
    <message>
        <source>track without an event name: Heap needs one</source>
        <translation>track ohne Ereignisnamen: Heap benötigt einen</translation>
    </message>
    <message>
        <source>event name cut to 1024 characters (Heap&apos;s limit)</source>
        <translation>Ereignisname auf 1024 Zeichen gekürzt (Heap-Limit)</translation>
    </message>
    <message>
        <source>page sent as the custom event &quot;Page Viewed&quot; (Heap has no server-side page view)</source>
        <translation>page als benutzerdefiniertes Ereignis &quot;Page Viewed&quot; gesendet (Heap hat keinen serverseitigen Seitenaufruf)</translation>
    </message>
    <message>
        <source>screen sent as the custom event &quot;Screen Viewed&quot; (Heap has no server-side screen view)</source>
        <translation>screen als benutzerdefiniertes Ereignis &quot;Screen Viewed&quot; gesendet (Heap hat keinen serverseitigen Bildschirmaufruf)</translation>
    </message>
    <message>
        <source>trait &quot;%1&quot; not sent: Heap refuses a user property named id</source>
        <translation>Trait &quot;%1&quot; nicht gesendet: Heap lehnt eine Nutzereigenschaft namens id ab</translation>
    </message>
    <message>
        <source>trait &quot;%1&quot; not sent: &quot;email&quot; is set as well</source>
        <translation>Trait &quot;%1&quot; nicht gesendet: &quot;email&quot; ist ebenfalls gesetzt</translation>
    </message>
    <message>
        <source>trait &quot;%1&quot; sent as &quot;email&quot;, Heap&apos;s built-in Email property</source>
        <translation>Trait &quot;%1&quot; als &quot;email&quot; gesendet, die integrierte Email-Eigenschaft von Heap</translation>
    </message>
    <message>
        <source>identify without traits, and the anonymousId is not a Heap user id to link: Heap has nothing to record</source>
        <translation>identify ohne Traits, und die anonymousId ist keine verknüpfbare Heap-Benutzer-ID: Heap hat nichts aufzuzeichnen</translation>
    </message>
    <message>
        <source>the anonymousId is a Heap user id: its events are moved to the identity with /api/v1/identify</source>
        <translation>die anonymousId ist eine Heap-Benutzer-ID: Ihre Ereignisse werden mit /api/v1/identify zur Identität verschoben</translation>
    </message>
    <message>
        <source>group without a groupId: Heap needs the account id</source>
        <translation>group ohne groupId: Heap benötigt die Konto-ID</translation>
    </message>
    <message>
        <source>groupId cut to 1023 characters (Heap&apos;s limit for property values)</source>
        <translation>groupId auf 1023 Zeichen gekürzt (Heap-Limit für Eigenschaftswerte)</translation>
    </message>
    <message>
        <source>alias without a userId: Heap needs the identity to move the Heap user to</source>
        <translation>alias ohne userId: Heap benötigt die Identität, zu der der Heap-Benutzer verschoben wird</translation>
    </message>
    <message>
        <source>Heap can only merge a Heap SDK user id (a decimal number) into an identity; previousId &quot;%1&quot; is not one, so this alias has no Heap equivalent</source>
        <translation>Heap kann nur eine Heap-SDK-Benutzer-ID (eine Dezimalzahl) mit einer Identität zusammenführen; previousId &quot;%1&quot; ist keine, daher hat dieser Alias keine Entsprechung in Heap</translation>
    </message>
    <message>
        <source>the identity is %1 characters long; Heap takes at most 255</source>
        <translation>die Identität ist %1 Zeichen lang; Heap akzeptiert höchstens 255</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>nested values flattened into dotted keys (Heap takes only numbers and strings): %1</source>
        <translation>verschachtelte Werte zu Schlüsseln mit Punkten abgeflacht (Heap akzeptiert nur Zahlen und Zeichenketten): %1</translation>
    </message>
    <message>
        <source>arrays sent as text joined with &quot;||&quot; (as Heap stores arrays): %1</source>
        <translation>Arrays als mit &quot;||&quot; verbundener Text gesendet (so speichert Heap Arrays): %1</translation>
    </message>
    <message>
        <source>true/false sent as the text &quot;true&quot;/&quot;false&quot; (Heap takes only numbers and strings): %1</source>
        <translation>true/false als Text &quot;true&quot;/&quot;false&quot; gesendet (Heap akzeptiert nur Zahlen und Zeichenketten): %1</translation>
    </message>
    <message>
        <source>null or empty values not sent: %1</source>
        <translation>null oder leere Werte nicht gesendet: %1</translation>
    </message>
    <message>
        <source>property names cut to 1023 characters (Heap&apos;s limit): %1</source>
        <translation>Eigenschaftsnamen auf 1023 Zeichen gekürzt (Heap-Limit): %1</translation>
    </message>
    <message>
        <source>values cut to 1023 characters (Heap&apos;s limit): %1</source>
        <translation>Werte auf 1023 Zeichen gekürzt (Heap-Limit): %1</translation>
    </message>
    <message>
        <source>properties whose flattened name repeats another one, not sent: %1</source>
        <translation>Eigenschaften, deren abgeflachter Name einen anderen wiederholt, nicht gesendet: %1</translation>
    </message>
    <message>
        <source>no userId: the anonymousId is sent as the Heap identity, so Heap shows this visitor as an identified user named by the anonymousId</source>
        <translation>keine userId: Die anonymousId wird als Heap-Identität gesendet, daher zeigt Heap diesen Besucher als identifizierten Benutzer mit der anonymousId als Namen</translation>
    </message>
    <message>
        <source>neither userId nor anonymousId is set: Heap needs an identity</source>
        <translation>weder userId noch anonymousId ist gesetzt: Heap benötigt eine Identität</translation>
    </message>
    <message>
        <source>not sent, Heap&apos;s server APIs have no field for it: %1</source>
        <translation>nicht gesendet, die Server-APIs von Heap haben kein Feld dafür: %1</translation>
    </message>
    <message>
        <source>encoded for Heap this event takes %1 bytes; the limit is %2 bytes per event</source>
        <translation>für Heap kodiert umfasst dieses Ereignis %1 Bytes; das Limit liegt bei %2 Bytes pro Ereignis</translation>
    </message>
    <message>
        <source>a request carrying only this event would take %1 bytes; the limit is %2 bytes per request</source>
        <translation>eine Anfrage nur mit diesem Ereignis würde %1 Bytes umfassen; das Limit liegt bei %2 Bytes pro Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n Element</numerusform>
            <numerusform>%1: %n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journey::HttpReplaySink</name>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>connection closed by the server before it answered</source>
        <translation>Verbindung vom Server geschlossen, bevor er geantwortet hat</translation>
    </message>
    <message>
        <source>host not found (DNS)</source>
        <translation>Host nicht gefunden (DNS)</translation>
    </message>
    <message>
        <source>no answer within the timeout</source>
        <translation>keine Antwort innerhalb des Zeitlimits</translation>
    </message>
    <message>
        <source>request failed</source>
        <translation>Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled while in flight (the server may have received it)</source>
        <translation>während der Übertragung abgebrochen (der Server hat sie möglicherweise erhalten)</translation>
    </message>
</context>
<context>
    <name>Journey::HttpSender</name>
    <message>
        <source>request failed</source>
        <translation>Anfrage fehlgeschlagen</translation>
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
    <message>
        <source>journey.provider[%1]: expected a provider name</source>
        <translation>journey.provider[%1]: Anbietername erwartet</translation>
    </message>
    <message>
        <source>journey.provider: expected a provider name, a list of them or &quot;all&quot;, got %1</source>
        <translation>journey.provider: Anbietername, eine Liste davon oder &quot;all&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>journey.provider: &apos;%1&apos; has no settings under journey.providers.%1</source>
        <translation>journey.provider: &apos;%1&apos; hat keine Einstellungen unter journey.providers.%1</translation>
    </message>
    <message>
        <source>journey.queue.maxEvents: expected a whole number between 1 and 100000000</source>
        <translation>journey.queue.maxEvents: ganze Zahl zwischen 1 und 100000000 erwartet</translation>
    </message>
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
        <source>journey.collector.flags: a flag key is empty</source>
        <translation>journey.collector.flags: ein Flag-Schlüssel ist leer</translation>
    </message>
    <message>
        <source>journey.providers.%1.forward: there is no endpoint to forward to; set forwardTo</source>
        <translation>journey.providers.%1.forward: es gibt keinen Endpunkt für die Weiterleitung; setzen Sie forwardTo</translation>
    </message>
    <message>
        <source>journey.validation.lint[%1]: expected a provider name</source>
        <translation>journey.validation.lint[%1]: Anbietername erwartet</translation>
    </message>
    <message>
        <source>journey.validation.lint: expected a list of provider names or &quot;all&quot;</source>
        <translation>journey.validation.lint: Liste von Anbieternamen oder &quot;all&quot; erwartet</translation>
    </message>
</context>
<context>
    <name>Journey::JsonEdit</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line 1, column 1: expected a JSON object in braces: { … }</source>
        <translation>Zeile 1, Spalte 1: JSON-Objekt in geschweiften Klammern erwartet: { … }</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#error&quot; style=&quot;color:#c62828&quot;&gt;%1&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;#error&quot; style=&quot;color:#c62828&quot;&gt;%1&lt;/a&gt;</translation>
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
    <message>
        <source>Save matching events as a capture…</source>
        <translation>Passende Ereignisse als Mitschnitt speichern…</translation>
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
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>Events arriving at the collector (Ctrl+1)</source>
        <translation>Ereignisse, die beim Collector eingehen (Strg+1)</translation>
    </message>
    <message>
        <source>Compose an event and send it to providers (Ctrl+2)</source>
        <translation>Ein Ereignis erstellen und an Anbieter senden (Strg+2)</translation>
    </message>
    <message>
        <source>Configured providers, their delivery figures and dead letters (Ctrl+3)</source>
        <translation>Konfigurierte Anbieter, ihre Zustellzahlen und unzustellbaren Ereignisse (Strg+3)</translation>
    </message>
    <message>
        <source>Every request sent to a provider and its response (Ctrl+4)</source>
        <translation>Jede an einen Anbieter gesendete Anfrage und ihre Antwort (Strg+4)</translation>
    </message>
    <message>
        <source>Delivery could not write to the store: %1</source>
        <translation>Die Zustellung konnte nicht in den Speicher schreiben: %1</translation>
    </message>
    <message>
        <source>The delivery queue is full: events are refused until the outbox catches up.</source>
        <translation>Die Zustellwarteschlange ist voll: Ereignisse werden abgelehnt, bis die Outbox aufgeholt hat.</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>L&amp;ive</translation>
    </message>
    <message>
        <source>&amp;Composer</source>
        <translation>&amp;Composer</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;Delivery log</source>
        <translation>&amp;Zustellprotokoll</translation>
    </message>
    <message>
        <source>Delivery to providers could not start, so nothing can be sent: %1</source>
        <translation>Die Zustellung an Anbieter konnte nicht gestartet werden, daher kann nichts gesendet werden: %1</translation>
    </message>
    <message>
        <source>Outbox: %1 queued · %2 dead letters</source>
        <translation>Outbox: %1 in der Warteschlange · %2 unzustellbar</translation>
    </message>
    <message>
        <source>Events waiting for delivery to providers, and events that failed for good</source>
        <translation>Ereignisse, die auf die Zustellung an Anbieter warten, und Ereignisse, die endgültig fehlgeschlagen sind</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Requests the collector refused, with the reason and the raw body (Ctrl+5)</source>
        <translation>Vom Collector abgelehnte Anfragen, mit Grund und Rohinhalt (Strg+5)</translation>
    </message>
    <message>
        <source>The tracking plan and what checking events against it found (Ctrl+6)</source>
        <translation>Der Tracking-Plan und was die Prüfung der Ereignisse dagegen ergeben hat (Strg+6)</translation>
    </message>
    <message>
        <source>How many people get through a sequence of steps, and who drops off (Ctrl+7)</source>
        <translation>Wie viele Personen eine Folge von Schritten durchlaufen und wer abspringt (Strg+7)</translation>
    </message>
    <message>
        <source>Retention: how many people come back, by cohort (Ctrl+8)</source>
        <translation>Retention: wie viele Personen zurückkehren, nach Kohorte (Strg+8)</translation>
    </message>
    <message>
        <source>How often events happen per day, week or month (Ctrl+9)</source>
        <translation>Wie oft Ereignisse pro Tag, Woche oder Monat auftreten (Strg+9)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Abgelehnt (%1)</translation>
    </message>
    <message>
        <source>&amp;Rejected</source>
        <translation>A&amp;bgelehnt</translation>
    </message>
    <message>
        <source>V&amp;alidation</source>
        <translation>&amp;Validierung</translation>
    </message>
    <message>
        <source>F&amp;unnels</source>
        <translation>T&amp;richter</translation>
    </message>
    <message>
        <source>C&amp;ohorts</source>
        <translation>&amp;Kohorten</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Trends</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Mitschnitte</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Each person&apos;s visits, and one visit&apos;s events on a time line (Ctrl+0)</source>
        <translation>Die Besuche jeder Person und die Ereignisse eines Besuchs auf einer Zeitleiste (Strg+0)</translation>
    </message>
    <message>
        <source>Record, open, import (HAR) and replay captures of traffic</source>
        <translation>Mitschnitte des Datenverkehrs aufzeichnen, öffnen, importieren (HAR) und wiedergeben</translation>
    </message>
    <message>
        <source>What two captures send, compared: events, properties, types, volume, funnel</source>
        <translation>Was zwei Mitschnitte senden, im Vergleich: Ereignisse, Eigenschaften, Typen, Volumen, Trichter</translation>
    </message>
    <message>
        <source>Save as a capture</source>
        <translation>Als Mitschnitt speichern</translation>
    </message>
    <message>
        <source>Name of the capture (the events the Live view&apos;s filter matches, with their requests):</source>
        <translation>Name des Mitschnitts (die Ereignisse, die dem Filter der Live-Ansicht entsprechen, mit ihren Anfragen):</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Filtered events</source>
        <translation>Gefilterte Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>Captur&amp;es</source>
        <translation>&amp;Mitschnitte</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>V&amp;ergleich</translation>
    </message>
</context>
<context>
    <name>Journey::MixpanelProvider</name>
    <message>
        <source>%1: unknown setting (Mixpanel understands %2)</source>
        <translation>%1: unbekannte Einstellung (Mixpanel versteht %2)</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 must be a project id (a number or a string of digits)</source>
        <translation>%1 muss eine Projekt-ID sein (eine Zahl oder eine Zeichenkette aus Ziffern)</translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;username&quot; and &quot;secret&quot;</source>
        <translation>%1 muss ein Objekt mit &quot;username&quot; und &quot;secret&quot; sein</translation>
    </message>
    <message>
        <source>%1.%2: unknown setting (a service account has &quot;username&quot; and &quot;secret&quot;)</source>
        <translation>%1.%2: unbekannte Einstellung (ein Service-Account hat &quot;username&quot; und &quot;secret&quot;)</translation>
    </message>
    <message>
        <source>%1.username is required and must be a string</source>
        <translation>%1.username ist erforderlich und muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1.secret is required and must be a string</source>
        <translation>%1.secret ist erforderlich und muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1 and %2: set one of them, not both</source>
        <translation>%1 und %2: Setzen Sie eines davon, nicht beide</translation>
    </message>
    <message>
        <source>%1 is required with a service account</source>
        <translation>%1 ist bei einem Service-Account erforderlich</translation>
    </message>
    <message>
        <source>the event is %1 bytes as Mixpanel JSON, over the limit of %2 bytes per event</source>
        <translation>das Ereignis umfasst als Mixpanel-JSON %1 Bytes und überschreitet damit das Limit von %2 Bytes pro Ereignis</translation>
    </message>
    <message>
        <source>the event is %1 bytes as Mixpanel JSON and does not fit in a request of %2 bytes</source>
        <translation>das Ereignis umfasst als Mixpanel-JSON %1 Bytes und passt nicht in eine Anfrage von %2 Bytes</translation>
    </message>
    <message>
        <source>Mixpanel refused the data (answer 0)</source>
        <translation>Mixpanel hat die Daten abgelehnt (Antwort 0)</translation>
    </message>
    <message>
        <source>Mixpanel refused the data: %1</source>
        <translation>Mixpanel hat die Daten abgelehnt: %1</translation>
    </message>
    <message>
        <source>Mixpanel keeps only the first 255 characters of %1</source>
        <translation>Mixpanel speichert nur die ersten 255 Zeichen von %1</translation>
    </message>
    <message>
        <source>the event has %1 properties; Mixpanel keeps fewer than 255</source>
        <translation>das Ereignis hat %1 Eigenschaften; Mixpanel speichert weniger als 255</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; is reserved by Mixpanel; the connector&apos;s value replaced it</source>
        <translation>Eigenschaft &quot;%1&quot; ist von Mixpanel reserviert; der Wert des Connectors hat sie ersetzt</translation>
    </message>
    <message>
        <source>userId &quot;%1&quot; is a value Mixpanel refuses as an id; it was left out</source>
        <translation>userId &quot;%1&quot; ist ein Wert, den Mixpanel als ID ablehnt; sie wurde weggelassen</translation>
    </message>
    <message>
        <source>anonymousId &quot;%1&quot; is a value Mixpanel refuses as an id; it was left out</source>
        <translation>anonymousId &quot;%1&quot; ist ein Wert, den Mixpanel als ID ablehnt; sie wurde weggelassen</translation>
    </message>
    <message>
        <source>the event has no id Mixpanel accepts; it is sent with an empty distinct_id, tied to no user</source>
        <translation>das Ereignis hat keine ID, die Mixpanel akzeptiert; es wird mit leerer distinct_id gesendet und keinem Benutzer zugeordnet</translation>
    </message>
    <message>
        <source>Mixpanel profile updates carry no event context; not sent: %1</source>
        <translation>Mixpanel-Profilaktualisierungen enthalten keinen Ereigniskontext; nicht gesendet: %1</translation>
    </message>
    <message>
        <source>the event has no valid timestamp</source>
        <translation>das Ereignis hat keinen gültigen Zeitstempel</translation>
    </message>
    <message>
        <source>Mixpanel&apos;s /track endpoint ingests only events of the last 5 days; set apiSecret or serviceAccount to send older events through /import</source>
        <translation>der /track-Endpunkt von Mixpanel nimmt nur Ereignisse der letzten 5 Tage an; setzen Sie apiSecret oder serviceAccount, um ältere Ereignisse über /import zu senden</translation>
    </message>
    <message>
        <source>a track call needs an event name</source>
        <translation>ein Track-Aufruf benötigt einen Ereignisnamen</translation>
    </message>
    <message>
        <source>an identify call needs a userId or anonymousId that Mixpanel accepts</source>
        <translation>ein Identify-Aufruf benötigt eine userId oder anonymousId, die Mixpanel akzeptiert</translation>
    </message>
    <message>
        <source>the $identify event linking anonymousId to userId was not sent: %1</source>
        <translation>das $identify-Ereignis, das anonymousId mit userId verknüpft, wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>a group call needs a groupId</source>
        <translation>ein Group-Aufruf benötigt eine groupId</translation>
    </message>
    <message>
        <source>the user has no id Mixpanel accepts; only the group profile was updated</source>
        <translation>der Benutzer hat keine ID, die Mixpanel akzeptiert; nur das Gruppenprofil wurde aktualisiert</translation>
    </message>
    <message>
        <source>an alias call needs a previousId and a userId</source>
        <translation>ein Alias-Aufruf benötigt eine previousId und eine userId</translation>
    </message>
    <message>
        <source>Mixpanel refuses &quot;%1&quot; as an id</source>
        <translation>Mixpanel lehnt &quot;%1&quot; als ID ab</translation>
    </message>
    <message>
        <source>$create_alias only merges ids in projects on Original ID Merge; under Simplified ID Merge Mixpanel links ids from events that carry both $device_id and $user_id</source>
        <translation>$create_alias führt IDs nur in Projekten mit Original ID Merge zusammen; unter Simplified ID Merge verknüpft Mixpanel IDs aus Ereignissen, die sowohl $device_id als auch $user_id enthalten</translation>
    </message>
    <message>
        <source>unknown event type</source>
        <translation>unbekannter Ereignistyp</translation>
    </message>
    <message numerus="yes">
        <source>/import: %n event(s)</source>
        <translation>
            <numerusform>/import: %n Ereignis</numerusform>
            <numerusform>/import: %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>/track: %n event(s)</source>
        <translation>
            <numerusform>/track: %n Ereignis</numerusform>
            <numerusform>/track: %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>/engage: %n profile update(s)</source>
        <translation>
            <numerusform>/engage: %n Profilaktualisierung</numerusform>
            <numerusform>/engage: %n Profilaktualisierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>/groups: %n group update(s)</source>
        <translation>
            <numerusform>/groups: %n Gruppenaktualisierung</numerusform>
            <numerusform>/groups: %n Gruppenaktualisierungen</numerusform>
        </translation>
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
    <name>Journey::OutboxStore</name>
    <message>
        <source>no delivery log entry %1</source>
        <translation>kein Zustellprotokolleintrag %1</translation>
    </message>
    <message>
        <source>outbox: %1</source>
        <translation>Outbox: %1</translation>
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
    <name>Journey::PlainHttpClient</name>
    <message>
        <source>connection closed by the server before it answered</source>
        <translation>Verbindung vom Server geschlossen, bevor er geantwortet hat</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found (DNS)</source>
        <translation>Host nicht gefunden (DNS)</translation>
    </message>
    <message>
        <source>no answer within the timeout</source>
        <translation>keine Antwort innerhalb des Zeitlimits</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Journey::PlanEditorDialog</name>
    <message>
        <source>Tracking plan</source>
        <translation>Tracking-Plan</translation>
    </message>
    <message>
        <source>Save and use…</source>
        <translation>Speichern und verwenden…</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>der Plan</translation>
    </message>
</context>
<context>
    <name>Journey::PlanInferrer</name>
    <message>
        <source>Inferred from 1 event</source>
        <translation>Abgeleitet aus 1 Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>Inferred from %n events</source>
        <translation>
            <numerusform>Abgeleitet aus %n Ereignis</numerusform>
            <numerusform>Abgeleitet aus %n Ereignissen</numerusform>
        </translation>
    </message>
    <message>
        <source>Inferred plan</source>
        <translation>Abgeleiteter Plan</translation>
    </message>
</context>
<context>
    <name>Journey::PlanValidator</name>
    <message>
        <source>%1: the schema does not compile: %2</source>
        <translation>%1: das Schema lässt sich nicht kompilieren: %2</translation>
    </message>
    <message>
        <source>/common: the schema does not compile: %1</source>
        <translation>/common: das Schema lässt sich nicht kompilieren: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the plan for this event</source>
        <translation>&quot;%1&quot; ist für dieses Ereignis nicht im Plan</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not in the tracking plan</source>
        <translation>%1 &quot;%2&quot; ist nicht im Tracking-Plan</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>die Nachricht ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 an Position %2</translation>
    </message>
</context>
<context>
    <name>Journey::PostHogProvider</name>
    <message>
        <source>%1: unknown setting (PostHog understands: %2)</source>
        <translation>%1: unbekannte Einstellung (PostHog versteht: %2)</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1 is missing: PostHog needs the project API key (phc_…)</source>
        <translation>%1 fehlt: PostHog benötigt den Projekt-API-Schlüssel (phc_…)</translation>
    </message>
    <message>
        <source>%1: this is a personal API key (phx_…); capture needs the project API key (phc_…)</source>
        <translation>%1: Dies ist ein persönlicher API-Schlüssel (phx_…); capture benötigt den Projekt-API-Schlüssel (phc_…)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) base URL</source>
        <translation>%1: &quot;%2&quot; ist keine http(s)-Basis-URL</translation>
    </message>
    <message>
        <source>%1: expected a group type name such as &quot;company&quot;</source>
        <translation>%1: Name eines Gruppentyps wie &quot;company&quot; erwartet</translation>
    </message>
    <message>
        <source>the message has neither userId nor anonymousId, and PostHog drops events without a distinct_id</source>
        <translation>die Nachricht hat weder userId noch anonymousId, und PostHog verwirft Ereignisse ohne distinct_id</translation>
    </message>
    <message>
        <source>the track call has no event name, and PostHog drops events without one</source>
        <translation>der Track-Aufruf hat keinen Ereignisnamen, und PostHog verwirft Ereignisse ohne Namen</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not sent: the properties carry a different %1, which wins</source>
        <translation>der Wert &quot;%2&quot; für %1 wird nicht gesendet: Die Eigenschaften enthalten einen anderen Wert für %1, der Vorrang hat</translation>
    </message>
    <message>
        <source>the group call has no groupId</source>
        <translation>der Group-Aufruf hat keine groupId</translation>
    </message>
    <message>
        <source>PostHog keeps the group&apos;s traits but has no membership record: %1 is tied to %2 &quot;%3&quot; only on events that carry context.groupId</source>
        <translation>PostHog speichert die Traits der Gruppe, hat aber keinen Mitgliedschaftseintrag: %1 wird nur bei Ereignissen, die context.groupId enthalten, mit %2 &quot;%3&quot; verknüpft</translation>
    </message>
    <message>
        <source>the alias call has no previousId to merge</source>
        <translation>der Alias-Aufruf hat keine previousId zum Zusammenführen</translation>
    </message>
    <message>
        <source>PostHog has no place for %1 in a %2 call; not sent</source>
        <translation>PostHog hat keinen Platz für %1 in einem %2-Aufruf; nicht gesendet</translation>
    </message>
    <message>
        <source>the event is %1 bytes; PostHog takes at most %2 bytes per event</source>
        <translation>das Ereignis umfasst %1 Bytes; PostHog akzeptiert höchstens %2 Bytes pro Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>batch of %n event(s)</source>
        <translation>
            <numerusform>Batch mit %n Ereignis</numerusform>
            <numerusform>Batch mit %n Ereignissen</numerusform>
        </translation>
    </message>
    <message>
        <source>the event is %1 bytes; with the batch envelope it does not fit in a request of at most %2 bytes</source>
        <translation>das Ereignis umfasst %1 Bytes; mit der Batch-Hülle passt es nicht in eine Anfrage von höchstens %2 Bytes</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>die Nachricht ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>Journey::PropertyColumnBuilder</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Journey::PropertyFilter</name>
    <message>
        <source>&quot;%1&quot; is not a condition: write PROPERTY=VALUE, !=, &lt;, &lt;=, &gt;, &gt;=, ~ (contains), PROPERTY? (has it) or !PROPERTY (does not)</source>
        <translation>&quot;%1&quot; ist keine Bedingung: Schreiben Sie PROPERTY=VALUE, !=, &lt;, &lt;=, &gt;, &gt;=, ~ (enthält), PROPERTY? (vorhanden) oder !PROPERTY (nicht vorhanden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &lt;, &lt;=, &gt; and &gt;= compare numbers, and &quot;%2&quot; is not one</source>
        <translation>&quot;%1&quot;: &lt;, &lt;=, &gt; und &gt;= vergleichen Zahlen, und &quot;%2&quot; ist keine</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the property name is missing or has an empty part</source>
        <translation>&quot;%1&quot;: der Eigenschaftsname fehlt oder hat einen leeren Teil</translation>
    </message>
</context>
<context>
    <name>Journey::Provider</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>Journey::ProviderLinter</name>
    <message>
        <source>no provider lints for &quot;%1&quot; (known: %2, or all)</source>
        <translation>keine Anbieter-Lints für &quot;%1&quot; (bekannt: %2 oder all)</translation>
    </message>
    <message>
        <source>the event is %1 bytes of JSON; %2 refuses events over 32 KB</source>
        <translation>das Ereignis umfasst %1 Bytes JSON; %2 lehnt Ereignisse über 32 KB ab</translation>
    </message>
    <message>
        <source>Mixpanel refuses &quot;%1&quot; as a distinct_id: the event would not be tied to a person</source>
        <translation>Mixpanel lehnt &quot;%1&quot; als distinct_id ab: Das Ereignis wäre keiner Person zugeordnet</translation>
    </message>
    <message>
        <source>Mixpanel needs $insert_id to be 1 to 36 letters, digits or &apos;-&apos; and not a placeholder value; duplicates of this event would not be removed</source>
        <translation>Mixpanel verlangt für $insert_id 1 bis 36 Buchstaben, Ziffern oder &apos;-&apos; und keinen Platzhalterwert; Duplikate dieses Ereignisses würden nicht entfernt</translation>
    </message>
    <message numerus="yes">
        <source>the event is %n day(s) old: Mixpanel&apos;s /track drops events older than 5 days; it must go through /import (a project secret or service account)</source>
        <translation>
            <numerusform>das Ereignis ist %n Tag alt: /track von Mixpanel verwirft Ereignisse, die älter als 5 Tage sind; es muss über /import gesendet werden (Projekt-Secret oder Dienstkonto)</numerusform>
            <numerusform>das Ereignis ist %n Tage alt: /track von Mixpanel verwirft Ereignisse, die älter als 5 Tage sind; es muss über /import gesendet werden (Projekt-Secret oder Dienstkonto)</numerusform>
        </translation>
    </message>
    <message>
        <source>the time is in the future: Mixpanel sets it to the time of ingestion</source>
        <translation>der Zeitpunkt liegt in der Zukunft: Mixpanel setzt ihn auf den Zeitpunkt der Aufnahme</translation>
    </message>
    <message>
        <source>%1 properties: Mixpanel takes fewer than 255 per event</source>
        <translation>%1 Eigenschaften: Mixpanel akzeptiert weniger als 255 pro Ereignis</translation>
    </message>
    <message>
        <source>%1 characters: Mixpanel keeps the first 255</source>
        <translation>%1 Zeichen: Mixpanel speichert die ersten 255</translation>
    </message>
    <message>
        <source>objects nested %1 deep: Mixpanel refuses nesting deeper than 3</source>
        <translation>Objekte %1 Ebenen tief verschachtelt: Mixpanel lehnt Verschachtelungen tiefer als 3 ab</translation>
    </message>
    <message>
        <source>Amplitude refuses &quot;%1&quot; as a %2</source>
        <translation>Amplitude lehnt &quot;%1&quot; als %2 ab</translation>
    </message>
    <message>
        <source>Amplitude removes a %1 shorter than %2 characters (&quot;%3&quot; has %4)</source>
        <translation>Amplitude entfernt eine %1 mit weniger als %2 Zeichen (&quot;%3&quot; hat %4)</translation>
    </message>
    <message>
        <source>no usable user_id or device_id is left: Amplitude refuses the event</source>
        <translation>keine verwendbare user_id oder device_id übrig: Amplitude lehnt das Ereignis ab</translation>
    </message>
    <message>
        <source>the time is in 1970: seconds sent where Amplitude expects milliseconds since 1970?</source>
        <translation>der Zeitpunkt liegt im Jahr 1970: Sekunden gesendet, wo Amplitude Millisekunden seit 1970 erwartet?</translation>
    </message>
    <message>
        <source>%1 characters: Amplitude keeps the first %2</source>
        <translation>%1 Zeichen: Amplitude speichert die ersten %2</translation>
    </message>
    <message>
        <source>no userId or anonymousId: PostHog drops events without a distinct_id</source>
        <translation>keine userId oder anonymousId: PostHog verwirft Ereignisse ohne distinct_id</translation>
    </message>
    <message>
        <source>GA4 has no %1 call: the event is not sent to it</source>
        <translation>GA4 kennt keinen %1-Aufruf: Das Ereignis wird nicht an GA4 gesendet</translation>
    </message>
</context>
<context>
    <name>Journey::ProviderPreviewPanel</name>
    <message>
        <source>No request: see above.</source>
        <translation>Keine Anfrage: siehe oben.</translation>
    </message>
    <message>
        <source>The response appears here once the request has been answered.</source>
        <translation>Die Antwort erscheint hier, sobald die Anfrage beantwortet wurde.</translation>
    </message>
    <message>
        <source>%1 · nothing to send</source>
        <translation>%1 · nichts zu senden</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n requests</source>
        <translation>
            <numerusform>%1 · %n Anfrage</numerusform>
            <numerusform>%1 · %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Skipped:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Übersprungen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sampled out:&lt;/b&gt; the sampling rules leave this person out; the event is recorded, not sent.</source>
        <translation>&lt;b&gt;Durch Sampling ausgeschlossen:&lt;/b&gt; Die Sampling-Regeln schließen diese Person aus; das Ereignis wird aufgezeichnet, nicht gesendet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Abgelehnt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Hinweis:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source># request %1 of %2: %3</source>
        <translation># Anfrage %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#757575&quot;&gt;Not sent yet.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#757575&quot;&gt;Noch nicht gesendet.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 ms</source>
        <translation>HTTP %1 · %2 ms</translation>
    </message>
    <message>
        <source>No HTTP answer · %1 ms</source>
        <translation>Keine HTTP-Antwort · %1 ms</translation>
    </message>
</context>
<context>
    <name>Journey::ProviderSettings</name>
    <message>
        <source>%1: unknown provider; expected one of: %2</source>
        <translation>%1: unbekannter Anbieter; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>%1.%2: unknown key; expected one of: %3</source>
        <translation>%1.%2: unbekannter Schlüssel; erwartet wird einer von: %3</translation>
    </message>
    <message>
        <source>%1.enabled: expected true or false</source>
        <translation>%1.enabled: true oder false erwartet</translation>
    </message>
    <message>
        <source>%1.endpoint: expected an http:// or https:// base URL</source>
        <translation>%1.endpoint: http://- oder https://-Basis-URL erwartet</translation>
    </message>
    <message>
        <source>%1.batch: expected an object with &quot;maxEvents&quot;, &quot;maxKB&quot; and/or &quot;flushMs&quot;</source>
        <translation>%1.batch: Objekt mit &quot;maxEvents&quot;, &quot;maxKB&quot; und/oder &quot;flushMs&quot; erwartet</translation>
    </message>
    <message>
        <source>%1.batch.%2: unknown key; expected one of: maxEvents, maxKB, flushMs</source>
        <translation>%1.batch.%2: unbekannter Schlüssel; erwartet wird einer von: maxEvents, maxKB, flushMs</translation>
    </message>
    <message>
        <source>%1.%2: expected a whole number between %3 and %4</source>
        <translation>%1.%2: ganze Zahl zwischen %3 und %4 erwartet</translation>
    </message>
    <message>
        <source>%1.forward: expected true or false</source>
        <translation>%1.forward: true oder false erwartet</translation>
    </message>
    <message>
        <source>%1.forwardTo: expected an http:// or https:// base URL</source>
        <translation>%1.forwardTo: http://- oder https://-Basis-URL erwartet</translation>
    </message>
    <message>
        <source>%1.validation: expected one of: %2, %3, %4</source>
        <translation>%1.validation: erwartet wird einer von: %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>Journey::ProviderStatsModel</name>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1
(at %2)</source>
        <translation>%1
(um %2)</translation>
    </message>
    <message>
        <source>Delivery waits until then: the provider asked for a pause or could not be reached.</source>
        <translation>Die Zustellung wartet bis dahin: Der Anbieter hat um eine Pause gebeten oder war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Sampled out</source>
        <translation>Ausgeschlossen (Sampling)</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Paused until</source>
        <translation>Pausiert bis</translation>
    </message>
</context>
<context>
    <name>Journey::ProvidersView</name>
    <message>
        <source>Restart delivery</source>
        <translation>Zustellung neu starten</translation>
    </message>
    <message>
        <source>Deliver to this provider</source>
        <translation>An diesen Anbieter zustellen</translation>
    </message>
    <message>
        <source>Save to configuration</source>
        <translation>In der Konfiguration speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbare Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Retry selected</source>
        <translation>Ausgewählte &amp;erneut senden</translation>
    </message>
    <message>
        <source>Retry &amp;all</source>
        <translation>&amp;Alle erneut senden</translation>
    </message>
    <message>
        <source>&amp;Discard selected…</source>
        <translation>Ausgewählte &amp;verwerfen…</translation>
    </message>
    <message>
        <source>Discard all…</source>
        <translation>Alle verwerfen…</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Configure one more provider</source>
        <translation>Einen weiteren Anbieter konfigurieren</translation>
    </message>
    <message>
        <source>Stop delivery and start it again with the configuration as saved; queued events stay queued</source>
        <translation>Zustellung stoppen und mit der gespeicherten Konfiguration neu starten; Ereignisse in der Warteschlange bleiben dort</translation>
    </message>
    <message>
        <source>&lt;b&gt;No provider is configured.&lt;/b&gt; Choose one under “Add provider” and enter its credentials, or add it under &lt;code&gt;journey.providers&lt;/code&gt; in %1.</source>
        <translation>&lt;b&gt;Es ist kein Anbieter konfiguriert.&lt;/b&gt; Wählen Sie einen unter „Anbieter hinzufügen“ und geben Sie seine Zugangsdaten ein, oder fügen Sie ihn unter &lt;code&gt;journey.providers&lt;/code&gt; in %1 hinzu.</translation>
    </message>
    <message>
        <source>Base URL requests go to: a self-hosted instance, a proxy or a test sink. Empty: the provider&apos;s own.</source>
        <translation>Basis-URL, an die Anfragen gehen: eine selbst gehostete Instanz, ein Proxy oder ein Test-Sink. Leer: die des Anbieters.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Saved to &lt;code&gt;%1&lt;/code&gt; as written: &lt;code&gt;${VAR}&lt;/code&gt; references stay references. Secrets are masked; a field left empty keeps its value.</source>
        <translation>Wird wie eingegeben in &lt;code&gt;%1&lt;/code&gt; gespeichert: &lt;code&gt;${VAR}&lt;/code&gt;-Verweise bleiben Verweise. Geheimnisse sind maskiert; ein leer gelassenes Feld behält seinen Wert.</translation>
    </message>
    <message>
        <source>Put the selected dead letters back in the queue; they are sent again at once</source>
        <translation>Die ausgewählten unzustellbaren Ereignisse zurück in die Warteschlange stellen; sie werden sofort erneut gesendet</translation>
    </message>
    <message>
        <source>Put every dead letter of this provider back in the queue</source>
        <translation>Alle unzustellbaren Ereignisse dieses Anbieters zurück in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>Delete the selected dead letters from the outbox</source>
        <translation>Die ausgewählten unzustellbaren Ereignisse aus der Outbox löschen</translation>
    </message>
    <message>
        <source>Delete every dead letter of this provider from the outbox</source>
        <translation>Alle unzustellbaren Ereignisse dieses Anbieters aus der Outbox löschen</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a0a0a0&quot;&gt;●&lt;/span&gt; Delivery is starting…</source>
        <translation>&lt;span style=&quot;color:#a0a0a0&quot;&gt;●&lt;/span&gt; Zustellung wird gestartet…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; Delivery is not running: %1</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; Zustellung läuft nicht: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a0a0a0&quot;&gt;●&lt;/span&gt; Delivery is ready; no provider is configured.</source>
        <translation>&lt;span style=&quot;color:#a0a0a0&quot;&gt;●&lt;/span&gt; Zustellung ist bereit; es ist kein Anbieter konfiguriert.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2e9d57&quot;&gt;●&lt;/span&gt; Delivery is running · providers enabled: %1 of %2</source>
        <translation>&lt;span style=&quot;color:#2e9d57&quot;&gt;●&lt;/span&gt; Zustellung läuft · aktivierte Anbieter: %1 von %2</translation>
    </message>
    <message>
        <source>Enter the credentials of %1, then save.</source>
        <translation>Geben Sie die Zugangsdaten für %1 ein und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>New provider: %1</source>
        <translation>Neuer Anbieter: %1</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <source>The configuration file cannot be edited here: %1</source>
        <translation>Die Konfigurationsdatei kann hier nicht bearbeitet werden: %1</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>%1 is not text: change it in the configuration file</source>
        <translation>%1 ist kein Text: Ändern Sie den Wert in der Konfigurationsdatei</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 (from the environment)</source>
        <translation>%1 (aus der Umgebung)</translation>
    </message>
    <message>
        <source>Type a new value to replace it, or ${VARIABLE} to read it from the environment</source>
        <translation>Geben Sie einen neuen Wert ein, um ihn zu ersetzen, oder ${VARIABLE}, um ihn aus der Umgebung zu lesen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved to %1. Delivery restarted with the new settings.</source>
        <translation>In %1 gespeichert. Die Zustellung wurde mit den neuen Einstellungen neu gestartet.</translation>
    </message>
    <message>
        <source>Dead letters of %1 (%2)</source>
        <translation>Unzustellbare Ereignisse von %1 (%2)</translation>
    </message>
    <message>
        <source>Delivery to %1 is not running (disabled, or not started), so its dead letters can be retried or discarded once it runs.</source>
        <translation>Die Zustellung an %1 läuft nicht (deaktiviert oder nicht gestartet); die unzustellbaren Ereignisse können erneut gesendet oder verworfen werden, sobald sie läuft.</translation>
    </message>
    <message>
        <source>anonymous %1</source>
        <translation>anonym %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Message id: %4&lt;br&gt;Attempts: %5 · failed at %6&lt;br&gt;%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Nachrichten-ID: %4&lt;br&gt;Versuche: %5 · fehlgeschlagen am %6&lt;br&gt;%7</translation>
    </message>
    <message>
        <source>Discard dead letters</source>
        <translation>Unzustellbare Ereignisse verwerfen</translation>
    </message>
    <message>
        <source>Delete the selected dead letters of %1? They will not be delivered. (Selected: %2)</source>
        <translation>Die ausgewählten unzustellbaren Ereignisse von %1 löschen? Sie werden nicht zugestellt. (Ausgewählt: %2)</translation>
    </message>
    <message>
        <source>Delete every dead letter of %1? They will not be delivered.</source>
        <translation>Alle unzustellbaren Ereignisse von %1 löschen? Sie werden nicht zugestellt.</translation>
    </message>
</context>
<context>
    <name>Journey::RejectedRequestModel</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Journey::RejectedView</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the newest rejected requests from the store again</source>
        <translation>Die neuesten abgelehnten Anfragen erneut aus dem Speicher lesen</translation>
    </message>
    <message>
        <source>Select a request to see why it was rejected.</source>
        <translation>Wählen Sie eine Anfrage aus, um zu sehen, warum sie abgelehnt wurde.</translation>
    </message>
    <message>
        <source>The request as it arrived: request line, headers, body.</source>
        <translation>Die Anfrage, wie sie eingegangen ist: Anfragezeile, Header, Inhalt.</translation>
    </message>
    <message>
        <source>Cannot read the rejected requests: %1</source>
        <translation>Die abgelehnten Anfragen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No rejected requests. Requests the collector refuses (malformed, too large, unknown path) are listed here with the reason.</source>
        <translation>Keine abgelehnten Anfragen. Anfragen, die der Collector ablehnt (fehlerhaft, zu groß, unbekannter Pfad), werden hier mit dem Grund aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n rejected requests</source>
        <translation>
            <numerusform>Die neueste %n abgelehnte Anfrage</numerusform>
            <numerusform>Die neuesten %n abgelehnten Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected request(s)</source>
        <translation>
            <numerusform>%n abgelehnte Anfrage</numerusform>
            <numerusform>%n abgelehnte Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — answered %2: %3</source>
        <translation>%1 — Antwort %2: %3</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Unbekanntes Format</translation>
    </message>
</context>
<context>
    <name>Journey::ReplayDialog</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes, gzip-compressed)</source>
        <translation>
            <numerusform>(%n Byte, gzip-komprimiert)</numerusform>
            <numerusform>(%n Bytes, gzip-komprimiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>… (%1 more bytes)</source>
        <translation>… (%1 weitere Bytes)</translation>
    </message>
    <message>
        <source>New dedup ids (messageId, $insert_id, insert_id, uuid)</source>
        <translation>Neue Dedup-IDs (messageId, $insert_id, insert_id, uuid)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergeben</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Cancel replay</source>
        <translation>Wiedergabe abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Replay %1</source>
        <translation>%1 wiedergeben</translation>
    </message>
    <message>
        <source>Replay capture</source>
        <translation>Mitschnitt wiedergeben</translation>
    </message>
    <message>
        <source>Local collector — %1</source>
        <translation>Lokaler Collector — %1</translation>
    </message>
    <message>
        <source>%1 (through the connector)</source>
        <translation>%1 (über den Connector)</translation>
    </message>
    <message>
        <source>URL…</source>
        <translation>URL…</translation>
    </message>
    <message>
        <source>http://127.0.0.1:9000/proxy — captured paths are appended</source>
        <translation>http://127.0.0.1:9000/proxy — aufgezeichnete Pfade werden angehängt</translation>
    </message>
    <message>
        <source>1× (original pacing)</source>
        <translation>1× (ursprüngliches Tempo)</translation>
    </message>
    <message>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <source>10×</source>
        <translation>10×</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Keep as captured</source>
        <translation>Wie aufgezeichnet beibehalten</translation>
    </message>
    <message>
        <source>Shift so that the capture ends now (gaps kept)</source>
        <translation>So verschieben, dass der Mitschnitt jetzt endet (Abstände bleiben erhalten)</translation>
    </message>
    <message>
        <source>Providers drop events whose dedup id they have seen: keep the ids only to test that.</source>
        <translation>Anbieter verwerfen Ereignisse, deren Dedup-ID sie schon gesehen haben: Behalten Sie die IDs nur, um genau das zu testen.</translation>
    </message>
    <message>
        <source>none — e.g. -replay2 makes u-1 into u-1-replay2 in every event</source>
        <translation>keines — z. B. macht -replay2 in jedem Ereignis aus u-1 u-1-replay2</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Timestamps:</source>
        <translation>Zeitstempel:</translation>
    </message>
    <message>
        <source>User id suffix:</source>
        <translation>Suffix für Benutzer-IDs:</translation>
    </message>
    <message>
        <source>List every request the replay would send, without sending anything</source>
        <translation>Jede Anfrage auflisten, die die Wiedergabe senden würde, ohne etwas zu senden</translation>
    </message>
    <message>
        <source>Select a request to see what it sends (secrets masked).</source>
        <translation>Wählen Sie eine Anfrage aus, um zu sehen, was sie sendet (Geheimnisse maskiert).</translation>
    </message>
    <message>
        <source>%v of %m requests</source>
        <translation>%v von %m Anfragen</translation>
    </message>
    <message>
        <source>Preview lists the requests without sending them.</source>
        <translation>Die Vorschau listet die Anfragen auf, ohne sie zu senden.</translation>
    </message>
    <message>
        <source>The capture has no events.</source>
        <translation>Der Mitschnitt enthält keine Ereignisse.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) over %2, %3 captured request(s) replayable in their original format; events without one go in Segment&apos;s format.</source>
        <translation>
            <numerusform>%1: %n Ereignis über %2, %3 aufgezeichnete Anfrage(n) im Originalformat wiedergebbar; Ereignisse ohne Anfrage werden im Segment-Format gesendet.</numerusform>
            <numerusform>%1: %n Ereignisse über %2, %3 aufgezeichnete Anfrage(n) im Originalformat wiedergebbar; Ereignisse ohne Anfrage werden im Segment-Format gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Tempo: %1</translation>
    </message>
    <message>
        <source>The collector is not running: start it first.</source>
        <translation>Der Collector läuft nicht: Starten Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL to replay to.</source>
        <translation>Geben Sie eine http://- oder https://-URL für die Wiedergabe ein.</translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 ist nicht konfiguriert.</translation>
    </message>
    <message>
        <source>The connector is not running%1.</source>
        <translation>Der Connector läuft nicht%1.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <source>Planning the replay…</source>
        <translation>Wiedergabe wird geplant…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) cannot be replayed to this target: %1</source>
        <translation>
            <numerusform>%n Ereignis kann nicht an dieses Ziel wiedergegeben werden: %1</numerusform>
            <numerusform>%n Ereignisse können nicht an dieses Ziel wiedergegeben werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n request(s) would be sent</source>
        <translation>
            <numerusform>Probelauf: %n Anfrage würde gesendet</numerusform>
            <numerusform>Probelauf: %n Anfragen würden gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source> to %1, %2 events, over %3 at this speed. Nothing was sent.</source>
        <translation> (an %1, %2 Ereignisse, Dauer bei diesem Tempo: %3). Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Replaying %n request(s)…</source>
        <translation>
            <numerusform>%n Anfrage wird wiedergegeben…</numerusform>
            <numerusform>%n Anfragen werden wiedergegeben…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 requests answered, %3 of %4 events sent, %5 failed — %6 of %7</source>
        <translation>%1 von %2 Anfragen beantwortet, %3 von %4 Ereignissen gesendet, %5 fehlgeschlagen — %6 von %7</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
    <message>
        <source>The replay could not start: %1</source>
        <translation>Die Wiedergabe konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed</source>
        <translation>%1 zugestellt, %2 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>, %n not sent</source>
        <translation>
            <numerusform>, %n nicht gesendet</numerusform>
            <numerusform>, %n nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source> — in %1</source>
        <translation> — in %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed; select one to see why.</source>
        <translation>
            <numerusform>%n Anfrage fehlgeschlagen; wählen Sie sie aus, um den Grund zu sehen.</numerusform>
            <numerusform>%n Anfragen fehlgeschlagen; wählen Sie eine aus, um den Grund zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Outcome: delivered (HTTP %1) in %2</source>
        <translation>Ergebnis: zugestellt (HTTP %1) in %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) through the connector to %1; the provider would get:</source>
        <translation>
            <numerusform>%n Ereignis über den Connector an %1; der Anbieter würde Folgendes erhalten:</numerusform>
            <numerusform>%n Ereignisse über den Connector an %1; der Anbieter würde Folgendes erhalten:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journey::ReplayOptions</name>
    <message>
        <source>expected a positive factor (1, 2, 0.5, …) or max, got &apos;%1&apos;</source>
        <translation>positiver Faktor (1, 2, 0.5, …) oder max erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Journey::ReplayPlanner</name>
    <message>
        <source>the speed must be a positive factor or max</source>
        <translation>das Tempo muss ein positiver Faktor oder max sein</translation>
    </message>
    <message>
        <source>%1 is not configured</source>
        <translation>%1 ist nicht konfiguriert</translation>
    </message>
    <message>
        <source>no URL to replay to</source>
        <translation>keine URL für die Wiedergabe</translation>
    </message>
    <message>
        <source>the capture has no events</source>
        <translation>der Mitschnitt enthält keine Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>Segment batch of %n events</source>
        <translation>
            <numerusform>Segment-Batch mit %n Ereignis</numerusform>
            <numerusform>Segment-Batch mit %n Ereignissen</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the canonical message is not well-formed JSON</source>
        <translation>die kanonische Nachricht ist kein wohlgeformtes JSON</translation>
    </message>
    <message>
        <source>%1 bytes: larger than Segment&apos;s limit of 32 KB per event</source>
        <translation>%1 Bytes: größer als das Segment-Limit von 32 KB pro Ereignis</translation>
    </message>
    <message>
        <source>timestamps shifted by %1 s so that the last event is now</source>
        <translation>Zeitstempel um %1 s verschoben, sodass das letzte Ereignis auf jetzt fällt</translation>
    </message>
</context>
<context>
    <name>Journey::ReplayRequestModel</name>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Journey::ReplayService</name>
    <message>
        <source>no capture to replay</source>
        <translation>kein Mitschnitt zum Wiedergeben</translation>
    </message>
    <message>
        <source>the connector is not running</source>
        <translation>der Connector läuft nicht</translation>
    </message>
</context>
<context>
    <name>Journey::ReplayTarget</name>
    <message>
        <source>expected a configured provider, collector or an http(s) URL</source>
        <translation>konfigurierter Anbieter, collector oder eine http(s)-URL erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos;; expected a provider (%2), collector or an http(s) URL</source>
        <translation>unbekanntes Ziel &apos;%1&apos;; erwartet wird ein Anbieter (%2), collector oder eine http(s)-URL</translation>
    </message>
    <message>
        <source>%1 is not configured: add journey.providers.%1 with its credentials to the configuration</source>
        <translation>%1 ist nicht konfiguriert: Fügen Sie der Konfiguration journey.providers.%1 mit den Zugangsdaten hinzu</translation>
    </message>
    <message>
        <source>%1 is disabled in the configuration (journey.providers.%1.enabled)</source>
        <translation>%1 ist in der Konfiguration deaktiviert (journey.providers.%1.enabled)</translation>
    </message>
    <message>
        <source>the collector (%1)</source>
        <translation>der Collector (%1)</translation>
    </message>
</context>
<context>
    <name>Journey::Replayer</name>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>abgebrochen, bevor sie gesendet wurde</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>Journey::RequestPreview</name>
    <message>
        <source>not configured under journey.providers</source>
        <translation>nicht unter journey.providers konfiguriert</translation>
    </message>
</context>
<context>
    <name>Journey::RetentionCurveChart</name>
    <message>
        <source>Days since the first %1</source>
        <translation>Tage seit dem ersten %1</translation>
    </message>
    <message>
        <source>Weeks since the first %1</source>
        <translation>Wochen seit dem ersten %1</translation>
    </message>
    <message>
        <source>Months since the first %1</source>
        <translation>Monate seit dem ersten %1</translation>
    </message>
    <message>
        <source>Run a retention query to see how many people come back.</source>
        <translation>Führen Sie eine Retention-Abfrage aus, um zu sehen, wie viele Personen zurückkehren.</translation>
    </message>
    <message>
        <source>Nobody did the cohort event.</source>
        <translation>Niemand hat das Kohortenereignis ausgelöst.</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Zurückgekehrt</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <source>%1: %2 % retained on average</source>
        <translation>%1: durchschnittlich %2 % zurückgekehrt</translation>
    </message>
</context>
<context>
    <name>Journey::RetentionEngine</name>
    <message>
        <source>the property %1 is not loaded</source>
        <translation>die Eigenschaft %1 ist nicht geladen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Journey::RetentionHeatmapModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>People whose first %1 was in the period starting %2</source>
        <translation>Personen, deren erstes %1 in den Zeitraum ab %2 fiel</translation>
    </message>
    <message>
        <source>%1 has not happened yet for this cohort</source>
        <translation>%1 ist für diese Kohorte noch nicht erreicht</translation>
    </message>
    <message>
        <source>%1: %2 on average over the cohorts seen that far (weighted by size)</source>
        <translation>%1: durchschnittlich %2 über die bis dahin beobachteten Kohorten (nach Größe gewichtet)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 people came back (%4)</source>
        <translation>%1: %2 von %3 Personen sind zurückgekehrt (%4)</translation>
    </message>
    <message>
        <source>%1 or later: %2 of %3 people came back (%4)</source>
        <translation>%1 oder später: %2 von %3 Personen sind zurückgekehrt (%4)</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>Journey::RetentionQuery</name>
    <message>
        <source>the cohort event needs a name</source>
        <translation>das Kohortenereignis braucht einen Namen</translation>
    </message>
    <message>
        <source>the return event needs a name (&quot;*&quot; for any event)</source>
        <translation>das Rückkehrereignis braucht einen Namen (&quot;*&quot; für ein beliebiges Ereignis)</translation>
    </message>
    <message>
        <source>the number of periods must be between 1 and %1, not %2</source>
        <translation>die Anzahl der Zeiträume muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>the time range is empty: its start is not before its end</source>
        <translation>der Zeitraum ist leer: Sein Beginn liegt nicht vor seinem Ende</translation>
    </message>
</context>
<context>
    <name>Journey::RouteRules</name>
    <message>
        <source>%1: expected an object with &quot;types&quot;, &quot;events&quot; and/or &quot;exclude&quot;</source>
        <translation>%1: Objekt mit &quot;types&quot;, &quot;events&quot; und/oder &quot;exclude&quot; erwartet</translation>
    </message>
    <message>
        <source>%1.%2: unknown key; expected one of: types, events, exclude</source>
        <translation>%1.%2: unbekannter Schlüssel; erwartet wird einer von: types, events, exclude</translation>
    </message>
    <message>
        <source>%1.types[%2]: &apos;%3&apos; is not a call type; expected track, identify, page, screen, group or alias</source>
        <translation>%1.types[%2]: &apos;%3&apos; ist kein Aufruftyp; erwartet wird track, identify, page, screen, group oder alias</translation>
    </message>
    <message>
        <source>%1.%2: expected an array of strings</source>
        <translation>%1.%2: Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>%1.%2[%3]: expected a non-empty string</source>
        <translation>%1.%2[%3]: nicht leere Zeichenkette erwartet</translation>
    </message>
</context>
<context>
    <name>Journey::RudderStackProvider</name>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1 is missing: RudderStack needs the data plane URL of the workspace (e.g. https://example-dataplane.rudderstack.com)</source>
        <translation>%1 fehlt: RudderStack benötigt die Data-Plane-URL des Workspace (z. B. https://example-dataplane.rudderstack.com)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) base URL</source>
        <translation>%1: &quot;%2&quot; ist keine http(s)-Basis-URL</translation>
    </message>
</context>
<context>
    <name>Journey::SamplingRules</name>
    <message>
        <source>%1: expected an object of event name → rate between 0 and 1</source>
        <translation>%1: Objekt aus Ereignisname → Rate zwischen 0 und 1 erwartet</translation>
    </message>
    <message>
        <source>%1.%2: expected a rate between 0 and 1</source>
        <translation>%1.%2: Rate zwischen 0 und 1 erwartet</translation>
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
    <name>Journey::SegmentProvider</name>
    <message>
        <source>%1: unknown setting (%2 understands: %3)</source>
        <translation>%1: unbekannte Einstellung (%2 versteht: %3)</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1 is missing: %2 needs the write key of the source to send to</source>
        <translation>%1 fehlt: %2 benötigt den Write Key der Quelle, an die gesendet wird</translation>
    </message>
    <message>
        <source>%1 discards a message without userId or anonymousId</source>
        <translation>%1 verwirft eine Nachricht ohne userId oder anonymousId</translation>
    </message>
    <message>
        <source>%1 discards a track call without an event name</source>
        <translation>%1 verwirft einen Track-Aufruf ohne Ereignisnamen</translation>
    </message>
    <message>
        <source>%1 discards a group call without groupId</source>
        <translation>%1 verwirft einen Group-Aufruf ohne groupId</translation>
    </message>
    <message>
        <source>%1 discards an alias call without previousId</source>
        <translation>%1 verwirft einen Alias-Aufruf ohne previousId</translation>
    </message>
    <message>
        <source>%1 discards an alias call without userId</source>
        <translation>%1 verwirft einen Alias-Aufruf ohne userId</translation>
    </message>
    <message>
        <source>messageId is longer than %1 characters, which %2 does not accept; sent as %3 (derived from it, so retries keep the same id)</source>
        <translation>messageId ist länger als %1 Zeichen, was %2 nicht akzeptiert; gesendet als %3 (daraus abgeleitet, sodass Wiederholungen dieselbe ID behalten)</translation>
    </message>
    <message>
        <source>the message is %1 bytes; %2 takes at most %3 bytes per message</source>
        <translation>die Nachricht umfasst %1 Bytes; %2 akzeptiert höchstens %3 Bytes pro Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>batch of %n message(s)</source>
        <translation>
            <numerusform>Batch mit %n Nachricht</numerusform>
            <numerusform>Batch mit %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>the message is %1 bytes; with the batch envelope it does not fit in a request of at most %2 bytes</source>
        <translation>die Nachricht umfasst %1 Bytes; mit der Batch-Hülle passt sie nicht in eine Anfrage von höchstens %2 Bytes</translation>
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
    <name>Journey::SessionListModel</name>
    <message>
        <source>1 invalid</source>
        <translation>1 ungültig</translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation>%1 ungültig</translation>
    </message>
    <message>
        <source>1 with warnings</source>
        <translation>1 mit Warnungen</translation>
    </message>
    <message>
        <source>%1 with warnings</source>
        <translation>%1 mit Warnungen</translation>
    </message>
    <message>
        <source>1 screen</source>
        <translation>1 Bildschirm</translation>
    </message>
    <message>
        <source>%1 screens</source>
        <translation>%1 Bildschirme</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>%1 id</source>
        <translation>%1-ID</translation>
    </message>
    <message>
        <source>inactivity</source>
        <translation>Inaktivität</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Grouped by the provider&apos;s session id %1 (%2)</source>
        <translation>Gruppiert nach der Sitzungs-ID %1 des Anbieters (%2)</translation>
    </message>
    <message>
        <source>No provider session id: split after more than %1 without an event</source>
        <translation>Keine Sitzungs-ID des Anbieters: aufgeteilt nach mehr als %1 ohne Ereignis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Aufgeteilt nach</translation>
    </message>
</context>
<context>
    <name>Journey::SessionQueryService</name>
    <message>
        <source>reading the store</source>
        <translation>Speicher wird gelesen</translation>
    </message>
    <message>
        <source>making sessions</source>
        <translation>Sitzungen werden gebildet</translation>
    </message>
    <message>
        <source>the session does not belong to this capture (it has no event %1)</source>
        <translation>die Sitzung gehört nicht zu diesem Mitschnitt (er hat kein Ereignis %1)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
</context>
<context>
    <name>Journey::SessionReportWriter</name>
    <message>
        <source>START (UTC)</source>
        <translation>BEGINN (UTC)</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EREIGNISSE</translation>
    </message>
    <message>
        <source>PAGES</source>
        <translation>SEITEN</translation>
    </message>
    <message>
        <source>SCREENS</source>
        <translation>BILDSCHIRME</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <source>VALIDATION</source>
        <translation>VALIDIERUNG</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>QUELLEN</translation>
    </message>
    <message>
        <source>SPLIT</source>
        <translation>AUFTEILUNG</translation>
    </message>
    <message>
        <source>inactivity</source>
        <translation>Inaktivität</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2 events · %3 with a provider session id · inactivity limit %4
</source>
        <translation>%1 · %2 Ereignisse · %3 mit einer Sitzungs-ID des Anbieters · Inaktivitätsgrenze %4
</translation>
    </message>
</context>
<context>
    <name>Journey::SessionTimeline</name>
    <message>
        <source>Select a session to see its events on a time line.</source>
        <translation>Wählen Sie eine Sitzung aus, um ihre Ereignisse auf einer Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>This session has no events to show.</source>
        <translation>Diese Sitzung hat keine Ereignisse zum Anzeigen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> (+%1 ms)</source>
        <translation> (+%1 ms)</translation>
    </message>
    <message>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
    <message>
        <source>Breaks the tracking plan</source>
        <translation>Verstößt gegen den Tracking-Plan</translation>
    </message>
    <message>
        <source>Tracking plan warnings</source>
        <translation>Warnungen des Tracking-Plans</translation>
    </message>
    <message>
        <source>Follows the tracking plan</source>
        <translation>Entspricht dem Tracking-Plan</translation>
    </message>
    <message>
        <source>Click to inspect, double-click to show it in the Live view</source>
        <translation>Klicken zum Untersuchen, Doppelklick zum Anzeigen in der Live-Ansicht</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>No events for %1 (drawn shorter than it was)</source>
        <translation>Keine Ereignisse für %1 (kürzer dargestellt, als es war)</translation>
    </message>
</context>
<context>
    <name>Journey::Sessionizer</name>
    <message>
        <source>the inactivity limit must be between 1 second and 366 days</source>
        <translation>die Inaktivitätsgrenze muss zwischen 1 Sekunde und 366 Tagen liegen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Journey::SessionsView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open capture…</source>
        <translation>Mitschnitt öffnen…</translation>
    </message>
    <message>
        <source>Show the store</source>
        <translation>Speicher anzeigen</translation>
    </message>
    <message>
        <source>Replay…</source>
        <translation>Wiedergeben…</translation>
    </message>
    <message>
        <source>Person: userId or anonymousId</source>
        <translation>Person: userId oder anonymousId</translation>
    </message>
    <message>
        <source>Show the sessions of people one of whose ids contains this text</source>
        <translation>Die Sitzungen von Personen anzeigen, bei denen eine der IDs diesen Text enthält</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Events without a provider session id start a new session after this long without an event (30 minutes, as Google Analytics and Amplitude do)</source>
        <translation>Ereignisse ohne Sitzungs-ID des Anbieters beginnen nach so langer Zeit ohne Ereignis eine neue Sitzung (30 Minuten, wie bei Google Analytics und Amplitude)</translation>
    </message>
    <message>
        <source>Read the events that arrived since (F5; Shift+click reads the whole store again)</source>
        <translation>Die seitdem eingegangenen Ereignisse lesen (F5; Umschalt+Klick liest den ganzen Speicher erneut)</translation>
    </message>
    <message>
        <source>Show the sessions of a capture file or canonical NDJSON instead of the store</source>
        <translation>Die Sitzungen einer Mitschnittdatei oder von kanonischem NDJSON statt des Speichers anzeigen</translation>
    </message>
    <message>
        <source>Show the sessions of the store again</source>
        <translation>Wieder die Sitzungen des Speichers anzeigen</translation>
    </message>
    <message>
        <source>Replay this session&apos;s events (to a provider, the collector or a URL)</source>
        <translation>Die Ereignisse dieser Sitzung wiedergeben (an einen Anbieter, den Collector oder eine URL)</translation>
    </message>
    <message>
        <source>New session after</source>
        <translation>Neue Sitzung nach</translation>
    </message>
    <message>
        <source>of inactivity</source>
        <translation>Inaktivität</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>Captures and canonical NDJSON (*.ndjson *.jsonl *.capture *.gz *.json);;All files (*)</source>
        <translation>Mitschnitte und kanonisches NDJSON (*.ndjson *.jsonl *.capture *.gz *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Select a session to see its events on a time line.</source>
        <translation>Wählen Sie eine Sitzung aus, um ihre Ereignisse auf einer Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>Capture: %1</source>
        <translation>Mitschnitt: %1</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Keine Sitzungen.</translation>
    </message>
    <message>
        <source>Loading %1 events…</source>
        <translation>%1 Ereignisse werden geladen…</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sitzung von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No session selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keine Sitzung ausgewählt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>grouped by %1 session id &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>gruppiert nach der %1-Sitzungs-ID &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>split after %1 of inactivity</source>
        <translation>aufgeteilt nach %1 Inaktivität</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 – %3 (%4) · %5 events · %6 pages, %7 screens · %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 – %3 (%4) · %5 Ereignisse · %6 Seiten, %7 Bildschirme · %8</translation>
    </message>
    <message>
        <source>Sessions could not be made: %1</source>
        <translation>Sitzungen konnten nicht gebildet werden: %1</translation>
    </message>
    <message>
        <source>Making sessions of %1…</source>
        <translation>Sitzungen aus %1 werden gebildet…</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Speicher wird gelesen…</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Speicher wird geöffnet…</translation>
    </message>
    <message>
        <source>This capture has no events of anybody.</source>
        <translation>Dieser Mitschnitt enthält von niemandem Ereignisse.</translation>
    </message>
    <message>
        <source>No events yet — point an SDK at the collector, import events with journeyctl import, or generate demo data: journeyctl generate --import</source>
        <translation>Noch keine Ereignisse — richten Sie ein SDK auf den Collector aus, importieren Sie Ereignisse mit journeyctl import oder erzeugen Sie Demodaten: journeyctl generate --import</translation>
    </message>
    <message>
        <source>%1 sessions of %2 people · %3 events · %4 with a provider session id</source>
        <translation>%1 Sitzungen von %2 Personen · %3 Ereignisse · %4 mit einer Sitzungs-ID des Anbieters</translation>
    </message>
    <message>
        <source>%1 shown · %2</source>
        <translation>%1 angezeigt · %2</translation>
    </message>
</context>
<context>
    <name>Journey::SqliteStatement</name>
    <message>
        <source>the store connection is not an open SQLite connection</source>
        <translation>die Verbindung zum Speicher ist keine offene SQLite-Verbindung</translation>
    </message>
</context>
<context>
    <name>Journey::StoreCaptureBuilder</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
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
    <message>
        <source>segment %1 has format %2, which this build cannot read</source>
        <translation>Segment %1 hat das Format %2, das diese Version nicht lesen kann</translation>
    </message>
    <message>
        <source>cannot read segment %1: %2</source>
        <translation>Segment %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read validation results: %1</source>
        <translation>Validierungsergebnisse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the upstream answer of request %1 is damaged</source>
        <translation>die Upstream-Antwort auf Anfrage %1 ist beschädigt</translation>
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
    <message>
        <source>cannot store validation results: %1</source>
        <translation>Validierungsergebnisse können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Journey::TrackingPlan</name>
    <message>
        <source>/%1: expected &quot;allow&quot;, &quot;warn&quot; or &quot;block&quot;</source>
        <translation>/%1: &quot;allow&quot;, &quot;warn&quot; oder &quot;block&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: Objekt erwartet</translation>
    </message>
    <message>
        <source>%1/%2: unknown key; expected description, labels or %3</source>
        <translation>%1/%2: unbekannter Schlüssel; erwartet: description, labels oder %3</translation>
    </message>
    <message>
        <source>%1/description: expected a string</source>
        <translation>%1/description: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1/labels: expected an object</source>
        <translation>%1/labels: Objekt erwartet</translation>
    </message>
    <message>
        <source>%1/%2: expected a JSON Schema object</source>
        <translation>%1/%2: JSON-Schema-Objekt erwartet</translation>
    </message>
    <message>
        <source>/%1: expected an object of names</source>
        <translation>/%1: Objekt mit Namen erwartet</translation>
    </message>
    <message>
        <source>/%1: a name is empty</source>
        <translation>/%1: ein Name ist leer</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object (a tracking plan)</source>
        <translation>JSON-Objekt erwartet (ein Tracking-Plan)</translation>
    </message>
    <message>
        <source>/%1: unknown key; expected one of %2</source>
        <translation>/%1: unbekannter Schlüssel; erwartet wird einer von %2</translation>
    </message>
    <message>
        <source>/%1: expected a string</source>
        <translation>/%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>/common: expected a JSON Schema object</source>
        <translation>/common: JSON-Schema-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>Journey::TrackingPlanLoader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2: not valid JSON: %3</source>
        <translation>%1: %2: kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>%1: no *.json schemas in the folder</source>
        <translation>%1: keine *.json-Schemas im Ordner</translation>
    </message>
    <message>
        <source>%1: the schema does not compile: %2</source>
        <translation>%1: das Schema lässt sich nicht kompilieren: %2</translation>
    </message>
    <message>
        <source>/rules/events: expected an array</source>
        <translation>/rules/events: Array erwartet</translation>
    </message>
    <message>
        <source>/rules/events/%1/name: expected the event&apos;s name</source>
        <translation>/rules/events/%1/name: Name des Ereignisses erwartet</translation>
    </message>
    <message>
        <source>/rules/events/%1/rules: expected a JSON Schema object</source>
        <translation>/rules/events/%1/rules: JSON-Schema-Objekt erwartet</translation>
    </message>
    <message>
        <source>/rules/%1: expected a JSON Schema object</source>
        <translation>/rules/%1: JSON-Schema-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1/jsonSchema: expected a JSON Schema object</source>
        <translation>%1/jsonSchema: JSON-Schema-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1/type: &quot;%2&quot; is not one of TRACK, PAGE, SCREEN, IDENTIFY, GROUP, COMMON</source>
        <translation>%1/type: &quot;%2&quot; ist nicht einer von TRACK, PAGE, SCREEN, IDENTIFY, GROUP, COMMON</translation>
    </message>
    <message>
        <source>%1/key: expected the event&apos;s name</source>
        <translation>%1/key: Name des Ereignisses erwartet</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the schema does not compile: %3</source>
        <translation>%1 &quot;%2&quot;: das Schema lässt sich nicht kompilieren: %3</translation>
    </message>
</context>
<context>
    <name>Journey::TrendChart</name>
    <message>
        <source>Pick events on the left to see how often they happen.</source>
        <translation>Wählen Sie links Ereignisse aus, um zu sehen, wie oft sie auftreten.</translation>
    </message>
    <message>
        <source>None of these events happened.</source>
        <translation>Keines dieser Ereignisse ist aufgetreten.</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Week starting (UTC)</source>
        <translation>Wochenbeginn (UTC)</translation>
    </message>
    <message>
        <source>Month (UTC)</source>
        <translation>Monat (UTC)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journey::TrendEngine</name>
    <message>
        <source>the property %1 is not loaded</source>
        <translation>die Eigenschaft %1 ist nicht geladen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Journey::TrendQuery</name>
    <message>
        <source>a trend has 1 to %1 series, not %2</source>
        <translation>ein Trend hat 1 bis %1 Reihen, nicht %2</translation>
    </message>
    <message>
        <source>a series needs an event name (&quot;*&quot; for every event)</source>
        <translation>eine Reihe braucht einen Ereignisnamen (&quot;*&quot; für jedes Ereignis)</translation>
    </message>
    <message>
        <source>the time range is empty: its start is not before its end</source>
        <translation>der Zeitraum ist leer: Sein Beginn liegt nicht vor seinem Ende</translation>
    </message>
</context>
<context>
    <name>Journey::TrendView</name>
    <message>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>Check up to %1 events; the chart follows</source>
        <translation>Markieren Sie bis zu %1 Ereignisse; das Diagramm passt sich an</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Calendar periods in UTC; weeks start on Monday</source>
        <translation>Kalenderzeiträume in UTC; Wochen beginnen am Montag</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>How many times the event happened</source>
        <translation>Wie oft das Ereignis aufgetreten ist</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>How many different people did it (identities merged)</source>
        <translation>Wie viele verschiedene Personen es ausgelöst haben (Identitäten zusammengeführt)</translation>
    </message>
    <message>
        <source>Events (up to %1)</source>
        <translation>Ereignisse (bis zu %1)</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Pro:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Zählen:</translation>
    </message>
    <message>
        <source>At most %1 events at a time: uncheck one first.</source>
        <translation>Höchstens %1 Ereignisse gleichzeitig: Entfernen Sie zuerst eine Markierung.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the store</source>
        <translation>
            <numerusform>%n Ereignis im Speicher</numerusform>
            <numerusform>%n Ereignisse im Speicher</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one event.</source>
        <translation>Markieren Sie mindestens ein Ereignis.</translation>
    </message>
    <message>
        <source>This trend cannot run: %1.</source>
        <translation>Dieser Trend kann nicht berechnet werden: %1.</translation>
    </message>
    <message>
        <source>None of these events is in the store.</source>
        <translation>Keines dieser Ereignisse ist im Speicher.</translation>
    </message>
    <message>
        <source>Unique users per day</source>
        <translation>Eindeutige Benutzer pro Tag</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Ereignisse pro Tag</translation>
    </message>
    <message>
        <source>Unique users per week</source>
        <translation>Eindeutige Benutzer pro Woche</translation>
    </message>
    <message>
        <source>Events per week</source>
        <translation>Ereignisse pro Woche</translation>
    </message>
    <message>
        <source>Unique users per month</source>
        <translation>Eindeutige Benutzer pro Monat</translation>
    </message>
    <message>
        <source>Events per month</source>
        <translation>Ereignisse pro Monat</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (UTC) · series: %4</source>
        <translation>%1, %2 bis %3 (UTC) · Reihen: %4</translation>
    </message>
</context>
<context>
    <name>Journey::ValidationGate</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked by the tracking plan: %1</source>
        <translation>vom Tracking-Plan blockiert: %1</translation>
    </message>
    <message>
        <source>unplanned properties left out (validation: omit-unplanned-properties): %1</source>
        <translation>nicht geplante Eigenschaften weggelassen (validation: omit-unplanned-properties): %1</translation>
    </message>
    <message>
        <source>tracking plan: %1</source>
        <translation>Tracking-Plan: %1</translation>
    </message>
</context>
<context>
    <name>Journey::ValidationReportWriter</name>
    <message>
        <source>tracking plan</source>
        <translation>Tracking-Plan</translation>
    </message>
    <message numerus="yes">
        <source>%1: … and %n more event(s) with violations</source>
        <translation>
            <numerusform>%1: … und %n weiteres Ereignis mit Verstößen</numerusform>
            <numerusform>%1: … und %n weitere Ereignisse mit Verstößen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) checked</source>
        <translation>
            <numerusform>%1: %n Ereignis geprüft</numerusform>
            <numerusform>%1: %n Ereignisse geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with errors, %2 with warnings only (errors: %3, warnings: %4)</source>
        <translation>%1 mit Fehlern, %2 nur mit Warnungen (Fehler: %3, Warnungen: %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with errors, %2 with warnings only</source>
        <translation>%1 mit Fehlern, %2 nur mit Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more event(s) with violations</source>
        <translation>
            <numerusform>… und %n weiteres Ereignis mit Verstößen</numerusform>
            <numerusform>… und %n weitere Ereignisse mit Verstößen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) break the tracking plan</source>
        <translation>
            <numerusform>Verstöße gegen den Tracking-Plan: %1 von %n Ereignis</numerusform>
            <numerusform>Verstöße gegen den Tracking-Plan: %1 von %n Ereignissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journey::ValidationTimeline</name>
    <message>
        <source>No violations yet</source>
        <translation>Noch keine Verstöße</translation>
    </message>
    <message>
        <source>peak %1 per minute</source>
        <translation>Spitze %1 pro Minute</translation>
    </message>
    <message>
        <source>%1: %2 with errors, %3 with warnings only</source>
        <translation>%1: %2 mit Fehlern, %3 nur mit Warnungen</translation>
    </message>
</context>
<context>
    <name>Journey::ValidationView</name>
    <message>
        <source>Open plan…</source>
        <translation>Plan öffnen…</translation>
    </message>
    <message>
        <source>Open schema folder…</source>
        <translation>Schemaordner öffnen…</translation>
    </message>
    <message>
        <source>Infer plan from stored events…</source>
        <translation>Plan aus gespeicherten Ereignissen ableiten…</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message>
        <source>Show in stream</source>
        <translation>Im Stream anzeigen</translation>
    </message>
    <message>
        <source>A tracking plan file (docs/TRACKING-PLAN.md) or a Segment Protocols export</source>
        <translation>Eine Tracking-Plan-Datei (docs/TRACKING-PLAN.md) oder ein Export aus Segment Protocols</translation>
    </message>
    <message>
        <source>A folder of *.json JSON Schemas, one per event, named by the event</source>
        <translation>Ein Ordner mit JSON-Schemas (*.json), eines pro Ereignis, nach dem Ereignis benannt</translation>
    </message>
    <message>
        <source>Build a plan from the events in the store: names, property types, required properties and enums; edit it, then save it</source>
        <translation>Einen Plan aus den Ereignissen im Speicher erstellen: Namen, Eigenschaftstypen, Pflichteigenschaften und Enums; danach bearbeiten und speichern</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>&lt;b&gt;The plan was not saved:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Plan wurde nicht gespeichert:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Event %1 (the newest with this problem):</source>
        <translation>Ereignis %1 (das neueste mit diesem Problem):</translation>
    </message>
    <message>
        <source>&lt;b&gt;The tracking plan cannot be used:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Tracking-Plan kann nicht verwendet werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No tracking plan.&lt;/b&gt; New events are not checked: open a plan, a folder of schemas, or infer one from the events already stored.</source>
        <translation>&lt;b&gt;Kein Tracking-Plan.&lt;/b&gt; Neue Ereignisse werden nicht geprüft: Öffnen Sie einen Plan oder einen Schemaordner, oder leiten Sie einen Plan aus den bereits gespeicherten Ereignissen ab.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Tracking plan %1&lt;/b&gt; %2 · %n event(s) planned</source>
        <translation>
            <numerusform>&lt;b&gt;Tracking-Plan %1&lt;/b&gt; %2 · %n Ereignis geplant</numerusform>
            <numerusform>&lt;b&gt;Tracking-Plan %1&lt;/b&gt; %2 · %n Ereignisse geplant</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No tracking plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Tracking-Plan&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · provider lints: %1</source>
        <translation> · Anbieter-Lints: %1</translation>
    </message>
    <message>
        <source> · new events are checked as they arrive</source>
        <translation> · neue Ereignisse werden beim Eingang geprüft</translation>
    </message>
    <message>
        <source>No checked events in the store yet.</source>
        <translation>Noch keine geprüften Ereignisse im Speicher.</translation>
    </message>
    <message>
        <source>%1 events checked · &lt;span style=&quot;color:#c62828&quot;&gt;%2 with errors&lt;/span&gt; · &lt;span style=&quot;color:#b26a00&quot;&gt;%3 with warnings only&lt;/span&gt; · %4 valid</source>
        <translation>%1 Ereignisse geprüft · &lt;span style=&quot;color:#c62828&quot;&gt;%2 mit Fehlern&lt;/span&gt; · &lt;span style=&quot;color:#b26a00&quot;&gt;%3 nur mit Warnungen&lt;/span&gt; · %4 gültig</translation>
    </message>
    <message>
        <source>follows the plan</source>
        <translation>entspricht dem Plan</translation>
    </message>
    <message>
        <source>Every event of this name follows the plan.</source>
        <translation>Jedes Ereignis mit diesem Namen entspricht dem Plan.</translation>
    </message>
    <message>
        <source>Loading event %1…</source>
        <translation>Ereignis %1 wird geladen…</translation>
    </message>
    <message>
        <source>Folder of JSON Schemas named by event</source>
        <translation>Ordner mit nach Ereignis benannten JSON-Schemas</translation>
    </message>
    <message>
        <source>Open a tracking plan</source>
        <translation>Tracking-Plan öffnen</translation>
    </message>
    <message>
        <source>Tracking plans (*.json);;All files (*)</source>
        <translation>Tracking-Pläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Inferring…</source>
        <translation>Wird abgeleitet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No plan could be inferred:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Es konnte kein Plan abgeleitet werden:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>Inferred from %n stored event(s): every event name seen, property types, required = present every time, enums for strings with few values. Edit it, then save it; new events are checked against it.</source>
        <translation>
            <numerusform>Abgeleitet aus %n gespeicherten Ereignis: alle gesehenen Ereignisnamen, Eigenschaftstypen, Pflicht = jedes Mal vorhanden, Enums für Zeichenketten mit wenigen Werten. Bearbeiten und speichern Sie ihn; neue Ereignisse werden dann gegen ihn geprüft.</numerusform>
            <numerusform>Abgeleitet aus %n gespeicherten Ereignissen: alle gesehenen Ereignisnamen, Eigenschaftstypen, Pflicht = jedes Mal vorhanden, Enums für Zeichenketten mit wenigen Werten. Bearbeiten und speichern Sie ihn; neue Ereignisse werden dann gegen ihn geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the tracking plan</source>
        <translation>Tracking-Plan speichern</translation>
    </message>
    <message>
        <source>Tracking plans (*.json)</source>
        <translation>Tracking-Pläne (*.json)</translation>
    </message>
</context>
<context>
    <name>Journey::WireRequestRewriter</name>
    <message>
        <source>body sent as captured (ids, times and users not rewritten): %1</source>
        <translation>Inhalt wie aufgezeichnet gesendet (IDs, Zeiten und Benutzer nicht umgeschrieben): %1</translation>
    </message>
    <message>
        <source>the %1 format is not one replay knows</source>
        <translation>die Wiedergabe kennt das Format %1 nicht</translation>
    </message>
    <message>
        <source>a GET body that is not JSON</source>
        <translation>ein GET-Inhalt, der kein JSON ist</translation>
    </message>
    <message>
        <source>not JSON once decompressed</source>
        <translation>nach der Dekomprimierung kein JSON</translation>
    </message>
    <message>
        <source>compression=%1 is not one replay can write</source>
        <translation>die Wiedergabe kann compression=%1 nicht schreiben</translation>
    </message>
    <message>
        <source>the form&apos;s JSON could not be read</source>
        <translation>das JSON des Formulars konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>a form without a data field</source>
        <translation>ein Formular ohne data-Feld</translation>
    </message>
    <message>
        <source>the JSON body could not be read</source>
        <translation>der JSON-Inhalt konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>der Inhalt ist kein JSON</translation>
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
    <message>
        <source>--%1: expected a JSON object (%2)</source>
        <translation>--%1: JSON-Objekt erwartet (%2)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>Delivers events through the connector to the configured providers and prints one line per HTTP request:
provider, method, URL (secrets masked), status, outcome, events. Exits 0 only when every event was
delivered (or deliberately sampled out); undelivered events stay queued in the store&apos;s outbox.</source>
        <translation>Stellt Ereignisse über den Connector an die konfigurierten Anbieter zu und gibt pro HTTP-Anfrage eine Zeile aus:
Anbieter, Methode, URL (Geheimnisse maskiert), Status, Ergebnis, Ereignisse. Endet nur dann mit 0, wenn jedes Ereignis
zugestellt (oder absichtlich durch Sampling ausgeschlossen) wurde; nicht zugestellte Ereignisse bleiben in der Outbox des Speichers in der Warteschlange.</translation>
    </message>
    <message>
        <source>A configured provider (repeatable), or &apos;all&apos; for every enabled one. Default: journey.provider.</source>
        <translation>Ein konfigurierter Anbieter (wiederholbar) oder &apos;all&apos; für jeden aktivierten. Standard: journey.provider.</translation>
    </message>
    <message>
        <source>Base URL to send to instead of the provider&apos;s (self-hosted, proxy, test sink).</source>
        <translation>Basis-URL, an die statt an die des Anbieters gesendet wird (selbst gehostet, Proxy, Test-Sink).</translation>
    </message>
    <message>
        <source>NDJSON file of Segment Spec messages (&apos;-&apos;: standard input).</source>
        <translation>NDJSON-Datei mit Segment-Spec-Nachrichten (&apos;-&apos;: Standardeingabe).</translation>
    </message>
    <message>
        <source>One call: track, identify, page, screen, group or alias.</source>
        <translation>Ein Aufruf: track, identify, page, screen, group oder alias.</translation>
    </message>
    <message>
        <source>userId of the call.</source>
        <translation>userId des Aufrufs.</translation>
    </message>
    <message>
        <source>anonymousId of the call.</source>
        <translation>anonymousId des Aufrufs.</translation>
    </message>
    <message>
        <source>Event name of a track call.</source>
        <translation>Ereignisname eines Track-Aufrufs.</translation>
    </message>
    <message>
        <source>Name of a page or screen call.</source>
        <translation>Name eines Page- oder Screen-Aufrufs.</translation>
    </message>
    <message>
        <source>groupId of a group call.</source>
        <translation>groupId eines Group-Aufrufs.</translation>
    </message>
    <message>
        <source>previousId of an alias call.</source>
        <translation>previousId eines Alias-Aufrufs.</translation>
    </message>
    <message>
        <source>Properties as a JSON object.</source>
        <translation>Eigenschaften (properties) als JSON-Objekt.</translation>
    </message>
    <message>
        <source>Traits as a JSON object.</source>
        <translation>Traits als JSON-Objekt.</translation>
    </message>
    <message>
        <source>Context as a JSON object.</source>
        <translation>Kontext (context) als JSON-Objekt.</translation>
    </message>
    <message>
        <source>Segment integrations object.</source>
        <translation>integrations-Objekt von Segment.</translation>
    </message>
    <message>
        <source>ISO-8601 timestamp (default: now).</source>
        <translation>ISO-8601-Zeitstempel (Standard: jetzt).</translation>
    </message>
    <message>
        <source>messageId (default: generated).</source>
        <translation>messageId (Standard: generiert).</translation>
    </message>
    <message>
        <source>Also deliver what is queued in the outbox from earlier runs (a crashed app, a timed-out send); alone, only that.</source>
        <translation>Auch zustellen, was aus früheren Läufen in der Outbox wartet (abgestürzte App, Zeitüberschreitung beim Senden); allein angegeben nur das.</translation>
    </message>
    <message>
        <source>Seconds to wait for delivery (default 60).</source>
        <translation>Sekunden, die auf die Zustellung gewartet wird (Standard: 60).</translation>
    </message>
    <message>
        <source>give either --file NDJSON or --type T with the call&apos;s options, not both</source>
        <translation>geben Sie entweder --file NDJSON oder --type T mit den Optionen des Aufrufs an, nicht beides</translation>
    </message>
    <message>
        <source>give --file NDJSON, --type T with the call&apos;s options, or --queued</source>
        <translation>geben Sie --file NDJSON, --type T mit den Optionen des Aufrufs oder --queued an</translation>
    </message>
    <message>
        <source>--%1 describes one call; it cannot be used with --file</source>
        <translation>--%1 beschreibt einen einzelnen Aufruf; die Option kann nicht mit --file verwendet werden</translation>
    </message>
    <message>
        <source>--timeout: expected whole seconds between 1 and 86400</source>
        <translation>--timeout: ganze Sekunden zwischen 1 und 86400 erwartet</translation>
    </message>
    <message>
        <source>--endpoint: expected an http:// or https:// base URL</source>
        <translation>--endpoint: http://- oder https://-Basis-URL erwartet</translation>
    </message>
    <message>
        <source>no enabled provider in %1</source>
        <translation>kein aktivierter Anbieter in %1</translation>
    </message>
    <message>
        <source>--provider: unknown provider &apos;%1&apos;; expected one of: %2, all</source>
        <translation>--provider: unbekannter Anbieter &apos;%1&apos;; erwartet wird einer von: %2, all</translation>
    </message>
    <message>
        <source>%1 is not configured: add journey.providers.%1 with its credentials to %2</source>
        <translation>%1 ist nicht konfiguriert: Fügen Sie journey.providers.%1 mit den Zugangsdaten zu %2 hinzu</translation>
    </message>
    <message>
        <source>no provider configured: add one under journey.providers in %1</source>
        <translation>kein Anbieter konfiguriert: Fügen Sie einen unter journey.providers in %1 hinzu</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>journeyctl send: nothing was sent</source>
        <translation>journeyctl send: es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>no events to send</source>
        <translation>keine Ereignisse zu senden</translation>
    </message>
    <message>
        <source>events queued from earlier runs were not all delivered within %1 s</source>
        <translation>Ereignisse aus früheren Läufen wurden nicht alle innerhalb von %1 s zugestellt</translation>
    </message>
    <message>
        <source>event %1 failed: %2</source>
        <translation>Ereignis %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>not delivered within %1 s: %2 (event, provider) pairs; they stay queued in the outbox and are retried by the next send (--queued) or by the app</source>
        <translation>nicht innerhalb von %1 s zugestellt: %2 Paare (Ereignis, Anbieter); sie bleiben in der Outbox in der Warteschlange und werden beim nächsten send (--queued) oder von der App erneut versucht</translation>
    </message>
    <message>
        <source>sampled out (recorded, not sent): %1 events</source>
        <translation>durch Sampling ausgeschlossen (aufgezeichnet, nicht gesendet): %1 Ereignisse</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date or a date-time (YYYY-MM-DD, or ISO 8601 as in 2026-01-05T08:00:00Z)</source>
        <translation>--%1: &quot;%2&quot; ist weder ein Datum noch ein Datum mit Uhrzeit (YYYY-MM-DD oder ISO 8601 wie 2026-01-05T08:00:00Z)</translation>
    </message>
    <message>
        <source>Only events at or after this date (UTC) or date-time.</source>
        <translation>Nur Ereignisse ab diesem Datum (UTC) oder Zeitpunkt.</translation>
    </message>
    <message>
        <source>Only events up to this date (UTC, the whole day included), or before this date-time.</source>
        <translation>Nur Ereignisse bis zu diesem Datum (UTC, der ganze Tag eingeschlossen) oder vor diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Count each userId (or anonymousId) on its own, without merging the ids that identify and alias join.</source>
        <translation>Jede userId (oder anonymousId) einzeln zählen, ohne die IDs zusammenzuführen, die identify und alias verknüpfen.</translation>
    </message>
    <message>
        <source>json (default), csv or text.</source>
        <translation>json (Standard), csv oder text.</translation>
    </message>
    <message>
        <source>Write the result to FILE instead of standard output.</source>
        <translation>Das Ergebnis in FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not json, csv or text</source>
        <translation>--format: &quot;%1&quot; ist nicht json, csv oder text</translation>
    </message>
    <message>
        <source>--from %1 --to %2: the time range is empty</source>
        <translation>--from %1 --to %2: der Zeitraum ist leer</translation>
    </message>
    <message>
        <source>Events are named by their key: a track call&apos;s event name (Order Completed), page:NAME and
screen:NAME for page and screen calls, identify, group and alias for the others.
Conditions on the event&apos;s properties go in brackets, separated by commas; all must hold:
  Order Completed[plan=pro,revenue&gt;=10]
  PROP=VALUE  PROP!=VALUE  PROP&lt;N  PROP&lt;=N  PROP&gt;N  PROP&gt;=N  PROP~TEXT (contains)
  PROP? (has the property)  !PROP (does not)
PROP is an event property (plan), or a path: traits.plan, context.campaign.source, userId.
Numbers compare as numbers (10 = 10.0), anything else as text.</source>
        <translation>Ereignisse werden über ihren Schlüssel benannt: der Ereignisname eines Track-Aufrufs (Order Completed), page:NAME und
screen:NAME für Page- und Screen-Aufrufe, identify, group und alias für die übrigen.
Bedingungen an die Eigenschaften des Ereignisses stehen in eckigen Klammern, durch Kommas getrennt; alle müssen erfüllt sein:
  Order Completed[plan=pro,revenue&gt;=10]
  PROP=VALUE  PROP!=VALUE  PROP&lt;N  PROP&lt;=N  PROP&gt;N  PROP&gt;=N  PROP~TEXT (enthält)
  PROP? (Eigenschaft vorhanden)  !PROP (nicht vorhanden)
PROP ist eine Ereigniseigenschaft (plan) oder ein Pfad: traits.plan, context.campaign.source, userId.
Zahlen werden als Zahlen verglichen (10 = 10.0), alles andere als Text.</translation>
    </message>
    <message>
        <source>… %1 events read, %2 s</source>
        <translation>… %1 Ereignisse gelesen, %2 s</translation>
    </message>
    <message>
        <source>… reading %1</source>
        <translation>… %1 wird gelesen</translation>
    </message>
    <message>
        <source>warning: the store %1 has no events</source>
        <translation>Warnung: Der Speicher %1 enthält keine Ereignisse</translation>
    </message>
    <message>
        <source>warning: no event in the store is called &quot;%1&quot;</source>
        <translation>Warnung: Kein Ereignis im Speicher heißt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>warning: no event in the store is called &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>Warnung: Kein Ereignis im Speicher heißt &quot;%1&quot;; meinten Sie &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>Check every event on arrival against this tracking plan (default: the config&apos;s journey.validation.plan); results go to the store with the events.</source>
        <translation>Jedes Ereignis beim Eingang gegen diesen Tracking-Plan prüfen (Standard: journey.validation.plan aus der Konfiguration); die Ergebnisse werden mit den Ereignissen gespeichert.</translation>
    </message>
    <message>
        <source>Provider lints to apply on arrival, comma-separated, or all (default: journey.validation.lint).</source>
        <translation>Beim Eingang anzuwendende Anbieter-Lints, durch Kommas getrennt, oder all (Standard: journey.validation.lint).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the steps the event lies between as FROM-TO, numbered from 1 (&quot;Logged Out:1-2&quot;)</source>
        <translation>&quot;%1&quot;: Geben Sie die Schritte, zwischen denen das Ereignis liegt, als FROM-TO an, ab 1 nummeriert (&quot;Logged Out:1-2&quot;)</translation>
    </message>
    <message>
        <source>Counts the users of the store who go through the steps in order within the conversion window
(ClickHouse windowFunnel): step k counts the users whose best chain reaches it. Identities that
identify and alias join count as one user, unless --raw-ids. Prints JSON by default:
{&quot;steps&quot;:[{&quot;event&quot;,&quot;users&quot;,&quot;conversion_from_first&quot;,&quot;conversion_from_previous&quot;,
&quot;median_seconds_to_convert&quot;}],&quot;window_seconds&quot;,&quot;order&quot;} (and &quot;breakdown&quot; with --breakdown).

Steps are separated by &apos;&gt;&apos;: &quot;Signed Up&gt;Viewed Pricing&gt;Order Completed[plan=pro]&quot;.
</source>
        <translation>Zählt die Benutzer des Speichers, die die Schritte innerhalb des Konversionsfensters der Reihe nach durchlaufen
(ClickHouse windowFunnel): Schritt k zählt die Benutzer, deren beste Kette ihn erreicht. Identitäten, die
identify und alias verknüpfen, zählen als ein Benutzer, außer mit --raw-ids. Gibt standardmäßig JSON aus:
{&quot;steps&quot;:[{&quot;event&quot;,&quot;users&quot;,&quot;conversion_from_first&quot;,&quot;conversion_from_previous&quot;,
&quot;median_seconds_to_convert&quot;}],&quot;window_seconds&quot;,&quot;order&quot;} (und &quot;breakdown&quot; mit --breakdown).

Schritte werden durch &apos;&gt;&apos; getrennt: &quot;Signed Up&gt;Viewed Pricing&gt;Order Completed[plan=pro]&quot;.
</translation>
    </message>
    <message>
        <source>

Orders: ordered (later steps after earlier ones, other events in between allowed), strict (no
other step&apos;s event in between), any (all steps within the window, in any order).
Exit 0 on success (a step no event has gives a warning and zeros), 1 when the store cannot be
read, 2 on a bad flag.</source>
        <translation>

Reihenfolgen: ordered (spätere Schritte nach früheren, andere Ereignisse dazwischen erlaubt), strict (kein
Ereignis eines anderen Schritts dazwischen), any (alle Schritte innerhalb des Fensters, in beliebiger Reihenfolge).
Endet mit 0 bei Erfolg (ein Schritt, für den es kein Ereignis gibt, ergibt eine Warnung und Nullen), mit 1, wenn der Speicher nicht
gelesen werden kann, mit 2 bei einer ungültigen Option.</translation>
    </message>
    <message>
        <source>The steps, 2 to 20, separated by &apos;&gt;&apos;.</source>
        <translation>Die Schritte, 2 bis 20, durch &apos;&gt;&apos; getrennt.</translation>
    </message>
    <message>
        <source>Conversion window from the first step to the last: 90s, 30m, 12h, 7d (default), 2w; up to 366 days.</source>
        <translation>Konversionsfenster vom ersten bis zum letzten Schritt: 90s, 30m, 12h, 7d (Standard), 2w; bis zu 366 Tage.</translation>
    </message>
    <message>
        <source>ordered (default), strict or any.</source>
        <translation>ordered (Standard), strict oder any.</translation>
    </message>
    <message>
        <source>Users who do EVENT between steps FROM and TO (numbered from 1; default: the first and the last) do not convert past FROM on that path. Repeatable.</source>
        <translation>Benutzer, die EVENT zwischen den Schritten FROM und TO auslösen (ab 1 nummeriert; Standard: der erste und der letzte), konvertieren auf diesem Weg nicht über FROM hinaus. Wiederholbar.</translation>
    </message>
    <message>
        <source>Also count by the value of this property (plan, traits.plan, …).</source>
        <translation>Zusätzlich nach dem Wert dieser Eigenschaft zählen (plan, traits.plan, …).</translation>
    </message>
    <message>
        <source>Which event&apos;s value puts a user in a breakdown bucket: first-touch (default: the first step&apos;s),
last-touch (the last step reached) or step:N.</source>
        <translation>Wessen Ereigniswert einen Benutzer einer Gruppe der Aufschlüsselung zuordnet: first-touch (Standard: der des ersten Schritts),
last-touch (der des letzten erreichten Schritts) oder step:N.</translation>
    </message>
    <message>
        <source>Every step of a conversion must have the same value of this property.</source>
        <translation>Jeder Schritt einer Konversion muss denselben Wert dieser Eigenschaft haben.</translation>
    </message>
    <message>
        <source>--steps is required, as in --steps &quot;Signed Up&gt;Order Completed&quot;</source>
        <translation>--steps ist erforderlich, etwa --steps &quot;Signed Up&gt;Order Completed&quot;</translation>
    </message>
    <message>
        <source>--steps: &quot;%1&quot; has %2 step(s), and a funnel has %3 to %4, separated by &apos;&gt;&apos; (&quot;A&gt;B&gt;C&quot;)</source>
        <translation>--steps: &quot;%1&quot; hat %2 Schritt(e), ein Trichter hat aber %3 bis %4, getrennt durch &apos;&gt;&apos; (&quot;A&gt;B&gt;C&quot;)</translation>
    </message>
    <message>
        <source>--window: &quot;%1&quot; is not between 1 second and 366 days</source>
        <translation>--window: &quot;%1&quot; liegt nicht zwischen 1 Sekunde und 366 Tagen</translation>
    </message>
    <message>
        <source>--order: &quot;%1&quot; is not ordered, strict or any</source>
        <translation>--order: &quot;%1&quot; ist nicht ordered, strict oder any</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a property name (plan, traits.plan, …)</source>
        <translation>--%1: &quot;%2&quot; ist kein Eigenschaftsname (plan, traits.plan, …)</translation>
    </message>
    <message>
        <source>--attribution: &quot;%1&quot; is not first-touch, last-touch or step:N</source>
        <translation>--attribution: &quot;%1&quot; ist nicht first-touch, last-touch oder step:N</translation>
    </message>
    <message>
        <source>Writes realistic demo events as canonical NDJSON (one Segment Spec message per line): users who
arrive over the date range, visit in sessions on one to three devices, sign up and identify, browse,
search, and go through Product Viewed &gt; Product Added &gt; Checkout Started &gt; Order Completed with a
realistic drop-off, coming back less and less over the weeks. The same options and seed give the
same bytes on every machine. Output is grouped by user, each user&apos;s events in time order.</source>
        <translation>Schreibt realistische Demo-Ereignisse als kanonisches NDJSON (eine Segment-Spec-Nachricht pro Zeile): Benutzer, die
im Laufe des Zeitraums hinzukommen, in Sitzungen auf einem bis drei Geräten vorbeischauen, sich registrieren und identifizieren, stöbern,
suchen und Product Viewed &gt; Product Added &gt; Checkout Started &gt; Order Completed mit einer
realistischen Abbruchrate durchlaufen und im Lauf der Wochen immer seltener wiederkommen. Gleiche Optionen und gleicher Seed ergeben
auf jedem Rechner dieselben Bytes. Die Ausgabe ist nach Benutzer gruppiert, die Ereignisse jedes Benutzers in zeitlicher Reihenfolge.</translation>
    </message>
    <message>
        <source>Number of users (default %1).</source>
        <translation>Anzahl der Benutzer (Standard: %1).</translation>
    </message>
    <message>
        <source>Number of events (lines), exactly (default %1).</source>
        <translation>Genaue Anzahl der Ereignisse (Zeilen) (Standard: %1).</translation>
    </message>
    <message>
        <source>Random seed, a whole number (default %1).</source>
        <translation>Zufalls-Seed, eine ganze Zahl (Standard: %1).</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD in UTC, or an ISO-8601 date-time (default %1).</source>
        <translation>Erster Tag, YYYY-MM-DD in UTC, oder ein ISO-8601-Datum mit Uhrzeit (Standard: %1).</translation>
    </message>
    <message>
        <source>Length of the date range in days (default %1).</source>
        <translation>Länge des Zeitraums in Tagen (Standard: %1).</translation>
    </message>
    <message>
        <source>Load the events into the store (--store) instead of writing them.</source>
        <translation>Die Ereignisse in den Speicher (--store) laden, statt sie zu schreiben.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>--%1: &apos;%2&apos; ist keine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not a whole number from 0 to %2</source>
        <translation>--seed: &apos;%1&apos; ist keine ganze Zahl von 0 bis %2</translation>
    </message>
    <message>
        <source>--start: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--start: &apos;%1&apos; ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--out and --import exclude each other</source>
        <translation>--out und --import schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>… %1 of %2 events, %3 s</source>
        <translation>… %1 von %2 Ereignissen, %3 s</translation>
    </message>
    <message>
        <source>generated %1 events for %2 users in %3 s (%4 events/s)</source>
        <translation>%1 Ereignisse für %2 Benutzer in %3 s erzeugt (%4 Ereignisse/s)</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>temporäre Datei kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>… %1 events imported</source>
        <translation>… %1 Ereignisse importiert</translation>
    </message>
    <message>
        <source>journeyctl generate: nothing was imported</source>
        <translation>journeyctl generate: es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Infers a tracking plan from captured events: every event name seen, its properties&apos; types,
required = present on every occurrence, enums for strings with few values. INPUT holds one JSON
message per line (&apos;-&apos; for standard input); without it, the store&apos;s events are used.</source>
        <translation>Leitet einen Tracking-Plan aus erfassten Ereignissen ab: jeden gesehenen Ereignisnamen, die Typen seiner Eigenschaften,
Pflicht = bei jedem Vorkommen vorhanden, Enums für Zeichenketten mit wenigen Werten. INPUT enthält eine
JSON-Nachricht pro Zeile (&apos;-&apos; für die Standardeingabe); ohne INPUT werden die Ereignisse des Speichers verwendet.</translation>
    </message>
    <message>
        <source>NDJSON file of events (default: the store).</source>
        <translation>NDJSON-Datei mit Ereignissen (Standard: der Speicher).</translation>
    </message>
    <message>
        <source>Write the plan to FILE instead of standard output.</source>
        <translation>Den Plan in FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>The plan&apos;s name.</source>
        <translation>Der Name des Plans.</translation>
    </message>
    <message>
        <source>Most distinct values a string may have to become an enum (default 10).</source>
        <translation>Höchstzahl unterschiedlicher Werte, die eine Zeichenkette haben darf, um zu einem Enum zu werden (Standard: 10).</translation>
    </message>
    <message>
        <source>--max-enum: &apos;%1&apos; is not a number of 0 or more</source>
        <translation>--max-enum: &apos;%1&apos; ist keine Zahl größer oder gleich 0</translation>
    </message>
    <message>
        <source>inferred a plan from %1 events</source>
        <translation>Plan aus %1 Ereignissen abgeleitet</translation>
    </message>
    <message>
        <source>store %1</source>
        <translation>Speicher %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2 at column %3</source>
        <translation>%1: kein gültiges JSON: %2 in Spalte %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object (one message per line)</source>
        <translation>%1: JSON-Objekt erwartet (eine Nachricht pro Zeile)</translation>
    </message>
    <message>
        <source>Retention cohorts over the store, in calendar periods (UTC; weeks start on Monday). A user&apos;s cohort is
the period of their first cohort event; retained[n] counts the cohort&apos;s users who did the return
event in period cohort+n (retained[0] included), or in that period or any later one with
--mode on-or-after. Identities that identify and alias join count as one user, unless --raw-ids.
Prints JSON by default: {&quot;period&quot;:&quot;week&quot;,&quot;cohorts&quot;:[{&quot;start&quot;:&quot;2026-01-05&quot;,&quot;size&quot;:N,
&quot;retained&quot;:[N0,N1,…]}]} (and &quot;breakdown&quot; with --breakdown). Periods after the last event in the
store count 0 in JSON and are left empty in csv and text.

The return event may be &quot;*&quot;: any event.
</source>
        <translation>Retention-Kohorten über den Speicher, in Kalenderzeiträumen (UTC; Wochen beginnen am Montag). Die Kohorte eines Benutzers ist
der Zeitraum seines ersten Kohortenereignisses; retained[n] zählt die Benutzer der Kohorte, die das Rückkehrereignis
im Zeitraum Kohorte+n ausgelöst haben (retained[0] eingeschlossen), oder mit --mode on-or-after in diesem Zeitraum
oder einem späteren. Identitäten, die identify und alias verknüpfen, zählen als ein Benutzer, außer mit --raw-ids.
Gibt standardmäßig JSON aus: {&quot;period&quot;:&quot;week&quot;,&quot;cohorts&quot;:[{&quot;start&quot;:&quot;2026-01-05&quot;,&quot;size&quot;:N,
&quot;retained&quot;:[N0,N1,…]}]} (und &quot;breakdown&quot; mit --breakdown). Zeiträume nach dem letzten Ereignis im
Speicher zählen in JSON 0 und bleiben in csv und text leer.

Das Rückkehrereignis darf &quot;*&quot; sein: ein beliebiges Ereignis.
</translation>
    </message>
    <message>
        <source>

Exit 0 on success (an event no event of the store has gives a warning and an empty
result), 1 when the store cannot be read, 2 on a bad flag.</source>
        <translation>

Endet mit 0 bei Erfolg (ein Ereignis, das im Speicher nicht vorkommt, ergibt eine Warnung und ein leeres
Ergebnis), mit 1, wenn der Speicher nicht gelesen werden kann, mit 2 bei einer ungültigen Option.</translation>
    </message>
    <message>
        <source>The event that puts a user in a cohort (its first occurrence).</source>
        <translation>Das Ereignis, das einen Benutzer einer Kohorte zuordnet (sein erstes Vorkommen).</translation>
    </message>
    <message>
        <source>The event that counts as coming back; &quot;*&quot; for any event.</source>
        <translation>Das Ereignis, das als Rückkehr zählt; &quot;*&quot; für ein beliebiges Ereignis.</translation>
    </message>
    <message>
        <source>day, week (default) or month.</source>
        <translation>day, week (Standard) oder month.</translation>
    </message>
    <message>
        <source>Periods per cohort, 1 to %1 (default 8).</source>
        <translation>Zeiträume pro Kohorte, 1 bis %1 (Standard: 8).</translation>
    </message>
    <message>
        <source>on (default): came back in that period; on-or-after: in that period or any later one.</source>
        <translation>on (Standard): in diesem Zeitraum zurückgekehrt; on-or-after: in diesem Zeitraum oder einem späteren.</translation>
    </message>
    <message>
        <source>Also count by the value of this property at the first cohort event (traits.*: the user&apos;s latest).</source>
        <translation>Zusätzlich nach dem Wert dieser Eigenschaft beim ersten Kohortenereignis zählen (traits.*: der neueste Wert des Benutzers).</translation>
    </message>
    <message>
        <source>--cohort-event is required, as in --cohort-event &quot;Signed Up&quot;</source>
        <translation>--cohort-event ist erforderlich, etwa --cohort-event &quot;Signed Up&quot;</translation>
    </message>
    <message>
        <source>--return-event is required (&quot;*&quot; for any event)</source>
        <translation>--return-event ist erforderlich (&quot;*&quot; für ein beliebiges Ereignis)</translation>
    </message>
    <message>
        <source>--cohort-event: &quot;*&quot; is not allowed: name the event that starts a cohort</source>
        <translation>--cohort-event: &quot;*&quot; ist nicht erlaubt: Nennen Sie das Ereignis, mit dem eine Kohorte beginnt</translation>
    </message>
    <message>
        <source>--period: &quot;%1&quot; is not day, week or month</source>
        <translation>--period: &quot;%1&quot; ist nicht day, week oder month</translation>
    </message>
    <message>
        <source>--periods: &quot;%1&quot; is not a whole number from 1 to %2</source>
        <translation>--periods: &quot;%1&quot; ist keine ganze Zahl von 1 bis %2</translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is not on or on-or-after</source>
        <translation>--mode: &quot;%1&quot; ist weder on noch on-or-after</translation>
    </message>
    <message>
        <source>--breakdown: &quot;%1&quot; is not a property name (plan, traits.plan, …)</source>
        <translation>--breakdown: &quot;%1&quot; ist kein Eigenschaftsname (plan, traits.plan, …)</translation>
    </message>
    <message>
        <source>Counts events, or unique users, per calendar period (UTC; weeks start on Monday) for each series,
every period from the store&apos;s first event to its last. Prints JSON by default:
{&quot;period&quot;:&quot;day&quot;,&quot;measure&quot;:&quot;events&quot;,&quot;periods&quot;:[&quot;2026-01-05&quot;,…],
&quot;series&quot;:[{&quot;event&quot;:&quot;A&quot;,&quot;counts&quot;:[…]}]}.

Series are separated by commas (outside brackets), up to %1; &quot;*&quot; counts every event.
</source>
        <translation>Zählt Ereignisse oder eindeutige Benutzer pro Kalenderzeitraum (UTC; Wochen beginnen am Montag) für jede Reihe,
jeden Zeitraum vom ersten bis zum letzten Ereignis des Speichers. Gibt standardmäßig JSON aus:
{&quot;period&quot;:&quot;day&quot;,&quot;measure&quot;:&quot;events&quot;,&quot;periods&quot;:[&quot;2026-01-05&quot;,…],
&quot;series&quot;:[{&quot;event&quot;:&quot;A&quot;,&quot;counts&quot;:[…]}]}.

Reihen werden durch Kommas getrennt (außerhalb eckiger Klammern), bis zu %1; &quot;*&quot; zählt jedes Ereignis.
</translation>
    </message>
    <message>
        <source>

Exit 0 on success (an event no event of the store has gives a warning and zeros), 1 when the
store cannot be read, 2 on a bad flag.</source>
        <translation>

Endet mit 0 bei Erfolg (ein Ereignis, das im Speicher nicht vorkommt, ergibt eine Warnung und Nullen), mit 1, wenn der
Speicher nicht gelesen werden kann, mit 2 bei einer ungültigen Option.</translation>
    </message>
    <message>
        <source>The series, separated by commas.</source>
        <translation>Die Reihen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>day (default), week or month.</source>
        <translation>day (Standard), week oder month.</translation>
    </message>
    <message>
        <source>events (default) or users (unique users per period).</source>
        <translation>events (Standard) oder users (eindeutige Benutzer pro Zeitraum).</translation>
    </message>
    <message>
        <source>--events is required, as in --events &quot;Signed Up,Order Completed&quot;</source>
        <translation>--events ist erforderlich, etwa --events &quot;Signed Up,Order Completed&quot;</translation>
    </message>
    <message>
        <source>--events: series %1 of &quot;%2&quot; is empty (two commas in a row, or one at an end)</source>
        <translation>--events: Reihe %1 von &quot;%2&quot; ist leer (zwei Kommas hintereinander oder eines am Anfang oder Ende)</translation>
    </message>
    <message>
        <source>--events: %1 series, and a trend has at most %2</source>
        <translation>--events: %1 Reihen, ein Trend hat aber höchstens %2</translation>
    </message>
    <message>
        <source>--measure: &quot;%1&quot; is not events or users</source>
        <translation>--measure: &quot;%1&quot; ist weder events noch users</translation>
    </message>
    <message>
        <source>Checks events against a tracking plan: a plan file, a Segment Protocols export, or a folder of
*.json schemas named by event. INPUT holds one JSON message per line (&apos;-&apos; for standard input);
without it, every event of the store is checked. Exit 0 when clean, 1 with violations (errors;
warnings too with --strict), 2 when the plan or the input cannot be read.</source>
        <translation>Prüft Ereignisse gegen einen Tracking-Plan: eine Plandatei, einen Export aus Segment Protocols oder einen Ordner mit
nach Ereignis benannten *.json-Schemas. INPUT enthält eine JSON-Nachricht pro Zeile (&apos;-&apos; für die Standardeingabe);
ohne INPUT wird jedes Ereignis des Speichers geprüft. Endet mit 0, wenn alles in Ordnung ist, mit 1 bei Verstößen (Fehlern;
mit --strict auch Warnungen), mit 2, wenn der Plan oder die Eingabe nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The tracking plan: a file or a folder of *.json schemas.</source>
        <translation>Der Tracking-Plan: eine Datei oder ein Ordner mit *.json-Schemas.</translation>
    </message>
    <message>
        <source>text (default), json or junit.</source>
        <translation>text (Standard), json oder junit.</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>Den Bericht in FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Also check what these providers would reject or drop: a comma-separated list of segment, rudderstack, mixpanel, amplitude, posthog, ga4, or all.</source>
        <translation>Auch prüfen, was diese Anbieter ablehnen oder verwerfen würden: eine durch Kommas getrennte Liste aus segment, rudderstack, mixpanel, amplitude, posthog, ga4 oder all.</translation>
    </message>
    <message>
        <source>Failing events listed per event name (default 100; counts stay exact).</source>
        <translation>Aufgeführte fehlerhafte Ereignisse pro Ereignisname (Standard: 100; die Zählungen bleiben exakt).</translation>
    </message>
    <message>
        <source>Warnings fail too (exit 1).</source>
        <translation>Auch Warnungen führen zum Fehlschlag (Exit-Code 1).</translation>
    </message>
    <message>
        <source>--plan is required</source>
        <translation>--plan ist erforderlich</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not text, json or junit</source>
        <translation>--format: &apos;%1&apos; ist nicht text, json oder junit</translation>
    </message>
    <message>
        <source>--max-failures: &apos;%1&apos; is not a number of 0 or more</source>
        <translation>--max-failures: &apos;%1&apos; ist keine Zahl größer oder gleich 0</translation>
    </message>
    <message>
        <source>%1 events checked: %2 with errors, %3 with warnings only</source>
        <translation>%1 Ereignisse geprüft: %2 mit Fehlern, %3 nur mit Warnungen</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number of 0 or more</source>
        <translation>--%1: &apos;%2&apos; ist keine ganze Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <source>Saves the store&apos;s events that match the filters as a capture file (docs/CAPTURES.md): canonical
events, oldest first, each with the request the collector received it in (secrets masked). A name
ending in .gz is gzip-compressed. replay, diff, sessions and the app open capture files.</source>
        <translation>Speichert die Ereignisse des Speichers, die den Filtern entsprechen, als Mitschnittdatei (docs/CAPTURES.md): kanonische
Ereignisse, älteste zuerst, jeweils mit der Anfrage, in der der Collector sie empfangen hat (Geheimnisse maskiert). Ein Name
mit der Endung .gz wird gzip-komprimiert. replay, diff, sessions und die App öffnen Mitschnittdateien.</translation>
    </message>
    <message>
        <source>The capture file to write.</source>
        <translation>Die zu schreibende Mitschnittdatei.</translation>
    </message>
    <message>
        <source>Name of the capture (default: the file name).</source>
        <translation>Name des Mitschnitts (Standard: der Dateiname).</translation>
    </message>
    <message>
        <source>What the capture shows, for whoever opens it.</source>
        <translation>Was der Mitschnitt zeigt, für alle, die ihn öffnen.</translation>
    </message>
    <message>
        <source>Only events stored after event ID (what arrived since then).</source>
        <translation>Nur Ereignisse, die nach Ereignis ID gespeichert wurden (was seitdem eingegangen ist).</translation>
    </message>
    <message>
        <source>Only events up to event ID, included.</source>
        <translation>Nur Ereignisse bis einschließlich Ereignis ID.</translation>
    </message>
    <message>
        <source>At most N events (the oldest that match).</source>
        <translation>Höchstens N Ereignisse (die ältesten passenden).</translation>
    </message>
    <message>
        <source>--out: the capture file to write is required</source>
        <translation>--out: die zu schreibende Mitschnittdatei ist erforderlich</translation>
    </message>
    <message>
        <source>--limit: at most %1</source>
        <translation>--limit: höchstens %1</translation>
    </message>
    <message>
        <source>--up-to-id: %1 is not above --after-id %2</source>
        <translation>--up-to-id: %1 liegt nicht über --after-id %2</translation>
    </message>
    <message>
        <source>captured %1 events from %2 requests (%3 complete) to %4</source>
        <translation>%1 Ereignisse aus %2 Anfragen (%3 vollständig) nach %4 aufgezeichnet</translation>
    </message>
    <message>
        <source>Compares what two captures send (capture files or canonical NDJSON, gzip or not): events and
properties added or removed, property type changes, required properties now missing, property
coverage and event volume changes beyond the thresholds, and with --funnel the conversion of each
step. Findings of some kinds fail the diff: removed events and properties, type changes,
required properties now missing, volume changes and conversion drops beyond the thresholds
(a thresholds file&apos;s &quot;failOn&quot; changes the list). Exit 0 when nothing fails, 1 on drift, 2 when
a flag is wrong or a file cannot be read. docs/CAPTURES.md describes the report.</source>
        <translation>Vergleicht, was zwei Mitschnitte senden (Mitschnittdateien oder kanonisches NDJSON, mit oder ohne gzip): hinzugekommene oder
entfernte Ereignisse und Eigenschaften, Typänderungen von Eigenschaften, jetzt fehlende Pflichteigenschaften, Änderungen
der Eigenschaftsabdeckung und des Ereignisvolumens über die Schwellenwerte hinaus und mit --funnel die Konversion jedes
Schritts. Befunde bestimmter Arten lassen den Vergleich fehlschlagen: entfernte Ereignisse und Eigenschaften, Typänderungen,
jetzt fehlende Pflichteigenschaften, Volumenänderungen und Konversionsrückgänge über die Schwellenwerte hinaus
(&quot;failOn&quot; in einer Schwellenwertdatei ändert die Liste). Endet mit 0, wenn nichts fehlschlägt, mit 1 bei Drift, mit 2, wenn
eine Option ungültig ist oder eine Datei nicht gelesen werden kann. docs/CAPTURES.md beschreibt den Bericht.</translation>
    </message>
    <message>
        <source>The capture to compare against (A).</source>
        <translation>Der Mitschnitt, mit dem verglichen wird (A).</translation>
    </message>
    <message>
        <source>The capture to check (B).</source>
        <translation>Der zu prüfende Mitschnitt (B).</translation>
    </message>
    <message>
        <source>Also compare this funnel&apos;s step conversions: 2 to 20 steps, &quot;A&gt;B&gt;C&quot;.</source>
        <translation>Auch die Schrittkonversionen dieses Trichters vergleichen: 2 bis 20 Schritte, &quot;A&gt;B&gt;C&quot;.</translation>
    </message>
    <message>
        <source>The funnel&apos;s conversion window: 90s, 30m, 12h, 7d (default), 2w.</source>
        <translation>Das Konversionsfenster des Trichters: 90s, 30m, 12h, 7d (Standard), 2w.</translation>
    </message>
    <message>
        <source>An event&apos;s count may change by this many percent before it drifts (default 20).</source>
        <translation>Um so viel Prozent darf sich die Anzahl eines Ereignisses ändern, bevor es als Drift gilt (Standard: 20).</translation>
    </message>
    <message>
        <source>A property&apos;s share of its event&apos;s events may change by this many percentage points (default 10).</source>
        <translation>Um so viele Prozentpunkte darf sich der Anteil einer Eigenschaft an den Ereignissen ihres Ereignisses ändern (Standard: 10).</translation>
    </message>
    <message>
        <source>A funnel step&apos;s conversion from the previous step may change by this many points (default 5).</source>
        <translation>Um so viele Punkte darf sich die Konversion eines Trichterschritts ab dem vorherigen Schritt ändern (Standard: 5).</translation>
    </message>
    <message>
        <source>Compare each event&apos;s share of all events instead of its count (captures of different lengths).</source>
        <translation>Den Anteil jedes Ereignisses an allen Ereignissen statt seiner Anzahl vergleichen (Mitschnitte unterschiedlicher Länge).</translation>
    </message>
    <message>
        <source>A JSON file of thresholds, failing kinds, ignored events and properties, and a funnel; flags win.</source>
        <translation>Eine JSON-Datei mit Schwellenwerten, fehlschlagenden Arten, ignorierten Ereignissen und Eigenschaften sowie einem Trichter; Optionen haben Vorrang.</translation>
    </message>
    <message>
        <source>name two captures: the baseline and the candidate</source>
        <translation>geben Sie zwei Mitschnitte an: die Referenz und den Kandidaten</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number of 0 or more</source>
        <translation>--%1: &apos;%2&apos; ist keine Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <source>--window: there is no funnel; add --funnel &quot;A&gt;B&gt;C&quot;</source>
        <translation>--window: es gibt keinen Trichter; fügen Sie --funnel &quot;A&gt;B&gt;C&quot; hinzu</translation>
    </message>
    <message>
        <source>--window: &apos;%1&apos; is not between 1 second and 366 days</source>
        <translation>--window: &apos;%1&apos; liegt nicht zwischen 1 Sekunde und 366 Tagen</translation>
    </message>
    <message>
        <source>Imports the analytics requests of a HAR file (a browser devtools export) as a capture: requests to
Segment, RudderStack, Mixpanel, Amplitude, PostHog, GA4 and Heap ingestion hosts are decoded as the
collector decodes them; other requests are counted and listed, never guessed at. Secrets are masked.
Prints what was found (text or JSON) on standard output. Exit 0 when something was imported, 1 when
the file holds no analytics request (nothing is written), 2 on a bad flag or an unreadable or
malformed file.</source>
        <translation>Importiert die Analytics-Anfragen einer HAR-Datei (ein Export aus den Browser-Devtools) als Mitschnitt: Anfragen an
Ingestion-Hosts von Segment, RudderStack, Mixpanel, Amplitude, PostHog, GA4 und Heap werden so dekodiert, wie der
Collector sie dekodiert; andere Anfragen werden gezählt und aufgelistet, nie erraten. Geheimnisse werden maskiert.
Gibt das Gefundene (Text oder JSON) auf der Standardausgabe aus. Endet mit 0, wenn etwas importiert wurde, mit 1, wenn
die Datei keine Analytics-Anfrage enthält (es wird nichts geschrieben), mit 2 bei einer ungültigen Option oder einer nicht
lesbaren oder fehlerhaften Datei.</translation>
    </message>
    <message>
        <source>The HAR file.</source>
        <translation>Die HAR-Datei.</translation>
    </message>
    <message>
        <source>The capture file to write (gzip-compressed when it ends in .gz).</source>
        <translation>Die zu schreibende Mitschnittdatei (gzip-komprimiert, wenn sie auf .gz endet).</translation>
    </message>
    <message>
        <source>The capture&apos;s name (default: the HAR file&apos;s name).</source>
        <translation>Der Name des Mitschnitts (Standard: der Name der HAR-Datei).</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Also take requests to HOST as PROVIDER&apos;s (segment, rudderstack, mixpanel, amplitude, posthog, ga4, heap), or as a Journey collector&apos;s (collector: routed by path). HOST may be *.domain or host:port. Repeatable.</source>
        <translation>Anfragen an HOST zusätzlich als Anfragen von PROVIDER (segment, rudderstack, mixpanel, amplitude, posthog, ga4, heap) oder als Anfragen an einen Journey-Collector (collector: nach Pfad zugeordnet) übernehmen. HOST darf *.domain oder host:port sein. Wiederholbar.</translation>
    </message>
    <message>
        <source>FILE.har is required</source>
        <translation>FILE.har ist erforderlich</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out ist erforderlich</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not text or json</source>
        <translation>--format: &apos;%1&apos; ist weder text noch json</translation>
    </message>
    <message>
        <source>--name: empty</source>
        <translation>--name: leer</translation>
    </message>
    <message>
        <source>journeyctl har-import: no analytics request to import in %1; nothing written</source>
        <translation>journeyctl har-import: keine Analytics-Anfrage zum Importieren in %1; nichts geschrieben</translation>
    </message>
    <message>
        <source>capture written to %3 (events: %1, requests: %2)</source>
        <translation>Mitschnitt nach %3 geschrieben (Ereignisse: %1, Anfragen: %2)</translation>
    </message>
    <message>
        <source>Replays a capture (or plain canonical NDJSON, as `journeyctl export` writes it) to a configured provider
(through the connector), the local collector (`collector`: journey.collector.listen), or a URL. The
collector and URLs get each captured request in its original wire format (its path appended to the
URL&apos;s); events without one go as Segment /v1/batch bodies. Requests keep the original pacing divided by
--speed, or go as fast as possible with --speed max.

By default the dedup ids (messageId, $insert_id, insert_id, uuid) are new, so providers do not drop the
replay as duplicates; --keep-ids sends them as captured. --timestamps shift moves every time so that the
last event is now, gaps preserved. --user-suffix appends S to every userId, anonymousId and previousId.

Prints one line per request to stdout (with --dry-run: method, URL without secrets, events, body size,
and nothing is sent); progress goes to stderr. Exit 0 when every request was answered with a 2xx (or
the provider delivered every event), 1 otherwise with the reason, 2 on a bad flag or input file.</source>
        <translation>Gibt einen Mitschnitt (oder einfaches kanonisches NDJSON, wie `journeyctl export` es schreibt) an einen konfigurierten Anbieter
(über den Connector), den lokalen Collector (`collector`: journey.collector.listen) oder eine URL wieder. Der
Collector und URLs erhalten jede aufgezeichnete Anfrage in ihrem ursprünglichen Übertragungsformat (ihr Pfad wird an den der
URL angehängt); Ereignisse ohne Anfrage gehen als Segment-/v1/batch-Inhalte. Die Anfragen behalten das ursprüngliche Tempo geteilt durch
--speed bei oder gehen mit --speed max so schnell wie möglich hinaus.

Standardmäßig sind die Dedup-IDs (messageId, $insert_id, insert_id, uuid) neu, damit Anbieter die Wiedergabe nicht als
Duplikate verwerfen; --keep-ids sendet sie wie aufgezeichnet. --timestamps shift verschiebt alle Zeiten so, dass das
letzte Ereignis auf jetzt fällt, wobei die Abstände erhalten bleiben. --user-suffix hängt S an jede userId, anonymousId und previousId an.

Gibt pro Anfrage eine Zeile auf stdout aus (mit --dry-run: Methode, URL ohne Geheimnisse, Ereignisse, Größe des Inhalts,
und es wird nichts gesendet); der Fortschritt geht nach stderr. Endet mit 0, wenn jede Anfrage mit 2xx beantwortet wurde (oder
der Anbieter jedes Ereignis zugestellt hat), sonst mit 1 samt Grund, mit 2 bei einer ungültigen Option oder Eingabedatei.</translation>
    </message>
    <message>
        <source>A capture file or canonical NDJSON (.gz accepted).</source>
        <translation>Eine Mitschnittdatei oder kanonisches NDJSON (.gz wird akzeptiert).</translation>
    </message>
    <message>
        <source>A configured provider (segment, mixpanel, …), collector, or an http(s) URL.</source>
        <translation>Ein konfigurierter Anbieter (segment, mixpanel, …), collector oder eine http(s)-URL.</translation>
    </message>
    <message>
        <source>The original pacing divided by N (1 = real time, 2 = twice as fast), or max. Default 1.</source>
        <translation>Das ursprüngliche Tempo geteilt durch N (1 = Echtzeit, 2 = doppelt so schnell) oder max. Standard: 1.</translation>
    </message>
    <message>
        <source>Send the dedup ids as captured instead of new ones.</source>
        <translation>Die Dedup-IDs wie aufgezeichnet statt neuer IDs senden.</translation>
    </message>
    <message>
        <source>keep (default) or shift: move every time so that the last event is now.</source>
        <translation>keep (Standard) oder shift: alle Zeiten so verschieben, dass das letzte Ereignis auf jetzt fällt.</translation>
    </message>
    <message>
        <source>Append S to every userId, anonymousId and previousId (the same everywhere: identities stay linked).</source>
        <translation>S an jede userId, anonymousId und previousId anhängen (überall gleich: Identitäten bleiben verknüpft).</translation>
    </message>
    <message>
        <source>List the requests that would be sent; send nothing.</source>
        <translation>Die Anfragen auflisten, die gesendet würden; nichts senden.</translation>
    </message>
    <message>
        <source>text (default) or json (one object at the end).</source>
        <translation>text (Standard) oder json (ein Objekt am Ende).</translation>
    </message>
    <message>
        <source>Requests in flight at once at --speed max (default 4).</source>
        <translation>Gleichzeitig laufende Anfragen bei --speed max (Standard: 4).</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (per HTTP request; for a provider, for the last deliveries). Default 60.</source>
        <translation>Sekunden, die auf eine Antwort gewartet wird (pro HTTP-Anfrage; bei einem Anbieter auf die letzten Zustellungen). Standard: 60.</translation>
    </message>
    <message>
        <source>give the capture to replay: replay FILE --to TARGET</source>
        <translation>geben Sie den wiederzugebenden Mitschnitt an: replay FILE --to TARGET</translation>
    </message>
    <message>
        <source>--to is required: a configured provider, collector or a URL</source>
        <translation>--to ist erforderlich: ein konfigurierter Anbieter, collector oder eine URL</translation>
    </message>
    <message>
        <source>--timestamps: expected keep or shift, got &apos;%1&apos;</source>
        <translation>--timestamps: keep oder shift erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--user-suffix: expected a non-empty suffix</source>
        <translation>--user-suffix: nicht leeres Suffix erwartet</translation>
    </message>
    <message>
        <source>--format: expected text or json, got &apos;%1&apos;</source>
        <translation>--format: text oder json erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--parallel: expected a whole number between 1 and 64</source>
        <translation>--parallel: ganze Zahl zwischen 1 und 64 erwartet</translation>
    </message>
    <message>
        <source>event %1 not replayed: %2</source>
        <translation>Ereignis %1 nicht wiedergegeben: %2</translation>
    </message>
    <message>
        <source>request %1: %2</source>
        <translation>Anfrage %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>dry run: %n request(s) to %1</source>
        <translation>
            <numerusform>Probelauf: %n Anfrage an %1</numerusform>
            <numerusform>Probelauf: %n Anfragen an %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s at this speed</source>
        <translation>%1 s bei diesem Tempo</translation>
    </message>
    <message>
        <source>; nothing was sent</source>
        <translation>; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>interrupted: cancelling</source>
        <translation>unterbrochen: wird abgebrochen</translation>
    </message>
    <message>
        <source>%1/%2 requests, %3/%4 events sent, %5 answered, %6 failed, %7 s</source>
        <translation>%1/%2 Anfragen, %3/%4 Ereignisse gesendet, %5 beantwortet, %6 fehlgeschlagen, %7 s</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
    <message>
        <source>%1 of %2 requests delivered to %3 (%4 of %5 events) in %6 s, %7 events/s</source>
        <translation>%1 von %2 Anfragen an %3 zugestellt (%4 von %5 Ereignissen) in %6 s, %7 Ereignisse/s</translation>
    </message>
    <message numerus="yes">
        <source>cancelled: %n request(s) not sent</source>
        <translation>
            <numerusform>abgebrochen: %n Anfrage nicht gesendet</numerusform>
            <numerusform>abgebrochen: %n Anfragen nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed; first: %1</source>
        <translation>
            <numerusform>%n Anfrage fehlgeschlagen; erste: %1</numerusform>
            <numerusform>%n Anfragen fehlgeschlagen; erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source> (is the collector running? start it with `journeyctl collect` or the app)</source>
        <translation> (läuft der Collector? Starten Sie ihn mit `journeyctl collect` oder der App)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the capture could not be replayed (listed above)</source>
        <translation>
            <numerusform>%n Ereignis des Mitschnitts konnte nicht wiedergegeben werden (oben aufgeführt)</numerusform>
            <numerusform>%n Ereignisse des Mitschnitts konnten nicht wiedergegeben werden (oben aufgeführt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups the events of the store (or of a capture file or canonical NDJSON with --input) into
sessions per person and prints one row per session, in order of start. Events that carry the
provider&apos;s own session id (Amplitude session_id, PostHog $session_id, GA4 session_id,
Mixpanel $mp_replay_id, Heap session_id, context.sessionId) are grouped by it; the others
start a new session after more than --gap without an event. Identities that identify and
alias join are one person, unless --raw-ids. See docs/SESSIONS.md.

--format json prints {&quot;gap_seconds&quot;,&quot;total&quot;,&quot;shown&quot;,&quot;events&quot;,&quot;sessions&quot;:[{&quot;person&quot;,
&quot;start&quot;,&quot;end&quot;,&quot;duration_seconds&quot;,&quot;events&quot;,&quot;invalid&quot;,&quot;warnings&quot;,&quot;validation&quot;,&quot;sources&quot;,
&quot;split&quot;,&quot;session_id_kind&quot;,&quot;session_id&quot;,&quot;pages&quot;,&quot;screens&quot;,&quot;event_ids&quot;}]}; csv has the same
columns. Event ids are store ids; with --input, the events&apos; numbers in the file (1, 2, ...).
Exit 0 on success, 1 when the store or the file cannot be read, 2 on a bad flag.</source>
        <translation>Gruppiert die Ereignisse des Speichers (oder mit --input einer Mitschnittdatei oder von kanonischem NDJSON) zu
Sitzungen pro Person und gibt pro Sitzung eine Zeile aus, nach Beginn sortiert. Ereignisse, die die eigene
Sitzungs-ID des Anbieters tragen (Amplitude session_id, PostHog $session_id, GA4 session_id,
Mixpanel $mp_replay_id, Heap session_id, context.sessionId), werden danach gruppiert; die übrigen
beginnen nach mehr als --gap ohne Ereignis eine neue Sitzung. Identitäten, die identify und alias
verknüpfen, sind eine Person, außer mit --raw-ids. Siehe docs/SESSIONS.md.

--format json gibt {&quot;gap_seconds&quot;,&quot;total&quot;,&quot;shown&quot;,&quot;events&quot;,&quot;sessions&quot;:[{&quot;person&quot;,
&quot;start&quot;,&quot;end&quot;,&quot;duration_seconds&quot;,&quot;events&quot;,&quot;invalid&quot;,&quot;warnings&quot;,&quot;validation&quot;,&quot;sources&quot;,
&quot;split&quot;,&quot;session_id_kind&quot;,&quot;session_id&quot;,&quot;pages&quot;,&quot;screens&quot;,&quot;event_ids&quot;}]} aus; csv hat dieselben
Spalten. Ereignis-IDs sind Speicher-IDs; mit --input die Nummern der Ereignisse in der Datei (1, 2, ...).
Endet mit 0 bei Erfolg, mit 1, wenn der Speicher oder die Datei nicht gelesen werden kann, mit 2 bei einer ungültigen Option.</translation>
    </message>
    <message>
        <source>Inactivity that ends a session without a provider session id: 90s, 30m (default), 2h, 1d.</source>
        <translation>Inaktivität, die eine Sitzung ohne Sitzungs-ID des Anbieters beendet: 90s, 30m (Standard), 2h, 1d.</translation>
    </message>
    <message>
        <source>Only the sessions of the person with this userId or anonymousId.</source>
        <translation>Nur die Sitzungen der Person mit dieser userId oder anonymousId.</translation>
    </message>
    <message>
        <source>Read this capture file or canonical NDJSON (gzip too) instead of the store.</source>
        <translation>Diese Mitschnittdatei oder kanonisches NDJSON (auch gzip) statt des Speichers lesen.</translation>
    </message>
    <message>
        <source>text (default), json or csv.</source>
        <translation>text (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>At most N sessions (the first N by start).</source>
        <translation>Höchstens N Sitzungen (die ersten N nach Beginn).</translation>
    </message>
    <message>
        <source>Each userId (else anonymousId) is a person of its own.</source>
        <translation>Jede userId (sonst anonymousId) ist eine eigene Person.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>--person: give a userId or an anonymousId</source>
        <translation>--person: geben Sie eine userId oder eine anonymousId an</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not text, json or csv</source>
        <translation>--format: &quot;%1&quot; ist nicht text, json oder csv</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a whole number of 1 or more</source>
        <translation>--limit: &quot;%1&quot; ist keine ganze Zahl von 1 oder mehr</translation>
    </message>
    <message>
        <source>--input: give a file name</source>
        <translation>--input: geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>no event has the userId or anonymousId &quot;%1&quot;</source>
        <translation>kein Ereignis hat die userId oder anonymousId &quot;%1&quot;</translation>
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
    <message>
        <source>Page to capture with --screenshot: %1.</source>
        <translation>Seite, die mit --screenshot aufgenommen wird: %1.</translation>
    </message>
    <message>
        <source>--screenshot-page: expected one of %1</source>
        <translation>--screenshot-page: erwartet wird eines von %1</translation>
    </message>
</context>
</TS>
