<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/pressdesk/ui/app.py" line="111"/>
        <source>You can open the database on this computer instead and change the choice in Preferences → Database.</source>
        <translation>Puede abrir en su lugar la base de datos de esta computadora y cambiar la elección en Preferencias → Base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/app.py" line="120"/>
        <source>Open This Computer&apos;s Database</source>
        <translation>Abrir la base de datos de esta computadora</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/app.py" line="122"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="47"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="48"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="49"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="50"/>
        <source>Title or role</source>
        <translation>Cargo o función</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="51"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="52"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="53"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="54"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="55"/>
        <source>Other languages</source>
        <translation>Otros idiomas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="56"/>
        <source>Beats</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="57"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="78"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="80"/>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="98"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="108"/>
        <source>health; climate; elections</source>
        <translation>salud; clima; elecciones</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="110"/>
        <source>+504 2234 5678</source>
        <translation>+504 2234 5678</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="112"/>
        <source>Code or name, e.g. HN or Honduras</source>
        <translation>Código o nombre, p. ej., HN u Honduras</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="119"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="121"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="125"/>
        <source>The address identifies the contact.</source>
        <translation>La dirección de correo identifica al contacto.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="154"/>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="157"/>
        <source>Load their version</source>
        <translation>Cargar su versión</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="159"/>
        <source>Show what is saved now; what you typed is discarded.</source>
        <translation>Mostrar lo que está guardado ahora; lo que usted escribió se descarta.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="162"/>
        <source>Save mine over theirs</source>
        <translation>Guardar la mía sobre la suya</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="164"/>
        <source>Replace the fields you filled in with your values.</source>
        <translation>Reemplazar los campos que completó con sus valores.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contact_editor.py" line="258"/>
        <source>Nothing was saved. What you typed is still here: load their version to see it, or save yours over it.</source>
        <translation>No se guardó nada. Lo que escribió sigue aquí: cargue su versión para verla o guarde la suya encima.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="67"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="68"/>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="69"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="70"/>
        <source>deferred</source>
        <translation>aplazado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="71"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="72"/>
        <source>uncertain</source>
        <translation>incierto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="73"/>
        <source>bounced</source>
        <translation>rebotado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="74"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="142"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="153"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln respuesta</numerusform>
            <numerusform>%Ln respuestas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="190"/>
        <source>Releases sent</source>
        <translation>Comunicados enviados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="196"/>
        <source>Select a contact to see their card here.</source>
        <translation>Seleccione un contacto para ver aquí su ficha.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="202"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="207"/>
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="209"/>
        <source>Delete this person&apos;s data (they stay opted out)</source>
        <translation>Borrar los datos de esta persona (sigue dada de baja)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="275"/>
        <source>Opted out since {date} — never sent anything.</source>
        <translation>De baja desde el {date}: no recibe ningún envío.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="279"/>
        <source>Opt back in…</source>
        <translation>Volver a suscribir…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="283"/>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="369"/>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="510"/>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="819"/>
        <source>Opt out</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="292"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="293"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="294"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="295"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="297"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="300"/>
        <source>Beats</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="301"/>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="303"/>
        <source>Social</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="306"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="307"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="308"/>
        <source>Last contacted</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="320"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="325"/>
        <source>Nothing sent to this contact yet.</source>
        <translation>Aún no se ha enviado nada a este contacto.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="357"/>
        <source>Opt back in</source>
        <translation>Volver a suscribir</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="358"/>
        <source>{address} asked not to receive releases. Opt them back in only if they asked for it. Opt back in?</source>
        <translation>{address} pidió no recibir comunicados. Vuelva a suscribir este contacto solo si lo solicitó. ¿Volver a suscribirlo?</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="370"/>
        <source>Why is {address} opted out? (optional)</source>
        <translation>¿Por qué se da de baja a {address}? (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="383"/>
        <source>Erase personal data</source>
        <translation>Borrar los datos personales</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="384"/>
        <source>Erase everything stored about {address}? Their address stays blocked so nothing is ever sent to them again, and outlet delivery counts are kept. This cannot be undone.</source>
        <translation>¿Borrar todo lo que se guarda sobre {address}? Su dirección queda bloqueada para que nunca se le vuelva a enviar nada, y se conservan los recuentos de entregas por medio. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="432"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="433"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="434"/>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="435"/>
        <source>All beats</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="436"/>
        <source>All lists</source>
        <translation>Todas las listas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="448"/>
        <source>Only this segment&apos;s contacts. Click to show everyone.</source>
        <translation>Solo los contactos de este segmento. Haga clic para mostrar a todos.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="479"/>
        <source>Right-click to choose the columns</source>
        <translation>Clic derecho para elegir las columnas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="498"/>
        <source>Add to list…</source>
        <translation>Agregar a una lista…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="502"/>
        <source>Remove from list…</source>
        <translation>Quitar de una lista…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="505"/>
        <source>Take the selected people out of a list; they stay in Contacts</source>
        <translation>Quitar de una lista a las personas seleccionadas; siguen en Contactos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="535"/>
        <source>No contact matches. Try fewer words or clear the filters.</source>
        <translation>Ningún contacto coincide. Pruebe con menos palabras o quite los filtros.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="649"/>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="652"/>
        <source>Segment: {name}</source>
        <translation>Segmento: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="721"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln seleccionado</numerusform>
            <numerusform>%Ln seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="750"/>
        <source>Add to list</source>
        <translation>Agregar a una lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="751"/>
        <source>Add %Ln contact(s) to the list (choose one or type a new name):</source>
        <translation>
            <numerusform>Agregar %Ln contacto a la lista (elija una o escriba un nombre nuevo):</numerusform>
            <numerusform>Agregar %Ln contactos a la lista (elija una o escriba un nombre nuevo):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="786"/>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="787"/>
        <source>Take %Ln contact(s) out of the list (they stay in Contacts):</source>
        <translation>
            <numerusform>Quitar %Ln contacto de la lista (sigue en Contactos):</numerusform>
            <numerusform>Quitar %Ln contactos de la lista (siguen en Contactos):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="820"/>
        <source>Opt out %Ln contact(s)? Nothing will be sent to them until they opt back in.</source>
        <translation>
            <numerusform>¿Dar de baja a %Ln contacto? No se le enviará nada hasta que vuelva a suscribirse.</numerusform>
            <numerusform>¿Dar de baja a %Ln contactos? No se les enviará nada hasta que vuelvan a suscribirse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="51"/>
        <source>Log a pickup</source>
        <translation>Registrar una publicación</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="55"/>
        <source>Coverage of “{headline}”</source>
        <translation>Cobertura de «{headline}»</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="66"/>
        <source>Choose or type an outlet on file</source>
        <translation>Elija o escriba un medio registrado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="72"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="75"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="77"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="81"/>
        <source>Date it appeared</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="83"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="88"/>
        <source>Outlet:</source>
        <translation>Medio:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="90"/>
        <source>Link:</source>
        <translation>Enlace:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="92"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="93"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="94"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/coverage_dialog.py" line="140"/>
        <source>Choose the outlet that published it.</source>
        <translation>Elija el medio que lo publicó.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="46"/>
        <source>Local file {path}</source>
        <translation>Archivo local {path}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="47"/>
        <source>Server {host}/{name} as {user}</source>
        <translation>Servidor {host}/{name} como {user}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="53"/>
        <source>Ready to use.</source>
        <translation>Lista para usar.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="54"/>
        <source>The database is empty: PressDesk will set it up when it opens it.</source>
        <translation>La base de datos está vacía: PressDesk la preparará al abrirla.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="57"/>
        <source>PressDesk will update this database when it opens it.</source>
        <translation>PressDesk actualizará esta base de datos al abrirla.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="71"/>
        <source>Open now: {name}</source>
        <translation>Abierta ahora: {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="77"/>
        <source>This computer ({path})</source>
        <translation>Esta computadora ({path})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="82"/>
        <source>A team server or another file:</source>
        <translation>Un servidor del equipo u otro archivo:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="89"/>
        <source>Database URL</source>
        <translation>URL de la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="91"/>
        <source>A server: postgresql://USER@SERVER/DATABASE. A file: sqlite:///PATH/TO/FILE.db</source>
        <translation>Un servidor: postgresql://USUARIO@SERVIDOR/BASE. Un archivo: sqlite:///RUTA/AL/ARCHIVO.db</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="99"/>
        <source>Only if the server asks for one</source>
        <translation>Solo si el servidor la pide</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="101"/>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="102"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="106"/>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="110"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="111"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="117"/>
        <source>On a team server everyone works on the same contacts and releases, each with their own user. The password is kept in the system keyring, never in a file.</source>
        <translation>En un servidor del equipo, todas las personas trabajan con los mismos contactos y comunicados, cada una con su propio usuario. La contraseña se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="164"/>
        <source>Type the password above and try again.</source>
        <translation>Escriba la contraseña arriba e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="177"/>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="206"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/database_settings.py" line="182"/>
        <source>Connected: {name}. {note}</source>
        <translation>Conectado: {name}. {note}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="112"/>
        <source>Select a row to see its details here.</source>
        <translation>Seleccione una fila para ver aquí sus detalles.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="44"/>
        <source>About PressDesk</source>
        <translation>Acerca de PressDesk</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="46"/>
        <source>Write press releases, keep your media contacts, and send each release as one personal email per journalist, knowing which outlets received it.</source>
        <translation>Redacte comunicados de prensa, mantenga sus contactos de medios y envíe cada comunicado como un correo personal a cada periodista, sabiendo qué medios lo recibieron.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="52"/>
        <source>Your contacts stay on your computer or your office&apos;s own server.</source>
        <translation>Sus contactos permanecen en su computadora o en el servidor de su oficina.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="54"/>
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="57"/>
        <source>Icons: Lucide (ISC licence)</source>
        <translation>Iconos: Lucide (licencia ISC)</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../src/pressdesk/ui/forms.py" line="42"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/forms.py" line="114"/>
        <source>Type a name.</source>
        <translation>Escriba un nombre.</translation>
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
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="114"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="138"/>
        <source> · about %n s left</source>
        <translation>
            <numerusform> · falta %n s aprox.</numerusform>
            <numerusform> · faltan %n s aprox.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="140"/>
        <source>{title} {done} of {total}</source>
        <translation>{title} {done} de {total}</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="75"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="76"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="82"/>
        <location filename="../../src/pressdesk/ui/progress.py" line="147"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="117"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="123"/>
        <source>{rate} per minute</source>
        <translation>{rate} por minuto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="132"/>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="139"/>
        <source>Stopping safely…</source>
        <translation>Deteniendo de forma segura…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="148"/>
        <source>Resuming…</source>
        <translation>Reanudando…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="153"/>
        <source>Pausing after the current message…</source>
        <translation>Pausando después del mensaje actual…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="164"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="165"/>
        <source>Paused. Nothing is lost; resume when you are ready.</source>
        <translation>En pausa. No se pierde nada; reanude cuando quiera.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/progress.py" line="170"/>
        <source>Stopped. What was done so far is kept.</source>
        <translation>Detenido. Se conserva lo hecho hasta ahora.</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="75"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="75"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="79"/>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="103"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="80"/>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="106"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="81"/>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="111"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="82"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="83"/>
        <source>Beat</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="84"/>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="124"/>
        <source>Outlet type</source>
        <translation>Tipo de medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="85"/>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="129"/>
        <source>Contains</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="190"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="211"/>
        <source>Select a list or a segment to see who is in it.</source>
        <translation>Seleccione una lista o un segmento para ver quién lo integra.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="228"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="529"/>
        <source>Show in Contacts</source>
        <translation>Ver en Contactos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="230"/>
        <source>Open the Contacts section showing only these contacts</source>
        <translation>Abrir la sección Contactos con solo estos contactos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="233"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="530"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="235"/>
        <source>Edit filters…</source>
        <translation>Editar filtros…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="237"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="531"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="249"/>
        <source>Members</source>
        <translation>Integrantes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="262"/>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="264"/>
        <source>Take the selected people out of this list; they stay in Contacts</source>
        <translation>Quitar de esta lista a las personas seleccionadas; siguen en Contactos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="317"/>
        <source>Segment — a saved filter. Whoever matches it when a release is sent receives it, including contacts added later.</source>
        <translation>Segmento: un filtro guardado. Quien coincida con él al enviar un comunicado lo recibe, incluidos los contactos agregados después.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="327"/>
        <source>List — the people you chose. It changes only when you change it.</source>
        <translation>Lista: las personas que usted eligió. Solo cambia cuando usted la cambia.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="337"/>
        <source>Loading the members…</source>
        <translation>Cargando los integrantes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/lists_view.py" line="351"/>
        <source>%Ln contacts match now</source>
        <translation>
            <numerusform>%Ln contacto coincide ahora</numerusform>
            <numerusform>%Ln contactos coinciden ahora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="358"/>
        <source>Showing the first {shown} of {total}. Show in Contacts lists them all.</source>
        <translation>Se muestran los primeros {shown} de {total}. «Ver en Contactos» los muestra todos.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="365"/>
        <source>No contact matches these filters yet.</source>
        <translation>Ningún contacto coincide todavía con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="367"/>
        <source>This list is empty. In Contacts, select people and choose Add to list.</source>
        <translation>Esta lista está vacía. En Contactos, seleccione personas y elija Agregar a una lista.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="443"/>
        <source>New list…</source>
        <translation>Nueva lista…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="445"/>
        <source>A list of people you choose one by one</source>
        <translation>Una lista de personas que usted elige una por una</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="449"/>
        <source>New segment…</source>
        <translation>Nuevo segmento…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="452"/>
        <source>A saved filter (region, language, beat…) evaluated each time it is used</source>
        <translation>Un filtro guardado (región, idioma, tema…) que se evalúa cada vez que se usa</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="460"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="484"/>
        <source>Lists and segments</source>
        <translation>Listas y segmentos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="485"/>
        <source>Lists only</source>
        <translation>Solo listas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="486"/>
        <source>Segments only</source>
        <translation>Solo segmentos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="487"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="509"/>
        <source>Nothing matches. Clear the search to see every list.</source>
        <translation>No hay coincidencias. Borre la búsqueda para ver todas las listas.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="559"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/lists_view.py" line="619"/>
        <source>%Ln lists</source>
        <translation>
            <numerusform>%Ln lista</numerusform>
            <numerusform>%Ln listas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/lists_view.py" line="620"/>
        <source>%Ln segments</source>
        <translation>
            <numerusform>%Ln segmento</numerusform>
            <numerusform>%Ln segmentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="683"/>
        <source>New list</source>
        <translation>Nueva lista</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="683"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="701"/>
        <source>List name</source>
        <translation>Nombre de la lista</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="700"/>
        <source>Rename list</source>
        <translation>Cambiar el nombre de la lista</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="717"/>
        <source>Delete the segment &apos;{name}&apos;? It is only a saved filter: no contact is deleted.</source>
        <translation>¿Eliminar el segmento «{name}»? Es solo un filtro guardado: no se elimina ningún contacto.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="722"/>
        <source>Delete the empty list &apos;{name}&apos;?</source>
        <translation>¿Eliminar la lista vacía «{name}»?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/lists_view.py" line="724"/>
        <source>Delete the list &apos;{name}&apos;? Its %Ln contacts stay in Contacts, with their opt-outs and history; only the list goes.</source>
        <translation>
            <numerusform>¿Eliminar la lista «{name}»? Su único contacto (%Ln) sigue en Contactos, con su baja e historial; solo se elimina la lista.</numerusform>
            <numerusform>¿Eliminar la lista «{name}»? Sus %Ln contactos siguen en Contactos, con sus bajas e historial; solo se elimina la lista.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="732"/>
        <source>Delete segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="734"/>
        <source>Delete list</source>
        <translation>Eliminar lista</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="737"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="51"/>
        <source>No contacts</source>
        <translation>Sin contactos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="52"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="84"/>
        <source>New segment</source>
        <translation>Nuevo segmento</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="86"/>
        <source>Edit segment</source>
        <translation>Editar segmento</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="90"/>
        <source>A segment is a saved filter. Nobody is added by hand: whoever matches every filter below when a release is sent receives it.</source>
        <translation>Un segmento es un filtro guardado. Nadie se agrega a mano: quien cumpla todos los filtros de abajo al enviar un comunicado lo recibe.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="100"/>
        <source>Segment name</source>
        <translation>Nombre del segmento</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="101"/>
        <source>e.g. Caribbean health reporters</source>
        <translation>p. ej., Periodistas de salud del Caribe</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="104"/>
        <source>Any region</source>
        <translation>Cualquier región</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="108"/>
        <source>Any country — or a code or name, e.g. HN or Honduras</source>
        <translation>Cualquier país, o un código o nombre, p. ej., HN u Honduras</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="113"/>
        <source>Any language — or e.g. es, Spanish, français</source>
        <translation>Cualquier idioma, o p. ej., es, español, français</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="117"/>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="122"/>
        <source>Beat or tag</source>
        <translation>Tema o etiqueta</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="121"/>
        <source>Any beat — or e.g. health</source>
        <translation>Cualquier tema, o p. ej., salud</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="125"/>
        <source>Any type of outlet</source>
        <translation>Cualquier tipo de medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="131"/>
        <source>Words in the name, address, outlet or notes</source>
        <translation>Palabras del nombre, la dirección, el medio o las notas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="136"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="137"/>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="139"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="142"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="145"/>
        <source>Beat or tag:</source>
        <translation>Tema o etiqueta:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="146"/>
        <source>Outlet type:</source>
        <translation>Tipo de medio:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="147"/>
        <source>Contains:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="248"/>
        <source>Fix the filter marked in red to see who matches.</source>
        <translation>Corrija el filtro marcado en rojo para ver quién coincide.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="253"/>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="306"/>
        <source>Choose at least one filter.</source>
        <translation>Elija al menos un filtro.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="256"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="283"/>
        <source>No contact matches these filters right now.</source>
        <translation>Ningún contacto coincide ahora con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="286"/>
        <source>%Ln contacts match right now.</source>
        <translation>
            <numerusform>%Ln contacto coincide ahora.</numerusform>
            <numerusform>%Ln contactos coinciden ahora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="303"/>
        <source>Give the segment a name.</source>
        <translation>Póngale un nombre al segmento.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="318"/>
        <source>There is already a segment called &apos;{name}&apos;.</source>
        <translation>Ya existe un segmento llamado «{name}».</translation>
    </message>
</context>
<context>
    <name>MailboxSettings</name>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="56"/>
        <source>Bounces, replies and opt-out requests come back to the press office&apos;s mailbox. PressDesk reads it, without changing anything, when you choose Check Mailbox in Reports (F9).</source>
        <translation>Los rebotes, las respuestas y las solicitudes de baja llegan al buzón de la oficina de prensa. PressDesk lo lee, sin cambiar nada, cuando elige Revisar el buzón en Informes (F9).</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="67"/>
        <source>TLS from the start (port 993)</source>
        <translation>TLS desde el inicio (puerto 993)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="68"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (puerto 143)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="79"/>
        <source>With a password</source>
        <translation>Con una contraseña</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="82"/>
        <source>With the sign-in of SMTP profile “{name}”</source>
        <translation>Con el inicio de sesión del perfil SMTP «{name}»</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="95"/>
        <source>Saved in the system keyring; type to replace it</source>
        <translation>Guardada en el llavero del sistema; escriba para reemplazarla</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="97"/>
        <source>Kept in the system keyring only</source>
        <translation>Se guarda solo en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="102"/>
        <source>Only for a server with your organization&apos;s own certificate</source>
        <translation>Solo para un servidor con el certificado propio de su organización</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="106"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="116"/>
        <source>Mailbox server</source>
        <translation>Servidor del buzón</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="117"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="118"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="119"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="120"/>
        <source>Sign in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="121"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="122"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="123"/>
        <source>Certificate authority file</source>
        <translation>Archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="128"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="129"/>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="130"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="131"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="133"/>
        <source>S&amp;ign in:</source>
        <translation>&amp;Iniciar sesión:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="134"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="135"/>
        <source>&amp;Folder:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="136"/>
        <source>&amp;Trust also:</source>
        <translation>Con&amp;fiar también en:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="141"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="109"/>
        <source>Certificate authority</source>
        <translation>Autoridad de certificación</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="192"/>
        <source>Enter the mailbox server.</source>
        <translation>Indique el servidor del buzón.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="196"/>
        <source>There is no certificate file {path}.</source>
        <translation>No existe el archivo de certificado {path}.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="249"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mailbox_settings.py" line="269"/>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="173"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="235"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="242"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="247"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="251"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="257"/>
        <source>&amp;New Release</source>
        <translation>&amp;Nuevo comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="259"/>
        <source>Write a new press release (Ctrl+N)</source>
        <translation>Redactar un nuevo comunicado de prensa (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="262"/>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="265"/>
        <source>Bring in contacts from a spreadsheet (CSV, Excel) or vCards</source>
        <translation>Importar contactos desde una hoja de cálculo (CSV, Excel) o vCards</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="268"/>
        <source>&amp;Add Contact…</source>
        <translation>&amp;Agregar contacto…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="271"/>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="275"/>
        <source>Send the selected release (Ctrl+Shift+Enter)</source>
        <translation>Enviar el comunicado seleccionado (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="278"/>
        <source>&amp;About PressDesk</source>
        <translation>&amp;Acerca de PressDesk</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="282"/>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="293"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="301"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="303"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="313"/>
        <source>&amp;Release</source>
        <translation>&amp;Comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="320"/>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="323"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="332"/>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="397"/>
        <source>Not sending</source>
        <translation>Sin envíos en curso</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="336"/>
        <source>The database PressDesk is working on</source>
        <translation>La base de datos con la que trabaja PressDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="376"/>
        <source>%n sending</source>
        <translation>
            <numerusform>%n enviándose</numerusform>
            <numerusform>%n enviándose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="378"/>
        <source>%n scheduled</source>
        <translation>
            <numerusform>%n programado</numerusform>
            <numerusform>%n programados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="391"/>
        <source>Sending %n distribution(s)</source>
        <translation>
            <numerusform>Enviando %n distribución</numerusform>
            <numerusform>Enviando %n distribuciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="393"/>
        <source>Sending from another window or computer</source>
        <translation>Envío en curso desde otra ventana u otra computadora</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="395"/>
        <source>Next send: {moment}</source>
        <translation>Próximo envío: {moment}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="428"/>
        <source>Select the release to send first.</source>
        <translation>Primero seleccione el comunicado que desea enviar.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="446"/>
        <source>Scheduled for {moment}; it goes out then while PressDesk is open.</source>
        <translation>Programado para el {moment}; saldrá a esa hora si PressDesk está abierto.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="453"/>
        <source>Nobody to send to.</source>
        <translation>No hay destinatarios.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="481"/>
        <source>Resume sending</source>
        <translation>Reanudar el envío</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="483"/>
        <source>Sending was cut short before the end (distributions: %n). Resume now? Messages already sent will not be sent again.</source>
        <translation>
            <numerusform>El envío se interrumpió antes de terminar (distribuciones: %n). ¿Reanudarlo ahora? Los mensajes ya enviados no se volverán a enviar.</numerusform>
            <numerusform>El envío se interrumpió antes de terminar (distribuciones: %n). ¿Reanudarlo ahora? Los mensajes ya enviados no se volverán a enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="492"/>
        <source>Messages still to send: %n</source>
        <translation>
            <numerusform>Mensajes por enviar: %n</numerusform>
            <numerusform>Mensajes por enviar: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="493"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="494"/>
        <source>Later (from the Outbox)</source>
        <translation>Más tarde (desde la Bandeja de salida)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="533"/>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="542"/>
        <source>Now working on: {name}</source>
        <translation>Ahora se trabaja en: {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="551"/>
        <source>Close the open editors, then switch the database again.</source>
        <translation>Cierre los editores abiertos y vuelva a cambiar de base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="635"/>
        <source>Preparing the sample data…</source>
        <translation>Preparando los datos de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="645"/>
        <source>PressDesk — sample data (changes are thrown away)</source>
        <translation>PressDesk — datos de ejemplo (los cambios no se guardan)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="667"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="670"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="671"/>
        <source>Pause</source>
        <translation>Pausar</translation>
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
    <name>OAuthSignIn</name>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="74"/>
        <source>Checking the sign-in…</source>
        <translation>Comprobando el inicio de sesión…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="78"/>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="81"/>
        <source>Opens your browser to sign in to your mail provider.</source>
        <translation>Abre su navegador para iniciar sesión con su proveedor de correo.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="83"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="85"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="90"/>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="136"/>
        <source>This profile logs in with a password.</source>
        <translation>Este perfil inicia sesión con una contraseña.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="145"/>
        <source>Signed in as {account}</source>
        <translation>Sesión iniciada como {account}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="147"/>
        <source>Signed in to {provider} as {account}</source>
        <translation>Sesión iniciada en {provider} como {account}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="152"/>
        <source>Not signed in to {provider}.</source>
        <translation>No ha iniciado sesión en {provider}.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="170"/>
        <source>Opening your browser…</source>
        <translation>Abriendo su navegador…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="177"/>
        <source>Sign in to {provider} in your browser, then come back here.</source>
        <translation>Inicie sesión en {provider} en su navegador y luego vuelva aquí.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/oauth_signin.py" line="182"/>
        <source>Completing the sign-in…</source>
        <translation>Completando el inicio de sesión…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="56"/>
        <source>due now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="61"/>
        <source>in {days} d {hours} h</source>
        <translation>en {days} d {hours} h</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="63"/>
        <source>in {hours} h {minutes:02d} min</source>
        <translation>en {hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="67"/>
        <source>in {minutes} min {seconds:02d} s</source>
        <translation>en {minutes} min {seconds:02d} s</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="70"/>
        <source>in {seconds} s</source>
        <translation>en {seconds} s</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="100"/>
        <source>Select a distribution to see its details and actions.</source>
        <translation>Seleccione una distribución para ver sus detalles y acciones.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="107"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="108"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="110"/>
        <source>Retry deferred now</source>
        <translation>Reintentar aplazados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="113"/>
        <source>Try the temporarily refused messages again now instead of waiting</source>
        <translation>Volver a intentar ahora los mensajes rechazados temporalmente, sin esperar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="115"/>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="116"/>
        <source>Cancel every message not sent yet</source>
        <translation>Cancelar todos los mensajes aún no enviados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="118"/>
        <source>Resume sending</source>
        <translation>Reanudar el envío</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="119"/>
        <source>Pause sending</source>
        <translation>Pausar el envío</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="120"/>
        <source>Retry deferred messages now</source>
        <translation>Reintentar ahora los mensajes aplazados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="121"/>
        <source>Cancel the distribution</source>
        <translation>Cancelar la distribución</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="156"/>
        <source>PressDesk lost contact with the mail server while handing these messages over, so it cannot tell whether they went out. Check with the people if you can, then either send them again (some may get it twice) or mark them as received.</source>
        <translation>PressDesk perdió el contacto con el servidor de correo mientras entregaba estos mensajes, así que no puede saber si salieron. Si puede, consulte con las personas y luego vuelva a enviarlos (algunas podrían recibirlo dos veces) o márquelos como recibidos.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="165"/>
        <source>Uncertain deliveries</source>
        <translation>Entregas inciertas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="167"/>
        <source>Send them again</source>
        <translation>Volver a enviarlos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="169"/>
        <source>Send the uncertain messages again</source>
        <translation>Volver a enviar los mensajes inciertos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="175"/>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="449"/>
        <source>Mark as received</source>
        <translation>Marcar como recibidos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="178"/>
        <source>Mark the uncertain messages as received</source>
        <translation>Marcar los mensajes inciertos como recibidos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="224"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="225"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="226"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="227"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="228"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="229"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="230"/>
        <source>Uncertain</source>
        <translation>Inciertos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="231"/>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="262"/>
        <source>(erased)</source>
        <translation>(borrado)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="267"/>
        <source>Handed over at {moment}</source>
        <translation>Entregado al servidor el {moment}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="274"/>
        <source>Uncertain: %Ln — these may or may not have arrived</source>
        <translation>
            <numerusform>Inciertos: %Ln; puede que haya llegado o no</numerusform>
            <numerusform>Inciertos: %Ln; puede que hayan llegado o no</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="290"/>
        <source>Sending now from this window</source>
        <translation>Enviándose ahora desde esta ventana</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="292"/>
        <source>Scheduled for {moment} — {countdown}</source>
        <translation>Programado para el {moment} ({countdown})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="297"/>
        <source>Interrupted before the end. Resume sends only what has not gone out.</source>
        <translation>Interrumpido antes de terminar. Reanudar envía solo lo que no ha salido.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="301"/>
        <source>Paused. Resume sends only what has not gone out.</source>
        <translation>En pausa. Reanudar envía solo lo que no ha salido.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="419"/>
        <source>Cancel this distribution? The messages not sent yet (%Ln) will never be sent. The ones already sent stay sent.</source>
        <translation>
            <numerusform>¿Cancelar esta distribución? El mensaje aún no enviado (%Ln) no se enviará nunca. Los ya enviados quedan enviados.</numerusform>
            <numerusform>¿Cancelar esta distribución? Los mensajes aún no enviados (%Ln) no se enviarán nunca. Los ya enviados quedan enviados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="426"/>
        <source>Cancel distribution</source>
        <translation>Cancelar la distribución</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="442"/>
        <source>Mark the uncertain messages (%Ln) as received? Do this once you know they arrived: they will count as sent and will not be sent again.</source>
        <translation>
            <numerusform>¿Marcar el mensaje incierto (%Ln) como recibido? Hágalo cuando sepa que llegó: contará como enviado y no se volverá a enviar.</numerusform>
            <numerusform>¿Marcar los mensajes inciertos (%Ln) como recibidos? Hágalo cuando sepa que llegaron: contarán como enviados y no se volverán a enviar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="466"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="473"/>
        <source>Keep it</source>
        <translation>Dejarlo así</translation>
    </message>
</context>
<context>
    <name>OutletTypes</name>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="10"/>
        <source>Newspaper</source>
        <translation>Periódico</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="11"/>
        <source>TV</source>
        <translation>Televisión</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="12"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="13"/>
        <source>Online</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="14"/>
        <source>News agency</source>
        <translation>Agencia de noticias</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="15"/>
        <source>Magazine</source>
        <translation>Revista</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="16"/>
        <source>Freelance</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlet_types.py" line="17"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>OutletsView</name>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="159"/>
        <source>Select an outlet to see its journalists and details here.</source>
        <translation>Seleccione un medio para ver aquí sus periodistas y datos.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="171"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="181"/>
        <source>Journalists at this outlet</source>
        <translation>Periodistas de este medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="230"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="295"/>
        <source>Journalists ({count})</source>
        <translation>Periodistas ({count})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="232"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="427"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="258"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="260"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="571"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="264"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="572"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="266"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="634"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="271"/>
        <source>Releases</source>
        <translation>Comunicados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="273"/>
        <source>Received %Ln releases</source>
        <translation>
            <numerusform>Recibió %Ln comunicado</numerusform>
            <numerusform>Recibió %Ln comunicados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="275"/>
        <source>Has not received a release yet</source>
        <translation>Aún no ha recibido comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="303"/>
        <source>Showing the first {shown} of {total}.</source>
        <translation>Se muestran los primeros {shown} de {total}.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="308"/>
        <source>No contact works here yet.</source>
        <translation>Aún no hay contactos en este medio.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="331"/>
        <source>Add outlet…</source>
        <translation>Agregar medio…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="356"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="357"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="360"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="363"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="398"/>
        <source>No outlet matches. Try fewer words or clear the filters.</source>
        <translation>Ningún medio coincide. Pruebe con menos palabras o borre los filtros.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="479"/>
        <source>%Ln outlets</source>
        <translation>
            <numerusform>%Ln medio</numerusform>
            <numerusform>%Ln medios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="569"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="570"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="595"/>
        <source>New outlet</source>
        <translation>Nuevo medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="597"/>
        <source>Edit outlet</source>
        <translation>Editar medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="602"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="609"/>
        <source>Code or name, e.g. DO or Dominican Republic</source>
        <translation>Código o nombre, p. ej., DO o República Dominicana</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="612"/>
        <source>e.g. es, en</source>
        <translation>p. ej., es, en</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="614"/>
        <source>e.g. https://www.example.com</source>
        <translation>p. ej., https://www.example.com</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="632"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="633"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="635"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="672"/>
        <source>An outlet needs a name.</source>
        <translation>El medio necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="674"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="714"/>
        <source>Another outlet is already called &apos;{name}&apos;.</source>
        <translation>Ya hay otro medio llamado «{name}».</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="75"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="85"/>
        <source>e.g. Regional Office for Central America</source>
        <translation>p. ej., Oficina Regional para Centroamérica</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="96"/>
        <source>Organization name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="97"/>
        <source>Press office email</source>
        <translation>Correo de la oficina de prensa</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="98"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="99"/>
        <source>Default language for releases</source>
        <translation>Idioma predeterminado de los comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="106"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="107"/>
        <source>Press office &amp;email:</source>
        <translation>&amp;Correo de la oficina de prensa:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="108"/>
        <source>&amp;Website:</source>
        <translation>&amp;Sitio web:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="109"/>
        <source>Releases &amp;written in:</source>
        <translation>Comunicados &amp;redactados en:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="111"/>
        <source>Who you are, in two or three sentences.</source>
        <translation>Quiénes son, en dos o tres frases.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="112"/>
        <source>About us</source>
        <translation>Quiénes somos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="115"/>
        <source>Name, office, phone and email</source>
        <translation>Nombre, oficina, teléfono y correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="116"/>
        <source>Press-office contact</source>
        <translation>Contacto de prensa</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="118"/>
        <source>&amp;About us:</source>
        <translation>&amp;Quiénes somos:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="119"/>
        <source>Press-office &amp;contact:</source>
        <translation>Contacto de &amp;prensa:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="122"/>
        <source>Shown in your releases. Journalists&apos; unsubscribe requests go to the press office email. Everyone who uses this database sees the same settings.</source>
        <translation>Aparece en sus comunicados. Las solicitudes de baja de los periodistas llegan al correo de la oficina de prensa. Todas las personas que usan esta base de datos ven la misma configuración.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="136"/>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="142"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="148"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="151"/>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="152"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="153"/>
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
        <location filename="../../src/pressdesk/ui/release_editor.py" line="203"/>
        <source>From the library…</source>
        <translation>De la biblioteca…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="232"/>
        <source>New release</source>
        <translation>Nuevo comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="234"/>
        <source>Release</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="262"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="266"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="820"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="269"/>
        <source>Mark the release as approved for sending</source>
        <translation>Marcar el comunicado como aprobado para su envío</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="272"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="273"/>
        <source>Save an archive copy as PDF</source>
        <translation>Guardar una copia de archivo en PDF</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="275"/>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="280"/>
        <source>Send this release to lists and segments (Ctrl+Shift+Enter)</source>
        <translation>Enviar este comunicado a listas y segmentos (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="291"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="317"/>
        <source>Language versions</source>
        <translation>Versiones por idioma</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="319"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="678"/>
        <source>Add a language</source>
        <translation>Agregar un idioma</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="327"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="328"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="332"/>
        <source>Subheadline (optional)</source>
        <translation>Subtítulo (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="333"/>
        <source>Subheadline</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="342"/>
        <source>Dateline place, e.g. PANAMA CITY</source>
        <translation>Lugar de emisión, p. ej., CIUDAD DE PANAMÁ</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="344"/>
        <source>Dateline</source>
        <translation>Lugar de emisión</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="349"/>
        <source>Release date</source>
        <translation>Fecha del comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="351"/>
        <source>Main language</source>
        <translation>Idioma principal</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="352"/>
        <source>Embargoed until</source>
        <translation>Embargo hasta</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="356"/>
        <source>Embargo moment</source>
        <translation>Fecha y hora del embargo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="360"/>
        <source>Embargo time zone</source>
        <translation>Zona horaria del embargo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="368"/>
        <source>Main language:</source>
        <translation>Idioma principal:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="379"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="380"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="381"/>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="382"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="383"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="384"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="394"/>
        <source>Write the release here. Markdown works: **bold**, *italic*, ## heading, - list, [link](https://…), &gt; quote.</source>
        <translation>Redacte aquí el comunicado. Admite Markdown: **negrita**, *cursiva*, ## encabezado, - lista, [enlace](https://…), &gt; cita.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="400"/>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="404"/>
        <source>About us</source>
        <translation>Quiénes somos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="405"/>
        <source>The organization&apos;s boilerplate</source>
        <translation>El texto institucional de la organización</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="408"/>
        <source>Media contact</source>
        <translation>Contacto para medios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="409"/>
        <source>Name, office, phone and email for journalists</source>
        <translation>Nombre, oficina, teléfono y correo para periodistas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="413"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="422"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="874"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="415"/>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="417"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="451"/>
        <source>Preview as</source>
        <translation>Vista previa como</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="458"/>
        <source>HTML preview</source>
        <translation>Vista previa HTML</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="461"/>
        <source>Plain text preview</source>
        <translation>Vista previa en texto sin formato</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="466"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="467"/>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="473"/>
        <source>Preview as:</source>
        <translation>Vista previa como:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="517"/>
        <source>A sample journalist</source>
        <translation>Un periodista de ejemplo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="544"/>
        <source>Release #{id}</source>
        <translation>Comunicado n.º {id}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="679"/>
        <source>Language of the new version:</source>
        <translation>Idioma de la nueva versión:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="709"/>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="710"/>
        <source>unsaved changes</source>
        <translation>cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="717"/>
        <source>EMBARGOED until {moment} ({zone}). Journalists see the embargo in the subject and at the top of the release.</source>
        <translation>EMBARGO hasta el {moment} ({zone}). Los periodistas ven el embargo en el asunto y al inicio del comunicado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="738"/>
        <source>Write a headline to see the preview.</source>
        <translation>Escriba un titular para ver la vista previa.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="764"/>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="821"/>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="841"/>
        <source>Save the release first.</source>
        <translation>Primero guarde el comunicado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="840"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="846"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="865"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="875"/>
        <source>Save the release once, then attach files to it.</source>
        <translation>Guarde el comunicado una vez y luego adjunte los archivos.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="941"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/release_editor.py" line="942"/>
        <source>Save your changes to this release?</source>
        <translation>¿Desea guardar los cambios de este comunicado?</translation>
    </message>
</context>
<context>
    <name>ReleasesView</name>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="41"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="42"/>
        <source>Open in the editor</source>
        <translation>Abrir en el editor</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="44"/>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="45"/>
        <source>Send this release</source>
        <translation>Enviar este comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="54"/>
        <source>As a journalist receives it</source>
        <translation>Tal como lo recibe un periodista</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="62"/>
        <source>Email preview</source>
        <translation>Vista previa del correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="89"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="102"/>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/releases_view.py" line="110"/>
        <source>No preview: {problem}</source>
        <translation>Sin vista previa: {problem}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../src/pressdesk/ui/report_data.py" line="168"/>
        <source>No mailbox is set up for bounces and replies yet.</source>
        <translation>Aún no hay un buzón configurado para rebotes y respuestas.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_data.py" line="169"/>
        <source>Set up the press office&apos;s mailbox in Preferences → Mailbox, or import a saved .eml or .mbox file instead.</source>
        <translation>Configure el buzón de la oficina de prensa en Preferencias → Buzón, o importe en su lugar un archivo .eml o .mbox guardado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="183"/>
        <source>%Ln bounced</source>
        <translation>
            <numerusform>%Ln rebotado</numerusform>
            <numerusform>%Ln rebotados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="184"/>
        <source>%Ln opted out</source>
        <translation>
            <numerusform>%Ln baja</numerusform>
            <numerusform>%Ln bajas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="185"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln respuesta</numerusform>
            <numerusform>%Ln respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="186"/>
        <source>%Ln automatic replies</source>
        <translation>
            <numerusform>%Ln respuesta automática</numerusform>
            <numerusform>%Ln respuestas automáticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="189"/>
        <source>%Ln delayed</source>
        <translation>
            <numerusform>%Ln demorado</numerusform>
            <numerusform>%Ln demorados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="192"/>
        <source>%Ln not matched to a release</source>
        <translation>
            <numerusform>%Ln sin comunicado asociado</numerusform>
            <numerusform>%Ln sin comunicado asociado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="195"/>
        <source>%Ln read before</source>
        <translation>
            <numerusform>%Ln ya leído</numerusform>
            <numerusform>%Ln ya leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="196"/>
        <source>%Ln messages read: </source>
        <translation>
            <numerusform>%Ln mensaje leído: </numerusform>
            <numerusform>%Ln mensajes leídos: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="40"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="41"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="54"/>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="607"/>
        <source>Bounced</source>
        <translation>Rebotado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="42"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="52"/>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="602"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="43"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="44"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="55"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="45"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="48"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="49"/>
        <source>Sending</source>
        <translation>Enviándose</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="50"/>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="597"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="51"/>
        <source>Deferred, will retry</source>
        <translation>Aplazado, se reintentará</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="53"/>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="68"/>
        <source>Bounce</source>
        <translation>Rebote</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="69"/>
        <source>Opt-out</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="70"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="71"/>
        <source>Automatic reply</source>
        <translation>Respuesta automática</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="74"/>
        <source>Newspaper</source>
        <translation>Periódico</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="75"/>
        <source>Television</source>
        <translation>Televisión</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="76"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="77"/>
        <source>Online</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="78"/>
        <source>News agency</source>
        <translation>Agencia de noticias</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="79"/>
        <source>Magazine</source>
        <translation>Revista</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="80"/>
        <source>Freelance</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="81"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_tables.py" line="89"/>
        <source>%Ln pickups</source>
        <translation>
            <numerusform>%Ln publicación</numerusform>
            <numerusform>%Ln publicaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="102"/>
        <source>Unknown region</source>
        <translation>Región desconocida</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="171"/>
        <source>Columns of {table}</source>
        <translation>Columnas de {table}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_tables.py" line="342"/>
        <source>{headline}
First sent {date} · received by %Ln outlets</source>
        <translation>
            <numerusform>{headline}
Primer envío: {date} · recibido por %Ln medio</numerusform>
            <numerusform>{headline}
Primer envío: {date} · recibido por %Ln medios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="131"/>
        <source>Report views</source>
        <translation>Vistas del informe</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="133"/>
        <source>By release</source>
        <translation>Por comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="136"/>
        <source>Over a period</source>
        <translation>En un período</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="141"/>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="701"/>
        <source>Bounces and replies</source>
        <translation>Rebotes y respuestas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="146"/>
        <source>Go to Releases</source>
        <translation>Ir a Comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="152"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="169"/>
        <source>&amp;Import Bounces and Replies…</source>
        <translation>&amp;Importar rebotes y respuestas…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="173"/>
        <source>Read bounces, opt-outs and replies from a saved message (.eml) or mailbox (.mbox)</source>
        <translation>Leer rebotes, bajas y respuestas de un mensaje (.eml) o buzón (.mbox) guardado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="180"/>
        <source>&amp;Check Mailbox</source>
        <translation>Revisar el &amp;buzón</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="184"/>
        <source>Fetch new bounces, opt-outs and replies from the press office&apos;s mailbox (F9)</source>
        <translation>Traer nuevos rebotes, bajas y respuestas del buzón de la oficina de prensa (F9)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="191"/>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="195"/>
        <source>Save the table shown as CSV, Excel or JSON (Ctrl+E)</source>
        <translation>Guardar la tabla visible como CSV, Excel o JSON (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="227"/>
        <source>Sent releases</source>
        <translation>Comunicados enviados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="229"/>
        <source>No release has been sent yet.</source>
        <translation>Aún no se ha enviado ningún comunicado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="239"/>
        <source>Export List…</source>
        <translation>Exportar lista…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="242"/>
        <source>Save the list of sent releases as CSV, Excel or JSON</source>
        <translation>Guardar la lista de comunicados enviados como CSV, Excel o JSON</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="261"/>
        <source>Report by outlet</source>
        <translation>Informe por medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="263"/>
        <source>This release went to no outlet.</source>
        <translation>Este comunicado no llegó a ningún medio.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="266"/>
        <source>Delivery log</source>
        <translation>Registro de entregas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="268"/>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="274"/>
        <source>This release has no deliveries.</source>
        <translation>Este comunicado no tiene entregas.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="272"/>
        <source>Report by region</source>
        <translation>Informe por región</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="278"/>
        <source>Delivered, failed and bounced by region</source>
        <translation>Entregados, fallidos y rebotados por región</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="279"/>
        <source>Nothing to chart yet: this release has no settled deliveries.</source>
        <translation>Aún no hay nada que graficar: este comunicado no tiene entregas concluidas.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="284"/>
        <source>Coverage over time</source>
        <translation>Cobertura en el tiempo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="285"/>
        <source>No coverage logged yet. Log a pickup in the Coverage tab and it is charted here.</source>
        <translation>Aún no hay cobertura registrada. Registre una publicación en la pestaña Cobertura y aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="297"/>
        <source>Coverage log</source>
        <translation>Registro de cobertura</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="299"/>
        <source>No pickups logged for this release. When an outlet runs it, log the link here.</source>
        <translation>No hay publicaciones registradas para este comunicado. Cuando un medio lo publique, registre aquí el enlace.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="306"/>
        <source>Log a pickup…</source>
        <translation>Registrar publicación…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="310"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="319"/>
        <source>Double-click a pickup to open its link</source>
        <translation>Haga doble clic en una publicación para abrir su enlace</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="333"/>
        <source>Release report views</source>
        <translation>Vistas del informe del comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="335"/>
        <source>By outlet</source>
        <translation>Por medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="336"/>
        <source>By contact</source>
        <translation>Por contacto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="337"/>
        <source>By region</source>
        <translation>Por región</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="338"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="339"/>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="624"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="344"/>
        <source>Export this table</source>
        <translation>Exportar esta tabla</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="370"/>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="375"/>
        <source>First sent since</source>
        <translation>Primer envío desde</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="378"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="379"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="382"/>
        <source>All outlet types</source>
        <translation>Todos los tipos de medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="385"/>
        <source>Outlet type</source>
        <translation>Tipo de medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="394"/>
        <source>Export the matrix</source>
        <translation>Exportar la matriz</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="415"/>
        <source>A “Not sent” cell is a gap: nobody at that outlet was sent the release.</source>
        <translation>Una celda «No enviado» es un vacío: nadie de ese medio recibió el comunicado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="425"/>
        <source>Outlets and releases</source>
        <translation>Medios y comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="427"/>
        <source>No release was first sent in this period. Choose an earlier date.</source>
        <translation>Ningún comunicado tuvo su primer envío en este período. Elija una fecha anterior.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="432"/>
        <source>Releases received and outlets reached, by region</source>
        <translation>Comunicados recibidos y medios alcanzados, por región</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="433"/>
        <source>Nothing reached any region in this period.</source>
        <translation>Nada llegó a ninguna región en este período.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="445"/>
        <source>Period report views</source>
        <translation>Vistas del informe del período</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="446"/>
        <source>Outlets × releases</source>
        <translation>Medios × comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="447"/>
        <source>Reach by region</source>
        <translation>Alcance por región</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="458"/>
        <source>Bounces, opt-outs and replies appear here once you check the mailbox or import a saved message. Bounced deliveries are marked in the reports; people who ask to be removed are opted out at once.</source>
        <translation>Los rebotes, bajas y respuestas aparecen aquí cuando revisa el buzón o importa un mensaje guardado. Las entregas rebotadas se marcan en los informes; quienes piden que se los quite se dan de baja de inmediato.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="471"/>
        <source>Mail that came back</source>
        <translation>Correo devuelto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="473"/>
        <source>Nothing has come back yet.</source>
        <translation>Aún no ha vuelto nada.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="477"/>
        <source>Export the mail list</source>
        <translation>Exportar la lista de correos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/reports_view.py" line="531"/>
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln enviado</numerusform>
            <numerusform>%Ln enviados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="565"/>
        <source>Sent to {recipients} people · {delivered} delivered · {failed} failed · {bounced} bounced · {outlets} outlets reached</source>
        <translation>Destinatarios: {recipients} · Entregados: {delivered} · Fallidos: {failed} · Rebotados: {bounced} · Medios alcanzados: {outlets}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="614"/>
        <source>Pickups so far</source>
        <translation>Publicaciones hasta ahora</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="620"/>
        <source>Coverage ({count})</source>
        <translation>Cobertura ({count})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="674"/>
        <source>Releases received</source>
        <translation>Comunicados recibidos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="679"/>
        <source>Outlets reached</source>
        <translation>Medios alcanzados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="697"/>
        <source>Bounces and replies ({count})</source>
        <translation>Rebotes y respuestas ({count})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="745"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="749"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="750"/>
        <source>CSV for any spreadsheet (*.csv)</source>
        <translation>CSV para cualquier hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="751"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="770"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="776"/>
        <source>Exporting {done} of {total} rows…</source>
        <translation>Exportando {done} de {total} filas…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="783"/>
        <source>Saved {name}</source>
        <translation>Se guardó {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="791"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="807"/>
        <source>Exporting {name}</source>
        <translation>Exportando {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="851"/>
        <source>Remove pickup</source>
        <translation>Quitar publicación</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="852"/>
        <source>Remove the pickup by {outlet} from the coverage log?
{url}</source>
        <translation>¿Quitar del registro de cobertura la publicación de {outlet}?
{url}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="855"/>
        <source>an unknown outlet</source>
        <translation>un medio desconocido</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="887"/>
        <source>Import bounces and replies</source>
        <translation>Importar rebotes y respuestas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="889"/>
        <source>Saved mail (*.eml *.mbox);;All files (*)</source>
        <translation>Correo guardado (*.eml *.mbox);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="897"/>
        <source>Reading {name}</source>
        <translation>Leyendo {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="904"/>
        <source>Checking the mailbox</source>
        <translation>Revisando el buzón</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/reports_view.py" line="931"/>
        <source>Opted out by email, never to be sent anything again: {addresses}</source>
        <translation>Dados de baja por correo, no recibirán nada más: {addresses}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/reports_view.py" line="938"/>
        <source>%Ln contacts flagged for review after a permanent bounce; see their cards in Contacts.</source>
        <translation>
            <numerusform>%Ln contacto marcado para revisión tras un rebote permanente; vea su ficha en Contactos.</numerusform>
            <numerusform>%Ln contactos marcados para revisión tras un rebote permanente; vea sus fichas en Contactos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="226"/>
        <source>Nothing matches your search.</source>
        <translation>Nada coincide con su búsqueda.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="248"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/sections.py" line="286"/>
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
        <location filename="../../src/pressdesk/ui/section_specs.py" line="27"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="28"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="29"/>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="284"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="30"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="224"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="31"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="32"/>
        <source>Sending</source>
        <translation>Enviándose</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="33"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="34"/>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="35"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="36"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="41"/>
        <source>Newspaper</source>
        <translation>Periódico</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="42"/>
        <source>TV</source>
        <translation>Televisión</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="43"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="44"/>
        <source>Online</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="45"/>
        <source>News agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="46"/>
        <source>Magazine</source>
        <translation>Revista</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="47"/>
        <source>Freelance</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="48"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="171"/>
        <source>Newspapers, broadcasters, agencies and online media, their journalists and the releases they received.</source>
        <translation>Periódicos, radios y televisoras, agencias y medios digitales, sus periodistas y los comunicados que recibieron.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="179"/>
        <source>Outlets are created as you import contacts, or add one here. Then you can see which media received each release.</source>
        <translation>Los medios se crean al importar contactos, o puede agregar uno aquí. Luego verá qué medios recibieron cada comunicado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="184"/>
        <source>Search outlet, country or website</source>
        <translation>Buscar medio, país o sitio web</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="191"/>
        <source>A list holds the people you chose. A segment is a saved filter (region, language, beat…) counted again each time it is used, so new contacts who match are included.</source>
        <translation>Una lista reúne a las personas que usted eligió. Un segmento es un filtro guardado (región, idioma, tema…) que se vuelve a contar cada vez que se usa, así que incluye a los nuevos contactos que coinciden.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="198"/>
        <source>No lists or segments yet</source>
        <translation>Aún no hay listas ni segmentos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="199"/>
        <source>Make a list of chosen people (for example &apos;Ministers trip press&apos;), or a segment that picks contacts by region, language or beat (for example &apos;Caribbean health reporters&apos;). Then send a release to it.</source>
        <translation>Cree una lista de personas elegidas (por ejemplo, «Prensa de la gira ministerial») o un segmento que seleccione contactos por región, idioma o tema (por ejemplo, «Periodistas de salud del Caribe»). Luego envíele un comunicado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="205"/>
        <source>Search lists and segments</source>
        <translation>Buscar listas y segmentos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="106"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="96"/>
        <source>Releases</source>
        <translation>Comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="98"/>
        <source>Press releases in every language, from draft to sent.</source>
        <translation>Comunicados de prensa en todos los idiomas, del borrador al envío.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="288"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="100"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="122"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="101"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="103"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="103"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="123"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="279"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="106"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="121"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="219"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="252"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="113"/>
        <source>No releases yet</source>
        <translation>Aún no hay comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="114"/>
        <source>Write a release here, or bring one in from a Markdown file. Each goes out as one personal email per journalist, in their language.</source>
        <translation>Redacte aquí un comunicado o tráigalo desde un archivo Markdown. Cada uno sale como un correo personal a cada periodista, en su idioma.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="119"/>
        <source>Search headlines</source>
        <translation>Buscar titulares</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="120"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="296"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="121"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="104"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="131"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="122"/>
        <source>What it holds</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="133"/>
        <source>Journalists and editors, with their outlet, country and region.</source>
        <translation>Periodistas y editores, con su medio, país y región.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="93"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="119"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="126"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="276"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="137"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="98"/>
        <location filename="../../src/pressdesk/ui/lists_view.py" line="130"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="275"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="138"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="154"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="99"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="290"/>
        <source>Title</source>
        <translation>Cargo</translation>
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
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="101"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="101"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="140"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="156"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="102"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="103"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="102"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="270"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="324"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="141"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="157"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="105"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="142"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="158"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="108"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="143"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="160"/>
        <source>Opted out</source>
        <translation>De baja</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="472"/>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="390"/>
        <location filename="../../src/pressdesk/ui/sections.py" line="208"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="146"/>
        <source>No contacts yet</source>
        <translation>Aún no hay contactos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="147"/>
        <source>Bring in your press list from a spreadsheet (CSV or Excel) or vCards. Duplicates are merged by address and opt-outs are always kept.</source>
        <translation>Importe su lista de prensa desde una hoja de cálculo (CSV o Excel) o vCards. Los duplicados se unen por dirección y las bajas se conservan siempre.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="152"/>
        <source>Search name, email or outlet</source>
        <translation>Buscar nombre, correo o medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="161"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="169"/>
        <source>Outlets</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="100"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="325"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="178"/>
        <source>No outlets yet</source>
        <translation>Aún no hay medios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="189"/>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="210"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="212"/>
        <source>Distributions being sent, scheduled or interrupted, and what became of each.</source>
        <translation>Distribuciones en envío, programadas o interrumpidas, y el resultado de cada una.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="216"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="253"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="244"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="302"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="217"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="269"/>
        <source>Release</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="247"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="257"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="227"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="272"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="232"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="237"/>
        <source>Uncertain</source>
        <translation>Inciertos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="241"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="255"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="244"/>
        <source>Nothing sent yet</source>
        <translation>Aún no se ha enviado nada</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="245"/>
        <source>When you send a release, its progress appears here: who received it, who failed, and anything waiting to be retried.</source>
        <translation>Cuando envíe un comunicado, su avance aparecerá aquí: quién lo recibió, qué falló y qué espera un nuevo intento.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="250"/>
        <source>Search distributions</source>
        <translation>Buscar distribuciones</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="254"/>
        <source>Scheduled for</source>
        <translation>Programada para</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="263"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="265"/>
        <source>Which outlets received each release, from PressDesk&apos;s own records.</source>
        <translation>Qué medios recibieron cada comunicado, según los registros de PressDesk.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="245"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="255"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="270"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="246"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="256"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="271"/>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="248"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="258"/>
        <source>Bounced</source>
        <translation>Rebotados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="249"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="272"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="274"/>
        <source>Outlets reached</source>
        <translation>Medios alcanzados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="259"/>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="260"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="261"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="353"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="283"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="285"/>
        <source>Server reply</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="291"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="292"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="300"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="306"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="308"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="312"/>
        <location filename="../../src/pressdesk/ui/report_tables.py" line="352"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="110"/>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="124"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="280"/>
        <source>No reports yet</source>
        <translation>Aún no hay informes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="281"/>
        <source>Once a release has been sent, see here who received it, by outlet and by region. No tracking pixels: the figures come from your own send records.</source>
        <translation>Cuando se haya enviado un comunicado, vea aquí quién lo recibió, por medio y por región. Sin píxeles de seguimiento: las cifras salen de sus propios registros de envío.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="286"/>
        <source>Search releases</source>
        <translation>Buscar comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="161"/>
        <location filename="../../src/pressdesk/ui/table.py" line="69"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="143"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="107"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="129"/>
        <source>({time} here)</source>
        <translation>({time} aquí)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="142"/>
        <source>{skipped}: {opted_out}, {received}</source>
        <translation>{skipped}: {opted_out}, {received}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="143"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln omitido</numerusform>
            <numerusform>%Ln omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="144"/>
        <source>%Ln opted out</source>
        <translation>
            <numerusform>%Ln dado de baja</numerusform>
            <numerusform>%Ln dados de baja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="145"/>
        <source>%Ln already received it</source>
        <translation>
            <numerusform>%Ln ya lo recibió</numerusform>
            <numerusform>%Ln ya lo recibieron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="156"/>
        <source>Schedule &apos;{headline}&apos; for {moment}, to %Ln contacts ({skipped})?</source>
        <translation>
            <numerusform>¿Programar «{headline}» para el {moment}, a %Ln contacto ({skipped})?</numerusform>
            <numerusform>¿Programar «{headline}» para el {moment}, a %Ln contactos ({skipped})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="162"/>
        <source>Send &apos;{headline}&apos; to %Ln contacts ({skipped})?</source>
        <translation>
            <numerusform>¿Enviar «{headline}» a %Ln contacto ({skipped})?</numerusform>
            <numerusform>¿Enviar «{headline}» a %Ln contactos ({skipped})?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="176"/>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="564"/>
        <source>Send release</source>
        <translation>Enviar comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="197"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="207"/>
        <source>Lists and segments to send to</source>
        <translation>Listas y segmentos destinatarios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="212"/>
        <source>There are no lists yet. Create one in the Lists section, or import contacts.</source>
        <translation>Aún no hay listas. Cree una en la sección Listas o importe contactos.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="220"/>
        <source>Also send to people who already received it</source>
        <translation>Enviar también a quienes ya lo recibieron</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="223"/>
        <source>Resend to people who already received it</source>
        <translation>Reenviar a quienes ya lo recibieron</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="228"/>
        <source>Mail server profile</source>
        <translation>Perfil del servidor de correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="231"/>
        <source>No mail server is set up yet. Add one in Preferences → Sending.</source>
        <translation>Aún no hay un servidor de correo configurado. Agregue uno en Preferencias → Envío.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="238"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="239"/>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="240"/>
        <source>At</source>
        <translation>El</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="241"/>
        <source>Send at a chosen moment</source>
        <translation>Enviar en el momento elegido</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="249"/>
        <source>Moment to send</source>
        <translation>Momento del envío</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="261"/>
        <source>your time ({zone})</source>
        <translation>su hora ({zone})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="269"/>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="443"/>
        <source>Choose at least one list or segment.</source>
        <translation>Elija al menos una lista o un segmento.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="273"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="284"/>
        <source>Address for the test copy</source>
        <translation>Dirección para la copia de prueba</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="286"/>
        <source>Send a test to me</source>
        <translation>Enviarme una prueba</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="288"/>
        <source>One copy marked [TEST] to this address; nothing is recorded as delivered</source>
        <translation>Una copia marcada [TEST] a esta dirección; no se registra como entregada</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="308"/>
        <source>Send to:</source>
        <translation>Enviar a:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="312"/>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="313"/>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="314"/>
        <source>Test:</source>
        <translation>Prueba:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="319"/>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="322"/>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="573"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="326"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="354"/>
        <source>Send “{headline}”</source>
        <translation>Enviar «{headline}»</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="359"/>
        <source>{name} (list · {count})</source>
        <translation>{name} (lista · {count})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="363"/>
        <source>{name} (segment)</source>
        <translation>{name} (segmento)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="449"/>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="641"/>
        <source>Set up a mail server first (Preferences → Sending).</source>
        <translation>Primero configure un servidor de correo (Preferencias → Envío).</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="455"/>
        <source>Counting recipients…</source>
        <translation>Contando destinatarios…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="479"/>
        <source>%Ln recipients · {skipped}</source>
        <translation>
            <numerusform>%Ln destinatario · {skipped}</numerusform>
            <numerusform>%Ln destinatarios · {skipped}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="485"/>
        <source>By language: {languages}</source>
        <translation>Por idioma: {languages}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="501"/>
        <source>Cannot send yet.</source>
        <translation>Aún no se puede enviar.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="512"/>
        <source>EMBARGOED until {moment}. Journalists see the embargo in the message; sending when it lifts is safest.</source>
        <translation>EMBARGO hasta el {moment}. Los periodistas ven el embargo en el mensaje; lo más seguro es enviarlo cuando se levante.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="526"/>
        <source>Sending now means journalists get it before the embargo lifts.</source>
        <translation>Si envía ahora, los periodistas lo recibirán antes de que se levante el embargo.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="533"/>
        <source>The chosen moment is before the embargo lifts.</source>
        <translation>El momento elegido es anterior al fin del embargo.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="537"/>
        <source>The chosen moment is in the past; choose a later one or Now.</source>
        <translation>El momento elegido ya pasó; elija uno posterior o Ahora.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="544"/>
        <source>Nobody to send to: everyone chosen was skipped.</source>
        <translation>No hay destinatarios: se omitió a todas las personas elegidas.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="571"/>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="575"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="579"/>
        <source>The embargo has not lifted yet.</source>
        <translation>El embargo aún no se ha levantado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="591"/>
        <source>Putting it in the outbox…</source>
        <translation>Colocándolo en la bandeja de salida…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="599"/>
        <source>The chosen moment is in the past.</source>
        <translation>El momento elegido ya pasó.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="621"/>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="628"/>
        <source>Nothing was sent. Sign in, then send the release again.</source>
        <translation>No se envió nada. Inicie sesión y vuelva a enviar el comunicado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="646"/>
        <source>Sending a test copy to {address}…</source>
        <translation>Enviando una copia de prueba a {address}…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="669"/>
        <source>A test copy marked [TEST] went to {address}. Nothing was recorded.</source>
        <translation>Se envió una copia marcada [TEST] a {address}. No se registró nada.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="682"/>
        <source>The test copy was not sent.</source>
        <translation>No se envió la copia de prueba.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="685"/>
        <source>The test copy was not sent: {reason}</source>
        <translation>No se envió la copia de prueba: {reason}</translation>
    </message>
</context>
<context>
    <name>SendProgress</name>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="32"/>
        <source>{sent} of {total} sent</source>
        <translation>{sent} de {total} enviados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_progress.py" line="37"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fallido</numerusform>
            <numerusform>%Ln fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_progress.py" line="39"/>
        <source>%Ln to retry</source>
        <translation>
            <numerusform>%Ln por reintentar</numerusform>
            <numerusform>%Ln por reintentar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_progress.py" line="41"/>
        <source>%Ln uncertain</source>
        <translation>
            <numerusform>%Ln incierto</numerusform>
            <numerusform>%Ln inciertos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="44"/>
        <source>next retry at {time}</source>
        <translation>próximo intento a las {time}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="50"/>
        <source>{rate} per minute</source>
        <translation>{rate} por minuto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="76"/>
        <source>Sending “{headline}”</source>
        <translation>Enviando «{headline}»</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="88"/>
        <source>Pause or resume sending</source>
        <translation>Pausar o reanudar el envío</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="90"/>
        <source>Cancel the rest of this send</source>
        <translation>Cancelar el resto de este envío</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="92"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="93"/>
        <source>You can close this window: sending goes on, and the Outbox shows how it goes.</source>
        <translation>Puede cerrar esta ventana: el envío continúa y la Bandeja de salida muestra su avance.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="118"/>
        <source>Cancel sending</source>
        <translation>Cancelar el envío</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="119"/>
        <source>Stop sending and cancel the messages that have not gone out yet? The ones already sent stay sent.</source>
        <translation>¿Detener el envío y cancelar los mensajes que aún no han salido? Los ya enviados quedan enviados.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="128"/>
        <source>Cancel the rest</source>
        <translation>Cancelar el resto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="130"/>
        <source>Keep sending</source>
        <translation>Seguir enviando</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="150"/>
        <source>Stopping after the messages in flight…</source>
        <translation>Deteniendo tras los mensajes en curso…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/send_progress.py" line="164"/>
        <source>Sending stopped. Nothing sent was lost.</source>
        <translation>El envío se detuvo. No se perdió nada de lo enviado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_progress.py" line="185"/>
        <source>Cancelled. Messages that will not be sent: %Ln. Those already sent stay sent.</source>
        <translation>
            <numerusform>Cancelado. Mensajes que no se enviarán: %Ln. Los ya enviados quedan enviados.</numerusform>
            <numerusform>Cancelado. Mensajes que no se enviarán: %Ln. Los ya enviados quedan enviados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <location filename="../../src/pressdesk/ui/sending.py" line="54"/>
        <source>Sign in again in Preferences → Sending.</source>
        <translation>Vuelva a iniciar sesión en Preferencias → Envío.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sending.py" line="58"/>
        <source>Check it in Preferences → Sending.</source>
        <translation>Revíselo en Preferencias → Envío.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sending.py" line="60"/>
        <source>Check the mail server settings in Preferences → Sending.</source>
        <translation>Revise la configuración del servidor de correo en Preferencias → Envío.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sending.py" line="250"/>
        <source>Nothing more was sent and nothing is lost: once you have signed in again, resume the send from the Outbox.</source>
        <translation>No se envió nada más y no se perdió nada: cuando haya vuelto a iniciar sesión, reanude el envío desde la Bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sending.py" line="257"/>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sending.py" line="259"/>
        <source>Sign in to the mail provider again</source>
        <translation>Volver a iniciar sesión con el proveedor de correo</translation>
    </message>
</context>
<context>
    <name>SendingSettings</name>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="84"/>
        <source>choose STARTTLS or SSL/TLS</source>
        <translation>elija STARTTLS o SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="86"/>
        <source>an OAuth 2.0 sign-in</source>
        <translation>un inicio de sesión OAuth 2.0</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="87"/>
        <source>the authorization URL</source>
        <translation>la URL de autorización</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="88"/>
        <source>the token URL</source>
        <translation>la URL del token</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="89"/>
        <source>the device sign-in URL</source>
        <translation>la URL de inicio de sesión en dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="90"/>
        <source>the scopes</source>
        <translation>los ámbitos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="91"/>
        <source>the tenant</source>
        <translation>el inquilino</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="92"/>
        <source>the client ID</source>
        <translation>el ID de cliente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="94"/>
        <source>another provider</source>
        <translation>otro proveedor</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="95"/>
        <source>the user name</source>
        <translation>el nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="96"/>
        <source>the mail server</source>
        <translation>el servidor de correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="97"/>
        <source>the From address</source>
        <translation>la dirección del remitente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="156"/>
        <source>Mail server profiles</source>
        <translation>Perfiles de servidor de correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="159"/>
        <source>Add profile</source>
        <translation>Agregar perfil</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="160"/>
        <source>Add a mail server profile</source>
        <translation>Agregar un perfil de servidor de correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="167"/>
        <source>e.g. Office</source>
        <translation>p. ej., Oficina</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="170"/>
        <source>Password (or no login)</source>
        <translation>Contraseña (o sin autenticación)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="173"/>
        <source>Other provider (OAuth 2.0)</source>
        <translation>Otro proveedor (OAuth 2.0)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="177"/>
        <source>Microsoft 365 and Google want you to sign in in the browser rather than give PressDesk a password.</source>
        <translation>Microsoft 365 y Google le piden que inicie sesión en el navegador en lugar de darle una contraseña a PressDesk.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="188"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="191"/>
        <source>SSL/TLS from the start (usually port 465)</source>
        <translation>SSL/TLS desde el inicio (normalmente puerto 465)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="195"/>
        <source>None (only for a relay inside your office)</source>
        <translation>Ninguna (solo para un relé de su oficina)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="208"/>
        <source>Your organization&apos;s IT registers PressDesk once and gives you this ID (see “Signing in to Microsoft 365 or Google” in the README).</source>
        <translation>El área de TI de su organización registra PressDesk una sola vez y le entrega este ID (consulte «Signing in to Microsoft 365 or Google» en el README).</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="218"/>
        <source>organizations (any work account), or your domain</source>
        <translation>organizations (cualquier cuenta profesional) o su dominio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="228"/>
        <source>Optional: to sign in with a code on the command line</source>
        <translation>Opcional: para iniciar sesión con un código en la línea de comandos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="232"/>
        <source>Separated by spaces, e.g. mail.send offline_access</source>
        <translation>Separados por espacios, p. ej., mail.send offline_access</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="240"/>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="242"/>
        <source>Sign in again in the browser</source>
        <translation>Volver a iniciar sesión en el navegador</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="257"/>
        <source>e.g. Regional Press Office</source>
        <translation>p. ej., Oficina Regional de Prensa</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="260"/>
        <source>Optional: where replies go</source>
        <translation>Opcional: adónde llegan las respuestas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="263"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="264"/>
        <source> per minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="270"/>
        <source>Optional: your organization&apos;s CA certificate (PEM)</source>
        <translation>Opcional: el certificado de CA de su organización (PEM)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="272"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="273"/>
        <source>Choose a CA certificate file</source>
        <translation>Elegir un archivo de certificado de CA</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="283"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="284"/>
        <source>Sign in with</source>
        <translation>Iniciar sesión con</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="285"/>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="286"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="287"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="288"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="289"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="290"/>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="291"/>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="292"/>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="293"/>
        <source>Authorization URL</source>
        <translation>URL de autorización</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="294"/>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="295"/>
        <source>Device sign-in URL</source>
        <translation>URL de inicio de sesión en dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="296"/>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="297"/>
        <source>From address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="298"/>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="299"/>
        <source>Reply-to address</source>
        <translation>Dirección de respuesta</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="300"/>
        <source>Rate limit per minute</source>
        <translation>Límite de envíos por minuto</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="301"/>
        <source>Parallel connections</source>
        <translation>Conexiones simultáneas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="302"/>
        <source>CA certificate file</source>
        <translation>Archivo de certificado de CA</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="308"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="314"/>
        <source>&amp;Connections:</source>
        <translation>Conexi&amp;ones:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="320"/>
        <source>CA certi&amp;ficate:</source>
        <translation>Certi&amp;ficado de CA:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="322"/>
        <source>S&amp;ecurity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="324"/>
        <source>Send at &amp;most:</source>
        <translation>Enviar como má&amp;ximo:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="352"/>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="353"/>
        <source>S&amp;ign in with:</source>
        <translation>&amp;Iniciar sesión con:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="354"/>
        <source>Mail &amp;server:</source>
        <translation>&amp;Servidor de correo:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="356"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="357"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="358"/>
        <source>Client &amp;ID:</source>
        <translation>I&amp;D de cliente:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="360"/>
        <source>&amp;Tenant:</source>
        <translation>In&amp;quilino:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="361"/>
        <source>Client secre&amp;t:</source>
        <translation>Secre&amp;to de cliente:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="362"/>
        <source>&amp;Authorization URL:</source>
        <translation>URL de &amp;autorización:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="363"/>
        <source>T&amp;oken URL:</source>
        <translation>URL del to&amp;ken:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="364"/>
        <source>&amp;Device URL:</source>
        <translation>URL de dispositi&amp;vo:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="365"/>
        <source>Sco&amp;pes:</source>
        <translation>Ám&amp;bitos:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="366"/>
        <source>Sign-in:</source>
        <translation>Inicio de sesión:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="367"/>
        <source>&amp;From address:</source>
        <translation>Dirección del r&amp;emitente:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="368"/>
        <source>Sender na&amp;me:</source>
        <translation>Nombre del re&amp;mitente:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="369"/>
        <source>&amp;Reply-to:</source>
        <translation>&amp;Responder a:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="376"/>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="378"/>
        <source>Save the mail server profile</source>
        <translation>Guardar el perfil del servidor de correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="382"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="385"/>
        <source>Test the connection to the mail server</source>
        <translation>Probar la conexión con el servidor de correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="497"/>
        <source> (default)</source>
        <translation> (predeterminado)</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="528"/>
        <source>The sign-in (and a client secret) is kept only in the system keyring ({backend}), never in a file.</source>
        <translation>El inicio de sesión (y el secreto de cliente, si lo hay) se guarda solo en el llavero del sistema ({backend}), nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="534"/>
        <source>The password is kept only in the system keyring ({backend}), never in a file.</source>
        <translation>La contraseña se guarda solo en el llavero del sistema ({backend}), nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="539"/>
        <source>No system keyring is available, so PressDesk cannot stay signed in (it never writes a sign-in in a file).</source>
        <translation>No hay ningún llavero del sistema disponible, así que PressDesk no puede mantener la sesión iniciada (nunca guarda un inicio de sesión en un archivo).</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="545"/>
        <source>No system keyring is available, so no password can be saved (PressDesk never writes one in a file). A server that needs no login still works.</source>
        <translation>No hay ningún llavero del sistema disponible, así que no se puede guardar ninguna contraseña (PressDesk nunca la escribe en un archivo). Un servidor que no requiere autenticación sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="611"/>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="687"/>
        <source>Saved in the keyring; type a new one to change it</source>
        <translation>Guardado en el llavero; escriba otro valor para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="674"/>
        <source>Leave empty to sign in as the From address</source>
        <translation>Déjelo vacío para iniciar sesión con la dirección del remitente</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="676"/>
        <source>Leave empty if the server needs no login</source>
        <translation>Déjelo vacío si el servidor no requiere autenticación</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="680"/>
        <source>Application (client) ID, e.g. 00000000-0000-0000-…</source>
        <translation>ID de aplicación (cliente), p. ej., 00000000-0000-0000-…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="683"/>
        <source>e.g. 1234-abcd.apps.googleusercontent.com</source>
        <translation>p. ej., 1234-abcd.apps.googleusercontent.com</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="689"/>
        <source>If the provider gave one; kept in the keyring only</source>
        <translation>Si el proveedor le dio uno; se guarda solo en el llavero</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="708"/>
        <source>OAuth 2.0 sign-in needs an encrypted connection: choose STARTTLS or SSL/TLS.</source>
        <translation>El inicio de sesión OAuth 2.0 requiere una conexión cifrada: elija STARTTLS o SSL/TLS.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="740"/>
        <source>Save the profile, then sign in here.</source>
        <translation>Guarde el perfil y luego inicie sesión aquí.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="759"/>
        <source>The mail provider no longer accepts this sign-in (it expired or was revoked). Sign in again to go on sending.</source>
        <translation>El proveedor de correo ya no acepta este inicio de sesión (caducó o se revocó). Vuelva a iniciar sesión para seguir enviando.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="276"/>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="845"/>
        <source>Fill in the mail server&apos;s name first.</source>
        <translation>Primero indique el nombre del servidor de correo.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="848"/>
        <source>Fill in the From address first.</source>
        <translation>Primero indique la dirección del remitente.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="856"/>
        <source>Save the profile and sign in first; the test uses the saved sign-in.</source>
        <translation>Primero guarde el perfil e inicie sesión; la prueba usa el inicio de sesión guardado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="893"/>
        <source>Give the mail server profile a name, e.g. Office.</source>
        <translation>Asigne un nombre al perfil del servidor de correo, p. ej., Oficina.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="914"/>
        <source>Give the profile a name, e.g. Office.</source>
        <translation>Asigne un nombre al perfil, p. ej., Oficina.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="920"/>
        <source>There is already a profile with this name.</source>
        <translation>Ya existe un perfil con este nombre.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="926"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="942"/>
        <source>Saved the profile “{name}”.</source>
        <translation>Se guardó el perfil «{name}».</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="946"/>
        <source>Sign in below if you have not yet done so.</source>
        <translation>Inicie sesión abajo si aún no lo ha hecho.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="950"/>
        <source>The password is in the system keyring.</source>
        <translation>La contraseña está en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="1005"/>
        <source>Connecting to {host}:{port}…</source>
        <translation>Conectando con {host}:{port}…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="1024"/>
        <source>The mail server is ready to send.</source>
        <translation>El servidor de correo está listo para enviar.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="1031"/>
        <source>Sign in first: click “Sign in…” above, then test the connection again.</source>
        <translation>Primero inicie sesión: haga clic arriba en «Iniciar sesión…» y vuelva a probar la conexión.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="1036"/>
        <source>The sign-in has expired or was revoked: sign in again, then test the connection again.</source>
        <translation>El inicio de sesión caducó o se revocó: vuelva a iniciar sesión y pruebe de nuevo la conexión.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="1047"/>
        <source>The test did not get through: </source>
        <translation>La prueba no se completó: </translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/smtp_settings.py" line="1056"/>
        <source>Sending</source>
        <translation>Envío</translation>
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
