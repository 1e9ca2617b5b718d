<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- AssetMap's window in English. Only the plural messages: their English forms. -->
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>main_window</name>
        <message numerus="yes">
            <source>%Ln asset(s), {shown} shown</source>
            <translation>
                <numerusform>%Ln asset, {shown} shown</numerusform>
                <numerusform>%Ln assets, {shown} shown</numerusform>
            </translation>
        </message>
    </context>
</TS>
