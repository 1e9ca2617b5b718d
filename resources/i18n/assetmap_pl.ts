<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- AssetMap's window in Polish. Draft translation: Awaiting review by a native speaker. Made with installer/translations.py. -->
<TS version="2.1" language="pl" sourcelanguage="en">
    <context>
        <name>about</name>
        <message>
            <source>AssetMap keeps an offline register of a place's community assets (Greater Manchester's wards are bundled; a team elsewhere imports its own) — people's gifts and skills, associations, institutions, physical spaces, the local economy, and culture and stories — and shows them on the ward map. It follows asset-based community development: start from what a community already has, not from what it lacks.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence: {licence}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These translations await review by a native speaker: {languages}. Corrections are welcome; the English wording is the reference.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This register's wards: {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported from {source} by the register's team; credit its publisher as its licence requires.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a file</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AssetMap version {version}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About AssetMap and its data sources</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Register in a shared folder</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register damaged</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the newest backup now?</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup restored</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register was restored from {backup}.
The damaged file was kept as {kept}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register from a newer AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register not found</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register {path} is not there any more: it may have been moved, renamed or deleted, or be on a drive that is not connected. Connect the drive, or open the register where it is now with File → Open register….</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not an AssetMap register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register already open</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot set up the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>appearance</name>
        <message>
            <source>&amp;System</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Light</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dark</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colours for the whole app and the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>asset_form</name>
        <message>
            <source>Free</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low cost</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anyone may see it: on shared maps, reports and exports.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partners</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared with partner organisations only; left out of public maps and exports.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept in this register only: never on shared maps or in exports.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}, required</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma separated, e.g. youth, outdoors, free</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look the postcode up in the bundled Greater Manchester postcode list</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. {example}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Tuesdays 10–12, term time</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. everyone, families, over-50s</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. step-free entrance, hearing loop</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Review due</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it is</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name *</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Category *</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su&amp;bcategory</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tags</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Description</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it is</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Postcode</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lon&amp;gitude</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Latitude</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact na&amp;me</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;hone</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Email</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web&amp;site</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taking part</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When &amp;it happens or opens</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Who it is for</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accessibilit&amp;y</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ost</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Visibility</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} date</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People linked to this asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>their gift or skill</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({how})</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No one is linked yet: link people from People → People….</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;person…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lin&amp;ked people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ward: {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This doesn't look like a UK postcode (like M1 1AD).</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the location on the map, or type the longitude and latitude.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>error_dialog</name>
        <message>
            <source>It happened while AssetMap was working with the register: if a change was being saved, that change was not saved (the register only ever keeps whole changes), and everything saved before it is safe.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was lost: every change is saved to the register as it is made.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AssetMap hit a problem it did not expect, and stopped what it was doing.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can carry on working. If it happens again, press Copy details and send them with a note of what you were doing; the details hold no asset text and no one's personal data. They are also in the log file:
{log}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AssetMap: something went wrong</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The details are on the clipboard; paste them into an email or message.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>language_menu</name>
        <message>
            <source>&amp;System language</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{language} (awaiting review)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of the window, used from the next start</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AssetMap will be in {language} the next time it starts. Restart AssetMap now? Everything is saved as you work, so nothing is lost.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>&lt;h3&gt;No assets yet&lt;/h3&gt;&lt;p&gt;Start from what the community already has: a group that meets, a hall, a person's skill.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to add an asset, or &lt;b&gt;File → Open the demo register&lt;/b&gt; to explore 4,211 real Greater Manchester assets.&lt;/p&gt;</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AssetMap — {register}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register's assets, one a row; selecting one shows it on the map, Enter or Ctrl+E edits it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abundance</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charts</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved views</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save current view…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep what the map shows as a slide</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the next saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the previous saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Handout of saved views…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One page per saved view, with its note (PDF)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add asset…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a new community asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit asset…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected assets (they can be restored)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Place on map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click the map to set the selected asset's location, or a new asset's</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recently &amp;removed…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online &amp;basemap (OpenStreetMap)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About AssetMap and its data</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;People</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reports</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Team</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wards: {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change could not be saved: {error}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click the map to place the asset. Esc cancels.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln asset(s), {shown} shown</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>passphrase_dialog</name>
        <message>
            <source>Choose a passphrase</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypted register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a passphrase for {name}. It will open only with it: without the passphrase no one, not even AssetMap, can read the register or its backups.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is encrypted. Enter its passphrase to open it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same &amp;again:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remember on this computer (kept in the system keyring)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase not remembered</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no keyring to keep the passphrase in, so it will be asked each time the register is opened.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <source>Cancel</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>user_dialog</name>
        <message>
            <source>AssetMap keeps an audit trail of who changed what, so your team can show a data-protection officer who did what. Which name should it record for you? Your computer's account name is filled in; use your own name if colleagues share this computer.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The audit trail records this name for every change made from now on. Changes already made keep the name they were made under.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is using AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name the audit trail records for your changes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>view_options</name>
        <message>
            <source>&amp;Next part of the window</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the keyboard focus: search, table, map (F6)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>People's gifts and skills</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Associations and groups</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Institutions</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Physical spaces</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local economy and exchange</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Culture and stories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public: assets marked public, no individuals, no personal names</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partners: public and partner assets, no individuals, no personal names</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything: the team's own full copy, private records and individuals (with consent) included</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assets per 1,000 residents</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories present</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variety of assets (Shannon index)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of postcodes within walking distance of an asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of assets with at least one link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Groups linked to the ward's spaces</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>meets at</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>runs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>supports</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>funds</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shares members with</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refers to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Runs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Belongs to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>AssetMap registers (*.assetmap)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record what a community already has — its groups, places, people's skills and stories — on the ward map, and share what you find. Everything stays on this computer.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore the demo register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} real community assets across Greater Manchester, to try AssetMap out.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New register for all of Greater Manchester</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An empty register on Greater Manchester's {count} wards, saved where you choose.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>District for the new register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New register for one district</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An empty register on the wards of the district chosen here.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New register for another area</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An empty register on your own area's wards, from a GeoJSON, GeoPackage or zipped Shapefile.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open an existing register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An .assetmap file on this computer, such as one a colleague gave you.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a team register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your team's register on a server, with the login your coordinator gave you.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start your own register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carry on</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent registers</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registers you open are listed here, so you can go back to them quickly.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a register, or select it and press Enter, to open it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}, in {folder}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the new register as</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That file already exists</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} already exists, and a new register never replaces a file. Choose another name, or use Open an existing register to open it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>zoom</name>
        <message>
            <source>Zoom &amp;in</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action}: the table, forms and map labels ({keys})</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
