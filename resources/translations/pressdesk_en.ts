<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContactsView</name>
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
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="721"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="751"/>
        <source>Add %Ln contact(s) to the list (choose one or type a new name):</source>
        <translation>
            <numerusform>Add %Ln contact to the list (choose one or type a new name):</numerusform>
            <numerusform>Add %Ln contacts to the list (choose one or type a new name):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="787"/>
        <source>Take %Ln contact(s) out of the list (they stay in Contacts):</source>
        <translation>
            <numerusform>Take %Ln contact out of the list (they stay in Contacts):</numerusform>
            <numerusform>Take %Ln contacts out of the list (they stay in Contacts):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/contacts_view.py" line="820"/>
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
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="138"/>
        <source> · about %n s left</source>
        <translation>
            <numerusform> · about %n s left</numerusform>
            <numerusform> · about %n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/lists_view.py" line="351"/>
        <source>%Ln contacts match now</source>
        <translation>
            <numerusform>%Ln contact matches now</numerusform>
            <numerusform>%Ln contacts match now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/lists_view.py" line="619"/>
        <source>%Ln lists</source>
        <translation>
            <numerusform>%Ln list</numerusform>
            <numerusform>%Ln lists</numerusform>
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
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/lists_view.py" line="724"/>
        <source>Delete the list &apos;{name}&apos;? Its %Ln contacts stay in Contacts, with their opt-outs and history; only the list goes.</source>
        <translation>
            <numerusform>Delete the list &apos;{name}&apos;? Its %Ln contact stays in Contacts, with their opt-out and history; only the list goes.</numerusform>
            <numerusform>Delete the list &apos;{name}&apos;? Its %Ln contacts stay in Contacts, with their opt-outs and history; only the list goes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="52"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/segment_editor.py" line="286"/>
        <source>%Ln contacts match right now.</source>
        <translation>
            <numerusform>%Ln contact matches right now.</numerusform>
            <numerusform>%Ln contacts match right now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="376"/>
        <source>%n sending</source>
        <translation>
            <numerusform>%n sending</numerusform>
            <numerusform>%n sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="378"/>
        <source>%n scheduled</source>
        <translation>
            <numerusform>%n scheduled</numerusform>
            <numerusform>%n scheduled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="391"/>
        <source>Sending %n distribution(s)</source>
        <translation>
            <numerusform>Sending %n distribution</numerusform>
            <numerusform>Sending %n distributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="483"/>
        <source>Sending was cut short before the end (distributions: %n). Resume now? Messages already sent will not be sent again.</source>
        <translation>
            <numerusform>Sending was cut short before the end (distributions: %n). Resume now? Messages already sent will not be sent again.</numerusform>
            <numerusform>Sending was cut short before the end (distributions: %n). Resume now? Messages already sent will not be sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/mainwindow.py" line="492"/>
        <source>Messages still to send: %n</source>
        <translation>
            <numerusform>Messages still to send: %n</numerusform>
            <numerusform>Messages still to send: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="274"/>
        <source>Uncertain: %Ln — these may or may not have arrived</source>
        <translation>
            <numerusform>Uncertain: %Ln — it may or may not have arrived</numerusform>
            <numerusform>Uncertain: %Ln — these may or may not have arrived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="419"/>
        <source>Cancel this distribution? The messages not sent yet (%Ln) will never be sent. The ones already sent stay sent.</source>
        <translation>
            <numerusform>Cancel this distribution? The message not sent yet (%Ln) will never be sent. The ones already sent stay sent.</numerusform>
            <numerusform>Cancel this distribution? The messages not sent yet (%Ln) will never be sent. The ones already sent stay sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outbox_view.py" line="442"/>
        <source>Mark the uncertain messages (%Ln) as received? Do this once you know they arrived: they will count as sent and will not be sent again.</source>
        <translation>
            <numerusform>Mark the uncertain message (%Ln) as received? Do this once you know it arrived: it will count as sent and will not be sent again.</numerusform>
            <numerusform>Mark the uncertain messages (%Ln) as received? Do this once you know they arrived: they will count as sent and will not be sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutletsView</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="273"/>
        <source>Received %Ln releases</source>
        <translation>
            <numerusform>Received %Ln release</numerusform>
            <numerusform>Received %Ln releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/outlets_view.py" line="479"/>
        <source>%Ln outlets</source>
        <translation>
            <numerusform>%Ln outlet</numerusform>
            <numerusform>%Ln outlets</numerusform>
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
    <name>ReportsView</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="183"/>
        <source>%Ln bounced</source>
        <translation>
            <numerusform>%Ln bounced</numerusform>
            <numerusform>%Ln bounced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="184"/>
        <source>%Ln opted out</source>
        <translation>
            <numerusform>%Ln opted out</numerusform>
            <numerusform>%Ln opted out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="185"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="186"/>
        <source>%Ln automatic replies</source>
        <translation>
            <numerusform>%Ln automatic reply</numerusform>
            <numerusform>%Ln automatic replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="189"/>
        <source>%Ln delayed</source>
        <translation>
            <numerusform>%Ln delayed</numerusform>
            <numerusform>%Ln delayed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="192"/>
        <source>%Ln not matched to a release</source>
        <translation>
            <numerusform>%Ln not matched to a release</numerusform>
            <numerusform>%Ln not matched to a release</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="195"/>
        <source>%Ln read before</source>
        <translation>
            <numerusform>%Ln read before</numerusform>
            <numerusform>%Ln read before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_data.py" line="196"/>
        <source>%Ln messages read: </source>
        <translation>
            <numerusform>%Ln message read: </numerusform>
            <numerusform>%Ln messages read: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_tables.py" line="89"/>
        <source>%Ln pickups</source>
        <translation>
            <numerusform>%Ln pickup</numerusform>
            <numerusform>%Ln pickups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/report_tables.py" line="342"/>
        <source>{headline}
