<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- AssetMap's window in English. Only the plural messages: their English forms. -->
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
