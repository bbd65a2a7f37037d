<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name />
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="42" />
        <source>Local file {path}</source>
        <translation>Fichier local {path}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="43" />
        <source>Server {host}/{name} as {user}</source>
        <translation>Serveur {host}/{name} en tant que {user}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="51" />
        <source>About PressDesk</source>
        <translation>À propos de PressDesk</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="54" />
        <source>Write press releases, keep your media contacts, and send each release as one personal email per journalist, knowing which outlets received it.</source>
        <translation>Rédigez vos communiqués de presse, gérez vos contacts médias et envoyez chaque communiqué par un courriel personnel à chaque journaliste, en sachant quels médias l’ont reçu.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="58" />
        <source>Your contacts stay on your computer or your office's own server.</source>
        <translation>Vos contacts restent sur votre ordinateur ou sur le serveur de votre bureau.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="60" />
        <source>Database: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="63" />
        <source>Icons: Lucide (ISC licence)</source>
        <translation>Icônes : Lucide (licence ISC)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="108" />
        <source>Select a row to see its details here.</source>
        <translation>Sélectionnez une ligne pour en voir le détail ici.</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="86" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="110" />
        <source> · about %n s left</source>
        <translation><numerusform> · environ %n s restante</numerusform><numerusform> · environ %n s restantes</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="112" />
        <source>{title} {done} of {total}</source>
        <translation>{title} {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="136" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="182" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="189" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="194" />
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="198" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="204" />
        <source>&amp;About PressDesk</source>
        <translation>À &amp;propos de PressDesk</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="208" />
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="219" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="223" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="225" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="235" />
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="244" />
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="289" />
        <source>Not sending</source>
        <translation>Aucun envoi en cours</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="248" />
        <source>The database PressDesk is working on</source>
        <translation>La base de données utilisée par PressDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="285" />
        <source>%n sending</source>
        <translation><numerusform>%n en cours</numerusform><numerusform>%n en cours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="287" />
        <source>Sending %n distribution(s)</source>
        <translation><numerusform>Envoi de %n diffusion</numerusform><numerusform>Envoi de %n diffusions</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="304" />
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="22" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="23" />
        <source>Something went wrong inside PressDesk. The details are in the log file.</source>
        <translation>Une erreur interne s’est produite dans PressDesk. Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="42" />
        <source>Something went wrong inside PressDesk. Your data is safe; the last action did not finish.</source>
        <translation>Une erreur interne s’est produite dans PressDesk. Vos données sont intactes ; la dernière action n’a pas abouti.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="50" />
        <source>Technical details were written to {path}.</source>
        <translation>Les détails techniques ont été écrits dans {path}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="73" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="80" />
        <source>e.g. Regional Office for Central America</source>
        <translation>p. ex. Bureau régional pour l’Amérique centrale</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="91" />
        <source>Organization name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="92" />
        <source>Press office email</source>
        <translation>Adresse du service de presse</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="93" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="94" />
        <source>Default language for releases</source>
        <translation>Langue par défaut des communiqués</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="100" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="101" />
        <source>Press office &amp;email:</source>
        <translation>&amp;Adresse du service de presse :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="102" />
        <source>&amp;Website:</source>
        <translation>&amp;Site web :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="103" />
        <source>Releases &amp;written in:</source>
        <translation>Communiqués &amp;rédigés en :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="106" />
        <source>Shown in your releases. Journalists' unsubscribe requests go to the press office email. Everyone who uses this database sees the same settings.</source>
        <translation>Affiché dans vos communiqués. Les demandes de désinscription des journalistes arrivent à l’adresse du service de presse. Toutes les personnes qui utilisent cette base voient les mêmes réglages.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="116" />
        <source>This computer ({path})</source>
        <translation>Cet ordinateur ({path})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="118" />
        <source>Another database:</source>
        <translation>Une autre base de données :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="126" />
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="133" />
        <source>Open now: {name}</source>
        <translation>Ouverte actuellement : {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="139" />
        <source>A change takes effect the next time PressDesk starts.</source>
        <translation>Un changement prend effet au prochain démarrage de PressDesk.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="147" />
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="153" />
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="158" />
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="161" />
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="162" />
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="163" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="201" />
        <source>Nothing matches your search.</source>
        <translation>Aucun résultat pour cette recherche.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="223" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/sections.py" line="254" />
        <source>%n in all</source>
        <translation><numerusform>%n au total</numerusform><numerusform>%n au total</numerusform></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="19" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="20" />
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="21" />
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="22" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="166" />
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="23" />
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="24" />
        <source>Sending</source>
        <translation>En cours d’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="25" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="26" />
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="27" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="28" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="48" />
        <source>Releases</source>
        <translation>Communiqués</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="50" />
        <source>Press releases in every language, from draft to sent.</source>
        <translation>Les communiqués de presse dans toutes les langues, du brouillon à l’envoi.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="52" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="69" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="53" />
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="55" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="70" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="57" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="68" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="164" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="189" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="60" />
        <source>No releases yet</source>
        <translation>Aucun communiqué pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="61" />
        <source>Write a release here, or bring one in from a Markdown file. Each goes out as one personal email per journalist, in their language.</source>
        <translation>Rédigez un communiqué ici ou importez-le d’un fichier Markdown. Chacun part en un courriel personnel à chaque journaliste, dans sa langue.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="66" />
        <source>Search headlines</source>
        <translation>Rechercher un titre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="77" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="123" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="79" />
        <source>Journalists and editors, with their outlet, country and region.</source>
        <translation>Journalistes et rédacteurs, avec leur média, leur pays et leur région.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="83" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="141" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="84" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="100" />
        <source>Email</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="85" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="101" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="116" />
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="86" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="102" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="121" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="87" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="103" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="122" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="88" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="104" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="89" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="105" />
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="92" />
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="93" />
        <source>Bring in your press list from a spreadsheet (CSV or Excel) or vCards. Duplicates are merged by address and opt-outs are always kept.</source>
        <translation>Importez votre liste de presse depuis un tableur (CSV ou Excel) ou des vCards. Les doublons sont fusionnés par adresse et les désinscriptions sont toujours conservées.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="98" />
        <source>Search name, email or outlet</source>
        <translation>Rechercher un nom, une adresse ou un média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="112" />
        <source>Outlets</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="114" />
        <source>Newspapers, broadcasters, agencies and online media.</source>
        <translation>Journaux, radios et télévisions, agences et médias en ligne.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="118" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="126" />
        <source>No outlets yet</source>
        <translation>Aucun média pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="127" />
        <source>Outlets are created as you import contacts, so you can see which media received each release.</source>
        <translation>Les médias sont créés lorsque vous importez des contacts, pour savoir quels médias ont reçu chaque communiqué.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="132" />
        <source>Search outlets</source>
        <translation>Rechercher un média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="137" />
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="139" />
        <source>Contact lists and saved segments to send releases to.</source>
        <translation>Listes de contacts et segments enregistrés auxquels envoyer vos communiqués.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="142" />
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="145" />
        <source>No lists yet</source>
        <translation>Aucune liste pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="146" />
        <source>Group contacts into lists (for example 'Caribbean health reporters') to send a release to all of them at once.</source>
        <translation>Regroupez vos contacts en listes (par exemple « Journalistes santé des Caraïbes ») pour leur envoyer un communiqué à tous en une fois.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="151" />
        <source>Search lists</source>
        <translation>Rechercher une liste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="156" />
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="158" />
        <source>Distributions being sent, scheduled or interrupted, and what became of each.</source>
        <translation>Les diffusions en cours, programmées ou interrompues, et le résultat de chacune.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="162" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="190" />
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="163" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="206" />
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="169" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="209" />
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="174" />
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="178" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="192" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="181" />
        <source>Nothing sent yet</source>
        <translation>Rien n’a encore été envoyé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="182" />
        <source>When you send a release, its progress appears here: who received it, who failed, and anything waiting to be retried.</source>
        <translation>Quand vous envoyez un communiqué, son avancement s’affiche ici : qui l’a reçu, ce qui a échoué et ce qui attend un nouvel essai.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="187" />
        <source>Search distributions</source>
        <translation>Rechercher une diffusion</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="191" />
        <source>Scheduled for</source>
        <translation>Programmée pour</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="200" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="202" />
        <source>Which outlets received each release, from PressDesk's own records.</source>
        <translation>Quels médias ont reçu chaque communiqué, d’après les registres de PressDesk.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="207" />
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="208" />
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="211" />
        <source>Outlets reached</source>
        <translation>Médias atteints</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="217" />
        <source>No reports yet</source>
        <translation>Aucun rapport pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="218" />
        <source>Once a release has been sent, see here who received it, by outlet and by region. No tracking pixels: the figures come from your own send records.</source>
        <translation>Une fois un communiqué envoyé, voyez ici qui l’a reçu, par média et par région. Aucun pixel espion : les chiffres viennent de vos propres registres d’envoi.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="223" />
        <source>Search releases</source>
        <translation>Rechercher un communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/table.py" line="36" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
</TS>