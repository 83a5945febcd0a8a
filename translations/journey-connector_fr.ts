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
    <name>Journey::Provider</name>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
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
    <name>Journey::RequestPreview</name>
    <message>
        <source>not configured under journey.providers</source>
        <translation>non configuré sous journey.providers</translation>
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
