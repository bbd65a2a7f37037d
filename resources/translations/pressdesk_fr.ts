<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="38"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="39"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="40"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="41"/>
        <source>Title or role</source>
        <translation>Titre ou fonction</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="42"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="43"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="44"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="45"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="46"/>
        <source>Other languages</source>
        <translation>Autres langues</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="47"/>
        <source>Beats</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="48"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="68"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="70"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="88"/>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="98"/>
        <source>health; climate; elections</source>
        <translation>santé; climat; élections</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="100"/>
        <source>+504 2234 5678</source>
        <translation>+504 2234 5678</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="102"/>
        <source>Code or name, e.g. HN or Honduras</source>
        <translation>Code ou nom, p. ex. HN ou Honduras</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="109"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="111"/>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="115"/>
        <source>The address identifies the contact.</source>
        <translation>L’adresse électronique identifie le contact.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="62"/>
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="63"/>
        <source>sending</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="64"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="65"/>
        <source>deferred</source>
        <translation>différé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="66"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="67"/>
        <source>uncertain</source>
        <translation>incertain</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="68"/>
        <source>bounced</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="69"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="137"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="166"/>
        <source>Releases sent</source>
        <translation>Communiqués envoyés</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="172"/>
        <source>Select a contact to see their card here.</source>
        <translation>Sélectionnez un contact pour afficher sa fiche ici.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="178"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="183"/>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="185"/>
        <source>Delete this person&apos;s data (they stay opted out)</source>
        <translation>Supprimer les données de cette personne (elle reste désabonnée)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="248"/>
        <source>Opted out since {date} — never sent anything.</source>
        <translation>Désabonné depuis le {date} : aucun envoi.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="252"/>
        <source>Opt back in…</source>
        <translation>Réabonner…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="256"/>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="343"/>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="466"/>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="684"/>
        <source>Opt out</source>
        <translation>Désabonner</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="265"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="266"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="267"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="268"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="270"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="273"/>
        <source>Beats</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="274"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="276"/>
        <source>Social</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="279"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="280"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="281"/>
        <source>Last contacted</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="289"/>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="299"/>
        <source>Nothing sent to this contact yet.</source>
        <translation>Rien n’a encore été envoyé à ce contact.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="331"/>
        <source>Opt back in</source>
        <translation>Réabonner</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="332"/>
        <source>{address} asked not to receive releases. Opt them back in only if they asked for it. Opt back in?</source>
        <translation>{address} a demandé à ne plus recevoir de communiqués. Ne le réabonnez que s’il l’a demandé. Le réabonner ?</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="344"/>
        <source>Why is {address} opted out? (optional)</source>
        <translation>Pourquoi désabonner {address} ? (facultatif)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="357"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="358"/>
        <source>Erase everything stored about {address}? Their address stays blocked so nothing is ever sent to them again, and outlet delivery counts are kept. This cannot be undone.</source>
        <translation>Effacer tout ce qui est enregistré sur {address} ? Son adresse reste bloquée pour que plus rien ne lui soit jamais envoyé, et les décomptes de remise par média sont conservés. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="406"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="407"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="408"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="409"/>
        <source>All beats</source>
        <translation>Toutes les rubriques</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="410"/>
        <source>All lists</source>
        <translation>Toutes les listes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="444"/>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="463"/>
        <source>Add to list…</source>
        <translation>Ajouter à une liste…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="485"/>
        <source>No contact matches. Try fewer words or clear the filters.</source>
        <translation>Aucun contact ne correspond. Essayez avec moins de mots ou retirez les filtres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="623"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="651"/>
        <source>Add to list</source>
        <translation>Ajouter à une liste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="652"/>
        <source>Add %Ln contact(s) to the list (choose one or type a new name):</source>
        <translation>
            <numerusform>Ajouter %Ln contact à la liste (choisissez-en une ou saisissez un nouveau nom) :</numerusform>
            <numerusform>Ajouter %Ln contacts à la liste (choisissez-en une ou saisissez un nouveau nom) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="685"/>
        <source>Opt out %Ln contact(s)? Nothing will be sent to them until they opt back in.</source>
        <translation>
            <numerusform>Désabonner %Ln contact ? Plus rien ne lui sera envoyé tant qu’il ne sera pas réabonné.</numerusform>
            <numerusform>Désabonner %Ln contacts ? Plus rien ne leur sera envoyé tant qu’ils ne seront pas réabonnés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="111"/>
        <source>Select a row to see its details here.</source>
        <translation>Sélectionnez une ligne pour en voir le détail ici.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="46"/>
        <source>Local file {path}</source>
        <translation>Fichier local {path}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="47"/>
        <source>Server {host}/{name} as {user}</source>
        <translation>Serveur {host}/{name} en tant que {user}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="55"/>
        <source>About PressDesk</source>
        <translation>À propos de PressDesk</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="57"/>
        <source>Write press releases, keep your media contacts, and send each release as one personal email per journalist, knowing which outlets received it.</source>
        <translation>Rédigez vos communiqués de presse, gérez vos contacts médias et envoyez chaque communiqué par un courriel personnel à chaque journaliste, en sachant quels médias l’ont reçu.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="63"/>
        <source>Your contacts stay on your computer or your office&apos;s own server.</source>
        <translation>Vos contacts restent sur votre ordinateur ou sur le serveur de votre bureau.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="65"/>
        <source>Database: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="68"/>
        <source>Icons: Lucide (ISC licence)</source>
        <translation>Icônes : Lucide (licence ISC)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="52"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="53"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="54"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="55"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="56"/>
        <source>Title or role</source>
        <translation>Titre ou fonction</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="57"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="58"/>
        <source>Outlet type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="59"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="60"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="61"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="62"/>
        <source>Other languages</source>
        <translation>Autres langues</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="63"/>
        <source>Beats</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="64"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="65"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="66"/>
        <source>Social handles</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="67"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="68"/>
        <source>Opted out</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="104"/>
        <source>Choose a file</source>
        <translation>Choisissez un fichier</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="106"/>
        <source>A spreadsheet (CSV or Excel) or vCards, as exported from Outlook, Excel or another address book. Accents and semicolons are fine.</source>
        <translation>Un tableur (CSV ou Excel) ou des vCards, tels qu’exportés depuis Outlook, Excel ou un autre carnet d’adresses. Les accents et les points-virgules sont acceptés.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="113"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="115"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="121"/>
        <source>Add everyone to the list</source>
        <translation>Ajouter tout le monde à la liste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="123"/>
        <source>(optional) a list to add them to</source>
        <translation>(facultatif) une liste où les ajouter</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="129"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="130"/>
        <source>Add to list:</source>
        <translation>Ajouter à la liste :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="134"/>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="372"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="147"/>
        <source>Check the columns</source>
        <translation>Vérifiez les colonnes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="149"/>
        <source>PressDesk recognised these columns. Change any that are wrong; columns set to &apos;Ignore&apos; are not imported.</source>
        <translation>PressDesk a reconnu ces colonnes. Corrigez celles qui sont erronées ; les colonnes réglées sur « Ignorer » ne sont pas importées.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="156"/>
        <source>Column mapping and first rows</source>
        <translation>Correspondance des colonnes et premières lignes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="170"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="192"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="197"/>
        <source>Field for column {name}</source>
        <translation>Champ de la colonne {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="233"/>
        <source>Choose which column holds the email address.</source>
        <translation>Choisissez la colonne qui contient l’adresse électronique.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="237"/>
        <source>Row 1 of the file is the header; the first rows follow.</source>
        <translation>La ligne 1 du fichier est l’en-tête ; les premières lignes suivent.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="253"/>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="383"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="255"/>
        <source>Importing the contacts as one change: all or nothing.</source>
        <translation>Les contacts sont importés en une seule opération : tout ou rien.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="258"/>
        <source>Check before importing</source>
        <translation>Vérifiez avant d’importer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="260"/>
        <source>Nothing has changed yet. This is what the import will do.</source>
        <translation>Rien n’a encore changé. Voici ce que fera l’importation.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="265"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="274"/>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="322"/>
        <source>Imported: {added}, {updated}, {rejected}.</source>
        <translation>Import terminé : {added}, {updated}, {rejected}.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="324"/>
        <source>{added}, {updated}, {rejected}.</source>
        <translation>{added}, {updated}, {rejected}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="327"/>
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln nouveau contact</numerusform>
            <numerusform>%Ln nouveaux contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="328"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="329"/>
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln ligne rejetée</numerusform>
            <numerusform>%Ln lignes rejetées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="336"/>
        <source>Row {row}: {reason}</source>
        <translation>Ligne {row} : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="350"/>
        <source>Something went wrong; nothing was imported. The details are in the log file.</source>
        <translation>Une erreur s’est produite ; rien n’a été importé. Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="381"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="102"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="126"/>
        <source> · about %n s left</source>
        <translation>
            <numerusform> · environ %n s restante</numerusform>
            <numerusform> · environ %n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="128"/>
        <source>{title} {done} of {total}</source>
        <translation>{title} {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="73"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="74"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="80"/>
        <location filename="../../src/pressdesk/ui/progress.py" line="145"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="115"/>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="121"/>
        <source>{rate} per minute</source>
        <translation>{rate} par minute</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="130"/>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="137"/>
        <source>Stopping safely…</source>
        <translation>Arrêt en toute sécurité…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="146"/>
        <source>Resuming…</source>
        <translation>Reprise…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="151"/>
        <source>Pausing after the current message…</source>
        <translation>Pause après le message en cours…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="162"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="163"/>
        <source>Paused. Nothing is lost; resume when you are ready.</source>
        <translation>En pause. Rien n’est perdu ; reprenez quand vous voulez.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="168"/>
        <source>Stopped. What was done so far is kept.</source>
        <translation>Arrêté. Ce qui a déjà été fait est conservé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="157"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="208"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="215"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="220"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="224"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="230"/>
        <source>&amp;New Release</source>
        <translation>&amp;Nouveau communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="232"/>
        <source>Write a new press release (Ctrl+N)</source>
        <translation>Rédiger un nouveau communiqué de presse (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="235"/>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="238"/>
        <source>Bring in contacts from a spreadsheet (CSV, Excel) or vCards</source>
        <translation>Importer des contacts depuis un tableur (CSV, Excel) ou des vCards</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="241"/>
        <source>&amp;Add Contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="244"/>
        <source>&amp;About PressDesk</source>
        <translation>À &amp;propos de PressDesk</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="248"/>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="259"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="267"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="269"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="279"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="288"/>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="332"/>
        <source>Not sending</source>
        <translation>Aucun envoi en cours</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="292"/>
        <source>The database PressDesk is working on</source>
        <translation>La base de données utilisée par PressDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="328"/>
        <source>%n sending</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="330"/>
        <source>Sending %n distribution(s)</source>
        <translation>
            <numerusform>Envoi de %n diffusion</numerusform>
            <numerusform>Envoi de %n diffusions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="350"/>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="418"/>
        <source>Preparing the sample data…</source>
        <translation>Préparation des données d’exemple…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="428"/>
        <source>PressDesk — sample data (changes are thrown away)</source>
        <translation>PressDesk — données d’exemple (modifications non conservées)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="23"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="24"/>
        <source>Something went wrong inside PressDesk. The details are in the log file.</source>
        <translation>Une erreur interne s’est produite dans PressDesk. Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="48"/>
        <source>Something went wrong inside PressDesk. Your data is safe; the last action did not finish.</source>
        <translation>Une erreur interne s’est produite dans PressDesk. Vos données sont intactes ; la dernière action n’a pas abouti.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="56"/>
        <source>Technical details were written to {path}.</source>
        <translation>Les détails techniques ont été écrits dans {path}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="86"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="96"/>
        <source>e.g. Regional Office for Central America</source>
        <translation>p. ex. Bureau régional pour l’Amérique centrale</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="107"/>
        <source>Organization name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="108"/>
        <source>Press office email</source>
        <translation>Adresse du service de presse</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="109"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="110"/>
        <source>Default language for releases</source>
        <translation>Langue par défaut des communiqués</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="117"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="118"/>
        <source>Press office &amp;email:</source>
        <translation>&amp;Adresse du service de presse :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="119"/>
        <source>&amp;Website:</source>
        <translation>&amp;Site web :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="120"/>
        <source>Releases &amp;written in:</source>
        <translation>Communiqués &amp;rédigés en :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="122"/>
        <source>Who you are, in two or three sentences.</source>
        <translation>Qui vous êtes, en deux ou trois phrases.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="123"/>
        <source>About us</source>
        <translation>Qui sommes-nous</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="126"/>
        <source>Name, office, phone and email</source>
        <translation>Nom, bureau, téléphone et courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="127"/>
        <source>Press-office contact</source>
        <translation>Contact presse</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="129"/>
        <source>&amp;About us:</source>
        <translation>&amp;Qui sommes-nous :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="130"/>
        <source>Press-office &amp;contact:</source>
        <translation>&amp;Contact presse :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="133"/>
        <source>Shown in your releases. Journalists&apos; unsubscribe requests go to the press office email. Everyone who uses this database sees the same settings.</source>
        <translation>Affiché dans vos communiqués. Les demandes de désabonnement des journalistes arrivent à l’adresse du service de presse. Toutes les personnes qui utilisent cette base voient les mêmes réglages.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="143"/>
        <source>This computer ({path})</source>
        <translation>Cet ordinateur ({path})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="145"/>
        <source>Another database:</source>
        <translation>Une autre base de données :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="153"/>
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="161"/>
        <source>Open now: {name}</source>
        <translation>Ouverte actuellement : {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="167"/>
        <source>A change takes effect the next time PressDesk starts.</source>
        <translation>Un changement prend effet au prochain démarrage de PressDesk.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="175"/>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="181"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="187"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="190"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="191"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="192"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/progress.py" line="34"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>environ %n seconde restante</numerusform>
            <numerusform>environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/progress.py" line="38"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="202"/>
        <source>From the library…</source>
        <translation>Depuis la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="230"/>
        <source>New release</source>
        <translation>Nouveau communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="232"/>
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="259"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="263"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="782"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="266"/>
        <source>Mark the release as approved for sending</source>
        <translation>Marquer le communiqué comme approuvé pour l’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="269"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="270"/>
        <source>Save an archive copy as PDF</source>
        <translation>Enregistrer une copie d’archive en PDF</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="280"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="295"/>
        <source>Language versions</source>
        <translation>Versions linguistiques</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="297"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="654"/>
        <source>Add a language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="305"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="306"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="310"/>
        <source>Subheadline (optional)</source>
        <translation>Sous-titre (facultatif)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="311"/>
        <source>Subheadline</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="320"/>
        <source>Dateline place, e.g. PANAMA CITY</source>
        <translation>Lieu d’émission, p. ex. PANAMA</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="322"/>
        <source>Dateline</source>
        <translation>Lieu d’émission</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="327"/>
        <source>Release date</source>
        <translation>Date du communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="329"/>
        <source>Main language</source>
        <translation>Langue principale</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="330"/>
        <source>Embargoed until</source>
        <translation>Sous embargo jusqu’au</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="334"/>
        <source>Embargo moment</source>
        <translation>Date et heure de l’embargo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="338"/>
        <source>Embargo time zone</source>
        <translation>Fuseau horaire de l’embargo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="346"/>
        <source>Main language:</source>
        <translation>Langue principale :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="357"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="358"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="359"/>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="360"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="361"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="362"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="372"/>
        <source>Write the release here. Markdown works: **bold**, *italic*, ## heading, - list, [link](https://…), &gt; quote.</source>
        <translation>Rédigez ici le communiqué. Markdown est accepté : **gras**, *italique*, ## intertitre, - liste, [lien](https://…), &gt; citation.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="378"/>
        <source>Body</source>
        <translation>Corps du texte</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="382"/>
        <source>About us</source>
        <translation>Qui sommes-nous</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="383"/>
        <source>The organization&apos;s boilerplate</source>
        <translation>Le texte de présentation de l’organisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="386"/>
        <source>Media contact</source>
        <translation>Contact presse</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="387"/>
        <source>Name, office, phone and email for journalists</source>
        <translation>Nom, bureau, téléphone et courriel pour les journalistes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="391"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="400"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="836"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="393"/>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="395"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="429"/>
        <source>Preview as</source>
        <translation>Aperçu pour</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="436"/>
        <source>HTML preview</source>
        <translation>Aperçu HTML</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="439"/>
        <source>Plain text preview</source>
        <translation>Aperçu en texte brut</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="444"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="445"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="451"/>
        <source>Preview as:</source>
        <translation>Aperçu pour :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="495"/>
        <source>A sample journalist</source>
        <translation>Un journaliste fictif</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="522"/>
        <source>Release #{id}</source>
        <translation>Communiqué nº {id}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="655"/>
        <source>Language of the new version:</source>
        <translation>Langue de la nouvelle version :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="685"/>
        <source>Status: {status}</source>
        <translation>État : {status}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="686"/>
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="694"/>
        <source>EMBARGOED until {moment} ({zone}). Journalists see the embargo in the subject and at the top of the release.</source>
        <translation>SOUS EMBARGO jusqu’au {moment} ({zone}). Les journalistes voient l’embargo dans l’objet et en tête du communiqué.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="715"/>
        <source>Write a headline to see the preview.</source>
        <translation>Saisissez un titre pour voir l’aperçu.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="741"/>
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="783"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="803"/>
        <source>Save the release first.</source>
        <translation>Enregistrez d’abord le communiqué.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="802"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="808"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="827"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="837"/>
        <source>Save the release once, then attach files to it.</source>
        <translation>Enregistrez d’abord le communiqué, puis joignez-y des fichiers.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="903"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="904"/>
        <source>Save your changes to this release?</source>
        <translation>Enregistrer les modifications de ce communiqué ?</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="214"/>
        <source>Nothing matches your search.</source>
        <translation>Aucun résultat pour cette recherche.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="236"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/sections.py" line="272"/>
        <source>%n in all</source>
        <translation>
            <numerusform>%n au total</numerusform>
            <numerusform>%n au total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="20"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="21"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="22"/>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="23"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="199"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="24"/>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="25"/>
        <source>Sending</source>
        <translation>En cours d’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="26"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="27"/>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="28"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="29"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="34"/>
        <source>Newspaper</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="35"/>
        <source>TV</source>
        <translation>Télévision</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="36"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="37"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="38"/>
        <source>News agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="39"/>
        <source>Magazine</source>
        <translation>Magazine</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="40"/>
        <source>Freelance</source>
        <translation>Pigiste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="41"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="70"/>
        <source>Releases</source>
        <translation>Communiqués</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="72"/>
        <source>Press releases in every language, from draft to sent.</source>
        <translation>Les communiqués de presse dans toutes les langues, du brouillon à l’envoi.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="74"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="95"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="75"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="77"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="96"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="80"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="94"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="194"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="222"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="86"/>
        <source>No releases yet</source>
        <translation>Aucun communiqué pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="87"/>
        <source>Write a release here, or bring one in from a Markdown file. Each goes out as one personal email per journalist, in their language.</source>
        <translation>Rédigez un communiqué ici ou importez-le d’un fichier Markdown. Chacun part en un courriel personnel à chaque journaliste, dans sa langue.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="92"/>
        <source>Search headlines</source>
        <translation>Rechercher un titre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="103"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="152"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="105"/>
        <source>Journalists and editors, with their outlet, country and region.</source>
        <translation>Journalistes et rédacteurs, avec leur média, leur pays et leur région.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="88"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="109"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="170"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="93"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="110"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="126"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="94"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="95"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="111"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="127"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="145"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="96"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="112"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="128"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="150"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="97"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="98"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="113"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="129"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="151"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="100"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="114"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="130"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="103"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="115"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="132"/>
        <source>Opted out</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="437"/>
        <location filename="../../src/pressdesk/ui/sections.py" line="196"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="118"/>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="119"/>
        <source>Bring in your press list from a spreadsheet (CSV or Excel) or vCards. Duplicates are merged by address and opt-outs are always kept.</source>
        <translation>Importez votre liste de presse depuis un tableur (CSV ou Excel) ou des vCards. Les doublons sont fusionnés par adresse et les désinscriptions sont toujours conservées.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="124"/>
        <source>Search name, email or outlet</source>
        <translation>Rechercher nom, courriel ou média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="133"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="141"/>
        <source>Outlets</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="143"/>
        <source>Newspapers, broadcasters, agencies and online media.</source>
        <translation>Journaux, radios et télévisions, agences et médias en ligne.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="147"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="155"/>
        <source>No outlets yet</source>
        <translation>Aucun média pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="156"/>
        <source>Outlets are created as you import contacts, so you can see which media received each release.</source>
        <translation>Les médias sont créés lorsque vous importez des contacts, pour savoir quels médias ont reçu chaque communiqué.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="161"/>
        <source>Search outlets</source>
        <translation>Rechercher un média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="166"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="168"/>
        <source>Contact lists and saved segments to send releases to.</source>
        <translation>Listes de contacts et segments enregistrés auxquels envoyer vos communiqués.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="171"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="174"/>
        <source>No lists yet</source>
        <translation>Aucune liste pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="175"/>
        <source>Group contacts into lists (for example &apos;Caribbean health reporters&apos;) to send a release to all of them at once.</source>
        <translation>Regroupez vos contacts en listes (par exemple « Journalistes santé des Caraïbes ») pour leur envoyer un communiqué à tous en une fois.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="180"/>
        <source>Search lists</source>
        <translation>Rechercher une liste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="185"/>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="187"/>
        <source>Distributions being sent, scheduled or interrupted, and what became of each.</source>
        <translation>Les diffusions en cours, programmées ou interrompues, et le résultat de chacune.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="191"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="223"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="192"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="239"/>
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="202"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="242"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="207"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="211"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="225"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="214"/>
        <source>Nothing sent yet</source>
        <translation>Rien n’a encore été envoyé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="215"/>
        <source>When you send a release, its progress appears here: who received it, who failed, and anything waiting to be retried.</source>
        <translation>Quand vous envoyez un communiqué, son avancement s’affiche ici : qui l’a reçu, ce qui a échoué et ce qui attend un nouvel essai.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="220"/>
        <source>Search distributions</source>
        <translation>Rechercher une diffusion</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="224"/>
        <source>Scheduled for</source>
        <translation>Programmée pour</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="233"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="235"/>
        <source>Which outlets received each release, from PressDesk&apos;s own records.</source>
        <translation>Quels médias ont reçu chaque communiqué, d’après les registres de PressDesk.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="240"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="241"/>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="244"/>
        <source>Outlets reached</source>
        <translation>Médias atteints</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="250"/>
        <source>No reports yet</source>
        <translation>Aucun rapport pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="251"/>
        <source>Once a release has been sent, see here who received it, by outlet and by region. No tracking pixels: the figures come from your own send records.</source>
        <translation>Une fois un communiqué envoyé, voyez ici qui l’a reçu, par média et par région. Aucun pixel espion : les chiffres viennent de vos propres registres d’envoi.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="256"/>
        <source>Search releases</source>
        <translation>Rechercher un communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="133"/>
        <location filename="../../src/pressdesk/ui/table.py" line="69"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="131"/>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="43"/>
        <location filename="../../src/pressdesk/ui/welcome.py" line="45"/>
        <source>Welcome to PressDesk</source>
        <translation>Bienvenue dans PressDesk</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="49"/>
        <source>Write your press releases, keep your journalists and outlets in one place, send each release as a personal email, and always know which outlets received it. Where would you like to start?</source>
        <translation>Rédigez vos communiqués de presse, réunissez vos journalistes et vos médias en un seul endroit, envoyez chaque communiqué par courriel personnel et sachez toujours quels médias l’ont reçu. Par où voulez-vous commencer ?</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="64"/>
        <source>Set up your organization</source>
        <translation>Configurez votre organisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="66"/>
        <source>Its name, the language of your releases, your &apos;About us&apos; text and the press-office contact.</source>
        <translation>Son nom, la langue de vos communiqués, le texte « Qui sommes-nous » et le contact presse.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="73"/>
        <source>Connect your mail server</source>
        <translation>Connectez votre serveur de messagerie</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="74"/>
        <source>The account PressDesk sends from, with a connection test.</source>
        <translation>Le compte d’envoi de PressDesk, avec un test de connexion.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="79"/>
        <source>Import your contacts</source>
        <translation>Importez vos contacts</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="80"/>
        <source>From a spreadsheet (CSV or Excel) or vCards, as exported from Outlook.</source>
        <translation>Depuis un tableur (CSV ou Excel) ou des vCards, tels qu’exportés depuis Outlook.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="85"/>
        <source>Explore with sample data</source>
        <translation>Découvrez avec des données d’exemple</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="87"/>
        <source>Invented outlets and journalists and two releases, in a throwaway copy that never touches your own data.</source>
        <translation>Des médias et des journalistes fictifs et deux communiqués, dans une copie jetable qui ne touche jamais à vos données.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="98"/>
        <source>Show this when PressDesk opens an empty database</source>
        <translation>Afficher ceci quand PressDesk ouvre une base de données vide</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="100"/>
        <location filename="../../src/pressdesk/ui/welcome.py" line="101"/>
        <source>Start with an empty desk</source>
        <translation>Commencer avec un bureau vide</translation>
    </message>
</context>
</TS>
