<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/pressdesk/ui/app.py" line="111"/>
        <source>You can open the database on this computer instead and change the choice in Preferences → Database.</source>
        <translation>Vous pouvez ouvrir plutôt la base de données de cet ordinateur et changer ce choix dans Préférences → Base de données.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/app.py" line="120"/>
        <source>Open This Computer&apos;s Database</source>
        <translation>Ouvrir la base de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/app.py" line="122"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="47"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="48"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="49"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="50"/>
        <source>Title or role</source>
        <translation>Titre ou fonction</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="51"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="52"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="53"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="54"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="55"/>
        <source>Other languages</source>
        <translation>Autres langues</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="56"/>
        <source>Beats</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="57"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="78"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="80"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="98"/>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="108"/>
        <source>health; climate; elections</source>
        <translation>santé; climat; élections</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="110"/>
        <source>+504 2234 5678</source>
        <translation>+504 2234 5678</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="112"/>
        <source>Code or name, e.g. HN or Honduras</source>
        <translation>Code ou nom, p. ex. HN ou Honduras</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="119"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="121"/>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="125"/>
        <source>The address identifies the contact.</source>
        <translation>L’adresse électronique identifie le contact.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="154"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="157"/>
        <source>Load their version</source>
        <translation>Charger sa version</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="159"/>
        <source>Show what is saved now; what you typed is discarded.</source>
        <translation>Afficher ce qui est enregistré ; ce que vous avez saisi est abandonné.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="162"/>
        <source>Save mine over theirs</source>
        <translation>Enregistrer la mienne à la place</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="164"/>
        <source>Replace the fields you filled in with your values.</source>
        <translation>Remplacer les champs que vous avez remplis par vos valeurs.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="258"/>
        <source>Nothing was saved. What you typed is still here: load their version to see it, or save yours over it.</source>
        <translation>Rien n’a été enregistré. Ce que vous avez saisi est toujours là : chargez l’autre version pour la voir, ou enregistrez la vôtre à la place.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="67"/>
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="68"/>
        <source>sending</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="69"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="70"/>
        <source>deferred</source>
        <translation>différé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="71"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="72"/>
        <source>uncertain</source>
        <translation>incertain</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="73"/>
        <source>bounced</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="74"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="142"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="153"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln réponse</numerusform>
            <numerusform>%Ln réponses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="190"/>
        <source>Releases sent</source>
        <translation>Communiqués envoyés</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="196"/>
        <source>Select a contact to see their card here.</source>
        <translation>Sélectionnez un contact pour afficher sa fiche ici.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="202"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="207"/>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="209"/>
        <source>Delete this person&apos;s data (they stay opted out)</source>
        <translation>Supprimer les données de cette personne (elle reste désabonnée)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="275"/>
        <source>Opted out since {date} — never sent anything.</source>
        <translation>Désabonné depuis le {date} : aucun envoi.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="279"/>
        <source>Opt back in…</source>
        <translation>Réabonner…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="283"/>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="369"/>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="510"/>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="819"/>
        <source>Opt out</source>
        <translation>Désabonner</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="292"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="293"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="294"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="295"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="297"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="300"/>
        <source>Beats</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="301"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="303"/>
        <source>Social</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="306"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="307"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="308"/>
        <source>Last contacted</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="320"/>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="325"/>
        <source>Nothing sent to this contact yet.</source>
        <translation>Rien n’a encore été envoyé à ce contact.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="357"/>
        <source>Opt back in</source>
        <translation>Réabonner</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="358"/>
        <source>{address} asked not to receive releases. Opt them back in only if they asked for it. Opt back in?</source>
        <translation>{address} a demandé à ne plus recevoir de communiqués. Ne le réabonnez que s’il l’a demandé. Le réabonner ?</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="370"/>
        <source>Why is {address} opted out? (optional)</source>
        <translation>Pourquoi désabonner {address} ? (facultatif)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="383"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="384"/>
        <source>Erase everything stored about {address}? Their address stays blocked so nothing is ever sent to them again, and outlet delivery counts are kept. This cannot be undone.</source>
        <translation>Effacer tout ce qui est enregistré sur {address} ? Son adresse reste bloquée pour que plus rien ne lui soit jamais envoyé, et les décomptes de remise par média sont conservés. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="432"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="433"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="434"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="435"/>
        <source>All beats</source>
        <translation>Toutes les rubriques</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="436"/>
        <source>All lists</source>
        <translation>Toutes les listes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="448"/>
        <source>Only this segment&apos;s contacts. Click to show everyone.</source>
        <translation>Seuls les contacts de ce segment. Cliquez pour afficher tout le monde.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="479"/>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="498"/>
        <source>Add to list…</source>
        <translation>Ajouter à une liste…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="502"/>
        <source>Remove from list…</source>
        <translation>Retirer d’une liste…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="505"/>
        <source>Take the selected people out of a list; they stay in Contacts</source>
        <translation>Retirer d’une liste les personnes sélectionnées ; elles restent dans Contacts</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="535"/>
        <source>No contact matches. Try fewer words or clear the filters.</source>
        <translation>Aucun contact ne correspond. Essayez avec moins de mots ou retirez les filtres.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="649"/>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="652"/>
        <source>Segment: {name}</source>
        <translation>Segment : {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="721"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="750"/>
        <source>Add to list</source>
        <translation>Ajouter à une liste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="751"/>
        <source>Add %Ln contact(s) to the list (choose one or type a new name):</source>
        <translation>
            <numerusform>Ajouter %Ln contact à la liste (choisissez-en une ou saisissez un nouveau nom) :</numerusform>
            <numerusform>Ajouter %Ln contacts à la liste (choisissez-en une ou saisissez un nouveau nom) :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="786"/>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="787"/>
        <source>Take %Ln contact(s) out of the list (they stay in Contacts):</source>
        <translation>
            <numerusform>Retirer %Ln contact de la liste (il reste dans Contacts) :</numerusform>
            <numerusform>Retirer %Ln contacts de la liste (ils restent dans Contacts) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="820"/>
        <source>Opt out %Ln contact(s)? Nothing will be sent to them until they opt back in.</source>
        <translation>
            <numerusform>Désabonner %Ln contact ? Plus rien ne lui sera envoyé tant qu’il ne sera pas réabonné.</numerusform>
            <numerusform>Désabonner %Ln contacts ? Plus rien ne leur sera envoyé tant qu’ils ne seront pas réabonnés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="51"/>
        <source>Log a pickup</source>
        <translation>Noter une reprise</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="55"/>
        <source>Coverage of “{headline}”</source>
        <translation>Retombées de « {headline} »</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="66"/>
        <source>Choose or type an outlet on file</source>
        <translation>Choisissez ou tapez un média enregistré</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="72"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="75"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="77"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="81"/>
        <source>Date it appeared</source>
        <translation>Date de parution</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="83"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="88"/>
        <source>Outlet:</source>
        <translation>Média :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="90"/>
        <source>Link:</source>
        <translation>Lien :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="92"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="93"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="94"/>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="140"/>
        <source>Choose the outlet that published it.</source>
        <translation>Choisissez le média qui l’a publié.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="46"/>
        <source>Local file {path}</source>
        <translation>Fichier local {path}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="47"/>
        <source>Server {host}/{name} as {user}</source>
        <translation>Serveur {host}/{name} en tant que {user}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="53"/>
        <source>Ready to use.</source>
        <translation>Prête à l’emploi.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="54"/>
        <source>The database is empty: PressDesk will set it up when it opens it.</source>
        <translation>La base est vide : PressDesk la préparera en l’ouvrant.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="57"/>
        <source>PressDesk will update this database when it opens it.</source>
        <translation>PressDesk mettra cette base à jour en l’ouvrant.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="71"/>
        <source>Open now: {name}</source>
        <translation>Ouverte : {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="77"/>
        <source>This computer ({path})</source>
        <translation>Cet ordinateur ({path})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="82"/>
        <source>A team server or another file:</source>
        <translation>Un serveur d’équipe ou un autre fichier :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="89"/>
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="91"/>
        <source>A server: postgresql://USER@SERVER/DATABASE. A file: sqlite:///PATH/TO/FILE.db</source>
        <translation>Un serveur : postgresql://UTILISATEUR@SERVEUR/BASE. Un fichier : sqlite:///CHEMIN/DU/FICHIER.db</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="99"/>
        <source>Only if the server asks for one</source>
        <translation>Seulement si le serveur en demande un</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="101"/>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="102"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="106"/>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="110"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="111"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="117"/>
        <source>On a team server everyone works on the same contacts and releases, each with their own user. The password is kept in the system keyring, never in a file.</source>
        <translation>Sur un serveur d’équipe, tout le monde travaille sur les mêmes contacts et communiqués, chacun avec son propre utilisateur. Le mot de passe est conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="164"/>
        <source>Type the password above and try again.</source>
        <translation>Saisissez le mot de passe ci-dessus et réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="177"/>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="206"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="182"/>
        <source>Connected: {name}. {note}</source>
        <translation>Connecté : {name}. {note}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="112"/>
        <source>Select a row to see its details here.</source>
        <translation>Sélectionnez une ligne pour en voir le détail ici.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="44"/>
        <source>About PressDesk</source>
        <translation>À propos de PressDesk</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="46"/>
        <source>Write press releases, keep your media contacts, and send each release as one personal email per journalist, knowing which outlets received it.</source>
        <translation>Rédigez vos communiqués de presse, gérez vos contacts médias et envoyez chaque communiqué par un courriel personnel à chaque journaliste, en sachant quels médias l’ont reçu.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="52"/>
        <source>Your contacts stay on your computer or your office&apos;s own server.</source>
        <translation>Vos contacts restent sur votre ordinateur ou sur le serveur de votre bureau.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="54"/>
        <source>Database: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="57"/>
        <source>Icons: Lucide (ISC licence)</source>
        <translation>Icônes : Lucide (licence ISC)</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../src/pressdesk/ui/forms.py" line="42"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/forms.py" line="114"/>
        <source>Type a name.</source>
        <translation>Saisissez un nom.</translation>
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
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="114"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="138"/>
        <source> · about %n s left</source>
        <translation>
            <numerusform> · environ %n s restante</numerusform>
            <numerusform> · environ %n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="140"/>
        <source>{title} {done} of {total}</source>
        <translation>{title} {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="75"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="76"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="82"/>
        <location filename="../../src/pressdesk/ui/progress.py" line="147"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="117"/>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="123"/>
        <source>{rate} per minute</source>
        <translation>{rate} par minute</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="132"/>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="139"/>
        <source>Stopping safely…</source>
        <translation>Arrêt en toute sécurité…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="148"/>
        <source>Resuming…</source>
        <translation>Reprise…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="153"/>
        <source>Pausing after the current message…</source>
        <translation>Pause après le message en cours…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="164"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="165"/>
        <source>Paused. Nothing is lost; resume when you are ready.</source>
        <translation>En pause. Rien n’est perdu ; reprenez quand vous voulez.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="170"/>
        <source>Stopped. What was done so far is kept.</source>
        <translation>Arrêté. Ce qui a déjà été fait est conservé.</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="75"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="75"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="79"/>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="103"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="80"/>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="106"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="81"/>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="111"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="82"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="83"/>
        <source>Beat</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="84"/>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="124"/>
        <source>Outlet type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="85"/>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="129"/>
        <source>Contains</source>
        <translation>Contient</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="190"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="211"/>
        <source>Select a list or a segment to see who is in it.</source>
        <translation>Sélectionnez une liste ou un segment pour voir qui en fait partie.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="228"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="529"/>
        <source>Show in Contacts</source>
        <translation>Voir dans Contacts</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="230"/>
        <source>Open the Contacts section showing only these contacts</source>
        <translation>Ouvrir la section Contacts avec ces contacts seulement</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="233"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="530"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="235"/>
        <source>Edit filters…</source>
        <translation>Modifier les filtres…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="237"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="531"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="249"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="262"/>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="264"/>
        <source>Take the selected people out of this list; they stay in Contacts</source>
        <translation>Retirer de cette liste les personnes sélectionnées ; elles restent dans Contacts</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="317"/>
        <source>Segment — a saved filter. Whoever matches it when a release is sent receives it, including contacts added later.</source>
        <translation>Segment — un filtre enregistré. Quiconque y correspond à l’envoi d’un communiqué le reçoit, y compris les contacts ajoutés plus tard.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="327"/>
        <source>List — the people you chose. It changes only when you change it.</source>
        <translation>Liste — les personnes que vous avez choisies. Elle ne change que si vous la modifiez.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="337"/>
        <source>Loading the members…</source>
        <translation>Chargement des membres…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/lists_view.py" line="351"/>
        <source>%Ln contacts match now</source>
        <translation>
            <numerusform>%Ln contact correspond</numerusform>
            <numerusform>%Ln contacts correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="358"/>
        <source>Showing the first {shown} of {total}. Show in Contacts lists them all.</source>
        <translation>Affichage des {shown} premiers sur {total}. « Voir dans Contacts » les affiche tous.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="365"/>
        <source>No contact matches these filters yet.</source>
        <translation>Aucun contact ne correspond encore à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="367"/>
        <source>This list is empty. In Contacts, select people and choose Add to list.</source>
        <translation>Cette liste est vide. Dans Contacts, sélectionnez des personnes et choisissez Ajouter à une liste.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="443"/>
        <source>New list…</source>
        <translation>Nouvelle liste…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="445"/>
        <source>A list of people you choose one by one</source>
        <translation>Une liste de personnes choisies une à une</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="449"/>
        <source>New segment…</source>
        <translation>Nouveau segment…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="452"/>
        <source>A saved filter (region, language, beat…) evaluated each time it is used</source>
        <translation>Un filtre enregistré (région, langue, rubrique…) évalué à chaque utilisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="460"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="484"/>
        <source>Lists and segments</source>
        <translation>Listes et segments</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="485"/>
        <source>Lists only</source>
        <translation>Listes seulement</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="486"/>
        <source>Segments only</source>
        <translation>Segments seulement</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="487"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="509"/>
        <source>Nothing matches. Clear the search to see every list.</source>
        <translation>Aucun résultat. Effacez la recherche pour voir toutes les listes.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="559"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/lists_view.py" line="619"/>
        <source>%Ln lists</source>
        <translation>
            <numerusform>%Ln liste</numerusform>
            <numerusform>%Ln listes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/lists_view.py" line="620"/>
        <source>%Ln segments</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="683"/>
        <source>New list</source>
        <translation>Nouvelle liste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="683"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="701"/>
        <source>List name</source>
        <translation>Nom de la liste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="700"/>
        <source>Rename list</source>
        <translation>Renommer la liste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="717"/>
        <source>Delete the segment &apos;{name}&apos;? It is only a saved filter: no contact is deleted.</source>
        <translation>Supprimer le segment « {name} » ? Ce n’est qu’un filtre enregistré : aucun contact n’est supprimé.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="722"/>
        <source>Delete the empty list &apos;{name}&apos;?</source>
        <translation>Supprimer la liste vide « {name} » ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/lists_view.py" line="724"/>
        <source>Delete the list &apos;{name}&apos;? Its %Ln contacts stay in Contacts, with their opt-outs and history; only the list goes.</source>
        <translation>
            <numerusform>Supprimer la liste « {name} » ? Son contact (%Ln) reste dans Contacts, avec son désabonnement et son historique ; seule la liste disparaît.</numerusform>
            <numerusform>Supprimer la liste « {name} » ? Ses %Ln contacts restent dans Contacts, avec leurs désabonnements et leur historique ; seule la liste disparaît.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="732"/>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="734"/>
        <source>Delete list</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="737"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="51"/>
        <source>No contacts</source>
        <translation>Aucun contact</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="52"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="84"/>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="86"/>
        <source>Edit segment</source>
        <translation>Modifier le segment</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="90"/>
        <source>A segment is a saved filter. Nobody is added by hand: whoever matches every filter below when a release is sent receives it.</source>
        <translation>Un segment est un filtre enregistré. Personne n’y est ajouté à la main : quiconque remplit tous les filtres ci-dessous à l’envoi d’un communiqué le reçoit.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="100"/>
        <source>Segment name</source>
        <translation>Nom du segment</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="101"/>
        <source>e.g. Caribbean health reporters</source>
        <translation>p. ex. Journalistes santé des Caraïbes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="104"/>
        <source>Any region</source>
        <translation>Toute région</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="108"/>
        <source>Any country — or a code or name, e.g. HN or Honduras</source>
        <translation>Tout pays — ou un code ou nom, p. ex. HN ou Honduras</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="113"/>
        <source>Any language — or e.g. es, Spanish, français</source>
        <translation>Toute langue — ou p. ex. es, espagnol, français</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="117"/>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="122"/>
        <source>Beat or tag</source>
        <translation>Rubrique ou étiquette</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="121"/>
        <source>Any beat — or e.g. health</source>
        <translation>Toute rubrique — ou p. ex. santé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="125"/>
        <source>Any type of outlet</source>
        <translation>Tout type de média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="131"/>
        <source>Words in the name, address, outlet or notes</source>
        <translation>Mots du nom, de l’adresse, du média ou des notes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="136"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="137"/>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="139"/>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="142"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="145"/>
        <source>Beat or tag:</source>
        <translation>Rubrique ou étiquette :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="146"/>
        <source>Outlet type:</source>
        <translation>Type de média :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="147"/>
        <source>Contains:</source>
        <translation>Contient :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="248"/>
        <source>Fix the filter marked in red to see who matches.</source>
        <translation>Corrigez le filtre marqué en rouge pour voir qui correspond.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="253"/>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="306"/>
        <source>Choose at least one filter.</source>
        <translation>Choisissez au moins un filtre.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="256"/>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="283"/>
        <source>No contact matches these filters right now.</source>
        <translation>Aucun contact ne correspond à ces filtres pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="286"/>
        <source>%Ln contacts match right now.</source>
        <translation>
            <numerusform>%Ln contact correspond en ce moment.</numerusform>
            <numerusform>%Ln contacts correspondent en ce moment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="303"/>
        <source>Give the segment a name.</source>
        <translation>Donnez un nom au segment.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="318"/>
        <source>There is already a segment called &apos;{name}&apos;.</source>
        <translation>Un segment s’appelle déjà « {name} ».</translation>
    </message>
</context>
<context>
    <name>MailboxSettings</name>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="56"/>
        <source>Bounces, replies and opt-out requests come back to the press office&apos;s mailbox. PressDesk reads it, without changing anything, when you choose Check Mailbox in Reports (F9).</source>
        <translation>Les retours en erreur, les réponses et les demandes de désinscription arrivent dans la boîte aux lettres du service de presse. PressDesk la lit, sans rien y changer, quand vous choisissez Relever la boîte dans Rapports (F9).</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="67"/>
        <source>TLS from the start (port 993)</source>
        <translation>TLS dès le début (port 993)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="68"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="79"/>
        <source>With a password</source>
        <translation>Avec un mot de passe</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="82"/>
        <source>With the sign-in of SMTP profile “{name}”</source>
        <translation>Avec la connexion du profil SMTP « {name} »</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="95"/>
        <source>Saved in the system keyring; type to replace it</source>
        <translation>Enregistré dans le trousseau du système ; saisissez-le pour le remplacer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="97"/>
        <source>Kept in the system keyring only</source>
        <translation>Conservé uniquement dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="102"/>
        <source>Only for a server with your organization&apos;s own certificate</source>
        <translation>Seulement pour un serveur doté du certificat propre à votre organisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="106"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="116"/>
        <source>Mailbox server</source>
        <translation>Serveur de la boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="117"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="118"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="119"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="120"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="121"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="122"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="123"/>
        <source>Certificate authority file</source>
        <translation>Fichier de l’autorité de certification</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="128"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="129"/>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="130"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="131"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="133"/>
        <source>S&amp;ign in:</source>
        <translation>Con&amp;nexion :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="134"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="135"/>
        <source>&amp;Folder:</source>
        <translation>Dossie&amp;r :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="136"/>
        <source>&amp;Trust also:</source>
        <translation>Faire aussi con&amp;fiance à :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="141"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="109"/>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="192"/>
        <source>Enter the mailbox server.</source>
        <translation>Indiquez le serveur de la boîte aux lettres.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="196"/>
        <source>There is no certificate file {path}.</source>
        <translation>Le fichier de certificat {path} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="249"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="269"/>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="173"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="235"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="242"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="247"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="251"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="257"/>
        <source>&amp;New Release</source>
        <translation>&amp;Nouveau communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="259"/>
        <source>Write a new press release (Ctrl+N)</source>
        <translation>Rédiger un nouveau communiqué de presse (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="262"/>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="265"/>
        <source>Bring in contacts from a spreadsheet (CSV, Excel) or vCards</source>
        <translation>Importer des contacts depuis un tableur (CSV, Excel) ou des vCards</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="268"/>
        <source>&amp;Add Contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="271"/>
        <source>&amp;Send…</source>
        <translation>En&amp;voyer…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="275"/>
        <source>Send the selected release (Ctrl+Shift+Enter)</source>
        <translation>Envoyer le communiqué sélectionné (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="278"/>
        <source>&amp;About PressDesk</source>
        <translation>À &amp;propos de PressDesk</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="282"/>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="293"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="301"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="303"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="313"/>
        <source>&amp;Release</source>
        <translation>&amp;Communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="320"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="323"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="332"/>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="397"/>
        <source>Not sending</source>
        <translation>Aucun envoi en cours</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="336"/>
        <source>The database PressDesk is working on</source>
        <translation>La base de données utilisée par PressDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="376"/>
        <source>%n sending</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="378"/>
        <source>%n scheduled</source>
        <translation>
            <numerusform>%n programmé</numerusform>
            <numerusform>%n programmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="391"/>
        <source>Sending %n distribution(s)</source>
        <translation>
            <numerusform>Envoi de %n diffusion</numerusform>
            <numerusform>Envoi de %n diffusions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="393"/>
        <source>Sending from another window or computer</source>
        <translation>Envoi en cours depuis une autre fenêtre ou un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="395"/>
        <source>Next send: {moment}</source>
        <translation>Prochain envoi : {moment}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="428"/>
        <source>Select the release to send first.</source>
        <translation>Sélectionnez d’abord le communiqué à envoyer.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="446"/>
        <source>Scheduled for {moment}; it goes out then while PressDesk is open.</source>
        <translation>Programmé pour le {moment} ; il partira à ce moment si PressDesk est ouvert.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="453"/>
        <source>Nobody to send to.</source>
        <translation>Aucun destinataire.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="481"/>
        <source>Resume sending</source>
        <translation>Reprendre l’envoi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="483"/>
        <source>Sending was cut short before the end (distributions: %n). Resume now? Messages already sent will not be sent again.</source>
        <translation>
            <numerusform>L’envoi a été interrompu avant la fin (distributions : %n). Le reprendre maintenant ? Les messages déjà envoyés ne seront pas renvoyés.</numerusform>
            <numerusform>L’envoi a été interrompu avant la fin (distributions : %n). Le reprendre maintenant ? Les messages déjà envoyés ne seront pas renvoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="492"/>
        <source>Messages still to send: %n</source>
        <translation>
            <numerusform>Messages restant à envoyer : %n</numerusform>
            <numerusform>Messages restant à envoyer : %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="493"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="494"/>
        <source>Later (from the Outbox)</source>
        <translation>Plus tard (depuis la Boîte d’envoi)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="533"/>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="542"/>
        <source>Now working on: {name}</source>
        <translation>Base en cours : {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="551"/>
        <source>Close the open editors, then switch the database again.</source>
        <translation>Fermez les éditeurs ouverts, puis changez de nouveau de base.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="635"/>
        <source>Preparing the sample data…</source>
        <translation>Préparation des données d’exemple…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="645"/>
        <source>PressDesk — sample data (changes are thrown away)</source>
        <translation>PressDesk — données d’exemple (modifications non conservées)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="667"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="670"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="671"/>
        <source>Pause</source>
        <translation>Pause</translation>
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
    <name>OAuthSignIn</name>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="74"/>
        <source>Checking the sign-in…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="78"/>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="81"/>
        <source>Opens your browser to sign in to your mail provider.</source>
        <translation>Ouvre votre navigateur pour vous connecter à votre fournisseur de courriel.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="83"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="85"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="90"/>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="136"/>
        <source>This profile logs in with a password.</source>
        <translation>Ce profil se connecte avec un mot de passe.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="145"/>
        <source>Signed in as {account}</source>
        <translation>Connecté en tant que {account}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="147"/>
        <source>Signed in to {provider} as {account}</source>
        <translation>Connecté à {provider} en tant que {account}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="152"/>
        <source>Not signed in to {provider}.</source>
        <translation>Non connecté à {provider}.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="170"/>
        <source>Opening your browser…</source>
        <translation>Ouverture du navigateur…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="177"/>
        <source>Sign in to {provider} in your browser, then come back here.</source>
        <translation>Connectez-vous à {provider} dans votre navigateur, puis revenez ici.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="182"/>
        <source>Completing the sign-in…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="56"/>
        <source>due now</source>
        <translation>imminent</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="61"/>
        <source>in {days} d {hours} h</source>
        <translation>dans {days} j {hours} h</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="63"/>
        <source>in {hours} h {minutes:02d} min</source>
        <translation>dans {hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="67"/>
        <source>in {minutes} min {seconds:02d} s</source>
        <translation>dans {minutes} min {seconds:02d} s</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="70"/>
        <source>in {seconds} s</source>
        <translation>dans {seconds} s</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="100"/>
        <source>Select a distribution to see its details and actions.</source>
        <translation>Sélectionnez une distribution pour voir ses détails et actions.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="107"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="108"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="110"/>
        <source>Retry deferred now</source>
        <translation>Relancer les différés</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="113"/>
        <source>Try the temporarily refused messages again now instead of waiting</source>
        <translation>Réessayer maintenant les messages refusés temporairement, sans attendre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="115"/>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="116"/>
        <source>Cancel every message not sent yet</source>
        <translation>Annuler tous les messages pas encore envoyés</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="118"/>
        <source>Resume sending</source>
        <translation>Reprendre l’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="119"/>
        <source>Pause sending</source>
        <translation>Mettre l’envoi en pause</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="120"/>
        <source>Retry deferred messages now</source>
        <translation>Relancer maintenant les messages différés</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="121"/>
        <source>Cancel the distribution</source>
        <translation>Annuler la distribution</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="156"/>
        <source>PressDesk lost contact with the mail server while handing these messages over, so it cannot tell whether they went out. Check with the people if you can, then either send them again (some may get it twice) or mark them as received.</source>
        <translation>PressDesk a perdu le contact avec le serveur de courriel pendant la remise de ces messages : il ne peut pas savoir s’ils sont partis. Vérifiez auprès des personnes si possible, puis renvoyez-les (certaines le recevront peut-être deux fois) ou marquez-les comme reçus.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="165"/>
        <source>Uncertain deliveries</source>
        <translation>Remises incertaines</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="167"/>
        <source>Send them again</source>
        <translation>Les renvoyer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="169"/>
        <source>Send the uncertain messages again</source>
        <translation>Renvoyer les messages incertains</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="175"/>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="449"/>
        <source>Mark as received</source>
        <translation>Marquer comme reçus</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="178"/>
        <source>Mark the uncertain messages as received</source>
        <translation>Marquer les messages incertains comme reçus</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="224"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="225"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="226"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="227"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="228"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="229"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="230"/>
        <source>Uncertain</source>
        <translation>Incertains</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="231"/>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="262"/>
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="267"/>
        <source>Handed over at {moment}</source>
        <translation>Remis au serveur le {moment}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="274"/>
        <source>Uncertain: %Ln — these may or may not have arrived</source>
        <translation>
            <numerusform>Incertains : %Ln — arrivé ou non, on ne sait pas</numerusform>
            <numerusform>Incertains : %Ln — arrivés ou non, on ne sait pas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="290"/>
        <source>Sending now from this window</source>
        <translation>Envoi en cours depuis cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="292"/>
        <source>Scheduled for {moment} — {countdown}</source>
        <translation>Programmé pour le {moment} — {countdown}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="297"/>
        <source>Interrupted before the end. Resume sends only what has not gone out.</source>
        <translation>Interrompu avant la fin. Reprendre n’envoie que ce qui n’est pas parti.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="301"/>
        <source>Paused. Resume sends only what has not gone out.</source>
        <translation>En pause. Reprendre n’envoie que ce qui n’est pas parti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="419"/>
        <source>Cancel this distribution? The messages not sent yet (%Ln) will never be sent. The ones already sent stay sent.</source>
        <translation>
            <numerusform>Annuler cette distribution ? Le message pas encore envoyé (%Ln) ne le sera jamais. Ceux déjà envoyés le restent.</numerusform>
            <numerusform>Annuler cette distribution ? Les messages pas encore envoyés (%Ln) ne le seront jamais. Ceux déjà envoyés le restent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="426"/>
        <source>Cancel distribution</source>
        <translation>Annuler la distribution</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="442"/>
        <source>Mark the uncertain messages (%Ln) as received? Do this once you know they arrived: they will count as sent and will not be sent again.</source>
        <translation>
            <numerusform>Marquer le message incertain (%Ln) comme reçu ? Faites-le une fois sûr qu’il est arrivé : il comptera comme envoyé et ne sera pas renvoyé.</numerusform>
            <numerusform>Marquer les messages incertains (%Ln) comme reçus ? Faites-le une fois sûr qu’ils sont arrivés : ils compteront comme envoyés et ne seront pas renvoyés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="466"/>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="473"/>
        <source>Keep it</source>
        <translation>Laisser tel quel</translation>
    </message>
</context>
<context>
    <name>OutletTypes</name>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="10"/>
        <source>Newspaper</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="11"/>
        <source>TV</source>
        <translation>Télévision</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="12"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="13"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="14"/>
        <source>News agency</source>
        <translation>Agence de presse</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="15"/>
        <source>Magazine</source>
        <translation>Magazine</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="16"/>
        <source>Freelance</source>
        <translation>Pigiste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="17"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>OutletsView</name>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="159"/>
        <source>Select an outlet to see its journalists and details here.</source>
        <translation>Sélectionnez un média pour voir ici ses journalistes et ses détails.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="171"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="181"/>
        <source>Journalists at this outlet</source>
        <translation>Journalistes de ce média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="230"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="295"/>
        <source>Journalists ({count})</source>
        <translation>Journalistes ({count})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="232"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="427"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="258"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="260"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="571"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="264"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="572"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="266"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="634"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="271"/>
        <source>Releases</source>
        <translation>Communiqués</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="273"/>
        <source>Received %Ln releases</source>
        <translation>
            <numerusform>A reçu %Ln communiqué</numerusform>
            <numerusform>A reçu %Ln communiqués</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="275"/>
        <source>Has not received a release yet</source>
        <translation>N’a encore reçu aucun communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="303"/>
        <source>Showing the first {shown} of {total}.</source>
        <translation>Affichage des {shown} premiers sur {total}.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="308"/>
        <source>No contact works here yet.</source>
        <translation>Aucun contact ne travaille encore ici.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="331"/>
        <source>Add outlet…</source>
        <translation>Ajouter un média…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="356"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="357"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="360"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="363"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="398"/>
        <source>No outlet matches. Try fewer words or clear the filters.</source>
        <translation>Aucun média ne correspond. Essayez moins de mots ou effacez les filtres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="479"/>
        <source>%Ln outlets</source>
        <translation>
            <numerusform>%Ln média</numerusform>
            <numerusform>%Ln médias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="569"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="570"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="595"/>
        <source>New outlet</source>
        <translation>Nouveau média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="597"/>
        <source>Edit outlet</source>
        <translation>Modifier le média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="602"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="609"/>
        <source>Code or name, e.g. DO or Dominican Republic</source>
        <translation>Code ou nom, p. ex. DO ou République dominicaine</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="612"/>
        <source>e.g. es, en</source>
        <translation>p. ex. es, en</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="614"/>
        <source>e.g. https://www.example.com</source>
        <translation>p. ex. https://www.example.com</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="632"/>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="633"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="635"/>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="672"/>
        <source>An outlet needs a name.</source>
        <translation>Un média doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="674"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="714"/>
        <source>Another outlet is already called &apos;{name}&apos;.</source>
        <translation>Un autre média s’appelle déjà « {name} ».</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="75"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="85"/>
        <source>e.g. Regional Office for Central America</source>
        <translation>p. ex. Bureau régional pour l’Amérique centrale</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="96"/>
        <source>Organization name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="97"/>
        <source>Press office email</source>
        <translation>Adresse du service de presse</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="98"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="99"/>
        <source>Default language for releases</source>
        <translation>Langue par défaut des communiqués</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="106"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="107"/>
        <source>Press office &amp;email:</source>
        <translation>&amp;Adresse du service de presse :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="108"/>
        <source>&amp;Website:</source>
        <translation>&amp;Site web :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="109"/>
        <source>Releases &amp;written in:</source>
        <translation>Communiqués &amp;rédigés en :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="111"/>
        <source>Who you are, in two or three sentences.</source>
        <translation>Qui vous êtes, en deux ou trois phrases.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="112"/>
        <source>About us</source>
        <translation>Qui sommes-nous</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="115"/>
        <source>Name, office, phone and email</source>
        <translation>Nom, bureau, téléphone et courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="116"/>
        <source>Press-office contact</source>
        <translation>Contact presse</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="118"/>
        <source>&amp;About us:</source>
        <translation>&amp;Qui sommes-nous :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="119"/>
        <source>Press-office &amp;contact:</source>
        <translation>&amp;Contact presse :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="122"/>
        <source>Shown in your releases. Journalists&apos; unsubscribe requests go to the press office email. Everyone who uses this database sees the same settings.</source>
        <translation>Affiché dans vos communiqués. Les demandes de désabonnement des journalistes arrivent à l’adresse du service de presse. Toutes les personnes qui utilisent cette base voient les mêmes réglages.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="136"/>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="142"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="148"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="151"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="152"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="153"/>
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
        <location filename="../../src/pressdesk/ui/release_editor.py" line="203"/>
        <source>From the library…</source>
        <translation>Depuis la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="232"/>
        <source>New release</source>
        <translation>Nouveau communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="234"/>
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="262"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="266"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="820"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="269"/>
        <source>Mark the release as approved for sending</source>
        <translation>Marquer le communiqué comme approuvé pour l’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="272"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="273"/>
        <source>Save an archive copy as PDF</source>
        <translation>Enregistrer une copie d’archive en PDF</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="275"/>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="280"/>
        <source>Send this release to lists and segments (Ctrl+Shift+Enter)</source>
        <translation>Envoyer ce communiqué à des listes et segments (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="291"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="317"/>
        <source>Language versions</source>
        <translation>Versions linguistiques</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="319"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="678"/>
        <source>Add a language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="327"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="328"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="332"/>
        <source>Subheadline (optional)</source>
        <translation>Sous-titre (facultatif)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="333"/>
        <source>Subheadline</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="342"/>
        <source>Dateline place, e.g. PANAMA CITY</source>
        <translation>Lieu d’émission, p. ex. PANAMA</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="344"/>
        <source>Dateline</source>
        <translation>Lieu d’émission</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="349"/>
        <source>Release date</source>
        <translation>Date du communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="351"/>
        <source>Main language</source>
        <translation>Langue principale</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="352"/>
        <source>Embargoed until</source>
        <translation>Sous embargo jusqu’au</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="356"/>
        <source>Embargo moment</source>
        <translation>Date et heure de l’embargo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="360"/>
        <source>Embargo time zone</source>
        <translation>Fuseau horaire de l’embargo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="368"/>
        <source>Main language:</source>
        <translation>Langue principale :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="379"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="380"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="381"/>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="382"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="383"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="384"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="394"/>
        <source>Write the release here. Markdown works: **bold**, *italic*, ## heading, - list, [link](https://…), &gt; quote.</source>
        <translation>Rédigez ici le communiqué. Markdown est accepté : **gras**, *italique*, ## intertitre, - liste, [lien](https://…), &gt; citation.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="400"/>
        <source>Body</source>
        <translation>Corps du texte</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="404"/>
        <source>About us</source>
        <translation>Qui sommes-nous</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="405"/>
        <source>The organization&apos;s boilerplate</source>
        <translation>Le texte de présentation de l’organisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="408"/>
        <source>Media contact</source>
        <translation>Contact presse</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="409"/>
        <source>Name, office, phone and email for journalists</source>
        <translation>Nom, bureau, téléphone et courriel pour les journalistes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="413"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="422"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="874"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="415"/>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="417"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="451"/>
        <source>Preview as</source>
        <translation>Aperçu pour</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="458"/>
        <source>HTML preview</source>
        <translation>Aperçu HTML</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="461"/>
        <source>Plain text preview</source>
        <translation>Aperçu en texte brut</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="466"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="467"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="473"/>
        <source>Preview as:</source>
        <translation>Aperçu pour :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="517"/>
        <source>A sample journalist</source>
        <translation>Un journaliste fictif</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="544"/>
        <source>Release #{id}</source>
        <translation>Communiqué nº {id}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="679"/>
        <source>Language of the new version:</source>
        <translation>Langue de la nouvelle version :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="709"/>
        <source>Status: {status}</source>
        <translation>État : {status}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="710"/>
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="717"/>
        <source>EMBARGOED until {moment} ({zone}). Journalists see the embargo in the subject and at the top of the release.</source>
        <translation>SOUS EMBARGO jusqu’au {moment} ({zone}). Les journalistes voient l’embargo dans l’objet et en tête du communiqué.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="738"/>
        <source>Write a headline to see the preview.</source>
        <translation>Saisissez un titre pour voir l’aperçu.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="764"/>
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="821"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="841"/>
        <source>Save the release first.</source>
        <translation>Enregistrez d’abord le communiqué.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="840"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="846"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="865"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="875"/>
        <source>Save the release once, then attach files to it.</source>
        <translation>Enregistrez d’abord le communiqué, puis joignez-y des fichiers.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="941"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="942"/>
        <source>Save your changes to this release?</source>
        <translation>Enregistrer les modifications de ce communiqué ?</translation>
    </message>
</context>
<context>
    <name>ReleasesView</name>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="41"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="42"/>
        <source>Open in the editor</source>
        <translation>Ouvrir dans l’éditeur</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="44"/>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="45"/>
        <source>Send this release</source>
        <translation>Envoyer ce communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="54"/>
        <source>As a journalist receives it</source>
        <translation>Tel qu’un journaliste le reçoit</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="62"/>
        <source>Email preview</source>
        <translation>Aperçu du courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="89"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="102"/>
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="110"/>
        <source>No preview: {problem}</source>
        <translation>Aucun aperçu : {problem}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../src/pressdesk/ui/report_data.py" line="168"/>
        <source>No mailbox is set up for bounces and replies yet.</source>
        <translation>Aucune boîte aux lettres n’est encore configurée pour les rejets et réponses.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_data.py" line="169"/>
        <source>Set up the press office&apos;s mailbox in Preferences → Mailbox, or import a saved .eml or .mbox file instead.</source>
        <translation>Configurez la boîte aux lettres du service de presse dans Préférences → Boîte aux lettres, ou importez plutôt un fichier .eml ou .mbox enregistré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="183"/>
        <source>%Ln bounced</source>
        <translation>
            <numerusform>%Ln rejeté</numerusform>
            <numerusform>%Ln rejetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="184"/>
        <source>%Ln opted out</source>
        <translation>
            <numerusform>%Ln désabonnement</numerusform>
            <numerusform>%Ln désabonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="185"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln réponse</numerusform>
            <numerusform>%Ln réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="186"/>
        <source>%Ln automatic replies</source>
        <translation>
            <numerusform>%Ln réponse automatique</numerusform>
            <numerusform>%Ln réponses automatiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="189"/>
        <source>%Ln delayed</source>
        <translation>
            <numerusform>%Ln retardé</numerusform>
            <numerusform>%Ln retardés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="192"/>
        <source>%Ln not matched to a release</source>
        <translation>
            <numerusform>%Ln sans communiqué associé</numerusform>
            <numerusform>%Ln sans communiqué associé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="195"/>
        <source>%Ln read before</source>
        <translation>
            <numerusform>%Ln déjà lu</numerusform>
            <numerusform>%Ln déjà lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="196"/>
        <source>%Ln messages read: </source>
        <translation>
            <numerusform>%Ln message lu : </numerusform>
            <numerusform>%Ln messages lus : </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="40"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="41"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="54"/>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="607"/>
        <source>Bounced</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="42"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="52"/>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="602"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="43"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="44"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="55"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="45"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="48"/>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="49"/>
        <source>Sending</source>
        <translation>En cours d’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="50"/>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="597"/>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="51"/>
        <source>Deferred, will retry</source>
        <translation>Différé, nouvel essai prévu</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="53"/>
        <source>Uncertain</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="68"/>
        <source>Bounce</source>
        <translation>Rejet</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="69"/>
        <source>Opt-out</source>
        <translation>Désabonnement</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="70"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="71"/>
        <source>Automatic reply</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="74"/>
        <source>Newspaper</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="75"/>
        <source>Television</source>
        <translation>Télévision</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="76"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="77"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="78"/>
        <source>News agency</source>
        <translation>Agence de presse</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="79"/>
        <source>Magazine</source>
        <translation>Magazine</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="80"/>
        <source>Freelance</source>
        <translation>Pigiste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="81"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_tables.py" line="89"/>
        <source>%Ln pickups</source>
        <translation>
            <numerusform>%Ln reprise</numerusform>
            <numerusform>%Ln reprises</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="102"/>
        <source>Unknown region</source>
        <translation>Région inconnue</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="171"/>
        <source>Columns of {table}</source>
        <translation>Colonnes de {table}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_tables.py" line="342"/>
        <source>{headline}
First sent {date} · received by %Ln outlets</source>
        <translation>
            <numerusform>{headline}
Premier envoi : {date} · reçu par %Ln média</numerusform>
            <numerusform>{headline}
Premier envoi : {date} · reçu par %Ln médias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="131"/>
        <source>Report views</source>
        <translation>Vues du rapport</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="133"/>
        <source>By release</source>
        <translation>Par communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="136"/>
        <source>Over a period</source>
        <translation>Sur une période</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="141"/>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="701"/>
        <source>Bounces and replies</source>
        <translation>Rejets et réponses</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="146"/>
        <source>Go to Releases</source>
        <translation>Aller aux communiqués</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="152"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="169"/>
        <source>&amp;Import Bounces and Replies…</source>
        <translation>&amp;Importer rejets et réponses…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="173"/>
        <source>Read bounces, opt-outs and replies from a saved message (.eml) or mailbox (.mbox)</source>
        <translation>Lire rejets, désabonnements et réponses d’un message (.eml) ou d’une boîte (.mbox) enregistrés</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="180"/>
        <source>&amp;Check Mailbox</source>
        <translation>&amp;Relever la boîte</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="184"/>
        <source>Fetch new bounces, opt-outs and replies from the press office&apos;s mailbox (F9)</source>
        <translation>Relever les nouveaux rejets, désabonnements et réponses dans la boîte du service de presse (F9)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="191"/>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="195"/>
        <source>Save the table shown as CSV, Excel or JSON (Ctrl+E)</source>
        <translation>Enregistrer le tableau affiché en CSV, Excel ou JSON (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="227"/>
        <source>Sent releases</source>
        <translation>Communiqués envoyés</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="229"/>
        <source>No release has been sent yet.</source>
        <translation>Aucun communiqué n’a encore été envoyé.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="239"/>
        <source>Export List…</source>
        <translation>Exporter la liste…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="242"/>
        <source>Save the list of sent releases as CSV, Excel or JSON</source>
        <translation>Enregistrer la liste des communiqués envoyés en CSV, Excel ou JSON</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="261"/>
        <source>Report by outlet</source>
        <translation>Rapport par média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="263"/>
        <source>This release went to no outlet.</source>
        <translation>Ce communiqué n’est allé à aucun média.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="266"/>
        <source>Delivery log</source>
        <translation>Journal des remises</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="268"/>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="274"/>
        <source>This release has no deliveries.</source>
        <translation>Ce communiqué n’a aucune remise.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="272"/>
        <source>Report by region</source>
        <translation>Rapport par région</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="278"/>
        <source>Delivered, failed and bounced by region</source>
        <translation>Remis, échecs et rejets par région</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="279"/>
        <source>Nothing to chart yet: this release has no settled deliveries.</source>
        <translation>Rien à représenter encore : ce communiqué n’a aucune remise aboutie.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="284"/>
        <source>Coverage over time</source>
        <translation>Retombées dans le temps</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="285"/>
        <source>No coverage logged yet. Log a pickup in the Coverage tab and it is charted here.</source>
        <translation>Aucune retombée notée. Notez une reprise dans l’onglet Retombées et elle apparaîtra ici.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="297"/>
        <source>Coverage log</source>
        <translation>Journal des retombées</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="299"/>
        <source>No pickups logged for this release. When an outlet runs it, log the link here.</source>
        <translation>Aucune reprise notée pour ce communiqué. Quand un média le publie, notez le lien ici.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="306"/>
        <source>Log a pickup…</source>
        <translation>Noter une reprise…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="310"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="319"/>
        <source>Double-click a pickup to open its link</source>
        <translation>Double-cliquez sur une reprise pour ouvrir son lien</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="333"/>
        <source>Release report views</source>
        <translation>Vues du rapport du communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="335"/>
        <source>By outlet</source>
        <translation>Par média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="336"/>
        <source>By contact</source>
        <translation>Par contact</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="337"/>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="338"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="339"/>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="624"/>
        <source>Coverage</source>
        <translation>Retombées</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="344"/>
        <source>Export this table</source>
        <translation>Exporter ce tableau</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="370"/>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="375"/>
        <source>First sent since</source>
        <translation>Premier envoi depuis</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="378"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="379"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="382"/>
        <source>All outlet types</source>
        <translation>Tous les types de média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="385"/>
        <source>Outlet type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="394"/>
        <source>Export the matrix</source>
        <translation>Exporter la matrice</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="415"/>
        <source>A “Not sent” cell is a gap: nobody at that outlet was sent the release.</source>
        <translation>Une case « Non envoyé » est un manque : personne dans ce média n’a reçu le communiqué.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="425"/>
        <source>Outlets and releases</source>
        <translation>Médias et communiqués</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="427"/>
        <source>No release was first sent in this period. Choose an earlier date.</source>
        <translation>Aucun communiqué n’a été envoyé pour la première fois sur cette période. Choisissez une date antérieure.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="432"/>
        <source>Releases received and outlets reached, by region</source>
        <translation>Communiqués reçus et médias atteints, par région</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="433"/>
        <source>Nothing reached any region in this period.</source>
        <translation>Rien n’a atteint aucune région sur cette période.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="445"/>
        <source>Period report views</source>
        <translation>Vues du rapport de période</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="446"/>
        <source>Outlets × releases</source>
        <translation>Médias × communiqués</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="447"/>
        <source>Reach by region</source>
        <translation>Portée par région</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="458"/>
        <source>Bounces, opt-outs and replies appear here once you check the mailbox or import a saved message. Bounced deliveries are marked in the reports; people who ask to be removed are opted out at once.</source>
        <translation>Les rejets, désabonnements et réponses apparaissent ici dès que vous relevez la boîte ou importez un message enregistré. Les remises rejetées sont signalées dans les rapports ; les personnes qui demandent à être retirées sont désabonnées aussitôt.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="471"/>
        <source>Mail that came back</source>
        <translation>Courriels revenus</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="473"/>
        <source>Nothing has come back yet.</source>
        <translation>Rien n’est encore revenu.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="477"/>
        <source>Export the mail list</source>
        <translation>Exporter la liste des courriels</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/reports_view.py" line="531"/>
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln envoyé</numerusform>
            <numerusform>%Ln envoyés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="565"/>
        <source>Sent to {recipients} people · {delivered} delivered · {failed} failed · {bounced} bounced · {outlets} outlets reached</source>
        <translation>Destinataires : {recipients} · Remis : {delivered} · Échecs : {failed} · Rejets : {bounced} · Médias atteints : {outlets}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="614"/>
        <source>Pickups so far</source>
        <translation>Reprises à ce jour</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="620"/>
        <source>Coverage ({count})</source>
        <translation>Retombées ({count})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="674"/>
        <source>Releases received</source>
        <translation>Communiqués reçus</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="679"/>
        <source>Outlets reached</source>
        <translation>Médias atteints</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="697"/>
        <source>Bounces and replies ({count})</source>
        <translation>Rejets et réponses ({count})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="745"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="749"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="750"/>
        <source>CSV for any spreadsheet (*.csv)</source>
        <translation>CSV pour tout tableur (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="751"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="770"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="776"/>
        <source>Exporting {done} of {total} rows…</source>
        <translation>Exportation de {done} lignes sur {total}…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="783"/>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="791"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="807"/>
        <source>Exporting {name}</source>
        <translation>Exportation de {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="851"/>
        <source>Remove pickup</source>
        <translation>Retirer la reprise</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="852"/>
        <source>Remove the pickup by {outlet} from the coverage log?
{url}</source>
        <translation>Retirer la reprise de {outlet} du journal des retombées ?
{url}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="855"/>
        <source>an unknown outlet</source>
        <translation>un média inconnu</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="887"/>
        <source>Import bounces and replies</source>
        <translation>Importer rejets et réponses</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="889"/>
        <source>Saved mail (*.eml *.mbox);;All files (*)</source>
        <translation>Courriels enregistrés (*.eml *.mbox);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="897"/>
        <source>Reading {name}</source>
        <translation>Lecture de {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="904"/>
        <source>Checking the mailbox</source>
        <translation>Relève de la boîte</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="931"/>
        <source>Opted out by email, never to be sent anything again: {addresses}</source>
        <translation>Désabonnés par courriel, plus rien ne leur sera envoyé : {addresses}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/reports_view.py" line="938"/>
        <source>%Ln contacts flagged for review after a permanent bounce; see their cards in Contacts.</source>
        <translation>
            <numerusform>%Ln contact signalé à vérifier après un rejet définitif ; voyez sa fiche dans Contacts.</numerusform>
            <numerusform>%Ln contacts signalés à vérifier après un rejet définitif ; voyez leurs fiches dans Contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="226"/>
        <source>Nothing matches your search.</source>
        <translation>Aucun résultat pour cette recherche.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="248"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/sections.py" line="286"/>
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
        <location filename="../../src/pressdesk/ui/section_specs.py" line="27"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="28"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="29"/>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="284"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="30"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="224"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="31"/>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="32"/>
        <source>Sending</source>
        <translation>En cours d’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="33"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="34"/>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="35"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="36"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="41"/>
        <source>Newspaper</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="42"/>
        <source>TV</source>
        <translation>Télévision</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="43"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="44"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="45"/>
        <source>News agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="46"/>
        <source>Magazine</source>
        <translation>Magazine</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="47"/>
        <source>Freelance</source>
        <translation>Pigiste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="48"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="171"/>
        <source>Newspapers, broadcasters, agencies and online media, their journalists and the releases they received.</source>
        <translation>Journaux, radios et télévisions, agences et médias en ligne, leurs journalistes et les communiqués reçus.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="179"/>
        <source>Outlets are created as you import contacts, or add one here. Then you can see which media received each release.</source>
        <translation>Les médias sont créés à l’import des contacts, ou ajoutez-en un ici. Vous verrez ensuite quels médias ont reçu chaque communiqué.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="184"/>
        <source>Search outlet, country or website</source>
        <translation>Rechercher un média, un pays ou un site</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="191"/>
        <source>A list holds the people you chose. A segment is a saved filter (region, language, beat…) counted again each time it is used, so new contacts who match are included.</source>
        <translation>Une liste réunit les personnes que vous avez choisies. Un segment est un filtre enregistré (région, langue, rubrique…) recalculé à chaque utilisation : les nouveaux contacts qui correspondent y sont inclus.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="198"/>
        <source>No lists or segments yet</source>
        <translation>Pas encore de listes ni de segments</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="199"/>
        <source>Make a list of chosen people (for example &apos;Ministers trip press&apos;), or a segment that picks contacts by region, language or beat (for example &apos;Caribbean health reporters&apos;). Then send a release to it.</source>
        <translation>Créez une liste de personnes choisies (par exemple « Presse voyage ministériel ») ou un segment qui retient les contacts par région, langue ou rubrique (par exemple « Journalistes santé des Caraïbes »). Envoyez-lui ensuite un communiqué.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="205"/>
        <source>Search lists and segments</source>
        <translation>Rechercher listes et segments</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="106"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="96"/>
        <source>Releases</source>
        <translation>Communiqués</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="98"/>
        <source>Press releases in every language, from draft to sent.</source>
        <translation>Les communiqués de presse dans toutes les langues, du brouillon à l’envoi.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="288"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="100"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="122"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="101"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="103"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="103"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="123"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="279"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="106"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="121"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="219"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="252"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="113"/>
        <source>No releases yet</source>
        <translation>Aucun communiqué pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="114"/>
        <source>Write a release here, or bring one in from a Markdown file. Each goes out as one personal email per journalist, in their language.</source>
        <translation>Rédigez un communiqué ici ou importez-le d’un fichier Markdown. Chacun part en un courriel personnel à chaque journaliste, dans sa langue.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="119"/>
        <source>Search headlines</source>
        <translation>Rechercher un titre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="120"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="296"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="121"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="104"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="131"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="122"/>
        <source>What it holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="133"/>
        <source>Journalists and editors, with their outlet, country and region.</source>
        <translation>Journalistes et rédacteurs, avec leur média, leur pays et leur région.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="93"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="119"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="126"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="276"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="137"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="98"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="130"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="275"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="138"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="154"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="99"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="290"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="100"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="129"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="99"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="266"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="277"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="289"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="305"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="323"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="139"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="155"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="101"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="101"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="140"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="156"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="102"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="103"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="102"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="270"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="324"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="141"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="157"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="105"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="142"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="158"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="108"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="143"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="160"/>
        <source>Opted out</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="472"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="390"/>
        <location filename="../../src/pressdesk/ui/sections.py" line="208"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="146"/>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="147"/>
        <source>Bring in your press list from a spreadsheet (CSV or Excel) or vCards. Duplicates are merged by address and opt-outs are always kept.</source>
        <translation>Importez votre liste de presse depuis un tableur (CSV ou Excel) ou des vCards. Les doublons sont fusionnés par adresse et les désinscriptions sont toujours conservées.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="152"/>
        <source>Search name, email or outlet</source>
        <translation>Rechercher nom, courriel ou média</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="161"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="169"/>
        <source>Outlets</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="100"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="325"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="178"/>
        <source>No outlets yet</source>
        <translation>Aucun média pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="189"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="210"/>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="212"/>
        <source>Distributions being sent, scheduled or interrupted, and what became of each.</source>
        <translation>Les diffusions en cours, programmées ou interrompues, et le résultat de chacune.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="216"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="253"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="244"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="302"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="217"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="269"/>
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="247"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="257"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="227"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="272"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="232"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="237"/>
        <source>Uncertain</source>
        <translation>Incertains</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="241"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="255"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="244"/>
        <source>Nothing sent yet</source>
        <translation>Rien n’a encore été envoyé</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="245"/>
        <source>When you send a release, its progress appears here: who received it, who failed, and anything waiting to be retried.</source>
        <translation>Quand vous envoyez un communiqué, son avancement s’affiche ici : qui l’a reçu, ce qui a échoué et ce qui attend un nouvel essai.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="250"/>
        <source>Search distributions</source>
        <translation>Rechercher une diffusion</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="254"/>
        <source>Scheduled for</source>
        <translation>Programmée pour</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="263"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="265"/>
        <source>Which outlets received each release, from PressDesk&apos;s own records.</source>
        <translation>Quels médias ont reçu chaque communiqué, d’après les registres de PressDesk.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="245"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="255"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="270"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="246"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="256"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="271"/>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="248"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="258"/>
        <source>Bounced</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="249"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="272"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="274"/>
        <source>Outlets reached</source>
        <translation>Médias atteints</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="259"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="260"/>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="261"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="353"/>
        <source>Coverage</source>
        <translation>Retombées</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="283"/>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="285"/>
        <source>Server reply</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="291"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="292"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="300"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="306"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="308"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="312"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="352"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="110"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="124"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="280"/>
        <source>No reports yet</source>
        <translation>Aucun rapport pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="281"/>
        <source>Once a release has been sent, see here who received it, by outlet and by region. No tracking pixels: the figures come from your own send records.</source>
        <translation>Une fois un communiqué envoyé, voyez ici qui l’a reçu, par média et par région. Aucun pixel espion : les chiffres viennent de vos propres registres d’envoi.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="286"/>
        <source>Search releases</source>
        <translation>Rechercher un communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="161"/>
        <location filename="../../src/pressdesk/ui/table.py" line="69"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="143"/>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="107"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="129"/>
        <source>({time} here)</source>
        <translation>({time} ici)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="142"/>
        <source>{skipped}: {opted_out}, {received}</source>
        <translation>{skipped} : {opted_out}, {received}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="143"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln écarté</numerusform>
            <numerusform>%Ln écartés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="144"/>
        <source>%Ln opted out</source>
        <translation>
            <numerusform>%Ln désabonné</numerusform>
            <numerusform>%Ln désabonnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="145"/>
        <source>%Ln already received it</source>
        <translation>
            <numerusform>%Ln l’a déjà reçu</numerusform>
            <numerusform>%Ln l’ont déjà reçu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="156"/>
        <source>Schedule &apos;{headline}&apos; for {moment}, to %Ln contacts ({skipped})?</source>
        <translation>
            <numerusform>Programmer « {headline} » pour le {moment}, à %Ln contact ({skipped}) ?</numerusform>
            <numerusform>Programmer « {headline} » pour le {moment}, à %Ln contacts ({skipped}) ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="162"/>
        <source>Send &apos;{headline}&apos; to %Ln contacts ({skipped})?</source>
        <translation>
            <numerusform>Envoyer « {headline} » à %Ln contact ({skipped}) ?</numerusform>
            <numerusform>Envoyer « {headline} » à %Ln contacts ({skipped}) ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="176"/>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="564"/>
        <source>Send release</source>
        <translation>Envoyer le communiqué</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="197"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="207"/>
        <source>Lists and segments to send to</source>
        <translation>Listes et segments destinataires</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="212"/>
        <source>There are no lists yet. Create one in the Lists section, or import contacts.</source>
        <translation>Il n’y a pas encore de liste. Créez-en une dans la section Listes, ou importez des contacts.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="220"/>
        <source>Also send to people who already received it</source>
        <translation>Envoyer aussi à ceux qui l’ont déjà reçu</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="223"/>
        <source>Resend to people who already received it</source>
        <translation>Renvoyer à ceux qui l’ont déjà reçu</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="228"/>
        <source>Mail server profile</source>
        <translation>Profil du serveur de courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="231"/>
        <source>No mail server is set up yet. Add one in Preferences → Sending.</source>
        <translation>Aucun serveur de courriel n’est encore configuré. Ajoutez-en un dans Préférences → Envoi.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="238"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="239"/>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="240"/>
        <source>At</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="241"/>
        <source>Send at a chosen moment</source>
        <translation>Envoyer au moment choisi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="249"/>
        <source>Moment to send</source>
        <translation>Moment de l’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="261"/>
        <source>your time ({zone})</source>
        <translation>votre heure ({zone})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="269"/>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="443"/>
        <source>Choose at least one list or segment.</source>
        <translation>Choisissez au moins une liste ou un segment.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="273"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="284"/>
        <source>Address for the test copy</source>
        <translation>Adresse de la copie de test</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="286"/>
        <source>Send a test to me</source>
        <translation>M’envoyer un test</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="288"/>
        <source>One copy marked [TEST] to this address; nothing is recorded as delivered</source>
        <translation>Une copie marquée [TEST] à cette adresse ; rien n’est noté comme remis</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="308"/>
        <source>Send to:</source>
        <translation>Envoyer à :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="312"/>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="313"/>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="314"/>
        <source>Test:</source>
        <translation>Test :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="319"/>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="322"/>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="573"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="326"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="354"/>
        <source>Send “{headline}”</source>
        <translation>Envoyer « {headline} »</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="359"/>
        <source>{name} (list · {count})</source>
        <translation>{name} (liste · {count})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="363"/>
        <source>{name} (segment)</source>
        <translation>{name} (segment)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="449"/>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="641"/>
        <source>Set up a mail server first (Preferences → Sending).</source>
        <translation>Configurez d’abord un serveur de courriel (Préférences → Envoi).</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="455"/>
        <source>Counting recipients…</source>
        <translation>Décompte des destinataires…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="479"/>
        <source>%Ln recipients · {skipped}</source>
        <translation>
            <numerusform>%Ln destinataire · {skipped}</numerusform>
            <numerusform>%Ln destinataires · {skipped}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="485"/>
        <source>By language: {languages}</source>
        <translation>Par langue : {languages}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="501"/>
        <source>Cannot send yet.</source>
        <translation>Envoi impossible pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="512"/>
        <source>EMBARGOED until {moment}. Journalists see the embargo in the message; sending when it lifts is safest.</source>
        <translation>SOUS EMBARGO jusqu’au {moment}. Les journalistes voient l’embargo dans le message ; le plus sûr est d’envoyer à sa levée.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="526"/>
        <source>Sending now means journalists get it before the embargo lifts.</source>
        <translation>Envoyer maintenant, c’est le livrer aux journalistes avant la levée de l’embargo.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="533"/>
        <source>The chosen moment is before the embargo lifts.</source>
        <translation>Le moment choisi précède la levée de l’embargo.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="537"/>
        <source>The chosen moment is in the past; choose a later one or Now.</source>
        <translation>Le moment choisi est passé ; choisissez-en un plus tard ou Maintenant.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="544"/>
        <source>Nobody to send to: everyone chosen was skipped.</source>
        <translation>Aucun destinataire : toutes les personnes choisies ont été écartées.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="571"/>
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="575"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="579"/>
        <source>The embargo has not lifted yet.</source>
        <translation>L’embargo n’est pas encore levé.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="591"/>
        <source>Putting it in the outbox…</source>
        <translation>Mise en boîte d’envoi…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="599"/>
        <source>The chosen moment is in the past.</source>
        <translation>Le moment choisi est passé.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="621"/>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="628"/>
        <source>Nothing was sent. Sign in, then send the release again.</source>
        <translation>Rien n’a été envoyé. Connectez-vous, puis envoyez de nouveau le communiqué.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="646"/>
        <source>Sending a test copy to {address}…</source>
        <translation>Envoi d’une copie de test à {address}…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="669"/>
        <source>A test copy marked [TEST] went to {address}. Nothing was recorded.</source>
        <translation>Une copie marquée [TEST] est partie vers {address}. Rien n’a été noté.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="682"/>
        <source>The test copy was not sent.</source>
        <translation>La copie de test n’a pas été envoyée.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="685"/>
        <source>The test copy was not sent: {reason}</source>
        <translation>La copie de test n’a pas été envoyée : {reason}</translation>
    </message>
</context>
<context>
    <name>SendProgress</name>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="32"/>
        <source>{sent} of {total} sent</source>
        <translation>{sent} sur {total} envoyés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_progress.py" line="37"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln échec</numerusform>
            <numerusform>%Ln échecs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_progress.py" line="39"/>
        <source>%Ln to retry</source>
        <translation>
            <numerusform>%Ln à réessayer</numerusform>
            <numerusform>%Ln à réessayer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_progress.py" line="41"/>
        <source>%Ln uncertain</source>
        <translation>
            <numerusform>%Ln incertain</numerusform>
            <numerusform>%Ln incertains</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="44"/>
        <source>next retry at {time}</source>
        <translation>prochain essai à {time}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="50"/>
        <source>{rate} per minute</source>
        <translation>{rate} par minute</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="76"/>
        <source>Sending “{headline}”</source>
        <translation>Envoi de « {headline} »</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="88"/>
        <source>Pause or resume sending</source>
        <translation>Mettre en pause ou reprendre l’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="90"/>
        <source>Cancel the rest of this send</source>
        <translation>Annuler le reste de cet envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="92"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="93"/>
        <source>You can close this window: sending goes on, and the Outbox shows how it goes.</source>
        <translation>Vous pouvez fermer cette fenêtre : l’envoi continue et la Boîte d’envoi montre où il en est.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="118"/>
        <source>Cancel sending</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="119"/>
        <source>Stop sending and cancel the messages that have not gone out yet? The ones already sent stay sent.</source>
        <translation>Arrêter l’envoi et annuler les messages pas encore partis ? Ceux déjà envoyés le restent.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="128"/>
        <source>Cancel the rest</source>
        <translation>Annuler le reste</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="130"/>
        <source>Keep sending</source>
        <translation>Continuer l’envoi</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="150"/>
        <source>Stopping after the messages in flight…</source>
        <translation>Arrêt après les messages en cours…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="164"/>
        <source>Sending stopped. Nothing sent was lost.</source>
        <translation>L’envoi s’est arrêté. Rien de ce qui a été envoyé n’est perdu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_progress.py" line="185"/>
        <source>Cancelled. Messages that will not be sent: %Ln. Those already sent stay sent.</source>
        <translation>
            <numerusform>Annulé. Messages qui ne seront pas envoyés : %Ln. Ceux déjà envoyés le restent.</numerusform>
            <numerusform>Annulé. Messages qui ne seront pas envoyés : %Ln. Ceux déjà envoyés le restent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <location filename="../../src/pressdesk/ui/sending.py" line="54"/>
        <source>Sign in again in Preferences → Sending.</source>
        <translation>Reconnectez-vous dans Préférences → Envoi.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sending.py" line="58"/>
        <source>Check it in Preferences → Sending.</source>
        <translation>Vérifiez-le dans Préférences → Envoi.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sending.py" line="60"/>
        <source>Check the mail server settings in Preferences → Sending.</source>
        <translation>Vérifiez les réglages du serveur de courriel dans Préférences → Envoi.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sending.py" line="250"/>
        <source>Nothing more was sent and nothing is lost: once you have signed in again, resume the send from the Outbox.</source>
        <translation>Rien d’autre n’a été envoyé et rien n’est perdu : une fois reconnecté, reprenez l’envoi depuis la Boîte d’envoi.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sending.py" line="257"/>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sending.py" line="259"/>
        <source>Sign in to the mail provider again</source>
        <translation>Se reconnecter au fournisseur de courriel</translation>
    </message>
</context>
<context>
    <name>SendingSettings</name>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="84"/>
        <source>choose STARTTLS or SSL/TLS</source>
        <translation>choisissez STARTTLS ou SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="86"/>
        <source>an OAuth 2.0 sign-in</source>
        <translation>une connexion OAuth 2.0</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="87"/>
        <source>the authorization URL</source>
        <translation>l’URL d’autorisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="88"/>
        <source>the token URL</source>
        <translation>l’URL du jeton</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="89"/>
        <source>the device sign-in URL</source>
        <translation>l’URL de connexion par appareil</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="90"/>
        <source>the scopes</source>
        <translation>les étendues</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="91"/>
        <source>the tenant</source>
        <translation>le locataire</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="92"/>
        <source>the client ID</source>
        <translation>l’ID client</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="94"/>
        <source>another provider</source>
        <translation>un autre fournisseur</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="95"/>
        <source>the user name</source>
        <translation>le nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="96"/>
        <source>the mail server</source>
        <translation>le serveur de courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="97"/>
        <source>the From address</source>
        <translation>l’adresse de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="156"/>
        <source>Mail server profiles</source>
        <translation>Profils de serveur de courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="159"/>
        <source>Add profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="160"/>
        <source>Add a mail server profile</source>
        <translation>Ajouter un profil de serveur de courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="167"/>
        <source>e.g. Office</source>
        <translation>p. ex. Bureau</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="170"/>
        <source>Password (or no login)</source>
        <translation>Mot de passe (ou sans authentification)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="173"/>
        <source>Other provider (OAuth 2.0)</source>
        <translation>Autre fournisseur (OAuth 2.0)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="177"/>
        <source>Microsoft 365 and Google want you to sign in in the browser rather than give PressDesk a password.</source>
        <translation>Microsoft 365 et Google demandent que vous vous connectiez dans le navigateur plutôt que de confier un mot de passe à PressDesk.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="188"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (en général port 587)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="191"/>
        <source>SSL/TLS from the start (usually port 465)</source>
        <translation>SSL/TLS dès le départ (en général port 465)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="195"/>
        <source>None (only for a relay inside your office)</source>
        <translation>Aucune (seulement un relais interne au bureau)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="208"/>
        <source>Your organization&apos;s IT registers PressDesk once and gives you this ID (see “Signing in to Microsoft 365 or Google” in the README).</source>
        <translation>Le service informatique de votre organisation enregistre PressDesk une seule fois et vous remet cet ID (voir « Signing in to Microsoft 365 or Google » dans le README).</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="218"/>
        <source>organizations (any work account), or your domain</source>
        <translation>organizations (tout compte professionnel), ou votre domaine</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="228"/>
        <source>Optional: to sign in with a code on the command line</source>
        <translation>Facultatif : pour se connecter avec un code en ligne de commande</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="232"/>
        <source>Separated by spaces, e.g. mail.send offline_access</source>
        <translation>Séparées par des espaces, p. ex. mail.send offline_access</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="240"/>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="242"/>
        <source>Sign in again in the browser</source>
        <translation>Se reconnecter dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="257"/>
        <source>e.g. Regional Press Office</source>
        <translation>p. ex. Service de presse régional</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="260"/>
        <source>Optional: where replies go</source>
        <translation>Facultatif : où arrivent les réponses</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="263"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="264"/>
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="270"/>
        <source>Optional: your organization&apos;s CA certificate (PEM)</source>
        <translation>Facultatif : le certificat d’AC de votre organisation (PEM)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="272"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="273"/>
        <source>Choose a CA certificate file</source>
        <translation>Choisir un fichier de certificat d’AC</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="283"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="284"/>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="285"/>
        <source>Mail server</source>
        <translation>Serveur de courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="286"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="287"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="288"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="289"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="290"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="291"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="292"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="293"/>
        <source>Authorization URL</source>
        <translation>URL d’autorisation</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="294"/>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="295"/>
        <source>Device sign-in URL</source>
        <translation>URL de connexion par appareil</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="296"/>
        <source>Scopes</source>
        <translation>Étendues</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="297"/>
        <source>From address</source>
        <translation>Adresse de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="298"/>
        <source>Sender name</source>
        <translation>Nom de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="299"/>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="300"/>
        <source>Rate limit per minute</source>
        <translation>Limite d’envois par minute</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="301"/>
        <source>Parallel connections</source>
        <translation>Connexions simultanées</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="302"/>
        <source>CA certificate file</source>
        <translation>Fichier de certificat d’AC</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="308"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="314"/>
        <source>&amp;Connections:</source>
        <translation>Conne&amp;xions :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="320"/>
        <source>CA certi&amp;ficate:</source>
        <translation>Certi&amp;ficat d’AC :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="322"/>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Sécurité :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="324"/>
        <source>Send at &amp;most:</source>
        <translation>Envo&amp;yer au plus :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="352"/>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="353"/>
        <source>S&amp;ign in with:</source>
        <translation>Se connecter &amp;avec :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="354"/>
        <source>Mail &amp;server:</source>
        <translation>Ser&amp;veur de courriel :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="356"/>
        <source>&amp;User name:</source>
        <translation>N&amp;om d’utilisateur :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="357"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="358"/>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="360"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="361"/>
        <source>Client secre&amp;t:</source>
        <translation>Secret &amp;client :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="362"/>
        <source>&amp;Authorization URL:</source>
        <translation>&amp;URL d’autorisation :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="363"/>
        <source>T&amp;oken URL:</source>
        <translation>URL du &amp;jeton :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="364"/>
        <source>&amp;Device URL:</source>
        <translation>URL &amp;d’appareil :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="365"/>
        <source>Sco&amp;pes:</source>
        <translation>É&amp;tendues :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="366"/>
        <source>Sign-in:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="367"/>
        <source>&amp;From address:</source>
        <translation>Adresse d’&amp;expéditeur :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="368"/>
        <source>Sender na&amp;me:</source>
        <translation>Nom affic&amp;hé :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="369"/>
        <source>&amp;Reply-to:</source>
        <translation>&amp;Répondre à :</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="376"/>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="378"/>
        <source>Save the mail server profile</source>
        <translation>Enregistrer le profil du serveur de courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="382"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="385"/>
        <source>Test the connection to the mail server</source>
        <translation>Tester la connexion au serveur de courriel</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="497"/>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="528"/>
        <source>The sign-in (and a client secret) is kept only in the system keyring ({backend}), never in a file.</source>
        <translation>La connexion (et un éventuel secret client) est conservée uniquement dans le trousseau du système ({backend}), jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="534"/>
        <source>The password is kept only in the system keyring ({backend}), never in a file.</source>
        <translation>Le mot de passe est conservé uniquement dans le trousseau du système ({backend}), jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="539"/>
        <source>No system keyring is available, so PressDesk cannot stay signed in (it never writes a sign-in in a file).</source>
        <translation>Aucun trousseau du système n’est disponible : PressDesk ne peut donc pas rester connecté (il n’écrit jamais une connexion dans un fichier).</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="545"/>
        <source>No system keyring is available, so no password can be saved (PressDesk never writes one in a file). A server that needs no login still works.</source>
        <translation>Aucun trousseau du système n’est disponible : aucun mot de passe ne peut donc être enregistré (PressDesk n’en écrit jamais dans un fichier). Un serveur sans authentification fonctionne toujours.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="611"/>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="687"/>
        <source>Saved in the keyring; type a new one to change it</source>
        <translation>Enregistré dans le trousseau ; saisissez-en un nouveau pour le changer</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="674"/>
        <source>Leave empty to sign in as the From address</source>
        <translation>Laissez vide pour vous connecter avec l’adresse de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="676"/>
        <source>Leave empty if the server needs no login</source>
        <translation>Laissez vide si le serveur ne demande pas d’authentification</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="680"/>
        <source>Application (client) ID, e.g. 00000000-0000-0000-…</source>
        <translation>ID d’application (client), p. ex. 00000000-0000-0000-…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="683"/>
        <source>e.g. 1234-abcd.apps.googleusercontent.com</source>
        <translation>p. ex. 1234-abcd.apps.googleusercontent.com</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="689"/>
        <source>If the provider gave one; kept in the keyring only</source>
        <translation>Si le fournisseur vous en a donné un ; conservé dans le trousseau uniquement</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="708"/>
        <source>OAuth 2.0 sign-in needs an encrypted connection: choose STARTTLS or SSL/TLS.</source>
        <translation>La connexion OAuth 2.0 exige une liaison chiffrée : choisissez STARTTLS ou SSL/TLS.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="740"/>
        <source>Save the profile, then sign in here.</source>
        <translation>Enregistrez le profil, puis connectez-vous ici.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="759"/>
        <source>The mail provider no longer accepts this sign-in (it expired or was revoked). Sign in again to go on sending.</source>
        <translation>Le fournisseur de courriel n’accepte plus cette connexion (elle a expiré ou a été révoquée). Reconnectez-vous pour continuer à envoyer.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="276"/>
        <source>CA certificate</source>
        <translation>Certificat d’AC</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="845"/>
        <source>Fill in the mail server&apos;s name first.</source>
        <translation>Indiquez d’abord le nom du serveur de courriel.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="848"/>
        <source>Fill in the From address first.</source>
        <translation>Indiquez d’abord l’adresse de l’expéditeur.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="856"/>
        <source>Save the profile and sign in first; the test uses the saved sign-in.</source>
        <translation>Enregistrez d’abord le profil et connectez-vous ; le test utilise la connexion enregistrée.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="893"/>
        <source>Give the mail server profile a name, e.g. Office.</source>
        <translation>Donnez un nom au profil du serveur de courriel, p. ex. Bureau.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="914"/>
        <source>Give the profile a name, e.g. Office.</source>
        <translation>Donnez un nom au profil, p. ex. Bureau.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="920"/>
        <source>There is already a profile with this name.</source>
        <translation>Un profil porte déjà ce nom.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="926"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="942"/>
        <source>Saved the profile “{name}”.</source>
        <translation>Profil « {name} » enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="946"/>
        <source>Sign in below if you have not yet done so.</source>
        <translation>Connectez-vous ci-dessous si ce n’est pas encore fait.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="950"/>
        <source>The password is in the system keyring.</source>
        <translation>Le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="1005"/>
        <source>Connecting to {host}:{port}…</source>
        <translation>Connexion à {host}:{port}…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="1024"/>
        <source>The mail server is ready to send.</source>
        <translation>Le serveur de courriel est prêt à envoyer.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="1031"/>
        <source>Sign in first: click “Sign in…” above, then test the connection again.</source>
        <translation>Connectez-vous d’abord : cliquez sur « Se connecter… » ci-dessus, puis refaites le test de connexion.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="1036"/>
        <source>The sign-in has expired or was revoked: sign in again, then test the connection again.</source>
        <translation>La session a expiré ou a été révoquée : reconnectez-vous, puis refaites le test de connexion.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="1047"/>
        <source>The test did not get through: </source>
        <translation>Le test n’a pas abouti : </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="1056"/>
        <source>Sending</source>
        <translation>Envoi</translation>
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
