<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Journey</name>
    <message>
        <source>%1: &apos;${&apos; without a closing &apos;}&apos;</source>
        <translation>%1&#xa0;: «&#xa0;${&#xa0;» sans «&#xa0;}&#xa0;» de fermeture</translation>
    </message>
    <message>
        <source>%1: empty variable name in &apos;${}&apos;</source>
        <translation>%1&#xa0;: nom de variable vide dans «&#xa0;${}&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the environment variable %2 is not set</source>
        <translation>%1&#xa0;: la variable d’environnement %2 n’est pas définie</translation>
    </message>
    <message>
        <source>%1.%2: unknown key; expected one of: %3</source>
        <translation>%1.%2&#xa0;: clé inconnue&#xa0;; valeurs acceptées&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1&#xa0;: attendu&#xa0;: %2, reçu&#xa0;: %3</translation>
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
        <translation>le segment %1 est au format %2, que cette version ne sait pas lire</translation>
    </message>
    <message>
        <source>cannot read segment %1: %2</source>
        <translation>impossible de lire le segment %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Journey Connector store</source>
        <translation>%1 est une base de données SQLite, mais pas une base locale Journey Connector</translation>
    </message>
    <message>
        <source>the store %1 was written by a newer Journey Connector (schema %2; this build reads up to %3)</source>
        <translation>la base locale %1 a été écrite par une version plus récente de Journey Connector (schéma %2&#xa0;; cette version lit jusqu’au schéma %3)</translation>
    </message>
</context>
<context>
    <name>Journey::ChunkReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open %1: not readable as gzip</source>
        <translation>impossible d’ouvrir %1&#xa0;: illisible en tant que gzip</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Journey::CollectorConfig</name>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme HOST:PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address (in &apos;%2&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP (dans «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number 0-65535 (in &apos;%2&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de port entre 0 et 65535 (dans «&#xa0;%2&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>Journey::CollectorServer</name>
    <message>
        <source>Port %1 on %2 is already in use by another program.</source>
        <translation>Le port %1 sur %2 est déjà utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossible d’écouter sur %1:%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Journey::CsvFormat</name>
    <message>
        <source>unknown column &apos;%1&apos; in the header; known columns: %2</source>
        <translation>colonne inconnue «&#xa0;%1&#xa0;» dans l’en-tête&#xa0;; colonnes connues&#xa0;: %2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice in the header</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois dans l’en-tête</translation>
    </message>
    <message>
        <source>the header has no &apos;type&apos; column</source>
        <translation>l’en-tête n’a pas de colonne «&#xa0;type&#xa0;»</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>la ligne a %1 champs, mais l’en-tête en a %2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: not valid JSON</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: JSON non valide</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: expected a JSON object</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: objet JSON attendu</translation>
    </message>
</context>
<context>
    <name>Journey::CsvRecordReader</name>
    <message>
        <source>%1: line %2: a quoted field is not closed before the end of the file</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: un champ entre guillemets n’est pas fermé avant la fin du fichier</translation>
    </message>
</context>
<context>
    <name>Journey::EventExporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation>impossible d’écrire l’export&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Journey::EventImporter</name>
    <message>
        <source>%1: the file is empty; a CSV import needs a header row</source>
        <translation>%1&#xa0;: le fichier est vide&#xa0;; un import CSV nécessite une ligne d’en-tête</translation>
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
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>Show the body as sent</source>
        <translation>Afficher le corps tel qu’envoyé</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arborescence</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation>Requête brute</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Aucun événement sélectionné</translation>
    </message>
    <message>
        <source>Select an event in the stream to see it here.</source>
        <translation>Sélectionnez un événement dans le flux pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Timestamp %1</source>
        <translation>Horodatage %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçu %1</translation>
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
        <translation>source %1</translation>
    </message>
    <message>
        <source>store id %1</source>
        <translation>ID dans la base locale %1</translation>
    </message>
    <message>
        <source>This event was imported from a file: there is no HTTP request to show.</source>
        <translation>Cet événement a été importé depuis un fichier&#xa0;: il n’y a aucune requête HTTP à afficher.</translation>
    </message>
    <message>
        <source>This event has no recorded HTTP request.</source>
        <translation>Aucune requête HTTP n’a été enregistrée pour cet événement.</translation>
    </message>
    <message>
        <source>Loading the request…</source>
        <translation>Chargement de la requête…</translation>
    </message>
    <message>
        <source>The request could not be read: %1</source>
        <translation>Impossible de lire la requête&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 answered %3 · %n event(s)</source>
        <translation>
            <numerusform>%1 %2, réponse %3 · %n événement</numerusform>
            <numerusform>%1 %2, réponse %3 · %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1: %2 on the wire, %3 decoded</source>
        <translation> · %1&#xa0;: %2 transmis, %3 décodés</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · secrets masked</source>
        <translation> · secrets masqués</translation>
    </message>
</context>
<context>
    <name>Journey::EventListModel</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Event / Name</source>
        <translation>Événement / nom</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Anonymous ID</source>
        <translation>ID anonyme</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID du message</translation>
    </message>
</context>
<context>
    <name>Journey::FilterBar</name>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show only one call type</source>
        <translation>Afficher un seul type d’appel</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Show only events from one source</source>
        <translation>Afficher uniquement les événements d’une source</translation>
    </message>
    <message>
        <source>Event or page name</source>
        <translation>Nom d’événement ou de page</translation>
    </message>
    <message>
        <source>Part of the event name (track) or page/screen name</source>
        <translation>Partie du nom d’événement (track) ou du nom de page/d’écran</translation>
    </message>
    <message>
        <source>User or anonymous ID</source>
        <translation>ID utilisateur ou anonyme</translation>
    </message>
    <message>
        <source>Part of the userId or the anonymousId</source>
        <translation>Partie du userId ou de l’anonymousId</translation>
    </message>
    <message>
        <source>Search in JSON…</source>
        <translation>Rechercher dans le JSON…</translation>
    </message>
    <message>
        <source>Text anywhere in the event&apos;s JSON (Ctrl+F)</source>
        <translation>Texte n’importe où dans le JSON de l’événement (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>Event timestamps to show</source>
        <translation>Horodatages des événements à afficher</translation>
    </message>
    <message>
        <source>From (inclusive, local time)</source>
        <translation>Début (inclus, heure locale)</translation>
    </message>
    <message>
        <source>To (exclusive, local time)</source>
        <translation>Fin (exclue, heure locale)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
</context>
<context>
    <name>Journey::GzipCodec</name>
    <message>
        <source>the compressed data is truncated</source>
        <translation>les données compressées sont tronquées</translation>
    </message>
</context>
<context>
    <name>Journey::IngestJournal</name>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>impossible de créer le dossier du journal %1</translation>
    </message>
    <message>
        <source>cannot create the journal %1: %2</source>
        <translation>impossible de créer le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot lock the journal %1: %2</source>
        <translation>impossible de verrouiller le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>impossible d’écrire dans le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the journal %1: %2</source>
        <translation>impossible de lire le journal %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Journey::JourneyConfig</name>
    <message>
        <source>%1:%2:%3: malformed JSON: %4</source>
        <translation>%1:%2:%3: JSON mal formé&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: expected a JSON object with a &quot;journey&quot; member</source>
        <translation>%1&#xa0;: objet JSON attendu avec un membre &quot;journey&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>journey.collector.writeKeys[%1]: expected a non-empty string</source>
        <translation>journey.collector.writeKeys[%1]&#xa0;: chaîne non vide attendue</translation>
    </message>
    <message>
        <source>journey.collector.%1: expected a number of kilobytes between 1 and 1048576</source>
        <translation>journey.collector.%1&#xa0;: nombre de kilo-octets entre 1 et 1048576 attendu</translation>
    </message>
    <message>
        <source>journey.provider: unknown provider &apos;%1&apos;; expected one of: %2</source>
        <translation>journey.provider&#xa0;: fournisseur inconnu «&#xa0;%1&#xa0;»&#xa0;; valeurs acceptées&#xa0;: %2</translation>
    </message>
    <message>
        <source>journey.providers.%1: unknown provider; expected one of: %2</source>
        <translation>journey.providers.%1&#xa0;: fournisseur inconnu&#xa0;; valeurs acceptées&#xa0;: %2</translation>
    </message>
    <message>
        <source>journey.providers.%1: expected an object, got %2</source>
        <translation>journey.providers.%1&#xa0;: objet attendu, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>no configuration file at %1</source>
        <translation>aucun fichier de configuration à l’emplacement %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; fix it before changing settings from the app</source>
        <translation>%1 n’est pas un JSON valide&#xa0;; corrigez-le avant de modifier les réglages depuis l’application</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid configuration; fix it before changing settings from the app</source>
        <translation>%1 n’est pas une configuration valide&#xa0;; corrigez-la avant de modifier les réglages depuis l’application</translation>
    </message>
</context>
<context>
    <name>Journey::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n members}</source>
        <translation>
            <numerusform>{%n membre}</numerusform>
            <numerusform>{%n membres}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Journey::LineReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Journey::LiveView</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Hold new events back (they are still stored) — Space</source>
        <translation>Retenir les nouveaux événements (ils sont quand même enregistrés) — Espace</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>Garder le dernier événement visible</translation>
    </message>
    <message>
        <source>Could not read the store: %1</source>
        <translation>Impossible de lire la base locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waiting for events&lt;/h3&gt;&lt;p&gt;Point a Segment or RudderStack SDK at &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;(for example &lt;code&gt;new Analytics({ writeKey, host: &apos;%1&apos; })&lt;/code&gt;),&lt;br&gt;or try:&lt;/p&gt;&lt;p&gt;&lt;code&gt;curl -X POST %1/v1/track -d &apos;{&quot;userId&quot;:&quot;u1&quot;,&quot;event&quot;:&quot;Hello&quot;}&apos;&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;En attente d’événements&lt;/h3&gt;&lt;p&gt;Faites pointer un SDK Segment ou RudderStack vers &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;(par exemple &lt;code&gt;new Analytics({ writeKey, host: &apos;%1&apos; })&lt;/code&gt;),&lt;br&gt;ou essayez&#xa0;:&lt;/p&gt;&lt;p&gt;&lt;code&gt;curl -X POST %1/v1/track -d &apos;{&quot;userId&quot;:&quot;u1&quot;,&quot;event&quot;:&quot;Hello&quot;}&apos;&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No events match the filter&lt;/h3&gt;&lt;p&gt;Change or clear the filter to see more.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun événement ne correspond au filtre&lt;/h3&gt;&lt;p&gt;Modifiez ou effacez le filtre pour en voir davantage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading from the store…</source>
        <translation>Chargement depuis la base locale…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n événement affiché</numerusform>
            <numerusform>%n événements affichés</numerusform>
        </translation>
    </message>
    <message>
        <source> · scroll up for older events</source>
        <translation> · faites défiler vers le haut pour voir les événements plus anciens</translation>
    </message>
    <message numerus="yes">
        <source> · paused: %n new event(s) held back</source>
        <translation>
            <numerusform> · en pause&#xa0;: %n nouvel événement en attente</numerusform>
            <numerusform> · en pause&#xa0;: %n nouveaux événements en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Copy message ID</source>
        <translation>Copier l’ID du message</translation>
    </message>
    <message>
        <source>Show only “%1”</source>
        <translation>Afficher uniquement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Show only %1&apos;s events</source>
        <translation>Afficher uniquement les événements de %1</translation>
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
        <translation>Ouverture de la base locale…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a0a0a0&quot;&gt;●&lt;/span&gt; Collector stopped</source>
        <translation>&lt;span style=&quot;color:#a0a0a0&quot;&gt;●&lt;/span&gt; Collecteur arrêté</translation>
    </message>
    <message>
        <source>Store: %1 events · %2 MB</source>
        <translation>Base locale&#xa0;: %1 événements · %2 Mo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export events…</source>
        <translation>&amp;Exporter les événements…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the events that match the current filter to NDJSON or CSV</source>
        <translation>Écrire les événements correspondant au filtre actuel en NDJSON ou en CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Pause stream</source>
        <translation>Mettre le flux en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Follow newest event</source>
        <translation>&amp;Suivre le dernier événement</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Reload from store</source>
        <translation>&amp;Recharger depuis la base locale</translation>
    </message>
    <message>
        <source>&amp;Collector</source>
        <translation>&amp;Collecteur</translation>
    </message>
    <message>
        <source>Copy collector &amp;URL</source>
        <translation>Copier l’&amp;URL du collecteur</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Change &amp;port…</source>
        <translation>Changer de &amp;port…</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Redémarrer</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Journey Connector</source>
        <translation>À &amp;propos de Journey Connector</translation>
    </message>
    <message>
        <source>About Journey Connector</source>
        <translation>À propos de Journey Connector</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Journey Connector %1&lt;/h3&gt;&lt;p&gt;Inspect and debug product-analytics instrumentation: a local collector for Segment and RudderStack SDKs, a live event stream and a local store.&lt;/p&gt;&lt;p&gt;Store: %2&lt;br&gt;Configuration: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journey Connector %1&lt;/h3&gt;&lt;p&gt;Inspectez et déboguez l’instrumentation d’analytique produit&#xa0;: un collecteur local pour les SDK Segment et RudderStack, un flux d’événements en direct et une base locale.&lt;/p&gt;&lt;p&gt;Base locale&#xa0;: %2&lt;br&gt;Configuration&#xa0;: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2e9d57&quot;&gt;●&lt;/span&gt; Listening on &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;span style=&quot;color:#2e9d57&quot;&gt;●&lt;/span&gt; À l’écoute sur &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Point Segment or RudderStack SDKs at %1</source>
        <translation>Faites pointer les SDK Segment ou RudderStack vers %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; Collector not running</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; Collecteur inactif</translation>
    </message>
    <message>
        <source>The collector is not listening. %1</source>
        <translation>Le collecteur n’est pas à l’écoute. %1</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Utiliser le port %1</translation>
    </message>
    <message>
        <source>Choose port…</source>
        <translation>Choisir un port…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; No store</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; Aucune base locale</translation>
    </message>
    <message>
        <source>The event store could not be opened, so nothing can be collected: %1</source>
        <translation>La base locale des événements n’a pas pu être ouverte, rien ne peut donc être collecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Collector port</source>
        <translation>Port du collecteur</translation>
    </message>
    <message>
        <source>Port for the collector on %1 (1024-65535):</source>
        <translation>Port du collecteur sur %1 (1024-65535)&#xa0;:</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exporter les événements</translation>
    </message>
    <message>
        <source>NDJSON (*.ndjson *.jsonl);;CSV (*.csv)</source>
        <translation>NDJSON (*.ndjson *.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation>%1 événements exportés vers %2.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>%1 events/s · %2 received · %3 rejected</source>
        <translation>%1 événements/s · %2 reçus · %3 rejetés</translation>
    </message>
    <message>
        <source> · %1 throttled</source>
        <translation> · %1 limités</translation>
    </message>
</context>
<context>
    <name>Journey::NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Journey::ParseError</name>
    <message>
        <source>line %1, column %2: </source>
        <translation>ligne %1, colonne %2&#xa0;: </translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>ligne %1&#xa0;: </translation>
    </message>
</context>
<context>
    <name>Journey::SegmentCodec</name>
    <message>
        <source>stored segment is damaged (%1)</source>
        <translation>le segment enregistré est endommagé (%1)</translation>
    </message>
</context>
<context>
    <name>Journey::Session</name>
    <message>
        <source>The new port is used now but could not be saved: %1</source>
        <translation>Le nouveau port est utilisé, mais n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Journey::StoreConnection</name>
    <message>
        <source>%1 is a folder, not a store file</source>
        <translation>%1 est un dossier, pas un fichier de base locale</translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation>aucune base locale à l’emplacement %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>impossible d’ouvrir la base locale %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Journey Connector store (the file is not an SQLite database)</source>
        <translation>%1 n’est pas une base locale Journey Connector (le fichier n’est pas une base de données SQLite)</translation>
    </message>
</context>
<context>
    <name>Journey::StoreReader</name>
    <message>
        <source>cannot read the store: %1</source>
        <translation>impossible de lire la base locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>request %1 is not in the store</source>
        <translation>la requête %1 n’est pas dans la base locale</translation>
    </message>
    <message>
        <source>the body of request %1 is damaged</source>
        <translation>le corps de la requête %1 est endommagé</translation>
    </message>
</context>
<context>
    <name>Journey::StoreSchema</name>
    <message>
        <source>cannot read the store %1: %2</source>
        <translation>impossible de lire la base locale %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot update the store %1: %2</source>
        <translation>impossible de mettre à jour la base locale %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot upgrade the store %1 to schema %2: %3</source>
        <translation>impossible de migrer la base locale %1 vers le schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot upgrade the store %1: %2</source>
        <translation>impossible de migrer la base locale %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Journey::StoreWriter</name>
    <message>
        <source>cannot write to the store: %1</source>
        <translation>impossible d’écrire dans la base locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the store: %1</source>
        <translation>impossible de lire la base locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot store the request: %1</source>
        <translation>impossible d’enregistrer la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot store events: %1</source>
        <translation>impossible d’enregistrer les événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot commit to the store: %1</source>
        <translation>impossible de valider les modifications dans la base locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot merge segments: %1</source>
        <translation>impossible de fusionner les segments&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot clear the store: %1</source>
        <translation>impossible de vider la base locale&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>journeyctl</name>
    <message>
        <source>Runs the collector without the GUI: analytics SDKs pointed at it have their events stored.
The first line on standard output is &apos;listening on http://HOST:PORT&apos;. SIGINT or SIGTERM stops it
once everything received is stored and answered.</source>
        <translation>Exécute le collecteur sans interface graphique&#xa0;: les événements des SDK d’analytique qui pointent vers lui sont enregistrés.
La première ligne de la sortie standard est «&#xa0;listening on http://HOST:PORT&#xa0;». SIGINT ou SIGTERM l’arrête
une fois que tout ce qui a été reçu est enregistré et a obtenu une réponse.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default: the config&apos;s journey.collector.listen, else 127.0.0.1:8787). Port 0 picks a free one.</source>
        <translation>Adresse et port d’écoute (par défaut&#xa0;: journey.collector.listen de la configuration, sinon 127.0.0.1:8787). Le port 0 choisit un port libre.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>storing events in %1; stop with Ctrl+C</source>
        <translation>enregistrement des événements dans %1&#xa0;; arrêt avec Ctrl+C</translation>
    </message>
    <message>
        <source>stored %1 events from %2 requests (%3 rejected)</source>
        <translation>%1 événements enregistrés à partir de %2 requêtes (%3 rejetées)</translation>
    </message>
    <message>
        <source>The store file (default: the app&apos;s data folder).</source>
        <translation>Le fichier de base locale (par défaut&#xa0;: le dossier de données de l’application).</translation>
    </message>
    <message>
        <source>The configuration file (default: the app&apos;s config folder).</source>
        <translation>Le fichier de configuration (par défaut&#xa0;: le dossier de configuration de l’application).</translation>
    </message>
    <message>
        <source>Try &apos;journeyctl %1 --help&apos;.</source>
        <translation>Essayez «&#xa0;journeyctl %1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: journeyctl %1</source>
        <translation>Utilisation&#xa0;: journeyctl %1</translation>
    </message>
    <message>
        <source>Writes the store&apos;s events, oldest first, as canonical NDJSON (one Segment Spec message per line)
or CSV. Filters combine; text filters match case-insensitively anywhere in the value.</source>
        <translation>Écrit les événements de la base locale, du plus ancien au plus récent, en NDJSON canonique (un message Segment Spec par ligne)
ou en CSV. Les filtres se combinent&#xa0;; les filtres de texte cherchent n’importe où dans la valeur, sans tenir compte de la casse.</translation>
    </message>
    <message>
        <source>ndjson (default) or csv.</source>
        <translation>ndjson (par défaut) ou csv.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Only this call type (track, identify, page, screen, group, alias); repeat for several.</source>
        <translation>Uniquement ce type d’appel (track, identify, page, screen, group, alias)&#xa0;; à répéter pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>Only events whose event or page/screen name contains TEXT.</source>
        <translation>Uniquement les événements dont le nom d’événement ou de page/d’écran contient TEXT.</translation>
    </message>
    <message>
        <source>Only events whose userId or anonymousId contains TEXT.</source>
        <translation>Uniquement les événements dont le userId ou l’anonymousId contient TEXT.</translation>
    </message>
    <message>
        <source>Only events whose JSON contains TEXT.</source>
        <translation>Uniquement les événements dont le JSON contient TEXT.</translation>
    </message>
    <message>
        <source>Only events with a timestamp at or after TIME (ISO-8601).</source>
        <translation>Uniquement les événements dont l’horodatage est égal ou postérieur à TIME (ISO-8601).</translation>
    </message>
    <message>
        <source>Only events with a timestamp before TIME (ISO-8601).</source>
        <translation>Uniquement les événements dont l’horodatage est antérieur à TIME (ISO-8601).</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not ndjson or csv</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» n’est ni ndjson ni csv</translation>
    </message>
    <message>
        <source>--type: &apos;%1&apos; is not one of track, identify, page, screen, group, alias</source>
        <translation>--type&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de track, identify, page, screen, group, alias</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not an ISO-8601 date-time</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date-heure ISO-8601</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>exported %1 events</source>
        <translation>%1 événements exportés</translation>
    </message>
    <message>
        <source>Loads canonical events (Segment Spec messages) into the store: NDJSON, one message per line, or CSV
as &apos;journeyctl export --format csv&apos; writes it. Files may be gzip-compressed; &apos;-&apos; reads standard input.
All files go in together: on the first bad line nothing is stored, unless --skip-invalid is given.</source>
        <translation>Charge des événements canoniques (messages Segment Spec) dans la base locale&#xa0;: NDJSON, un message par ligne, ou CSV
tel que l’écrit «&#xa0;journeyctl export --format csv&#xa0;». Les fichiers peuvent être compressés en gzip&#xa0;; «&#xa0;-&#xa0;» lit l’entrée standard.
Tous les fichiers sont importés ensemble&#xa0;: à la première ligne invalide, rien n’est enregistré, sauf si --skip-invalid est indiqué.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Fichiers à importer.</translation>
    </message>
    <message>
        <source>ndjson or csv (default: csv for *.csv files, else ndjson).</source>
        <translation>ndjson ou csv (par défaut&#xa0;: csv pour les fichiers *.csv, sinon ndjson).</translation>
    </message>
    <message>
        <source>Store the valid lines and report the invalid ones.</source>
        <translation>Enregistrer les lignes valides et signaler les lignes invalides.</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>aucun fichier à importer</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>fichier introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>… %1 events, %2 MB read, %3 s</source>
        <translation>… %1 événements, %2 Mo lus, %3 s</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>… and %1 more invalid lines skipped</source>
        <translation>… et %1 autres lignes invalides ignorées</translation>
    </message>
    <message>
        <source>journeyctl import: nothing was imported</source>
        <translation>journeyctl import&#xa0;: rien n’a été importé</translation>
    </message>
    <message>
        <source>imported %1 events</source>
        <translation>%1 événements importés</translation>
    </message>
    <message>
        <source>, skipped %1 invalid lines</source>
        <translation>, %1 lignes invalides ignorées</translation>
    </message>
    <message>
        <source>%1 s, %2 events/s</source>
        <translation>%1 s, %2 événements/s</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect and debug product-analytics events.</source>
        <translation>Inspectez et déboguez les événements d’analytique produit.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>Le fichier de base locale.</translation>
    </message>
    <message>
        <source>The configuration file.</source>
        <translation>Le fichier de configuration.</translation>
    </message>
    <message>
        <source>Collector address (overrides the config).</source>
        <translation>Adresse du collecteur (remplace la configuration).</translation>
    </message>
    <message>
        <source>Save a PNG of the window once events are shown, then quit (docs/screenshots.sh).</source>
        <translation>Enregistrer une image PNG de la fenêtre dès que des événements sont affichés, puis quitter (docs/screenshots.sh).</translation>
    </message>
    <message>
        <source>Row to select before the screenshot (negative: from the end).</source>
        <translation>Ligne à sélectionner avant la capture d’écran (négatif&#xa0;: à partir de la fin).</translation>
    </message>
    <message>
        <source>Initial window size.</source>
        <translation>Taille initiale de la fenêtre.</translation>
    </message>
    <message>
        <source>Journey Connector</source>
        <translation>Journey Connector</translation>
    </message>
    <message>
        <source>--listen: %1</source>
        <translation>--listen&#xa0;: %1</translation>
    </message>
    <message>
        <source>The configuration has a problem; defaults are used: %1</source>
        <translation>La configuration comporte un problème&#xa0;; les valeurs par défaut sont utilisées&#xa0;: %1</translation>
    </message>
</context>
</TS>
