<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- AssetMap's window in Polish. Draft translation: Awaiting review by a native speaker. Made with installer/translations.py. -->
<TS version="2.1" language="pl" sourcelanguage="en">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz</translation>
        </message>
        <message>
            <source>Save All</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz wszystko</translation>
        </message>
        <message>
            <source>Open</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Tak</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tak dla &amp;wszystkich</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Nie</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ni&amp;e dla wszystkich</translation>
        </message>
        <message>
            <source>Abort</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przerwij</translation>
        </message>
        <message>
            <source>Retry</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ponów</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zignoruj</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Discard</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odrzuć</translation>
        </message>
        <message>
            <source>Help</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pomoc</translation>
        </message>
        <message>
            <source>Apply</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zastosuj</translation>
        </message>
        <message>
            <source>Reset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Resetuj</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przywróć domyślne</translation>
        </message>
        <message>
            <source>&amp;OK</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Anuluj</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Zamknij</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Zapisz</translation>
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <source>AssetMap keeps an offline register of a place's community assets (Greater Manchester's wards are bundled; a team elsewhere imports its own) — people's gifts and skills, associations, institutions, physical spaces, the local economy, and culture and stories — and shows them on the ward map. It follows asset-based community development: start from what a community already has, not from what it lacks.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap prowadzi offline rejestr zasobów społeczności danego miejsca (okręgi Wielkiego Manchesteru są dołączone; zespół z innego obszaru importuje własne) — dary i umiejętności ludzi, stowarzyszenia, instytucje, przestrzenie fizyczne, lokalną gospodarkę oraz kulturę i historie — i pokazuje je na mapie okręgów. Opiera się na rozwoju społeczności w oparciu o zasoby: zacznij od tego, co społeczność już ma, a nie od tego, czego jej brakuje.</translation>
        </message>
        <message>
            <source>Licence: {licence}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Licencja: {licence}</translation>
        </message>
        <message>
            <source>Translations</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tłumaczenia</translation>
        </message>
        <message>
            <source>These translations await review by a native speaker: {languages}. Corrections are welcome; the English wording is the reference.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Te tłumaczenia czekają na sprawdzenie przez rodzimego użytkownika języka: {languages}. Poprawki są mile widziane; wersja angielska jest wzorcowa.</translation>
        </message>
        <message>
            <source>This register's wards: {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Okręgi tego rejestru: {name}</translation>
        </message>
        <message>
            <source>Imported from {source} by the register's team; credit its publisher as its licence requires.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaimportowane z {source} przez zespół rejestru; podaj jego wydawcę zgodnie z wymogami licencji.</translation>
        </message>
        <message>
            <source>a file</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>pliku</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Źródła danych</translation>
        </message>
        <message>
            <source>About AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>O programie AssetMap</translation>
        </message>
        <message>
            <source>AssetMap version {version}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap wersja {version}</translation>
        </message>
        <message>
            <source>About AssetMap and its data sources</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>O programie AssetMap i jego źródłach danych</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Register in a shared folder</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr we wspólnym folderze</translation>
        </message>
        <message>
            <source>Register damaged</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr jest uszkodzony</translation>
        </message>
        <message>
            <source>Restore the newest backup now?</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przywrócić teraz najnowszą kopię zapasową?</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kopia zapasowa przywrócona</translation>
        </message>
        <message>
            <source>The register was restored from {backup}.
