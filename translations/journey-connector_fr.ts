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
    <name>Journey::AnalyticsEndpointMatcher</name>
    <message>
        <source>&quot;%1&quot; is not HOST=PROVIDER (e.g. dataplane.example.com=rudderstack)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme HOST=PROVIDER (p. ex. dataplane.example.com=rudderstack)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (a host, &quot;*.domain&quot; for its subdomains, or host:port)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte (un hôte, «&#xa0;*.domain&#xa0;» pour ses sous-domaines, ou host:port)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of segment, rudderstack, mixpanel, amplitude, posthog, ga4, heap, collector</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de segment, rudderstack, mixpanel, amplitude, posthog, ga4, heap, collector</translation>
    </message>
</context>
<context>
    <name>Journey::CaptureDiffEngine</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Funnel step %1 (%2): neither capture has this event.</source>
        <translation>Étape %1 de l’entonnoir (%2)&#xa0;: aucune des deux captures ne contient cet événement.</translation>
    </message>
    <message>
        <source>Funnel step %1 (%2): no conversion to compare, nobody reached step %3 in either capture.</source>
        <translation>Étape %1 de l’entonnoir (%2)&#xa0;: aucune conversion à comparer, personne n’a atteint l’étape %3 dans l’une ou l’autre capture.</translation>
    </message>
    <message>
        <source>Funnel step %1 (%2): no conversion to compare, nobody reached step %3 in the baseline.</source>
        <translation>Étape %1 de l’entonnoir (%2)&#xa0;: aucune conversion à comparer, personne n’a atteint l’étape %3 dans la capture de référence.</translation>
    </message>
    <message>
        <source>Funnel step %1 (%2): no conversion to compare, nobody reached step %3 in the candidate.</source>
        <translation>Étape %1 de l’entonnoir (%2)&#xa0;: aucune conversion à comparer, personne n’a atteint l’étape %3 dans la capture candidate.</translation>
    </message>
</context>
<context>
    <name>Journey::CaptureDiffFinding</name>
    <message>
        <source>Event added</source>
        <translation>Événement ajouté</translation>
    </message>
    <message>
        <source>Event removed</source>
        <translation>Événement supprimé</translation>
    </message>
    <message>
        <source>Property added</source>
        <translation>Propriété ajoutée</translation>
    </message>
    <message>
        <source>Property removed</source>
        <translation>Propriété supprimée</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Type modifié</translation>
    </message>
    <message>
        <source>Required property missing</source>
        <translation>Propriété obligatoire manquante</translation>
    </message>
    <message>
        <source>Coverage drop</source>
        <translation>Baisse de couverture</translation>
    </message>
    <message>
        <source>Coverage rise</source>
        <translation>Hausse de couverture</translation>
    </message>
    <message>
        <source>Volume change</source>
        <translation>Variation de volume</translation>
    </message>
    <message>
        <source>Conversion drop</source>
        <translation>Baisse de conversion</translation>
    </message>
    <message>
        <source>Conversion rise</source>
        <translation>Hausse de conversion</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>new in the candidate: %1</source>
        <translation>nouveau dans la capture candidate&#xa0;: %1</translation>
    </message>
    <message>
        <source>gone from the candidate (the baseline has %1)</source>
        <translation>absent de la capture candidate (la référence en a %1)</translation>
    </message>
    <message>
        <source>%1 is new (on %2 of the events)</source>
        <translation>%1 est nouvelle (sur %2 des événements)</translation>
    </message>
    <message>
        <source>%1 is gone (was on %2 of the events)</source>
        <translation>%1 a disparu (était sur %2 des événements)</translation>
    </message>
    <message>
        <source>%1 changed type: %2 → %3</source>
        <translation>%1 a changé de type&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1 was on every event, now on %2 of them</source>
        <translation>%1 était sur chaque événement, maintenant sur %2 d’entre eux</translation>
    </message>
    <message>
        <source>%1 is on fewer events: %2 → %3 (%4 points)</source>
        <translation>%1 est sur moins d’événements&#xa0;: %2 → %3 (%4 points)</translation>
    </message>
    <message>
        <source>%1 is on more events: %2 → %3 (%4 points)</source>
        <translation>%1 est sur plus d’événements&#xa0;: %2 → %3 (%4 points)</translation>
    </message>
    <message>
        <source>%1 → %2 events (%3% of its share of all events)</source>
        <translation>%1 → %2 événements (%3&#xa0;% de variation de sa part de l’ensemble des événements)</translation>
    </message>
    <message>
        <source>%1 → %2 events (%3%)</source>
        <translation>%1 → %2 événements (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>step %1 converts less: %2 → %3 of the previous step (%4 points)</source>
        <translation>l’étape %1 convertit moins&#xa0;: %2 → %3 de l’étape précédente (%4 points)</translation>
    </message>
    <message>
        <source>step %1 converts more: %2 → %3 of the previous step (%4 points)</source>
        <translation>l’étape %1 convertit plus&#xa0;: %2 → %3 de l’étape précédente (%4 points)</translation>
    </message>
    <message numerus="yes">
        <source>(and %n nested path(s))</source>
        <translation>
            <numerusform>(et %n chemin imbriqué)</numerusform>
            <numerusform>(et %n chemins imbriqués)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journey::CaptureDiffModel</name>
    <message>
        <source>Event / finding</source>
        <translation>Événement / constat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Baseline (A)</source>
        <translation>Référence (A)</translation>
    </message>
    <message>
        <source>Candidate (B)</source>
        <translation>Candidate (B)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 event(s) in the baseline, %3 in the candidate; %n property path(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 événement(s) dans la référence, %3 dans la candidate&#xa0;; %n chemin de propriété</numerusform>
            <numerusform>%1&#xa0;: %2 événement(s) dans la référence, %3 dans la candidate&#xa0;; %n chemins de propriété</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · added</source>
        <translation>%1 · ajouté</translation>
    </message>
    <message>
        <source>%1 · removed</source>
        <translation>%1 · supprimé</translation>
    </message>
    <message>
        <source>Funnel step %1: users who reached it, and the share of the previous step&apos;s users</source>
        <translation>Étape %1 de l’entonnoir&#xa0;: utilisateurs qui l’ont atteinte, et part des utilisateurs de l’étape précédente</translation>
    </message>
    <message>
        <source>Funnel step %1: %2</source>
        <translation>Étape %1 de l’entonnoir&#xa0;: %2</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>entonnoir</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>%1 (+%2 nested)</source>
        <translation>%1 (+%2 imbriqués)</translation>
    </message>
    <message>
        <source>sent by the candidate only</source>
        <translation>envoyé uniquement par la candidate</translation>
    </message>
    <message>
        <source>sent by the baseline only</source>
        <translation>envoyé uniquement par la référence</translation>
    </message>
    <message>
        <source>number of events</source>
        <translation>nombre d’événements</translation>
    </message>
    <message>
        <source>conversion from step %1</source>
        <translation>conversion depuis l’étape %1</translation>
    </message>
</context>
<context>
    <name>Journey::CaptureDiffOptions</name>
    <message>
        <source>%1: expected an array of strings</source>
        <translation>%1&#xa0;: tableau de chaînes attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 step(s), and a funnel has %3 to %4, separated by &apos;&gt;&apos; (&quot;A&gt;B&gt;C&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» a %2 étape(s), or un entonnoir en a de %3 à %4, séparées par «&#xa0;&gt;&#xa0;» («&#xa0;A&gt;B&gt;C&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 must be a number of 0 or more</source>
        <translation>%1 doit être un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>minimumEvents must be 0 or more</source>
        <translation>minimumEvents doit être supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>%1: unknown member &quot;%2&quot; (known: %3)</source>
        <translation>%1&#xa0;: membre inconnu «&#xa0;%2&#xa0;» (connus&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: %2: expected a number of 0 or more</source>
        <translation>%1&#xa0;: %2&#xa0;: nombre supérieur ou égal à 0 attendu</translation>
    </message>
    <message>
        <source>%1: normalizeVolume: expected true or false</source>
        <translation>%1&#xa0;: normalizeVolume&#xa0;: true ou false attendu</translation>
    </message>
    <message>
        <source>%1: minimumEvents: expected a whole number of 0 or more</source>
        <translation>%1&#xa0;: minimumEvents&#xa0;: nombre entier supérieur ou égal à 0 attendu</translation>
    </message>
    <message>
        <source>%1: failOn: &quot;%2&quot; is not a kind of finding (%3)</source>
        <translation>%1&#xa0;: failOn&#xa0;: «&#xa0;%2&#xa0;» n’est pas une nature de constat (%3)</translation>
    </message>
    <message>
        <source>%1: funnel: expected {&quot;steps&quot;: &quot;A&gt;B&gt;C&quot;, &quot;window&quot;: &quot;7d&quot;}</source>
        <translation>%1&#xa0;: funnel&#xa0;: {&quot;steps&quot;: &quot;A&gt;B&gt;C&quot;, &quot;window&quot;: &quot;7d&quot;} attendu</translation>
    </message>
    <message>
        <source>%1: funnel: window: expected a duration such as &quot;7d&quot; or &quot;12h&quot;</source>
        <translation>%1&#xa0;: funnel&#xa0;: window&#xa0;: durée attendue, par exemple «&#xa0;7d&#xa0;» ou «&#xa0;12h&#xa0;»</translation>
    </message>
    <message>
        <source>%1: funnel: order: expected ordered, strict or any</source>
        <translation>%1&#xa0;: funnel&#xa0;: order&#xa0;: ordered, strict ou any attendu</translation>
    </message>
    <message>
        <source>%1: cannot read the thresholds file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier de seuils&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: JSON non valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1:1: expected a JSON object of thresholds</source>
        <translation>%1:1: objet JSON de seuils attendu</translation>
    </message>
</context>
<context>
    <name>Journey::CaptureDiffReportWriter</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 → %2 users</source>
        <translation>%1 → %2 utilisateurs</translation>
    </message>
    <message>
        <source>conversion from the previous step %1 → %2 (%3 points)</source>
        <translation>conversion depuis l’étape précédente %1 → %2 (%3 points)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) beyond the thresholds</source>
        <translation>
            <numerusform>%n variation au-delà des seuils</numerusform>
            <numerusform>%n variations au-delà des seuils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new, %n event(s)</source>
        <translation>
            <numerusform>nouveau, %n événement</numerusform>
            <numerusform>nouveau, %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gone, had %n event(s)</source>
        <translation>
            <numerusform>disparu, avait %n événement</numerusform>
            <numerusform>disparu, avait %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 events</source>
        <translation>%1 → %2 événements</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Dérive&#xa0;: %1</translation>
    </message>
    <message>
        <source>No drift beyond the thresholds: %1</source>
        <translation>Aucune dérive au-delà des seuils&#xa0;: %1</translation>
    </message>
    <message>
        <source>Capture diff: %1 → %2</source>
        <translation>Comparaison de captures&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Thresholds: volume ±%1% (%2), coverage ±%3 points, conversion ±%4 points</source>
        <translation>Seuils&#xa0;: volume ±%1&#xa0;% (%2), couverture ±%3 points, conversion ±%4 points</translation>
    </message>
    <message>
        <source>share of all events</source>
        <translation>part de l’ensemble des événements</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>Neither capture has events.</source>
        <translation>Aucune des deux captures ne contient d’événements.</translation>
    </message>
    <message>
        <source>Funnel %1 (%2, %3 window):</source>
        <translation>Entonnoir %1 (%2, fenêtre de %3)&#xa0;:</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>capture diff: %1 → %2</source>
        <translation>comparaison de captures&#xa0;: %1 → %2</translation>
    </message>
</context>
<context>
    <name>Journey::CaptureEventModel</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incomplet)</translation>
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
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
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
        <translation>JSON non valide à la colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>journeyCapture: the header must be the first line, and only once</source>
        <translation>journeyCapture&#xa0;: l’en-tête doit être la première ligne, et une seule fois</translation>
    </message>
    <message>
        <source>journeyCapture: expected the format version, a whole number (%1)</source>
        <translation>journeyCapture&#xa0;: version du format attendue, un nombre entier (%1)</translation>
    </message>
    <message>
        <source>journeyCapture: format version %1 is newer than this program reads (%2)</source>
        <translation>journeyCapture&#xa0;: la version de format %1 est plus récente que celle que ce programme sait lire (%2)</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>createdAt: not an ISO-8601 date-time: %1</source>
        <translation>createdAt&#xa0;: pas une date-heure ISO-8601&#xa0;: %1</translation>
    </message>
    <message>
        <source>request: expected an object</source>
        <translation>request&#xa0;: objet attendu</translation>
    </message>
    <message>
        <source>request.%1: missing</source>
        <translation>request.%1&#xa0;: manquant</translation>
    </message>
    <message>
        <source>request.%1: expected a string</source>
        <translation>request.%1&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>request.receivedAt: not an ISO-8601 date-time: %1</source>
        <translation>request.receivedAt&#xa0;: pas une date-heure ISO-8601&#xa0;: %1</translation>
    </message>
    <message>
        <source>request.source: unknown provider format %1</source>
        <translation>request.source&#xa0;: format de fournisseur inconnu %1</translation>
    </message>
    <message>
        <source>request.path: expected a path starting with /, got %1</source>
        <translation>request.path&#xa0;: chemin commençant par / attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>request.headers: expected an array of [name, value] pairs</source>
        <translation>request.headers&#xa0;: tableau de paires [name, value] attendu</translation>
    </message>
    <message>
        <source>request.headers[%1]: expected a [name, value] pair of strings</source>
        <translation>request.headers[%1]&#xa0;: paire de chaînes [name, value] attendue</translation>
    </message>
    <message>
        <source>request.%1: expected a whole number of 0 or more</source>
        <translation>request.%1&#xa0;: nombre entier supérieur ou égal à 0 attendu</translation>
    </message>
    <message>
        <source>request.body: expected a string</source>
        <translation>request.body&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>request.bodyBase64: expected base64 text</source>
        <translation>request.bodyBase64&#xa0;: texte base64 attendu</translation>
    </message>
    <message>
        <source>request.events: %1 events follow, but the request carried %2 (eventCount)</source>
        <translation>request.events&#xa0;: %1 événements suivent, mais la requête en contenait %2 (eventCount)</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the request on line %1 says %2 events follow it, but only %3 do</source>
        <translation>la requête de la ligne %1 annonce %2 événements à sa suite, mais seuls %3 suivent</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1&#xa0;: ouverture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: gzip-compressed, but it does not decompress: %2</source>
        <translation>%1&#xa0;: compressé en gzip, mais la décompression échoue&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write the capture: %1</source>
        <translation>impossible d’écrire la capture&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
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
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 requête</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 requêtes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Import HAR…</source>
        <translation>Importer un HAR…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Replay…</source>
        <translation>Rejouer…</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Record everything the collector receives from now on into a new capture file</source>
        <translation>Enregistrer tout ce que le collecteur reçoit à partir de maintenant dans un nouveau fichier de capture</translation>
    </message>
    <message>
        <source>Open a capture file or canonical NDJSON (what journeyctl export writes)</source>
        <translation>Ouvrir un fichier de capture ou du NDJSON canonique (ce qu’écrit journeyctl export)</translation>
    </message>
    <message>
        <source>Import the analytics requests of a browser HAR file as a capture</source>
        <translation>Importer comme capture les requêtes d’analytique d’un fichier HAR de navigateur</translation>
    </message>
    <message>
        <source>Save the open capture elsewhere (a name ending in .gz is compressed)</source>
        <translation>Enregistrer la capture ouverte ailleurs (un nom se terminant par .gz est compressé)</translation>
    </message>
    <message>
        <source>Send the open capture again: to a provider, the collector or a URL</source>
        <translation>Renvoyer la capture ouverte&#xa0;: à un fournisseur, au collecteur ou à une URL</translation>
    </message>
    <message>
        <source>Compare the open capture (as the baseline) with another capture file</source>
        <translation>Comparer la capture ouverte (comme référence) avec un autre fichier de capture</translation>
    </message>
    <message>
        <source>Delete the selected capture file</source>
        <translation>Supprimer le fichier de capture sélectionné</translation>
    </message>
    <message>
        <source>%1 could not be created</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Capture files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fichiers de capture&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record traffic, open a capture file or import a HAR file. Capture files live in %1.</source>
        <translation>Enregistrez le trafic, ouvrez un fichier de capture ou importez un fichier HAR. Les fichiers de capture se trouvent dans %1.</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Arrêter l’enregistrement</translation>
    </message>
    <message>
        <source>Recording: nothing received yet</source>
        <translation>Enregistrement&#xa0;: rien reçu pour l’instant</translation>
    </message>
    <message>
        <source>Recording: %1 received</source>
        <translation>Enregistrement en cours, reçu(s)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recording stopped: nothing was received, no capture saved</source>
        <translation>Enregistrement arrêté&#xa0;: rien n’a été reçu, aucune capture sauvegardée</translation>
    </message>
    <message>
        <source>Recording of %1</source>
        <translation>Enregistrement du %1</translation>
    </message>
    <message>
        <source>Saving the recording</source>
        <translation>Sauvegarde de l’enregistrement</translation>
    </message>
    <message>
        <source>Saving the capture</source>
        <translation>Sauvegarde de la capture</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>Enregistré dans %2&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation>%1 ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>%1 has no analytics request that could be imported (%2 looked at).</source>
        <translation>%1 ne contient aucune requête d’analytique importable (examinée(s)&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3 not recognised</source>
        <translation>Importé depuis %2&#xa0;: %1&#xa0;; non reconnue(s)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <source> (%1 incomplete: sent in Segment&apos;s format on replay)</source>
        <translation> (%1 incomplets&#xa0;: envoyés au format Segment lors du rejeu)</translation>
    </message>
    <message>
        <source> · from %1</source>
        <translation> · source %1</translation>
    </message>
    <message>
        <source> · made %1</source>
        <translation> · créée le %1</translation>
    </message>
    <message>
        <source> · events from %1 to %2</source>
        <translation> · événements du %1 au %2</translation>
    </message>
    <message>
        <source>Open a capture</source>
        <translation>Ouvrir une capture</translation>
    </message>
    <message>
        <source>Captures and canonical NDJSON (*.jsonl *.jsonl.gz *.ndjson *.ndjson.gz *.json);;All files (*)</source>
        <translation>Captures et NDJSON canonique (*.jsonl *.jsonl.gz *.ndjson *.ndjson.gz *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a HAR file</source>
        <translation>Importer un fichier HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>Fichiers HAR (*.har *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a copy of the capture</source>
        <translation>Enregistrer une copie de la capture</translation>
    </message>
    <message>
        <source>Capture files (*.jsonl);;Compressed capture files (*.jsonl.gz)</source>
        <translation>Fichiers de capture (*.jsonl);;Fichiers de capture compressés (*.jsonl.gz)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <source>Compare with (the candidate)</source>
        <translation>Comparer avec (la candidate)</translation>
    </message>
    <message>
        <source>Delete capture</source>
        <translation>Supprimer la capture</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>Deleting failed</source>
        <translation>Échec de la suppression</translation>
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
    <name>Journey::CompareJob</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Journey::CompareView</name>
    <message>
        <source>The candidate sends an event the baseline does not.</source>
        <translation>La capture candidate envoie un événement que la référence n’envoie pas.</translation>
    </message>
    <message>
        <source>The baseline sends this event and the candidate does not: reports, funnels and destinations built on it stop receiving data.</source>
        <translation>La référence envoie cet événement et la capture candidate ne l’envoie pas&#xa0;: les rapports, entonnoirs et destinations qui en dépendent ne reçoivent plus de données.</translation>
    </message>
    <message>
        <source>The candidate&apos;s events carry a property path the baseline&apos;s never did.</source>
        <translation>Les événements de la candidate portent un chemin de propriété que ceux de la référence n’ont jamais porté.</translation>
    </message>
    <message>
        <source>The baseline&apos;s events carried this property path and none of the candidate&apos;s do.</source>
        <translation>Les événements de la référence portaient ce chemin de propriété et aucun de ceux de la candidate ne le porte.</translation>
    </message>
    <message>
        <source>The set of JSON types seen for the property differs: destinations with a typed schema may reject or mistype the values.</source>
        <translation>L’ensemble des types JSON observés pour la propriété diffère&#xa0;: les destinations à schéma typé peuvent rejeter les valeurs ou mal les typer.</translation>
    </message>
    <message>
        <source>Every one of the baseline&apos;s events had this property; some of the candidate&apos;s do not. Any drop counts, whatever the coverage threshold.</source>
        <translation>Chacun des événements de la référence avait cette propriété&#xa0;; certains de ceux de la candidate ne l’ont pas. Toute baisse compte, quel que soit le seuil de couverture.</translation>
    </message>
    <message>
        <source>The share of the event&apos;s events that carry the property changed by more than the coverage threshold of ±%1 points.</source>
        <translation>La part des événements de ce type qui portent la propriété a varié de plus que le seuil de couverture de ±%1 points.</translation>
    </message>
    <message>
        <source>The event&apos;s share of all events changed by more than the volume threshold of ±%1% (relative change).</source>
        <translation>La part de l’événement dans l’ensemble des événements a varié de plus que le seuil de volume de ±%1&#xa0;% (variation relative).</translation>
    </message>
    <message>
        <source>The event&apos;s count changed by more than the volume threshold of ±%1% (relative change).</source>
        <translation>Le nombre d’occurrences de l’événement a varié de plus que le seuil de volume de ±%1&#xa0;% (variation relative).</translation>
    </message>
    <message>
        <source>The share of the previous step&apos;s users who reach this step changed by more than the conversion threshold of ±%1 points.</source>
        <translation>La part des utilisateurs de l’étape précédente qui atteignent cette étape a varié de plus que le seuil de conversion de ±%1 points.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Normalise by all events</source>
        <translation>Normaliser par l’ensemble des événements</translation>
    </message>
    <message>
        <source>Show unchanged events</source>
        <translation>Afficher les événements inchangés</translation>
    </message>
    <message>
        <source>A capture file or canonical NDJSON (.ndjson, .gz)</source>
        <translation>Un fichier de capture ou du NDJSON canonique (.ndjson, .gz)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Baseline (A):</source>
        <translation>&amp;Référence (A)&#xa0;:</translation>
    </message>
    <message>
        <source>Baseline capture</source>
        <translation>Capture de référence</translation>
    </message>
    <message>
        <source>Ca&amp;ndidate (B):</source>
        <translation>Ca&amp;ndidate (B)&#xa0;:</translation>
    </message>
    <message>
        <source>Candidate capture</source>
        <translation>Capture candidate</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Make the candidate the baseline and the baseline the candidate</source>
        <translation>Faire de la candidate la référence et de la référence la candidate</translation>
    </message>
    <message>
        <source>Compare what the candidate sends with the baseline</source>
        <translation>Comparer ce qu’envoie la candidate avec la référence</translation>
    </message>
    <message>
        <source>&amp;Volume ±</source>
        <translation>&amp;Volume ±</translation>
    </message>
    <message>
        <source>An event&apos;s count may change by this many percent before it counts as drift</source>
        <translation>Le nombre d’occurrences d’un événement peut varier de ce pourcentage avant d’être considéré comme une dérive</translation>
    </message>
    <message>
        <source>C&amp;overage ±</source>
        <translation>C&amp;ouverture ±</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>A property&apos;s share of its event&apos;s events may change by this many percentage points</source>
        <translation>La part des événements de son type qui portent une propriété peut varier de ce nombre de points de pourcentage</translation>
    </message>
    <message>
        <source>Con&amp;version ±</source>
        <translation>Con&amp;version ±</translation>
    </message>
    <message>
        <source>A funnel step&apos;s conversion from the previous step may change by this many percentage points</source>
        <translation>La conversion d’une étape d’entonnoir depuis l’étape précédente peut varier de ce nombre de points de pourcentage</translation>
    </message>
    <message>
        <source>Compare each event&apos;s share of all events instead of its count (captures of different lengths)</source>
        <translation>Comparer la part de chaque événement dans l’ensemble des événements plutôt que son nombre (captures de durées différentes)</translation>
    </message>
    <message>
        <source>&amp;Funnel:</source>
        <translation>&amp;Entonnoir&#xa0;:</translation>
    </message>
    <message>
        <source>optional: Product Viewed&gt;Product Added&gt;Order Completed</source>
        <translation>facultatif&#xa0;: Product Viewed&gt;Product Added&gt;Order Completed</translation>
    </message>
    <message>
        <source>Steps separated by &apos;&gt;&apos;, conditions in brackets: Order Completed[plan=pro]</source>
        <translation>Étapes séparées par «&#xa0;&gt;&#xa0;», conditions entre crochets&#xa0;: Order Completed[plan=pro]</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>The funnel&apos;s conversion window: 90s, 30m, 12h, 7d, 2w</source>
        <translation>Fenêtre de conversion de l’entonnoir&#xa0;: 90s, 30m, 12h, 7d, 2w</translation>
    </message>
    <message>
        <source>&amp;Export report</source>
        <translation>E&amp;xporter le rapport</translation>
    </message>
    <message>
        <source>Text report…</source>
        <translation>Rapport texte…</translation>
    </message>
    <message>
        <source>JSON report…</source>
        <translation>Rapport JSON…</translation>
    </message>
    <message>
        <source>JUnit XML for CI…</source>
        <translation>JUnit XML pour la CI…</translation>
    </message>
    <message>
        <source>Choose a baseline capture (A) and a candidate (B), then &lt;b&gt;Compare&lt;/b&gt;: events and properties added or removed, type changes, coverage and volume changes, and a funnel&apos;s conversion.</source>
        <translation>Choisissez une capture de référence (A) et une capture candidate (B), puis cliquez sur &lt;b&gt;Comparer&lt;/b&gt;&#xa0;: événements et propriétés ajoutés ou supprimés, changements de type, variations de couverture et de volume, et conversion d’un entonnoir.</translation>
    </message>
    <message>
        <source>Select an event or a finding to see it in detail.</source>
        <translation>Sélectionnez un événement ou un constat pour l’afficher en détail.</translation>
    </message>
    <message>
        <source>Captures and NDJSON (*.ndjson *.jsonl *.json *.gz);;All files (*)</source>
        <translation>Captures et NDJSON (*.ndjson *.jsonl *.json *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose both captures: the baseline (A) and the candidate (B).</source>
        <translation>Choisissez les deux captures&#xa0;: la référence (A) et la candidate (B).</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Entonnoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>Fenêtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Comparaison de %1 avec %2…</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>La comparaison a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Drift&lt;/b&gt;: %n error(s)</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#c62828&quot;&gt;Dérive&lt;/b&gt;&#xa0;: %n erreur</numerusform>
            <numerusform>&lt;b style=&quot;color:#c62828&quot;&gt;Dérive&lt;/b&gt;&#xa0;: %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;No drift&lt;/b&gt; beyond the thresholds</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;Aucune dérive&lt;/b&gt; au-delà des seuils</translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 events) → %3 (%4 events)</source>
        <translation>%1 (%2 événements) → %3 (%4 événements)</translation>
    </message>
    <message>
        <source>fails the diff</source>
        <translation>fait échouer la comparaison</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Funnel step</source>
        <translation>Étape de l’entonnoir</translation>
    </message>
    <message>
        <source>Baseline (A)</source>
        <translation>Référence (A)</translation>
    </message>
    <message>
        <source>Candidate (B)</source>
        <translation>Candidate (B)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Nested paths</source>
        <translation>Chemins imbriqués</translation>
    </message>
    <message>
        <source>Kind %1 fails the diff: journeyctl diff exits 1.</source>
        <translation>La nature %1 fait échouer la comparaison&#xa0;: journeyctl diff se termine avec le code 1.</translation>
    </message>
    <message>
        <source>Kind %1 is reported without failing the diff.</source>
        <translation>La nature %1 est signalée sans faire échouer la comparaison.</translation>
    </message>
    <message>
        <source>%1 call</source>
        <translation>appel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Change of its share</source>
        <translation>Variation de sa part</translation>
    </message>
    <message>
        <source>Property paths</source>
        <translation>Chemins de propriété</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Funnel step %1: %2</source>
        <translation>Étape %1 de l’entonnoir&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2 window</source>
        <translation>%1, fenêtre de %2</translation>
    </message>
    <message>
        <source>Users in A</source>
        <translation>Utilisateurs dans A</translation>
    </message>
    <message>
        <source>Users in B</source>
        <translation>Utilisateurs dans B</translation>
    </message>
    <message>
        <source>From the previous step</source>
        <translation>Depuis l’étape précédente</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>From the first step</source>
        <translation>Depuis la première étape</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Fichiers %1 (*.%2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>nothing to export: compare two captures first</source>
        <translation>rien à exporter&#xa0;: comparez d’abord deux captures</translation>
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
    <name>Journey::ConnectorReplaySink</name>
    <message>
        <source>the connector did not take the event</source>
        <translation>le connecteur n’a pas pris l’événement</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) failed: %1</source>
        <translation>
            <numerusform>%n événement en échec&#xa0;: %1</numerusform>
            <numerusform>%n événements en échec&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not delivered yet; the events stay queued in the outbox and the connector keeps retrying</source>
        <translation>pas encore livrés&#xa0;; les événements restent en file d’attente dans la boîte d’envoi et le connecteur continue de réessayer</translation>
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
    <message>
        <source>event %1 of the capture</source>
        <translation>événement %1 de la capture</translation>
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
    <name>Journey::HarImportReport</name>
    <message>
        <source>Collector</source>
        <translation>Collecteur</translation>
    </message>
    <message>
        <source>HAR file: %1</source>
        <translation>Fichier HAR&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (written by %2)</source>
        <translation>%1 (écrit par %2)</translation>
    </message>
    <message>
        <source>Requests: %1 (to analytics hosts: %2, unrecognised: %3)</source>
        <translation>Requêtes&#xa0;: %1 (vers des hôtes d’analytique&#xa0;: %2, non reconnues&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Events imported: %1 (from requests: %2)</source>
        <translation>Événements importés&#xa0;: %1 (depuis %2 requêtes)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Sans événement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>  … and %1 more (--format json lists them all)</source>
        <translation>  … et %1 de plus (--format json les liste toutes)</translation>
    </message>
    <message>
        <source>Imported with problems (%1):</source>
        <translation>Importées avec des problèmes (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected by the decoder (%1):</source>
        <translation>Rejetées par le décodeur (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>To analytics hosts, no events (%1):</source>
        <translation>Vers des hôtes d’analytique, sans événement (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Unrecognised, not imported (%1):</source>
        <translation>Non reconnues, non importées (%1)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Journey::HarImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>Imported from %1, written by %2</source>
        <translation>Importé depuis %1, écrit par %2</translation>
    </message>
    <message>
        <source>a CORS preflight: it carries no events</source>
        <translation>une requête CORS preflight&#xa0;: elle ne contient aucun événement</translation>
    </message>
    <message>
        <source>no collector endpoint at %1</source>
        <translation>aucun point de terminaison du collecteur à %1</translation>
    </message>
    <message>
        <source>not an ingestion endpoint of %1 (it takes %2)</source>
        <translation>pas un point de terminaison d’ingestion de %1 (il prend %2)</translation>
    </message>
    <message>
        <source> (the HAR file holds this body as text with replacement characters: the tool that wrote it lost the bytes of a binary body; export with base64 bodies)</source>
        <translation> (le fichier HAR contient ce corps sous forme de texte avec des caractères de remplacement&#xa0;: l’outil qui l’a écrit a perdu les octets d’un corps binaire&#xa0;; exportez avec des corps en base64)</translation>
    </message>
    <message>
        <source>answered, but carries no events (feature flags, validation server)</source>
        <translation>a obtenu une réponse, mais ne contient aucun événement (feature flags, serveur de validation)</translation>
    </message>
    <message>
        <source>holds no events</source>
        <translation>ne contient aucun événement</translation>
    </message>
</context>
<context>
    <name>Journey::HarReader</name>
    <message>
        <source>the file is larger than 1 GB once decompressed</source>
        <translation>le fichier dépasse 1 Go une fois décompressé</translation>
    </message>
    <message>
        <source>the file is gzip-compressed but does not decompress: %1</source>
        <translation>le fichier est compressé en gzip, mais la décompression échoue&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a HAR file: not valid JSON (%1 at byte %2)</source>
        <translation>pas un fichier HAR&#xa0;: JSON non valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>not a HAR file: expected a JSON object with a &quot;log&quot; member, got %1</source>
        <translation>pas un fichier HAR&#xa0;: objet JSON avec un membre &quot;log&quot; attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>not a HAR file: no &quot;log&quot; object at the top level</source>
        <translation>pas un fichier HAR&#xa0;: aucun objet &quot;log&quot; au niveau supérieur</translation>
    </message>
    <message>
        <source>not a HAR file: log: expected an object, got %1</source>
        <translation>pas un fichier HAR&#xa0;: log&#xa0;: objet attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a HAR file: log.entries: required (the list of requests)</source>
        <translation>pas un fichier HAR&#xa0;: log.entries&#xa0;: obligatoire (la liste des requêtes)</translation>
    </message>
    <message>
        <source>log.entries: expected an array, got %1</source>
        <translation>log.entries&#xa0;: tableau attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1&#xa0;: objet attendu, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1.startedDateTime: required</source>
        <translation>%1.startedDateTime&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>%1.startedDateTime: expected a string, got %2</source>
        <translation>%1.startedDateTime&#xa0;: chaîne attendue, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1.startedDateTime: &quot;%2&quot; is not an ISO 8601 date and time</source>
        <translation>%1.startedDateTime&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>%1.request: required</source>
        <translation>%1.request&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>%1.request: expected an object, got %2</source>
        <translation>%1.request&#xa0;: objet attendu, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1.method: required</source>
        <translation>%1.method&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>%1.method: expected a string, got %2</source>
        <translation>%1.method&#xa0;: chaîne attendue, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1.url: required</source>
        <translation>%1.url&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>%1.url: expected a string, got %2</source>
        <translation>%1.url&#xa0;: chaîne attendue, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1.url: not an absolute URL (%2)</source>
        <translation>%1.url&#xa0;: pas une URL absolue (%2)</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>aucun schéma</translation>
    </message>
    <message>
        <source>%1.response: expected an object, got %2</source>
        <translation>%1.response&#xa0;: objet attendu, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1.response.status: expected an HTTP status (a number), got %2</source>
        <translation>%1.response.status&#xa0;: statut HTTP attendu (un nombre), reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: expected an array, got %2</source>
        <translation>%1&#xa0;: tableau attendu, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1.name: required</source>
        <translation>%1.name&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>%1.name: expected a string, got %2</source>
        <translation>%1.name&#xa0;: chaîne attendue, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1.value: expected a string, got %2</source>
        <translation>%1.value&#xa0;: chaîne attendue, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1.mimeType: expected a string, got %2</source>
        <translation>%1.mimeType&#xa0;: chaîne attendue, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1.encoding: expected a string, got %2</source>
        <translation>%1.encoding&#xa0;: chaîne attendue, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1.encoding: &quot;%2&quot; is not supported (only &quot;base64&quot;)</source>
        <translation>%1.encoding&#xa0;: «&#xa0;%2&#xa0;» n’est pas pris en charge (seulement «&#xa0;base64&#xa0;»)</translation>
    </message>
    <message>
        <source>%1.text: expected a string, got %2</source>
        <translation>%1.text&#xa0;: chaîne attendue, reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1.text: not valid base64 (the encoding says &quot;base64&quot;)</source>
        <translation>%1.text&#xa0;: base64 non valide (l’encodage indique «&#xa0;base64&#xa0;»)</translation>
    </message>
    <message>
        <source>%1.params: expected an array, got %2</source>
        <translation>%1.params&#xa0;: tableau attendu, reçu&#xa0;: %2</translation>
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
    <name>Journey::HttpReplaySink</name>
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
        <source>request failed</source>
        <translation>échec de la requête</translation>
    </message>
    <message>
        <source>cancelled while in flight (the server may have received it)</source>
        <translation>annulée en cours d’envoi (le serveur l’a peut-être reçue)</translation>
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
    <message>
        <source>Save matching events as a capture…</source>
        <translation>Enregistrer les événements correspondants comme capture…</translation>
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
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Each person&apos;s visits, and one visit&apos;s events on a time line (Ctrl+0)</source>
        <translation>Les visites de chaque personne, et les événements d’une visite sur une frise chronologique (Ctrl+0)</translation>
    </message>
    <message>
        <source>Record, open, import (HAR) and replay captures of traffic</source>
        <translation>Enregistrer, ouvrir, importer (HAR) et rejouer des captures de trafic</translation>
    </message>
    <message>
        <source>What two captures send, compared: events, properties, types, volume, funnel</source>
        <translation>Ce qu’envoient deux captures, comparé&#xa0;: événements, propriétés, types, volume, entonnoir</translation>
    </message>
    <message>
        <source>Save as a capture</source>
        <translation>Enregistrer comme capture</translation>
    </message>
    <message>
        <source>Name of the capture (the events the Live view&apos;s filter matches, with their requests):</source>
        <translation>Nom de la capture (les événements correspondant au filtre de la vue En direct, avec leurs requêtes)&#xa0;:</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Filtered events</source>
        <translation>Événements filtrés</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>Captur&amp;es</source>
        <translation>Captur&amp;es</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
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
    <name>Journey::PlainHttpClient</name>
    <message>
        <source>connection closed by the server before it answered</source>
        <translation>connexion fermée par le serveur avant sa réponse</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
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
        <source>cancelled</source>
        <translation>annulé</translation>
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
            <numerusform>(%n octet, compressé en gzip)</numerusform>
            <numerusform>(%n octets, compressés en gzip)</numerusform>
        </translation>
    </message>
    <message>
        <source>… (%1 more bytes)</source>
        <translation>… (%1 octets de plus)</translation>
    </message>
    <message>
        <source>New dedup ids (messageId, $insert_id, insert_id, uuid)</source>
        <translation>Nouveaux identifiants de dédoublonnage (messageId, $insert_id, insert_id, uuid)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel replay</source>
        <translation>Annuler le rejeu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Replay %1</source>
        <translation>Rejouer %1</translation>
    </message>
    <message>
        <source>Replay capture</source>
        <translation>Rejouer une capture</translation>
    </message>
    <message>
        <source>Local collector — %1</source>
        <translation>Collecteur local — %1</translation>
    </message>
    <message>
        <source>%1 (through the connector)</source>
        <translation>%1 (via le connecteur)</translation>
    </message>
    <message>
        <source>URL…</source>
        <translation>URL…</translation>
    </message>
    <message>
        <source>http://127.0.0.1:9000/proxy — captured paths are appended</source>
        <translation>http://127.0.0.1:9000/proxy — les chemins capturés y sont ajoutés</translation>
    </message>
    <message>
        <source>1× (original pacing)</source>
        <translation>1× (rythme d’origine)</translation>
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
        <translation>Aussi vite que possible</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Keep as captured</source>
        <translation>Conserver tels que capturés</translation>
    </message>
    <message>
        <source>Shift so that the capture ends now (gaps kept)</source>
        <translation>Décaler pour que la capture se termine maintenant (écarts conservés)</translation>
    </message>
    <message>
        <source>Providers drop events whose dedup id they have seen: keep the ids only to test that.</source>
        <translation>Les fournisseurs ignorent les événements dont ils ont déjà vu l’identifiant de dédoublonnage&#xa0;: ne conservez les identifiants que pour tester cela.</translation>
    </message>
    <message>
        <source>none — e.g. -replay2 makes u-1 into u-1-replay2 in every event</source>
        <translation>aucun — p. ex. -replay2 transforme u-1 en u-1-replay2 dans chaque événement</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible&#xa0;:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse&#xa0;:</translation>
    </message>
    <message>
        <source>Timestamps:</source>
        <translation>Horodatages&#xa0;:</translation>
    </message>
    <message>
        <source>User id suffix:</source>
        <translation>Suffixe d’ID utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>List every request the replay would send, without sending anything</source>
        <translation>Lister chaque requête que le rejeu enverrait, sans rien envoyer</translation>
    </message>
    <message>
        <source>Select a request to see what it sends (secrets masked).</source>
        <translation>Sélectionnez une requête pour voir ce qu’elle envoie (secrets masqués).</translation>
    </message>
    <message>
        <source>%v of %m requests</source>
        <translation>%v requêtes sur %m</translation>
    </message>
    <message>
        <source>Preview lists the requests without sending them.</source>
        <translation>L’aperçu liste les requêtes sans les envoyer.</translation>
    </message>
    <message>
        <source>The capture has no events.</source>
        <translation>La capture ne contient aucun événement.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) over %2, %3 captured request(s) replayable in their original format; events without one go in Segment&apos;s format.</source>
        <translation>
            <numerusform>%1&#xa0;: %n événement sur %2, %3 requête(s) capturée(s) rejouable(s) dans leur format d’origine&#xa0;; les événements sans requête partent au format Segment.</numerusform>
            <numerusform>%1&#xa0;: %n événements sur %2, %3 requête(s) capturée(s) rejouable(s) dans leur format d’origine&#xa0;; les événements sans requête partent au format Segment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Vitesse&#xa0;: %1</translation>
    </message>
    <message>
        <source>The collector is not running: start it first.</source>
        <translation>Le collecteur n’est pas démarré&#xa0;: démarrez-le d’abord.</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL to replay to.</source>
        <translation>Saisissez une URL http:// ou https:// vers laquelle rejouer.</translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 n’est pas configuré.</translation>
    </message>
    <message>
        <source>The connector is not running%1.</source>
        <translation>Le connecteur n’est pas actif%1.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <source>Planning the replay…</source>
        <translation>Planification du rejeu…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>événement %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) cannot be replayed to this target: %1</source>
        <translation>
            <numerusform>%n événement ne peut pas être rejoué vers cette cible&#xa0;: %1</numerusform>
            <numerusform>%n événements ne peuvent pas être rejoués vers cette cible&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n request(s) would be sent</source>
        <translation>
            <numerusform>Simulation&#xa0;: %n requête serait envoyée</numerusform>
            <numerusform>Simulation&#xa0;: %n requêtes seraient envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source> to %1, %2 events, over %3 at this speed. Nothing was sent.</source>
        <translation> à %1, %2 événements, sur %3 à cette vitesse. Rien n’a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Replaying %n request(s)…</source>
        <translation>
            <numerusform>Rejeu de %n requête…</numerusform>
            <numerusform>Rejeu de %n requêtes…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 requests answered, %3 of %4 events sent, %5 failed — %6 of %7</source>
        <translation>%1 requêtes sur %2 ont reçu une réponse, %3 événements sur %4 envoyés, %5 en échec — %6 sur %7</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message>
        <source>The replay could not start: %1</source>
        <translation>Le rejeu n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed</source>
        <translation>%1 livrées, %2 en échec</translation>
    </message>
    <message numerus="yes">
        <source>, %n not sent</source>
        <translation>
            <numerusform>, %n non envoyée</numerusform>
            <numerusform>, %n non envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source> — in %1</source>
        <translation> — en %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed; select one to see why.</source>
        <translation>
            <numerusform>%n requête en échec&#xa0;; sélectionnez-la pour voir pourquoi.</numerusform>
            <numerusform>%n requêtes en échec&#xa0;; sélectionnez-en une pour voir pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outcome: delivered (HTTP %1) in %2</source>
        <translation>Résultat&#xa0;: livré (HTTP %1) en %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) through the connector to %1; the provider would get:</source>
        <translation>
            <numerusform>%n événement via le connecteur vers %1&#xa0;; le fournisseur recevrait&#xa0;:</numerusform>
            <numerusform>%n événements via le connecteur vers %1&#xa0;; le fournisseur recevrait&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journey::ReplayOptions</name>
    <message>
        <source>expected a positive factor (1, 2, 0.5, …) or max, got &apos;%1&apos;</source>
        <translation>facteur positif attendu (1, 2, 0.5, …) ou max, reçu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Journey::ReplayPlanner</name>
    <message>
        <source>the speed must be a positive factor or max</source>
        <translation>la vitesse doit être un facteur positif ou max</translation>
    </message>
    <message>
        <source>%1 is not configured</source>
        <translation>%1 n’est pas configuré</translation>
    </message>
    <message>
        <source>no URL to replay to</source>
        <translation>aucune URL vers laquelle rejouer</translation>
    </message>
    <message>
        <source>the capture has no events</source>
        <translation>la capture ne contient aucun événement</translation>
    </message>
    <message numerus="yes">
        <source>Segment batch of %n events</source>
        <translation>
            <numerusform>Lot Segment de %n événement</numerusform>
            <numerusform>Lot Segment de %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the canonical message is not well-formed JSON</source>
        <translation>le message canonique n’est pas un JSON bien formé</translation>
    </message>
    <message>
        <source>%1 bytes: larger than Segment&apos;s limit of 32 KB per event</source>
        <translation>%1 octets&#xa0;: au-delà de la limite de Segment de 32 Ko par événement</translation>
    </message>
    <message>
        <source>timestamps shifted by %1 s so that the last event is now</source>
        <translation>horodatages décalés de %1 s pour que le dernier événement soit maintenant</translation>
    </message>
</context>
<context>
    <name>Journey::ReplayRequestModel</name>
    <message>
        <source>dry run</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Journey::ReplayService</name>
    <message>
        <source>no capture to replay</source>
        <translation>aucune capture à rejouer</translation>
    </message>
    <message>
        <source>the connector is not running</source>
        <translation>le connecteur n’est pas actif</translation>
    </message>
</context>
<context>
    <name>Journey::ReplayTarget</name>
    <message>
        <source>expected a configured provider, collector or an http(s) URL</source>
        <translation>fournisseur configuré, collector ou URL http(s) attendu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos;; expected a provider (%2), collector or an http(s) URL</source>
        <translation>cible inconnue «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: un fournisseur (%2), collector ou une URL http(s)</translation>
    </message>
    <message>
        <source>%1 is not configured: add journey.providers.%1 with its credentials to the configuration</source>
        <translation>%1 n’est pas configuré&#xa0;: ajoutez journey.providers.%1 avec ses identifiants à la configuration</translation>
    </message>
    <message>
        <source>%1 is disabled in the configuration (journey.providers.%1.enabled)</source>
        <translation>%1 est désactivé dans la configuration (journey.providers.%1.enabled)</translation>
    </message>
    <message>
        <source>the collector (%1)</source>
        <translation>le collecteur (%1)</translation>
    </message>
</context>
<context>
    <name>Journey::Replayer</name>
    <message>
        <source>dry run</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>annulée avant son envoi</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
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
    <name>Journey::SessionListModel</name>
    <message>
        <source>1 invalid</source>
        <translation>1 non valide</translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation>%1 non valides</translation>
    </message>
    <message>
        <source>1 with warnings</source>
        <translation>1 avec avertissements</translation>
    </message>
    <message>
        <source>%1 with warnings</source>
        <translation>%1 avec avertissements</translation>
    </message>
    <message>
        <source>1 screen</source>
        <translation>1 écran</translation>
    </message>
    <message>
        <source>%1 screens</source>
        <translation>%1 écrans</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>%1 id</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>inactivity</source>
        <translation>inactivité</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Grouped by the provider&apos;s session id %1 (%2)</source>
        <translation>Regroupée selon l’ID de session du fournisseur %1 (%2)</translation>
    </message>
    <message>
        <source>No provider session id: split after more than %1 without an event</source>
        <translation>Pas d’ID de session du fournisseur&#xa0;: découpée après plus de %1 sans événement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Découpage</translation>
    </message>
</context>
<context>
    <name>Journey::SessionQueryService</name>
    <message>
        <source>reading the store</source>
        <translation>lecture de la base locale</translation>
    </message>
    <message>
        <source>making sessions</source>
        <translation>constitution des sessions</translation>
    </message>
    <message>
        <source>the session does not belong to this capture (it has no event %1)</source>
        <translation>la session n’appartient pas à cette capture (elle n’a pas d’événement %1)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
</context>
<context>
    <name>Journey::SessionReportWriter</name>
    <message>
        <source>START (UTC)</source>
        <translation>DÉBUT (UTC)</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSONNE</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>ÉVÉNEMENTS</translation>
    </message>
    <message>
        <source>PAGES</source>
        <translation>PAGES</translation>
    </message>
    <message>
        <source>SCREENS</source>
        <translation>ÉCRANS</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>NON VALIDES</translation>
    </message>
    <message>
        <source>VALIDATION</source>
        <translation>VALIDATION</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>SOURCES</translation>
    </message>
    <message>
        <source>SPLIT</source>
        <translation>DÉCOUPAGE</translation>
    </message>
    <message>
        <source>inactivity</source>
        <translation>inactivité</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 · %2 events · %3 with a provider session id · inactivity limit %4
</source>
        <translation>%1 · %2 événements · %3 avec un ID de session du fournisseur · limite d’inactivité %4
</translation>
    </message>
</context>
<context>
    <name>Journey::SessionTimeline</name>
    <message>
        <source>Select a session to see its events on a time line.</source>
        <translation>Sélectionnez une session pour voir ses événements sur une frise chronologique.</translation>
    </message>
    <message>
        <source>This session has no events to show.</source>
        <translation>Cette session n’a aucun événement à afficher.</translation>
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
        <translation>Non conforme au plan de marquage</translation>
    </message>
    <message>
        <source>Tracking plan warnings</source>
        <translation>Avertissements du plan de marquage</translation>
    </message>
    <message>
        <source>Follows the tracking plan</source>
        <translation>Conforme au plan de marquage</translation>
    </message>
    <message>
        <source>Click to inspect, double-click to show it in the Live view</source>
        <translation>Cliquez pour inspecter, double-cliquez pour l’afficher dans la vue En direct</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>No events for %1 (drawn shorter than it was)</source>
        <translation>Aucun événement pendant %1 (représenté plus court qu’en réalité)</translation>
    </message>
</context>
<context>
    <name>Journey::Sessionizer</name>
    <message>
        <source>the inactivity limit must be between 1 second and 366 days</source>
        <translation>la limite d’inactivité doit être comprise entre 1 seconde et 366 jours</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Journey::SessionsView</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Open capture…</source>
        <translation>Ouvrir une capture…</translation>
    </message>
    <message>
        <source>Show the store</source>
        <translation>Afficher la base locale</translation>
    </message>
    <message>
        <source>Replay…</source>
        <translation>Rejouer…</translation>
    </message>
    <message>
        <source>Person: userId or anonymousId</source>
        <translation>Personne&#xa0;: userId ou anonymousId</translation>
    </message>
    <message>
        <source>Show the sessions of people one of whose ids contains this text</source>
        <translation>Afficher les sessions des personnes dont l’un des identifiants contient ce texte</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Events without a provider session id start a new session after this long without an event (30 minutes, as Google Analytics and Amplitude do)</source>
        <translation>Les événements sans ID de session du fournisseur commencent une nouvelle session après cette durée sans événement (30 minutes, comme Google Analytics et Amplitude)</translation>
    </message>
    <message>
        <source>Read the events that arrived since (F5; Shift+click reads the whole store again)</source>
        <translation>Lire les événements arrivés depuis (F5&#xa0;; Maj+clic relit toute la base locale)</translation>
    </message>
    <message>
        <source>Show the sessions of a capture file or canonical NDJSON instead of the store</source>
        <translation>Afficher les sessions d’un fichier de capture ou de NDJSON canonique au lieu de la base locale</translation>
    </message>
    <message>
        <source>Show the sessions of the store again</source>
        <translation>Afficher à nouveau les sessions de la base locale</translation>
    </message>
    <message>
        <source>Replay this session&apos;s events (to a provider, the collector or a URL)</source>
        <translation>Rejouer les événements de cette session (vers un fournisseur, le collecteur ou une URL)</translation>
    </message>
    <message>
        <source>New session after</source>
        <translation>Nouvelle session après</translation>
    </message>
    <message>
        <source>of inactivity</source>
        <translation>d’inactivité</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Ouvrir une capture</translation>
    </message>
    <message>
        <source>Captures and canonical NDJSON (*.ndjson *.jsonl *.capture *.gz *.json);;All files (*)</source>
        <translation>Captures et NDJSON canonique (*.ndjson *.jsonl *.capture *.gz *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Select a session to see its events on a time line.</source>
        <translation>Sélectionnez une session pour voir ses événements sur une frise chronologique.</translation>
    </message>
    <message>
        <source>Capture: %1</source>
        <translation>Capture&#xa0;: %1</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Aucune session.</translation>
    </message>
    <message>
        <source>Loading %1 events…</source>
        <translation>Chargement de %1 événements…</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Session de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No session selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucune session sélectionnée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>grouped by %1 session id &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>regroupée selon l’ID de session %1 &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>split after %1 of inactivity</source>
        <translation>découpée après %1 d’inactivité</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 – %3 (%4) · %5 events · %6 pages, %7 screens · %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 – %3 (%4) · %5 événements · %6 pages, %7 écrans · %8</translation>
    </message>
    <message>
        <source>Sessions could not be made: %1</source>
        <translation>Impossible de constituer les sessions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Making sessions of %1…</source>
        <translation>Constitution des sessions de %1…</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Lecture de la base locale…</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Ouverture de la base locale…</translation>
    </message>
    <message>
        <source>This capture has no events of anybody.</source>
        <translation>Cette capture ne contient aucun événement de qui que ce soit.</translation>
    </message>
    <message>
        <source>No events yet — point an SDK at the collector, import events with journeyctl import, or generate demo data: journeyctl generate --import</source>
        <translation>Aucun événement pour l’instant — pointez un SDK vers le collecteur, importez des événements avec journeyctl import ou générez des données de démonstration&#xa0;: journeyctl generate --import</translation>
    </message>
    <message>
        <source>%1 sessions of %2 people · %3 events · %4 with a provider session id</source>
        <translation>%1 sessions de %2 personnes · %3 événements · %4 avec un ID de session du fournisseur</translation>
    </message>
    <message>
        <source>%1 shown · %2</source>
        <translation>%1 affichées · %2</translation>
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
    <name>Journey::StoreCaptureBuilder</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
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
    <name>Journey::WireRequestRewriter</name>
    <message>
        <source>body sent as captured (ids, times and users not rewritten): %1</source>
        <translation>corps envoyé tel que capturé (identifiants, horodatages et utilisateurs non réécrits)&#xa0;: %1</translation>
    </message>
    <message>
        <source>the %1 format is not one replay knows</source>
        <translation>le format %1 n’est pas un format que le rejeu connaît</translation>
    </message>
    <message>
        <source>a GET body that is not JSON</source>
        <translation>un corps GET qui n’est pas du JSON</translation>
    </message>
    <message>
        <source>not JSON once decompressed</source>
        <translation>pas du JSON une fois décompressé</translation>
    </message>
    <message>
        <source>compression=%1 is not one replay can write</source>
        <translation>compression=%1 n’est pas une compression que le rejeu sait écrire</translation>
    </message>
    <message>
        <source>the form&apos;s JSON could not be read</source>
        <translation>impossible de lire le JSON du formulaire</translation>
    </message>
    <message>
        <source>a form without a data field</source>
        <translation>un formulaire sans champ data</translation>
    </message>
    <message>
        <source>the JSON body could not be read</source>
        <translation>impossible de lire le corps JSON</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>le corps n’est pas du JSON</translation>
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
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number of 0 or more</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre entier supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>Saves the store&apos;s events that match the filters as a capture file (docs/CAPTURES.md): canonical
events, oldest first, each with the request the collector received it in (secrets masked). A name
ending in .gz is gzip-compressed. replay, diff, sessions and the app open capture files.</source>
        <translation>Enregistre les événements de la base locale qui correspondent aux filtres dans un fichier de capture (docs/CAPTURES.md)&#xa0;: événements
canoniques, du plus ancien au plus récent, chacun avec la requête dans laquelle le collecteur l’a reçu (secrets masqués). Un nom
se terminant par .gz est compressé en gzip. replay, diff, sessions et l’application ouvrent les fichiers de capture.</translation>
    </message>
    <message>
        <source>The capture file to write.</source>
        <translation>Le fichier de capture à écrire.</translation>
    </message>
    <message>
        <source>Name of the capture (default: the file name).</source>
        <translation>Nom de la capture (par défaut&#xa0;: le nom du fichier).</translation>
    </message>
    <message>
        <source>What the capture shows, for whoever opens it.</source>
        <translation>Ce que montre la capture, pour qui l’ouvrira.</translation>
    </message>
    <message>
        <source>Only events stored after event ID (what arrived since then).</source>
        <translation>Uniquement les événements enregistrés après l’événement ID (ce qui est arrivé depuis).</translation>
    </message>
    <message>
        <source>Only events up to event ID, included.</source>
        <translation>Uniquement les événements jusqu’à l’événement ID, inclus.</translation>
    </message>
    <message>
        <source>At most N events (the oldest that match).</source>
        <translation>Au plus N événements (les plus anciens qui correspondent).</translation>
    </message>
    <message>
        <source>--out: the capture file to write is required</source>
        <translation>--out&#xa0;: le fichier de capture à écrire est obligatoire</translation>
    </message>
    <message>
        <source>--limit: at most %1</source>
        <translation>--limit&#xa0;: %1 au maximum</translation>
    </message>
    <message>
        <source>--up-to-id: %1 is not above --after-id %2</source>
        <translation>--up-to-id&#xa0;: %1 n’est pas supérieur à --after-id %2</translation>
    </message>
    <message>
        <source>captured %1 events from %2 requests (%3 complete) to %4</source>
        <translation>%1 événements capturés depuis %2 requêtes (%3 complètes) dans %4</translation>
    </message>
    <message>
        <source>Compares what two captures send (capture files or canonical NDJSON, gzip or not): events and
properties added or removed, property type changes, required properties now missing, property
coverage and event volume changes beyond the thresholds, and with --funnel the conversion of each
step. Findings of some kinds fail the diff: removed events and properties, type changes,
required properties now missing, volume changes and conversion drops beyond the thresholds
(a thresholds file&apos;s &quot;failOn&quot; changes the list). Exit 0 when nothing fails, 1 on drift, 2 when
a flag is wrong or a file cannot be read. docs/CAPTURES.md describes the report.</source>
        <translation>Compare ce qu’envoient deux captures (fichiers de capture ou NDJSON canonique, compressés en gzip ou non)&#xa0;: événements et
propriétés ajoutés ou supprimés, changements de type des propriétés, propriétés obligatoires désormais manquantes, variations de
couverture des propriétés et de volume des événements au-delà des seuils et, avec --funnel, la conversion de chaque
étape. Les constats de certaines natures font échouer la comparaison&#xa0;: événements et propriétés supprimés, changements de type,
propriétés obligatoires désormais manquantes, variations de volume et baisses de conversion au-delà des seuils
(le «&#xa0;failOn&#xa0;» d’un fichier de seuils modifie la liste). Se termine avec le code 0 si rien n’échoue, 1 en cas de dérive, 2 si
une option est invalide ou si un fichier ne peut pas être lu. docs/CAPTURES.md décrit le rapport.</translation>
    </message>
    <message>
        <source>The capture to compare against (A).</source>
        <translation>La capture servant de référence (A).</translation>
    </message>
    <message>
        <source>The capture to check (B).</source>
        <translation>La capture à vérifier (B).</translation>
    </message>
    <message>
        <source>Also compare this funnel&apos;s step conversions: 2 to 20 steps, &quot;A&gt;B&gt;C&quot;.</source>
        <translation>Comparer aussi les conversions des étapes de cet entonnoir&#xa0;: de 2 à 20 étapes, &quot;A&gt;B&gt;C&quot;.</translation>
    </message>
    <message>
        <source>The funnel&apos;s conversion window: 90s, 30m, 12h, 7d (default), 2w.</source>
        <translation>La fenêtre de conversion de l’entonnoir&#xa0;: 90s, 30m, 12h, 7d (par défaut), 2w.</translation>
    </message>
    <message>
        <source>An event&apos;s count may change by this many percent before it drifts (default 20).</source>
        <translation>Le nombre d’occurrences d’un événement peut varier de ce pourcentage avant de constituer une dérive (20 par défaut).</translation>
    </message>
    <message>
        <source>A property&apos;s share of its event&apos;s events may change by this many percentage points (default 10).</source>
        <translation>La part des événements de son type qui portent une propriété peut varier de ce nombre de points de pourcentage (10 par défaut).</translation>
    </message>
    <message>
        <source>A funnel step&apos;s conversion from the previous step may change by this many points (default 5).</source>
        <translation>La conversion d’une étape d’entonnoir depuis l’étape précédente peut varier de ce nombre de points (5 par défaut).</translation>
    </message>
    <message>
        <source>Compare each event&apos;s share of all events instead of its count (captures of different lengths).</source>
        <translation>Comparer la part de chaque événement dans l’ensemble des événements plutôt que son nombre (captures de durées différentes).</translation>
    </message>
    <message>
        <source>A JSON file of thresholds, failing kinds, ignored events and properties, and a funnel; flags win.</source>
        <translation>Un fichier JSON de seuils, de natures qui font échouer, d’événements et de propriétés ignorés, et d’un entonnoir&#xa0;; les options l’emportent.</translation>
    </message>
    <message>
        <source>name two captures: the baseline and the candidate</source>
        <translation>indiquez deux captures&#xa0;: la référence et la candidate</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number of 0 or more</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>--window: there is no funnel; add --funnel &quot;A&gt;B&gt;C&quot;</source>
        <translation>--window&#xa0;: il n’y a pas d’entonnoir&#xa0;; ajoutez --funnel &quot;A&gt;B&gt;C&quot;</translation>
    </message>
    <message>
        <source>--window: &apos;%1&apos; is not between 1 second and 366 days</source>
        <translation>--window&#xa0;: «&#xa0;%1&#xa0;» n’est pas compris entre 1 seconde et 366 jours</translation>
    </message>
    <message>
        <source>Imports the analytics requests of a HAR file (a browser devtools export) as a capture: requests to
Segment, RudderStack, Mixpanel, Amplitude, PostHog, GA4 and Heap ingestion hosts are decoded as the
collector decodes them; other requests are counted and listed, never guessed at. Secrets are masked.
Prints what was found (text or JSON) on standard output. Exit 0 when something was imported, 1 when
the file holds no analytics request (nothing is written), 2 on a bad flag or an unreadable or
malformed file.</source>
        <translation>Importe comme capture les requêtes d’analytique d’un fichier HAR (un export des outils de développement d’un navigateur)&#xa0;: les requêtes vers
les hôtes d’ingestion de Segment, RudderStack, Mixpanel, Amplitude, PostHog, GA4 et Heap sont décodées comme le
collecteur les décode&#xa0;; les autres requêtes sont comptées et listées, jamais devinées. Les secrets sont masqués.
Affiche ce qui a été trouvé (texte ou JSON) sur la sortie standard. Se termine avec le code 0 si quelque chose a été importé, 1 si
le fichier ne contient aucune requête d’analytique (rien n’est écrit), 2 en cas d’option invalide ou de fichier illisible ou
mal formé.</translation>
    </message>
    <message>
        <source>The HAR file.</source>
        <translation>Le fichier HAR.</translation>
    </message>
    <message>
        <source>The capture file to write (gzip-compressed when it ends in .gz).</source>
        <translation>Le fichier de capture à écrire (compressé en gzip s’il se termine par .gz).</translation>
    </message>
    <message>
        <source>The capture&apos;s name (default: the HAR file&apos;s name).</source>
        <translation>Le nom de la capture (par défaut&#xa0;: le nom du fichier HAR).</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Also take requests to HOST as PROVIDER&apos;s (segment, rudderstack, mixpanel, amplitude, posthog, ga4, heap), or as a Journey collector&apos;s (collector: routed by path). HOST may be *.domain or host:port. Repeatable.</source>
        <translation>Traiter aussi les requêtes vers HOST comme celles de PROVIDER (segment, rudderstack, mixpanel, amplitude, posthog, ga4, heap), ou comme celles d’un collecteur Journey (collector&#xa0;: routage par chemin). HOST peut être *.domain ou host:port. Option répétable.</translation>
    </message>
    <message>
        <source>FILE.har is required</source>
        <translation>FILE.har est obligatoire</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out est obligatoire</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not text or json</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» n’est ni text, ni json</translation>
    </message>
    <message>
        <source>--name: empty</source>
        <translation>--name&#xa0;: vide</translation>
    </message>
    <message>
        <source>journeyctl har-import: no analytics request to import in %1; nothing written</source>
        <translation>journeyctl har-import&#xa0;: aucune requête d’analytique à importer dans %1&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>capture written to %3 (events: %1, requests: %2)</source>
        <translation>capture écrite dans %3 (événements&#xa0;: %1, requêtes&#xa0;: %2)</translation>
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
        <translation>Rejoue une capture (ou du simple NDJSON canonique, tel que l’écrit `journeyctl export`) vers un fournisseur configuré
(via le connecteur), le collecteur local (`collector`&#xa0;: journey.collector.listen) ou une URL. Le
collecteur et les URL reçoivent chaque requête capturée dans son format d’origine (son chemin ajouté à celui de
l’URL)&#xa0;; les événements sans requête partent comme corps Segment /v1/batch. Les requêtes conservent le rythme d’origine divisé par
--speed, ou partent aussi vite que possible avec --speed max.

Par défaut, les identifiants de dédoublonnage (messageId, $insert_id, insert_id, uuid) sont nouveaux, afin que les fournisseurs n’ignorent pas
le rejeu comme doublon&#xa0;; --keep-ids les envoie tels que capturés. --timestamps shift décale tous les horodatages pour que le
dernier événement soit maintenant, écarts conservés. --user-suffix ajoute S à chaque userId, anonymousId et previousId.

Affiche une ligne par requête sur stdout (avec --dry-run&#xa0;: méthode, URL sans secrets, événements, taille du corps,
et rien n’est envoyé)&#xa0;; la progression va sur stderr. Se termine avec le code 0 si chaque requête a reçu une réponse 2xx (ou si
le fournisseur a livré chaque événement), 1 sinon avec la raison, 2 en cas d’option ou de fichier d’entrée invalide.</translation>
    </message>
    <message>
        <source>A capture file or canonical NDJSON (.gz accepted).</source>
        <translation>Un fichier de capture ou du NDJSON canonique (.gz accepté).</translation>
    </message>
    <message>
        <source>A configured provider (segment, mixpanel, …), collector, or an http(s) URL.</source>
        <translation>Un fournisseur configuré (segment, mixpanel, …), collector ou une URL http(s).</translation>
    </message>
    <message>
        <source>The original pacing divided by N (1 = real time, 2 = twice as fast), or max. Default 1.</source>
        <translation>Le rythme d’origine divisé par N (1 = temps réel, 2 = deux fois plus vite), ou max. 1 par défaut.</translation>
    </message>
    <message>
        <source>Send the dedup ids as captured instead of new ones.</source>
        <translation>Envoyer les identifiants de dédoublonnage tels que capturés au lieu de nouveaux.</translation>
    </message>
    <message>
        <source>keep (default) or shift: move every time so that the last event is now.</source>
        <translation>keep (par défaut) ou shift&#xa0;: décaler tous les horodatages pour que le dernier événement soit maintenant.</translation>
    </message>
    <message>
        <source>Append S to every userId, anonymousId and previousId (the same everywhere: identities stay linked).</source>
        <translation>Ajouter S à chaque userId, anonymousId et previousId (le même partout&#xa0;: les identités restent reliées).</translation>
    </message>
    <message>
        <source>List the requests that would be sent; send nothing.</source>
        <translation>Lister les requêtes qui seraient envoyées&#xa0;; ne rien envoyer.</translation>
    </message>
    <message>
        <source>text (default) or json (one object at the end).</source>
        <translation>text (par défaut) ou json (un objet à la fin).</translation>
    </message>
    <message>
        <source>Requests in flight at once at --speed max (default 4).</source>
        <translation>Requêtes simultanées en cours avec --speed max (4 par défaut).</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (per HTTP request; for a provider, for the last deliveries). Default 60.</source>
        <translation>Secondes d’attente d’une réponse (par requête HTTP&#xa0;; pour un fournisseur, pour les dernières livraisons). 60 par défaut.</translation>
    </message>
    <message>
        <source>give the capture to replay: replay FILE --to TARGET</source>
        <translation>indiquez la capture à rejouer&#xa0;: replay FILE --to TARGET</translation>
    </message>
    <message>
        <source>--to is required: a configured provider, collector or a URL</source>
        <translation>--to est obligatoire&#xa0;: un fournisseur configuré, collector ou une URL</translation>
    </message>
    <message>
        <source>--timestamps: expected keep or shift, got &apos;%1&apos;</source>
        <translation>--timestamps&#xa0;: keep ou shift attendu, reçu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--user-suffix: expected a non-empty suffix</source>
        <translation>--user-suffix&#xa0;: suffixe non vide attendu</translation>
    </message>
    <message>
        <source>--format: expected text or json, got &apos;%1&apos;</source>
        <translation>--format&#xa0;: text ou json attendu, reçu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--parallel: expected a whole number between 1 and 64</source>
        <translation>--parallel&#xa0;: nombre entier entre 1 et 64 attendu</translation>
    </message>
    <message>
        <source>event %1 not replayed: %2</source>
        <translation>événement %1 non rejoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>request %1: %2</source>
        <translation>requête %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>dry run: %n request(s) to %1</source>
        <translation>
            <numerusform>simulation&#xa0;: %n requête vers %1</numerusform>
            <numerusform>simulation&#xa0;: %n requêtes vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s at this speed</source>
        <translation>%1 s à cette vitesse</translation>
    </message>
    <message>
        <source>; nothing was sent</source>
        <translation>; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>interrupted: cancelling</source>
        <translation>interruption&#xa0;: annulation</translation>
    </message>
    <message>
        <source>%1/%2 requests, %3/%4 events sent, %5 answered, %6 failed, %7 s</source>
        <translation>%1/%2 requêtes, %3/%4 événements envoyés, %5 réponses, %6 en échec, %7 s</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message>
        <source>%1 of %2 requests delivered to %3 (%4 of %5 events) in %6 s, %7 events/s</source>
        <translation>%1 requêtes sur %2 livrées à %3 (%4 événements sur %5) en %6 s, %7 événements/s</translation>
    </message>
    <message numerus="yes">
        <source>cancelled: %n request(s) not sent</source>
        <translation>
            <numerusform>annulé&#xa0;: %n requête non envoyée</numerusform>
            <numerusform>annulé&#xa0;: %n requêtes non envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed; first: %1</source>
        <translation>
            <numerusform>%n requête en échec&#xa0;; première&#xa0;: %1</numerusform>
            <numerusform>%n requêtes en échec&#xa0;; première&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source> (is the collector running? start it with `journeyctl collect` or the app)</source>
        <translation> (le collecteur est-il démarré&#xa0;? démarrez-le avec `journeyctl collect` ou l’application)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the capture could not be replayed (listed above)</source>
        <translation>
            <numerusform>%n événement de la capture n’a pas pu être rejoué (voir la liste ci-dessus)</numerusform>
            <numerusform>%n événements de la capture n’ont pas pu être rejoués (voir la liste ci-dessus)</numerusform>
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
        <translation>Regroupe les événements de la base locale (ou d’un fichier de capture ou de NDJSON canonique avec --input) en
sessions par personne et affiche une ligne par session, par ordre de début. Les événements qui portent l’ID de session
propre au fournisseur (session_id d’Amplitude, $session_id de PostHog, session_id de GA4,
$mp_replay_id de Mixpanel, session_id de Heap, context.sessionId) sont regroupés selon celui-ci&#xa0;; les autres
commencent une nouvelle session après plus de --gap sans événement. Les identités que relient identify et
alias forment une seule personne, sauf avec --raw-ids. Voir docs/SESSIONS.md.

--format json affiche {&quot;gap_seconds&quot;,&quot;total&quot;,&quot;shown&quot;,&quot;events&quot;,&quot;sessions&quot;:[{&quot;person&quot;,
&quot;start&quot;,&quot;end&quot;,&quot;duration_seconds&quot;,&quot;events&quot;,&quot;invalid&quot;,&quot;warnings&quot;,&quot;validation&quot;,&quot;sources&quot;,
&quot;split&quot;,&quot;session_id_kind&quot;,&quot;session_id&quot;,&quot;pages&quot;,&quot;screens&quot;,&quot;event_ids&quot;}]}&#xa0;; csv a les mêmes
colonnes. Les ID d’événements sont ceux de la base locale&#xa0;; avec --input, les numéros des événements dans le fichier (1, 2, ...).
Se termine avec le code 0 en cas de succès, 1 si la base locale ou le fichier ne peut pas être lu, 2 en cas d’option invalide.</translation>
    </message>
    <message>
        <source>Inactivity that ends a session without a provider session id: 90s, 30m (default), 2h, 1d.</source>
        <translation>Inactivité qui clôt une session sans ID de session du fournisseur&#xa0;: 90s, 30m (par défaut), 2h, 1d.</translation>
    </message>
    <message>
        <source>Only the sessions of the person with this userId or anonymousId.</source>
        <translation>Uniquement les sessions de la personne ayant ce userId ou cet anonymousId.</translation>
    </message>
    <message>
        <source>Read this capture file or canonical NDJSON (gzip too) instead of the store.</source>
        <translation>Lire ce fichier de capture ou ce NDJSON canonique (gzip aussi) au lieu de la base locale.</translation>
    </message>
    <message>
        <source>text (default), json or csv.</source>
        <translation>text (par défaut), json ou csv.</translation>
    </message>
    <message>
        <source>At most N sessions (the first N by start).</source>
        <translation>Au plus N sessions (les N premières par ordre de début).</translation>
    </message>
    <message>
        <source>Each userId (else anonymousId) is a person of its own.</source>
        <translation>Chaque userId (sinon anonymousId) est une personne à part entière.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Écrire dans ce fichier au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>--person: give a userId or an anonymousId</source>
        <translation>--person&#xa0;: indiquez un userId ou un anonymousId</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not text, json or csv</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» n’est ni text, ni json, ni csv</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a whole number of 1 or more</source>
        <translation>--limit&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>--input: give a file name</source>
        <translation>--input&#xa0;: indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>no event has the userId or anonymousId &quot;%1&quot;</source>
        <translation>aucun événement n’a le userId ou l’anonymousId «&#xa0;%1&#xa0;»</translation>
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