First sent {date} · received by %Ln outlets</source>
        <translation>
            <numerusform>{headline}
First sent {date} · received by %Ln outlet</numerusform>
            <numerusform>{headline}
First sent {date} · received by %Ln outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/reports_view.py" line="531"/>
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln sent</numerusform>
            <numerusform>%Ln sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/reports_view.py" line="938"/>
        <source>%Ln contacts flagged for review after a permanent bounce; see their cards in Contacts.</source>
        <translation>
            <numerusform>%Ln contact flagged for review after a permanent bounce; see their card in Contacts.</numerusform>
            <numerusform>%Ln contacts flagged for review after a permanent bounce; see their cards in Contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/sections.py" line="286"/>
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="143"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="144"/>
        <source>%Ln opted out</source>
        <translation>
            <numerusform>%Ln opted out</numerusform>
            <numerusform>%Ln opted out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="145"/>
        <source>%Ln already received it</source>
        <translation>
            <numerusform>%Ln already received it</numerusform>
            <numerusform>%Ln already received it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="156"/>
        <source>Schedule &apos;{headline}&apos; for {moment}, to %Ln contacts ({skipped})?</source>
        <translation>
            <numerusform>Schedule &apos;{headline}&apos; for {moment}, to %Ln contact ({skipped})?</numerusform>
            <numerusform>Schedule &apos;{headline}&apos; for {moment}, to %Ln contacts ({skipped})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="162"/>
        <source>Send &apos;{headline}&apos; to %Ln contacts ({skipped})?</source>
        <translation>
            <numerusform>Send &apos;{headline}&apos; to %Ln contact ({skipped})?</numerusform>
            <numerusform>Send &apos;{headline}&apos; to %Ln contacts ({skipped})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_dialog.py" line="479"/>
        <source>%Ln recipients · {skipped}</source>
        <translation>
            <numerusform>%Ln recipient · {skipped}</numerusform>
            <numerusform>%Ln recipients · {skipped}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendProgress</name>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_progress.py" line="37"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_progress.py" line="39"/>
        <source>%Ln to retry</source>
        <translation>
            <numerusform>%Ln to retry</numerusform>
            <numerusform>%Ln to retry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_progress.py" line="41"/>
        <source>%Ln uncertain</source>
        <translation>
            <numerusform>%Ln uncertain</numerusform>
            <numerusform>%Ln uncertain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pressdesk/ui/send_progress.py" line="185"/>
        <source>Cancelled. Messages that will not be sent: %Ln. Those already sent stay sent.</source>
        <translation>
            <numerusform>Cancelled. Messages that will not be sent: %Ln. Those already sent stay sent.</numerusform>
            <numerusform>Cancelled. Messages that will not be sent: %Ln. Those already sent stay sent.</numerusform>
        </translation>
    </message>
</context>
</TS>