The damaged file was kept as {kept}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr przywrócono z {backup}.
Uszkodzony plik zachowano jako {kept}.</translation>
        </message>
        <message>
            <source>Register from a newer AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr z nowszej wersji AssetMap</translation>
        </message>
        <message>
            <source>Cannot open the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie można otworzyć rejestru</translation>
        </message>
        <message>
            <source>Register not found</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie znaleziono rejestru</translation>
        </message>
        <message>
            <source>The register {path} is not there any more: it may have been moved, renamed or deleted, or be on a drive that is not connected. Connect the drive, or open the register where it is now with File → Open register….</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestru {path} już tam nie ma: mógł zostać przeniesiony, przemianowany lub usunięty albo znajduje się na niepodłączonym dysku. Podłącz dysk albo otwórz rejestr w jego obecnym miejscu poleceniem Plik → Otwórz rejestr….</translation>
        </message>
        <message>
            <source>Not an AssetMap register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>To nie jest rejestr AssetMap</translation>
        </message>
        <message>
            <source>Register already open</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr jest już otwarty</translation>
        </message>
        <message>
            <source>Cannot set up the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie można przygotować rejestru</translation>
        </message>
    </context>
    <context>
        <name>appearance</name>
        <message>
            <source>&amp;System</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Systemowy</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Jasny</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Ciemny</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Wysoki kontrast</translation>
        </message>
        <message>
            <source>Error</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Błąd</translation>
        </message>
        <message>
            <source>Colours for the whole app and the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kolory całej aplikacji i mapy</translation>
        </message>
    </context>
    <context>
        <name>asset_form</name>
        <message>
            <source>Free</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Bezpłatne</translation>
        </message>
        <message>
            <source>Low cost</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Niski koszt</translation>
        </message>
        <message>
            <source>Paid</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Płatne</translation>
        </message>
        <message>
            <source>Public</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Publiczny</translation>
        </message>
        <message>
            <source>Anyone may see it: on shared maps, reports and exports.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Każdy może go zobaczyć: na udostępnianych mapach, w raportach i eksportach.</translation>
        </message>
        <message>
            <source>Partners</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Partnerzy</translation>
        </message>
        <message>
            <source>Shared with partner organisations only; left out of public maps and exports.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Udostępniany tylko organizacjom partnerskim; pomijany na publicznych mapach i w eksportach.</translation>
        </message>
        <message>
            <source>Private</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Prywatny</translation>
        </message>
        <message>
            <source>Kept in this register only: never on shared maps or in exports.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przechowywany tylko w tym rejestrze: nigdy na udostępnianych mapach ani w eksportach.</translation>
        </message>
        <message>
            <source>Active</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Aktywny</translation>
        </message>
        <message>
            <source>Draft</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Szkic</translation>
        </message>
        <message>
            <source>Closed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zamknięty</translation>
        </message>
        <message>
            <source>{label}, required</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{label}, wymagane</translation>
        </message>
        <message>
            <source>Edit ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Edycja ‘{name}’</translation>
        </message>
        <message>
            <source>Add an asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj zasób</translation>
        </message>
        <message>
            <source>Comma separated, e.g. youth, outdoors, free</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Oddzielone przecinkami, np. młodzież, na świeżym powietrzu, bezpłatne</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Znajdź</translation>
        </message>
        <message>
            <source>Look the postcode up in the bundled Greater Manchester postcode list</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wyszukaj kod pocztowy na dołączonej liście kodów Wielkiego Manchesteru</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>np. {example}</translation>
        </message>
        <message>
            <source>e.g. Tuesdays 10–12, term time</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>np. wtorki 10–12, w czasie roku szkolnego</translation>
        </message>
        <message>
            <source>e.g. everyone, families, over-50s</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>np. wszyscy, rodziny, osoby po 50. roku życia</translation>
        </message>
        <message>
            <source>e.g. step-free entrance, hearing loop</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>np. wejście bez schodów, pętla indukcyjna</translation>
        </message>
        <message>
            <source>&amp;Review due</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Termin przeglądu</translation>
        </message>
        <message>
            <source>What it is</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Co to jest</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Nazwa *</translation>
        </message>
        <message>
            <source>&amp;Category *</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Kategoria *</translation>
        </message>
        <message>
            <source>Su&amp;bcategory</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pod&amp;kategoria</translation>
        </message>
        <message>
            <source>&amp;Tags</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Tagi</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Opis</translation>
        </message>
        <message>
            <source>Where it is</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Gdzie to jest</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Adres</translation>
        </message>
        <message>
            <source>&amp;Postcode</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kod &amp;pocztowy</translation>
        </message>
        <message>
            <source>Lon&amp;gitude</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Długość &amp;geograficzna</translation>
        </message>
        <message>
            <source>&amp;Latitude</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Szerokość geograficzna</translation>
        </message>
        <message>
            <source>Contact</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Contact na&amp;me</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Osoba do kontaktu (&amp;imię)</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>Web&amp;site</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Stro&amp;na internetowa</translation>
        </message>
        <message>
            <source>Taking part</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Udział</translation>
        </message>
        <message>
            <source>When &amp;it happens or opens</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kiedy się &amp;odbywa lub jest otwarte</translation>
        </message>
        <message>
            <source>&amp;Who it is for</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Dla kogo</translation>
        </message>
        <message>
            <source>Accessibilit&amp;y</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Dostępność</translation>
        </message>
        <message>
            <source>C&amp;ost</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Koszt</translation>
        </message>
        <message>
            <source>Record</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wpis</translation>
        </message>
        <message>
            <source>&amp;Visibility</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Widoczność</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz</translation>
        </message>
        <message>
            <source>Add</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj</translation>
        </message>
        <message>
            <source>{label} date</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{label} — data</translation>
        </message>
        <message>
            <source>People</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ludzie</translation>
        </message>
        <message>
            <source>People linked to this asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Osoby powiązane z tym zasobem</translation>
        </message>
        <message>
            <source>their gift or skill</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ich dar lub umiejętność</translation>
        </message>
        <message>
            <source>{name} ({how})</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} ({how})</translation>
        </message>
        <message>
            <source>No one is linked yet: link people from People → People….</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nikt nie jest jeszcze powiązany: powiąż osoby w menu Ludzie → Ludzie….</translation>
        </message>
        <message>
            <source>Open &amp;person…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz &amp;osobę…</translation>
        </message>
        <message>
            <source>Open person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz osobę</translation>
        </message>
        <message>
            <source>Lin&amp;ked people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powią&amp;zane osoby</translation>
        </message>
        <message>
            <source>Ward: {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Okręg: {name}</translation>
        </message>
        <message>
            <source>This doesn't look like a UK postcode (like M1 1AD).</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>To nie wygląda na brytyjski kod pocztowy (np. M1 1AD).</translation>
        </message>
        <message>
            <source>Set the location on the map, or type the longitude and latitude.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ustaw położenie na mapie albo wpisz długość i szerokość geograficzną.</translation>
        </message>
    </context>
    <context>
        <name>error_dialog</name>
        <message>
            <source>It happened while AssetMap was working with the register: if a change was being saved, that change was not saved (the register only ever keeps whole changes), and everything saved before it is safe.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Stało się to, gdy AssetMap pracował z rejestrem: jeśli zapisywano jakąś zmianę, nie została zapisana (rejestr przechowuje tylko całe zmiany), a wszystko, co zapisano wcześniej, jest bezpieczne.</translation>
        </message>
        <message>
            <source>Nothing was lost: every change is saved to the register as it is made.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nic nie zostało utracone: każda zmiana jest zapisywana w rejestrze od razu.</translation>
        </message>
        <message>
            <source>AssetMap hit a problem it did not expect, and stopped what it was doing.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap napotkał nieoczekiwany problem i przerwał to, co robił.</translation>
        </message>
        <message>
            <source>You can carry on working. If it happens again, press Copy details and send them with a note of what you were doing; the details hold no asset text and no one's personal data. They are also in the log file:
{log}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Możesz pracować dalej. Jeśli to się powtórzy, naciśnij Kopiuj szczegóły i wyślij je z opisem tego, co robiłeś; szczegóły nie zawierają tekstu zasobów ani niczyich danych osobowych. Są też w pliku dziennika:
{log}</translation>
        </message>
        <message>
            <source>AssetMap: something went wrong</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap: coś poszło nie tak</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Kopiuj szczegóły</translation>
        </message>
        <message>
            <source>The details are on the clipboard; paste them into an email or message.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Szczegóły są w schowku; wklej je do e-maila lub wiadomości.</translation>
        </message>
    </context>
    <context>
        <name>language_menu</name>
        <message>
            <source>&amp;System language</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Język &amp;systemu</translation>
        </message>
        <message>
            <source>{language} (awaiting review)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{language} (czeka na sprawdzenie)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Język</translation>
        </message>
        <message>
            <source>The language of the window, used from the next start</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Język okna, używany od następnego uruchomienia</translation>
        </message>
        <message>
            <source>Language</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Język</translation>
        </message>
        <message>
            <source>AssetMap will be in {language} the next time it starts. Restart AssetMap now? Everything is saved as you work, so nothing is lost.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przy następnym uruchomieniu AssetMap będzie w języku: {language}. Uruchomić AssetMap ponownie teraz? Wszystko jest zapisywane na bieżąco, więc nic nie zostanie utracone.</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>&lt;h3&gt;No assets yet&lt;/h3&gt;&lt;p&gt;Start from what the community already has: a group that meets, a hall, a person's skill.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to add an asset, or &lt;b&gt;File → Open the demo register&lt;/b&gt; to explore 4,211 real Greater Manchester assets.&lt;/p&gt;</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&lt;h3&gt;Brak zasobów&lt;/h3&gt;&lt;p&gt;Zacznij od tego, co społeczność już ma: grupy, która się spotyka, sali, czyjejś umiejętności.&lt;/p&gt;&lt;p&gt;Naciśnij &lt;b&gt;Ctrl+N&lt;/b&gt;, aby dodać zasób, lub wybierz &lt;b&gt;Plik → Otwórz rejestr demonstracyjny&lt;/b&gt;, aby poznać 4211 prawdziwych zasobów Wielkiego Manchesteru.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>AssetMap — {register}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap — {register}</translation>
        </message>
        <message>
            <source>Assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby</translation>
        </message>
        <message>
            <source>The register's assets, one a row; selecting one shows it on the map, Enter or Ctrl+E edits it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby rejestru, po jednym w wierszu; zaznaczenie pokazuje zasób na mapie, Enter lub Ctrl+E otwiera edycję</translation>
        </message>
        <message>
            <source>Abundance</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasobność</translation>
        </message>
        <message>
            <source>Charts</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wykresy</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisane widoki</translation>
        </message>
        <message>
            <source>&amp;Save current view…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Zapisz bieżący widok…</translation>
        </message>
        <message>
            <source>Keep what the map shows as a slide</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zachowaj to, co pokazuje mapa, jako slajd</translation>
        </message>
        <message>
            <source>&amp;Next saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Następny zapisany widok</translation>
        </message>
        <message>
            <source>Show the next saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż następny zapisany widok</translation>
        </message>
        <message>
            <source>&amp;Previous saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Poprzedni zapisany widok</translation>
        </message>
        <message>
            <source>Show the previous saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż poprzedni zapisany widok</translation>
        </message>
        <message>
            <source>&amp;Handout of saved views…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Materiały z zapisanych widoków…</translation>
        </message>
        <message>
            <source>One page per saved view, with its note (PDF)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Jedna strona na każdy zapisany widok, z notatką (PDF)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Cofnij</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Ponów</translation>
        </message>
        <message>
            <source>&amp;Add asset…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Dodaj zasób…</translation>
        </message>
        <message>
            <source>Record a new community asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz nowy zasób społeczności</translation>
        </message>
        <message>
            <source>&amp;Edit asset…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Edytuj zasób…</translation>
        </message>
        <message>
            <source>Edit the selected asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Edytuj zaznaczony zasób</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <source>Remove the selected assets (they can be restored)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń zaznaczone zasoby (można je przywrócić)</translation>
        </message>
        <message>
            <source>&amp;Place on map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Umieść na mapie</translation>
        </message>
        <message>
            <source>Click the map to set the selected asset's location, or a new asset's</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kliknij mapę, aby ustawić położenie zaznaczonego zasobu lub nowego zasobu</translation>
        </message>
        <message>
            <source>Recently &amp;removed…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ostatnio u&amp;sunięte…</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Znajdź</translation>
        </message>
        <message>
            <source>Online &amp;basemap (OpenStreetMap)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Podkład mapy online (OpenStreetMap)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Za&amp;kończ</translation>
        </message>
        <message>
            <source>&amp;About AssetMap and its data</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;O programie AssetMap i jego danych</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Edycja</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Ludzie</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Raporty</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Zespół</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Widok</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <source>Main</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Główny</translation>
        </message>
        <message>
            <source>Wards: {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Okręgi: {name}</translation>
        </message>
        <message>
            <source>The change could not be saved: {error}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie udało się zapisać zmiany: {error}</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Edycja {name}</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n asset(s). Undo with Ctrl+Z, or restore from File → Recently removed.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>Usunięto %n zasób. Cofnij przez Ctrl+Z lub przywróć w menu Plik → Ostatnio usunięte.</numerusform>
                <numerusform>Usunięto %n zasoby. Cofnij przez Ctrl+Z lub przywróć w menu Plik → Ostatnio usunięte.</numerusform>
                <numerusform>Usunięto %n zasobów. Cofnij przez Ctrl+Z lub przywróć w menu Plik → Ostatnio usunięte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Click the map to place the asset. Esc cancels.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kliknij mapę, aby umieścić zasób. Esc anuluje.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln asset(s), {shown} shown</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln zasób, pokazano {shown}</numerusform>
                <numerusform>%Ln zasoby, pokazano {shown}</numerusform>
                <numerusform>%Ln zasobów, pokazano {shown}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>map_page</name>
        <message>
            <source>Categories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Hide the legend's entries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ukryj pozycje legendy</translation>
        </message>
        <message>
            <source>Show the legend's entries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż pozycje legendy</translation>
        </message>
        <message>
            <source>Ward: {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Okręg: {name}</translation>
        </message>
        <message>
            <source>Status: draft</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Status: szkic</translation>
        </message>
        <message>
            <source>Status: closed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Status: zamknięty</translation>
        </message>
        <message>
            <source>Map of assets and wards. Arrow keys pan; Tab moves to the assets, then the wards; on one, arrow keys move to the next and Enter opens it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Mapa zasobów i okręgów. Strzałki przesuwają mapę; Tab przechodzi do zasobów, potem do okręgów; na wybranym strzałki przechodzą do następnego, a Enter go otwiera.</translation>
        </message>
        <message>
            <source>{name}, {kind}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name}, {kind}</translation>
        </message>
        <message>
            <source>Hover over or click a ward (or Tab to it and press Enter) to see its figures</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Najedź na okręg lub kliknij go (albo przejdź do niego klawiszem Tab i naciśnij Enter), aby zobaczyć jego dane</translation>
        </message>
        <message>
            <source>Darker means more</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ciemniej oznacza więcej</translation>
        </message>
        <message>
            <source>Stories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Historie</translation>
        </message>
        <message>
            <source>and {count} more in the asset's form</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>i jeszcze {count} w formularzu zasobu</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Anonim</translation>
        </message>
        <message>
            <source>Suggestion: {name} ({category})</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Propozycja: {name} ({category})</translation>
        </message>
        <message>
            <source>Suggested in a meeting: not yet in the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaproponowane na spotkaniu: jeszcze nie w rejestrze</translation>
        </message>
        <message>
            <source>Showing partner assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokazano zasoby partnerów</translation>
        </message>
        <message>
            <source>Public assets only</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tylko zasoby publiczne</translation>
        </message>
        <message>
            <source>Public and partner assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby publiczne i partnerskie</translation>
        </message>
        <message numerus="yes">
            <source>%n asset(s) shown</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>Pokazano %n zasób</numerusform>
                <numerusform>Pokazano %n zasoby</numerusform>
                <numerusform>Pokazano %n zasobów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gift(s) and skills counted, not shown</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>Policzono %n dar i umiejętności osoby, nie pokazano</numerusform>
                <numerusform>Policzono %n dary i umiejętności osób, nie pokazano</numerusform>
                <numerusform>Policzono %n darów i umiejętności osób, nie pokazano</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>passphrase_dialog</name>
        <message>
            <source>Choose a passphrase</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wybierz hasło</translation>
        </message>
        <message>
            <source>Encrypted register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaszyfrowany rejestr</translation>
        </message>
        <message>
            <source>Choose a passphrase for {name}. It will open only with it: without the passphrase no one, not even AssetMap, can read the register or its backups.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wybierz hasło dla {name}. Otworzy się tylko z nim: bez hasła nikt, nawet AssetMap, nie odczyta rejestru ani jego kopii zapasowych.</translation>
        </message>
        <message>
            <source>{name} is encrypted. Enter its passphrase to open it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} jest zaszyfrowany. Wpisz hasło, aby go otworzyć.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Hasło:</translation>
        </message>
        <message>
            <source>The same &amp;again:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>To samo &amp;ponownie:</translation>
        </message>
        <message>
            <source>&amp;Remember on this computer (kept in the system keyring)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Zapamiętaj na tym komputerze (w systemowym pęku kluczy)</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wpisz hasło.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Oba hasła nie są takie same.</translation>
        </message>
        <message>
            <source>Passphrase not remembered</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Hasło nie zostało zapamiętane</translation>
        </message>
        <message>
            <source>This computer has no keyring to keep the passphrase in, so it will be asked each time the register is opened.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ten komputer nie ma pęku kluczy, w którym można by przechować hasło, więc będzie ono potrzebne przy każdym otwarciu rejestru.</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <source>Cancel</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Anuluj</translation>
        </message>
    </context>
    <context>
        <name>user_dialog</name>
        <message>
            <source>AssetMap keeps an audit trail of who changed what, so your team can show a data-protection officer who did what. Which name should it record for you? Your computer's account name is filled in; use your own name if colleagues share this computer.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap prowadzi dziennik zmian — kto co zmienił — aby zespół mógł pokazać inspektorowi ochrony danych, kto co zrobił. Jakie imię i nazwisko ma zapisywać dla Ciebie? Wpisano nazwę konta komputera; użyj własnego imienia i nazwiska, jeśli z tego komputera korzystają współpracownicy.</translation>
        </message>
        <message>
            <source>The audit trail records this name for every change made from now on. Changes already made keep the name they were made under.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Od teraz dziennik zmian zapisuje to imię przy każdej zmianie. Zmiany już wprowadzone zachowują imię, pod którym je wprowadzono.</translation>
        </message>
        <message>
            <source>Who is using AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kto korzysta z AssetMap</translation>
        </message>
        <message>
            <source>Your name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Twoje imię i nazwisko</translation>
        </message>
        <message>
            <source>The name the audit trail records for your changes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Imię i nazwisko zapisywane w dzienniku przy Twoich zmianach</translation>
        </message>
        <message>
            <source>Use this name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Użyj tego imienia</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Twoje &amp;imię i nazwisko:</translation>
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <source>Map of assets and wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Mapa zasobów i okręgów</translation>
        </message>
        <message>
            <source>Arrow keys pan, plus and minus zoom; Tab moves to the assets, then to the wards; Enter opens one</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Strzałki przesuwają mapę, plus i minus przybliżają; Tab przechodzi do zasobów, potem do okręgów; Enter otwiera wybrany</translation>
        </message>
    </context>
    <context>
        <name>view_options</name>
        <message>
            <source>&amp;Next part of the window</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Następna część okna</translation>
        </message>
        <message>
            <source>Move the keyboard focus: search, table, map (F6)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przenieś fokus klawiatury: wyszukiwanie, tabela, mapa (F6)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Motyw</translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>People's gifts and skills</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dary i umiejętności ludzi</translation>
        </message>
        <message>
            <source>Associations and groups</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Stowarzyszenia i grupy</translation>
        </message>
        <message>
            <source>Institutions</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Instytucje</translation>
        </message>
        <message>
            <source>Physical spaces</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przestrzenie fizyczne</translation>
        </message>
        <message>
            <source>Local economy and exchange</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Lokalna gospodarka i wymiana</translation>
        </message>
        <message>
            <source>Culture and stories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kultura i historie</translation>
        </message>
        <message>
            <source>Public: assets marked public, no individuals, no personal names</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Publiczny: zasoby oznaczone jako publiczne, bez osób prywatnych i bez nazwisk</translation>
        </message>
        <message>
            <source>Partners: public and partner assets, no individuals, no personal names</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Partnerzy: zasoby publiczne i partnerskie, bez osób prywatnych i bez nazwisk</translation>
        </message>
        <message>
            <source>Everything: the team's own full copy, private records and individuals (with consent) included</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wszystko: pełna kopia zespołu, łącznie z wpisami prywatnymi i osobami (za ich zgodą)</translation>
        </message>
        <message>
            <source>Assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby</translation>
        </message>
        <message>
            <source>Assets per 1,000 residents</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby na 1000 mieszkańców</translation>
        </message>
        <message>
            <source>Categories present</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Obecne kategorie</translation>
        </message>
        <message>
            <source>Variety of assets (Shannon index)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Różnorodność zasobów (wskaźnik Shannona)</translation>
        </message>
        <message>
            <source>Share of postcodes within walking distance of an asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odsetek kodów pocztowych w zasięgu spaceru od zasobu</translation>
        </message>
        <message>
            <source>Share of assets with at least one link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odsetek zasobów z co najmniej jednym powiązaniem</translation>
        </message>
        <message>
            <source>Groups linked to the ward's spaces</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Grupy powiązane z przestrzeniami okręgu</translation>
        </message>
        <message>
            <source>meets at</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>spotyka się w</translation>
        </message>
        <message>
            <source>runs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>prowadzi</translation>
        </message>
        <message>
            <source>supports</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>wspiera</translation>
        </message>
        <message>
            <source>funds</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>finansuje</translation>
        </message>
        <message>
            <source>shares members with</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ma wspólnych członków z</translation>
        </message>
        <message>
            <source>refers to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>kieruje do</translation>
        </message>
        <message>
            <source>Runs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Prowadzi</translation>
        </message>
        <message>
            <source>Belongs to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Należy do</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Anonim</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>AssetMap registers (*.assetmap)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestry AssetMap (*.assetmap)</translation>
        </message>
        <message>
            <source>Record what a community already has — its groups, places, people's skills and stories — on the ward map, and share what you find. Everything stays on this computer.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisuj na mapie okręgów to, co społeczność już ma — jej grupy, miejsca, umiejętności ludzi i historie — i dziel się tym, co znajdziesz. Wszystko zostaje na tym komputerze.</translation>
        </message>
        <message>
            <source>Welcome to AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Witamy w AssetMap</translation>
        </message>
        <message>
            <source>Explore the demo register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Poznaj rejestr demonstracyjny</translation>
        </message>
        <message>
            <source>{count} real community assets across Greater Manchester, to try AssetMap out.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{count} prawdziwych zasobów społeczności z całego Wielkiego Manchesteru, aby wypróbować AssetMap.</translation>
        </message>
        <message>
            <source>New register for all of Greater Manchester</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nowy rejestr dla całego Wielkiego Manchesteru</translation>
        </message>
        <message>
            <source>An empty register on Greater Manchester's {count} wards, saved where you choose.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pusty rejestr na {count} okręgach Wielkiego Manchesteru, zapisany tam, gdzie wybierzesz.</translation>
        </message>
        <message>
            <source>District for the new register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dystrykt dla nowego rejestru</translation>
        </message>
        <message>
            <source>New register for one district</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nowy rejestr dla jednego dystryktu</translation>
        </message>
        <message>
            <source>An empty register on the wards of the district chosen here.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pusty rejestr na okręgach wybranego tutaj dystryktu.</translation>
        </message>
        <message>
            <source>New register for another area</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nowy rejestr dla innego obszaru</translation>
        </message>
        <message>
            <source>An empty register on your own area's wards, from a GeoJSON, GeoPackage or zipped Shapefile.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pusty rejestr na okręgach Twojego obszaru, z pliku GeoJSON, GeoPackage lub spakowanego Shapefile.</translation>
        </message>
        <message>
            <source>Open an existing register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz istniejący rejestr…</translation>
        </message>
        <message>
            <source>An .assetmap file on this computer, such as one a colleague gave you.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Plik .assetmap na tym komputerze, np. otrzymany od współpracownika.</translation>
        </message>
        <message>
            <source>Open a team register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz rejestr zespołu…</translation>
        </message>
        <message>
            <source>Your team's register on a server, with the login your coordinator gave you.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr Twojego zespołu na serwerze, z danymi logowania od koordynatora.</translation>
        </message>
        <message>
            <source>Try it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wypróbuj</translation>
        </message>
        <message>
            <source>Start your own register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Załóż własny rejestr</translation>
        </message>
        <message>
            <source>Carry on</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kontynuuj</translation>
        </message>
        <message>
            <source>Recent registers</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ostatnie rejestry</translation>
        </message>
        <message>
            <source>Registers you open are listed here, so you can go back to them quickly.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwierane rejestry są tu wymienione, aby można było szybko do nich wrócić.</translation>
        </message>
        <message>
            <source>Double-click a register, or select it and press Enter, to open it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Aby otworzyć rejestr, kliknij go dwukrotnie albo zaznacz go i naciśnij Enter.</translation>
        </message>
        <message>
            <source>{name}, in {folder}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name}, w {folder}</translation>
        </message>
        <message>
            <source>Save the new register as</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz nowy rejestr jako</translation>
        </message>
        <message>
            <source>That file already exists</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ten plik już istnieje</translation>
        </message>
        <message>
            <source>{path} already exists, and a new register never replaces a file. Choose another name, or use Open an existing register to open it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{path} już istnieje, a nowy rejestr nigdy nie zastępuje pliku. Wybierz inną nazwę albo użyj polecenia Otwórz istniejący rejestr, aby go otworzyć.</translation>
        </message>
        <message>
            <source>Open a register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz rejestr</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wszystkie pliki (*)</translation>
        </message>
    </context>
    <context>
        <name>zoom</name>
        <message>
            <source>Zoom &amp;in</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Po&amp;większ</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Po&amp;mniejsz</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Rzeczywisty rozmiar</translation>
        </message>
        <message>
            <source>{action}: the table, forms and map labels ({keys})</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{action}: tabela, formularze i etykiety mapy ({keys})</translation>
        </message>
    </context>
</TS>
