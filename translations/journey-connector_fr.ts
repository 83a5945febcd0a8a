<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Journey</name>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>connection closed by the server before it answered</source>
        <translation>connexion fermée par le serveur avant sa réponse</translation>
    </message>
    <message>
        <source>host not found (DNS)</source>
        <translation>hôte introuvable (DNS)</translation>
    </message>
    <message>
        <source>no answer within the timeout</source>
        <translation>aucune réponse dans le délai imparti</translation>
    </message>
    <message>
        <source>network unavailable</source>
        <translation>réseau indisponible</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>échec de la négociation TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>outbox: %1</source>
        <translation>boîte d’envoi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Journey::AmplitudeProvider</name>
    <message>
        <source>%1: unknown setting (Amplitude understands %2)</source>
        <translation>%1&#xa0;: réglage inconnu (Amplitude comprend %2)</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to %2</source>
        <translation>%1 doit être un nombre entier de 1 à %2</translation>
    </message>
    <message>
        <source>the event is %1 bytes as Amplitude JSON, over the limit of %2 bytes per event</source>
        <translation>l’événement fait %1 octets en JSON Amplitude, au-delà de la limite de %2 octets par événement</translation>
    </message>
    <message>
        <source>the event is %1 bytes as Amplitude JSON and does not fit in a request of %2 bytes</source>
        <translation>l’événement fait %1 octets en JSON Amplitude et ne tient pas dans une requête de %2 octets</translation>
    </message>
    <message>
        <source>invalid value of %1</source>
        <translation>valeur invalide pour %1</translation>
    </message>
    <message>
        <source>missing field %1</source>
        <translation>champ %1 manquant</translation>
    </message>
    <message>
        <source>id too short or too long (%1)</source>
        <translation>identifiant trop court ou trop long (%1)</translation>
    </message>
    <message>
        <source>Amplitude silenced the device (%1)</source>
        <translation>Amplitude a réduit l’appareil au silence (%1)</translation>
    </message>
    <message>
        <source>the user or device is over Amplitude&apos;s daily event quota</source>
        <translation>l’utilisateur ou l’appareil a dépassé le quota quotidien d’événements d’Amplitude</translation>
    </message>
    <message>
        <source>Amplitude throttled the user or device</source>
        <translation>Amplitude a limité le débit de l’utilisateur ou de l’appareil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a value Amplitude refuses as an id</source>
        <translation>&quot;%1&quot; est une valeur qu’Amplitude refuse comme identifiant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is shorter than the minimum id length of %2 (setting minIdLength)</source>
        <translation>&quot;%1&quot; est plus court que la longueur minimale d’identifiant de %2 (réglage minIdLength)</translation>
    </message>
    <message>
        <source>the id is longer than %1 characters</source>
        <translation>l’identifiant dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the event has neither userId nor anonymousId</source>
        <translation>l’événement n’a ni userId ni anonymousId</translation>
    </message>
    <message>
        <source>the event has no id Amplitude accepts (%1)</source>
        <translation>l’événement n’a aucun identifiant accepté par Amplitude (%1)</translation>
    </message>
    <message>
        <source>%1; the id was left out</source>
        <translation>%1&#xa0;; l’identifiant a été omis</translation>
    </message>
    <message>
        <source>integrations.%1.session_id is not a time in milliseconds; no session_id was sent</source>
        <translation>integrations.%1.session_id n’est pas un horodatage en millisecondes&#xa0;; aucun session_id n’a été envoyé</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; is not a number; Amplitude&apos;s %2 field was left empty</source>
        <translation>la propriété &quot;%1&quot; n’est pas un nombre&#xa0;; le champ %2 d’Amplitude a été laissé vide</translation>
    </message>
    <message>
        <source>Amplitude keeps at most %1 characters per string; cut: %2</source>
        <translation>Amplitude conserve au plus %1 caractères par chaîne&#xa0;; tronqué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Amplitude&apos;s $identify and $groupidentify events keep no event properties; not sent: %1</source>
        <translation>les événements $identify et $groupidentify d’Amplitude ne conservent aucune propriété d’événement&#xa0;; non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Amplitude&apos;s ingestion API has no alias: merging user ids needs its /usermap API (Portfolio add-on), which the connector does not call; events carrying both userId and anonymousId link them</source>
        <translation>l’API d’ingestion d’Amplitude n’a pas d’alias&#xa0;: la fusion d’identifiants utilisateur nécessite son API /usermap (module Portfolio), que le connecteur n’appelle pas&#xa0;; les événements portant à la fois un userId et un anonymousId les relient</translation>
    </message>
    <message>
        <source>the event has no valid timestamp</source>
        <translation>l’événement n’a pas d’horodatage valide</translation>
    </message>
    <message>
        <source>a track call needs an event name</source>
        <translation>un appel track nécessite un nom d’événement</translation>
    </message>
    <message>
        <source>a group call needs a groupId</source>
        <translation>un appel group nécessite un groupId</translation>
    </message>
    <message>
        <source>unknown event type</source>
        <translation>type d’événement inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n $groupidentify event(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n événement $groupidentify</numerusform>
            <numerusform>%1&#xa0;: %n événements $groupidentify</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n événement</numerusform>
            <numerusform>%1&#xa0;: %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Amplitude refused %n event(s) of the request; the others are sent again</source>
        <translation>
            <numerusform>Amplitude a refusé %n événement de la requête&#xa0;; les autres sont renvoyés</numerusform>
            <numerusform>Amplitude a refusé %n événements de la requête&#xa0;; les autres sont renvoyés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journey::AnalysisPage</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>No events yet — import some with journeyctl import or generate demo data: journeyctl generate --import</source>
        <translation>Aucun événement pour l’instant — importez-en avec journeyctl import ou générez des données de démonstration&#xa0;: journeyctl generate --import</translation>
    </message>
    <message>
        <source>Stop the running query (Esc)</source>
        <translation>Arrêter l’analyse en cours (Échap)</translation>
    </message>
    <message>
        <source>Run the query (Enter)</source>
        <translation>Lancer l’analyse (Entrée)</translation>
    </message>
    <message>
        <source>Save the result as CSV</source>
        <translation>Enregistrer le résultat en CSV</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Enregistrer le graphique en image PNG</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Lecture de la base locale…</translation>
    </message>
    <message>
        <source>Choose what to look at, then Run.</source>
        <translation>Choisissez ce que vous voulez examiner, puis cliquez sur «&#xa0;Exécuter&#xa0;».</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Impossible de lire la base locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelled: the result on display is the previous one.</source>
        <translation>Annulé&#xa0;: le résultat affiché est le précédent.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>there is no result to export yet</source>
        <translation>il n’y a pas encore de résultat à exporter</translation>
    </message>
    <message>
        <source>there is no chart to export yet</source>
        <translation>il n’y a pas encore de graphique à exporter</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>rien à écrire</translation>
    </message>
</context>
<context>
    <name>Journey::AnalysisReportWriter</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>From first</source>
        <translation>Depuis la 1re</translation>
    </message>
    <message>
        <source>From prev.</source>
        <translation>Depuis préc.</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Temps médian</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>D</source>
        <comment>day offset in a retention table</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>W</source>
        <comment>week offset in a retention table</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>M</source>
        <comment>month offset in a retention table</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>seconds</comment>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <comment>minutes and seconds</comment>
        <translation>%1min %2s</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <comment>hours and minutes</comment>
        <translation>%1h %2min</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <comment>days and hours</comment>
        <translation>%1j %2h</translation>
    </message>
    <message numerus="yes">
        <source>Funnel: %1 steps (%2), conversion window %3; %n user(s) entered</source>
        <translation>
            <numerusform>Entonnoir&#xa0;: %1 étapes (%2), fenêtre de conversion %3&#xa0;; %n utilisateur entré</numerusform>
            <numerusform>Entonnoir&#xa0;: %1 étapes (%2), fenêtre de conversion %3&#xa0;; %n utilisateurs entrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Every step of a conversion has the same %1.</source>
        <translation>Chaque étape d’une conversion a la même valeur de %1.</translation>
    </message>
    <message>
        <source>Excluded: %1 between steps %2 and %3.</source>
        <translation>Exclu&#xa0;: %1 entre les étapes %2 et %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 = %2 (%3): %n user(s) entered</source>
        <translation>
            <numerusform>%1 = %2 (%3)&#xa0;: %n utilisateur entré</numerusform>
            <numerusform>%1 = %2 (%3)&#xa0;: %n utilisateurs entrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more value(s) of %1 (csv and json have them all)</source>
        <translation>
            <numerusform>… et %n autre valeur de %1 (csv et json les contiennent toutes)</numerusform>
            <numerusform>… et %n autres valeurs de %1 (csv et json les contiennent toutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>any event</source>
        <translation>n’importe quel événement</translation>
    </message>
    <message>
        <source>Retention by %1: cohorts by first %2; cells: %3 in %1 N, as % of the cohort (%4 is the cohort&apos;s own)</source>
        <translation>Rétention par %1&#xa0;: cohortes selon le premier %2&#xa0;; cellules&#xa0;: %3 en %1 N, en % de la cohorte (%4 est la période propre à la cohorte)</translation>
    </message>
    <message>
        <source>Retention by %1: cohorts by first %2; cells: %3 in %1 N or later, as % of the cohort (%4 is the cohort&apos;s own)</source>
        <translation>Rétention par %1&#xa0;: cohortes selon le premier %2&#xa0;; cellules&#xa0;: %3 en %1 N ou après, en % de la cohorte (%4 est la période propre à la cohorte)</translation>
    </message>
    <message>
        <source>No cohorts: nobody did %1 in the time range.</source>
        <translation>Aucune cohorte&#xa0;: personne n’a fait %1 sur la période.</translation>
    </message>
    <message numerus="yes">
        <source>%1 = %2: %n user(s)</source>
        <translation>
            <numerusform>%1 = %2&#xa0;: %n utilisateur</numerusform>
            <numerusform>%1 = %2&#xa0;: %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Trends: events per %1</source>
        <translation>Tendances&#xa0;: événements par %1</translation>
    </message>
    <message>
        <source>Trends: unique persons per %1</source>
        <translation>Tendances&#xa0;: personnes uniques par %1</translation>
    </message>
    <message>
        <source>No events in the time range.</source>
        <translation>Aucun événement sur la période.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Journey::AnalysisService</name>
    <message>
        <source>reading the store</source>
        <translation>lecture de la base locale</translation>
    </message>
    <message>
        <source>loading %1</source>
        <translation>chargement de %1</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>calcul</translation>
    </message>
    <message>
        <source>that funnel is no longer the latest; run it again</source>
        <translation>cet entonnoir n’est plus le plus récent&#xa0;; relancez-le</translation>
    </message>
</context>
<context>
    <name>Journey::AnalysisSnapshotBuilder</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
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
    <name>Journey::CohortView</name>
    <message>
        <source>The %1 needs an event.</source>
        <translation>Choisissez un événement comme %1.</translation>
    </message>
    <message>
        <source>The %1: %2</source>
        <translation>L’%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Each cohort in the chart</source>
        <translation>Chaque cohorte dans le graphique</translation>
    </message>
    <message>
        <source>A person&apos;s cohort is the period of their first such event. Conditions go in brackets: Signed Up[plan=pro]</source>
        <translation>La cohorte d’une personne est la période de son premier événement de ce type. Les conditions se mettent entre crochets&#xa0;: Signed Up[plan=pro]</translation>
    </message>
    <message>
        <source>What counts as coming back: an event, or any event</source>
        <translation>Ce qui compte comme un retour&#xa0;: un événement donné, ou n’importe quel événement</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Calendar periods in UTC; weeks start on Monday</source>
        <translation>Périodes calendaires en UTC&#xa0;; les semaines commencent le lundi</translation>
    </message>
    <message>
        <source>How many periods to follow each cohort for, the cohort&apos;s own period included</source>
        <translation>Nombre de périodes pendant lesquelles suivre chaque cohorte, y compris sa propre période</translation>
    </message>
    <message>
        <source>In that period</source>
        <translation>Dans cette période</translation>
    </message>
    <message>
        <source>A person counts in period N when they came back in period N</source>
        <translation>Une personne compte dans la période N si elle est revenue pendant la période N</translation>
    </message>
    <message>
        <source>In that period or later</source>
        <translation>Dans cette période ou après</translation>
    </message>
    <message>
        <source>A person counts in period N when they came back in period N or any later one</source>
        <translation>Une personne compte dans la période N si elle est revenue pendant la période N ou une période ultérieure</translation>
    </message>
    <message>
        <source>property, e.g. traits.plan</source>
        <translation>propriété, p. ex. traits.plan</translation>
    </message>
    <message>
        <source>Split the cohorts by a property&apos;s value at the first cohort event (or the person&apos;s own, for traits.*)</source>
        <translation>Répartir les cohortes selon la valeur d’une propriété lors du premier événement de cohorte (ou celle de la personne, pour traits.*)</translation>
    </message>
    <message>
        <source>Draw each cohort&apos;s curve faintly behind the average</source>
        <translation>Tracer en transparence la courbe de chaque cohorte derrière la moyenne</translation>
    </message>
    <message>
        <source>Cohort event:</source>
        <translation>Événement de cohorte&#xa0;:</translation>
    </message>
    <message>
        <source>Return event:</source>
        <translation>Événement de retour&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Périodes&#xa0;:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Comptage&#xa0;:</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>Répartition&#xa0;:</translation>
    </message>
    <message>
        <source>cohort event</source>
        <translation>événement de cohorte</translation>
    </message>
    <message>
        <source>return event</source>
        <translation>événement de retour</translation>
    </message>
    <message>
        <source>Breakdown: &quot;%1&quot; is not a property (write a name such as plan, or a path such as traits.plan).</source>
        <translation>Répartition&#xa0;: «&#xa0;%1&#xa0;» n’est pas une propriété (indiquez un nom comme plan, ou un chemin comme traits.plan).</translation>
    </message>
    <message>
        <source>This retention query cannot run: %1.</source>
        <translation>Cette analyse de rétention ne peut pas être lancée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2 (%3)</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>n’importe quel événement</translation>
    </message>
    <message>
        <source>Cohorts by first %1, back with %2 · cohorts: %3 · people: %4</source>
        <translation>Cohortes selon le premier %1, retour avec %2 · cohortes&#xa0;: %3 · personnes&#xa0;: %4</translation>
    </message>
    <message>
        <source>Average, %1 = %2</source>
        <translation>Moyenne, %1 = %2</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
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
    <message>
        <source>expected a variant name, got an empty string</source>
        <translation>nom de variante attendu, reçu&#xa0;: chaîne vide</translation>
    </message>
    <message>
        <source>expected true, false, a variant name or an object with enabled, variant and payload, got %1</source>
        <translation>true, false, un nom de variante ou un objet avec enabled, variant et payload attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: unknown key; expected one of: enabled, variant, payload</source>
        <translation>%1&#xa0;: clé inconnue&#xa0;; valeurs acceptées&#xa0;: enabled, variant, payload</translation>
    </message>
    <message>
        <source>enabled: expected true or false, got %1</source>
        <translation>enabled&#xa0;: true ou false attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>variant: expected a non-empty string, got %1</source>
        <translation>variant&#xa0;: chaîne non vide attendue, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>une chaîne vide</translation>
    </message>
    <message>
        <source>variant: a disabled flag has no variant</source>
        <translation>variant&#xa0;: un flag désactivé n’a pas de variante</translation>
    </message>
    <message>
        <source>payload: a disabled flag has no payload</source>
        <translation>payload&#xa0;: un flag désactivé n’a pas de payload</translation>
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
    <name>Journey::ComposerView</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&lt;b&gt;No provider is configured yet&lt;/b&gt;, so there is nowhere to send to. Add one on the &lt;a href=&quot;providers&quot;&gt;Providers&lt;/a&gt; page, or under &lt;code&gt;journey.providers&lt;/code&gt; in %1.</source>
        <translation>&lt;b&gt;Aucun fournisseur n’est encore configuré&lt;/b&gt;, il n’y a donc aucune destination d’envoi. Ajoutez-en un sur la page &lt;a href=&quot;providers&quot;&gt;Fournisseurs&lt;/a&gt;, ou sous &lt;code&gt;journey.providers&lt;/code&gt; dans %1.</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Appel&#xa0;:</translation>
    </message>
    <message>
        <source>The Segment Spec call to compose; choosing one loads its example</source>
        <translation>L’appel Segment Spec à composer&#xa0;; en choisir un charge son exemple</translation>
    </message>
    <message>
        <source>E&amp;xample</source>
        <translation>E&amp;xemple</translation>
    </message>
    <message>
        <source>Fill the form with the example for this call again</source>
        <translation>Remplir à nouveau le formulaire avec l’exemple de cet appel</translation>
    </message>
    <message>
        <source>Recent…</source>
        <translation>Récents…</translation>
    </message>
    <message>
        <source>Compositions sent before: choose one to load it</source>
        <translation>Compositions déjà envoyées&#xa0;: choisissez-en une pour la charger</translation>
    </message>
    <message>
        <source>the person&apos;s id in your system</source>
        <translation>l’identifiant de la personne dans votre système</translation>
    </message>
    <message>
        <source>device or cookie id before sign-in</source>
        <translation>identifiant d’appareil ou de cookie avant la connexion</translation>
    </message>
    <message>
        <source>what happened, e.g. Order Completed</source>
        <translation>ce qui s’est passé, p. ex. Order Completed</translation>
    </message>
    <message>
        <source>page or screen name</source>
        <translation>nom de la page ou de l’écran</translation>
    </message>
    <message>
        <source>the account, company or team</source>
        <translation>le compte, l’entreprise ou l’équipe</translation>
    </message>
    <message>
        <source>the id to merge into the user id</source>
        <translation>l’identifiant à fusionner dans l’identifiant utilisateur</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>ID utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Anonymous ID:</source>
        <translation>ID anonyme&#xa0;:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Événement&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Group ID:</source>
        <translation>ID du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Previous ID:</source>
        <translation>ID précédent&#xa0;:</translation>
    </message>
    <message>
        <source>{ }  (a JSON object)</source>
        <translation>{ }  (un objet JSON)</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Contexte&#xa0;:</translation>
    </message>
    <message>
        <source>{ }  (a JSON object: ip, locale, page, app, device, campaign, …)</source>
        <translation>{ }  (un objet JSON&#xa0;: ip, locale, page, app, device, campaign, …)</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <source>The configured providers: check where the message goes</source>
        <translation>Les fournisseurs configurés&#xa0;: cochez ceux qui doivent recevoir le message</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Send the message to the checked providers (Ctrl+Return)</source>
        <translation>Envoyer le message aux fournisseurs cochés (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What each provider receives&lt;/b&gt; (secrets masked)</source>
        <translation>&lt;b&gt;Ce que reçoit chaque fournisseur&lt;/b&gt; (secrets masqués)</translation>
    </message>
    <message>
        <source>Check one or more providers under “Send to” to see the requests they would get.</source>
        <translation>Cochez un ou plusieurs fournisseurs sous «&#xa0;Envoyer à&#xa0;» pour voir les requêtes qu’ils recevraient.</translation>
    </message>
    <message>
        <source>Traits:</source>
        <translation>Traits&#xa0;:</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Propriétés&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>%1: disabled in the configuration, so it gets nothing</source>
        <translation>%1&#xa0;: désactivé dans la configuration, il ne reçoit donc rien</translation>
    </message>
    <message>
        <source>Traits: %1</source>
        <translation>Traits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Properties: %1</source>
        <translation>Propriétés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Contexte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The message is not valid: %1</source>
        <translation>Le message n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check at least one provider under “Send to”</source>
        <translation>Cochez au moins un fournisseur sous «&#xa0;Envoyer à&#xa0;»</translation>
    </message>
    <message>
        <source>Delivery is starting…</source>
        <translation>Démarrage de la livraison…</translation>
    </message>
    <message>
        <source>Delivery is not running: %1</source>
        <translation>La livraison n’est pas active&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: routing or integrations skip this provider</source>
        <translation>Non envoyé&#xa0;: le routage ou integrations exclut ce fournisseur</translation>
    </message>
    <message>
        <source>Sampled out: recorded, not sent</source>
        <translation>Hors échantillon&#xa0;: enregistré, non envoyé</translation>
    </message>
    <message>
        <source>Queued: waiting for the provider to answer…</source>
        <translation>En file d’attente&#xa0;: en attente de la réponse du fournisseur…</translation>
    </message>
    <message>
        <source>Sent as %1 at %2</source>
        <translation>Envoyé avec l’ID %1 à %2</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Failed: %1. It is a dead letter now; retry it from the Providers page.</source>
        <translation>Échec&#xa0;: %1. Il s’agit désormais d’une lettre morte&#xa0;; réessayez-la depuis la page Fournisseurs.</translation>
    </message>
    <message>
        <source>Will retry (attempts so far: %1): %2</source>
        <translation>Nouvel essai prévu (tentatives jusqu’ici&#xa0;: %1)&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Delivered after %n attempts</source>
        <translation>
            <numerusform>Livré après %n tentative</numerusform>
            <numerusform>Livré après %n tentatives</numerusform>
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
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: malformed JSON (%4); fix it before changing settings from the app</source>
        <translation>%1:%2:%3: JSON mal formé (%4)&#xa0;; corrigez-le avant de modifier les réglages depuis l’application</translation>
    </message>
    <message>
        <source>%1: expected a JSON object with a &quot;journey&quot; member</source>
        <translation>%1&#xa0;: objet JSON attendu avec un membre &quot;journey&quot;</translation>
    </message>
    <message>
        <source>no key given</source>
        <translation>aucune clé indiquée</translation>
    </message>
    <message>
        <source>%1 is not an object in %2</source>
        <translation>%1 n’est pas un objet dans %2</translation>
    </message>
    <message>
        <source>could not change %1 in %2 without breaking the file</source>
        <translation>impossible de modifier %1 dans %2 sans casser le fichier</translation>
    </message>
    <message>
        <source>could not remove %1 from %2 without breaking the file</source>
        <translation>impossible de supprimer %1 de %2 sans casser le fichier</translation>
    </message>
    <message>
        <source>%1 was created by someone else since it was read; reload it and make the change again</source>
        <translation>%1 a été créé par quelqu’un d’autre depuis sa lecture&#xa0;; rechargez-le et refaites la modification</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; reload it and make the change again</source>
        <translation>%1 a été modifié sur le disque depuis sa lecture&#xa0;; rechargez-le et refaites la modification</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Journey::Connector</name>
    <message>
        <source>the connector is already running</source>
        <translation>le connecteur est déjà en cours d’exécution</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the connector has not been started</source>
        <translation>le connecteur n’a pas été démarré</translation>
    </message>
    <message>
        <source>the connector is disabled (journey.enabled is false)</source>
        <translation>le connecteur est désactivé (journey.enabled vaut false)</translation>
    </message>
    <message>
        <source>%1 is not configured under journey.providers</source>
        <translation>%1 n’est pas configuré sous journey.providers</translation>
    </message>
    <message>
        <source>no provider takes this event: %1</source>
        <translation>aucun fournisseur ne prend cet événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>sampled out: rule &apos;%1&apos; keeps %2 % of people</source>
        <translation>hors échantillon&#xa0;: la règle «&#xa0;%1&#xa0;» conserve %2&#xa0;% des personnes</translation>
    </message>
    <message>
        <source>the queue is full (%1 events waiting for the outbox)</source>
        <translation>la file d’attente est pleine (%1 événements en attente de la boîte d’envoi)</translation>
    </message>
    <message>
        <source>journey.validation.plan: %1</source>
        <translation>journey.validation.plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>journey.validation.plan: %1: %2</source>
        <translation>journey.validation.plan&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>journey.validation.lint: %1</source>
        <translation>journey.validation.lint&#xa0;: %1</translation>
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
    <name>Journey::DeadLetterModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID du message</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>Date de l’échec</translation>
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
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livré</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 to retry</source>
        <translation>%1 à réessayer</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 livrés</translation>
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
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>Journey::DeliveryLogView</name>
    <message>
        <source>Select an exchange to see the request.</source>
        <translation>Sélectionnez un échange pour voir la requête.</translation>
    </message>
    <message>
        <source>Select an exchange to see the response.</source>
        <translation>Sélectionnez un échange pour voir la réponse.</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Read the newest entries from the store again</source>
        <translation>Relire les entrées les plus récentes depuis la base locale</translation>
    </message>
    <message>
        <source>&lt;b&gt;Request&lt;/b&gt;</source>
        <translation>&lt;b&gt;Requête&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Response&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réponse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The delivery log could not be read: %1</source>
        <translation>Impossible de lire le journal de livraison&#xa0;: %1</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>No requests sent yet: compose an event and send it, and each request appears here.</source>
        <translation>Aucune requête envoyée pour l’instant&#xa0;: composez un événement et envoyez-le, chaque requête apparaîtra ici.</translation>
    </message>
    <message>
        <source>The newest %1 exchanges; scroll down for older ones</source>
        <translation>Les %1 échanges les plus récents&#xa0;; faites défiler vers le bas pour voir les plus anciens</translation>
    </message>
    <message>
        <source>Exchanges: %1</source>
        <translation>Échanges&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2e7d32&quot;&gt;● delivered&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#2e7d32&quot;&gt;● livré&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b26a00&quot;&gt;● to be retried&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b26a00&quot;&gt;● à réessayer&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;● failed&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;● échec&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · attempt %3 · events: %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · tentative %3 · événements&#xa0;: %4 · %5</translation>
    </message>
    <message>
        <source> · sent gzip-compressed (%1 bytes)</source>
        <translation> · envoyé compressé en gzip (%1 octets)</translation>
    </message>
</context>
<context>
    <name>Journey::DeliveryOwnership</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>impossible de verrouiller %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot pick an owner id in %1</source>
        <translation>impossible de choisir un identifiant de propriétaire dans %1</translation>
    </message>
    <message>
        <source>cannot write the outbox journal in %1: %2</source>
        <translation>impossible d’écrire le journal de la boîte d’envoi dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Journey::DeliveryWorker</name>
    <message>
        <source>%1 cannot take this event: %2</source>
        <translation>%1 ne peut pas prendre cet événement&#xa0;: %2</translation>
    </message>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>abandon après %1 tentatives&#xa0;: %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>Journey::DemoDataGenerator</name>
    <message>
        <source>cancelled after %1 events</source>
        <translation>annulé après %1 événements</translation>
    </message>
    <message>
        <source>cannot write the events: %1</source>
        <translation>impossible d’écrire les événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>the number of users must be between 1 and %1, not %2</source>
        <translation>le nombre d’utilisateurs doit être compris entre 1 et %1, et non %2</translation>
    </message>
    <message>
        <source>the number of events must be between 0 and %1, not %2</source>
        <translation>le nombre d’événements doit être compris entre 0 et %1, et non %2</translation>
    </message>
    <message>
        <source>the number of days must be between 1 and %1, not %2</source>
        <translation>le nombre de jours doit être compris entre 1 et %1, et non %2</translation>
    </message>
    <message>
        <source>the start date is not valid</source>
        <translation>la date de début n’est pas valide</translation>
    </message>
    <message>
        <source>the dates must lie between 1970 and 9999</source>
        <translation>les dates doivent être comprises entre 1970 et 9999</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>la sortie n’est pas ouverte en écriture</translation>
    </message>
</context>
<context>
    <name>Journey::DurationHistogram</name>
    <message>
        <source>Seconds from step 1</source>
        <translation>Secondes depuis l’étape 1</translation>
    </message>
    <message>
        <source>Minutes from step 1</source>
        <translation>Minutes depuis l’étape 1</translation>
    </message>
    <message>
        <source>Hours from step 1</source>
        <translation>Heures depuis l’étape 1</translation>
    </message>
    <message>
        <source>Days from step 1</source>
        <translation>Jours depuis l’étape 1</translation>
    </message>
    <message>
        <source>Time to convert appears here after a run.</source>
        <translation>Le délai de conversion s’affiche ici après une exécution.</translation>
    </message>
    <message>
        <source>Nobody reached this step.</source>
        <translation>Personne n’a atteint cette étape.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;the last bar holds everyone slower than %2 (%3 people)&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;la dernière barre regroupe toutes les personnes ayant mis plus de %2 (%3 personnes)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) took %1 or longer</source>
        <translation>
            <numerusform>%n personne a mis %1 ou plus</numerusform>
            <numerusform>%n personnes ont mis %1 ou plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) took %1 to %2</source>
        <translation>
            <numerusform>%n personne a mis de %1 à %2</numerusform>
            <numerusform>%n personnes ont mis de %1 à %2</numerusform>
        </translation>
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
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
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
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Not checked: no tracking plan or provider lints were active when this event arrived. Open a plan on the Validation page to check new events.</source>
        <translation>Non vérifié&#xa0;: aucun plan de marquage ni lint de fournisseur n’était actif à l’arrivée de cet événement. Ouvrez un plan dans la page «&#xa0;Validation&#xa0;» pour vérifier les nouveaux événements.</translation>
    </message>
    <message>
        <source>Validation ✓</source>
        <translation>Validation ✓</translation>
    </message>
    <message>
        <source>Follows the tracking plan.</source>
        <translation>Conforme au plan de marquage.</translation>
    </message>
    <message>
        <source>Validation ✗</source>
        <translation>Validation ✗</translation>
    </message>
    <message>
        <source>Validation ⚠</source>
        <translation>Validation ⚠</translation>
    </message>
    <message>
        <source>Loading the violations…</source>
        <translation>Chargement des non-conformités…</translation>
    </message>
    <message>
        <source>Breaks the tracking plan:</source>
        <translation>Non conforme au plan de marquage&#xa0;:</translation>
    </message>
    <message>
        <source>Tracking plan warnings:</source>
        <translation>Avertissements du plan de marquage&#xa0;:</translation>
    </message>
    <message>
        <source>Validation ✗ (%1)</source>
        <translation>Validation ✗ (%1)</translation>
    </message>
    <message>
        <source>Validation ⚠ (%1)</source>
        <translation>Validation ⚠ (%1)</translation>
    </message>
    <message>
        <source>The validation results could not be read: %1</source>
        <translation>Impossible de lire les résultats de validation&#xa0;: %1</translation>
    </message>
    <message>
        <source> · forwarded: upstream answered %1 in %2 ms</source>
        <translation> · transféré&#xa0;: le serveur en amont a répondu %1 en %2 ms</translation>
    </message>
    <message>
        <source> · forwarded: %1</source>
        <translation> · transféré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Journey::EventKeyCombo</name>
    <message>
        <source>Event name</source>
        <translation>Nom de l’événement</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>N’importe quel événement</translation>
    </message>
    <message>
        <source>Every event counts (&quot;*&quot;)</source>
        <translation>Chaque événement compte («&#xa0;*&#xa0;»)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the store</source>
        <translation>
            <numerusform>%n événement dans la base locale</numerusform>
            <numerusform>%n événements dans la base locale</numerusform>
        </translation>
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
    <message>
        <source>Breaks the tracking plan: see Validation in the inspector</source>
        <translation>Non conforme au plan de marquage&#xa0;: voir «&#xa0;Validation&#xa0;» dans l’inspecteur</translation>
    </message>
    <message>
        <source>Tracking plan warnings: see Validation in the inspector</source>
        <translation>Avertissements du plan de marquage&#xa0;: voir «&#xa0;Validation&#xa0;» dans l’inspecteur</translation>
    </message>
</context>
<context>
    <name>Journey::EventRouter</name>
    <message>
        <source>%1 is disabled</source>
        <translation>%1 est désactivé</translation>
    </message>
    <message>
        <source>integrations turns %1 off</source>
        <translation>integrations désactive %1</translation>
    </message>
    <message>
        <source>integrations.All is false and does not name %1</source>
        <translation>integrations.All vaut false et ne mentionne pas %1</translation>
    </message>
    <message>
        <source>the routes of %1 do not take it</source>
        <translation>les routes de %1 ne prennent pas cet événement</translation>
    </message>
    <message>
        <source>%1 is not configured</source>
        <translation>%1 n’est pas configuré</translation>
    </message>
    <message>
        <source>no provider is configured under journey.providers</source>
        <translation>aucun fournisseur n’est configuré sous journey.providers</translation>
    </message>
</context>
<context>
    <name>Journey::EventSelector</name>
    <message>
        <source>&quot;%1&quot;: conditions go in brackets at the end, as in &quot;Order Completed[plan=pro]&quot;</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les conditions se mettent entre crochets à la fin, comme dans «&#xa0;Order Completed[plan=pro]&#xa0;»</translation>
    </message>
    <message>
        <source>an event name is missing</source>
        <translation>il manque un nom d’événement</translation>
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
    <message>
        <source>Any validation</source>
        <translation>Tous les résultats de validation</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Errors or warnings</source>
        <translation>Erreurs ou avertissements</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Avertissements uniquement</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Show events by what the tracking plan check found</source>
        <translation>Afficher les événements selon le résultat de la vérification du plan de marquage</translation>
    </message>
</context>
<context>
    <name>Journey::FunnelChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Run a funnel to see how many people get through each step.</source>
        <translation>Lancez un entonnoir pour voir combien de personnes franchissent chaque étape.</translation>
    </message>
    <message>
        <source>Nobody did the first step.</source>
        <translation>Personne n’a effectué la première étape.</translation>
    </message>
    <message>
        <source>Reached the step</source>
        <translation>Étape atteinte</translation>
    </message>
    <message>
        <source>Dropped off since the previous step</source>
        <translation>Abandons depuis l’étape précédente</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Step %1: %2
%3 people · %4 of step 1 · %5 of the previous step
%6</source>
        <translation>Étape %1&#xa0;: %2
%3 personnes · %4 de l’étape 1 · %5 de l’étape précédente
%6</translation>
    </message>
    <message>
        <source>Click to list the people who completed the funnel</source>
        <translation>Cliquez pour lister les personnes qui ont terminé l’entonnoir</translation>
    </message>
    <message>
        <source>Click to list the people who stopped at this step</source>
        <translation>Cliquez pour lister les personnes qui se sont arrêtées à cette étape</translation>
    </message>
    <message>
        <source>%1 people did step %2 but not step %3 (%4 lost)
Click to list them</source>
        <translation>%1 personnes ont effectué l’étape %2 mais pas l’étape %3 (%4 perdues)
Cliquez pour les lister</translation>
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
        <translation>%1 · étape %2&#xa0;: %3
%4 personnes · %5 de l’étape 1</translation>
    </message>
</context>
<context>
    <name>Journey::FunnelEngine</name>
    <message>
        <source>the property %1 is not loaded</source>
        <translation>la propriété %1 n’est pas chargée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Journey::FunnelExclusionEditor</name>
    <message>
        <source>Add exclusion</source>
        <translation>Ajouter une exclusion</translation>
    </message>
    <message>
        <source>People who do this event between two steps do not convert past the first of them</source>
        <translation>Les personnes qui font cet événement entre deux étapes ne convertissent pas au-delà de la première</translation>
    </message>
    <message>
        <source>After the event matched as this step…</source>
        <translation>Après l’événement retenu pour cette étape…</translation>
    </message>
    <message>
        <source>…and before the event matched as this step</source>
        <translation>…et avant l’événement retenu pour cette étape</translation>
    </message>
    <message>
        <source>Remove this exclusion</source>
        <translation>Supprimer cette exclusion</translation>
    </message>
    <message>
        <source>between step</source>
        <translation>entre l’étape</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Exclusion %1 (%2): the second step must come after the first.</source>
        <translation>Exclusion %1 (%2)&#xa0;: la seconde étape doit venir après la première.</translation>
    </message>
</context>
<context>
    <name>Journey::FunnelQuery</name>
    <message>
        <source>a funnel has %1 to %2 steps, not %3</source>
        <translation>un entonnoir a de %1 à %2 étapes, et non %3</translation>
    </message>
    <message>
        <source>step %1 needs an event name (&quot;*&quot;, any event, is for retention)</source>
        <translation>l’étape %1 nécessite un nom d’événement («&#xa0;*&#xa0;», n’importe quel événement, est réservé à la rétention)</translation>
    </message>
    <message>
        <source>the conversion window must be between 1 second and 366 days</source>
        <translation>la fenêtre de conversion doit être comprise entre 1 seconde et 366 jours</translation>
    </message>
    <message>
        <source>in an any-order funnel each step must be a different event, and &quot;%1&quot; repeats</source>
        <translation>dans un entonnoir à ordre libre, chaque étape doit être un événement différent, or «&#xa0;%1&#xa0;» se répète</translation>
    </message>
    <message>
        <source>a funnel has at most 32 exclusions</source>
        <translation>un entonnoir a au plus 32 exclusions</translation>
    </message>
    <message>
        <source>exclusion %1 has no event name</source>
        <translation>l’exclusion %1 n’a pas de nom d’événement</translation>
    </message>
    <message>
        <source>exclusion &quot;%1&quot; must lie between two steps: from a step to a later one, within steps 1 to %2</source>
        <translation>l’exclusion «&#xa0;%1&#xa0;» doit se situer entre deux étapes&#xa0;: d’une étape à une étape ultérieure, parmi les étapes 1 à %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be both a step and an exclusion between steps %2 and %3</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être à la fois une étape et une exclusion entre les étapes %2 et %3</translation>
    </message>
    <message>
        <source>the breakdown is attributed to step %1, and the funnel has %2</source>
        <translation>la répartition est attribuée à l’étape %1, or l’entonnoir en a %2</translation>
    </message>
    <message>
        <source>the time range is empty: its start is not before its end</source>
        <translation>la période est vide&#xa0;: son début n’est pas antérieur à sa fin</translation>
    </message>
    <message>
        <source>step %1 is empty (two &apos;&gt;&apos; in a row, or one at an end)</source>
        <translation>l’étape %1 est vide (deux «&#xa0;&gt;&#xa0;» à la suite, ou un à une extrémité)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: write a positive whole number with s, m, h, d or w (7d, 12h, 90s)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée&#xa0;: indiquez un nombre entier positif suivi de s, m, h, d ou w (7d, 12h, 90s)</translation>
    </message>
</context>
<context>
    <name>Journey::FunnelStepEditor</name>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Add a step at the end (at most %1)</source>
        <translation>Ajouter une étape à la fin (%1 au maximum)</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>conditions</translation>
    </message>
    <message>
        <source>Only events whose properties match, e.g. &quot;plan=pro, price&gt;10&quot;: =, !=, &lt;, &lt;=, &gt;, &gt;=, ~ (contains), name? (has it), !name (has not); all must hold</source>
        <translation>Uniquement les événements dont les propriétés correspondent, p. ex. «&#xa0;plan=pro, price&gt;10&#xa0;»&#xa0;: =, !=, &lt;, &lt;=, &gt;, &gt;=, ~ (contient), name? (présente), !name (absente)&#xa0;; toutes doivent être vérifiées</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Supprimer cette étape</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Step %1 needs an event.</source>
        <translation>L’étape %1 nécessite un événement.</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Étape %1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Journey::FunnelView</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>dans l’ordre</translation>
    </message>
    <message>
        <source>strict order</source>
        <translation>ordre strict</translation>
    </message>
    <message>
        <source>any order</source>
        <translation>ordre libre</translation>
    </message>
    <message>
        <source>Time from step 1: 25 % within %1, half within %2, 75 % within %3, 90 % within %4; mean %5</source>
        <translation>Délai depuis l’étape 1&#xa0;: 25&#xa0;% en moins de %1, la moitié en moins de %2, 75&#xa0;% en moins de %3, 90&#xa0;% en moins de %4&#xa0;; moyenne %5</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>How long after step 1 the last step may happen (1 second to 366 days)</source>
        <translation>Délai maximal entre l’étape 1 et la dernière étape (de 1 seconde à 366 jours)</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Dans l’ordre</translation>
    </message>
    <message>
        <source>Steps in this order; other events may happen in between</source>
        <translation>Étapes dans cet ordre&#xa0;; d’autres événements peuvent avoir lieu entre elles</translation>
    </message>
    <message>
        <source>Strict order</source>
        <translation>Ordre strict</translation>
    </message>
    <message>
        <source>Steps in this order, with no other step of the funnel in between</source>
        <translation>Étapes dans cet ordre, sans autre étape de l’entonnoir entre elles</translation>
    </message>
    <message>
        <source>Any order</source>
        <translation>Ordre libre</translation>
    </message>
    <message>
        <source>Every step within the window, in any order</source>
        <translation>Chaque étape dans la fenêtre, dans n’importe quel ordre</translation>
    </message>
    <message>
        <source>property, e.g. category or traits.plan</source>
        <translation>propriété, p. ex. category ou traits.plan</translation>
    </message>
    <message>
        <source>Split the funnel by a property&apos;s value: an event property (category), a user trait (traits.plan) or a context field (context.campaign.source)</source>
        <translation>Répartir l’entonnoir selon la valeur d’une propriété&#xa0;: une propriété d’événement (category), un trait utilisateur (traits.plan) ou un champ de contexte (context.campaign.source)</translation>
    </message>
    <message>
        <source>Whose value puts a person in a group: the first step&apos;s event, the last step reached, or a chosen step</source>
        <translation>L’événement dont la valeur place une personne dans un groupe&#xa0;: celui de la première étape, de la dernière étape atteinte ou d’une étape choisie</translation>
    </message>
    <message>
        <source>property, e.g. product_id</source>
        <translation>propriété, p. ex. product_id</translation>
    </message>
    <message>
        <source>Only count conversions where every step has the same value of this property (the same product all the way, for instance)</source>
        <translation>Ne compter que les conversions où chaque étape a la même valeur pour cette propriété (le même produit du début à la fin, par exemple)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Conversion window:</source>
        <translation>Fenêtre de conversion&#xa0;:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par&#xa0;:</translation>
    </message>
    <message>
        <source>Attributed to:</source>
        <translation>Attribution&#xa0;:</translation>
    </message>
    <message>
        <source>Hold constant:</source>
        <translation>Maintenir constant&#xa0;:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>From first</source>
        <translation>Depuis la première</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Depuis la précédente</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Temps médian</translation>
    </message>
    <message>
        <source>Click a step to list the people who stopped there</source>
        <translation>Cliquez sur une étape pour lister les personnes qui s’y sont arrêtées</translation>
    </message>
    <message>
        <source>Double-click a person to see their events in the Live stream</source>
        <translation>Double-cliquez sur une personne pour voir ses événements dans le flux En direct</translation>
    </message>
    <message>
        <source>Click a bar or a step to see who dropped off there.</source>
        <translation>Cliquez sur une barre ou une étape pour voir qui a abandonné à cet endroit.</translation>
    </message>
    <message>
        <source>Double-click a person to see their events in the Live stream.</source>
        <translation>Double-cliquez sur une personne pour voir ses événements dans le flux En direct.</translation>
    </message>
    <message>
        <source>Time to convert to:</source>
        <translation>Délai de conversion jusqu’à&#xa0;:</translation>
    </message>
    <message>
        <source>The people could not be listed: %1</source>
        <translation>Impossible de lister les personnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>first touch (step 1)</source>
        <translation>premier contact (étape 1)</translation>
    </message>
    <message>
        <source>last touch (last step reached)</source>
        <translation>dernier contact (dernière étape atteinte)</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>Breakdown: &quot;%1&quot; is not a property (write a name such as plan, or a path such as traits.plan).</source>
        <translation>Répartition&#xa0;: «&#xa0;%1&#xa0;» n’est pas une propriété (indiquez un nom comme plan, ou un chemin comme traits.plan).</translation>
    </message>
    <message>
        <source>Hold constant: &quot;%1&quot; is not a property (write a name such as product_id).</source>
        <translation>Maintenir constant&#xa0;: «&#xa0;%1&#xa0;» n’est pas une propriété (indiquez un nom comme product_id).</translation>
    </message>
    <message>
        <source>This funnel cannot run: %1.</source>
        <translation>Cet entonnoir ne peut pas être lancé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 entered · %2 completed the funnel (%3) · window %4 · %5</source>
        <translation>Entrées&#xa0;: %1 · entonnoir terminé&#xa0;: %2 (%3) · fenêtre %4 · %5</translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation> · par %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Time to convert appears here after a run.</source>
        <translation>Le délai de conversion s’affiche ici après une exécution.</translation>
    </message>
    <message>
        <source>Time from step 1 to step %1 (%2 converted)</source>
        <translation>Délai de l’étape 1 à l’étape %1 (%2 conversions)</translation>
    </message>
    <message>
        <source>Looking them up…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 completed the funnel.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entonnoir terminé&#xa0;: %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 stopped at step %2&lt;/b&gt; (%3): they did not reach step %4.</source>
        <translation>&lt;b&gt;Abandons à l’étape %2&#xa0;: %1&lt;/b&gt; (%3)&#xa0;: l’étape %4 n’a pas été atteinte.</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Les %1 premières sont listées.</translation>
    </message>
</context>
<context>
    <name>Journey::Ga4Provider</name>
    <message>
        <source>%1: unknown key; expected one of: %2</source>
        <translation>%1&#xa0;: clé inconnue&#xa0;; valeurs acceptées&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>%1: expected a non-empty string</source>
        <translation>%1&#xa0;: chaîne non vide attendue</translation>
    </message>
    <message>
        <source>%1 and %2: set only one: measurementId for a web stream, firebaseAppId for an app stream</source>
        <translation>%1 et %2&#xa0;: n’en définissez qu’un&#xa0;: measurementId pour un flux Web, firebaseAppId pour un flux d’application</translation>
    </message>
    <message>
        <source>%1 or %2: required: the G-… measurement id of a web stream, or the Firebase app id of an app stream</source>
        <translation>%1 ou %2&#xa0;: obligatoire&#xa0;: l’ID de mesure G-… d’un flux Web, ou l’ID d’application Firebase d’un flux d’application</translation>
    </message>
    <message>
        <source>%1: expected a GA4 measurement id such as G-ABC123XYZ (not a stream id or a UA- property)</source>
        <translation>%1&#xa0;: ID de mesure GA4 attendu, par exemple G-ABC123XYZ (pas un ID de flux ni une propriété UA-)</translation>
    </message>
    <message>
        <source>%1: required: a Measurement Protocol API secret of the data stream</source>
        <translation>%1&#xa0;: obligatoire&#xa0;: un code secret d’API Measurement Protocol du flux de données</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1&#xa0;: true ou false attendu</translation>
    </message>
    <message>
        <source>validate mode: sent to GA4&apos;s validation server (/debug/mp/collect), which records nothing</source>
        <translation>mode validation&#xa0;: envoyé au serveur de validation de GA4 (/debug/mp/collect), qui n’enregistre rien</translation>
    </message>
    <message>
        <source>GA4 answers 2xx even for events it discards (a timestamp over 72 hours old, a malformed field) and has no dedup id: delivery cannot be confirmed, and a retry after a lost answer records the event twice</source>
        <translation>GA4 répond 2xx même pour les événements qu’il écarte (horodatage de plus de 72 heures, champ mal formé) et n’a pas d’identifiant de dédoublonnage&#xa0;: la livraison ne peut pas être confirmée, et un nouvel essai après une réponse perdue enregistre l’événement deux fois</translation>
    </message>
    <message>
        <source>GA4 has no equivalent of alias: it joins a user&apos;s data by user_id only</source>
        <translation>GA4 n’a pas d’équivalent d’alias&#xa0;: il ne regroupe les données d’un utilisateur que par user_id</translation>
    </message>
    <message>
        <source>neither userId nor anonymousId is set: GA4 needs a client id</source>
        <translation>ni userId ni anonymousId n’est défini&#xa0;: GA4 a besoin d’un identifiant client</translation>
    </message>
    <message>
        <source>no anonymousId: app_instance_id derived from the userId (first 32 hex digits of its SHA-256); it does not match the Firebase SDK&apos;s own app instance</source>
        <translation>pas d’anonymousId&#xa0;: app_instance_id dérivé du userId (32 premiers chiffres hexadécimaux de son SHA-256)&#xa0;; il ne correspond pas à l’instance d’application propre au SDK Firebase</translation>
    </message>
    <message>
        <source>the anonymousId is not a Firebase app instance id (32 hex digits): app_instance_id derived from it (first 32 hex digits of its SHA-256)</source>
        <translation>l’anonymousId n’est pas un ID d’instance d’application Firebase (32 chiffres hexadécimaux)&#xa0;: app_instance_id dérivé de celui-ci (32 premiers chiffres hexadécimaux de son SHA-256)</translation>
    </message>
    <message>
        <source>no anonymousId: client_id &quot;%1&quot; derived from the userId (first 8 bytes of its SHA-256 as two numbers), the same for every event of this user</source>
        <translation>pas d’anonymousId&#xa0;: client_id &quot;%1&quot; dérivé du userId (8 premiers octets de son SHA-256 sous forme de deux nombres), identique pour chaque événement de cet utilisateur</translation>
    </message>
    <message>
        <source>user_id not sent: the userId is %1 characters long and GA4 takes at most 256</source>
        <translation>user_id non envoyé&#xa0;: le userId fait %1 caractères et GA4 en accepte au plus 256</translation>
    </message>
    <message>
        <source>&quot;%1&quot; sent as GA4&apos;s ecommerce event &quot;%2&quot;</source>
        <translation>&quot;%1&quot; envoyé comme événement d’e-commerce GA4 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; sent as GA4&apos;s ecommerce event &quot;%2&quot; (%3)</source>
        <translation>&quot;%1&quot; envoyé comme événement d’e-commerce GA4 &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>track without an event name: GA4 needs one</source>
        <translation>track sans nom d’événement&#xa0;: GA4 en exige un</translation>
    </message>
    <message>
        <source>the event name &quot;%1&quot; has no letter or digit GA4 accepts in names</source>
        <translation>le nom d’événement &quot;%1&quot; ne contient aucune lettre ni aucun chiffre que GA4 accepte dans les noms</translation>
    </message>
    <message>
        <source>event name &quot;%1&quot; sent as &quot;%2&quot; (GA4 names: letters, digits and _, starting with a letter, at most 40 characters, not reserved by GA4)</source>
        <translation>nom d’événement &quot;%1&quot; envoyé comme &quot;%2&quot; (noms GA4&#xa0;: lettres, chiffres et _, commençant par une lettre, 40 caractères au plus, non réservés par GA4)</translation>
    </message>
    <message>
        <source>page sent as GA4&apos;s page_view event (url → page_location, title → page_title, referrer → page_referrer, name → page_name)</source>
        <translation>page envoyé comme événement page_view de GA4 (url → page_location, title → page_title, referrer → page_referrer, name → page_name)</translation>
    </message>
    <message>
        <source>screen sent as GA4&apos;s screen_view event (name → screen_name, category or else name → screen_class)</source>
        <translation>screen envoyé comme événement screen_view de GA4 (name → screen_name, category ou à défaut name → screen_class)</translation>
    </message>
    <message>
        <source>e-mail addresses and phone numbers sent only as SHA-256 hashes in user_data (after Google&apos;s normalisation), not as user properties</source>
        <translation>adresses e-mail et numéros de téléphone envoyés uniquement sous forme de hachages SHA-256 dans user_data (après la normalisation de Google), pas comme propriétés utilisateur</translation>
    </message>
    <message>
        <source>traits</source>
        <translation>traits</translation>
    </message>
    <message>
        <source>identify sent as GA4&apos;s recommended &quot;login&quot; event carrying the user_id and the traits as user_properties (GA4 has no identify call)</source>
        <translation>identify envoyé comme événement recommandé &quot;login&quot; de GA4, avec le user_id et les traits comme user_properties (GA4 n’a pas d’appel identify)</translation>
    </message>
    <message>
        <source>group without a groupId: join_group needs group_id</source>
        <translation>group sans groupId&#xa0;: join_group nécessite group_id</translation>
    </message>
    <message>
        <source>user property group_id cut to GA4&apos;s 36 characters</source>
        <translation>propriété utilisateur group_id tronquée aux 36 caractères de GA4</translation>
    </message>
    <message>
        <source>group traits</source>
        <translation>traits du groupe</translation>
    </message>
    <message>
        <source>group sent as GA4&apos;s recommended &quot;join_group&quot; event with group_id, the traits as group_* parameters, and the user property group_id (GA4 has no groups)</source>
        <translation>group envoyé comme événement recommandé &quot;join_group&quot; de GA4 avec group_id, les traits comme paramètres group_* et la propriété utilisateur group_id (GA4 n’a pas de groupes)</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>timestamp unreadable: GA4 uses the time it receives the event</source>
        <translation>horodatage illisible&#xa0;: GA4 utilise l’heure à laquelle il reçoit l’événement</translation>
    </message>
    <message>
        <source>not sent, the Measurement Protocol has no field for it: %1</source>
        <translation>non envoyé, le Measurement Protocol n’a aucun champ pour cela&#xa0;: %1</translation>
    </message>
    <message>
        <source>encoded for GA4 this event takes %1 bytes; the limit is %2 bytes per event</source>
        <translation>encodé pour GA4, cet événement occupe %1 octets&#xa0;; la limite est de %2 octets par événement</translation>
    </message>
    <message>
        <source>a request carrying only this event would take %1 bytes; GA4 takes at most %2 bytes per request</source>
        <translation>une requête ne contenant que cet événement occuperait %1 octets&#xa0;; GA4 accepte au plus %2 octets par requête</translation>
    </message>
    <message numerus="yes">
        <source>validate %n event(s)</source>
        <translation>
            <numerusform>validation de %n événement</numerusform>
            <numerusform>validation de %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>GA4&apos;s validation server answered without validationMessages: %1</source>
        <translation>le serveur de validation de GA4 a répondu sans validationMessages&#xa0;: %1</translation>
    </message>
    <message>
        <source>GA4 validation %1 at %2: %3</source>
        <translation>validation GA4 %1 pour %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n de plus</numerusform>
            <numerusform> et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 renamed to GA4&apos;s naming rules (letters, digits and _, starting with a letter, at most %2 characters): %3</source>
        <translation>%1 renommés selon les règles de nommage de GA4 (lettres, chiffres et _, commençant par une lettre, %2 caractères au plus)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: nested values flattened into names joined with &quot;_&quot;: %2</source>
        <translation>%1&#xa0;: valeurs imbriquées aplaties en noms joints par &quot;_&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: arrays sent as text joined with &quot;,&quot;: %2</source>
        <translation>%1&#xa0;: tableaux envoyés comme texte joint par &quot;,&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: true/false sent as the text &quot;true&quot;/&quot;false&quot;: %2</source>
        <translation>%1&#xa0;: true/false envoyés comme texte &quot;true&quot;/&quot;false&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: null or empty values not sent: %2</source>
        <translation>%1&#xa0;: valeurs nulles ou vides non envoyées&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: values cut to GA4&apos;s length limit (%2 characters): %3</source>
        <translation>%1&#xa0;: valeurs tronquées à la longueur maximale de GA4 (%2 caractères)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: values cut to GA4&apos;s length limit (%2 characters; page_location 1000, page_referrer 420, page_title 300): %3</source>
        <translation>%1&#xa0;: valeurs tronquées à la longueur maximale de GA4 (%2 caractères&#xa0;; page_location 1000, page_referrer 420, page_title 300)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 not sent, no letter or digit GA4 accepts in the name: %2</source>
        <translation>%1 non envoyés, aucune lettre ni aucun chiffre accepté par GA4 dans le nom&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 not sent, the GA4 name is taken by another one: %2</source>
        <translation>%1 non envoyés, le nom GA4 est déjà pris par un autre&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 not sent, GA4&apos;s policies forbid personally identifiable information: %2</source>
        <translation>%1 non envoyés, les règles de GA4 interdisent les informations permettant d’identifier une personne&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 not sent, GA4 reserves these names for its own: %2</source>
        <translation>%1 non envoyés, GA4 réserve ces noms à son propre usage&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 over GA4&apos;s limit of %2 not sent: %3</source>
        <translation>%1 au-delà de la limite GA4 de %2, non envoyés&#xa0;: %3</translation>
    </message>
    <message>
        <source>item parameters</source>
        <translation>paramètres d’article</translation>
    </message>
    <message>
        <source>products over GA4&apos;s limit of %1 items per event not sent: %2</source>
        <translation>produits au-delà de la limite GA4 de %1 articles par événement, non envoyés&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without product_id/sku or name: GA4 needs item_id or item_name</source>
        <translation>
            <numerusform>%n article sans product_id/sku ni name&#xa0;: GA4 nécessite item_id ou item_name</numerusform>
            <numerusform>%n articles sans product_id/sku ni name&#xa0;: GA4 nécessite item_id ou item_name</numerusform>
        </translation>
    </message>
    <message>
        <source>product fields → items[0]</source>
        <translation>champs du produit → items[0]</translation>
    </message>
    <message>
        <source>price × quantity → value</source>
        <translation>price × quantity → value</translation>
    </message>
    <message>
        <source>the product has no product_id/sku or name: GA4 needs item_id or item_name</source>
        <translation>le produit n’a ni product_id/sku ni name&#xa0;: GA4 nécessite item_id ou item_name</translation>
    </message>
    <message>
        <source>value without currency: GA4 counts no revenue for it</source>
        <translation>value sans currency&#xa0;: GA4 ne comptabilise aucun revenu pour cette valeur</translation>
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
    <name>Journey::HeapProvider</name>
    <message>
        <source>%1: unknown key; expected one of: %2</source>
        <translation>%1&#xa0;: clé inconnue&#xa0;; valeurs acceptées&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: required: the Heap environment id (sent as app_id)</source>
        <translation>%1&#xa0;: obligatoire&#xa0;: l’ID d’environnement Heap (envoyé comme app_id)</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>%1: expected the name of the user property that holds the account id</source>
        <translation>%1&#xa0;: nom attendu de la propriété utilisateur qui contient l’ID du compte</translation>
    </message>
    <message>
        <source>%1: Heap refuses a user property named &quot;id&quot;; choose another name</source>
        <translation>%1&#xa0;: Heap refuse une propriété utilisateur nommée &quot;id&quot;&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>%1: at most 1023 characters</source>
        <translation>%1&#xa0;: 1023 caractères au maximum</translation>
    </message>
    <message>
        <source>/api/v1/identify: link a Heap user to an identity</source>
        <translation>/api/v1/identify&#xa0;: relier un utilisateur Heap à une identité</translation>
    </message>
    <message>
        <source>track without an event name: Heap needs one</source>
        <translation>track sans nom d’événement&#xa0;: Heap en exige un</translation>
    </message>
    <message>
        <source>event name cut to 1024 characters (Heap&apos;s limit)</source>
        <translation>nom d’événement tronqué à 1024 caractères (limite de Heap)</translation>
    </message>
    <message>
        <source>page sent as the custom event &quot;Page Viewed&quot; (Heap has no server-side page view)</source>
        <translation>page envoyé comme événement personnalisé &quot;Page Viewed&quot; (Heap n’a pas de vue de page côté serveur)</translation>
    </message>
    <message>
        <source>screen sent as the custom event &quot;Screen Viewed&quot; (Heap has no server-side screen view)</source>
        <translation>screen envoyé comme événement personnalisé &quot;Screen Viewed&quot; (Heap n’a pas de vue d’écran côté serveur)</translation>
    </message>
    <message>
        <source>trait &quot;%1&quot; not sent: Heap refuses a user property named id</source>
        <translation>trait &quot;%1&quot; non envoyé&#xa0;: Heap refuse une propriété utilisateur nommée id</translation>
    </message>
    <message>
        <source>trait &quot;%1&quot; not sent: &quot;email&quot; is set as well</source>
        <translation>trait &quot;%1&quot; non envoyé&#xa0;: &quot;email&quot; est également défini</translation>
    </message>
    <message>
        <source>trait &quot;%1&quot; sent as &quot;email&quot;, Heap&apos;s built-in Email property</source>
        <translation>trait &quot;%1&quot; envoyé comme &quot;email&quot;, la propriété Email intégrée de Heap</translation>
    </message>
    <message>
        <source>identify without traits, and the anonymousId is not a Heap user id to link: Heap has nothing to record</source>
        <translation>identify sans traits, et l’anonymousId n’est pas un ID utilisateur Heap à relier&#xa0;: Heap n’a rien à enregistrer</translation>
    </message>
    <message>
        <source>the anonymousId is a Heap user id: its events are moved to the identity with /api/v1/identify</source>
        <translation>l’anonymousId est un ID utilisateur Heap&#xa0;: ses événements sont transférés vers l’identité avec /api/v1/identify</translation>
    </message>
    <message>
        <source>group without a groupId: Heap needs the account id</source>
        <translation>group sans groupId&#xa0;: Heap a besoin de l’ID du compte</translation>
    </message>
    <message>
        <source>groupId cut to 1023 characters (Heap&apos;s limit for property values)</source>
        <translation>groupId tronqué à 1023 caractères (limite de Heap pour les valeurs de propriété)</translation>
    </message>
    <message>
        <source>alias without a userId: Heap needs the identity to move the Heap user to</source>
        <translation>alias sans userId&#xa0;: Heap a besoin de l’identité vers laquelle transférer l’utilisateur Heap</translation>
    </message>
    <message>
        <source>Heap can only merge a Heap SDK user id (a decimal number) into an identity; previousId &quot;%1&quot; is not one, so this alias has no Heap equivalent</source>
        <translation>Heap ne peut fusionner dans une identité qu’un ID utilisateur du SDK Heap (un nombre décimal)&#xa0;; le previousId &quot;%1&quot; n’en est pas un, cet alias n’a donc pas d’équivalent Heap</translation>
    </message>
    <message>
        <source>the identity is %1 characters long; Heap takes at most 255</source>
        <translation>l’identité fait %1 caractères&#xa0;; Heap en accepte au plus 255</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n de plus</numerusform>
            <numerusform> et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>nested values flattened into dotted keys (Heap takes only numbers and strings): %1</source>
        <translation>valeurs imbriquées aplaties en clés à points (Heap n’accepte que des nombres et des chaînes)&#xa0;: %1</translation>
    </message>
    <message>
        <source>arrays sent as text joined with &quot;||&quot; (as Heap stores arrays): %1</source>
        <translation>tableaux envoyés comme texte joint par &quot;||&quot; (comme Heap stocke les tableaux)&#xa0;: %1</translation>
    </message>
    <message>
        <source>true/false sent as the text &quot;true&quot;/&quot;false&quot; (Heap takes only numbers and strings): %1</source>
        <translation>true/false envoyés comme texte &quot;true&quot;/&quot;false&quot; (Heap n’accepte que des nombres et des chaînes)&#xa0;: %1</translation>
    </message>
    <message>
        <source>null or empty values not sent: %1</source>
        <translation>valeurs nulles ou vides non envoyées&#xa0;: %1</translation>
    </message>
    <message>
        <source>property names cut to 1023 characters (Heap&apos;s limit): %1</source>
        <translation>noms de propriétés tronqués à 1023 caractères (limite de Heap)&#xa0;: %1</translation>
    </message>
    <message>
        <source>values cut to 1023 characters (Heap&apos;s limit): %1</source>
        <translation>valeurs tronquées à 1023 caractères (limite de Heap)&#xa0;: %1</translation>
    </message>
    <message>
        <source>properties whose flattened name repeats another one, not sent: %1</source>
        <translation>propriétés dont le nom aplati reprend celui d’une autre, non envoyées&#xa0;: %1</translation>
    </message>
    <message>
        <source>no userId: the anonymousId is sent as the Heap identity, so Heap shows this visitor as an identified user named by the anonymousId</source>
        <translation>pas de userId&#xa0;: l’anonymousId est envoyé comme identité Heap, Heap affiche donc ce visiteur comme un utilisateur identifié portant le nom de l’anonymousId</translation>
    </message>
    <message>
        <source>neither userId nor anonymousId is set: Heap needs an identity</source>
        <translation>ni userId ni anonymousId n’est défini&#xa0;: Heap a besoin d’une identité</translation>
    </message>
    <message>
        <source>not sent, Heap&apos;s server APIs have no field for it: %1</source>
        <translation>non envoyé, les API serveur de Heap n’ont aucun champ pour cela&#xa0;: %1</translation>
    </message>
    <message>
        <source>encoded for Heap this event takes %1 bytes; the limit is %2 bytes per event</source>
        <translation>encodé pour Heap, cet événement occupe %1 octets&#xa0;; la limite est de %2 octets par événement</translation>
    </message>
    <message>
        <source>a request carrying only this event would take %1 bytes; the limit is %2 bytes per request</source>
        <translation>une requête ne contenant que cet événement occuperait %1 octets&#xa0;; la limite est de %2 octets par requête</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n élément</numerusform>
            <numerusform>%1&#xa0;: %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journey::HttpSender</name>
    <message>
        <source>request failed</source>
        <translation>échec de la requête</translation>
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
    <message>
        <source>journey.provider[%1]: expected a provider name</source>
        <translation>journey.provider[%1]&#xa0;: nom de fournisseur attendu</translation>
    </message>
    <message>
        <source>journey.provider: expected a provider name, a list of them or &quot;all&quot;, got %1</source>
        <translation>journey.provider&#xa0;: nom de fournisseur, liste de noms ou &quot;all&quot; attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>journey.provider: &apos;%1&apos; has no settings under journey.providers.%1</source>
        <translation>journey.provider&#xa0;: «&#xa0;%1&#xa0;» n’a pas de réglages sous journey.providers.%1</translation>
    </message>
    <message>
        <source>journey.queue.maxEvents: expected a whole number between 1 and 100000000</source>
        <translation>journey.queue.maxEvents&#xa0;: nombre entier entre 1 et 100000000 attendu</translation>
    </message>
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
        <source>journey.collector.flags: a flag key is empty</source>
        <translation>journey.collector.flags&#xa0;: une clé de flag est vide</translation>
    </message>
    <message>
        <source>journey.providers.%1.forward: there is no endpoint to forward to; set forwardTo</source>
        <translation>journey.providers.%1.forward&#xa0;: aucun point de terminaison vers lequel transférer&#xa0;; définissez forwardTo</translation>
    </message>
    <message>
        <source>journey.validation.lint[%1]: expected a provider name</source>
        <translation>journey.validation.lint[%1]&#xa0;: nom de fournisseur attendu</translation>
    </message>
    <message>
        <source>journey.validation.lint: expected a list of provider names or &quot;all&quot;</source>
        <translation>journey.validation.lint&#xa0;: liste de noms de fournisseurs ou &quot;all&quot; attendue</translation>
    </message>
</context>
<context>
    <name>Journey::JsonEdit</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>line 1, column 1: expected a JSON object in braces: { … }</source>
        <translation>ligne 1, colonne 1&#xa0;: objet JSON entre accolades attendu&#xa0;: { … }</translation>
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
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Journal de livraison</translation>
    </message>
    <message>
        <source>Events arriving at the collector (Ctrl+1)</source>
        <translation>Événements qui arrivent au collecteur (Ctrl+1)</translation>
    </message>
    <message>
        <source>Compose an event and send it to providers (Ctrl+2)</source>
        <translation>Composer un événement et l’envoyer aux fournisseurs (Ctrl+2)</translation>
    </message>
    <message>
        <source>Configured providers, their delivery figures and dead letters (Ctrl+3)</source>
        <translation>Fournisseurs configurés, leurs chiffres de livraison et leurs lettres mortes (Ctrl+3)</translation>
    </message>
    <message>
        <source>Every request sent to a provider and its response (Ctrl+4)</source>
        <translation>Chaque requête envoyée à un fournisseur et sa réponse (Ctrl+4)</translation>
    </message>
    <message>
        <source>Delivery could not write to the store: %1</source>
        <translation>La livraison n’a pas pu écrire dans la base locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>The delivery queue is full: events are refused until the outbox catches up.</source>
        <translation>La file d’attente de livraison est pleine&#xa0;: les événements sont refusés jusqu’à ce que la boîte d’envoi ait rattrapé son retard.</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>En &amp;direct</translation>
    </message>
    <message>
        <source>&amp;Composer</source>
        <translation>&amp;Composition</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Fournisseurs</translation>
    </message>
    <message>
        <source>&amp;Delivery log</source>
        <translation>&amp;Journal de livraison</translation>
    </message>
    <message>
        <source>Delivery to providers could not start, so nothing can be sent: %1</source>
        <translation>La livraison vers les fournisseurs n’a pas pu démarrer, rien ne peut donc être envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outbox: %1 queued · %2 dead letters</source>
        <translation>Boîte d’envoi&#xa0;: %1 en attente · %2 lettres mortes</translation>
    </message>
    <message>
        <source>Events waiting for delivery to providers, and events that failed for good</source>
        <translation>Événements en attente de livraison aux fournisseurs, et événements en échec définitif</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Requêtes rejetées</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Entonnoirs</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Requests the collector refused, with the reason and the raw body (Ctrl+5)</source>
        <translation>Requêtes refusées par le collecteur, avec la raison et le corps brut (Ctrl+5)</translation>
    </message>
    <message>
        <source>The tracking plan and what checking events against it found (Ctrl+6)</source>
        <translation>Le plan de marquage et ce qu’a révélé la vérification des événements (Ctrl+6)</translation>
    </message>
    <message>
        <source>How many people get through a sequence of steps, and who drops off (Ctrl+7)</source>
        <translation>Combien de personnes franchissent une suite d’étapes, et qui abandonne (Ctrl+7)</translation>
    </message>
    <message>
        <source>Retention: how many people come back, by cohort (Ctrl+8)</source>
        <translation>Rétention&#xa0;: combien de personnes reviennent, par cohorte (Ctrl+8)</translation>
    </message>
    <message>
        <source>How often events happen per day, week or month (Ctrl+9)</source>
        <translation>Fréquence des événements par jour, semaine ou mois (Ctrl+9)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Requêtes rejetées (%1)</translation>
    </message>
    <message>
        <source>&amp;Rejected</source>
        <translation>Re&amp;quêtes rejetées</translation>
    </message>
    <message>
        <source>V&amp;alidation</source>
        <translation>&amp;Validation</translation>
    </message>
    <message>
        <source>F&amp;unnels</source>
        <translation>E&amp;ntonnoirs</translation>
    </message>
    <message>
        <source>C&amp;ohorts</source>
        <translation>Co&amp;hortes</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>Tend&amp;ances</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 n’a pas été enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Journey::MixpanelProvider</name>
    <message>
        <source>%1: unknown setting (Mixpanel understands %2)</source>
        <translation>%1&#xa0;: réglage inconnu (Mixpanel comprend %2)</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 must be a project id (a number or a string of digits)</source>
        <translation>%1 doit être un ID de projet (un nombre ou une chaîne de chiffres)</translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;username&quot; and &quot;secret&quot;</source>
        <translation>%1 doit être un objet avec &quot;username&quot; et &quot;secret&quot;</translation>
    </message>
    <message>
        <source>%1.%2: unknown setting (a service account has &quot;username&quot; and &quot;secret&quot;)</source>
        <translation>%1.%2&#xa0;: réglage inconnu (un compte de service a &quot;username&quot; et &quot;secret&quot;)</translation>
    </message>
    <message>
        <source>%1.username is required and must be a string</source>
        <translation>%1.username est obligatoire et doit être une chaîne</translation>
    </message>
    <message>
        <source>%1.secret is required and must be a string</source>
        <translation>%1.secret est obligatoire et doit être une chaîne</translation>
    </message>
    <message>
        <source>%1 and %2: set one of them, not both</source>
        <translation>%1 et %2&#xa0;: définissez l’un ou l’autre, pas les deux</translation>
    </message>
    <message>
        <source>%1 is required with a service account</source>
        <translation>%1 est obligatoire avec un compte de service</translation>
    </message>
    <message>
        <source>the event is %1 bytes as Mixpanel JSON, over the limit of %2 bytes per event</source>
        <translation>l’événement fait %1 octets en JSON Mixpanel, au-delà de la limite de %2 octets par événement</translation>
    </message>
    <message>
        <source>the event is %1 bytes as Mixpanel JSON and does not fit in a request of %2 bytes</source>
        <translation>l’événement fait %1 octets en JSON Mixpanel et ne tient pas dans une requête de %2 octets</translation>
    </message>
    <message>
        <source>Mixpanel refused the data (answer 0)</source>
        <translation>Mixpanel a refusé les données (réponse 0)</translation>
    </message>
    <message>
        <source>Mixpanel refused the data: %1</source>
        <translation>Mixpanel a refusé les données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mixpanel keeps only the first 255 characters of %1</source>
        <translation>Mixpanel ne conserve que les 255 premiers caractères de %1</translation>
    </message>
    <message>
        <source>the event has %1 properties; Mixpanel keeps fewer than 255</source>
        <translation>l’événement a %1 propriétés&#xa0;; Mixpanel en conserve moins de 255</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; is reserved by Mixpanel; the connector&apos;s value replaced it</source>
        <translation>la propriété &quot;%1&quot; est réservée par Mixpanel&#xa0;; la valeur du connecteur l’a remplacée</translation>
    </message>
    <message>
        <source>userId &quot;%1&quot; is a value Mixpanel refuses as an id; it was left out</source>
        <translation>le userId &quot;%1&quot; est une valeur que Mixpanel refuse comme identifiant&#xa0;; il a été omis</translation>
    </message>
    <message>
        <source>anonymousId &quot;%1&quot; is a value Mixpanel refuses as an id; it was left out</source>
        <translation>l’anonymousId &quot;%1&quot; est une valeur que Mixpanel refuse comme identifiant&#xa0;; il a été omis</translation>
    </message>
    <message>
        <source>the event has no id Mixpanel accepts; it is sent with an empty distinct_id, tied to no user</source>
        <translation>l’événement n’a aucun identifiant accepté par Mixpanel&#xa0;; il est envoyé avec un distinct_id vide, rattaché à aucun utilisateur</translation>
    </message>
    <message>
        <source>Mixpanel profile updates carry no event context; not sent: %1</source>
        <translation>les mises à jour de profil Mixpanel ne portent aucun contexte d’événement&#xa0;; non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the event has no valid timestamp</source>
        <translation>l’événement n’a pas d’horodatage valide</translation>
    </message>
    <message>
        <source>Mixpanel&apos;s /track endpoint ingests only events of the last 5 days; set apiSecret or serviceAccount to send older events through /import</source>
        <translation>le point de terminaison /track de Mixpanel n’ingère que les événements des 5 derniers jours&#xa0;; définissez apiSecret ou serviceAccount pour envoyer les événements plus anciens via /import</translation>
    </message>
    <message>
        <source>a track call needs an event name</source>
        <translation>un appel track nécessite un nom d’événement</translation>
    </message>
    <message>
        <source>an identify call needs a userId or anonymousId that Mixpanel accepts</source>
        <translation>un appel identify nécessite un userId ou un anonymousId accepté par Mixpanel</translation>
    </message>
    <message>
        <source>the $identify event linking anonymousId to userId was not sent: %1</source>
        <translation>l’événement $identify reliant l’anonymousId au userId n’a pas été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>a group call needs a groupId</source>
        <translation>un appel group nécessite un groupId</translation>
    </message>
    <message>
        <source>the user has no id Mixpanel accepts; only the group profile was updated</source>
        <translation>l’utilisateur n’a aucun identifiant accepté par Mixpanel&#xa0;; seul le profil du groupe a été mis à jour</translation>
    </message>
    <message>
        <source>an alias call needs a previousId and a userId</source>
        <translation>un appel alias nécessite un previousId et un userId</translation>
    </message>
    <message>
        <source>Mixpanel refuses &quot;%1&quot; as an id</source>
        <translation>Mixpanel refuse &quot;%1&quot; comme identifiant</translation>
    </message>
    <message>
        <source>$create_alias only merges ids in projects on Original ID Merge; under Simplified ID Merge Mixpanel links ids from events that carry both $device_id and $user_id</source>
        <translation>$create_alias ne fusionne les identifiants que dans les projets en Original ID Merge&#xa0;; en Simplified ID Merge, Mixpanel relie les identifiants à partir des événements qui portent à la fois $device_id et $user_id</translation>
    </message>
    <message>
        <source>unknown event type</source>
        <translation>type d’événement inconnu</translation>
    </message>
    <message numerus="yes">
        <source>/import: %n event(s)</source>
        <translation>
            <numerusform>/import&#xa0;: %n événement</numerusform>
            <numerusform>/import&#xa0;: %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>/track: %n event(s)</source>
        <translation>
            <numerusform>/track&#xa0;: %n événement</numerusform>
            <numerusform>/track&#xa0;: %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>/engage: %n profile update(s)</source>
        <translation>
            <numerusform>/engage&#xa0;: %n mise à jour de profil</numerusform>
            <numerusform>/engage&#xa0;: %n mises à jour de profil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>/groups: %n group update(s)</source>
        <translation>
            <numerusform>/groups&#xa0;: %n mise à jour de groupe</numerusform>
            <numerusform>/groups&#xa0;: %n mises à jour de groupe</numerusform>
        </translation>
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
    <name>Journey::OutboxStore</name>
    <message>
        <source>no delivery log entry %1</source>
        <translation>aucune entrée %1 dans le journal de livraison</translation>
    </message>
    <message>
        <source>outbox: %1</source>
        <translation>boîte d’envoi&#xa0;: %1</translation>
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
    <name>Journey::PlanEditorDialog</name>
    <message>
        <source>Tracking plan</source>
        <translation>Plan de marquage</translation>
    </message>
    <message>
        <source>Save and use…</source>
        <translation>Enregistrer et utiliser…</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>le plan</translation>
    </message>
</context>
<context>
    <name>Journey::PlanInferrer</name>
    <message>
        <source>Inferred from 1 event</source>
        <translation>Déduit de 1 événement</translation>
    </message>
    <message numerus="yes">
        <source>Inferred from %n events</source>
        <translation>
            <numerusform>Déduit de %n événement</numerusform>
            <numerusform>Déduit de %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Inferred plan</source>
        <translation>Plan déduit</translation>
    </message>
</context>
<context>
    <name>Journey::PlanValidator</name>
    <message>
        <source>%1: the schema does not compile: %2</source>
        <translation>%1&#xa0;: le schéma ne se compile pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>/common: the schema does not compile: %1</source>
        <translation>/common&#xa0;: le schéma ne se compile pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the plan for this event</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans le plan pour cet événement</translation>
    </message>
    <message>
        <source>event</source>
        <translation>l’événement</translation>
    </message>
    <message>
        <source>page</source>
        <translation>la page</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>l’écran</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not in the tracking plan</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas dans le plan de marquage</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>le message n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 à la position %2</translation>
    </message>
</context>
<context>
    <name>Journey::PostHogProvider</name>
    <message>
        <source>%1: unknown setting (PostHog understands: %2)</source>
        <translation>%1&#xa0;: réglage inconnu (PostHog comprend&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>%1 is missing: PostHog needs the project API key (phc_…)</source>
        <translation>%1 est manquant&#xa0;: PostHog a besoin de la clé d’API du projet (phc_…)</translation>
    </message>
    <message>
        <source>%1: this is a personal API key (phx_…); capture needs the project API key (phc_…)</source>
        <translation>%1&#xa0;: il s’agit d’une clé d’API personnelle (phx_…)&#xa0;; la capture nécessite la clé d’API du projet (phc_…)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) base URL</source>
        <translation>%1&#xa0;: &quot;%2&quot; n’est pas une URL de base http(s)</translation>
    </message>
    <message>
        <source>%1: expected a group type name such as &quot;company&quot;</source>
        <translation>%1&#xa0;: nom de type de groupe attendu, par exemple &quot;company&quot;</translation>
    </message>
    <message>
        <source>the message has neither userId nor anonymousId, and PostHog drops events without a distinct_id</source>
        <translation>le message n’a ni userId ni anonymousId, et PostHog ignore les événements sans distinct_id</translation>
    </message>
    <message>
        <source>the track call has no event name, and PostHog drops events without one</source>
        <translation>l’appel track n’a pas de nom d’événement, et PostHog ignore les événements qui n’en ont pas</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not sent: the properties carry a different %1, which wins</source>
        <translation>le %1 &quot;%2&quot; n’est pas envoyé&#xa0;: les propriétés portent un autre %1, qui l’emporte</translation>
    </message>
    <message>
        <source>the group call has no groupId</source>
        <translation>l’appel group n’a pas de groupId</translation>
    </message>
    <message>
        <source>PostHog keeps the group&apos;s traits but has no membership record: %1 is tied to %2 &quot;%3&quot; only on events that carry context.groupId</source>
        <translation>PostHog conserve les traits du groupe mais n’enregistre pas l’appartenance&#xa0;: %1 n’est rattaché à %2 &quot;%3&quot; que dans les événements qui portent context.groupId</translation>
    </message>
    <message>
        <source>the alias call has no previousId to merge</source>
        <translation>l’appel alias n’a pas de previousId à fusionner</translation>
    </message>
    <message>
        <source>PostHog has no place for %1 in a %2 call; not sent</source>
        <translation>PostHog n’a pas d’emplacement pour %1 dans un appel %2&#xa0;; non envoyé</translation>
    </message>
    <message>
        <source>the event is %1 bytes; PostHog takes at most %2 bytes per event</source>
        <translation>l’événement fait %1 octets&#xa0;; PostHog accepte au plus %2 octets par événement</translation>
    </message>
    <message numerus="yes">
        <source>batch of %n event(s)</source>
        <translation>
            <numerusform>lot de %n événement</numerusform>
            <numerusform>lot de %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>the event is %1 bytes; with the batch envelope it does not fit in a request of at most %2 bytes</source>
        <translation>l’événement fait %1 octets&#xa0;; avec l’enveloppe du lot, il ne tient pas dans une requête d’au plus %2 octets</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>le message n’est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>Journey::PropertyColumnBuilder</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Journey::PropertyFilter</name>
    <message>
        <source>&quot;%1&quot; is not a condition: write PROPERTY=VALUE, !=, &lt;, &lt;=, &gt;, &gt;=, ~ (contains), PROPERTY? (has it) or !PROPERTY (does not)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une condition&#xa0;: écrivez PROPERTY=VALUE, !=, &lt;, &lt;=, &gt;, &gt;=, ~ (contient), PROPERTY? (présente) ou !PROPERTY (absente)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &lt;, &lt;=, &gt; and &gt;= compare numbers, and &quot;%2&quot; is not one</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: &lt;, &lt;=, &gt; et &gt;= comparent des nombres, or «&#xa0;%2&#xa0;» n’en est pas un</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the property name is missing or has an empty part</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le nom de la propriété est absent ou contient une partie vide</translation>
    </message>
</context>
<context>
    <name>Journey::Provider</name>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
</context>
<context>
    <name>Journey::ProviderLinter</name>
    <message>
        <source>no provider lints for &quot;%1&quot; (known: %2, or all)</source>
        <translation>aucun lint de fournisseur pour &quot;%1&quot; (connus&#xa0;: %2, ou all)</translation>
    </message>
    <message>
        <source>the event is %1 bytes of JSON; %2 refuses events over 32 KB</source>
        <translation>l’événement fait %1 octets de JSON&#xa0;; %2 refuse les événements de plus de 32 Ko</translation>
    </message>
    <message>
        <source>Mixpanel refuses &quot;%1&quot; as a distinct_id: the event would not be tied to a person</source>
        <translation>Mixpanel refuse &quot;%1&quot; comme distinct_id&#xa0;: l’événement ne serait rattaché à aucune personne</translation>
    </message>
    <message>
        <source>Mixpanel needs $insert_id to be 1 to 36 letters, digits or &apos;-&apos; and not a placeholder value; duplicates of this event would not be removed</source>
        <translation>Mixpanel exige que $insert_id compte de 1 à 36 lettres, chiffres ou &apos;-&apos; et ne soit pas une valeur fictive&#xa0;; les doublons de cet événement ne seraient pas supprimés</translation>
    </message>
    <message numerus="yes">
        <source>the event is %n day(s) old: Mixpanel&apos;s /track drops events older than 5 days; it must go through /import (a project secret or service account)</source>
        <translation>
            <numerusform>l’événement date de %n jour&#xa0;: /track de Mixpanel ignore les événements de plus de 5 jours&#xa0;; il doit passer par /import (secret de projet ou compte de service)</numerusform>
            <numerusform>l’événement date de %n jours&#xa0;: /track de Mixpanel ignore les événements de plus de 5 jours&#xa0;; il doit passer par /import (secret de projet ou compte de service)</numerusform>
        </translation>
    </message>
    <message>
        <source>the time is in the future: Mixpanel sets it to the time of ingestion</source>
        <translation>l’horodatage est dans le futur&#xa0;: Mixpanel le remplace par l’heure d’ingestion</translation>
    </message>
    <message>
        <source>%1 properties: Mixpanel takes fewer than 255 per event</source>
        <translation>%1 propriétés&#xa0;: Mixpanel en accepte moins de 255 par événement</translation>
    </message>
    <message>
        <source>%1 characters: Mixpanel keeps the first 255</source>
        <translation>%1 caractères&#xa0;: Mixpanel conserve les 255 premiers</translation>
    </message>
    <message>
        <source>objects nested %1 deep: Mixpanel refuses nesting deeper than 3</source>
        <translation>objets imbriqués sur %1 niveaux&#xa0;: Mixpanel refuse une imbrication de plus de 3 niveaux</translation>
    </message>
    <message>
        <source>Amplitude refuses &quot;%1&quot; as a %2</source>
        <translation>Amplitude refuse &quot;%1&quot; comme %2</translation>
    </message>
    <message>
        <source>Amplitude removes a %1 shorter than %2 characters (&quot;%3&quot; has %4)</source>
        <translation>Amplitude supprime un %1 de moins de %2 caractères (&quot;%3&quot; en a %4)</translation>
    </message>
    <message>
        <source>no usable user_id or device_id is left: Amplitude refuses the event</source>
        <translation>il ne reste aucun user_id ni device_id utilisable&#xa0;: Amplitude refuse l’événement</translation>
    </message>
    <message>
        <source>the time is in 1970: seconds sent where Amplitude expects milliseconds since 1970?</source>
        <translation>l’horodatage est en 1970&#xa0;: des secondes envoyées là où Amplitude attend des millisecondes depuis 1970&#xa0;?</translation>
    </message>
    <message>
        <source>%1 characters: Amplitude keeps the first %2</source>
        <translation>%1 caractères&#xa0;: Amplitude conserve les %2 premiers</translation>
    </message>
    <message>
        <source>no userId or anonymousId: PostHog drops events without a distinct_id</source>
        <translation>ni userId ni anonymousId&#xa0;: PostHog ignore les événements sans distinct_id</translation>
    </message>
    <message>
        <source>GA4 has no %1 call: the event is not sent to it</source>
        <translation>GA4 n’a pas d’appel %1&#xa0;: l’événement ne lui est pas envoyé</translation>
    </message>
</context>
<context>
    <name>Journey::ProviderPreviewPanel</name>
    <message>
        <source>No request: see above.</source>
        <translation>Aucune requête&#xa0;: voir ci-dessus.</translation>
    </message>
    <message>
        <source>The response appears here once the request has been answered.</source>
        <translation>La réponse s’affiche ici une fois que la requête a obtenu une réponse.</translation>
    </message>
    <message>
        <source>%1 · nothing to send</source>
        <translation>%1 · rien à envoyer</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n requests</source>
        <translation>
            <numerusform>%1 · %n requête</numerusform>
            <numerusform>%1 · %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Skipped:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ignoré&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sampled out:&lt;/b&gt; the sampling rules leave this person out; the event is recorded, not sent.</source>
        <translation>&lt;b&gt;Hors échantillon&#xa0;:&lt;/b&gt; les règles d’échantillonnage excluent cette personne&#xa0;; l’événement est enregistré, pas envoyé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Rejeté&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Remarque&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source># request %1 of %2: %3</source>
        <translation># requête %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#757575&quot;&gt;Not sent yet.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#757575&quot;&gt;Pas encore envoyé.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 ms</source>
        <translation>HTTP %1 · %2 ms</translation>
    </message>
    <message>
        <source>No HTTP answer · %1 ms</source>
        <translation>Aucune réponse HTTP · %1 ms</translation>
    </message>
</context>
<context>
    <name>Journey::ProviderSettings</name>
    <message>
        <source>%1: unknown provider; expected one of: %2</source>
        <translation>%1&#xa0;: fournisseur inconnu&#xa0;; valeurs acceptées&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1.%2: unknown key; expected one of: %3</source>
        <translation>%1.%2&#xa0;: clé inconnue&#xa0;; valeurs acceptées&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1.enabled: expected true or false</source>
        <translation>%1.enabled&#xa0;: true ou false attendu</translation>
    </message>
    <message>
        <source>%1.endpoint: expected an http:// or https:// base URL</source>
        <translation>%1.endpoint&#xa0;: URL de base http:// ou https:// attendue</translation>
    </message>
    <message>
        <source>%1.batch: expected an object with &quot;maxEvents&quot;, &quot;maxKB&quot; and/or &quot;flushMs&quot;</source>
        <translation>%1.batch&#xa0;: objet attendu avec &quot;maxEvents&quot;, &quot;maxKB&quot; et/ou &quot;flushMs&quot;</translation>
    </message>
    <message>
        <source>%1.batch.%2: unknown key; expected one of: maxEvents, maxKB, flushMs</source>
        <translation>%1.batch.%2&#xa0;: clé inconnue&#xa0;; valeurs acceptées&#xa0;: maxEvents, maxKB, flushMs</translation>
    </message>
    <message>
        <source>%1.%2: expected a whole number between %3 and %4</source>
        <translation>%1.%2&#xa0;: nombre entier entre %3 et %4 attendu</translation>
    </message>
    <message>
        <source>%1.forward: expected true or false</source>
        <translation>%1.forward&#xa0;: true ou false attendu</translation>
    </message>
    <message>
        <source>%1.forwardTo: expected an http:// or https:// base URL</source>
        <translation>%1.forwardTo&#xa0;: URL de base http:// ou https:// attendue</translation>
    </message>
    <message>
        <source>%1.validation: expected one of: %2, %3, %4</source>
        <translation>%1.validation&#xa0;: valeurs acceptées&#xa0;: %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>Journey::ProviderStatsModel</name>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>%1
(at %2)</source>
        <translation>%1
(à %2)</translation>
    </message>
    <message>
        <source>Delivery waits until then: the provider asked for a pause or could not be reached.</source>
        <translation>La livraison attend jusque-là&#xa0;: le fournisseur a demandé une pause ou n’a pas pu être joint.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrés</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>Sampled out</source>
        <translation>Hors échantillon</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Paused until</source>
        <translation>En pause jusqu’à</translation>
    </message>
</context>
<context>
    <name>Journey::ProvidersView</name>
    <message>
        <source>Restart delivery</source>
        <translation>Redémarrer la livraison</translation>
    </message>
    <message>
        <source>Deliver to this provider</source>
        <translation>Livrer à ce fournisseur</translation>
    </message>
    <message>
        <source>Save to configuration</source>
        <translation>Enregistrer dans la configuration</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>&amp;Retry selected</source>
        <translation>&amp;Réessayer la sélection</translation>
    </message>
    <message>
        <source>Retry &amp;all</source>
        <translation>Réessayer &amp;tout</translation>
    </message>
    <message>
        <source>&amp;Discard selected…</source>
        <translation>&amp;Supprimer la sélection…</translation>
    </message>
    <message>
        <source>Discard all…</source>
        <translation>Tout supprimer…</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>Configure one more provider</source>
        <translation>Configurer un fournisseur supplémentaire</translation>
    </message>
    <message>
        <source>Stop delivery and start it again with the configuration as saved; queued events stay queued</source>
        <translation>Arrêter la livraison et la redémarrer avec la configuration enregistrée&#xa0;; les événements en file d’attente y restent</translation>
    </message>
    <message>
        <source>&lt;b&gt;No provider is configured.&lt;/b&gt; Choose one under “Add provider” and enter its credentials, or add it under &lt;code&gt;journey.providers&lt;/code&gt; in %1.</source>
        <translation>&lt;b&gt;Aucun fournisseur n’est configuré.&lt;/b&gt; Choisissez-en un sous «&#xa0;Ajouter un fournisseur&#xa0;» et saisissez ses identifiants, ou ajoutez-le sous &lt;code&gt;journey.providers&lt;/code&gt; dans %1.</translation>
    </message>
    <message>
        <source>Base URL requests go to: a self-hosted instance, a proxy or a test sink. Empty: the provider&apos;s own.</source>
        <translation>URL de base à laquelle les requêtes sont envoyées&#xa0;: une instance auto-hébergée, un proxy ou un récepteur de test. Vide&#xa0;: celle du fournisseur.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>Saved to &lt;code&gt;%1&lt;/code&gt; as written: &lt;code&gt;${VAR}&lt;/code&gt; references stay references. Secrets are masked; a field left empty keeps its value.</source>
        <translation>Enregistré dans &lt;code&gt;%1&lt;/code&gt; tel que saisi&#xa0;: les références &lt;code&gt;${VAR}&lt;/code&gt; restent des références. Les secrets sont masqués&#xa0;; un champ laissé vide conserve sa valeur.</translation>
    </message>
    <message>
        <source>Put the selected dead letters back in the queue; they are sent again at once</source>
        <translation>Remettre les lettres mortes sélectionnées dans la file d’attente&#xa0;; elles sont renvoyées immédiatement</translation>
    </message>
    <message>
        <source>Put every dead letter of this provider back in the queue</source>
        <translation>Remettre toutes les lettres mortes de ce fournisseur dans la file d’attente</translation>
    </message>
    <message>
        <source>Delete the selected dead letters from the outbox</source>
        <translation>Supprimer les lettres mortes sélectionnées de la boîte d’envoi</translation>
    </message>
    <message>
        <source>Delete every dead letter of this provider from the outbox</source>
        <translation>Supprimer toutes les lettres mortes de ce fournisseur de la boîte d’envoi</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a0a0a0&quot;&gt;●&lt;/span&gt; Delivery is starting…</source>
        <translation>&lt;span style=&quot;color:#a0a0a0&quot;&gt;●&lt;/span&gt; Démarrage de la livraison…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; Delivery is not running: %1</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; La livraison n’est pas active&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a0a0a0&quot;&gt;●&lt;/span&gt; Delivery is ready; no provider is configured.</source>
        <translation>&lt;span style=&quot;color:#a0a0a0&quot;&gt;●&lt;/span&gt; La livraison est prête&#xa0;; aucun fournisseur n’est configuré.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2e9d57&quot;&gt;●&lt;/span&gt; Delivery is running · providers enabled: %1 of %2</source>
        <translation>&lt;span style=&quot;color:#2e9d57&quot;&gt;●&lt;/span&gt; La livraison est active · fournisseurs activés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Enter the credentials of %1, then save.</source>
        <translation>Saisissez les identifiants de %1, puis enregistrez.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>New provider: %1</source>
        <translation>Nouveau fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Réglages de %1</translation>
    </message>
    <message>
        <source>The configuration file cannot be edited here: %1</source>
        <translation>Le fichier de configuration ne peut pas être modifié ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not text: change it in the configuration file</source>
        <translation>%1 n’est pas du texte&#xa0;: modifiez-le dans le fichier de configuration</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>%1 (from the environment)</source>
        <translation>%1 (depuis l’environnement)</translation>
    </message>
    <message>
        <source>Type a new value to replace it, or ${VARIABLE} to read it from the environment</source>
        <translation>Saisissez une nouvelle valeur pour la remplacer, ou ${VARIABLE} pour la lire depuis l’environnement</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved to %1. Delivery restarted with the new settings.</source>
        <translation>Enregistré dans %1. Livraison redémarrée avec les nouveaux réglages.</translation>
    </message>
    <message>
        <source>Dead letters of %1 (%2)</source>
        <translation>Lettres mortes de %1 (%2)</translation>
    </message>
    <message>
        <source>Delivery to %1 is not running (disabled, or not started), so its dead letters can be retried or discarded once it runs.</source>
        <translation>La livraison vers %1 n’est pas active (désactivée ou non démarrée)&#xa0;; ses lettres mortes pourront être réessayées ou supprimées une fois qu’elle sera active.</translation>
    </message>
    <message>
        <source>anonymous %1</source>
        <translation>anonyme %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Message id: %4&lt;br&gt;Attempts: %5 · failed at %6&lt;br&gt;%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;ID du message&#xa0;: %4&lt;br&gt;Tentatives&#xa0;: %5 · échec le %6&lt;br&gt;%7</translation>
    </message>
    <message>
        <source>Discard dead letters</source>
        <translation>Supprimer les lettres mortes</translation>
    </message>
    <message>
        <source>Delete the selected dead letters of %1? They will not be delivered. (Selected: %2)</source>
        <translation>Supprimer les lettres mortes sélectionnées de %1&#xa0;? Elles ne seront pas livrées. (Sélection&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Delete every dead letter of %1? They will not be delivered.</source>
        <translation>Supprimer toutes les lettres mortes de %1&#xa0;? Elles ne seront pas livrées.</translation>
    </message>
</context>
<context>
    <name>Journey::RejectedRequestModel</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>Journey::RejectedView</name>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Read the newest rejected requests from the store again</source>
        <translation>Relire les requêtes rejetées les plus récentes depuis la base locale</translation>
    </message>
    <message>
        <source>Select a request to see why it was rejected.</source>
        <translation>Sélectionnez une requête pour voir pourquoi elle a été rejetée.</translation>
    </message>
    <message>
        <source>The request as it arrived: request line, headers, body.</source>
        <translation>La requête telle qu’elle est arrivée&#xa0;: ligne de requête, en-têtes, corps.</translation>
    </message>
    <message>
        <source>Cannot read the rejected requests: %1</source>
        <translation>Impossible de lire les requêtes rejetées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No rejected requests. Requests the collector refuses (malformed, too large, unknown path) are listed here with the reason.</source>
        <translation>Aucune requête rejetée. Les requêtes refusées par le collecteur (mal formées, trop volumineuses, chemin inconnu) sont listées ici avec la raison.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n rejected requests</source>
        <translation>
            <numerusform>La %n requête rejetée la plus récente</numerusform>
            <numerusform>Les %n requêtes rejetées les plus récentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected request(s)</source>
        <translation>
            <numerusform>%n requête rejetée</numerusform>
            <numerusform>%n requêtes rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — answered %2: %3</source>
        <translation>%1 — réponse %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Format inconnu</translation>
    </message>
</context>
<context>
    <name>Journey::RequestPreview</name>
    <message>
        <source>not configured under journey.providers</source>
        <translation>non configuré sous journey.providers</translation>
    </message>
</context>
<context>
    <name>Journey::RetentionCurveChart</name>
    <message>
        <source>Days since the first %1</source>
        <translation>Jours depuis le premier %1</translation>
    </message>
    <message>
        <source>Weeks since the first %1</source>
        <translation>Semaines depuis le premier %1</translation>
    </message>
    <message>
        <source>Months since the first %1</source>
        <translation>Mois depuis le premier %1</translation>
    </message>
    <message>
        <source>Run a retention query to see how many people come back.</source>
        <translation>Lancez une analyse de rétention pour voir combien de personnes reviennent.</translation>
    </message>
    <message>
        <source>Nobody did the cohort event.</source>
        <translation>Personne n’a fait l’événement de cohorte.</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Mois %1</translation>
    </message>
    <message>
        <source>%1: %2 % retained on average</source>
        <translation>%1&#xa0;: %2&#xa0;% retenus en moyenne</translation>
    </message>
</context>
<context>
    <name>Journey::RetentionEngine</name>
    <message>
        <source>the property %1 is not loaded</source>
        <translation>la propriété %1 n’est pas chargée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Journey::RetentionHeatmapModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Mois %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>People whose first %1 was in the period starting %2</source>
        <translation>Personnes dont le premier %1 a eu lieu dans la période commençant le %2</translation>
    </message>
    <message>
        <source>%1 has not happened yet for this cohort</source>
        <translation>%1&#xa0;: période pas encore atteinte par cette cohorte</translation>
    </message>
    <message>
        <source>%1: %2 on average over the cohorts seen that far (weighted by size)</source>
        <translation>%1&#xa0;: %2 en moyenne sur les cohortes observées jusque-là (pondérée par la taille)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 people came back (%4)</source>
        <translation>%1&#xa0;: %2 personnes sur %3 sont revenues (%4)</translation>
    </message>
    <message>
        <source>%1 or later: %2 of %3 people came back (%4)</source>
        <translation>%1 ou après&#xa0;: %2 personnes sur %3 sont revenues (%4)</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>Journey::RetentionQuery</name>
    <message>
        <source>the cohort event needs a name</source>
        <translation>l’événement de cohorte doit avoir un nom</translation>
    </message>
    <message>
        <source>the return event needs a name (&quot;*&quot; for any event)</source>
        <translation>l’événement de retour doit avoir un nom («&#xa0;*&#xa0;» pour n’importe quel événement)</translation>
    </message>
    <message>
        <source>the number of periods must be between 1 and %1, not %2</source>
        <translation>le nombre de périodes doit être compris entre 1 et %1, et non %2</translation>
    </message>
    <message>
        <source>the time range is empty: its start is not before its end</source>
        <translation>la période est vide&#xa0;: son début n’est pas antérieur à sa fin</translation>
    </message>
</context>
<context>
    <name>Journey::RouteRules</name>
    <message>
        <source>%1: expected an object with &quot;types&quot;, &quot;events&quot; and/or &quot;exclude&quot;</source>
        <translation>%1&#xa0;: objet attendu avec &quot;types&quot;, &quot;events&quot; et/ou &quot;exclude&quot;</translation>
    </message>
    <message>
        <source>%1.%2: unknown key; expected one of: types, events, exclude</source>
        <translation>%1.%2&#xa0;: clé inconnue&#xa0;; valeurs acceptées&#xa0;: types, events, exclude</translation>
    </message>
    <message>
        <source>%1.types[%2]: &apos;%3&apos; is not a call type; expected track, identify, page, screen, group or alias</source>
        <translation>%1.types[%2]&#xa0;: «&#xa0;%3&#xa0;» n’est pas un type d’appel&#xa0;; valeurs acceptées&#xa0;: track, identify, page, screen, group ou alias</translation>
    </message>
    <message>
        <source>%1.%2: expected an array of strings</source>
        <translation>%1.%2&#xa0;: tableau de chaînes attendu</translation>
    </message>
    <message>
        <source>%1.%2[%3]: expected a non-empty string</source>
        <translation>%1.%2[%3]&#xa0;: chaîne non vide attendue</translation>
    </message>
</context>
<context>
    <name>Journey::RudderStackProvider</name>
    <message>
        <source>%1: expected a string</source>
        <translation>%1&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>%1 is missing: RudderStack needs the data plane URL of the workspace (e.g. https://example-dataplane.rudderstack.com)</source>
        <translation>%1 est manquant&#xa0;: RudderStack a besoin de l’URL du data plane de l’espace de travail (p. ex. https://example-dataplane.rudderstack.com)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) base URL</source>
        <translation>%1&#xa0;: &quot;%2&quot; n’est pas une URL de base http(s)</translation>
    </message>
</context>
<context>
    <name>Journey::SamplingRules</name>
    <message>
        <source>%1: expected an object of event name → rate between 0 and 1</source>
        <translation>%1&#xa0;: objet attendu associant nom d’événement → taux entre 0 et 1</translation>
    </message>
    <message>
        <source>%1.%2: expected a rate between 0 and 1</source>
        <translation>%1.%2&#xa0;: taux entre 0 et 1 attendu</translation>
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
    <name>Journey::SegmentProvider</name>
    <message>
        <source>%1: unknown setting (%2 understands: %3)</source>
        <translation>%1&#xa0;: réglage inconnu (%2 comprend&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>%1 is missing: %2 needs the write key of the source to send to</source>
        <translation>%1 est manquant&#xa0;: %2 a besoin de la clé d’écriture (write key) de la source destinataire</translation>
    </message>
    <message>
        <source>%1 discards a message without userId or anonymousId</source>
        <translation>%1 rejette un message sans userId ni anonymousId</translation>
    </message>
    <message>
        <source>%1 discards a track call without an event name</source>
        <translation>%1 rejette un appel track sans nom d’événement</translation>
    </message>
    <message>
        <source>%1 discards a group call without groupId</source>
        <translation>%1 rejette un appel group sans groupId</translation>
    </message>
    <message>
        <source>%1 discards an alias call without previousId</source>
        <translation>%1 rejette un appel alias sans previousId</translation>
    </message>
    <message>
        <source>%1 discards an alias call without userId</source>
        <translation>%1 rejette un appel alias sans userId</translation>
    </message>
    <message>
        <source>messageId is longer than %1 characters, which %2 does not accept; sent as %3 (derived from it, so retries keep the same id)</source>
        <translation>le messageId dépasse %1 caractères, ce que %2 n’accepte pas&#xa0;; envoyé comme %3 (dérivé de celui-ci, pour que les nouveaux essais gardent le même ID)</translation>
    </message>
    <message>
        <source>the message is %1 bytes; %2 takes at most %3 bytes per message</source>
        <translation>le message fait %1 octets&#xa0;; %2 accepte au plus %3 octets par message</translation>
    </message>
    <message numerus="yes">
        <source>batch of %n message(s)</source>
        <translation>
            <numerusform>lot de %n message</numerusform>
            <numerusform>lot de %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>the message is %1 bytes; with the batch envelope it does not fit in a request of at most %2 bytes</source>
        <translation>le message fait %1 octets&#xa0;; avec l’enveloppe du lot, il ne tient pas dans une requête d’au plus %2 octets</translation>
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
    <name>Journey::SqliteStatement</name>
    <message>
        <source>the store connection is not an open SQLite connection</source>
        <translation>la connexion à la base locale n’est pas une connexion SQLite ouverte</translation>
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
    <message>
        <source>segment %1 has format %2, which this build cannot read</source>
        <translation>le segment %1 est au format %2, que cette version ne sait pas lire</translation>
    </message>
    <message>
        <source>cannot read segment %1: %2</source>
        <translation>impossible de lire le segment %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read validation results: %1</source>
        <translation>impossible de lire les résultats de validation&#xa0;: %1</translation>
    </message>
    <message>
        <source>the upstream answer of request %1 is damaged</source>
        <translation>la réponse du serveur en amont à la requête %1 est endommagée</translation>
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
    <message>
        <source>cannot store validation results: %1</source>
        <translation>impossible d’enregistrer les résultats de validation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Journey::TrackingPlan</name>
    <message>
        <source>/%1: expected &quot;allow&quot;, &quot;warn&quot; or &quot;block&quot;</source>
        <translation>/%1&#xa0;: &quot;allow&quot;, &quot;warn&quot; ou &quot;block&quot; attendu</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1&#xa0;: objet attendu</translation>
    </message>
    <message>
        <source>%1/%2: unknown key; expected description, labels or %3</source>
        <translation>%1/%2&#xa0;: clé inconnue&#xa0;; valeurs acceptées&#xa0;: description, labels ou %3</translation>
    </message>
    <message>
        <source>%1/description: expected a string</source>
        <translation>%1/description&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>%1/labels: expected an object</source>
        <translation>%1/labels&#xa0;: objet attendu</translation>
    </message>
    <message>
        <source>%1/%2: expected a JSON Schema object</source>
        <translation>%1/%2&#xa0;: objet JSON Schema attendu</translation>
    </message>
    <message>
        <source>/%1: expected an object of names</source>
        <translation>/%1&#xa0;: objet de noms attendu</translation>
    </message>
    <message>
        <source>/%1: a name is empty</source>
        <translation>/%1&#xa0;: un nom est vide</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide&#xa0;: %1 à l’octet %2</translation>
    </message>
    <message>
        <source>expected a JSON object (a tracking plan)</source>
        <translation>objet JSON attendu (un plan de marquage)</translation>
    </message>
    <message>
        <source>/%1: unknown key; expected one of %2</source>
        <translation>/%1&#xa0;: clé inconnue&#xa0;; valeurs acceptées&#xa0;: %2</translation>
    </message>
    <message>
        <source>/%1: expected a string</source>
        <translation>/%1&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>/common: expected a JSON Schema object</source>
        <translation>/common&#xa0;: objet JSON Schema attendu</translation>
    </message>
</context>
<context>
    <name>Journey::TrackingPlanLoader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2: not valid JSON: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: JSON non valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1&#xa0;: objet JSON attendu</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1&#xa0;: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1&#xa0;: dossier introuvable</translation>
    </message>
    <message>
        <source>%1: no *.json schemas in the folder</source>
        <translation>%1&#xa0;: aucun schéma *.json dans le dossier</translation>
    </message>
    <message>
        <source>%1: the schema does not compile: %2</source>
        <translation>%1&#xa0;: le schéma ne se compile pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>/rules/events: expected an array</source>
        <translation>/rules/events&#xa0;: tableau attendu</translation>
    </message>
    <message>
        <source>/rules/events/%1/name: expected the event&apos;s name</source>
        <translation>/rules/events/%1/name&#xa0;: nom de l’événement attendu</translation>
    </message>
    <message>
        <source>/rules/events/%1/rules: expected a JSON Schema object</source>
        <translation>/rules/events/%1/rules&#xa0;: objet JSON Schema attendu</translation>
    </message>
    <message>
        <source>/rules/%1: expected a JSON Schema object</source>
        <translation>/rules/%1&#xa0;: objet JSON Schema attendu</translation>
    </message>
    <message>
        <source>%1/jsonSchema: expected a JSON Schema object</source>
        <translation>%1/jsonSchema&#xa0;: objet JSON Schema attendu</translation>
    </message>
    <message>
        <source>%1/type: &quot;%2&quot; is not one of TRACK, PAGE, SCREEN, IDENTIFY, GROUP, COMMON</source>
        <translation>%1/type&#xa0;: «&#xa0;%2&#xa0;» ne fait pas partie de TRACK, PAGE, SCREEN, IDENTIFY, GROUP, COMMON</translation>
    </message>
    <message>
        <source>%1/key: expected the event&apos;s name</source>
        <translation>%1/key&#xa0;: nom de l’événement attendu</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the schema does not compile: %3</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: le schéma ne se compile pas&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Journey::TrendChart</name>
    <message>
        <source>Pick events on the left to see how often they happen.</source>
        <translation>Choisissez des événements à gauche pour voir à quelle fréquence ils se produisent.</translation>
    </message>
    <message>
        <source>None of these events happened.</source>
        <translation>Aucun de ces événements ne s’est produit.</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Jour (UTC)</translation>
    </message>
    <message>
        <source>Week starting (UTC)</source>
        <translation>Début de semaine (UTC)</translation>
    </message>
    <message>
        <source>Month (UTC)</source>
        <translation>Mois (UTC)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journey::TrendEngine</name>
    <message>
        <source>the property %1 is not loaded</source>
        <translation>la propriété %1 n’est pas chargée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Journey::TrendQuery</name>
    <message>
        <source>a trend has 1 to %1 series, not %2</source>
        <translation>une tendance a de 1 à %1 séries, et non %2</translation>
    </message>
    <message>
        <source>a series needs an event name (&quot;*&quot; for every event)</source>
        <translation>une série nécessite un nom d’événement («&#xa0;*&#xa0;» pour tous les événements)</translation>
    </message>
    <message>
        <source>the time range is empty: its start is not before its end</source>
        <translation>la période est vide&#xa0;: son début n’est pas antérieur à sa fin</translation>
    </message>
</context>
<context>
    <name>Journey::TrendView</name>
    <message>
        <source>Filter events</source>
        <translation>Filtrer les événements</translation>
    </message>
    <message>
        <source>Check up to %1 events; the chart follows</source>
        <translation>Cochez jusqu’à %1 événements&#xa0;; le graphique s’adapte</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Calendar periods in UTC; weeks start on Monday</source>
        <translation>Périodes calendaires en UTC&#xa0;; les semaines commencent le lundi</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>How many times the event happened</source>
        <translation>Nombre de fois où l’événement s’est produit</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>How many different people did it (identities merged)</source>
        <translation>Nombre de personnes différentes qui l’ont fait (identités fusionnées)</translation>
    </message>
    <message>
        <source>Events (up to %1)</source>
        <translation>Événements (jusqu’à %1)</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Par&#xa0;:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Compter&#xa0;:</translation>
    </message>
    <message>
        <source>At most %1 events at a time: uncheck one first.</source>
        <translation>Au plus %1 événements à la fois&#xa0;: décochez-en d’abord un.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the store</source>
        <translation>
            <numerusform>%n événement dans la base locale</numerusform>
            <numerusform>%n événements dans la base locale</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one event.</source>
        <translation>Cochez au moins un événement.</translation>
    </message>
    <message>
        <source>This trend cannot run: %1.</source>
        <translation>Cette tendance ne peut pas être calculée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>None of these events is in the store.</source>
        <translation>Aucun de ces événements n’est dans la base locale.</translation>
    </message>
    <message>
        <source>Unique users per day</source>
        <translation>Utilisateurs uniques par jour</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Événements par jour</translation>
    </message>
    <message>
        <source>Unique users per week</source>
        <translation>Utilisateurs uniques par semaine</translation>
    </message>
    <message>
        <source>Events per week</source>
        <translation>Événements par semaine</translation>
    </message>
    <message>
        <source>Unique users per month</source>
        <translation>Utilisateurs uniques par mois</translation>
    </message>
    <message>
        <source>Events per month</source>
        <translation>Événements par mois</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (UTC) · series: %4</source>
        <translation>%1, du %2 au %3 (UTC) · séries&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>Journey::ValidationGate</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked by the tracking plan: %1</source>
        <translation>bloqué par le plan de marquage&#xa0;: %1</translation>
    </message>
    <message>
        <source>unplanned properties left out (validation: omit-unplanned-properties): %1</source>
        <translation>propriétés non prévues omises (validation: omit-unplanned-properties)&#xa0;: %1</translation>
    </message>
    <message>
        <source>tracking plan: %1</source>
        <translation>plan de marquage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Journey::ValidationReportWriter</name>
    <message>
        <source>tracking plan</source>
        <translation>plan de marquage</translation>
    </message>
    <message numerus="yes">
        <source>%1: … and %n more event(s) with violations</source>
        <translation>
            <numerusform>%1&#xa0;: … et %n autre événement non conforme</numerusform>
            <numerusform>%1&#xa0;: … et %n autres événements non conformes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) checked</source>
        <translation>
            <numerusform>%1&#xa0;: %n événement vérifié</numerusform>
            <numerusform>%1&#xa0;: %n événements vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with errors, %2 with warnings only (errors: %3, warnings: %4)</source>
        <translation>%1 avec erreurs, %2 avec avertissements seulement (erreurs&#xa0;: %3, avertissements&#xa0;: %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with errors, %2 with warnings only</source>
        <translation>%1 avec erreurs, %2 avec avertissements seulement</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more event(s) with violations</source>
        <translation>
            <numerusform>… et %n autre événement non conforme</numerusform>
            <numerusform>… et %n autres événements non conformes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) break the tracking plan</source>
        <translation>
            <numerusform>%1 sur %n événement non conforme au plan de marquage</numerusform>
            <numerusform>%1 sur %n événements non conformes au plan de marquage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journey::ValidationTimeline</name>
    <message>
        <source>No violations yet</source>
        <translation>Aucune non-conformité pour l’instant</translation>
    </message>
    <message>
        <source>peak %1 per minute</source>
        <translation>pic de %1 par minute</translation>
    </message>
    <message>
        <source>%1: %2 with errors, %3 with warnings only</source>
        <translation>%1&#xa0;: %2 avec erreurs, %3 avec avertissements seulement</translation>
    </message>
</context>
<context>
    <name>Journey::ValidationView</name>
    <message>
        <source>Open plan…</source>
        <translation>Ouvrir un plan…</translation>
    </message>
    <message>
        <source>Open schema folder…</source>
        <translation>Ouvrir un dossier de schémas…</translation>
    </message>
    <message>
        <source>Infer plan from stored events…</source>
        <translation>Déduire un plan des événements enregistrés…</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Arrêter la vérification</translation>
    </message>
    <message>
        <source>Show in stream</source>
        <translation>Afficher dans le flux</translation>
    </message>
    <message>
        <source>A tracking plan file (docs/TRACKING-PLAN.md) or a Segment Protocols export</source>
        <translation>Un fichier de plan de marquage (docs/TRACKING-PLAN.md) ou un export Segment Protocols</translation>
    </message>
    <message>
        <source>A folder of *.json JSON Schemas, one per event, named by the event</source>
        <translation>Un dossier de schémas JSON (*.json), un par événement, nommé d’après l’événement</translation>
    </message>
    <message>
        <source>Build a plan from the events in the store: names, property types, required properties and enums; edit it, then save it</source>
        <translation>Construire un plan à partir des événements de la base locale&#xa0;: noms, types des propriétés, propriétés obligatoires et énumérations&#xa0;; modifiez-le, puis enregistrez-le</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>&lt;b&gt;The plan was not saved:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le plan n’a pas été enregistré&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Event %1 (the newest with this problem):</source>
        <translation>Événement %1 (le plus récent avec ce problème)&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The tracking plan cannot be used:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le plan de marquage ne peut pas être utilisé&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No tracking plan.&lt;/b&gt; New events are not checked: open a plan, a folder of schemas, or infer one from the events already stored.</source>
        <translation>&lt;b&gt;Aucun plan de marquage.&lt;/b&gt; Les nouveaux événements ne sont pas vérifiés&#xa0;: ouvrez un plan ou un dossier de schémas, ou déduisez-en un des événements déjà enregistrés.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Tracking plan %1&lt;/b&gt; %2 · %n event(s) planned</source>
        <translation>
            <numerusform>&lt;b&gt;Plan de marquage %1&lt;/b&gt; %2 · %n événement prévu</numerusform>
            <numerusform>&lt;b&gt;Plan de marquage %1&lt;/b&gt; %2 · %n événements prévus</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No tracking plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun plan de marquage&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · provider lints: %1</source>
        <translation> · lints des fournisseurs&#xa0;: %1</translation>
    </message>
    <message>
        <source> · new events are checked as they arrive</source>
        <translation> · les nouveaux événements sont vérifiés à leur arrivée</translation>
    </message>
    <message>
        <source>No checked events in the store yet.</source>
        <translation>Aucun événement vérifié dans la base locale pour l’instant.</translation>
    </message>
    <message>
        <source>%1 events checked · &lt;span style=&quot;color:#c62828&quot;&gt;%2 with errors&lt;/span&gt; · &lt;span style=&quot;color:#b26a00&quot;&gt;%3 with warnings only&lt;/span&gt; · %4 valid</source>
        <translation>%1 événements vérifiés · &lt;span style=&quot;color:#c62828&quot;&gt;%2 avec erreurs&lt;/span&gt; · &lt;span style=&quot;color:#b26a00&quot;&gt;%3 avec avertissements seulement&lt;/span&gt; · %4 valides</translation>
    </message>
    <message>
        <source>follows the plan</source>
        <translation>conforme au plan</translation>
    </message>
    <message>
        <source>Every event of this name follows the plan.</source>
        <translation>Chaque événement portant ce nom est conforme au plan.</translation>
    </message>
    <message>
        <source>Loading event %1…</source>
        <translation>Chargement de l’événement %1…</translation>
    </message>
    <message>
        <source>Folder of JSON Schemas named by event</source>
        <translation>Dossier de schémas JSON nommés d’après les événements</translation>
    </message>
    <message>
        <source>Open a tracking plan</source>
        <translation>Ouvrir un plan de marquage</translation>
    </message>
    <message>
        <source>Tracking plans (*.json);;All files (*)</source>
        <translation>Plans de marquage (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Inferring…</source>
        <translation>Déduction en cours…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No plan could be inferred:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Aucun plan n’a pu être déduit&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>Inferred from %n stored event(s): every event name seen, property types, required = present every time, enums for strings with few values. Edit it, then save it; new events are checked against it.</source>
        <translation>
            <numerusform>Déduit de %n événement enregistré&#xa0;: chaque nom d’événement rencontré, types des propriétés, obligatoire = présent à chaque fois, énumérations pour les chaînes ayant peu de valeurs. Modifiez-le, puis enregistrez-le&#xa0;; les nouveaux événements seront vérifiés par rapport à lui.</numerusform>
            <numerusform>Déduit de %n événements enregistrés&#xa0;: chaque nom d’événement rencontré, types des propriétés, obligatoire = présent à chaque fois, énumérations pour les chaînes ayant peu de valeurs. Modifiez-le, puis enregistrez-le&#xa0;; les nouveaux événements seront vérifiés par rapport à lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the tracking plan</source>
        <translation>Enregistrer le plan de marquage</translation>
    </message>
    <message>
        <source>Tracking plans (*.json)</source>
        <translation>Plans de marquage (*.json)</translation>
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
    <message>
        <source>--%1: expected a JSON object (%2)</source>
        <translation>--%1&#xa0;: objet JSON attendu (%2)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>Delivers events through the connector to the configured providers and prints one line per HTTP request:
provider, method, URL (secrets masked), status, outcome, events. Exits 0 only when every event was
delivered (or deliberately sampled out); undelivered events stay queued in the store&apos;s outbox.</source>
        <translation>Livre des événements aux fournisseurs configurés via le connecteur et affiche une ligne par requête HTTP&#xa0;:
fournisseur, méthode, URL (secrets masqués), statut, résultat, événements. Ne se termine avec le code 0 que si chaque événement a été
livré (ou volontairement écarté par l’échantillonnage)&#xa0;; les événements non livrés restent en file d’attente dans la boîte d’envoi de la base locale.</translation>
    </message>
    <message>
        <source>A configured provider (repeatable), or &apos;all&apos; for every enabled one. Default: journey.provider.</source>
        <translation>Un fournisseur configuré (option répétable), ou «&#xa0;all&#xa0;» pour tous ceux qui sont activés. Par défaut&#xa0;: journey.provider.</translation>
    </message>
    <message>
        <source>Base URL to send to instead of the provider&apos;s (self-hosted, proxy, test sink).</source>
        <translation>URL de base à laquelle envoyer au lieu de celle du fournisseur (instance auto-hébergée, proxy, récepteur de test).</translation>
    </message>
    <message>
        <source>NDJSON file of Segment Spec messages (&apos;-&apos;: standard input).</source>
        <translation>Fichier NDJSON de messages Segment Spec («&#xa0;-&#xa0;»&#xa0;: entrée standard).</translation>
    </message>
    <message>
        <source>One call: track, identify, page, screen, group or alias.</source>
        <translation>Un appel&#xa0;: track, identify, page, screen, group ou alias.</translation>
    </message>
    <message>
        <source>userId of the call.</source>
        <translation>userId de l’appel.</translation>
    </message>
    <message>
        <source>anonymousId of the call.</source>
        <translation>anonymousId de l’appel.</translation>
    </message>
    <message>
        <source>Event name of a track call.</source>
        <translation>Nom d’événement d’un appel track.</translation>
    </message>
    <message>
        <source>Name of a page or screen call.</source>
        <translation>Nom d’un appel page ou screen.</translation>
    </message>
    <message>
        <source>groupId of a group call.</source>
        <translation>groupId d’un appel group.</translation>
    </message>
    <message>
        <source>previousId of an alias call.</source>
        <translation>previousId d’un appel alias.</translation>
    </message>
    <message>
        <source>Properties as a JSON object.</source>
        <translation>Propriétés sous forme d’objet JSON.</translation>
    </message>
    <message>
        <source>Traits as a JSON object.</source>
        <translation>Traits sous forme d’objet JSON.</translation>
    </message>
    <message>
        <source>Context as a JSON object.</source>
        <translation>Contexte sous forme d’objet JSON.</translation>
    </message>
    <message>
        <source>Segment integrations object.</source>
        <translation>Objet integrations de Segment.</translation>
    </message>
    <message>
        <source>ISO-8601 timestamp (default: now).</source>
        <translation>Horodatage ISO-8601 (par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>messageId (default: generated).</source>
        <translation>messageId (par défaut&#xa0;: généré).</translation>
    </message>
    <message>
        <source>Also deliver what is queued in the outbox from earlier runs (a crashed app, a timed-out send); alone, only that.</source>
        <translation>Livrer aussi ce qui est en file d’attente dans la boîte d’envoi depuis des exécutions précédentes (application plantée, envoi expiré)&#xa0;; seule, livre uniquement cela.</translation>
    </message>
    <message>
        <source>Seconds to wait for delivery (default 60).</source>
        <translation>Secondes d’attente pour la livraison (60 par défaut).</translation>
    </message>
    <message>
        <source>give either --file NDJSON or --type T with the call&apos;s options, not both</source>
        <translation>indiquez soit --file NDJSON, soit --type T avec les options de l’appel, pas les deux</translation>
    </message>
    <message>
        <source>give --file NDJSON, --type T with the call&apos;s options, or --queued</source>
        <translation>indiquez --file NDJSON, --type T avec les options de l’appel, ou --queued</translation>
    </message>
    <message>
        <source>--%1 describes one call; it cannot be used with --file</source>
        <translation>--%1 décrit un seul appel&#xa0;; il ne peut pas être utilisé avec --file</translation>
    </message>
    <message>
        <source>--timeout: expected whole seconds between 1 and 86400</source>
        <translation>--timeout&#xa0;: nombre entier de secondes entre 1 et 86400 attendu</translation>
    </message>
    <message>
        <source>--endpoint: expected an http:// or https:// base URL</source>
        <translation>--endpoint&#xa0;: URL de base http:// ou https:// attendue</translation>
    </message>
    <message>
        <source>no enabled provider in %1</source>
        <translation>aucun fournisseur activé dans %1</translation>
    </message>
    <message>
        <source>--provider: unknown provider &apos;%1&apos;; expected one of: %2, all</source>
        <translation>--provider&#xa0;: fournisseur inconnu «&#xa0;%1&#xa0;»&#xa0;; valeurs acceptées&#xa0;: %2, all</translation>
    </message>
    <message>
        <source>%1 is not configured: add journey.providers.%1 with its credentials to %2</source>
        <translation>%1 n’est pas configuré&#xa0;: ajoutez journey.providers.%1 avec ses identifiants à %2</translation>
    </message>
    <message>
        <source>no provider configured: add one under journey.providers in %1</source>
        <translation>aucun fournisseur configuré&#xa0;: ajoutez-en un sous journey.providers dans %1</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>la ligne de commande</translation>
    </message>
    <message>
        <source>journeyctl send: nothing was sent</source>
        <translation>journeyctl send&#xa0;: rien n’a été envoyé</translation>
    </message>
    <message>
        <source>no events to send</source>
        <translation>aucun événement à envoyer</translation>
    </message>
    <message>
        <source>events queued from earlier runs were not all delivered within %1 s</source>
        <translation>les événements en file d’attente des exécutions précédentes n’ont pas tous été livrés en %1 s</translation>
    </message>
    <message>
        <source>event %1 failed: %2</source>
        <translation>l’événement %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>not delivered within %1 s: %2 (event, provider) pairs; they stay queued in the outbox and are retried by the next send (--queued) or by the app</source>
        <translation>non livrés en %1 s&#xa0;: %2 paires (événement, fournisseur)&#xa0;; elles restent en file d’attente dans la boîte d’envoi et seront réessayées au prochain envoi (--queued) ou par l’application</translation>
    </message>
    <message>
        <source>sampled out (recorded, not sent): %1 events</source>
        <translation>hors échantillon (enregistrés, non envoyés)&#xa0;: %1 événements</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date or a date-time (YYYY-MM-DD, or ISO 8601 as in 2026-01-05T08:00:00Z)</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est ni une date ni une date-heure (YYYY-MM-DD, ou ISO 8601 comme 2026-01-05T08:00:00Z)</translation>
    </message>
    <message>
        <source>Only events at or after this date (UTC) or date-time.</source>
        <translation>Uniquement les événements à partir de cette date (UTC) ou date-heure.</translation>
    </message>
    <message>
        <source>Only events up to this date (UTC, the whole day included), or before this date-time.</source>
        <translation>Uniquement les événements jusqu’à cette date (UTC, journée entière incluse), ou antérieurs à cette date-heure.</translation>
    </message>
    <message>
        <source>Count each userId (or anonymousId) on its own, without merging the ids that identify and alias join.</source>
        <translation>Compter chaque userId (ou anonymousId) séparément, sans fusionner les identifiants que relient identify et alias.</translation>
    </message>
    <message>
        <source>json (default), csv or text.</source>
        <translation>json (par défaut), csv ou text.</translation>
    </message>
    <message>
        <source>Write the result to FILE instead of standard output.</source>
        <translation>Écrire le résultat dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not json, csv or text</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» n’est ni json, ni csv, ni text</translation>
    </message>
    <message>
        <source>--from %1 --to %2: the time range is empty</source>
        <translation>--from %1 --to %2&#xa0;: la période est vide</translation>
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
        <translation>Les événements sont désignés par leur clé&#xa0;: le nom d’événement d’un appel track (Order Completed), page:NAME et
screen:NAME pour les appels page et screen, identify, group et alias pour les autres.
Les conditions sur les propriétés de l’événement se mettent entre crochets, séparées par des virgules&#xa0;; toutes doivent être vérifiées&#xa0;:
  Order Completed[plan=pro,revenue&gt;=10]
  PROP=VALUE  PROP!=VALUE  PROP&lt;N  PROP&lt;=N  PROP&gt;N  PROP&gt;=N  PROP~TEXT (contient)
  PROP? (possède la propriété)  !PROP (ne la possède pas)
PROP est une propriété d’événement (plan) ou un chemin&#xa0;: traits.plan, context.campaign.source, userId.
Les nombres sont comparés comme des nombres (10 = 10.0), tout le reste comme du texte.</translation>
    </message>
    <message>
        <source>… %1 events read, %2 s</source>
        <translation>… %1 événements lus, %2 s</translation>
    </message>
    <message>
        <source>… reading %1</source>
        <translation>… lecture de %1</translation>
    </message>
    <message>
        <source>warning: the store %1 has no events</source>
        <translation>avertissement&#xa0;: la base locale %1 ne contient aucun événement</translation>
    </message>
    <message>
        <source>warning: no event in the store is called &quot;%1&quot;</source>
        <translation>avertissement&#xa0;: aucun événement de la base locale ne s’appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>warning: no event in the store is called &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>avertissement&#xa0;: aucun événement de la base locale ne s’appelle «&#xa0;%1&#xa0;»&#xa0;; vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Check every event on arrival against this tracking plan (default: the config&apos;s journey.validation.plan); results go to the store with the events.</source>
        <translation>Vérifier chaque événement à son arrivée par rapport à ce plan de marquage (par défaut&#xa0;: journey.validation.plan de la configuration)&#xa0;; les résultats sont enregistrés avec les événements dans la base locale.</translation>
    </message>
    <message>
        <source>Provider lints to apply on arrival, comma-separated, or all (default: journey.validation.lint).</source>
        <translation>Lints de fournisseurs à appliquer à l’arrivée, séparés par des virgules, ou all (par défaut&#xa0;: journey.validation.lint).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the steps the event lies between as FROM-TO, numbered from 1 (&quot;Logged Out:1-2&quot;)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: indiquez les étapes entre lesquelles se situe l’événement sous la forme FROM-TO, numérotées à partir de 1 («&#xa0;Logged Out:1-2&#xa0;»)</translation>
    </message>
    <message>
        <source>Counts the users of the store who go through the steps in order within the conversion window
(ClickHouse windowFunnel): step k counts the users whose best chain reaches it. Identities that
identify and alias join count as one user, unless --raw-ids. Prints JSON by default:
{&quot;steps&quot;:[{&quot;event&quot;,&quot;users&quot;,&quot;conversion_from_first&quot;,&quot;conversion_from_previous&quot;,
&quot;median_seconds_to_convert&quot;}],&quot;window_seconds&quot;,&quot;order&quot;} (and &quot;breakdown&quot; with --breakdown).

Steps are separated by &apos;&gt;&apos;: &quot;Signed Up&gt;Viewed Pricing&gt;Order Completed[plan=pro]&quot;.
</source>
        <translation>Compte les utilisateurs de la base locale qui franchissent les étapes dans l’ordre au sein de la fenêtre de conversion
(windowFunnel de ClickHouse)&#xa0;: l’étape k compte les utilisateurs dont la meilleure chaîne l’atteint. Les identités que
relient identify et alias comptent comme un seul utilisateur, sauf avec --raw-ids. Affiche du JSON par défaut&#xa0;:
{&quot;steps&quot;:[{&quot;event&quot;,&quot;users&quot;,&quot;conversion_from_first&quot;,&quot;conversion_from_previous&quot;,
&quot;median_seconds_to_convert&quot;}],&quot;window_seconds&quot;,&quot;order&quot;} (et &quot;breakdown&quot; avec --breakdown).

Les étapes sont séparées par «&#xa0;&gt;&#xa0;»&#xa0;: &quot;Signed Up&gt;Viewed Pricing&gt;Order Completed[plan=pro]&quot;.
</translation>
    </message>
    <message>
        <source>

Orders: ordered (later steps after earlier ones, other events in between allowed), strict (no
other step&apos;s event in between), any (all steps within the window, in any order).
Exit 0 on success (a step no event has gives a warning and zeros), 1 when the store cannot be
read, 2 on a bad flag.</source>
        <translation>

Ordres&#xa0;: ordered (étapes ultérieures après les précédentes, autres événements autorisés entre elles), strict (aucun
événement d’une autre étape entre elles), any (toutes les étapes dans la fenêtre, dans n’importe quel ordre).
Se termine avec le code 0 en cas de succès (une étape sans aucun événement donne un avertissement et des zéros), 1 si la base locale ne peut pas être
lue, 2 en cas d’option invalide.</translation>
    </message>
    <message>
        <source>The steps, 2 to 20, separated by &apos;&gt;&apos;.</source>
        <translation>Les étapes, de 2 à 20, séparées par «&#xa0;&gt;&#xa0;».</translation>
    </message>
    <message>
        <source>Conversion window from the first step to the last: 90s, 30m, 12h, 7d (default), 2w; up to 366 days.</source>
        <translation>Fenêtre de conversion de la première à la dernière étape&#xa0;: 90s, 30m, 12h, 7d (par défaut), 2w&#xa0;; jusqu’à 366 jours.</translation>
    </message>
    <message>
        <source>ordered (default), strict or any.</source>
        <translation>ordered (par défaut), strict ou any.</translation>
    </message>
    <message>
        <source>Users who do EVENT between steps FROM and TO (numbered from 1; default: the first and the last) do not convert past FROM on that path. Repeatable.</source>
        <translation>Les utilisateurs qui font EVENT entre les étapes FROM et TO (numérotées à partir de 1&#xa0;; par défaut&#xa0;: la première et la dernière) ne convertissent pas au-delà de FROM sur ce parcours. Option répétable.</translation>
    </message>
    <message>
        <source>Also count by the value of this property (plan, traits.plan, …).</source>
        <translation>Compter aussi selon la valeur de cette propriété (plan, traits.plan, …).</translation>
    </message>
    <message>
        <source>Which event&apos;s value puts a user in a breakdown bucket: first-touch (default: the first step&apos;s),
last-touch (the last step reached) or step:N.</source>
        <translation>L’événement dont la valeur place un utilisateur dans un groupe de la répartition&#xa0;: first-touch (par défaut&#xa0;: celui de la première étape),
last-touch (celui de la dernière étape atteinte) ou step:N.</translation>
    </message>
    <message>
        <source>Every step of a conversion must have the same value of this property.</source>
        <translation>Chaque étape d’une conversion doit avoir la même valeur pour cette propriété.</translation>
    </message>
    <message>
        <source>--steps is required, as in --steps &quot;Signed Up&gt;Order Completed&quot;</source>
        <translation>--steps est obligatoire, par exemple --steps &quot;Signed Up&gt;Order Completed&quot;</translation>
    </message>
    <message>
        <source>--steps: &quot;%1&quot; has %2 step(s), and a funnel has %3 to %4, separated by &apos;&gt;&apos; (&quot;A&gt;B&gt;C&quot;)</source>
        <translation>--steps&#xa0;: «&#xa0;%1&#xa0;» a %2 étape(s), or un entonnoir en a de %3 à %4, séparées par «&#xa0;&gt;&#xa0;» («&#xa0;A&gt;B&gt;C&#xa0;»)</translation>
    </message>
    <message>
        <source>--window: &quot;%1&quot; is not between 1 second and 366 days</source>
        <translation>--window&#xa0;: «&#xa0;%1&#xa0;» n’est pas compris entre 1 seconde et 366 jours</translation>
    </message>
    <message>
        <source>--order: &quot;%1&quot; is not ordered, strict or any</source>
        <translation>--order&#xa0;: «&#xa0;%1&#xa0;» n’est ni ordered, ni strict, ni any</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a property name (plan, traits.plan, …)</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nom de propriété (plan, traits.plan, …)</translation>
    </message>
    <message>
        <source>--attribution: &quot;%1&quot; is not first-touch, last-touch or step:N</source>
        <translation>--attribution&#xa0;: «&#xa0;%1&#xa0;» n’est ni first-touch, ni last-touch, ni step:N</translation>
    </message>
    <message>
        <source>Writes realistic demo events as canonical NDJSON (one Segment Spec message per line): users who
arrive over the date range, visit in sessions on one to three devices, sign up and identify, browse,
search, and go through Product Viewed &gt; Product Added &gt; Checkout Started &gt; Order Completed with a
realistic drop-off, coming back less and less over the weeks. The same options and seed give the
same bytes on every machine. Output is grouped by user, each user&apos;s events in time order.</source>
        <translation>Écrit des événements de démonstration réalistes en NDJSON canonique (un message Segment Spec par ligne)&#xa0;: des utilisateurs qui
arrivent au fil de la période, viennent par sessions sur un à trois appareils, s’inscrivent et s’identifient, naviguent,
cherchent et passent par Product Viewed &gt; Product Added &gt; Checkout Started &gt; Order Completed avec un
taux d’abandon réaliste, en revenant de moins en moins au fil des semaines. Les mêmes options et la même graine donnent les
mêmes octets sur toutes les machines. La sortie est groupée par utilisateur, les événements de chacun dans l’ordre chronologique.</translation>
    </message>
    <message>
        <source>Number of users (default %1).</source>
        <translation>Nombre d’utilisateurs (%1 par défaut).</translation>
    </message>
    <message>
        <source>Number of events (lines), exactly (default %1).</source>
        <translation>Nombre exact d’événements (lignes) (%1 par défaut).</translation>
    </message>
    <message>
        <source>Random seed, a whole number (default %1).</source>
        <translation>Graine aléatoire, un nombre entier (%1 par défaut).</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD in UTC, or an ISO-8601 date-time (default %1).</source>
        <translation>Premier jour, YYYY-MM-DD en UTC, ou une date-heure ISO-8601 (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Length of the date range in days (default %1).</source>
        <translation>Durée de la période en jours (%1 par défaut).</translation>
    </message>
    <message>
        <source>Load the events into the store (--store) instead of writing them.</source>
        <translation>Charger les événements dans la base locale (--store) au lieu de les écrire.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not a whole number from 0 to %2</source>
        <translation>--seed&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre entier de 0 à %2</translation>
    </message>
    <message>
        <source>--start: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--start&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--out and --import exclude each other</source>
        <translation>--out et --import s’excluent mutuellement</translation>
    </message>
    <message>
        <source>… %1 of %2 events, %3 s</source>
        <translation>… %1 événements sur %2, %3 s</translation>
    </message>
    <message>
        <source>generated %1 events for %2 users in %3 s (%4 events/s)</source>
        <translation>%1 événements générés pour %2 utilisateurs en %3 s (%4 événements/s)</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>impossible de créer un fichier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>… %1 events imported</source>
        <translation>… %1 événements importés</translation>
    </message>
    <message>
        <source>journeyctl generate: nothing was imported</source>
        <translation>journeyctl generate&#xa0;: rien n’a été importé</translation>
    </message>
    <message>
        <source>Infers a tracking plan from captured events: every event name seen, its properties&apos; types,
required = present on every occurrence, enums for strings with few values. INPUT holds one JSON
message per line (&apos;-&apos; for standard input); without it, the store&apos;s events are used.</source>
        <translation>Déduit un plan de marquage à partir d’événements capturés&#xa0;: chaque nom d’événement rencontré, les types de ses propriétés,
obligatoire = présent à chaque occurrence, énumérations pour les chaînes ayant peu de valeurs. INPUT contient un message
JSON par ligne («&#xa0;-&#xa0;» pour l’entrée standard)&#xa0;; sans lui, les événements de la base locale sont utilisés.</translation>
    </message>
    <message>
        <source>NDJSON file of events (default: the store).</source>
        <translation>Fichier NDJSON d’événements (par défaut&#xa0;: la base locale).</translation>
    </message>
    <message>
        <source>Write the plan to FILE instead of standard output.</source>
        <translation>Écrire le plan dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>The plan&apos;s name.</source>
        <translation>Le nom du plan.</translation>
    </message>
    <message>
        <source>Most distinct values a string may have to become an enum (default 10).</source>
        <translation>Nombre maximal de valeurs distinctes qu’une chaîne peut avoir pour devenir une énumération (10 par défaut).</translation>
    </message>
    <message>
        <source>--max-enum: &apos;%1&apos; is not a number of 0 or more</source>
        <translation>--max-enum&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>inferred a plan from %1 events</source>
        <translation>plan déduit de %1 événements</translation>
    </message>
    <message>
        <source>store %1</source>
        <translation>base locale %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>événement %1</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2 at column %3</source>
        <translation>%1&#xa0;: JSON non valide&#xa0;: %2 à la colonne %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object (one message per line)</source>
        <translation>%1&#xa0;: objet JSON attendu (un message par ligne)</translation>
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
        <translation>Cohortes de rétention sur la base locale, en périodes calendaires (UTC&#xa0;; les semaines commencent le lundi). La cohorte d’un utilisateur est
la période de son premier événement de cohorte&#xa0;; retained[n] compte les utilisateurs de la cohorte qui ont fait l’événement de retour
pendant la période cohorte+n (retained[0] compris), ou, avec --mode on-or-after, pendant cette période ou une période
ultérieure. Les identités que relient identify et alias comptent comme un seul utilisateur, sauf avec --raw-ids.
Affiche du JSON par défaut&#xa0;: {&quot;period&quot;:&quot;week&quot;,&quot;cohorts&quot;:[{&quot;start&quot;:&quot;2026-01-05&quot;,&quot;size&quot;:N,
&quot;retained&quot;:[N0,N1,…]}]} (et &quot;breakdown&quot; avec --breakdown). Les périodes postérieures au dernier événement de la
base locale comptent 0 en JSON et restent vides en csv et text.

L’événement de retour peut être «&#xa0;*&#xa0;»&#xa0;: n’importe quel événement.
</translation>
    </message>
    <message>
        <source>

Exit 0 on success (an event no event of the store has gives a warning and an empty
result), 1 when the store cannot be read, 2 on a bad flag.</source>
        <translation>

Se termine avec le code 0 en cas de succès (un événement absent de la base locale donne un avertissement et un résultat
vide), 1 si la base locale ne peut pas être lue, 2 en cas d’option invalide.</translation>
    </message>
    <message>
        <source>The event that puts a user in a cohort (its first occurrence).</source>
        <translation>L’événement qui place un utilisateur dans une cohorte (sa première occurrence).</translation>
    </message>
    <message>
        <source>The event that counts as coming back; &quot;*&quot; for any event.</source>
        <translation>L’événement qui compte comme un retour&#xa0;; «&#xa0;*&#xa0;» pour n’importe quel événement.</translation>
    </message>
    <message>
        <source>day, week (default) or month.</source>
        <translation>day, week (par défaut) ou month.</translation>
    </message>
    <message>
        <source>Periods per cohort, 1 to %1 (default 8).</source>
        <translation>Périodes par cohorte, de 1 à %1 (8 par défaut).</translation>
    </message>
    <message>
        <source>on (default): came back in that period; on-or-after: in that period or any later one.</source>
        <translation>on (par défaut)&#xa0;: revenu pendant cette période&#xa0;; on-or-after&#xa0;: pendant cette période ou une période ultérieure.</translation>
    </message>
    <message>
        <source>Also count by the value of this property at the first cohort event (traits.*: the user&apos;s latest).</source>
        <translation>Compter aussi selon la valeur de cette propriété lors du premier événement de cohorte (traits.*&#xa0;: la plus récente de l’utilisateur).</translation>
    </message>
    <message>
        <source>--cohort-event is required, as in --cohort-event &quot;Signed Up&quot;</source>
        <translation>--cohort-event est obligatoire, par exemple --cohort-event &quot;Signed Up&quot;</translation>
    </message>
    <message>
        <source>--return-event is required (&quot;*&quot; for any event)</source>
        <translation>--return-event est obligatoire («&#xa0;*&#xa0;» pour n’importe quel événement)</translation>
    </message>
    <message>
        <source>--cohort-event: &quot;*&quot; is not allowed: name the event that starts a cohort</source>
        <translation>--cohort-event&#xa0;: «&#xa0;*&#xa0;» n’est pas autorisé&#xa0;: nommez l’événement qui ouvre une cohorte</translation>
    </message>
    <message>
        <source>--period: &quot;%1&quot; is not day, week or month</source>
        <translation>--period&#xa0;: «&#xa0;%1&#xa0;» n’est ni day, ni week, ni month</translation>
    </message>
    <message>
        <source>--periods: &quot;%1&quot; is not a whole number from 1 to %2</source>
        <translation>--periods&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre entier de 1 à %2</translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is not on or on-or-after</source>
        <translation>--mode&#xa0;: «&#xa0;%1&#xa0;» n’est ni on, ni on-or-after</translation>
    </message>
    <message>
        <source>--breakdown: &quot;%1&quot; is not a property name (plan, traits.plan, …)</source>
        <translation>--breakdown&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nom de propriété (plan, traits.plan, …)</translation>
    </message>
    <message>
        <source>Counts events, or unique users, per calendar period (UTC; weeks start on Monday) for each series,
every period from the store&apos;s first event to its last. Prints JSON by default:
{&quot;period&quot;:&quot;day&quot;,&quot;measure&quot;:&quot;events&quot;,&quot;periods&quot;:[&quot;2026-01-05&quot;,…],
&quot;series&quot;:[{&quot;event&quot;:&quot;A&quot;,&quot;counts&quot;:[…]}]}.

Series are separated by commas (outside brackets), up to %1; &quot;*&quot; counts every event.
</source>
        <translation>Compte les événements, ou les utilisateurs uniques, par période calendaire (UTC&#xa0;; les semaines commencent le lundi) pour chaque série,
chaque période du premier au dernier événement de la base locale. Affiche du JSON par défaut&#xa0;:
{&quot;period&quot;:&quot;day&quot;,&quot;measure&quot;:&quot;events&quot;,&quot;periods&quot;:[&quot;2026-01-05&quot;,…],
&quot;series&quot;:[{&quot;event&quot;:&quot;A&quot;,&quot;counts&quot;:[…]}]}.

Les séries sont séparées par des virgules (hors crochets), jusqu’à %1&#xa0;; «&#xa0;*&#xa0;» compte tous les événements.
</translation>
    </message>
    <message>
        <source>

Exit 0 on success (an event no event of the store has gives a warning and zeros), 1 when the
store cannot be read, 2 on a bad flag.</source>
        <translation>

Se termine avec le code 0 en cas de succès (un événement absent de la base locale donne un avertissement et des zéros), 1 si la
base locale ne peut pas être lue, 2 en cas d’option invalide.</translation>
    </message>
    <message>
        <source>The series, separated by commas.</source>
        <translation>Les séries, séparées par des virgules.</translation>
    </message>
    <message>
        <source>day (default), week or month.</source>
        <translation>day (par défaut), week ou month.</translation>
    </message>
    <message>
        <source>events (default) or users (unique users per period).</source>
        <translation>events (par défaut) ou users (utilisateurs uniques par période).</translation>
    </message>
    <message>
        <source>--events is required, as in --events &quot;Signed Up,Order Completed&quot;</source>
        <translation>--events est obligatoire, par exemple --events &quot;Signed Up,Order Completed&quot;</translation>
    </message>
    <message>
        <source>--events: series %1 of &quot;%2&quot; is empty (two commas in a row, or one at an end)</source>
        <translation>--events&#xa0;: la série %1 de «&#xa0;%2&#xa0;» est vide (deux virgules à la suite, ou une à une extrémité)</translation>
    </message>
    <message>
        <source>--events: %1 series, and a trend has at most %2</source>
        <translation>--events&#xa0;: %1 séries, or une tendance en a au plus %2</translation>
    </message>
    <message>
        <source>--measure: &quot;%1&quot; is not events or users</source>
        <translation>--measure&#xa0;: «&#xa0;%1&#xa0;» n’est ni events, ni users</translation>
    </message>
    <message>
        <source>Checks events against a tracking plan: a plan file, a Segment Protocols export, or a folder of
*.json schemas named by event. INPUT holds one JSON message per line (&apos;-&apos; for standard input);
without it, every event of the store is checked. Exit 0 when clean, 1 with violations (errors;
warnings too with --strict), 2 when the plan or the input cannot be read.</source>
        <translation>Vérifie des événements par rapport à un plan de marquage&#xa0;: un fichier de plan, un export Segment Protocols ou un dossier de
schémas *.json nommés d’après les événements. INPUT contient un message JSON par ligne («&#xa0;-&#xa0;» pour l’entrée standard)&#xa0;;
sans lui, chaque événement de la base locale est vérifié. Se termine avec le code 0 si tout est conforme, 1 en cas de non-conformités (erreurs&#xa0;;
aussi les avertissements avec --strict), 2 si le plan ou l’entrée ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The tracking plan: a file or a folder of *.json schemas.</source>
        <translation>Le plan de marquage&#xa0;: un fichier ou un dossier de schémas *.json.</translation>
    </message>
    <message>
        <source>text (default), json or junit.</source>
        <translation>text (par défaut), json ou junit.</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>Écrire le rapport dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Also check what these providers would reject or drop: a comma-separated list of segment, rudderstack, mixpanel, amplitude, posthog, ga4, or all.</source>
        <translation>Vérifier aussi ce que ces fournisseurs refuseraient ou ignoreraient&#xa0;: une liste séparée par des virgules parmi segment, rudderstack, mixpanel, amplitude, posthog, ga4, ou all.</translation>
    </message>
    <message>
        <source>Failing events listed per event name (default 100; counts stay exact).</source>
        <translation>Événements en échec listés par nom d’événement (100 par défaut&#xa0;; les totaux restent exacts).</translation>
    </message>
    <message>
        <source>Warnings fail too (exit 1).</source>
        <translation>Les avertissements font aussi échouer (code de sortie 1).</translation>
    </message>
    <message>
        <source>--plan is required</source>
        <translation>--plan est obligatoire</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not text, json or junit</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» n’est ni text, ni json, ni junit</translation>
    </message>
    <message>
        <source>--max-failures: &apos;%1&apos; is not a number of 0 or more</source>
        <translation>--max-failures&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>%1 events checked: %2 with errors, %3 with warnings only</source>
        <translation>%1 événements vérifiés&#xa0;: %2 avec erreurs, %3 avec avertissements seulement</translation>
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
    <message>
        <source>Page to capture with --screenshot: %1.</source>
        <translation>Page à capturer avec --screenshot&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--screenshot-page: expected one of %1</source>
        <translation>--screenshot-page&#xa0;: une valeur parmi %1 attendue</translation>
    </message>
</context>
</TS>
