<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="42" />
        <source>Local file {path}</source>
        <translation>Archivo local {path}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="43" />
        <source>Server {host}/{name} as {user}</source>
        <translation>Servidor {host}/{name} como {user}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="51" />
        <source>About PressDesk</source>
        <translation>Acerca de PressDesk</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="54" />
        <source>Write press releases, keep your media contacts, and send each release as one personal email per journalist, knowing which outlets received it.</source>
        <translation>Redacte comunicados de prensa, mantenga sus contactos de medios y envíe cada comunicado como un correo personal a cada periodista, sabiendo qué medios lo recibieron.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="58" />
        <source>Your contacts stay on your computer or your office's own server.</source>
        <translation>Sus contactos permanecen en su computadora o en el servidor de su oficina.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="60" />
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="63" />
        <source>Icons: Lucide (ISC licence)</source>
        <translation>Iconos: Lucide (licencia ISC)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="108" />
        <source>Select a row to see its details here.</source>
        <translation>Seleccione una fila para ver aquí sus detalles.</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="86" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="110" />
        <source> · about %n s left</source>
        <translation><numerusform> · falta %n s aprox.</numerusform><numerusform> · faltan %n s aprox.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="112" />
        <source>{title} {done} of {total}</source>
        <translation>{title} {done} de {total}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="136" />
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="182" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="189" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="194" />
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="198" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="204" />
        <source>&amp;About PressDesk</source>
        <translation>&amp;Acerca de PressDesk</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="208" />
        <source>Open &amp;Log Folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="219" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="223" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="225" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="235" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="244" />
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="289" />
        <source>Not sending</source>
        <translation>Sin envíos en curso</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="248" />
        <source>The database PressDesk is working on</source>
        <translation>La base de datos con la que trabaja PressDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="285" />
        <source>%n sending</source>
        <translation><numerusform>%n enviándose</numerusform><numerusform>%n enviándose</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="287" />
        <source>Sending %n distribution(s)</source>
        <translation><numerusform>Enviando %n distribución</numerusform><numerusform>Enviando %n distribuciones</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="304" />
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="22" />
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="23" />
        <source>Something went wrong inside PressDesk. The details are in the log file.</source>
        <translation>Algo falló dentro de PressDesk. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="42" />
        <source>Something went wrong inside PressDesk. Your data is safe; the last action did not finish.</source>
        <translation>Algo falló dentro de PressDesk. Sus datos están a salvo; la última acción no se completó.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/messages.py" line="50" />
        <source>Technical details were written to {path}.</source>
        <translation>Los detalles técnicos se guardaron en {path}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="73" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="80" />
        <source>e.g. Regional Office for Central America</source>
        <translation>p. ej., Oficina Regional para Centroamérica</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="91" />
        <source>Organization name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="92" />
        <source>Press office email</source>
        <translation>Correo de la oficina de prensa</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="93" />
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="94" />
        <source>Default language for releases</source>
        <translation>Idioma predeterminado de los comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="100" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="101" />
        <source>Press office &amp;email:</source>
        <translation>&amp;Correo de la oficina de prensa:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="102" />
        <source>&amp;Website:</source>
        <translation>&amp;Sitio web:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="103" />
        <source>Releases &amp;written in:</source>
        <translation>Comunicados &amp;redactados en:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="106" />
        <source>Shown in your releases. Journalists' unsubscribe requests go to the press office email. Everyone who uses this database sees the same settings.</source>
        <translation>Aparece en sus comunicados. Las solicitudes de baja de los periodistas llegan al correo de la oficina de prensa. Todas las personas que usan esta base de datos ven la misma configuración.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="116" />
        <source>This computer ({path})</source>
        <translation>Esta computadora ({path})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="118" />
        <source>Another database:</source>
        <translation>Otra base de datos:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="126" />
        <source>Database URL</source>
        <translation>URL de la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="133" />
        <source>Open now: {name}</source>
        <translation>Abierta ahora: {name}</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="139" />
        <source>A change takes effect the next time PressDesk starts.</source>
        <translation>Un cambio se aplica la próxima vez que se inicie PressDesk.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="147" />
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="153" />
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="158" />
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="161" />
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="162" />
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/dialogs.py" line="163" />
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="201" />
        <source>Nothing matches your search.</source>
        <translation>Nada coincide con su búsqueda.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/sections.py" line="223" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/sections.py" line="254" />
        <source>%n in all</source>
        <translation><numerusform>%n en total</numerusform><numerusform>%n en total</numerusform></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="19" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="20" />
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="21" />
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="22" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="166" />
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="23" />
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="24" />
        <source>Sending</source>
        <translation>Enviándose</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="25" />
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="26" />
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="27" />
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="28" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="48" />
        <source>Releases</source>
        <translation>Comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="50" />
        <source>Press releases in every language, from draft to sent.</source>
        <translation>Comunicados de prensa en todos los idiomas, del borrador al envío.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="52" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="69" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="53" />
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="55" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="70" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="57" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="68" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="164" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="189" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="60" />
        <source>No releases yet</source>
        <translation>Aún no hay comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="61" />
        <source>Write a release here, or bring one in from a Markdown file. Each goes out as one personal email per journalist, in their language.</source>
        <translation>Redacte aquí un comunicado o tráigalo desde un archivo Markdown. Cada uno sale como un correo personal a cada periodista, en su idioma.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="66" />
        <source>Search headlines</source>
        <translation>Buscar titulares</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="77" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="123" />
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="79" />
        <source>Journalists and editors, with their outlet, country and region.</source>
        <translation>Periodistas y editores, con su medio, país y región.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="83" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="141" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="84" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="100" />
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="85" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="101" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="116" />
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="86" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="102" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="121" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="87" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="103" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="122" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="88" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="104" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="89" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="105" />
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="92" />
        <source>No contacts yet</source>
        <translation>Aún no hay contactos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="93" />
        <source>Bring in your press list from a spreadsheet (CSV or Excel) or vCards. Duplicates are merged by address and opt-outs are always kept.</source>
        <translation>Importe su lista de prensa desde una hoja de cálculo (CSV o Excel) o vCards. Los duplicados se unen por dirección y las bajas se conservan siempre.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="98" />
        <source>Search name, email or outlet</source>
        <translation>Buscar nombre, correo o medio</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="112" />
        <source>Outlets</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="114" />
        <source>Newspapers, broadcasters, agencies and online media.</source>
        <translation>Periódicos, radio y televisión, agencias y medios digitales.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="118" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="126" />
        <source>No outlets yet</source>
        <translation>Aún no hay medios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="127" />
        <source>Outlets are created as you import contacts, so you can see which media received each release.</source>
        <translation>Los medios se crean al importar contactos, para que vea qué medios recibieron cada comunicado.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="132" />
        <source>Search outlets</source>
        <translation>Buscar medios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="137" />
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="139" />
        <source>Contact lists and saved segments to send releases to.</source>
        <translation>Listas de contactos y segmentos guardados a los que enviar comunicados.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="142" />
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="145" />
        <source>No lists yet</source>
        <translation>Aún no hay listas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="146" />
        <source>Group contacts into lists (for example 'Caribbean health reporters') to send a release to all of them at once.</source>
        <translation>Agrupe contactos en listas (por ejemplo, 'Periodistas de salud del Caribe') para enviar un comunicado a todos a la vez.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="151" />
        <source>Search lists</source>
        <translation>Buscar listas</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="156" />
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="158" />
        <source>Distributions being sent, scheduled or interrupted, and what became of each.</source>
        <translation>Distribuciones en envío, programadas o interrumpidas, y el resultado de cada una.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="162" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="190" />
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="163" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="206" />
        <source>Release</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="169" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="209" />
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="174" />
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="178" />
        <location filename="../../src/pressdesk/ui/section_specs.py" line="192" />
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="181" />
        <source>Nothing sent yet</source>
        <translation>Aún no se ha enviado nada</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="182" />
        <source>When you send a release, its progress appears here: who received it, who failed, and anything waiting to be retried.</source>
        <translation>Cuando envíe un comunicado, su avance aparecerá aquí: quién lo recibió, qué falló y qué espera un nuevo intento.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="187" />
        <source>Search distributions</source>
        <translation>Buscar distribuciones</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="191" />
        <source>Scheduled for</source>
        <translation>Programada para</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="200" />
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="202" />
        <source>Which outlets received each release, from PressDesk's own records.</source>
        <translation>Qué medios recibieron cada comunicado, según los registros de PressDesk.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="207" />
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="208" />
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="211" />
        <source>Outlets reached</source>
        <translation>Medios alcanzados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="217" />
        <source>No reports yet</source>
        <translation>Aún no hay informes</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="218" />
        <source>Once a release has been sent, see here who received it, by outlet and by region. No tracking pixels: the figures come from your own send records.</source>
        <translation>Cuando se haya enviado un comunicado, vea aquí quién lo recibió, por medio y por región. Sin píxeles de seguimiento: las cifras salen de sus propios registros de envío.</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/section_specs.py" line="223" />
        <source>Search releases</source>
        <translation>Buscar comunicados</translation>
    </message>
    <message>
        <location filename="../../src/pressdesk/ui/table.py" line="36" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
</TS>