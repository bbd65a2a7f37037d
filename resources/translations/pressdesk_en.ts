<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="137"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="623"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="652"/>
        <source>Add %Ln contact(s) to the list (choose one or type a new name):</source>
        <translation>
            <numerusform>Add %Ln contact to the list (choose one or type a new name):</numerusform>
            <numerusform>Add %Ln contacts to the list (choose one or type a new name):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="685"/>
        <source>Opt out %Ln contact(s)? Nothing will be sent to them until they opt back in.</source>
        <translation>
            <numerusform>Opt out %Ln contact? Nothing will be sent to them until they opt back in.</numerusform>
            <numerusform>Opt out %Ln contacts? Nothing will be sent to them until they opt back in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="327"/>
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln new contact</numerusform>
            <numerusform>%Ln new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="328"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/import_wizard.py" line="329"/>
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln row rejected</numerusform>
            <numerusform>%Ln rows rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="126"/>
        <source> · about %n s left</source>
        <translation>
            <numerusform> · about %n s left</numerusform>
            <numerusform> · about %n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="328"/>
        <source>%n sending</source>
        <translation>
            <numerusform>%n sending</numerusform>
            <numerusform>%n sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="330"/>
        <source>Sending %n distribution(s)</source>
        <translation>
            <numerusform>Sending %n distribution</numerusform>
            <numerusform>Sending %n distributions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/progress.py" line="34"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/progress.py" line="38"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/sections.py" line="272"/>
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
</context>
</TS>
