<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- AssetMap's window in English. Only the plural messages: their English forms. -->
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>abundance_panel</name>
        <message numerus="yes">
            <source>in %Ln ward(s) of {area}</source>
            <translation>
                <numerusform>in %Ln ward of {area}</numerusform>
                <numerusform>in %Ln wards of {area}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>audit_dialog</name>
        <message numerus="yes">
            <source>The newest %Ln entries are shown; scroll down for older ones.</source>
            <translation>
                <numerusform>The newest %Ln entries are shown; scroll down for older ones.</numerusform>
                <numerusform>The newest %Ln entries are shown; scroll down for older ones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln entry.</source>
            <translation>
                <numerusform>%Ln entry.</numerusform>
                <numerusform>%Ln entry.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln entries.</source>
            <translation>
                <numerusform>%Ln entries.</numerusform>
                <numerusform>%Ln entries.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message numerus="yes">
            <source>%n assets</source>
            <translation>
                <numerusform>%n assets</numerusform>
                <numerusform>%n assets</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>connections_view</name>
        <message numerus="yes">
            <source>%Ln link</source>
            <translation>
                <numerusform>%Ln link</numerusform>
                <numerusform>%Ln link</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln links</source>
            <translation>
                <numerusform>%Ln links</numerusform>
                <numerusform>%Ln links</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln assets and people</source>
            <translation>
                <numerusform>%Ln assets and people</numerusform>
                <numerusform>%Ln assets and people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Connectors: {names} and %Ln more.</source>
            <translation>
                <numerusform>Connectors: {names} and %Ln more.</numerusform>
                <numerusform>Connectors: {names} and %Ln more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln with no link yet are in rows under the network.</source>
            <translation>
                <numerusform>%Ln with no link yet are in rows under the network.</numerusform>
                <numerusform>%Ln with no link yet are in rows under the network.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message numerus="yes">
            <source>%n schema problem(s): see the log.</source>
            <translation>
                <numerusform>%n schema problem: see the log.</numerusform>
                <numerusform>%n schema problems: see the log.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>import_wizard</name>
        <message numerus="yes">
            <source>Import %Ln asset(s)</source>
            <translation>
                <numerusform>Import %Ln asset</numerusform>
                <numerusform>Import %Ln assets</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message numerus="yes">
            <source>Removed %n asset(s). Undo with Ctrl+Z, or restore from File → Recently removed.</source>
            <translation>
                <numerusform>Removed %n asset. Undo with Ctrl+Z, or restore from File → Recently removed.</numerusform>
                <numerusform>Removed %n assets. Undo with Ctrl+Z, or restore from File → Recently removed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln asset(s), {shown} shown</source>
            <translation>
                <numerusform>%Ln asset, {shown} shown</numerusform>
                <numerusform>%Ln assets, {shown} shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>map_page</name>
        <message numerus="yes">
            <source>%n asset(s) shown</source>
            <translation>
                <numerusform>%n asset shown</numerusform>
                <numerusform>%n assets shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gift(s) and skills counted, not shown</source>
            <translation>
                <numerusform>%n person's gift and skills counted, not shown</numerusform>
                <numerusform>%n people's gifts and skills counted, not shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>merge_dialog</name>
        <message numerus="yes">
            <source>Choose mine or theirs for %n more field(s) first</source>
            <translation>
                <numerusform>Choose mine or theirs for %n more field first</numerusform>
                <numerusform>Choose mine or theirs for %n more fields first</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>people_actions</name>
        <message numerus="yes">
            <source>Consent to review: %n person</source>
            <translation>
                <numerusform>Consent to review: %n person</numerusform>
                <numerusform>Consent to review: %n person</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Consent to review: %n people</source>
            <translation>
                <numerusform>Consent to review: %n people</numerusform>
                <numerusform>Consent to review: %n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>person_form</name>
        <message numerus="yes">
            <source>%n gift and skill</source>
            <translation>
                <numerusform>%n gift and skill</numerusform>
                <numerusform>%n gift and skill</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gifts and skills</source>
            <translation>
                <numerusform>%n gifts and skills</numerusform>
                <numerusform>%n gifts and skills</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>report_preview</name>
        <message numerus="yes">
            <source>The first %n page(s), as they will be saved.</source>
            <translation>
                <numerusform>The first %n page, as they will be saved.</numerusform>
                <numerusform>The first %n pages, as they will be saved.</numerusform>
            </translation>
        </message>
    </context>
</TS>
