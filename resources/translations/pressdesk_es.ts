<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="38"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="39"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="40"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="41"/>
        <source>Title or role</source>
        <translation>Cargo o función</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="42"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="43"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="44"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="45"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="46"/>
        <source>Other languages</source>
        <translation>Otros idiomas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="47"/>
        <source>Beats</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="48"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="68"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="70"/>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="88"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="98"/>
        <source>health; climate; elections</source>
        <translation>salud; clima; elecciones</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="100"/>
        <source>+504 2234 5678</source>
        <translation>+504 2234 5678</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="102"/>
        <source>Code or name, e.g. HN or Honduras</source>
        <translation>Código o nombre, p. ej., HN u Honduras</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="109"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="111"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="115"/>
        <source>The address identifies the contact.</source>
        <translation>La dirección de correo identifica al contacto.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="62"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="63"/>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="64"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="65"/>
        <source>deferred</source>
        <translation>aplazado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="66"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="67"/>
        <source>uncertain</source>
        <translation>incierto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="68"/>
        <source>bounced</source>
        <translation>rebotado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="69"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="137"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="166"/>
        <source>Releases sent</source>
        <translation>Comunicados enviados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="172"/>
        <source>Select a contact to see their card here.</source>
        <translation>Seleccione un contacto para ver aquí su ficha.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="178"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="183"/>
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="185"/>
        <source>Delete this person&apos;s data (they stay opted out)</source>
        <translation>Borrar los datos de esta persona (sigue dada de baja)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="248"/>
        <source>Opted out since {date} — never sent anything.</source>
        <translation>De baja desde el {date}: no recibe ningún envío.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="252"/>
        <source>Opt back in…</source>
        <translation>Volver a suscribir…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="256"/>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="343"/>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="466"/>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="684"/>
        <source>Opt out</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="265"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="266"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="267"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="268"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="270"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="273"/>
        <source>Beats</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="274"/>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="276"/>
        <source>Social</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="279"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="280"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="281"/>
        <source>Last contacted</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="289"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="299"/>
        <source>Nothing sent to this contact yet.</source>
        <translation>Aún no se ha enviado nada a este contacto.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="331"/>
        <source>Opt back in</source>
        <translation>Volver a suscribir</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="332"/>
        <source>{address} asked not to receive releases. Opt them back in only if they asked for it. Opt back in?</source>
        <translation>{address} pidió no recibir comunicados. Vuelva a suscribir este contacto solo si lo solicitó. ¿Volver a suscribirlo?</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="344"/>
        <source>Why is {address} opted out? (optional)</source>
        <translation>¿Por qué se da de baja a {address}? (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="357"/>
        <source>Erase personal data</source>
        <translation>Borrar los datos personales</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="358"/>
        <source>Erase everything stored about {address}? Their address stays blocked so nothing is ever sent to them again, and outlet delivery counts are kept. This cannot be undone.</source>
        <translation>¿Borrar todo lo que se guarda sobre {address}? Su dirección queda bloqueada para que nunca se le vuelva a enviar nada, y se conservan los recuentos de entregas por medio. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="406"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="407"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="408"/>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="409"/>
        <source>All beats</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="410"/>
        <source>All lists</source>
        <translation>Todas las listas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="444"/>
        <source>Right-click to choose the columns</source>
        <translation>Clic derecho para elegir las columnas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="463"/>
        <source>Add to list…</source>
        <translation>Agregar a una lista…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="485"/>
        <source>No contact matches. Try fewer words or clear the filters.</source>
        <translation>Ningún contacto coincide. Pruebe con menos palabras o quite los filtros.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="623"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln seleccionado</numerusform>
            <numerusform>%Ln seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="651"/>
        <source>Add to list</source>
        <translation>Agregar a una lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="652"/>
        <source>Add %Ln contact(s) to the list (choose one or type a new name):</source>
        <translation>
            <numerusform>Agregar %Ln contacto a la lista (elija una o escriba un nombre nuevo):</numerusform>
            <numerusform>Agregar %Ln contactos a la lista (elija una o escriba un nombre nuevo):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="685"/>
        <source>Opt out %Ln contact(s)? Nothing will be sent to them until they opt back in.</source>
        <translation>
            <numerusform>¿Dar de baja a %Ln contacto? No se le enviará nada hasta que vuelva a suscribirse.</numerusform>
            <numerusform>¿Dar de baja a %Ln contactos? No se les enviará nada hasta que vuelvan a suscribirse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="111"/>
        <source>Select a row to see its details here.</source>
        <translation>Seleccione una fila para ver aquí sus detalles.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="46"/>
        <source>Local file {path}</source>
        <translation>Archivo local {path}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="47"/>
        <source>Server {host}/{name} as {user}</source>
        <translation>Servidor {host}/{name} como {user}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="55"/>
        <source>About PressDesk</source>
        <translation>Acerca de PressDesk</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="57"/>
        <source>Write press releases, keep your media contacts, and send each release as one personal email per journalist, knowing which outlets received it.</source>
        <translation>Redacte comunicados de prensa, mantenga sus contactos de medios y envíe cada comunicado como un correo personal a cada periodista, sabiendo qué medios lo recibieron.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="63"/>
        <source>Your contacts stay on your computer or your office&apos;s own server.</source>
        <translation>Sus contactos permanecen en su computadora o en el servidor de su oficina.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="65"/>
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="68"/>
        <source>Icons: Lucide (ISC licence)</source>
        <translation>Iconos: Lucide (licencia ISC)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="52"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="53"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="54"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="55"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="56"/>
        <source>Title or role</source>
        <translation>Cargo o función</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="57"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="58"/>
        <source>Outlet type</source>
        <translation>Tipo de medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="59"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="60"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="61"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="62"/>
        <source>Other languages</source>
        <translation>Otros idiomas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="63"/>
        <source>Beats</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="64"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="65"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="66"/>
        <source>Social handles</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="67"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="68"/>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="104"/>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="106"/>
        <source>A spreadsheet (CSV or Excel) or vCards, as exported from Outlook, Excel or another address book. Accents and semicolons are fine.</source>
        <translation>Una hoja de cálculo (CSV o Excel) o vCards, tal como se exportan desde Outlook, Excel u otra libreta de direcciones. Los acentos y el punto y coma no son problema.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="113"/>
        <source>File to import</source>
        <translation>Archivo para importar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="115"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="121"/>
        <source>Add everyone to the list</source>
        <translation>Agregar a todos a la lista</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="123"/>
        <source>(optional) a list to add them to</source>
        <translation>(opcional) una lista a la que agregarlos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="129"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="130"/>
        <source>Add to list:</source>
        <translation>Agregar a la lista:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="134"/>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="372"/>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="147"/>
        <source>Check the columns</source>
        <translation>Revise las columnas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="149"/>
        <source>PressDesk recognised these columns. Change any that are wrong; columns set to &apos;Ignore&apos; are not imported.</source>
        <translation>PressDesk reconoció estas columnas. Corrija las que estén mal; las columnas marcadas como &apos;Ignorar&apos; no se importan.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="156"/>
        <source>Column mapping and first rows</source>
        <translation>Correspondencia de columnas y primeras filas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="170"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="192"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="197"/>
        <source>Field for column {name}</source>
        <translation>Campo de la columna {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="233"/>
        <source>Choose which column holds the email address.</source>
        <translation>Elija la columna que contiene la dirección de correo.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="237"/>
        <source>Row 1 of the file is the header; the first rows follow.</source>
        <translation>La fila 1 del archivo es el encabezado; le siguen las primeras filas.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="253"/>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="383"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="255"/>
        <source>Importing the contacts as one change: all or nothing.</source>
        <translation>Los contactos se importan en un solo cambio: todo o nada.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="258"/>
        <source>Check before importing</source>
        <translation>Revise antes de importar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="260"/>
        <source>Nothing has changed yet. This is what the import will do.</source>
        <translation>Todavía no ha cambiado nada. Esto es lo que hará la importación.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="265"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="274"/>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="322"/>
        <source>Imported: {added}, {updated}, {rejected}.</source>
        <translation>Importación terminada: {added}, {updated}, {rejected}.</translation>
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
            <numerusform>%Ln contacto nuevo</numerusform>
            <numerusform>%Ln contactos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="328"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln actualizado</numerusform>
            <numerusform>%Ln actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="329"/>
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln fila rechazada</numerusform>
            <numerusform>%Ln filas rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="336"/>
        <source>Row {row}: {reason}</source>
        <translation>Fila {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="350"/>
        <source>Something went wrong; nothing was imported. The details are in the log file.</source>
        <translation>Algo falló; no se importó nada. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="381"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="102"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="126"/>
        <source> · about %n s left</source>
        <translation>
            <numerusform> · falta %n s aprox.</numerusform>
            <numerusform> · faltan %n s aprox.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="128"/>
        <source>{title} {done} of {total}</source>
        <translation>{title} {done} de {total}</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="73"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="74"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="80"/>
        <location filename="../../src/pressdesk/ui/progress.py" line="145"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="115"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="121"/>
        <source>{rate} per minute</source>
        <translation>{rate} por minuto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="130"/>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="137"/>
        <source>Stopping safely…</source>
        <translation>Deteniendo de forma segura…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="146"/>
        <source>Resuming…</source>
        <translation>Reanudando…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="151"/>
        <source>Pausing after the current message…</source>
        <translation>Pausando después del mensaje actual…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="162"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="163"/>
        <source>Paused. Nothing is lost; resume when you are ready.</source>
        <translation>En pausa. No se pierde nada; reanude cuando quiera.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="168"/>
        <source>Stopped. What was done so far is kept.</source>
        <translation>Detenido. Se conserva lo hecho hasta ahora.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="157"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="208"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="215"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="220"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="224"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="230"/>
        <source>&amp;New Release</source>
        <translation>&amp;Nuevo comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="232"/>
        <source>Write a new press release (Ctrl+N)</source>
        <translation>Redactar un nuevo comunicado de prensa (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="235"/>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="238"/>
        <source>Bring in contacts from a spreadsheet (CSV, Excel) or vCards</source>
        <translation>Importar contactos desde una hoja de cálculo (CSV, Excel) o vCards</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="241"/>
        <source>&amp;Add Contact…</source>
        <translation>&amp;Agregar contacto…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="244"/>
        <source>&amp;About PressDesk</source>
        <translation>&amp;Acerca de PressDesk</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="248"/>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="259"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="267"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="269"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="279"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="288"/>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="332"/>
        <source>Not sending</source>
        <translation>Sin envíos en curso</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="292"/>
        <source>The database PressDesk is working on</source>
        <translation>La base de datos con la que trabaja PressDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="328"/>
        <source>%n sending</source>
        <translation>
            <numerusform>%n enviándose</numerusform>
            <numerusform>%n enviándose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="330"/>
        <source>Sending %n distribution(s)</source>
        <translation>
            <numerusform>Enviando %n distribución</numerusform>
            <numerusform>Enviando %n distribuciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="350"/>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="418"/>
        <source>Preparing the sample data…</source>
        <translation>Preparando los datos de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="428"/>
        <source>PressDesk — sample data (changes are thrown away)</source>
        <translation>PressDesk — datos de ejemplo (los cambios no se guardan)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="23"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="24"/>
        <source>Something went wrong inside PressDesk. The details are in the log file.</source>
        <translation>Algo falló dentro de PressDesk. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="48"/>
        <source>Something went wrong inside PressDesk. Your data is safe; the last action did not finish.</source>
        <translation>Algo falló dentro de PressDesk. Sus datos están a salvo; la última acción no se completó.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="56"/>
        <source>Technical details were written to {path}.</source>
        <translation>Los detalles técnicos se guardaron en {path}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="86"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="96"/>
        <source>e.g. Regional Office for Central America</source>
        <translation>p. ej., Oficina Regional para Centroamérica</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="107"/>
        <source>Organization name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="108"/>
        <source>Press office email</source>
        <translation>Correo de la oficina de prensa</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="109"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="110"/>
        <source>Default language for releases</source>
        <translation>Idioma predeterminado de los comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="117"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="118"/>
        <source>Press office &amp;email:</source>
        <translation>&amp;Correo de la oficina de prensa:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="119"/>
        <source>&amp;Website:</source>
        <translation>&amp;Sitio web:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="120"/>
        <source>Releases &amp;written in:</source>
        <translation>Comunicados &amp;redactados en:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="122"/>
        <source>Who you are, in two or three sentences.</source>
        <translation>Quiénes son, en dos o tres frases.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="123"/>
        <source>About us</source>
        <translation>Quiénes somos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="126"/>
        <source>Name, office, phone and email</source>
        <translation>Nombre, oficina, teléfono y correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="127"/>
        <source>Press-office contact</source>
        <translation>Contacto de prensa</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="129"/>
        <source>&amp;About us:</source>
        <translation>&amp;Quiénes somos:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="130"/>
        <source>Press-office &amp;contact:</source>
        <translation>Contacto de &amp;prensa:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="133"/>
        <source>Shown in your releases. Journalists&apos; unsubscribe requests go to the press office email. Everyone who uses this database sees the same settings.</source>
        <translation>Aparece en sus comunicados. Las solicitudes de baja de los periodistas llegan al correo de la oficina de prensa. Todas las personas que usan esta base de datos ven la misma configuración.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="143"/>
        <source>This computer ({path})</source>
        <translation>Esta computadora ({path})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="145"/>
        <source>Another database:</source>
        <translation>Otra base de datos:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="153"/>
        <source>Database URL</source>
        <translation>URL de la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="161"/>
        <source>Open now: {name}</source>
        <translation>Abierta ahora: {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="167"/>
        <source>A change takes effect the next time PressDesk starts.</source>
        <translation>Un cambio se aplica la próxima vez que se inicie PressDesk.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="175"/>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="181"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="187"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="190"/>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="191"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="192"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/progress.py" line="34"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>falta aprox. %n segundo</numerusform>
            <numerusform>faltan aprox. %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/progress.py" line="38"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>falta aprox. %n minuto</numerusform>
            <numerusform>faltan aprox. %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="202"/>
        <source>From the library…</source>
        <translation>De la biblioteca…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="230"/>
        <source>New release</source>
        <translation>Nuevo comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="232"/>
        <source>Release</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="259"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="263"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="782"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="266"/>
        <source>Mark the release as approved for sending</source>
        <translation>Marcar el comunicado como aprobado para su envío</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="269"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="270"/>
        <source>Save an archive copy as PDF</source>
        <translation>Guardar una copia de archivo en PDF</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="280"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="295"/>
        <source>Language versions</source>
        <translation>Versiones por idioma</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="297"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="654"/>
        <source>Add a language</source>
        <translation>Agregar un idioma</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="305"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="306"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="310"/>
        <source>Subheadline (optional)</source>
        <translation>Subtítulo (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="311"/>
        <source>Subheadline</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="320"/>
        <source>Dateline place, e.g. PANAMA CITY</source>
        <translation>Lugar de emisión, p. ej., CIUDAD DE PANAMÁ</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="322"/>
        <source>Dateline</source>
        <translation>Lugar de emisión</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="327"/>
        <source>Release date</source>
        <translation>Fecha del comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="329"/>
        <source>Main language</source>
        <translation>Idioma principal</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="330"/>
        <source>Embargoed until</source>
        <translation>Embargo hasta</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="334"/>
        <source>Embargo moment</source>
        <translation>Fecha y hora del embargo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="338"/>
        <source>Embargo time zone</source>
        <translation>Zona horaria del embargo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="346"/>
        <source>Main language:</source>
        <translation>Idioma principal:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="357"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="358"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="359"/>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="360"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="361"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="362"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="372"/>
        <source>Write the release here. Markdown works: **bold**, *italic*, ## heading, - list, [link](https://…), &gt; quote.</source>
        <translation>Redacte aquí el comunicado. Admite Markdown: **negrita**, *cursiva*, ## encabezado, - lista, [enlace](https://…), &gt; cita.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="378"/>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="382"/>
        <source>About us</source>
        <translation>Quiénes somos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="383"/>
        <source>The organization&apos;s boilerplate</source>
        <translation>El texto institucional de la organización</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="386"/>
        <source>Media contact</source>
        <translation>Contacto para medios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="387"/>
        <source>Name, office, phone and email for journalists</source>
        <translation>Nombre, oficina, teléfono y correo para periodistas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="391"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="400"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="836"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="393"/>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="395"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="429"/>
        <source>Preview as</source>
        <translation>Vista previa como</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="436"/>
        <source>HTML preview</source>
        <translation>Vista previa HTML</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="439"/>
        <source>Plain text preview</source>
        <translation>Vista previa en texto sin formato</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="444"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="445"/>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="451"/>
        <source>Preview as:</source>
        <translation>Vista previa como:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="495"/>
        <source>A sample journalist</source>
        <translation>Un periodista de ejemplo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="522"/>
        <source>Release #{id}</source>
        <translation>Comunicado n.º {id}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="655"/>
        <source>Language of the new version:</source>
        <translation>Idioma de la nueva versión:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="685"/>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="686"/>
        <source>unsaved changes</source>
        <translation>cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="694"/>
        <source>EMBARGOED until {moment} ({zone}). Journalists see the embargo in the subject and at the top of the release.</source>
        <translation>EMBARGO hasta el {moment} ({zone}). Los periodistas ven el embargo en el asunto y al inicio del comunicado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="715"/>
        <source>Write a headline to see the preview.</source>
        <translation>Escriba un titular para ver la vista previa.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="741"/>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="783"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="803"/>
        <source>Save the release first.</source>
        <translation>Primero guarde el comunicado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="802"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="808"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="827"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="837"/>
        <source>Save the release once, then attach files to it.</source>
        <translation>Guarde el comunicado una vez y luego adjunte los archivos.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="903"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="904"/>
        <source>Save your changes to this release?</source>
        <translation>¿Desea guardar los cambios de este comunicado?</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="214"/>
        <source>Nothing matches your search.</source>
        <translation>Nada coincide con su búsqueda.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="236"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/sections.py" line="272"/>
        <source>%n in all</source>
        <translation>
            <numerusform>%n en total</numerusform>
            <numerusform>%n en total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="20"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="21"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="22"/>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="23"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="199"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="24"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="25"/>
        <source>Sending</source>
        <translation>Enviándose</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="26"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="27"/>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="28"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="29"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="34"/>
        <source>Newspaper</source>
        <translation>Periódico</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="35"/>
        <source>TV</source>
        <translation>Televisión</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="36"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="37"/>
        <source>Online</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="38"/>
        <source>News agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="39"/>
        <source>Magazine</source>
        <translation>Revista</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="40"/>
        <source>Freelance</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="41"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="70"/>
        <source>Releases</source>
        <translation>Comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="72"/>
        <source>Press releases in every language, from draft to sent.</source>
        <translation>Comunicados de prensa en todos los idiomas, del borrador al envío.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="74"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="95"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="75"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="77"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="96"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="80"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="94"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="194"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="222"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="86"/>
        <source>No releases yet</source>
        <translation>Aún no hay comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="87"/>
        <source>Write a release here, or bring one in from a Markdown file. Each goes out as one personal email per journalist, in their language.</source>
        <translation>Redacte aquí un comunicado o tráigalo desde un archivo Markdown. Cada uno sale como un correo personal a cada periodista, en su idioma.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="92"/>
        <source>Search headlines</source>
        <translation>Buscar titulares</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="103"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="152"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="105"/>
        <source>Journalists and editors, with their outlet, country and region.</source>
        <translation>Periodistas y editores, con su medio, país y región.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="88"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="109"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="170"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="93"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="110"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="126"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="94"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="95"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="111"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="127"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="145"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="96"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="112"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="128"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="150"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="97"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="98"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="113"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="129"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="151"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="100"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="114"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="130"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="103"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="115"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="132"/>
        <source>Opted out</source>
        <translation>De baja</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="437"/>
        <location filename="../../src/pressdesk/ui/sections.py" line="196"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="118"/>
        <source>No contacts yet</source>
        <translation>Aún no hay contactos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="119"/>
        <source>Bring in your press list from a spreadsheet (CSV or Excel) or vCards. Duplicates are merged by address and opt-outs are always kept.</source>
        <translation>Importe su lista de prensa desde una hoja de cálculo (CSV o Excel) o vCards. Los duplicados se unen por dirección y las bajas se conservan siempre.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="124"/>
        <source>Search name, email or outlet</source>
        <translation>Buscar nombre, correo o medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="133"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="141"/>
        <source>Outlets</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="143"/>
        <source>Newspapers, broadcasters, agencies and online media.</source>
        <translation>Periódicos, radio y televisión, agencias y medios digitales.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="147"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="155"/>
        <source>No outlets yet</source>
        <translation>Aún no hay medios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="156"/>
        <source>Outlets are created as you import contacts, so you can see which media received each release.</source>
        <translation>Los medios se crean al importar contactos, para que vea qué medios recibieron cada comunicado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="161"/>
        <source>Search outlets</source>
        <translation>Buscar medios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="166"/>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="168"/>
        <source>Contact lists and saved segments to send releases to.</source>
        <translation>Listas de contactos y segmentos guardados a los que enviar comunicados.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="171"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="174"/>
        <source>No lists yet</source>
        <translation>Aún no hay listas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="175"/>
        <source>Group contacts into lists (for example &apos;Caribbean health reporters&apos;) to send a release to all of them at once.</source>
        <translation>Agrupe contactos en listas (por ejemplo, &apos;Periodistas de salud del Caribe&apos;) para enviar un comunicado a todos a la vez.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="180"/>
        <source>Search lists</source>
        <translation>Buscar listas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="185"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="187"/>
        <source>Distributions being sent, scheduled or interrupted, and what became of each.</source>
        <translation>Distribuciones en envío, programadas o interrumpidas, y el resultado de cada una.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="191"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="223"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="192"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="239"/>
        <source>Release</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="202"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="242"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="207"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="211"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="225"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="214"/>
        <source>Nothing sent yet</source>
        <translation>Aún no se ha enviado nada</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="215"/>
        <source>When you send a release, its progress appears here: who received it, who failed, and anything waiting to be retried.</source>
        <translation>Cuando envíe un comunicado, su avance aparecerá aquí: quién lo recibió, qué falló y qué espera un nuevo intento.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="220"/>
        <source>Search distributions</source>
        <translation>Buscar distribuciones</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="224"/>
        <source>Scheduled for</source>
        <translation>Programada para</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="233"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="235"/>
        <source>Which outlets received each release, from PressDesk&apos;s own records.</source>
        <translation>Qué medios recibieron cada comunicado, según los registros de PressDesk.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="240"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="241"/>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="244"/>
        <source>Outlets reached</source>
        <translation>Medios alcanzados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="250"/>
        <source>No reports yet</source>
        <translation>Aún no hay informes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="251"/>
        <source>Once a release has been sent, see here who received it, by outlet and by region. No tracking pixels: the figures come from your own send records.</source>
        <translation>Cuando se haya enviado un comunicado, vea aquí quién lo recibió, por medio y por región. Sin píxeles de seguimiento: las cifras salen de sus propios registros de envío.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="256"/>
        <source>Search releases</source>
        <translation>Buscar comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="133"/>
        <location filename="../../src/pressdesk/ui/table.py" line="69"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="131"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="43"/>
        <location filename="../../src/pressdesk/ui/welcome.py" line="45"/>
        <source>Welcome to PressDesk</source>
        <translation>Le damos la bienvenida a PressDesk</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="49"/>
        <source>Write your press releases, keep your journalists and outlets in one place, send each release as a personal email, and always know which outlets received it. Where would you like to start?</source>
        <translation>Redacte sus comunicados de prensa, reúna a sus periodistas y medios en un solo lugar, envíe cada comunicado como un correo personal y sepa siempre qué medios lo recibieron. ¿Por dónde desea empezar?</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="64"/>
        <source>Set up your organization</source>
        <translation>Configure su organización</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="66"/>
        <source>Its name, the language of your releases, your &apos;About us&apos; text and the press-office contact.</source>
        <translation>Su nombre, el idioma de sus comunicados, el texto &apos;Quiénes somos&apos; y el contacto de prensa.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="73"/>
        <source>Connect your mail server</source>
        <translation>Conecte su servidor de correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="74"/>
        <source>The account PressDesk sends from, with a connection test.</source>
        <translation>La cuenta desde la que envía PressDesk, con una prueba de conexión.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="79"/>
        <source>Import your contacts</source>
        <translation>Importe sus contactos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="80"/>
        <source>From a spreadsheet (CSV or Excel) or vCards, as exported from Outlook.</source>
        <translation>Desde una hoja de cálculo (CSV o Excel) o vCards, tal como se exportan desde Outlook.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="85"/>
        <source>Explore with sample data</source>
        <translation>Explore con datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="87"/>
        <source>Invented outlets and journalists and two releases, in a throwaway copy that never touches your own data.</source>
        <translation>Medios y periodistas ficticios y dos comunicados, en una copia desechable que nunca toca sus propios datos.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="98"/>
        <source>Show this when PressDesk opens an empty database</source>
        <translation>Mostrar esto cuando PressDesk abra una base de datos vacía</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/welcome.py" line="100"/>
        <location filename="../../src/pressdesk/ui/welcome.py" line="101"/>
        <source>Start with an empty desk</source>
        <translation>Empezar con el escritorio vacío</translation>
    </message>
</context>
</TS>
