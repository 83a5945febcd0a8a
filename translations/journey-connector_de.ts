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
    <name>Journey::Provider</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
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
    <name>Journey::RequestPreview</name>
    <message>
        <source>not configured under journey.providers</source>
        <translation>nicht unter journey.providers konfiguriert</translation>
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
    <name>Journey::SqliteStatement</name>
    <message>
        <source>the store connection is not an open SQLite connection</source>
        <translation>die Verbindung zum Speicher ist keine offene SQLite-Verbindung</translation>
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
