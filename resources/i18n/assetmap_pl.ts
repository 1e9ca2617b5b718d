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
        <name>abundance_panel</name>
        <message>
            <source>All of {area}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Cały obszar: {area}</translation>
        </message>
        <message>
            <source>Public assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby publiczne</translation>
        </message>
        <message>
            <source>Public and partner-only assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby publiczne i tylko dla partnerów</translation>
        </message>
        <message>
            <source>Nothing is counted yet for these choices. Add assets to the register, or choose more categories, another area or the partners tier.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dla tych wyborów nic jeszcze nie zostało policzone. Dodaj zasoby do rejestru albo wybierz więcej kategorii, inny obszar lub poziom partnerów.</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln ward(s) of {area}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>w %Ln okręgu obszaru {area}</numerusform>
                <numerusform>w %Ln okręgach obszaru {area}</numerusform>
                <numerusform>w %Ln okręgach obszaru {area}</numerusform>
            </translation>
        </message>
        <message>
            <source>{total} assets counted {where}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Policzono {total} zasobów {where}.</translation>
        </message>
        <message>
            <source>some wards have fewer than 5, so their number is withheld to protect individuals</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>w niektórych okręgach jest ich mniej niż 5, więc ich liczba jest ukryta dla ochrony osób</translation>
        </message>
        <message>
            <source>People's gifts and skills counted {where}; {reason}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Policzono dary i umiejętności ludzi {where}; {reason}.</translation>
        </message>
        <message>
            <source>{total} places and groups counted {where}; people's gifts and skills are left out of this total because {reason}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Policzono {total} miejsc i grup {where}; dary i umiejętności ludzi nie wchodzą do tej sumy, ponieważ {reason}.</translation>
        </message>
        <message>
            <source>A&amp;ssets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Za&amp;soby</translation>
        </message>
        <message>
            <source>A&amp;bundance</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>O&amp;bfitość</translation>
        </message>
        <message>
            <source>Show the assets on the map, by category (Alt+S)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż zasoby na mapie według kategorii (Alt+S)</translation>
        </message>
        <message>
            <source>Show the abundance map: the chosen measure by ward (Alt+B)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż mapę obfitości: wybraną miarę według okręgów (Alt+B)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Miara</translation>
        </message>
        <message>
            <source> m</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation> m</translation>
        </message>
        <message>
            <source>Walking distance for reach</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odległość piesza dla zasięgu</translation>
        </message>
        <message>
            <source>Area</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Obszar</translation>
        </message>
        <message>
            <source>Assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby</translation>
        </message>
        <message>
            <source>Classes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Klasy</translation>
        </message>
        <message>
            <source>Number of classes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Liczba klas</translation>
        </message>
        <message>
            <source>Categories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Show on map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż na mapie</translation>
        </message>
        <message>
            <source>Walking distance</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odległość piesza</translation>
        </message>
        <message>
            <source>The figures could not be worked out; details are in the log.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie udało się obliczyć danych; szczegóły są w dzienniku.</translation>
        </message>
        <message>
            <source>Residents: {note}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Mieszkańcy: {note}.</translation>
        </message>
        <message>
            <source>Straight-line distance from each postcode's centre to the nearest asset.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odległość w linii prostej od środka każdego kodu pocztowego do najbliższego zasobu.</translation>
        </message>
        <message>
            <source>Links among the counted assets, and from people who agreed to this tier.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiązania między policzonymi zasobami oraz od osób, które zgodziły się na ten poziom.</translation>
        </message>
        <message>
            <source>Associations linked to the ward's physical spaces.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Stowarzyszenia powiązane z fizycznymi miejscami okręgu.</translation>
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
        <name>asset_table</name>
        <message>
            <source>Outside the wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Poza okręgami</translation>
        </message>
        <message>
            <source>No location</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Brak lokalizacji</translation>
        </message>
        <message>
            <source>This asset's location lies outside every ward on the map, so it is left out of ward counts. Check its postcode or move it on the map.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Lokalizacja tego zasobu leży poza wszystkimi okręgami na mapie, więc nie jest on liczony w okręgach. Sprawdź jego kod pocztowy lub przesuń go na mapie.</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Subcategory</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Podkategoria</translation>
        </message>
        <message>
            <source>Ward</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Okręg</translation>
        </message>
        <message>
            <source>District</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dystrykt</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kod pocztowy</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Widoczność</translation>
        </message>
        <message>
            <source>Updated</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaktualizowano</translation>
        </message>
        <message>
            <source>Consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zgoda</translation>
        </message>
    </context>
    <context>
        <name>audit_dialog</name>
        <message>
            <source>When</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>Who</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kto</translation>
        </message>
        <message>
            <source>Action</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>Record type</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Typ wpisu</translation>
        </message>
        <message>
            <source>Record</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wpis</translation>
        </message>
        <message>
            <source>Record id</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Identyfikator wpisu</translation>
        </message>
        <message>
            <source>Ward boundaries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Granice okręgów</translation>
        </message>
        <message>
            <source>This register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ten rejestr</translation>
        </message>
        <message>
            <source>This register, before it was made separate</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ten rejestr, zanim został wydzielony</translation>
        </message>
        <message>
            <source>Erased person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wymazana osoba</translation>
        </message>
        <message>
            <source>No longer in the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie ma go już w rejestrze</translation>
        </message>
        <message>
            <source>Erased with a person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wymazany razem z osobą</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dziennik zmian</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ktokolwiek</translation>
        </message>
        <message>
            <source>Any action</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dowolne działanie</translation>
        </message>
        <message>
            <source>A record's id, or part of its name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Identyfikator wpisu lub część jego nazwy</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Od</translation>
        </message>
        <message>
            <source>Only from a date</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tylko od daty</translation>
        </message>
        <message>
            <source>From date</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Data początkowa</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Do</translation>
        </message>
        <message>
            <source>Only up to a date</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tylko do daty</translation>
        </message>
        <message>
            <source>To date</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Data końcowa</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Kto:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Działanie:</translation>
        </message>
        <message>
            <source>&amp;Record:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Wpis:</translation>
        </message>
        <message>
            <source>Audit trail entries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pozycje dziennika zmian</translation>
        </message>
        <message>
            <source>How many entries are shown</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ile pozycji jest wyświetlanych</translation>
        </message>
        <message>
            <source>The trail records ids, not names; names are looked up here for you. Copies and CSV files carry the ids only.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dziennik zapisuje identyfikatory, nie nazwy; nazwy są tu wyszukiwane dla Ciebie. Kopie i pliki CSV zawierają tylko identyfikatory.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Kopiuj</translation>
        </message>
        <message>
            <source>Copy the filtered trail</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kopiuj przefiltrowany dziennik</translation>
        </message>
        <message>
            <source>Copy every entry that matches the filters, as tab-separated text</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kopiuj każdą pozycję pasującą do filtrów jako tekst rozdzielany tabulatorami</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Eksportuj CSV…</translation>
        </message>
        <message>
            <source>Export the filtered trail as CSV</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Eksportuj przefiltrowany dziennik jako CSV</translation>
        </message>
        <message>
            <source>Save every entry that matches the filters to a CSV file</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz każdą pozycję pasującą do filtrów w pliku CSV</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>More than {count} records match; type more of the name, or a record's id.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pasuje ponad {count} wpisów; wpisz dłuższą część nazwy lub identyfikator wpisu.</translation>
        </message>
        <message>
            <source>No entries match these filters.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Żadna pozycja nie pasuje do tych filtrów.</translation>
        </message>
        <message>
            <source>Nothing has been changed in this register yet.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>W tym rejestrze jeszcze nic nie zmieniono.</translation>
        </message>
        <message numerus="yes">
            <source>The newest %Ln entries are shown; scroll down for older ones.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>Wyświetlana jest najnowsza %Ln pozycja; przewiń w dół, aby zobaczyć starsze.</numerusform>
                <numerusform>Wyświetlane są najnowsze %Ln pozycje; przewiń w dół, aby zobaczyć starsze.</numerusform>
                <numerusform>Wyświetlanych jest najnowszych %Ln pozycji; przewiń w dół, aby zobaczyć starsze.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln entry.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln pozycja.</numerusform>
                <numerusform>%Ln pozycje.</numerusform>
                <numerusform>%Ln pozycji.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln entries.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln pozycja.</numerusform>
                <numerusform>%Ln pozycje.</numerusform>
                <numerusform>%Ln pozycji.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Eksportuj dziennik zmian</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pliki CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cannot export the audit trail</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie można wyeksportować dziennika zmian</translation>
        </message>
        <message>
            <source>The file {path} could not be written ({reason}). Choose a folder you can write to, with space free, and export again.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie udało się zapisać pliku {path} ({reason}). Wybierz folder, w którym możesz zapisywać i w którym jest wolne miejsce, i wyeksportuj ponownie.</translation>
        </message>
        <message>
            <source>&amp;Who is using AssetMap…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Kto korzysta z AssetMap…</translation>
        </message>
        <message>
            <source>Choose the name the audit trail records for your changes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wybierz nazwę, którą dziennik zmian zapisuje przy Twoich zmianach</translation>
        </message>
        <message>
            <source>Audit &amp;trail…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Dziennik zmian…</translation>
        </message>
        <message>
            <source>See who changed what in this register, and when</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zobacz, kto co zmienił w tym rejestrze i kiedy</translation>
        </message>
    </context>
    <context>
        <name>boundaries_dialog</name>
        <message>
            <source>Ward boundaries (*.geojson *.json *.gpkg *.zip *.shp);;All files (*)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Granice okręgów (*.geojson *.json *.gpkg *.zip *.shp);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Residents by ward code (*.csv *.tsv *.txt);;All files (*)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Mieszkańcy według kodu okręgu (*.csv *.tsv *.txt);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>(brak)</translation>
        </message>
        <message>
            <source>Ward boundaries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Granice okręgów</translation>
        </message>
        <message>
            <source>GeoJSON, GeoPackage or zipped Shapefile of ward polygons</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>GeoJSON, GeoPackage lub spakowany Shapefile z wielokątami okręgów</translation>
        </message>
        <message>
            <source>Boundary file</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Plik granic</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Wybierz plik…</translation>
        </message>
        <message>
            <source>Layer</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Warstwa</translation>
        </message>
        <message>
            <source>e.g. Leeds wards (May 2023)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>np. okręgi Leeds (maj 2023)</translation>
        </message>
        <message>
            <source>Name for these wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nazwa tych okręgów</translation>
        </message>
        <message>
            <source>File:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Plik:</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Warstwa:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nazwa:</translation>
        </message>
        <message>
            <source>{label} field</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pole: {label}</translation>
        </message>
        <message>
            <source>{label} (optional):</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{label} (opcjonalnie):</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>A CSV of residents by ward code, if the file has none</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Plik CSV z liczbą mieszkańców według kodu okręgu, jeśli plik jej nie zawiera</translation>
        </message>
        <message>
            <source>Residents CSV</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>CSV mieszkańców</translation>
        </message>
        <message>
            <source>Choose &amp;CSV…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wybierz &amp;CSV…</translation>
        </message>
        <message>
            <source>Residents CSV ward code column</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kolumna kodu okręgu w CSV mieszkańców</translation>
        </message>
        <message>
            <source>Residents CSV residents column</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kolumna mieszkańców w CSV mieszkańców</translation>
        </message>
        <message>
            <source>Residents from a CSV (optional):</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Mieszkańcy z pliku CSV (opcjonalnie):</translation>
        </message>
        <message>
            <source>CSV ward code column:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kolumna kodu okręgu w CSV:</translation>
        </message>
        <message>
            <source>CSV residents column:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kolumna mieszkańców w CSV:</translation>
        </message>
        <message>
            <source>&amp;Import and use these wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Importuj i używaj tych okręgów</translation>
        </message>
        <message>
            <source>Import another area's wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Importuj okręgi innego obszaru</translation>
        </message>
        <message>
            <source>Any UK district's wards can be used, for example ONS ward boundaries (fields such as WD23CD and WD23NM). They are kept in this register, and every asset is placed in them again.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Można użyć okręgów dowolnego dystryktu w Wielkiej Brytanii, na przykład granic okręgów ONS (pola takie jak WD23CD i WD23NM). Są one przechowywane w tym rejestrze, a każdy zasób zostaje w nich ponownie umieszczony.</translation>
        </message>
        <message>
            <source>Use the bundled &amp;Greater Manchester wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Użyj dołączonych okręgów &amp;Wielkiego Manchesteru</translation>
        </message>
        <message>
            <source>Residents by ward code</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Mieszkańcy według kodu okręgu</translation>
        </message>
        <message>
            <source>Imported: the register now uses {wards} wards in {districts} district(s).</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaimportowano: rejestr używa teraz okręgów: {wards} w dystryktach: {districts}.</translation>
        </message>
        <message>
            <source>Use the Greater Manchester wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Użyj okręgów Wielkiego Manchesteru</translation>
        </message>
        <message>
            <source>Go back to the bundled Greater Manchester wards? The register's own wards are removed from it (import the file again to use them again), and every asset is placed in GM's wards.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wrócić do dołączonych okręgów Wielkiego Manchesteru? Własne okręgi rejestru zostaną z niego usunięte (zaimportuj plik ponownie, aby znów ich używać), a każdy zasób zostanie umieszczony w okręgach Wielkiego Manchesteru.</translation>
        </message>
        <message>
            <source>The register uses the bundled Greater Manchester wards again; {count} assets changed ward.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr znów używa dołączonych okręgów Wielkiego Manchesteru; zasoby, które zmieniły okręg: {count}.</translation>
        </message>
    </context>
    <context>
        <name>capture</name>
        <message>
            <source>Click the map where the suggestion is. N or Esc stops capturing.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kliknij na mapie w miejscu propozycji. N lub Esc kończy zbieranie.</translation>
        </message>
        <message>
            <source>Suggest {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaproponuj {name}</translation>
        </message>
        <message>
            <source>Accept suggestion {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przyjmij propozycję {name}</translation>
        </message>
        <message>
            <source>Merge suggestion {name} into {asset}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Scal propozycję {name} z {asset}</translation>
        </message>
        <message>
            <source>Discard suggestion {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odrzuć propozycję {name}</translation>
        </message>
        <message>
            <source>Add a suggestion</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj propozycję</translation>
        </message>
        <message>
            <source>What did the room suggest? Give it a name and a category. Leave out anyone's name, phone number or email: a worker follows up later.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Co zaproponowali uczestnicy? Nadaj propozycji nazwę i kategorię. Nie wpisuj niczyjego imienia, numeru telefonu ani adresu e-mail: pracownik skontaktuje się później.</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Notatka (opcjonalnie)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Nazwa</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Kategoria</translation>
        </message>
        <message>
            <source>N&amp;ote (optional)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>N&amp;otatka (opcjonalnie)</translation>
        </message>
        <message>
            <source>No place on the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Brak miejsca na mapie</translation>
        </message>
        <message>
            <source>At the point clicked on the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>W miejscu klikniętym na mapie</translation>
        </message>
        <message>
            <source>Where</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Gdzie</translation>
        </message>
        <message>
            <source>Add suggestion</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj propozycję</translation>
        </message>
        <message>
            <source>Merge with an asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Scal z zasobem</translation>
        </message>
        <message>
            <source>Search assets by name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Szukaj zasobów po nazwie</translation>
        </message>
        <message>
            <source>Type part of the asset's name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wpisz część nazwy zasobu</translation>
        </message>
        <message>
            <source>Matching assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pasujące zasoby</translation>
        </message>
        <message>
            <source>Merge into this asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Scal z tym zasobem</translation>
        </message>
        <message>
            <source>&amp;Find the asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Znajdź zasób</translation>
        </message>
        <message>
            <source>no place</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>brak miejsca</translation>
        </message>
        <message>
            <source>Review suggestions</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przejrzyj propozycje</translation>
        </message>
        <message>
            <source>Open suggestions</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwarte propozycje</translation>
        </message>
        <message>
            <source>&amp;Accept as asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Przyjmij jako zasób</translation>
        </message>
        <message>
            <source>&amp;Merge with…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Scal z…</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Odrzuć</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>&amp;Suggestions waiting for review</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Propozycje &amp;czekające na przegląd</translation>
        </message>
        <message>
            <source>No suggestions are waiting for review.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Żadne propozycje nie czekają na przegląd.</translation>
        </message>
        <message>
            <source>Suggested at {meeting} on {date}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaproponowano na spotkaniu {meeting} dnia {date}</translation>
        </message>
        <message>
            <source>Suggested in a meeting on {date}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaproponowano na spotkaniu dnia {date}</translation>
        </message>
        <message>
            <source>&amp;Capture suggestions on the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Zbieraj propozycje na mapie</translation>
        </message>
        <message>
            <source>Click the map to add what the room suggests, kept apart for review</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kliknij mapę, aby dodać propozycje uczestników, przechowywane osobno do przeglądu</translation>
        </message>
        <message>
            <source>Review &amp;suggestions…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przejrzyj &amp;propozycje…</translation>
        </message>
        <message>
            <source>Accept, merge or discard what meetings suggested</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przyjmij, scal lub odrzuć propozycje ze spotkań</translation>
        </message>
        <message>
            <source>Suggestion added: {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodano propozycję: {name}</translation>
        </message>
    </context>
    <context>
        <name>chart_panel</name>
        <message>
            <source>Nothing to chart yet. Once assets in the chosen categories and area are in the register, the charts show them here.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Na razie nie ma czego pokazać na wykresie. Gdy zasoby z wybranych kategorii i obszaru znajdą się w rejestrze, wykresy pokażą je tutaj.</translation>
        </message>
        <message>
            <source>Share of postcodes within {distance} m of an asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odsetek kodów pocztowych w odległości {distance} m od zasobu</translation>
        </message>
        <message>
            <source>Assets by category in {area}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby według kategorii: {area}</translation>
        </message>
        <message>
            <source>Wards by {measure}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Okręgi według miary: {measure}</translation>
        </message>
        <message>
            <source>Show every ward</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż wszystkie okręgi</translation>
        </message>
        <message>
            <source>Assets counted</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Policzone zasoby</translation>
        </message>
        <message>
            <source>{title}: the leading {count} of {total}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{title}: czołowe {count} z {total}</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <source>‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>„{name}”</translation>
        </message>
        <message>
            <source>asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>zasób</translation>
        </message>
        <message numerus="yes">
            <source>%n assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%n zasób</numerusform>
                <numerusform>%n zasoby</numerusform>
                <numerusform>%n zasobów</numerusform>
            </translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj {name}</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Edytuj {name}</translation>
        </message>
        <message>
            <source>Move {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przesuń {name}</translation>
        </message>
        <message>
            <source>Remove {names}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń {names}</translation>
        </message>
        <message>
            <source>Restore {names}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przywróć {names}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń {name}</translation>
        </message>
        <message>
            <source>Restore {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przywróć {name}</translation>
        </message>
        <message>
            <source>Add the gift {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj dar {name}</translation>
        </message>
        <message>
            <source>Link the gift {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiąż dar {name}</translation>
        </message>
        <message>
            <source>Unlink the gift {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odłącz dar {name}</translation>
        </message>
        <message>
            <source>Link {person} and {asset}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiąż {person} i {asset}</translation>
        </message>
        <message>
            <source>Unlink {person} and {asset}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odłącz {person} od {asset}</translation>
        </message>
    </context>
    <context>
        <name>connections_actions</name>
        <message>
            <source>Drag from one marker to another to link them (Ctrl+drag works at any time). Ctrl+K or Esc stops.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przeciągnij od jednego znacznika do drugiego, aby je powiązać (Ctrl+przeciąganie działa zawsze). Ctrl+K lub Esc kończy.</translation>
        </message>
        <message>
            <source>Link kinds</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rodzaje powiązań</translation>
        </message>
        <message>
            <source>&amp;Add kind…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Dodaj rodzaj…</translation>
        </message>
        <message>
            <source>Add kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj rodzaj</translation>
        </message>
        <message>
            <source>Re&amp;name kind…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Zmień nazwę rodzaju…</translation>
        </message>
        <message>
            <source>Rename kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zmień nazwę rodzaju</translation>
        </message>
        <message>
            <source>&amp;Remove kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Usuń rodzaj</translation>
        </message>
        <message>
            <source>Remove kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń rodzaj</translation>
        </message>
        <message>
            <source>A kind that links use cannot be removed: change those links' kind first.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie można usunąć rodzaju, którego używają powiązania: najpierw zmień rodzaj tych powiązań.</translation>
        </message>
        <message>
            <source>Add a link kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj rodzaj powiązania</translation>
        </message>
        <message>
            <source>How the link reads, e.g. “lends equipment to”:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Jak brzmi powiązanie, np. „pożycza sprzęt”:</translation>
        </message>
        <message>
            <source>Rename the link kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zmień nazwę rodzaju powiązania</translation>
        </message>
        <message>
            <source>How the link reads:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Jak brzmi powiązanie:</translation>
        </message>
        <message>
            <source>&amp;Links on the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Powiązania na mapie</translation>
        </message>
        <message>
            <source>Draw each link between two assets as a line on the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rysuj każde powiązanie między dwoma zasobami jako linię na mapie</translation>
        </message>
        <message>
            <source>Lin&amp;k tool (drag between markers)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Narzędzie powiązań (przeciągnij między znacznikami)</translation>
        </message>
        <message>
            <source>Drag from one marker to another to link the two assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przeciągnij od jednego znacznika do drugiego, aby powiązać oba zasoby</translation>
        </message>
        <message>
            <source>Link k&amp;inds…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Rodzaje powiązań…</translation>
        </message>
        <message>
            <source>The list of kinds a link can be: meets at, runs, supports…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Lista rodzajów powiązań: spotyka się w, prowadzi, wspiera…</translation>
        </message>
        <message>
            <source>Connections</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Sieć powiązań</translation>
        </message>
        <message>
            <source>&amp;Connections</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Sieć powiązań</translation>
        </message>
        <message>
            <source>The network of a ward's assets and people, and its connectors</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Sieć zasobów i osób okręgu oraz jej łączniki</translation>
        </message>
        <message>
            <source>Link two assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiąż dwa zasoby</translation>
        </message>
        <message>
            <source>‘{first}’ … ‘{second}’:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{first}’ … ‘{second}’:</translation>
        </message>
        <message>
            <source>This asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ten zasób</translation>
        </message>
        <message>
            <source>that asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>tamten zasób</translation>
        </message>
        <message>
            <source>Links</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiązania</translation>
        </message>
        <message>
            <source>Stories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Historie</translation>
        </message>
        <message>
            <source>Laying out the whole register's network…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Układanie sieci całego rejestru…</translation>
        </message>
    </context>
    <context>
        <name>connections_form</name>
        <message>
            <source>Edit the link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Edytuj powiązanie</translation>
        </message>
        <message>
            <source>Link ‘{name}’ with another asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiąż ‘{name}’ z innym zasobem</translation>
        </message>
        <message>
            <source>Type part of the other asset's name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wpisz część nazwy drugiego zasobu</translation>
        </message>
        <message>
            <source>Search for the other asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Szukaj drugiego zasobu</translation>
        </message>
        <message>
            <source>Assets found</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Znalezione zasoby</translation>
        </message>
        <message>
            <source>Kind of link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rodzaj powiązania</translation>
        </message>
        <message>
            <source>Which way the link runs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>W którą stronę biegnie powiązanie</translation>
        </message>
        <message>
            <source>Note</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Uwaga</translation>
        </message>
        <message>
            <source>Optional, e.g. every Tuesday since 2019</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Opcjonalnie, np. w każdy wtorek od 2019 r.</translation>
        </message>
        <message>
            <source>&amp;Other asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Drugi zasób</translation>
        </message>
        <message>
            <source>Other asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Drugi zasób</translation>
        </message>
        <message>
            <source>(removed asset)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>(usunięty zasób)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Rodzaj</translation>
        </message>
        <message>
            <source>&amp;Reads</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Brzmi</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Uwaga</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz</translation>
        </message>
        <message>
            <source>Link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiąż</translation>
        </message>
        <message>
            <source>the other asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>drugi zasób</translation>
        </message>
        <message>
            <source>‘{first}’ {kind} ‘{second}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{first}’ {kind} ‘{second}’</translation>
        </message>
        <message>
            <source>Choose the other asset: type part of its name, then pick it from the list.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wybierz drugi zasób: wpisz część jego nazwy, a potem wybierz go z listy.</translation>
        </message>
        <message>
            <source>There is no kind of link to choose: add one from Edit → Link kinds….</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie ma rodzaju powiązania do wyboru: dodaj go w menu Edycja → Rodzaje powiązań….</translation>
        </message>
        <message>
            <source>Links of this asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiązania tego zasobu</translation>
        </message>
        <message>
            <source>Add lin&amp;k…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj &amp;powiązanie…</translation>
        </message>
        <message>
            <source>Add link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj powiązanie</translation>
        </message>
        <message>
            <source>Edit link…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Edytuj powiązanie…</translation>
        </message>
        <message>
            <source>Edit link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Edytuj powiązanie</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń powiązanie</translation>
        </message>
        <message>
            <source>a removed asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>usunięty zasób</translation>
        </message>
        <message>
            <source>A person {kind} this asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Osoba: {kind} ten zasób</translation>
        </message>
        <message>
            <source>{kind} ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{kind} ‘{name}’</translation>
        </message>
        <message>
            <source>‘{name}’ {kind} this asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{name}’ {kind} ten zasób</translation>
        </message>
        <message>
            <source>{link} ({note})</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{link} ({note})</translation>
        </message>
        <message>
            <source>No links yet: Add link… joins this asset to another, or Ctrl+drag on the map.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Brak powiązań: „Dodaj powiązanie…” łączy ten zasób z innym; możesz też użyć Ctrl+przeciągania na mapie.</translation>
        </message>
    </context>
    <context>
        <name>connections_view</name>
        <message>
            <source>Connections network</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Sieć powiązań</translation>
        </message>
        <message>
            <source>Arrow keys step through the assets, most linked first; Enter selects one</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Klawisze strzałek przechodzą przez zasoby, od najbardziej powiązanych; Enter wybiera zasób</translation>
        </message>
        <message numerus="yes">
            <source>%Ln link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln powiązanie</numerusform>
                <numerusform>%Ln powiązania</numerusform>
                <numerusform>%Ln powiązań</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln links</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln powiązanie</numerusform>
                <numerusform>%Ln powiązania</numerusform>
                <numerusform>%Ln powiązań</numerusform>
            </translation>
        </message>
        <message>
            <source>A connector</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Łącznik</translation>
        </message>
        <message>
            <source>Whose network</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Czyja sieć</translation>
        </message>
        <message>
            <source>S&amp;how</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Pokaż</translation>
        </message>
        <message>
            <source>The whole register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Cały rejestr</translation>
        </message>
        <message>
            <source>a person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>osoba</translation>
        </message>
        <message>
            <source>a connector (linked to many)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>łącznik (powiązany z wieloma)</translation>
        </message>
        <message>
            <source>{assets_and_people}, {links}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{assets_and_people}, {links}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln assets and people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln zasób lub osoba</numerusform>
                <numerusform>%Ln zasoby i osoby</numerusform>
                <numerusform>%Ln zasobów i osób</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Connectors: {names} and %Ln more.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>Łączniki: {names} i jeszcze %Ln.</numerusform>
                <numerusform>Łączniki: {names} i jeszcze %Ln.</numerusform>
                <numerusform>Łączniki: {names} i jeszcze %Ln.</numerusform>
            </translation>
        </message>
        <message>
            <source>Connectors: {names}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Łączniki: {names}.</translation>
        </message>
        <message>
            <source>Nothing here is linked yet: link assets in the asset form, or Ctrl+drag on the map.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nic tu jeszcze nie jest powiązane: powiąż zasoby w formularzu zasobu lub użyj Ctrl+przeciągania na mapie.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln with no link yet are in rows under the network.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln bez powiązań jest w rzędach pod siecią.</numerusform>
                <numerusform>%Ln bez powiązań są w rzędach pod siecią.</numerusform>
                <numerusform>%Ln bez powiązań jest w rzędach pod siecią.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>consent_dialog</name>
        <message>
            <source>A consent event is never edited or undone: it is the record of what was agreed. If something changes, record a new event; the newest one is in force.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zdarzenia zgody nigdy się nie edytuje ani nie cofa: jest ono zapisem tego, na co się zgodzono. Jeśli coś się zmieni, zapisz nowe zdarzenie; obowiązuje najnowsze.</translation>
        </message>
        <message>
            <source>From now on nothing about them leaves the register, and their gifts leave the map, the table's shared outputs, exports and reports at once. The earlier events stay as evidence that consent existed. This cannot be undone: if they agree again, record their consent again.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Od teraz nic o tej osobie nie opuszcza rejestru, a jej dary natychmiast znikają z mapy, udostępnianych wyników tabeli, eksportów i raportów. Wcześniejsze zdarzenia pozostają jako dowód, że zgoda istniała. Tego nie można cofnąć: jeśli osoba ponownie się zgodzi, zapisz jej zgodę jeszcze raz.</translation>
        </message>
        <message>
            <source>No consent in force (withdrawn): their gifts appear nowhere</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Brak obowiązującej zgody (wycofana): jej dary nigdzie się nie pojawiają</translation>
        </message>
        <message>
            <source>No consent in force (lapsed on {day}): their gifts appear nowhere</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Brak obowiązującej zgody (wygasła {day}): jej dary nigdzie się nie pojawiają</translation>
        </message>
        <message>
            <source>No consent in force: their gifts appear nowhere</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Brak obowiązującej zgody: jej dary nigdzie się nie pojawiają</translation>
        </message>
        <message>
            <source>Consent in force: {level} (lapses within 30 days: ask them again)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Obowiązująca zgoda: {level} (wygasa w ciągu 30 dni: zapytaj ponownie)</translation>
        </message>
        <message>
            <source>Consent in force: {level}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Obowiązująca zgoda: {level}</translation>
        </message>
        <message>
            <source>Consent in force: {level}, until {day} (lapses within 30 days: ask them again)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Obowiązująca zgoda: {level}, do {day} (wygasa w ciągu 30 dni: zapytaj ponownie)</translation>
        </message>
        <message>
            <source>Consent in force: {level}, until {day}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Obowiązująca zgoda: {level}, do {day}</translation>
        </message>
        <message>
            <source>Record consent of ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz zgodę osoby ‘{name}’</translation>
        </message>
        <message>
            <source>What they agreed to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Na co się zgodziła</translation>
        </message>
        <message>
            <source>e.g. Age UK Salford, Salford CVS</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>np. Age UK Salford, Salford CVS</translation>
        </message>
        <message>
            <source>Partner organisations</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Organizacje partnerskie</translation>
        </message>
        <message>
            <source>Lawful basis</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Podstawa prawna</translation>
        </message>
        <message>
            <source>How it was given</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Jak została wyrażona</translation>
        </message>
        <message>
            <source>Given on</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Data wyrażenia</translation>
        </message>
        <message>
            <source>Lapses on</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Data wygaśnięcia</translation>
        </message>
        <message>
            <source>&amp;What they agreed to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Na co się zgodziła</translation>
        </message>
        <message>
            <source>&amp;Partner organisations</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Organizacje partnerskie</translation>
        </message>
        <message>
            <source>&amp;Lawful basis</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Podstawa &amp;prawna</translation>
        </message>
        <message>
            <source>&amp;How it was given</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Jak została wyrażona</translation>
        </message>
        <message>
            <source>&amp;Given on</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Data wyrażenia</translation>
        </message>
        <message>
            <source>Lapses &amp;on</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Data &amp;wygaśnięcia</translation>
        </message>
        <message>
            <source>It lapses after 12 months unless you choose another date.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wygasa po 12 miesiącach, chyba że wybierzesz inną datę.</translation>
        </message>
        <message>
            <source>Record consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz zgodę</translation>
        </message>
        <message>
            <source>Withdraw consent of ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wycofaj zgodę osoby ‘{name}’</translation>
        </message>
        <message>
            <source>How they withdrew it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Jak ją wycofała</translation>
        </message>
        <message>
            <source>&amp;How they withdrew it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Jak ją wycofała</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wycofaj zgodę</translation>
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
        <name>exchange_actions</name>
        <message>
            <source>&amp;Import assets…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Importuj zasoby…</translation>
        </message>
        <message>
            <source>&amp;Export assets…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Eksportuj zasoby…</translation>
        </message>
        <message>
            <source>Export register &amp;bundle…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Eksportuj &amp;pakiet rejestru…</translation>
        </message>
        <message>
            <source>&amp;Merge a bundle…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Scal pakiet…</translation>
        </message>
        <message>
            <source>Ward &amp;boundaries…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Granice okręgów…</translation>
        </message>
        <message>
            <source>Make this copy a separate register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Uczyń tę kopię osobnym rejestrem…</translation>
        </message>
        <message>
            <source>AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap</translation>
        </message>
        <message>
            <source>Exported {count} assets to {path}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wyeksportowano zasoby ({count}) do {path}</translation>
        </message>
        <message>
            <source>Export register bundle</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Eksportuj pakiet rejestru</translation>
        </message>
        <message>
            <source>AssetMap bundle (*.assetmap-bundle)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pakiet AssetMap (*.assetmap-bundle)</translation>
        </message>
        <message>
            <source>Bundle {number} written with {assets} assets ({removed} removed) since {since}: {path}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisano pakiet {number} z zasobami: {assets} (usunięte: {removed}) od {since}: {path}</translation>
        </message>
        <message>
            <source>Make this copy a separate register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Uczyń tę kopię osobnym rejestrem</translation>
        </message>
        <message>
            <source>Is this register a file copied from another computer? Make it a register of its own, so that it and the original can merge each other's bundles. Its assets and history stay as they are.

Do not do this on a register that is not a copy.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Czy ten rejestr jest plikiem skopiowanym z innego komputera? Uczyń go osobnym rejestrem, aby on i oryginał mogły scalać nawzajem swoje pakiety. Jego zasoby i historia pozostaną bez zmian.

Nie rób tego w rejestrze, który nie jest kopią.</translation>
        </message>
        <message>
            <source>This register is now a register of its own; it can merge bundles from the original.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ten rejestr jest teraz osobnym rejestrem; może scalać pakiety z oryginału.</translation>
        </message>
        <message>
            <source>Merge a register bundle</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Scal pakiet rejestru</translation>
        </message>
        <message>
            <source>AssetMap bundle (*.assetmap-bundle);;All files (*)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pakiet AssetMap (*.assetmap-bundle);;Wszystkie pliki (*)</translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message numerus="yes">
            <source>%n schema problem(s): see the log.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%n problem ze schematem: zobacz dziennik.</numerusform>
                <numerusform>%n problemy ze schematem: zobacz dziennik.</numerusform>
                <numerusform>%n problemów ze schematem: zobacz dziennik.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Eksportuj zasoby</translation>
        </message>
        <message>
            <source>Format</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Format</translation>
        </message>
        <message>
            <source>Who it is for</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dla kogo</translation>
        </message>
        <message>
            <source>Only the assets the current filter shows</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tylko zasoby widoczne w bieżącym filtrze</translation>
        </message>
        <message>
            <source>Save to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz w</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przeglądaj…</translation>
        </message>
        <message>
            <source>Export assets to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Eksportuj zasoby do</translation>
        </message>
        <message>
            <source>Choose where to save the export.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wybierz, gdzie zapisać eksport.</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Eksportowanie</translation>
        </message>
        <message>
            <source>Exporting to {name}…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Eksportowanie do {name}…</translation>
        </message>
        <message>
            <source>Exported {count} assets to {name}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wyeksportowano zasoby ({count}) do {name}.</translation>
        </message>
    </context>
    <context>
        <name>filter_bar</name>
        <message>
            <source>Search name, description, tags</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Szukaj w nazwie, opisie, tagach</translation>
        </message>
        <message>
            <source>Search assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Szukaj zasobów</translation>
        </message>
        <message>
            <source>All categories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wszystkie kategorie</translation>
        </message>
        <message>
            <source>All districts</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wszystkie dystrykty</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wszystkie statusy</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wyczyść filtry</translation>
        </message>
        <message>
            <source>Category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Show only assets with this category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż tylko zasoby z tej kategorii</translation>
        </message>
        <message>
            <source>District</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dystrykt</translation>
        </message>
        <message>
            <source>Show only assets with this district</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż tylko zasoby z tego dystryktu</translation>
        </message>
        <message>
            <source>Ward</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Okręg</translation>
        </message>
        <message>
            <source>Show only assets with this ward</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż tylko zasoby z tego okręgu</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Show only assets with this status</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż tylko zasoby o tym statusie</translation>
        </message>
        <message>
            <source>All wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wszystkie okręgi</translation>
        </message>
    </context>
    <context>
        <name>import_wizard</name>
        <message>
            <source>Lists and layers (*.csv *.tsv *.txt *.xlsx *.geojson *.json *.gpkg *.zip *.kml *.kmz);;All files (*)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Listy i warstwy (*.csv *.tsv *.txt *.xlsx *.geojson *.json *.gpkg *.zip *.kml *.kmz);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>(not used)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>(nieużywana)</translation>
        </message>
        <message>
            <source>(choose a category)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>(wybierz kategorię)</translation>
        </message>
        <message>
            <source>go back and choose the column that holds the names</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>wróć i wybierz kolumnę z nazwami</translation>
        </message>
        <message>
            <source>go back and give a default category, or choose the category column and place its values</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>wróć i podaj domyślną kategorię albo wybierz kolumnę kategorii i przypisz jej wartości</translation>
        </message>
        <message>
            <source>Skip</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pomiń</translation>
        </message>
        <message>
            <source>Update the existing asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaktualizuj istniejący zasób</translation>
        </message>
        <message>
            <source>Add as a new asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj jako nowy zasób</translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln asset(s)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>Importuj %Ln zasób</numerusform>
                <numerusform>Importuj %Ln zasoby</numerusform>
                <numerusform>Importuj %Ln zasobów</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wybierz plik</translation>
        </message>
        <message>
            <source>CSV or TSV, Excel (.xlsx), GeoJSON, GeoPackage, zipped Shapefile or KML.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>CSV lub TSV, Excel (.xlsx), GeoJSON, GeoPackage, spakowany Shapefile lub KML.</translation>
        </message>
        <message>
            <source>File to import</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Plik do zaimportowania</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przeglądaj…</translation>
        </message>
        <message>
            <source>Import assets from</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Importuj zasoby z</translation>
        </message>
        <message>
            <source>Choose the sheet or layer</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wybierz arkusz lub warstwę</translation>
        </message>
        <message>
            <source>Sheet or layer</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Arkusz lub warstwa</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Która kolumna zawiera co</translation>
        </message>
        <message>
            <source>AssetMap has guessed; change anything it got wrong.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap zgadł przypisanie; popraw wszystko, co jest błędne.</translation>
        </message>
        <message>
            <source>Column for {field}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kolumna dla pola {field}</translation>
        </message>
        <message>
            <source>Locations</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Lokalizacje</translation>
        </message>
        <message>
            <source>Longitude, easting or WKT column</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kolumna długości geograficznej, współrzędnej wschodniej lub WKT</translation>
        </message>
        <message>
            <source>Latitude or northing column</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kolumna szerokości geograficznej lub współrzędnej północnej</translation>
        </message>
        <message>
            <source>Category for rows without one</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kategoria dla wierszy bez kategorii</translation>
        </message>
        <message>
            <source>Save mapping…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz przypisanie kolumn…</translation>
        </message>
        <message>
            <source>(none: such rows are not imported)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>(brak: takie wiersze nie są importowane)</translation>
        </message>
        <message>
            <source>Save the column mapping</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz przypisanie kolumn</translation>
        </message>
        <message>
            <source>Mapping (*.json)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przypisanie (*.json)</translation>
        </message>
        <message>
            <source>Place each category value</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przypisz każdą wartość kategorii</translation>
        </message>
        <message>
            <source>Each value in the file's category column goes to an ABCD category (and subcategory).</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Każda wartość z kolumny kategorii w pliku trafia do kategorii ABCD (i podkategorii).</translation>
        </message>
        <message>
            <source>Category for each value in the file</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kategoria dla każdej wartości w pliku</translation>
        </message>
        <message>
            <source>Value in the file</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wartość w pliku</translation>
        </message>
        <message>
            <source>ABCD category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kategoria ABCD</translation>
        </message>
        <message>
            <source>ABCD category for {value}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kategoria ABCD dla {value}</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Sprawdź przed importem</translation>
        </message>
        <message>
            <source>For all likely duplicates</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dla wszystkich prawdopodobnych duplikatów</translation>
        </message>
        <message>
            <source>Problems found in the file, by row</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Problemy znalezione w pliku, według wierszy</translation>
        </message>
        <message>
            <source>Row</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wiersz</translation>
        </message>
        <message>
            <source>Kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Problem</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Problem</translation>
        </message>
        <message>
            <source>If a duplicate</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Jeśli duplikat</translation>
        </message>
        <message>
            <source>For all likely duplicates:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dla wszystkich prawdopodobnych duplikatów:</translation>
        </message>
        <message>
            <source>Checking</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Sprawdzanie</translation>
        </message>
        <message>
            <source>Checking {count} rows…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Sprawdzanie wierszy: {count}…</translation>
        </message>
        <message>
            <source>{rows} rows: {ready} ready to import ({warnings} with warnings, {duplicates} likely duplicates); {errors} with errors will not be imported.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wiersze: {rows}; gotowe do importu: {ready} (z ostrzeżeniami: {warnings}, prawdopodobne duplikaty: {duplicates}); z błędami, które nie zostaną zaimportowane: {errors}.</translation>
        </message>
        <message>
            <source>If row {row} is a duplicate</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Jeśli wiersz {row} jest duplikatem</translation>
        </message>
        <message>
            <source>As for all</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Jak dla wszystkich</translation>
        </message>
        <message>
            <source>Imported</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaimportowano</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz odrzucone wiersze…</translation>
        </message>
        <message>
            <source>Added {added}, updated {updated}, skipped {skipped} duplicates, rejected {rejected} rows with errors.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodano: {added}, zaktualizowano: {updated}, pominięto duplikatów: {skipped}, odrzucono wierszy z błędami: {rejected}.</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz odrzucone wiersze</translation>
        </message>
        <message>
            <source>rejected rows.csv</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>odrzucone wiersze.csv</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Import assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Importuj zasoby</translation>
        </message>
        <message>
            <source>Reading</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wczytywanie</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wczytywanie {name}…</translation>
        </message>
        <message>
            <source>Importing</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Importowanie</translation>
        </message>
        <message>
            <source>Importing {count} rows…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Importowanie wierszy: {count}…</translation>
        </message>
        <message>
            <source>Nothing was imported: {error}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nic nie zostało zaimportowane: {error}</translation>
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
        <name>link_commands</name>
        <message>
            <source>Link {first} and {second}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiąż {first} i {second}</translation>
        </message>
        <message>
            <source>Link a person and {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiąż osobę i {name}</translation>
        </message>
        <message>
            <source>Edit a link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Edytuj powiązanie</translation>
        </message>
        <message>
            <source>Remove a link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń powiązanie</translation>
        </message>
        <message>
            <source>Add the link kind {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj rodzaj powiązania {name}</translation>
        </message>
        <message>
            <source>Remove the link kind {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń rodzaj powiązania {name}</translation>
        </message>
        <message>
            <source>Rename the link kind {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zmień nazwę rodzaju powiązania {name}</translation>
        </message>
        <message>
            <source>Add the story {text}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj historię {text}</translation>
        </message>
        <message>
            <source>Edit the story {text}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Edytuj historię {text}</translation>
        </message>
        <message>
            <source>Remove a story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń historię</translation>
        </message>
        <message>
            <source>Add the photo {text}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj zdjęcie {text}</translation>
        </message>
        <message>
            <source>Remove a photo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń zdjęcie</translation>
        </message>
        <message>
            <source>Describe the photo {text}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Opisz zdjęcie {text}</translation>
        </message>
    </context>
    <context>
        <name>live</name>
        <message>
            <source>The team register on {server} cannot be reached just now, so this change was not saved. What you typed is kept. AssetMap is reconnecting by itself: save again once the banner at the top of the window has gone, or open an offline copy you took before.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr zespołu na serwerze {server} jest teraz nieosiągalny, więc tej zmiany nie zapisano. To, co wpisano, zostaje zachowane. AssetMap sam ponawia połączenie: zapisz ponownie, gdy zniknie komunikat u góry okna, albo otwórz wcześniej wykonaną kopię offline.</translation>
        </message>
        <message>
            <source>Server connection</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Połączenie z serwerem</translation>
        </message>
        <message>
            <source>The team register on {server} cannot be reached. You can keep looking at what is shown; changes cannot be saved until it is back. AssetMap is reconnecting by itself.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr zespołu na serwerze {server} jest nieosiągalny. Możesz dalej przeglądać to, co jest wyświetlane; zmian nie można zapisać, dopóki nie wróci. AssetMap sam ponawia połączenie.</translation>
        </message>
        <message>
            <source>Open an &amp;offline copy…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz kopię &amp;offline…</translation>
        </message>
        <message>
            <source>Go on working in an offline copy of this team register taken earlier (File → Take offline copy…); Sync brings its changes back once the server is reachable</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pracuj dalej we wcześniej wykonanej kopii offline tego rejestru zespołu (Plik → Utwórz kopię offline…); synchronizacja przeniesie jej zmiany z powrotem, gdy serwer będzie dostępny</translation>
        </message>
        <message>
            <source>Team register on {server}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr zespołu na serwerze {server}</translation>
        </message>
        <message>
            <source>Team register on {server}: cannot be reached, reconnecting…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr zespołu na serwerze {server}: nieosiągalny, ponowne łączenie…</translation>
        </message>
        <message>
            <source>The team register on {server} is back; showing what changed meanwhile.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr zespołu na serwerze {server} znów jest dostępny; wyświetlanie zmian z tego czasu.</translation>
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
        <message>
            <source>Viewers can look at the team register but not change it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przeglądający mogą oglądać rejestr zespołu, ale nie mogą go zmieniać</translation>
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
        <name>meeting</name>
        <message>
            <source>There is no screen to show the meeting on.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie ma ekranu, na którym można pokazać spotkanie.</translation>
        </message>
        <message>
            <source>AssetMap — meeting</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap — spotkanie</translation>
        </message>
        <message>
            <source>Meeting map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Mapa spotkania</translation>
        </message>
        <message>
            <source>&amp;Meeting mode</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tryb &amp;spotkania</translation>
        </message>
        <message>
            <source>Show the map full screen for a meeting: public assets only, large and clear</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż mapę na pełnym ekranie na spotkanie: tylko zasoby publiczne, duże i wyraźne</translation>
        </message>
        <message>
            <source>Show &amp;partner assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż zasoby &amp;partnerów</translation>
        </message>
        <message>
            <source>For this meeting only, also show assets shared with partners; the map says so</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tylko na tym spotkaniu pokaż też zasoby udostępnione partnerom; mapa to zaznacza</translation>
        </message>
        <message>
            <source>&amp;Leave meeting mode (Esc)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Wyjdź z trybu spotkania (Esc)</translation>
        </message>
        <message>
            <source>Next &amp;view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Następny &amp;widok</translation>
        </message>
        <message>
            <source>Show the next saved view (Page Down or →)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż następny zapisany widok (Page Down lub →)</translation>
        </message>
        <message>
            <source>Pre&amp;vious view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Poprzedni widok</translation>
        </message>
        <message>
            <source>Show the previous saved view (Page Up or ←)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż poprzedni zapisany widok (Page Up lub ←)</translation>
        </message>
        <message>
            <source>On the projector: the meeting map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Na projektorze: mapa spotkania</translation>
        </message>
        <message>
            <source>Meeting mode</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tryb spotkania</translation>
        </message>
        <message>
            <source>Saved view shown</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokazywany zapisany widok</translation>
        </message>
        <message>
            <source>{position} of {count}: {title}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{position} z {count}: {title}</translation>
        </message>
    </context>
    <context>
        <name>merge_dialog</name>
        <message>
            <source>removed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>usunięty</translation>
        </message>
        <message>
            <source>not removed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>nieusunięty</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Anonim</translation>
        </message>
        <message>
            <source>{teller} (quoted by name)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{teller} (cytowany z nazwiska)</translation>
        </message>
        <message>
            <source>{teller} (not quoted by name)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{teller} (bez cytowania z nazwiska)</translation>
        </message>
        <message>
            <source>no location</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>brak lokalizacji</translation>
        </message>
        <message>
            <source>Field</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pole</translation>
        </message>
        <message>
            <source>Before both changes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przed obiema zmianami</translation>
        </message>
        <message>
            <source>Mine</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Moje</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ich</translation>
        </message>
        <message>
            <source>Keep this register's value</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zachowaj wartość z tego rejestru</translation>
        </message>
        <message>
            <source>Keep the bundle's value</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zachowaj wartość z pakietu</translation>
        </message>
        <message>
            <source>Take all &amp;mine</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Weź wszystkie &amp;moje</translation>
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Weź wszystkie &amp;ich</translation>
        </message>
        <message>
            <source>Assets in conflict</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby w konflikcie</translation>
        </message>
        <message>
            <source>Conflicting fields</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pola w konflikcie</translation>
        </message>
        <message>
            <source>{tip} in every conflicting field</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{tip} we wszystkich polach w konflikcie</translation>
        </message>
        <message>
            <source>Merge register bundle</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Scal pakiet rejestru</translation>
        </message>
        <message>
            <source>People the bundle adds or updates here, and people it erases here for good. No one erased in either register is ever added back.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Osoby, które pakiet dodaje lub aktualizuje tutaj, oraz osoby, które trwale tu usuwa. Nikt usunięty w którymkolwiek rejestrze nigdy nie zostanie dodany ponownie.</translation>
        </message>
        <message>
            <source>Assets, links and stories in conflict</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby, powiązania i historie w konflikcie</translation>
        </message>
        <message>
            <source>Both registers changed these assets. Choose, field by field, which value to keep; the other stays in the asset's history.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Oba rejestry zmieniły te zasoby. Wybierz pole po polu, którą wartość zachować; druga pozostanie w historii zasobu.</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Synchronizuj</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Scal</translation>
        </message>
        <message numerus="yes">
            <source>Choose mine or theirs for %n more field(s) first</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>Najpierw wybierz moje lub ich dla jeszcze %n pola</numerusform>
                <numerusform>Najpierw wybierz moje lub ich dla jeszcze %n pól</numerusform>
                <numerusform>Najpierw wybierz moje lub ich dla jeszcze %n pól</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>offline_actions</name>
        <message>
            <source>Already in step with the team register: nothing to sync.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Już zgodne z rejestrem zespołu: nie ma czego synchronizować.</translation>
        </message>
        <message>
            <source>Synced with the team register: {sent} asset(s) sent, {brought} brought in.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zsynchronizowano z rejestrem zespołu: wysłane zasoby: {sent}, pobrane: {brought}.</translation>
        </message>
        <message>
            <source>Take &amp;offline copy…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Utwórz kopię &amp;offline…</translation>
        </message>
        <message>
            <source>Copy what you may see of this register into a file, to keep working with no internet</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Skopiuj do pliku to, co możesz widzieć w tym rejestrze, aby pracować bez internetu</translation>
        </message>
        <message>
            <source>S&amp;ync with team register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Synchronizuj z rejestrem zespołu</translation>
        </message>
        <message>
            <source>Send this copy's changes to the team register and bring its changes in</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wyślij zmiany z tej kopii do rejestru zespołu i pobierz jego zmiany</translation>
        </message>
        <message>
            <source>Offline copy</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kopia offline</translation>
        </message>
        <message>
            <source>A viewer's copy is for reading: viewers cannot send changes to the team register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kopia przeglądającego służy do czytania: przeglądający nie mogą wysyłać zmian do rejestru zespołu</translation>
        </message>
        <message>
            <source>AssetMap — {register} ({origin})</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap — {register} ({origin})</translation>
        </message>
        <message>
            <source>offline copy of {address}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>kopia offline z {address}</translation>
        </message>
        <message>
            <source>Offline copy of {address} · last in step {when} UTC</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kopia offline z {address} · ostatnia synchronizacja {when} UTC</translation>
        </message>
        <message>
            <source>Take an offline copy</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Utwórz kopię offline</translation>
        </message>
        <message>
            <source>AssetMap register (*.assetmap)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr AssetMap (*.assetmap)</translation>
        </message>
        <message>
            <source>Taking offline</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tworzenie kopii offline</translation>
        </message>
        <message>
            <source>Copying the register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kopiowanie rejestru…</translation>
        </message>
        <message>
            <source>Offline copy made: {assets} assets and {people} people in {path}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Utworzono kopię offline w {path}: zasoby: {assets}, osoby: {people}</translation>
        </message>
        <message>
            <source>Offline copy made</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Utworzono kopię offline</translation>
        </message>
        <message>
            <source>The offline copy is in {path}.

Open it now? Work in it with no internet, then use File → Sync with team register when you are connected again.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kopia offline jest w {path}.

Otworzyć ją teraz? Pracuj w niej bez internetu, a po ponownym połączeniu użyj Plik → Synchronizuj z rejestrem zespołu.</translation>
        </message>
        <message>
            <source>{reason} Nothing was synced; this copy keeps working offline.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{reason} Niczego nie zsynchronizowano; ta kopia nadal działa offline.</translation>
        </message>
        <message>
            <source>The team register at {address} could not be reached ({reason}). Nothing was synced; this copy keeps working offline. Try again when connected.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr zespołu pod adresem {address} jest nieosiągalny ({reason}). Niczego nie zsynchronizowano; ta kopia nadal działa offline. Spróbuj ponownie po połączeniu.</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Synchronizacja</translation>
        </message>
        <message>
            <source>Reading the changes on both sides…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odczytywanie zmian po obu stronach…</translation>
        </message>
        <message>
            <source>Syncing with the team register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Synchronizowanie z rejestrem zespołu…</translation>
        </message>
        <message>
            <source>Sync: both sides changed these assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Synchronizacja: obie strony zmieniły te zasoby</translation>
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
        <name>people_actions</name>
        <message>
            <source>&amp;People…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Osoby…</translation>
        </message>
        <message>
            <source>The people whose gifts and skills are recorded</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Osoby, których dary i umiejętności są zapisane</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Nowa osoba…</translation>
        </message>
        <message>
            <source>Record a new person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz nową osobę</translation>
        </message>
        <message>
            <source>Consent to &amp;review…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zgody do &amp;przeglądu…</translation>
        </message>
        <message>
            <source>People whose consent lapses within 30 days, or has lapsed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Osoby, których zgoda wygasa w ciągu 30 dni lub już wygasła</translation>
        </message>
        <message>
            <source>Consent to review</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zgody do przeglądu</translation>
        </message>
        <message>
            <source>Consent to &amp;review ({due})…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zgody do &amp;przeglądu ({due})…</translation>
        </message>
        <message numerus="yes">
            <source>Consent to review: %n person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>Zgody do przeglądu: %n osoba</numerusform>
                <numerusform>Zgody do przeglądu: %n osoby</numerusform>
                <numerusform>Zgody do przeglądu: %n osób</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Consent to review: %n people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>Zgody do przeglądu: %n osoba</numerusform>
                <numerusform>Zgody do przeglądu: %n osoby</numerusform>
                <numerusform>Zgody do przeglądu: %n osób</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the list of people whose consent lapses within 30 days, or has lapsed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz listę osób, których zgoda wygasa w ciągu 30 dni lub już wygasła</translation>
        </message>
        <message>
            <source>Person added. Undo with Ctrl+Z.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodano osobę. Cofnij skrótem Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>people_panel</name>
        <message>
            <source>No people yet. People's gifts and skills (she teaches sewing, he fixes bikes, she knows everyone on the estate) are a community's first assets. Add a person to record theirs, with their consent.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie ma jeszcze żadnych osób. Dary i umiejętności ludzi (ona uczy szycia, on naprawia rowery, ona zna wszystkich na osiedlu) to pierwsze zasoby społeczności. Dodaj osobę, aby za jej zgodą zapisać jej dary.</translation>
        </message>
        <message>
            <source>No one's consent lapses within the next 30 days.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>W ciągu najbliższych 30 dni nikomu nie wygasa zgoda.</translation>
        </message>
        <message>
            <source>No one matches the search.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nikt nie pasuje do wyszukiwania.</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Preferred contact</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Preferowany kontakt</translation>
        </message>
        <message>
            <source>Consent in force</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Obowiązująca zgoda</translation>
        </message>
        <message>
            <source>Lapses</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wygasa</translation>
        </message>
        <message>
            <source>Gifts</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dary</translation>
        </message>
        <message>
            <source>{level} (withdrawn)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{level} (wycofana)</translation>
        </message>
        <message>
            <source>{level} (lapsed)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{level} (wygasła)</translation>
        </message>
        <message>
            <source>lapsed {day}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>wygasła {day}</translation>
        </message>
        <message>
            <source>People</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Osoby</translation>
        </message>
        <message>
            <source>Search by name, phone, email or notes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Szukaj po imieniu i nazwisku, telefonie, e-mailu lub uwagach</translation>
        </message>
        <message>
            <source>Search people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Szukaj osób</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Szukaj</translation>
        </message>
        <message>
            <source>Only consent &amp;to review (lapses within 30 days, or has lapsed)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tylko zgody &amp;do przeglądu (wygasają w ciągu 30 dni lub już wygasły)</translation>
        </message>
        <message>
            <source>Only consent to review</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tylko zgody do przeglądu</translation>
        </message>
        <message>
            <source>No people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Brak osób</translation>
        </message>
        <message>
            <source>&amp;Add a person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Dodaj osobę</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj osobę</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Nowa osoba…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Otwórz…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <source>Take the person off the list; their gifts leave every output (undoable)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zdejmij osobę z listy; jej dary znikają ze wszystkich wyników (można cofnąć)</translation>
        </message>
        <message>
            <source>Show re&amp;moved people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż usunięte &amp;osoby</translation>
        </message>
        <message>
            <source>Show removed people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż usunięte osoby</translation>
        </message>
        <message>
            <source>{name} (removed)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} (usunięta)</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Przywróć</translation>
        </message>
        <message>
            <source>Restore</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przywróć</translation>
        </message>
        <message>
            <source>Remove</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń</translation>
        </message>
    </context>
    <context>
        <name>person_form</name>
        <message>
            <source>Recorded</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisano</translation>
        </message>
        <message>
            <source>What they agreed to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Na co się zgodziła</translation>
        </message>
        <message>
            <source>Lawful basis</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Podstawa prawna</translation>
        </message>
        <message>
            <source>How</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Jak</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisał(a)</translation>
        </message>
        <message>
            <source>Lapses</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wygasa</translation>
        </message>
        <message>
            <source>Erasing ‘{name}’ deletes their record, contact details, consent events and links, and their {gifts}, from this register and from its backups. Only their id is kept, so that merging an older copy never brings them back. This cannot be undone, and the undo history is cleared.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wymazanie osoby ‘{name}’ usuwa jej wpis, dane kontaktowe, zdarzenia zgody i powiązania oraz jej {gifts} z tego rejestru i z jego kopii zapasowych. Zachowany zostaje tylko jej identyfikator, aby scalenie starszej kopii nigdy jej nie przywróciło. Tego nie można cofnąć, a historia cofania zostanie wyczyszczona.</translation>
        </message>
        <message>
            <source>After adding them, you can record their gifts and skills and their consent.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Po dodaniu osoby możesz zapisać jej dary i umiejętności oraz jej zgodę.</translation>
        </message>
        <message>
            <source>Withdrew consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wycofała zgodę</translation>
        </message>
        <message>
            <source>Person: ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Osoba: ‘{name}’</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj osobę</translation>
        </message>
        <message>
            <source>Consent in force</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Obowiązująca zgoda</translation>
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
            <source>Who they are</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kim jest</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Imię i nazwisko *</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>Preferred &amp;contact</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Preferowany &amp;kontakt</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Uwagi</translation>
        </message>
        <message>
            <source>Gifts and skills</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dary i umiejętności</translation>
        </message>
        <message>
            <source>Add a &amp;gift…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj &amp;dar…</translation>
        </message>
        <message>
            <source>Record a gift or skill of theirs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz dar lub umiejętność tej osoby</translation>
        </message>
        <message>
            <source>&amp;Link existing gift…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Powiąż istniejący dar…</translation>
        </message>
        <message>
            <source>Make a gift already in the register theirs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przypisz tej osobie dar, który już jest w rejestrze</translation>
        </message>
        <message>
            <source>Unlink gift</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odłącz dar</translation>
        </message>
        <message>
            <source>The gift stays in the register, no longer theirs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dar zostaje w rejestrze, ale nie należy już do tej osoby</translation>
        </message>
        <message>
            <source>Groups and spaces they run or belong to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Grupy i miejsca, które prowadzi lub do których należy</translation>
        </message>
        <message>
            <source>Link to a group or &amp;space…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiąż z grupą lub &amp;miejscem…</translation>
        </message>
        <message>
            <source>They run it, or belong to it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Prowadzi je lub do nich należy</translation>
        </message>
        <message>
            <source>Unlin&amp;k</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Odłącz</translation>
        </message>
        <message>
            <source>Remove the selected link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń zaznaczone powiązanie</translation>
        </message>
        <message>
            <source>Groups and spaces</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Grupy i miejsca</translation>
        </message>
        <message>
            <source>Consent events</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zdarzenia zgody</translation>
        </message>
        <message>
            <source>&amp;Record consent…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Zapisz zgodę…</translation>
        </message>
        <message>
            <source>What they agreed to, how, and until when</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Na co się zgodziła, w jaki sposób i do kiedy</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Wycofaj zgodę…</translation>
        </message>
        <message>
            <source>From now on their gifts appear nowhere</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Od teraz jej dary nigdzie się nie pojawiają</translation>
        </message>
        <message>
            <source>Consent events are a record: they are never edited, and recording one is not undone.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zdarzenia zgody są zapisem: nigdy się ich nie edytuje, a zapisania zdarzenia nie można cofnąć.</translation>
        </message>
        <message>
            <source>Consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zgoda</translation>
        </message>
        <message>
            <source>E&amp;xport everything held…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Eksportuj wszystkie przechowywane dane…</translation>
        </message>
        <message>
            <source>A subject access export: everything held about them, as CSV and PDF</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Eksport na żądanie dostępu do danych: wszystko, co przechowujemy o tej osobie, jako CSV i PDF</translation>
        </message>
        <message>
            <source>Erase…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wymaż…</translation>
        </message>
        <message>
            <source>Erase them for good (cannot be undone)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wymaż tę osobę na zawsze (nie można cofnąć)</translation>
        </message>
        <message>
            <source>Link a gift to ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiąż dar z osobą ‘{name}’</translation>
        </message>
        <message>
            <source>Link ‘{name}’ to a group or space</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiąż osobę ‘{name}’ z grupą lub miejscem</translation>
        </message>
        <message>
            <source>Export everything held</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Eksportuj wszystkie przechowywane dane</translation>
        </message>
        <message>
            <source>Subject access export (*.zip)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Eksport na żądanie dostępu do danych (*.zip)</translation>
        </message>
        <message>
            <source>Writing everything held…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisywanie wszystkich przechowywanych danych…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written to {target}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Anulowano: nic nie zapisano w {target}.</translation>
        </message>
        <message>
            <source>Everything held on them is in {written}: a CSV file for each part and a readable PDF.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wszystko, co przechowujemy o tej osobie, jest w {written}: plik CSV dla każdej części i czytelny PDF.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wymaż</translation>
        </message>
        <message>
            <source>Add a gift or skill of ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj dar lub umiejętność osoby ‘{name}’</translation>
        </message>
        <message>
            <source>e.g. Teaches sewing</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>np. Uczy szycia</translation>
        </message>
        <message>
            <source>No area</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Bez obszaru</translation>
        </message>
        <message>
            <source>A gift has an area, never a home address: choose their ward, and the map shows it inside the ward, not at any house. What is shown of it follows their consent.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dar ma obszar, nigdy adres domowy: wybierz okręg tej osoby, a mapa pokaże dar wewnątrz okręgu, nie przy żadnym domu. To, co jest z niego pokazywane, zależy od jej zgody.</translation>
        </message>
        <message>
            <source>&amp;Gift or skill *</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Dar lub umiejętność *</translation>
        </message>
        <message>
            <source>Su&amp;bcategory</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Podkategoria</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Opis</translation>
        </message>
        <message>
            <source>&amp;Ward</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>O&amp;kręg</translation>
        </message>
        <message>
            <source>Add gift</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj dar</translation>
        </message>
        <message>
            <source>Type part of its name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wpisz część nazwy</translation>
        </message>
        <message>
            <source>Search assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Szukaj zasobów</translation>
        </message>
        <message>
            <source>Assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby</translation>
        </message>
        <message>
            <source>They</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ta osoba</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Szukaj</translation>
        </message>
        <message>
            <source>&amp;They</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Ta osoba</translation>
        </message>
        <message>
            <source>Link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiąż</translation>
        </message>
        <message>
            <source>Erase a person for good</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wymaż osobę na zawsze</translation>
        </message>
        <message numerus="yes">
            <source>%n gift and skill</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%n dar i umiejętność</numerusform>
                <numerusform>%n dary i umiejętności</numerusform>
                <numerusform>%n darów i umiejętności</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gifts and skills</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%n dar i umiejętność</numerusform>
                <numerusform>%n dary i umiejętności</numerusform>
                <numerusform>%n darów i umiejętności</numerusform>
            </translation>
        </message>
        <message>
            <source>Type their name to confirm</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wpisz imię i nazwisko tej osoby, aby potwierdzić</translation>
        </message>
        <message>
            <source>&amp;Type their name to confirm</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Wpisz imię i nazwisko tej osoby, aby potwierdzić</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wymaż na zawsze</translation>
        </message>
    </context>
    <context>
        <name>register_actions</name>
        <message>
            <source>&amp;Open register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Otwórz rejestr…</translation>
        </message>
        <message>
            <source>Open another register; this one is closed once it opens</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz inny rejestr; ten zostanie zamknięty, gdy tamten się otworzy</translation>
        </message>
        <message>
            <source>Open the de&amp;mo register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz rejestr &amp;demonstracyjny</translation>
        </message>
        <message>
            <source>{count} real Greater Manchester assets, built the first time it is opened</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{count} prawdziwych zasobów Wielkiego Manchesteru, tworzonych przy pierwszym otwarciu</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz &amp;ostatnie</translation>
        </message>
        <message>
            <source>Open the &amp;data folder</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz folder &amp;danych</translation>
        </message>
        <message>
            <source>Show the folder that holds registers and their backups</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż folder z rejestrami i ich kopiami zapasowymi</translation>
        </message>
        <message>
            <source>Make a &amp;backup now…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Utwórz &amp;kopię zapasową teraz…</translation>
        </message>
        <message>
            <source>Copy the register, as it is now, to a file you choose</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Skopiuj rejestr w obecnym stanie do wybranego pliku</translation>
        </message>
        <message>
            <source>&amp;Encrypt register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Zaszyfruj rejestr…</translation>
        </message>
        <message>
            <source>Encrypt the register and its backups: it opens only with a passphrase</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaszyfruj rejestr i jego kopie zapasowe: otworzy się tylko po podaniu hasła</translation>
        </message>
        <message>
            <source>Decr&amp;ypt register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>O&amp;dszyfruj rejestr…</translation>
        </message>
        <message>
            <source>Return the register to a plain file anyone with it can read</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przywróć rejestr do zwykłego pliku, który może odczytać każdy, kto go ma</translation>
        </message>
        <message>
            <source>No other registers yet</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie ma jeszcze innych rejestrów</translation>
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
        <message>
            <source>{stem} backup{suffix}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{stem} kopia zapasowa{suffix}</translation>
        </message>
        <message>
            <source>Save a backup of the register as</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz kopię zapasową rejestru jako</translation>
        </message>
        <message>
            <source>Backup not made</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie utworzono kopii zapasowej</translation>
        </message>
        <message>
            <source>Backup saved and checked: {path}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kopia zapasowa zapisana i sprawdzona: {path}</translation>
        </message>
        <message>
            <source>Decrypt the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odszyfruj rejestr</translation>
        </message>
        <message>
            <source>Anyone with the register file (or a backup of it) will be able to read it, personal details included. Decrypt it?</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Każdy, kto ma plik rejestru (lub jego kopię zapasową), będzie mógł go odczytać, łącznie z danymi osobowymi. Odszyfrować go?</translation>
        </message>
        <message>
            <source>Encrypting</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Szyfrowanie</translation>
        </message>
        <message>
            <source>Decrypting</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odszyfrowywanie</translation>
        </message>
        <message>
            <source>Encrypting {name} and its backups…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Szyfrowanie {name} i jego kopii zapasowych…</translation>
        </message>
        <message>
            <source>Decrypting {name} and its backups…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odszyfrowywanie {name} i jego kopii zapasowych…</translation>
        </message>
        <message>
            <source>Register not changed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr nie został zmieniony</translation>
        </message>
        <message>
            <source>Register encrypted</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr zaszyfrowany</translation>
        </message>
        <message>
            <source>Register decrypted</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr odszyfrowany</translation>
        </message>
    </context>
    <context>
        <name>removed_dialog</name>
        <message>
            <source>Nothing has been removed. Removed assets wait here so they can be restored.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nic nie zostało usunięte. Usunięte zasoby czekają tutaj, aby można je było przywrócić.</translation>
        </message>
        <message>
            <source>Recently removed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ostatnio usunięte</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Removed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usunięto</translation>
        </message>
        <message>
            <source>Removed assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usunięte zasoby</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Przywróć</translation>
        </message>
        <message>
            <source>Put the selected assets back in the table and on the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przywróć wybrane zasoby do tabeli i na mapę</translation>
        </message>
        <message>
            <source>Select assets to bring back. Restoring can be undone like any change.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wybierz zasoby do przywrócenia. Przywrócenie można cofnąć jak każdą zmianę.</translation>
        </message>
    </context>
    <context>
        <name>report_actions</name>
        <message>
            <source>Commissioner report</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Raport dla zlecających</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dokument PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Map sheet</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Arkusz mapy</translation>
        </message>
        <message>
            <source>PDF document (*.pdf);;PNG image (*.png)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dokument PDF (*.pdf);;Obraz PNG (*.png)</translation>
        </message>
        <message>
            <source>Shareable interactive map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Interaktywna mapa do udostępnienia</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Strona internetowa (*.html)</translation>
        </message>
        <message>
            <source>Writing the commissioner report…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisywanie raportu dla zlecających…</translation>
        </message>
        <message>
            <source>Writing the map sheet…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisywanie arkusza mapy…</translation>
        </message>
        <message>
            <source>Writing the shareable interactive map…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisywanie interaktywnej mapy do udostępnienia…</translation>
        </message>
        <message>
            <source>Give the file to save to, or choose one with Browse….</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Podaj plik do zapisu albo wybierz go przyciskiem Przeglądaj….</translation>
        </message>
        <message>
            <source>Give the whole path of the file, starting with its drive or top folder.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Podaj pełną ścieżkę pliku, zaczynając od dysku lub folderu najwyższego poziomu.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose another with Browse….</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Folder {folder} nie istnieje. Wybierz inny przyciskiem Przeglądaj….</translation>
        </message>
        <message>
            <source>You cannot save in the folder {folder}. Choose another with Browse….</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie możesz zapisywać w folderze {folder}. Wybierz inny przyciskiem Przeglądaj….</translation>
        </message>
        <message>
            <source>{path} is a folder. Add a file name to it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{path} to folder. Dodaj do niego nazwę pliku.</translation>
        </message>
        <message>
            <source>The file name must end in {endings}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nazwa pliku musi kończyć się na {endings}.</translation>
        </message>
        <message>
            <source> or </source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation> lub </translation>
        </message>
        <message>
            <source>Commissioner &amp;report (PDF)…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Raport dla zlecających (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Map sheet (PDF or PNG)…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Arkusz mapy (PDF lub PNG)…</translation>
        </message>
        <message>
            <source>Shareable &amp;HTML map…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Mapa &amp;HTML do udostępnienia…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written to {path}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Anulowano: nic nie zostało zapisane w {path}.</translation>
        </message>
        <message>
            <source>{document} written to {path}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisano: {document} w {path}</translation>
        </message>
    </context>
    <context>
        <name>report_dialog</name>
        <message>
            <source>Save the commissioner report</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz raport dla zlecających</translation>
        </message>
        <message>
            <source>Save a map sheet</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz arkusz mapy</translation>
        </message>
        <message>
            <source>Save a shareable interactive map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz interaktywną mapę do udostępnienia</translation>
        </message>
        <message>
            <source>Public assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby publiczne</translation>
        </message>
        <message>
            <source>Public and partner-only assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby publiczne i tylko dla partnerów</translation>
        </message>
        <message>
            <source>Share of postcodes within {metres} m of an asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odsetek kodów pocztowych w promieniu {metres} m od zasobu</translation>
        </message>
        <message>
            <source>Wards chosen below</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Okręgi wybrane poniżej</translation>
        </message>
        <message>
            <source>&amp;Categories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Kategorie</translation>
        </message>
        <message>
            <source>Private assets are never included. People's gifts and skills are only counted, and only with each person's consent to this tier; a person is named only if they agreed to be named.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby prywatne nigdy nie są uwzględniane. Dary i umiejętności ludzi są tylko liczone, i to wyłącznie za zgodą każdej osoby na ten poziom; osoba jest wymieniana z imienia i nazwiska tylko wtedy, gdy się na to zgodziła.</translation>
        </message>
        <message>
            <source>&amp;Landscape</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Po&amp;ziomo</translation>
        </message>
        <message>
            <source>Default: named after the area</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Domyślnie: nazwa od obszaru</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>P&amp;rzeglądaj…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapi&amp;sz</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Preview: a web page has no pages, so this is its map as a sheet</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Podgląd: strona internetowa nie ma stron, więc to jej mapa jako arkusz</translation>
        </message>
        <message>
            <source>&amp;Area</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Obszar</translation>
        </message>
        <message>
            <source>Fin&amp;d a ward</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Wyszukaj okręg</translation>
        </message>
        <message>
            <source>&amp;Measure</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Miara</translation>
        </message>
        <message>
            <source>&amp;Include</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Uwzględnij</translation>
        </message>
        <message>
            <source>Pa&amp;per</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Papier</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Tytuł</translation>
        </message>
        <message>
            <source>Prepared &amp;by</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przygotowa&amp;ne przez</translation>
        </message>
        <message>
            <source>Lang&amp;uage</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Język</translation>
        </message>
        <message>
            <source>Save t&amp;o</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz &amp;do</translation>
        </message>
        <message>
            <source>Tick at least one ward in the list, or choose a district or the whole area.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaznacz na liście co najmniej jeden okręg albo wybierz dzielnicę lub cały obszar.</translation>
        </message>
        <message>
            <source>{name} is already there and will be replaced.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Plik {name} już istnieje i zostanie zastąpiony.</translation>
        </message>
    </context>
    <context>
        <name>report_preview</name>
        <message>
            <source>The document was made, but its pages could not be read for the preview.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dokument został utworzony, ale nie udało się odczytać jego stron do podglądu.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Podgląd</translation>
        </message>
        <message>
            <source>Making the preview</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tworzenie podglądu</translation>
        </message>
        <message>
            <source>&amp;Refresh preview</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odśwież podg&amp;ląd</translation>
        </message>
        <message>
            <source>The first pages appear here in a moment.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pierwsze strony pojawią się tu za chwilę.</translation>
        </message>
        <message>
            <source>The preview could not be made; details are in the log.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie udało się utworzyć podglądu; szczegóły są w dzienniku.</translation>
        </message>
        <message numerus="yes">
            <source>The first %n page(s), as they will be saved.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>Pierwsza %n strona, tak jak zostanie zapisana.</numerusform>
                <numerusform>Pierwsze %n strony, tak jak zostaną zapisane.</numerusform>
                <numerusform>Pierwszych %n stron, tak jak zostaną zapisane.</numerusform>
            </translation>
        </message>
        <message>
            <source>Making the preview…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tworzenie podglądu…</translation>
        </message>
        <message>
            <source>No preview: {reason}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Brak podglądu: {reason}</translation>
        </message>
        <message>
            <source>Page {number}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Strona {number}</translation>
        </message>
    </context>
    <context>
        <name>server_actions</name>
        <message>
            <source>assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>zasoby</translation>
        </message>
        <message>
            <source>asset history entries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>wpisy historii zasobów</translation>
        </message>
        <message>
            <source>categories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>kategorie</translation>
        </message>
        <message>
            <source>subcategories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>podkategorie</translation>
        </message>
        <message>
            <source>ward boundaries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>granice okręgów</translation>
        </message>
        <message>
            <source>people (erased ones as empty rows)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>osoby (wymazane jako puste wiersze)</translation>
        </message>
        <message>
            <source>person history entries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>wpisy historii osób</translation>
        </message>
        <message>
            <source>people's keys</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>klucze osób</translation>
        </message>
        <message>
            <source>links between people and assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>powiązania między osobami a zasobami</translation>
        </message>
        <message>
            <source>consent events</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>zdarzenia zgody</translation>
        </message>
        <message>
            <source>erasures</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>wymazania</translation>
        </message>
        <message>
            <source>saved views</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>zapisane widoki</translation>
        </message>
        <message>
            <source>suggestions</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>propozycje</translation>
        </message>
        <message>
            <source>audit trail entries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>wpisy dziennika zmian</translation>
        </message>
        <message>
            <source>register settings</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ustawienia rejestru</translation>
        </message>
        <message>
            <source>bundles written</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>zapisane pakiety</translation>
        </message>
        <message>
            <source>{count} {what}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{what}: {count}</translation>
        </message>
        <message>
            <source>Moved onto {location}: {parts}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przeniesiono do {location}: {parts}.</translation>
        </message>
        <message>
            <source>Move to a team server</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przenieś na serwer zespołu</translation>
        </message>
        <message>
            <source>Move {register}, with all its history, people and audit trail, onto an empty team register on a PostgreSQL server. Its tables are made there if need be. The file is left as it is.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przenieś {register} z całą historią, osobami i dziennikiem zmian do pustego rejestru zespołu na serwerze PostgreSQL. W razie potrzeby zostaną tam utworzone jego tabele. Plik pozostaje bez zmian.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Adres serwera</translation>
        </message>
        <message>
            <source>Password</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Hasło</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Adres serwera:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Hasło:</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Przenieś</translation>
        </message>
        <message>
            <source>Write the server's address as {example}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wpisz adres serwera w postaci {example}.</translation>
        </message>
        <message>
            <source>Move to a &amp;team server…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przenieś na serwer &amp;zespołu…</translation>
        </message>
        <message>
            <source>Move this register, with all its history, onto an empty team register on a PostgreSQL server</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przenieś ten rejestr z całą jego historią do pustego rejestru zespołu na serwerze PostgreSQL</translation>
        </message>
        <message>
            <source>Moving to a team server</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przenoszenie na serwer zespołu</translation>
        </message>
        <message>
            <source>Moving {register} onto {server}…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przenoszenie {register} na {server}…</translation>
        </message>
        <message>
            <source>Register not moved</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie przeniesiono rejestru</translation>
        </message>
        <message>
            <source>Moved to the team server</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przeniesiono na serwer zespołu</translation>
        </message>
        <message>
            <source>The team register keeps this register's id, so bundles made from it still merge. Work in the team register from now on (File → Open team register…); keep this file as a record of how it was.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr zespołu zachowuje identyfikator tego rejestru, więc utworzone z niego pakiety nadal dają się scalać. Od teraz pracuj w rejestrze zespołu (Plik → Otwórz rejestr zespołu…); zachowaj ten plik jako zapis dawnego stanu.</translation>
        </message>
    </context>
    <context>
        <name>stale_write</name>
        <message>
            <source>Someone else changed ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ktoś inny zmienił „{name}”</translation>
        </message>
        <message>
            <source>Someone else saved a change to ‘{name}’ after you opened it, so your change has not been saved yet. Choose, field by field, which value to keep: yours, or the one now in the register. Where only one of you changed a field, that value is chosen already. Cancel to go back to your change without saving.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Po otwarciu „{name}” ktoś inny zapisał w nim zmianę, więc Twoja zmiana nie została jeszcze zapisana. Wybierz pole po polu, którą wartość zachować: swoją czy tę, która jest teraz w rejestrze. Tam, gdzie pole zmieniła tylko jedna osoba, ta wartość jest już wybrana. Anuluj, aby wrócić do swojej zmiany bez zapisywania.</translation>
        </message>
        <message>
            <source>Field</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pole</translation>
        </message>
        <message>
            <source>When you opened it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>W chwili otwarcia</translation>
        </message>
        <message>
            <source>Yours</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Twoje</translation>
        </message>
        <message>
            <source>Now in the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Teraz w rejestrze</translation>
        </message>
        <message>
            <source>Keep your value</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zachowaj swoją wartość</translation>
        </message>
        <message>
            <source>Keep the value now in the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zachowaj wartość, która jest teraz w rejestrze</translation>
        </message>
        <message>
            <source>Keep all &amp;yours</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zachowaj wszystkie &amp;swoje</translation>
        </message>
        <message>
            <source>Keep all &amp;theirs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zachowaj wszystkie &amp;ich</translation>
        </message>
        <message>
            <source>&amp;Save my choices</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Zapisz moje wybory</translation>
        </message>
        <message>
            <source>Choose yours or theirs for {fields} first</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Najpierw wybierz swoje lub ich dla: {fields}</translation>
        </message>
    </context>
    <context>
        <name>story_form</name>
        <message>
            <source>Faces in photos are your responsibility: before adding a photo in which anyone can be recognised, get their consent (a parent's or carer's for a child). Location and camera details are removed from every photo when it is saved.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Za twarze na zdjęciach odpowiadasz Ty: zanim dodasz zdjęcie, na którym ktoś jest rozpoznawalny, uzyskaj jego zgodę (w przypadku dziecka – zgodę rodzica lub opiekuna). Dane o lokalizacji i aparacie są usuwane z każdego zdjęcia przy zapisie.</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zdjęcia (*.jpg *.jpeg *.png *.webp)</translation>
        </message>
        <message>
            <source>Edit the story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Edytuj historię</translation>
        </message>
        <message>
            <source>A story of ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Historia zasobu ‘{name}’</translation>
        </message>
        <message>
            <source>Story, required</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Historia, wymagana</translation>
        </message>
        <message>
            <source>What happened, in the teller's words where you can</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Co się wydarzyło, w miarę możliwości słowami opowiadającego</translation>
        </message>
        <message>
            <source>&amp;Told on</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Opowiedziana dnia</translation>
        </message>
        <message>
            <source>Told on date</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Data opowiedzenia</translation>
        </message>
        <message>
            <source>Told by</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Opowiadający</translation>
        </message>
        <message>
            <source>&amp;Anonymous</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Anonimowo</translation>
        </message>
        <message>
            <source>Agreed to be &amp;quoted by name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zgoda na &amp;cytowanie z imienia i nazwiska</translation>
        </message>
        <message>
            <source>Without this, every output shows the teller as ‘Anonymous’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Bez tego wszystkie wyniki pokazują opowiadającego jako ‘Anonim’</translation>
        </message>
        <message>
            <source>One of the &amp;strongest stories (shown on the ward's report page)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Jedna z &amp;najmocniejszych historii (pokazywana na stronie raportu okręgu)</translation>
        </message>
        <message>
            <source>Photos</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zdjęcia</translation>
        </message>
        <message>
            <source>Add &amp;photo…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj &amp;zdjęcie…</translation>
        </message>
        <message>
            <source>Add photo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj zdjęcie</translation>
        </message>
        <message>
            <source>&amp;Describe photo…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Opisz zdjęcie…</translation>
        </message>
        <message>
            <source>Describe photo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Opisz zdjęcie</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń zdjęcie</translation>
        </message>
        <message>
            <source>Stor&amp;y *</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Historia *</translation>
        </message>
        <message>
            <source>Told &amp;by</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Opo&amp;wiadający</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz</translation>
        </message>
        <message>
            <source>Add a photo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj zdjęcie</translation>
        </message>
        <message>
            <source>The photo {path} could not be read ({reason}); choose another file.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie udało się odczytać zdjęcia {path} ({reason}); wybierz inny plik.</translation>
        </message>
        <message>
            <source>Describe the photo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Opisz zdjęcie</translation>
        </message>
        <message>
            <source>Alternative text (required): what the photo shows, for people who cannot see it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tekst alternatywny (wymagany): co przedstawia zdjęcie, dla osób, które go nie widzą.</translation>
        </message>
        <message>
            <source>The photo {name} was not added: it needs alternative text saying what it shows. Add it again and describe it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie dodano zdjęcia {name}: potrzebuje tekstu alternatywnego mówiącego, co przedstawia. Dodaj je ponownie i opisz.</translation>
        </message>
        <message>
            <source>Alternative text (required):</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tekst alternatywny (wymagany):</translation>
        </message>
        <message>
            <source>Write the story before saving it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Napisz historię przed zapisaniem.</translation>
        </message>
        <message>
            <source>Stories of this asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Historie tego zasobu</translation>
        </message>
        <message>
            <source>Add stor&amp;y…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj &amp;historię…</translation>
        </message>
        <message>
            <source>Add story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj historię</translation>
        </message>
        <message>
            <source>Edit story…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Edytuj historię…</translation>
        </message>
        <message>
            <source>Edit story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Edytuj historię</translation>
        </message>
        <message>
            <source>Remove story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń historię</translation>
        </message>
        <message>
            <source>“{text}” — {teller}, {day}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>„{text}” — {teller}, {day}</translation>
        </message>
        <message>
            <source>“{text}” — {teller}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>„{text}” — {teller}</translation>
        </message>
        <message>
            <source>No stories yet: Add story… records what happened here, in people's words.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Brak historii: „Dodaj historię…” zapisuje, co się tu wydarzyło, słowami ludzi.</translation>
        </message>
        <message>
            <source>Tell a story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Opowiedz historię</translation>
        </message>
        <message>
            <source>Edit a story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Edytuj historię</translation>
        </message>
    </context>
    <context>
        <name>subject_access</name>
        <message>
            <source>A subject access copy is a zip file: give a name ending in .zip, not {name}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kopia danych dla osoby, której dane dotyczą, jest plikiem zip: podaj nazwę kończącą się na .zip, a nie {name}.</translation>
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
        <name>team_actions</name>
        <message>
            <source>Cannot open the team register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie można otworzyć rejestru zespołu</translation>
        </message>
        <message>
            <source>Open &amp;team register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz rejestr &amp;zespołu…</translation>
        </message>
        <message>
            <source>Open a register kept on a PostgreSQL server, with your own login</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz rejestr przechowywany na serwerze PostgreSQL, używając własnego loginu</translation>
        </message>
        <message>
            <source>&amp;Users…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Użytkownicy…</translation>
        </message>
        <message>
            <source>Who may log in to this team register, with which role (coordinators)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kto może logować się do tego rejestru zespołu i w jakiej roli (koordynatorzy)</translation>
        </message>
        <message>
            <source>&amp;Recent team registers</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Ostatnie rejestry zespołu</translation>
        </message>
        <message>
            <source>{database} on {host} as {user}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{database} na {host} jako {user}</translation>
        </message>
        <message>
            <source>No team registers yet</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Brak rejestrów zespołu</translation>
        </message>
        <message>
            <source>Users</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Użytkownicy</translation>
        </message>
        <message>
            <source>A register file has no users of its own: users and roles belong to a team register on a server (File → Open team register…).</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Plik rejestru nie ma własnych użytkowników: użytkownicy i role należą do rejestru zespołu na serwerze (Plik → Otwórz rejestr zespołu…).</translation>
        </message>
        <message>
            <source>the register {database} on {host}:{port}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>rejestru {database} na {host}:{port}</translation>
        </message>
    </context>
    <context>
        <name>team_login_dialog</name>
        <message>
            <source>Open team register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwórz rejestr zespołu</translation>
        </message>
        <message>
            <source>A team register is kept on a PostgreSQL server. Enter its details and your own login: what you see and may change depends on your role there.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr zespołu jest przechowywany na serwerze PostgreSQL. Podaj jego dane i własny login: to, co widzisz i możesz zmieniać, zależy od Twojej roli.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Serwer:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Baza danych:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Użytkownik:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Hasło:</translation>
        </message>
        <message>
            <source>&amp;Remember the password on this computer (kept in the system keyring)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Zapamiętaj hasło na tym komputerze (w systemowym pęku kluczy)</translation>
        </message>
        <message>
            <source>&amp;Encryption (sslmode):</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Szyfrowanie (sslmode):</translation>
        </message>
        <message>
            <source>root.crt from whoever runs the server</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>root.crt od osoby, która prowadzi serwer</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Wybierz…</translation>
        </message>
        <message>
            <source>Root &amp;certificate:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Certyfikat główny:</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Testuj połączenie</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Otwórz</translation>
        </message>
        <message>
            <source>Root certificate of the server</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Certyfikat główny serwera</translation>
        </message>
        <message>
            <source>Certificates (*.crt *.pem);;All files (*)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Certyfikaty (*.crt *.pem);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Connected: {user} is a {role} in {where}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Połączono: {user} ma rolę „{role}” w {where}.</translation>
        </message>
        <message>
            <source>This computer has no keyring to keep the password in: it will be asked each time.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ten komputer nie ma pęku kluczy do przechowania hasła: będzie ono pytane za każdym razem.</translation>
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
        <name>users_dialog</name>
        <message>
            <source>Add a user</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodaj użytkownika</translation>
        </message>
        <message>
            <source>&amp;Login name:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Nazwa logowania:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Rola:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Hasło:</translation>
        </message>
        <message>
            <source>The same &amp;again:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Powtórz hasło:</translation>
        </message>
        <message>
            <source>Give the password to the person in person, not by email. They log in with it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przekaż hasło tej osobie osobiście, nie e-mailem. Będzie się nim logować.</translation>
        </message>
        <message>
            <source>Give the login a name.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nadaj loginowi nazwę.</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Oba hasła nie są takie same.</translation>
        </message>
        <message>
            <source>A password needs at least {count} characters.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Hasło musi mieć co najmniej {count} znaków.</translation>
        </message>
        <message>
            <source>A password may not start or end with a space.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Hasło nie może zaczynać się ani kończyć spacją.</translation>
        </message>
        <message>
            <source>Users of the team register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Użytkownicy rejestru zespołu</translation>
        </message>
        <message>
            <source>Who may log in to {where}, and with which role.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kto może logować się do {where} i w jakiej roli.</translation>
        </message>
        <message>
            <source>Users and their roles</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Użytkownicy i ich role</translation>
        </message>
        <message>
            <source>Login</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Login</translation>
        </message>
        <message>
            <source>Role</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rola</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Dodaj…</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zmień &amp;rolę…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <source>Users not shown</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie wyświetlono użytkowników</translation>
        </message>
        <message>
            <source>User not added</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie dodano użytkownika</translation>
        </message>
        <message>
            <source>Role not changed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie zmieniono roli</translation>
        </message>
        <message>
            <source>User not removed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie usunięto użytkownika</translation>
        </message>
        <message>
            <source>Change role</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zmień rolę</translation>
        </message>
        <message>
            <source>The role of {login}:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rola użytkownika {login}:</translation>
        </message>
        <message>
            <source>Remove a user</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń użytkownika</translation>
        </message>
        <message>
            <source>Take {login} off the register? They will no longer be able to log in to it. What they recorded stays; their private records are then seen by coordinators only.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usunąć użytkownika {login} z rejestru? Nie będzie mógł się już do niego logować. To, co zapisał, zostaje; jego prywatne wpisy będą wtedy widoczne tylko dla koordynatorów.</translation>
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
        <name>views_panel</name>
        <message>
            <source>No saved views yet. Set up the map as you want to show it (area, layer, filters), then press Save current view…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie ma jeszcze zapisanych widoków. Ustaw mapę tak, jak chcesz ją pokazać (obszar, warstwa, filtry), a następnie naciśnij Zapisz bieżący widok…</translation>
        </message>
        <message>
            <source>Save view “{title}”</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz widok „{title}”</translation>
        </message>
        <message>
            <source>Change view “{title}”</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zmień widok „{title}”</translation>
        </message>
        <message>
            <source>Remove view “{title}”</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń widok „{title}”</translation>
        </message>
        <message>
            <source>Move view “{title}”</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przesuń widok „{title}”</translation>
        </message>
        <message>
            <source>What this view shows, in a few words</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Co pokazuje ten widok, w kilku słowach</translation>
        </message>
        <message>
            <source>A short note for the meeting and the handout (optional)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Krótka notatka na spotkanie i do materiałów (opcjonalnie)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Tytuł</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;Notatka</translation>
        </message>
        <message>
            <source>Title</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tytuł</translation>
        </message>
        <message>
            <source>Note</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>Give the view a title: a few words that say what it shows.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nadaj widokowi tytuł: kilka słów mówiących, co pokazuje.</translation>
        </message>
        <message>
            <source>The note is {length} characters long; shorten it to {most} at most.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Notatka ma {length} znaków; skróć ją do najwyżej {most}.</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisane widoki</translation>
        </message>
        <message>
            <source>The views in the order they are shown. Enter shows one; drag, or Ctrl+Up and Ctrl+Down, to reorder.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Widoki w kolejności, w jakiej są pokazywane. Enter pokazuje widok; przeciągnij lub użyj Ctrl+Up i Ctrl+Down, aby zmienić kolejność.</translation>
        </message>
        <message>
            <source>Save current view…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz bieżący widok…</translation>
        </message>
        <message>
            <source>Keep what the map shows now</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zachowaj to, co mapa pokazuje teraz</translation>
        </message>
        <message>
            <source>Show</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż</translation>
        </message>
        <message>
            <source>Show the chosen view (Enter)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż wybrany widok (Enter)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Edytuj…</translation>
        </message>
        <message>
            <source>Change the view's title and note</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zmień tytuł i notatkę widoku</translation>
        </message>
        <message>
            <source>Remove</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Take the view off the list</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usuń widok z listy</translation>
        </message>
        <message>
            <source>Update to the map now</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaktualizuj do bieżącej mapy</translation>
        </message>
        <message>
            <source>Keep what the map shows now (area, layer, filters) in the chosen view, with its title and note</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zachowaj w wybranym widoku to, co mapa pokazuje teraz (obszar, warstwa, filtry), z jego tytułem i notatką</translation>
        </message>
        <message>
            <source>Move up</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przesuń w górę</translation>
        </message>
        <message>
            <source>Show it earlier (Ctrl+Up)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż go wcześniej (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przesuń w dół</translation>
        </message>
        <message>
            <source>Show it later (Ctrl+Down)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokaż go później (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Handout PDF…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Materiały PDF…</translation>
        </message>
        <message>
            <source>One page per view, with its note, for the room</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Jedna strona na widok, z notatką, dla uczestników</translation>
        </message>
        <message>
            <source>Abundance</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Obfitość</translation>
        </message>
        <message>
            <source>Assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasoby</translation>
        </message>
        <message>
            <source>AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap</translation>
        </message>
        <message>
            <source>Showing saved view: {title}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokazywany zapisany widok: {title}</translation>
        </message>
        <message>
            <source>There are no saved views to step through.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nie ma zapisanych widoków do przeglądania.</translation>
        </message>
        <message>
            <source>This is the last saved view.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>To jest ostatni zapisany widok.</translation>
        </message>
        <message>
            <source>This is the first saved view.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>To jest pierwszy zapisany widok.</translation>
        </message>
        <message>
            <source>Save current view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz bieżący widok</translation>
        </message>
        <message>
            <source>Saved view: {title}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisano widok: {title}</translation>
        </message>
        <message>
            <source>Change saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zmień zapisany widok</translation>
        </message>
        <message>
            <source>Updated view “{title}” to the map now.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaktualizowano widok „{title}” do bieżącej mapy.</translation>
        </message>
        <message>
            <source>Removed view “{title}”. Undo with Ctrl+Z.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usunięto widok „{title}”. Cofnij za pomocą Ctrl+Z.</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisz materiały</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dokument PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Handout</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Materiał dla uczestników</translation>
        </message>
        <message>
            <source>Writing the handout…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisywanie materiałów…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written to {path}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Anulowano: nic nie zostało zapisane w {path}.</translation>
        </message>
        <message>
            <source>Handout written to {path}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Materiały zapisano w {path}</translation>
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
        <message>
            <source>No consent in force</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Brak obowiązującej zgody</translation>
        </message>
        <message>
            <source>Kept in the register only</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przechowywane tylko w rejestrze</translation>
        </message>
        <message>
            <source>Shared with named partner organisations</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Udostępniane wskazanym organizacjom partnerskim</translation>
        </message>
        <message>
            <source>Shown on public maps and reports (not named)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pokazywane na publicznych mapach i w raportach (bez nazwiska)</translation>
        </message>
        <message>
            <source>Named in reports as a connector</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wymieniane w raportach z nazwiska jako łącznik</translation>
        </message>
        <message>
            <source>Consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zgoda</translation>
        </message>
        <message>
            <source>Contract</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Umowa</translation>
        </message>
        <message>
            <source>Legal obligation</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Obowiązek prawny</translation>
        </message>
        <message>
            <source>Vital interests</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Żywotne interesy</translation>
        </message>
        <message>
            <source>Public task</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zadanie publiczne</translation>
        </message>
        <message>
            <source>Legitimate interests</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Prawnie uzasadnione interesy</translation>
        </message>
        <message>
            <source>Spoken, at an event or visit</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Ustnie, podczas wydarzenia lub wizyty</translation>
        </message>
        <message>
            <source>Paper form</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Formularz papierowy</translation>
        </message>
        <message>
            <source>Email</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Online form</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Formularz internetowy</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rozmowa telefoniczna</translation>
        </message>
        <message>
            <source>Needs consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wymaga zgody</translation>
        </message>
        <message>
            <source>Phone</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>In person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Osobiście</translation>
        </message>
        <message>
            <source>Through someone they know</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przez kogoś znajomego</translation>
        </message>
        <message>
            <source>Coordinator: everything, and manages users</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Koordynator: wszystko, a także zarządza użytkownikami</translation>
        </message>
        <message>
            <source>Worker: public and partners assets, their own private ones, people they recorded</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pracownik: zasoby publiczne i partnerskie, własne zasoby prywatne, osoby przez siebie zapisane</translation>
        </message>
        <message>
            <source>Viewer: public assets and aggregate figures only</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przeglądający: tylko zasoby publiczne i dane zbiorcze</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>koordynator</translation>
        </message>
        <message>
            <source>worker</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>pracownik</translation>
        </message>
        <message>
            <source>viewer</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>przeglądający</translation>
        </message>
        <message>
            <source>No encryption (only on a network you trust)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Bez szyfrowania (tylko w sieci, której ufasz)</translation>
        </message>
        <message>
            <source>Encrypted if the server offers it (the default)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Szyfrowane, jeśli serwer to oferuje (domyślnie)</translation>
        </message>
        <message>
            <source>Always encrypted, the server's certificate not checked</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zawsze szyfrowane, bez sprawdzania certyfikatu serwera</translation>
        </message>
        <message>
            <source>Always encrypted, the certificate checked against a root certificate</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zawsze szyfrowane, certyfikat sprawdzany względem certyfikatu głównego</translation>
        </message>
        <message>
            <source>Always encrypted, the certificate and the server's name checked</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zawsze szyfrowane, sprawdzane są certyfikat i nazwa serwera</translation>
        </message>
        <message>
            <source>Added</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dodano</translation>
        </message>
        <message>
            <source>Changed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zmieniono</translation>
        </message>
        <message>
            <source>Removed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usunięto</translation>
        </message>
        <message>
            <source>Restored</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przywrócono</translation>
        </message>
        <message>
            <source>Undid adding</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Cofnięto dodanie</translation>
        </message>
        <message>
            <source>Imported</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaimportowano</translation>
        </message>
        <message>
            <source>Merged in</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Scalono</translation>
        </message>
        <message>
            <source>Changed ward boundaries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zmieniono granice okręgów</translation>
        </message>
        <message>
            <source>Changed subcategories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zmieniono podkategorie</translation>
        </message>
        <message>
            <source>Recorded consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisano zgodę</translation>
        </message>
        <message>
            <source>Recorded withdrawal</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisano wycofanie zgody</translation>
        </message>
        <message>
            <source>Linked</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiązano</translation>
        </message>
        <message>
            <source>Unlinked</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Usunięto powiązanie</translation>
        </message>
        <message>
            <source>Exported a subject access copy</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wyeksportowano kopię dla wniosku o dostęp do danych</translation>
        </message>
        <message>
            <source>Erased</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wymazano</translation>
        </message>
        <message>
            <source>Encrypted</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaszyfrowano</translation>
        </message>
        <message>
            <source>Made a separate register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Utworzono osobny rejestr</translation>
        </message>
        <message>
            <source>Wrote a bundle</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisano pakiet</translation>
        </message>
        <message>
            <source>Reordered</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zmieniono kolejność</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zaproponowano</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przyjęto</translation>
        </message>
        <message>
            <source>Discarded</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Odrzucono</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Otwarto ponownie</translation>
        </message>
        <message>
            <source>Moved onto the team server</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Przeniesiono na serwer zespołu</translation>
        </message>
        <message>
            <source>Took an offline copy</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Pobrano kopię offline</translation>
        </message>
        <message>
            <source>Synced with the team register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zsynchronizowano z rejestrem zespołu</translation>
        </message>
        <message>
            <source>Asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zasób</translation>
        </message>
        <message>
            <source>Person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Osoba</translation>
        </message>
        <message>
            <source>Ward boundaries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Granice okręgów</translation>
        </message>
        <message>
            <source>Category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rejestr</translation>
        </message>
        <message>
            <source>Saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisany widok</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Propozycja</translation>
        </message>
        <message>
            <source>Link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Powiązanie</translation>
        </message>
        <message>
            <source>Kind of link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Rodzaj powiązania</translation>
        </message>
        <message>
            <source>Story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Photo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zdjęcie</translation>
        </message>
        <message>
            <source>Login to a team register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Login do rejestru zespołu</translation>
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
            <source>Public</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Publiczny</translation>
        </message>
        <message>
            <source>Partners</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Partnerzy</translation>
        </message>
        <message>
            <source>Private</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Prywatny</translation>
        </message>
        <message>
            <source>CSV (.csv)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>CSV (.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Skoroszyt Excel (.xlsx)</translation>
        </message>
        <message>
            <source>GeoJSON (.geojson)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>GeoJSON (.geojson)</translation>
        </message>
        <message>
            <source>GeoPackage with ward counts (.gpkg)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>GeoPackage z liczbami dla okręgów (.gpkg)</translation>
        </message>
        <message>
            <source>KML for Google Earth (.kml)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>KML dla Google Earth (.kml)</translation>
        </message>
        <message>
            <source>Open Referral UK, JSON (.json)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Open Referral UK, JSON (.json)</translation>
        </message>
        <message>
            <source>Open Referral UK, tabular data package (.zip)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Open Referral UK, pakiet danych tabelarycznych (.zip)</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Subcategory</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Podkategoria</translation>
        </message>
        <message>
            <source>Tags</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Tagi</translation>
        </message>
        <message>
            <source>Description</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Opis</translation>
        </message>
        <message>
            <source>Address</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kod pocztowy</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Osoba kontaktowa</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Telefon kontaktowy</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>E-mail kontaktowy</translation>
        </message>
        <message>
            <source>Website</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Strona internetowa</translation>
        </message>
        <message>
            <source>Opening times</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Godziny otwarcia</translation>
        </message>
        <message>
            <source>Audience</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dla kogo</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Dostępność</translation>
        </message>
        <message>
            <source>Cost</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Koszt</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Widoczność</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zapisane przez</translation>
        </message>
        <message>
            <source>Review due</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Termin przeglądu</translation>
        </message>
        <message>
            <source>Id</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Identyfikator</translation>
        </message>
        <message>
            <source>No location</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Bez lokalizacji</translation>
        </message>
        <message>
            <source>Longitude and latitude (WGS84)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Długość i szerokość geograficzna (WGS84)</translation>
        </message>
        <message>
            <source>Easting and northing (British National Grid)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Współrzędne wschodnia i północna (British National Grid)</translation>
        </message>
        <message>
            <source>A geometry column (WKT text)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kolumna z geometrią (tekst WKT)</translation>
        </message>
        <message>
            <source>The layer's own shapes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Własne kształty warstwy</translation>
        </message>
        <message>
            <source>error</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>błąd</translation>
        </message>
        <message>
            <source>warning</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ostrzeżenie</translation>
        </message>
        <message>
            <source>Ward code</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kod okręgu</translation>
        </message>
        <message>
            <source>Ward name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nazwa okręgu</translation>
        </message>
        <message>
            <source>District code</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kod dystryktu</translation>
        </message>
        <message>
            <source>District name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Nazwa dystryktu</translation>
        </message>
        <message>
            <source>Population</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Liczba ludności</translation>
        </message>
        <message>
            <source>Quantiles (equal numbers of wards per class)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Kwantyle (równa liczba okręgów w każdej klasie)</translation>
        </message>
        <message>
            <source>Natural breaks (Fisher–Jenks)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Naturalne przedziały (Fisher–Jenks)</translation>
        </message>
        <message>
            <source>Equal intervals</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Równe przedziały</translation>
        </message>
        <message>
            <source>Contains partner-only information</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Zawiera informacje tylko dla partnerów</translation>
        </message>
        <message>
            <source>public assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>zasoby publiczne</translation>
        </message>
        <message>
            <source>public and partner-only assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>zasoby publiczne i tylko dla partnerów</translation>
        </message>
        <message>
            <source>all categories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>wszystkie kategorie</translation>
        </message>
    </context>
    <context>
        <name>ward_picker</name>
        <message>
            <source>Type part of a ward's or district's name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wpisz część nazwy okręgu lub dzielnicy</translation>
        </message>
        <message>
            <source>Find a ward</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Wyszukaj okręg</translation>
        </message>
        <message>
            <source>Wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>Okręgi</translation>
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
