<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- AssetMap's window in Urdu. Draft translation: Awaiting review by a native speaker. Made with installer/translations.py. -->
<TS version="2.1" language="ur" sourcelanguage="en">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹھیک ہے</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ کریں</translation>
        </message>
        <message>
            <source>Save All</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>سب محفوظ کریں</translation>
        </message>
        <message>
            <source>Open</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کھولیں</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ہاں</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;سب کے لیے ہاں</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;نہیں</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>س&amp;ب کے لیے نہیں</translation>
        </message>
        <message>
            <source>Abort</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ختم کریں</translation>
        </message>
        <message>
            <source>Retry</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دوبارہ کوشش کریں</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نظر انداز کریں</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Discard</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رد کریں</translation>
        </message>
        <message>
            <source>Help</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مدد</translation>
        </message>
        <message>
            <source>Apply</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>لاگو کریں</translation>
        </message>
        <message>
            <source>Reset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دوبارہ ترتیب دیں</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>طے شدہ بحال کریں</translation>
        </message>
        <message>
            <source>&amp;OK</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ٹھیک ہے</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;منسوخ کریں</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;بند کریں</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;محفوظ کریں</translation>
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <source>AssetMap keeps an offline register of a place's community assets (Greater Manchester's wards are bundled; a team elsewhere imports its own) — people's gifts and skills, associations, institutions, physical spaces, the local economy, and culture and stories — and shows them on the ward map. It follows asset-based community development: start from what a community already has, not from what it lacks.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap کسی جگہ کے کمیونٹی اثاثوں کا آف لائن رجسٹر رکھتا ہے (گریٹر مانچسٹر کے وارڈ ساتھ شامل ہیں؛ کسی اور جگہ کی ٹیم اپنے وارڈ خود درآمد کرتی ہے) — لوگوں کے تحفے اور ہنر، انجمنیں، ادارے، جسمانی جگہیں، مقامی معیشت، اور ثقافت اور کہانیاں — اور انہیں وارڈ کے نقشے پر دکھاتا ہے۔ یہ اثاثوں پر مبنی کمیونٹی ترقی کے اصول پر چلتا ہے: اس سے شروع کریں جو کمیونٹی کے پاس پہلے سے ہے، نہ کہ اس سے جس کی کمی ہے۔</translation>
        </message>
        <message>
            <source>Licence: {licence}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>لائسنس: {licence}</translation>
        </message>
        <message>
            <source>Translations</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ترجمے</translation>
        </message>
        <message>
            <source>These translations await review by a native speaker: {languages}. Corrections are welcome; the English wording is the reference.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ ترجمے ابھی کسی اہلِ زبان کے جائزے کے منتظر ہیں: {languages}۔ تصحیحات کا خیرمقدم ہے؛ انگریزی عبارت ہی معیار ہے۔</translation>
        </message>
        <message>
            <source>This register's wards: {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس رجسٹر کے وارڈ: {name}</translation>
        </message>
        <message>
            <source>Imported from {source} by the register's team; credit its publisher as its licence requires.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کی ٹیم نے {source} سے درآمد کیے؛ اس کے ناشر کا حوالہ ویسے دیں جیسے اس کا لائسنس تقاضا کرتا ہے۔</translation>
        </message>
        <message>
            <source>a file</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ایک فائل</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ڈیٹا کے ذرائع</translation>
        </message>
        <message>
            <source>About AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap کے بارے میں</translation>
        </message>
        <message>
            <source>AssetMap version {version}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap ورژن {version}</translation>
        </message>
        <message>
            <source>About AssetMap and its data sources</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap اور اس کے ڈیٹا کے ذرائع کے بارے میں</translation>
        </message>
    </context>
    <context>
        <name>abundance_panel</name>
        <message>
            <source>All of {area}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پورا {area}</translation>
        </message>
        <message>
            <source>Public assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عوامی اثاثے</translation>
        </message>
        <message>
            <source>Public and partner-only assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عوامی اور صرف شراکت داروں کے اثاثے</translation>
        </message>
        <message>
            <source>Nothing is counted yet for these choices. Add assets to the register, or choose more categories, another area or the partners tier.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ان انتخابات کے لیے ابھی کچھ گنا نہیں گیا۔ رجسٹر میں اثاثے شامل کریں، یا مزید زمرے، کوئی اور علاقہ یا شراکت داروں کا درجہ منتخب کریں۔</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln ward(s) of {area}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>{area} کے %Ln وارڈ میں</numerusform>
                <numerusform>{area} کے %Ln وارڈز میں</numerusform>
            </translation>
        </message>
        <message>
            <source>{total} assets counted {where}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{where} {total} اثاثے گنے گئے۔</translation>
        </message>
        <message>
            <source>some wards have fewer than 5, so their number is withheld to protect individuals</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کچھ وارڈز میں 5 سے کم ہیں، اس لیے افراد کے تحفظ کے لیے ان کی تعداد روک لی گئی ہے</translation>
        </message>
        <message>
            <source>People's gifts and skills counted {where}; {reason}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{where} لوگوں کے تحفے اور ہنر گنے گئے؛ {reason}۔</translation>
        </message>
        <message>
            <source>{total} places and groups counted {where}; people's gifts and skills are left out of this total because {reason}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{where} {total} جگہیں اور گروپ گنے گئے؛ لوگوں کے تحفے اور ہنر اس کل میں شامل نہیں کیونکہ {reason}۔</translation>
        </message>
        <message>
            <source>A&amp;ssets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;اثاثے</translation>
        </message>
        <message>
            <source>A&amp;bundance</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;فراوانی</translation>
        </message>
        <message>
            <source>Show the assets on the map, by category (Alt+S)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشے پر اثاثے زمرے کے لحاظ سے دکھائیں (Alt+ا)</translation>
        </message>
        <message>
            <source>Show the abundance map: the chosen measure by ward (Alt+B)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فراوانی کا نقشہ دکھائیں: منتخب پیمانہ وارڈ کے لحاظ سے (Alt+ف)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پیمانہ</translation>
        </message>
        <message>
            <source> m</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation> میٹر</translation>
        </message>
        <message>
            <source>Walking distance for reach</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رسائی کے لیے پیدل فاصلہ</translation>
        </message>
        <message>
            <source>Area</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>علاقہ</translation>
        </message>
        <message>
            <source>Assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے</translation>
        </message>
        <message>
            <source>Classes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>درجے</translation>
        </message>
        <message>
            <source>Number of classes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>درجوں کی تعداد</translation>
        </message>
        <message>
            <source>Categories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>زمرے</translation>
        </message>
        <message>
            <source>Show on map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشے پر دکھائیں</translation>
        </message>
        <message>
            <source>Walking distance</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پیدل فاصلہ</translation>
        </message>
        <message>
            <source>The figures could not be worked out; details are in the log.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اعداد و شمار نکالے نہیں جا سکے؛ تفصیلات لاگ میں ہیں۔</translation>
        </message>
        <message>
            <source>Residents: {note}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رہائشی: {note}۔</translation>
        </message>
        <message>
            <source>Straight-line distance from each postcode's centre to the nearest asset.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہر پوسٹ کوڈ کے مرکز سے قریب ترین اثاثے تک سیدھا فاصلہ۔</translation>
        </message>
        <message>
            <source>Links among the counted assets, and from people who agreed to this tier.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>گنے گئے اثاثوں کے درمیان روابط، اور ان لوگوں کے روابط جنہوں نے اس درجے پر رضامندی دی۔</translation>
        </message>
        <message>
            <source>Associations linked to the ward's physical spaces.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کی طبعی جگہوں سے منسلک انجمنیں۔</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Register in a shared folder</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مشترکہ فولڈر میں رجسٹر</translation>
        </message>
        <message>
            <source>Register damaged</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر خراب ہے</translation>
        </message>
        <message>
            <source>Restore the newest backup now?</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>سب سے نیا بیک اپ ابھی بحال کریں؟</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بیک اپ بحال ہو گیا</translation>
        </message>
        <message>
            <source>The register was restored from {backup}.
The damaged file was kept as {kept}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر {backup} سے بحال کر دیا گیا۔
خراب فائل {kept} کے نام سے رکھ لی گئی۔</translation>
        </message>
        <message>
            <source>Register from a newer AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap کے نئے ورژن کا رجسٹر</translation>
        </message>
        <message>
            <source>Cannot open the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر نہیں کھل سکا</translation>
        </message>
        <message>
            <source>Register not found</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر نہیں ملا</translation>
        </message>
        <message>
            <source>The register {path} is not there any more: it may have been moved, renamed or deleted, or be on a drive that is not connected. Connect the drive, or open the register where it is now with File → Open register….</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر {path} اب وہاں نہیں ہے: ہو سکتا ہے اسے منتقل کیا گیا ہو، نام بدلا گیا ہو یا حذف کیا گیا ہو، یا وہ کسی ایسی ڈرائیو پر ہو جو منسلک نہیں۔ ڈرائیو منسلک کریں، یا رجسٹر جہاں اب ہے وہاں سے فائل ← رجسٹر کھولیں… کے ذریعے کھولیں۔</translation>
        </message>
        <message>
            <source>Not an AssetMap register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ AssetMap رجسٹر نہیں ہے</translation>
        </message>
        <message>
            <source>Register already open</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر پہلے سے کھلا ہے</translation>
        </message>
        <message>
            <source>Cannot set up the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر تیار نہیں ہو سکا</translation>
        </message>
    </context>
    <context>
        <name>appearance</name>
        <message>
            <source>&amp;System</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;سسٹم</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ہلکا</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;گہرا</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;زیادہ تضاد</translation>
        </message>
        <message>
            <source>Error</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>خرابی</translation>
        </message>
        <message>
            <source>Colours for the whole app and the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پوری ایپ اور نقشے کے رنگ</translation>
        </message>
    </context>
    <context>
        <name>asset_form</name>
        <message>
            <source>Free</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مفت</translation>
        </message>
        <message>
            <source>Low cost</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کم قیمت</translation>
        </message>
        <message>
            <source>Paid</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ادا شدہ</translation>
        </message>
        <message>
            <source>Public</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عوامی</translation>
        </message>
        <message>
            <source>Anyone may see it: on shared maps, reports and exports.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی بھی اسے دیکھ سکتا ہے: مشترکہ نقشوں، رپورٹوں اور برآمدات میں۔</translation>
        </message>
        <message>
            <source>Partners</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شراکت دار</translation>
        </message>
        <message>
            <source>Shared with partner organisations only; left out of public maps and exports.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف شراکت دار تنظیموں کے ساتھ مشترک؛ عوامی نقشوں اور برآمدات سے باہر۔</translation>
        </message>
        <message>
            <source>Private</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نجی</translation>
        </message>
        <message>
            <source>Kept in this register only: never on shared maps or in exports.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف اس رجسٹر میں رکھا جاتا ہے: کبھی مشترکہ نقشوں یا برآمدات میں نہیں۔</translation>
        </message>
        <message>
            <source>Active</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فعال</translation>
        </message>
        <message>
            <source>Draft</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مسودہ</translation>
        </message>
        <message>
            <source>Closed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بند</translation>
        </message>
        <message>
            <source>{label}, required</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{label}، لازمی</translation>
        </message>
        <message>
            <source>Edit ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{name}’ میں ترمیم</translation>
        </message>
        <message>
            <source>Add an asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثہ شامل کریں</translation>
        </message>
        <message>
            <source>Comma separated, e.g. youth, outdoors, free</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کاما سے الگ، مثلاً نوجوان، کھلی فضا، مفت</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;تلاش کریں</translation>
        </message>
        <message>
            <source>Look the postcode up in the bundled Greater Manchester postcode list</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پوسٹ کوڈ کو گریٹر مانچسٹر کی ساتھ دی گئی پوسٹ کوڈ فہرست میں تلاش کریں</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مثلاً {example}</translation>
        </message>
        <message>
            <source>e.g. Tuesdays 10–12, term time</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مثلاً منگل 10–12، تعلیمی مدت میں</translation>
        </message>
        <message>
            <source>e.g. everyone, families, over-50s</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مثلاً سب کے لیے، خاندان، 50 سال سے زائد</translation>
        </message>
        <message>
            <source>e.g. step-free entrance, hearing loop</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مثلاً سیڑھیوں کے بغیر داخلہ، ہیئرنگ لوپ</translation>
        </message>
        <message>
            <source>&amp;Review due</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;جائزہ واجب</translation>
        </message>
        <message>
            <source>What it is</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ کیا ہے</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;نام *</translation>
        </message>
        <message>
            <source>&amp;Category *</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;زمرہ *</translation>
        </message>
        <message>
            <source>Su&amp;bcategory</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ذیلی زمرہ</translation>
        </message>
        <message>
            <source>&amp;Tags</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ٹیگ</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;تفصیل</translation>
        </message>
        <message>
            <source>Where it is</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ کہاں ہے</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;پتا</translation>
        </message>
        <message>
            <source>&amp;Postcode</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;پوسٹ کوڈ</translation>
        </message>
        <message>
            <source>Lon&amp;gitude</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;طول بلد</translation>
        </message>
        <message>
            <source>&amp;Latitude</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;عرض بلد</translation>
        </message>
        <message>
            <source>Contact</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رابطہ</translation>
        </message>
        <message>
            <source>Contact na&amp;me</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رابطے کا &amp;نام</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;فون</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ای میل</translation>
        </message>
        <message>
            <source>Web&amp;site</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ویب سائٹ</translation>
        </message>
        <message>
            <source>Taking part</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شرکت</translation>
        </message>
        <message>
            <source>When &amp;it happens or opens</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ &amp;کب ہوتا یا کھلتا ہے</translation>
        </message>
        <message>
            <source>&amp;Who it is for</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ &amp;کس کے لیے ہے</translation>
        </message>
        <message>
            <source>Accessibilit&amp;y</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;رسائی</translation>
        </message>
        <message>
            <source>C&amp;ost</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;لاگت</translation>
        </message>
        <message>
            <source>Record</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ریکارڈ</translation>
        </message>
        <message>
            <source>&amp;Visibility</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;مرئیت</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;حیثیت</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ کریں</translation>
        </message>
        <message>
            <source>Add</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شامل کریں</translation>
        </message>
        <message>
            <source>{label} date</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{label} کی تاریخ</translation>
        </message>
        <message>
            <source>People</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>لوگ</translation>
        </message>
        <message>
            <source>People linked to this asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس اثاثے سے منسلک لوگ</translation>
        </message>
        <message>
            <source>their gift or skill</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ان کا تحفہ یا ہنر</translation>
        </message>
        <message>
            <source>{name} ({how})</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} ({how})</translation>
        </message>
        <message>
            <source>No one is linked yet: link people from People → People….</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ابھی کوئی منسلک نہیں: لوگ ← لوگ… سے لوگوں کو منسلک کریں۔</translation>
        </message>
        <message>
            <source>Open &amp;person…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;شخص کھولیں…</translation>
        </message>
        <message>
            <source>Open person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شخص کھولیں</translation>
        </message>
        <message>
            <source>Lin&amp;ked people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;منسلک لوگ</translation>
        </message>
        <message>
            <source>Ward: {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ: {name}</translation>
        </message>
        <message>
            <source>This doesn't look like a UK postcode (like M1 1AD).</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ برطانیہ کا پوسٹ کوڈ نہیں لگتا (جیسے M1 1AD)۔</translation>
        </message>
        <message>
            <source>Set the location on the map, or type the longitude and latitude.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشے پر مقام طے کریں، یا طول بلد اور عرض بلد لکھیں۔</translation>
        </message>
    </context>
    <context>
        <name>asset_table</name>
        <message>
            <source>Outside the wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈوں سے باہر</translation>
        </message>
        <message>
            <source>No location</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی مقام نہیں</translation>
        </message>
        <message>
            <source>This asset's location lies outside every ward on the map, so it is left out of ward counts. Check its postcode or move it on the map.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس اثاثے کا مقام نقشے پر ہر وارڈ سے باہر ہے، اس لیے یہ وارڈ کی گنتی میں شامل نہیں۔ اس کا پوسٹ کوڈ جانچیں یا اسے نقشے پر منتقل کریں۔</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نام</translation>
        </message>
        <message>
            <source>Category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>زمرہ</translation>
        </message>
        <message>
            <source>Subcategory</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ذیلی زمرہ</translation>
        </message>
        <message>
            <source>Ward</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ</translation>
        </message>
        <message>
            <source>District</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ضلع</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پوسٹ کوڈ</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مرئیت</translation>
        </message>
        <message>
            <source>Updated</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تازہ کاری</translation>
        </message>
        <message>
            <source>Consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی</translation>
        </message>
    </context>
    <context>
        <name>audit_dialog</name>
        <message>
            <source>When</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کب</translation>
        </message>
        <message>
            <source>Who</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کون</translation>
        </message>
        <message>
            <source>Action</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عمل</translation>
        </message>
        <message>
            <source>Record type</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ریکارڈ کی قسم</translation>
        </message>
        <message>
            <source>Record</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ریکارڈ</translation>
        </message>
        <message>
            <source>Record id</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ریکارڈ کی شناخت</translation>
        </message>
        <message>
            <source>Ward boundaries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کی حدود</translation>
        </message>
        <message>
            <source>This register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ رجسٹر</translation>
        </message>
        <message>
            <source>This register, before it was made separate</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ رجسٹر، الگ کیے جانے سے پہلے</translation>
        </message>
        <message>
            <source>Erased person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مٹایا گیا شخص</translation>
        </message>
        <message>
            <source>No longer in the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اب رجسٹر میں نہیں</translation>
        </message>
        <message>
            <source>Erased with a person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی شخص کے ساتھ مٹا دیا گیا</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آڈٹ ٹریل</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی بھی</translation>
        </message>
        <message>
            <source>Any action</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی بھی عمل</translation>
        </message>
        <message>
            <source>A record's id, or part of its name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی ریکارڈ کی شناخت، یا اس کے نام کا کچھ حصہ</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;سے</translation>
        </message>
        <message>
            <source>Only from a date</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف کسی تاریخ سے</translation>
        </message>
        <message>
            <source>From date</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شروع کی تاریخ</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;تک</translation>
        </message>
        <message>
            <source>Only up to a date</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف کسی تاریخ تک</translation>
        </message>
        <message>
            <source>To date</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آخری تاریخ</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;کون:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;عمل:</translation>
        </message>
        <message>
            <source>&amp;Record:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ریکارڈ:</translation>
        </message>
        <message>
            <source>Audit trail entries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آڈٹ ٹریل کے اندراجات</translation>
        </message>
        <message>
            <source>How many entries are shown</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کتنے اندراجات دکھائے گئے ہیں</translation>
        </message>
        <message>
            <source>The trail records ids, not names; names are looked up here for you. Copies and CSV files carry the ids only.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹریل میں شناختیں درج ہوتی ہیں، نام نہیں؛ نام یہاں آپ کے لیے تلاش کیے جاتے ہیں۔ نقول اور CSV فائلوں میں صرف شناختیں ہوتی ہیں۔</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;نقل کریں</translation>
        </message>
        <message>
            <source>Copy the filtered trail</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>چھانی ہوئی ٹریل کی نقل کریں</translation>
        </message>
        <message>
            <source>Copy every entry that matches the filters, as tab-separated text</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فلٹرز سے میل کھانے والے ہر اندراج کی نقل ٹیب سے الگ متن کی صورت میں کریں</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>CSV &amp;برآمد کریں…</translation>
        </message>
        <message>
            <source>Export the filtered trail as CSV</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>چھانی ہوئی ٹریل CSV کی صورت میں برآمد کریں</translation>
        </message>
        <message>
            <source>Save every entry that matches the filters to a CSV file</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فلٹرز سے میل کھانے والا ہر اندراج CSV فائل میں محفوظ کریں</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>More than {count} records match; type more of the name, or a record's id.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{count} سے زیادہ ریکارڈ میل کھاتے ہیں؛ نام کا مزید حصہ لکھیں، یا کسی ریکارڈ کی شناخت۔</translation>
        </message>
        <message>
            <source>No entries match these filters.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ان فلٹرز سے کوئی اندراج میل نہیں کھاتا۔</translation>
        </message>
        <message>
            <source>Nothing has been changed in this register yet.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس رجسٹر میں ابھی تک کچھ نہیں بدلا گیا۔</translation>
        </message>
        <message numerus="yes">
            <source>The newest %Ln entries are shown; scroll down for older ones.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>سب سے نیا %Ln اندراج دکھایا گیا ہے؛ پرانے اندراجات کے لیے نیچے اسکرول کریں۔</numerusform>
                <numerusform>سب سے نئے %Ln اندراجات دکھائے گئے ہیں؛ پرانے اندراجات کے لیے نیچے اسکرول کریں۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln entry.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln اندراج۔</numerusform>
                <numerusform>%Ln اندراجات۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln entries.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln اندراج۔</numerusform>
                <numerusform>%Ln اندراجات۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آڈٹ ٹریل برآمد کریں</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>CSV فائلیں (*.csv)</translation>
        </message>
        <message>
            <source>Cannot export the audit trail</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آڈٹ ٹریل برآمد نہیں ہو سکتی</translation>
        </message>
        <message>
            <source>The file {path} could not be written ({reason}). Choose a folder you can write to, with space free, and export again.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فائل {path} لکھی نہیں جا سکی ({reason})۔ ایسا فولڈر چنیں جس میں آپ لکھ سکیں اور جگہ خالی ہو، اور دوبارہ برآمد کریں۔</translation>
        </message>
        <message>
            <source>&amp;Who is using AssetMap…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap &amp;کون استعمال کر رہا ہے…</translation>
        </message>
        <message>
            <source>Choose the name the audit trail records for your changes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وہ نام چنیں جو آڈٹ ٹریل آپ کی تبدیلیوں کے لیے درج کرتی ہے</translation>
        </message>
        <message>
            <source>Audit &amp;trail…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آڈٹ &amp;ٹریل…</translation>
        </message>
        <message>
            <source>See who changed what in this register, and when</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دیکھیں کہ اس رجسٹر میں کس نے کیا بدلا، اور کب</translation>
        </message>
    </context>
    <context>
        <name>boundaries_dialog</name>
        <message>
            <source>Ward boundaries (*.geojson *.json *.gpkg *.zip *.shp);;All files (*)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کی حدود (*.geojson *.json *.gpkg *.zip *.shp);;تمام فائلیں (*)</translation>
        </message>
        <message>
            <source>Residents by ward code (*.csv *.tsv *.txt);;All files (*)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کوڈ کے لحاظ سے رہائشی (*.csv *.tsv *.txt);;تمام فائلیں (*)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>(کوئی نہیں)</translation>
        </message>
        <message>
            <source>Ward boundaries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کی حدود</translation>
        </message>
        <message>
            <source>GeoJSON, GeoPackage or zipped Shapefile of ward polygons</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کثیرالاضلاع کی GeoJSON، GeoPackage یا زپ شدہ Shapefile</translation>
        </message>
        <message>
            <source>Boundary file</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>حدود کی فائل</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فائل &amp;منتخب کریں…</translation>
        </message>
        <message>
            <source>Layer</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پرت</translation>
        </message>
        <message>
            <source>e.g. Leeds wards (May 2023)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مثلاً لیڈز کے وارڈ (مئی 2023)</translation>
        </message>
        <message>
            <source>Name for these wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ان وارڈوں کا نام</translation>
        </message>
        <message>
            <source>File:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فائل:</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پرت:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نام:</translation>
        </message>
        <message>
            <source>{label} field</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{label} کا خانہ</translation>
        </message>
        <message>
            <source>{label} (optional):</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{label} (اختیاری):</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>A CSV of residents by ward code, if the file has none</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کوڈ کے لحاظ سے رہائشیوں کی CSV، اگر فائل میں یہ نہ ہوں</translation>
        </message>
        <message>
            <source>Residents CSV</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رہائشیوں کی CSV</translation>
        </message>
        <message>
            <source>Choose &amp;CSV…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;CSV منتخب کریں…</translation>
        </message>
        <message>
            <source>Residents CSV ward code column</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رہائشیوں کی CSV میں وارڈ کوڈ کا کالم</translation>
        </message>
        <message>
            <source>Residents CSV residents column</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رہائشیوں کی CSV میں رہائشیوں کا کالم</translation>
        </message>
        <message>
            <source>Residents from a CSV (optional):</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>CSV سے رہائشی (اختیاری):</translation>
        </message>
        <message>
            <source>CSV ward code column:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>CSV میں وارڈ کوڈ کا کالم:</translation>
        </message>
        <message>
            <source>CSV residents column:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>CSV میں رہائشیوں کا کالم:</translation>
        </message>
        <message>
            <source>&amp;Import and use these wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ وارڈ &amp;درآمد کر کے استعمال کریں</translation>
        </message>
        <message>
            <source>Import another area's wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی اور علاقے کے وارڈ درآمد کریں</translation>
        </message>
        <message>
            <source>Any UK district's wards can be used, for example ONS ward boundaries (fields such as WD23CD and WD23NM). They are kept in this register, and every asset is placed in them again.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>برطانیہ کے کسی بھی ضلع کے وارڈ استعمال کیے جا سکتے ہیں، مثلاً ONS کی وارڈ حدود (WD23CD اور WD23NM جیسے خانے)۔ یہ اسی رجسٹر میں رکھے جاتے ہیں، اور ہر اثاثہ دوبارہ ان میں رکھا جاتا ہے۔</translation>
        </message>
        <message>
            <source>Use the bundled &amp;Greater Manchester wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ساتھ آنے والے &amp;گریٹر مانچسٹر کے وارڈ استعمال کریں</translation>
        </message>
        <message>
            <source>Residents by ward code</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کوڈ کے لحاظ سے رہائشی</translation>
        </message>
        <message>
            <source>Imported: the register now uses {wards} wards in {districts} district(s).</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>درآمد مکمل: رجسٹر اب {districts} ضلعوں میں {wards} وارڈ استعمال کرتا ہے۔</translation>
        </message>
        <message>
            <source>Use the Greater Manchester wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>گریٹر مانچسٹر کے وارڈ استعمال کریں</translation>
        </message>
        <message>
            <source>Go back to the bundled Greater Manchester wards? The register's own wards are removed from it (import the file again to use them again), and every asset is placed in GM's wards.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ساتھ آنے والے گریٹر مانچسٹر کے وارڈوں پر واپس جائیں؟ رجسٹر کے اپنے وارڈ اس سے ہٹا دیے جائیں گے (انہیں دوبارہ استعمال کرنے کے لیے فائل پھر سے درآمد کریں)، اور ہر اثاثہ گریٹر مانچسٹر کے وارڈوں میں رکھا جائے گا۔</translation>
        </message>
        <message>
            <source>The register uses the bundled Greater Manchester wards again; {count} assets changed ward.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر دوبارہ ساتھ آنے والے گریٹر مانچسٹر کے وارڈ استعمال کرتا ہے؛ {count} اثاثوں کا وارڈ بدل گیا۔</translation>
        </message>
    </context>
    <context>
        <name>capture</name>
        <message>
            <source>Click the map where the suggestion is. N or Esc stops capturing.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشے پر وہاں کلک کریں جہاں تجویز ہے۔ N یا Esc سے اندراج رک جاتا ہے۔</translation>
        </message>
        <message>
            <source>Suggest {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} تجویز کریں</translation>
        </message>
        <message>
            <source>Accept suggestion {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تجویز {name} قبول کریں</translation>
        </message>
        <message>
            <source>Merge suggestion {name} into {asset}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تجویز {name} کو {asset} میں ضم کریں</translation>
        </message>
        <message>
            <source>Discard suggestion {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تجویز {name} رد کریں</translation>
        </message>
        <message>
            <source>Add a suggestion</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تجویز شامل کریں</translation>
        </message>
        <message>
            <source>What did the room suggest? Give it a name and a category. Leave out anyone's name, phone number or email: a worker follows up later.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>حاضرین نے کیا تجویز کیا؟ اسے نام اور زمرہ دیں۔ کسی کا نام، فون نمبر یا ای میل شامل نہ کریں: ایک کارکن بعد میں رابطہ کرے گا۔</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نام</translation>
        </message>
        <message>
            <source>Category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>زمرہ</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نوٹ (اختیاری)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;نام</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;زمرہ</translation>
        </message>
        <message>
            <source>N&amp;ote (optional)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;نوٹ (اختیاری)</translation>
        </message>
        <message>
            <source>No place on the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشے پر کوئی جگہ نہیں</translation>
        </message>
        <message>
            <source>At the point clicked on the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشے پر کلک کیے گئے مقام پر</translation>
        </message>
        <message>
            <source>Where</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہاں</translation>
        </message>
        <message>
            <source>Add suggestion</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تجویز شامل کریں</translation>
        </message>
        <message>
            <source>Merge with an asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی اثاثے کے ساتھ ضم کریں</translation>
        </message>
        <message>
            <source>Search assets by name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نام سے اثاثے تلاش کریں</translation>
        </message>
        <message>
            <source>Type part of the asset's name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے کے نام کا کچھ حصہ لکھیں</translation>
        </message>
        <message>
            <source>Matching assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ملتے جلتے اثاثے</translation>
        </message>
        <message>
            <source>Merge into this asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس اثاثے میں ضم کریں</translation>
        </message>
        <message>
            <source>&amp;Find the asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثہ &amp;تلاش کریں</translation>
        </message>
        <message>
            <source>no place</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی جگہ نہیں</translation>
        </message>
        <message>
            <source>Review suggestions</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تجاویز کا جائزہ لیں</translation>
        </message>
        <message>
            <source>Open suggestions</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>زیر غور تجاویز</translation>
        </message>
        <message>
            <source>&amp;Accept as asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے کے طور پر &amp;قبول کریں</translation>
        </message>
        <message>
            <source>&amp;Merge with…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس کے ساتھ &amp;ضم کریں…</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;رد کریں</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>&amp;Suggestions waiting for review</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جائزے کی منتظر &amp;تجاویز</translation>
        </message>
        <message>
            <source>No suggestions are waiting for review.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی تجویز جائزے کی منتظر نہیں۔</translation>
        </message>
        <message>
            <source>Suggested at {meeting} on {date}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{date} کو {meeting} میں تجویز کیا گیا</translation>
        </message>
        <message>
            <source>Suggested in a meeting on {date}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{date} کو ایک اجلاس میں تجویز کیا گیا</translation>
        </message>
        <message>
            <source>&amp;Capture suggestions on the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشے پر تجاویز &amp;درج کریں</translation>
        </message>
        <message>
            <source>Click the map to add what the room suggests, kept apart for review</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>حاضرین کی تجاویز شامل کرنے کے لیے نقشے پر کلک کریں، جو جائزے کے لیے الگ رکھی جاتی ہیں</translation>
        </message>
        <message>
            <source>Review &amp;suggestions…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;تجاویز کا جائزہ لیں…</translation>
        </message>
        <message>
            <source>Accept, merge or discard what meetings suggested</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اجلاسوں کی تجاویز قبول، ضم یا رد کریں</translation>
        </message>
        <message>
            <source>Suggestion added: {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تجویز شامل کر دی گئی: {name}</translation>
        </message>
    </context>
    <context>
        <name>chart_panel</name>
        <message>
            <source>Nothing to chart yet. Once assets in the chosen categories and area are in the register, the charts show them here.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ابھی چارٹ میں دکھانے کو کچھ نہیں۔ جب منتخب زمروں اور علاقے کے اثاثے رجسٹر میں آ جائیں گے، تو چارٹ انہیں یہاں دکھائیں گے۔</translation>
        </message>
        <message>
            <source>Share of postcodes within {distance} m of an asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی اثاثے سے {distance} میٹر کے اندر پوسٹ کوڈز کا تناسب</translation>
        </message>
        <message>
            <source>Assets by category in {area}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{area} میں زمرے کے لحاظ سے اثاثے</translation>
        </message>
        <message>
            <source>Wards by {measure}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈز بلحاظ {measure}</translation>
        </message>
        <message>
            <source>Show every ward</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہر وارڈ دکھائیں</translation>
        </message>
        <message>
            <source>Assets counted</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>گنے گئے اثاثے</translation>
        </message>
        <message>
            <source>{title}: the leading {count} of {total}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{title}: {total} میں سے سرفہرست {count}</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <source>‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>“{name}”</translation>
        </message>
        <message>
            <source>asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثہ</translation>
        </message>
        <message numerus="yes">
            <source>%n assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%n اثاثہ</numerusform>
                <numerusform>%n اثاثے</numerusform>
            </translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} شامل کریں</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} میں ترمیم کریں</translation>
        </message>
        <message>
            <source>Move {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} منتقل کریں</translation>
        </message>
        <message>
            <source>Remove {names}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{names} ہٹائیں</translation>
        </message>
        <message>
            <source>Restore {names}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{names} بحال کریں</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} ہٹائیں</translation>
        </message>
        <message>
            <source>Restore {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} بحال کریں</translation>
        </message>
        <message>
            <source>Add the gift {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تحفہ {name} شامل کریں</translation>
        </message>
        <message>
            <source>Link the gift {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تحفہ {name} منسلک کریں</translation>
        </message>
        <message>
            <source>Unlink the gift {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تحفہ {name} کا ربط ختم کریں</translation>
        </message>
        <message>
            <source>Link {person} and {asset}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{person} اور {asset} کو منسلک کریں</translation>
        </message>
        <message>
            <source>Unlink {person} and {asset}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{person} اور {asset} کا ربط ختم کریں</translation>
        </message>
    </context>
    <context>
        <name>connections_actions</name>
        <message>
            <source>Drag from one marker to another to link them (Ctrl+drag works at any time). Ctrl+K or Esc stops.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>انہیں جوڑنے کے لیے ایک نشان سے دوسرے تک گھسیٹیں (Ctrl+گھسیٹنا کسی بھی وقت کام کرتا ہے)۔ Ctrl+K یا Esc سے رک جاتا ہے۔</translation>
        </message>
        <message>
            <source>Link kinds</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط کی اقسام</translation>
        </message>
        <message>
            <source>&amp;Add kind…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قسم &amp;شامل کریں…</translation>
        </message>
        <message>
            <source>Add kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قسم شامل کریں</translation>
        </message>
        <message>
            <source>Re&amp;name kind…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قسم کا &amp;نام بدلیں…</translation>
        </message>
        <message>
            <source>Rename kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قسم کا نام بدلیں</translation>
        </message>
        <message>
            <source>&amp;Remove kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قسم &amp;ہٹائیں</translation>
        </message>
        <message>
            <source>Remove kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قسم ہٹائیں</translation>
        </message>
        <message>
            <source>A kind that links use cannot be removed: change those links' kind first.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جو قسم روابط میں استعمال ہو رہی ہو اسے ہٹایا نہیں جا سکتا: پہلے ان روابط کی قسم بدلیں۔</translation>
        </message>
        <message>
            <source>Add a link kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط کی قسم شامل کریں</translation>
        </message>
        <message>
            <source>How the link reads, e.g. “lends equipment to”:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط کیسے پڑھا جاتا ہے، مثلاً “سامان ادھار دیتا ہے”:</translation>
        </message>
        <message>
            <source>Rename the link kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط کی قسم کا نام بدلیں</translation>
        </message>
        <message>
            <source>How the link reads:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط کیسے پڑھا جاتا ہے:</translation>
        </message>
        <message>
            <source>&amp;Links on the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشے پر &amp;روابط</translation>
        </message>
        <message>
            <source>Draw each link between two assets as a line on the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دو اثاثوں کے درمیان ہر ربط کو نقشے پر ایک لکیر کی صورت میں دکھائیں</translation>
        </message>
        <message>
            <source>Lin&amp;k tool (drag between markers)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط کا &amp;آلہ (نشانوں کے درمیان گھسیٹیں)</translation>
        </message>
        <message>
            <source>Drag from one marker to another to link the two assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دونوں اثاثوں کو جوڑنے کے لیے ایک نشان سے دوسرے تک گھسیٹیں</translation>
        </message>
        <message>
            <source>Link k&amp;inds…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط کی &amp;اقسام…</translation>
        </message>
        <message>
            <source>The list of kinds a link can be: meets at, runs, supports…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ان اقسام کی فہرست جو کوئی ربط ہو سکتا ہے: یہاں ملتا ہے، چلاتا ہے، مدد کرتا ہے…</translation>
        </message>
        <message>
            <source>Connections</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>روابط کا جال</translation>
        </message>
        <message>
            <source>&amp;Connections</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>روابط کا &amp;جال</translation>
        </message>
        <message>
            <source>The network of a ward's assets and people, and its connectors</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی وارڈ کے اثاثوں اور لوگوں کا جال، اور اس کے جوڑنے والے</translation>
        </message>
        <message>
            <source>Link two assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دو اثاثے جوڑیں</translation>
        </message>
        <message>
            <source>‘{first}’ … ‘{second}’:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{first}’ … ‘{second}’:</translation>
        </message>
        <message>
            <source>This asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ اثاثہ</translation>
        </message>
        <message>
            <source>that asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وہ اثاثہ</translation>
        </message>
        <message>
            <source>Links</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>روابط</translation>
        </message>
        <message>
            <source>Stories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہانیاں</translation>
        </message>
        <message>
            <source>Laying out the whole register's network…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پورے رجسٹر کا جال ترتیب دیا جا رہا ہے…</translation>
        </message>
    </context>
    <context>
        <name>connections_form</name>
        <message>
            <source>Edit the link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط میں ترمیم کریں</translation>
        </message>
        <message>
            <source>Link ‘{name}’ with another asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{name}’ کو کسی دوسرے اثاثے سے جوڑیں</translation>
        </message>
        <message>
            <source>Type part of the other asset's name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دوسرے اثاثے کے نام کا کچھ حصہ لکھیں</translation>
        </message>
        <message>
            <source>Search for the other asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دوسرا اثاثہ تلاش کریں</translation>
        </message>
        <message>
            <source>Assets found</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ملنے والے اثاثے</translation>
        </message>
        <message>
            <source>Kind of link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط کی قسم</translation>
        </message>
        <message>
            <source>Which way the link runs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط کس سمت میں ہے</translation>
        </message>
        <message>
            <source>Note</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نوٹ</translation>
        </message>
        <message>
            <source>Optional, e.g. every Tuesday since 2019</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اختیاری، مثلاً 2019 سے ہر منگل</translation>
        </message>
        <message>
            <source>&amp;Other asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;دوسرا اثاثہ</translation>
        </message>
        <message>
            <source>Other asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دوسرا اثاثہ</translation>
        </message>
        <message>
            <source>(removed asset)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>(ہٹایا گیا اثاثہ)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;قسم</translation>
        </message>
        <message>
            <source>&amp;Reads</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;پڑھا جاتا ہے</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;نوٹ</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ کریں</translation>
        </message>
        <message>
            <source>Link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جوڑیں</translation>
        </message>
        <message>
            <source>the other asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دوسرا اثاثہ</translation>
        </message>
        <message>
            <source>‘{first}’ {kind} ‘{second}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{first}’ {kind} ‘{second}’</translation>
        </message>
        <message>
            <source>Choose the other asset: type part of its name, then pick it from the list.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دوسرا اثاثہ چنیں: اس کے نام کا کچھ حصہ لکھیں، پھر اسے فہرست سے چنیں۔</translation>
        </message>
        <message>
            <source>There is no kind of link to choose: add one from Edit → Link kinds….</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>چننے کے لیے ربط کی کوئی قسم نہیں: ترمیم ← ربط کی اقسام… سے ایک شامل کریں۔</translation>
        </message>
        <message>
            <source>Links of this asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس اثاثے کے روابط</translation>
        </message>
        <message>
            <source>Add lin&amp;k…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط &amp;شامل کریں…</translation>
        </message>
        <message>
            <source>Add link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط شامل کریں</translation>
        </message>
        <message>
            <source>Edit link…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط میں ترمیم…</translation>
        </message>
        <message>
            <source>Edit link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط میں ترمیم</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط ہٹائیں</translation>
        </message>
        <message>
            <source>a removed asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ایک ہٹایا گیا اثاثہ</translation>
        </message>
        <message>
            <source>A person {kind} this asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ایک شخص: {kind} یہ اثاثہ</translation>
        </message>
        <message>
            <source>{kind} ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{kind} ‘{name}’</translation>
        </message>
        <message>
            <source>‘{name}’ {kind} this asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{name}’ {kind} یہ اثاثہ</translation>
        </message>
        <message>
            <source>{link} ({note})</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{link} ({note})</translation>
        </message>
        <message>
            <source>No links yet: Add link… joins this asset to another, or Ctrl+drag on the map.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ابھی کوئی روابط نہیں: ”ربط شامل کریں…“ اس اثاثے کو کسی دوسرے سے جوڑتا ہے، یا نقشے پر Ctrl+گھسیٹیں۔</translation>
        </message>
    </context>
    <context>
        <name>connections_view</name>
        <message>
            <source>Connections network</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>روابط کا جال</translation>
        </message>
        <message>
            <source>Arrow keys step through the assets, most linked first; Enter selects one</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تیر والی کلیدیں اثاثوں میں ایک ایک کر کے لے جاتی ہیں، سب سے زیادہ جڑے ہوئے پہلے؛ Enter کسی ایک کو چنتا ہے</translation>
        </message>
        <message numerus="yes">
            <source>%Ln link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln ربط</numerusform>
                <numerusform>%Ln روابط</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln links</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln ربط</numerusform>
                <numerusform>%Ln روابط</numerusform>
            </translation>
        </message>
        <message>
            <source>A connector</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جوڑنے والا</translation>
        </message>
        <message>
            <source>Whose network</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کس کا جال</translation>
        </message>
        <message>
            <source>S&amp;how</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;دکھائیں</translation>
        </message>
        <message>
            <source>The whole register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پورا رجسٹر</translation>
        </message>
        <message>
            <source>a person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ایک شخص</translation>
        </message>
        <message>
            <source>a connector (linked to many)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جوڑنے والا (بہت سوں سے جڑا ہوا)</translation>
        </message>
        <message>
            <source>{assets_and_people}, {links}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{assets_and_people}، {links}۔</translation>
        </message>
        <message numerus="yes">
            <source>%Ln assets and people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln اثاثے اور لوگ</numerusform>
                <numerusform>%Ln اثاثے اور لوگ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Connectors: {names} and %Ln more.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>جوڑنے والے: {names} اور %Ln مزید۔</numerusform>
                <numerusform>جوڑنے والے: {names} اور %Ln مزید۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Connectors: {names}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جوڑنے والے: {names}۔</translation>
        </message>
        <message>
            <source>Nothing here is linked yet: link assets in the asset form, or Ctrl+drag on the map.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہاں ابھی کچھ جڑا ہوا نہیں: اثاثے کے فارم میں اثاثے جوڑیں، یا نقشے پر Ctrl+گھسیٹیں۔</translation>
        </message>
        <message numerus="yes">
            <source>%Ln with no link yet are in rows under the network.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln، جس کا ابھی کوئی ربط نہیں، جال کے نیچے قطاروں میں ہے۔</numerusform>
                <numerusform>%Ln، جن کا ابھی کوئی ربط نہیں، جال کے نیچے قطاروں میں ہیں۔</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>consent_dialog</name>
        <message>
            <source>A consent event is never edited or undone: it is the record of what was agreed. If something changes, record a new event; the newest one is in force.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی کے کسی واقعے میں کبھی ترمیم نہیں ہوتی اور نہ اسے واپس کیا جاتا ہے: یہ اس بات کا ریکارڈ ہے جس پر اتفاق ہوا تھا۔ اگر کچھ بدلے تو نیا واقعہ درج کریں؛ سب سے نیا واقعہ نافذ ہوتا ہے۔</translation>
        </message>
        <message>
            <source>From now on nothing about them leaves the register, and their gifts leave the map, the table's shared outputs, exports and reports at once. The earlier events stay as evidence that consent existed. This cannot be undone: if they agree again, record their consent again.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اب سے ان کے بارے میں کچھ بھی رجسٹر سے باہر نہیں جاتا، اور ان کے تحفے فوراً نقشے، جدول کے مشترکہ نتائج، برآمدات اور رپورٹوں سے ہٹ جاتے ہیں۔ پہلے کے واقعات اس بات کے ثبوت کے طور پر رہتے ہیں کہ رضامندی موجود تھی۔ اسے واپس نہیں کیا جا سکتا: اگر وہ دوبارہ رضامند ہوں تو ان کی رضامندی دوبارہ درج کریں۔</translation>
        </message>
        <message>
            <source>No consent in force (withdrawn): their gifts appear nowhere</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی رضامندی نافذ نہیں (واپس لے لی گئی): ان کے تحفے کہیں نظر نہیں آتے</translation>
        </message>
        <message>
            <source>No consent in force (lapsed on {day}): their gifts appear nowhere</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی رضامندی نافذ نہیں ({day} کو ختم ہو گئی): ان کے تحفے کہیں نظر نہیں آتے</translation>
        </message>
        <message>
            <source>No consent in force: their gifts appear nowhere</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی رضامندی نافذ نہیں: ان کے تحفے کہیں نظر نہیں آتے</translation>
        </message>
        <message>
            <source>Consent in force: {level} (lapses within 30 days: ask them again)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نافذ رضامندی: {level} (30 دن کے اندر ختم ہو رہی ہے: ان سے دوبارہ پوچھیں)</translation>
        </message>
        <message>
            <source>Consent in force: {level}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نافذ رضامندی: {level}</translation>
        </message>
        <message>
            <source>Consent in force: {level}, until {day} (lapses within 30 days: ask them again)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نافذ رضامندی: {level}، {day} تک (30 دن کے اندر ختم ہو رہی ہے: ان سے دوبارہ پوچھیں)</translation>
        </message>
        <message>
            <source>Consent in force: {level}, until {day}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نافذ رضامندی: {level}، {day} تک</translation>
        </message>
        <message>
            <source>Record consent of ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{name}’ کی رضامندی درج کریں</translation>
        </message>
        <message>
            <source>What they agreed to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>انہوں نے کس بات پر رضامندی دی</translation>
        </message>
        <message>
            <source>e.g. Age UK Salford, Salford CVS</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مثلاً Age UK Salford، Salford CVS</translation>
        </message>
        <message>
            <source>Partner organisations</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شراکت دار تنظیمیں</translation>
        </message>
        <message>
            <source>Lawful basis</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قانونی بنیاد</translation>
        </message>
        <message>
            <source>How it was given</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ کیسے دی گئی</translation>
        </message>
        <message>
            <source>Given on</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دینے کی تاریخ</translation>
        </message>
        <message>
            <source>Lapses on</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ختم ہونے کی تاریخ</translation>
        </message>
        <message>
            <source>&amp;What they agreed to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>انہوں نے کس بات پر رضامندی &amp;دی</translation>
        </message>
        <message>
            <source>&amp;Partner organisations</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;شراکت دار تنظیمیں</translation>
        </message>
        <message>
            <source>&amp;Lawful basis</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;قانونی بنیاد</translation>
        </message>
        <message>
            <source>&amp;How it was given</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ &amp;کیسے دی گئی</translation>
        </message>
        <message>
            <source>&amp;Given on</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;دینے کی تاریخ</translation>
        </message>
        <message>
            <source>Lapses &amp;on</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ختم ہونے کی تاریخ</translation>
        </message>
        <message>
            <source>It lapses after 12 months unless you choose another date.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ 12 مہینوں بعد ختم ہو جاتی ہے، جب تک آپ کوئی اور تاریخ نہ چنیں۔</translation>
        </message>
        <message>
            <source>Record consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی درج کریں</translation>
        </message>
        <message>
            <source>Withdraw consent of ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{name}’ کی رضامندی واپس لیں</translation>
        </message>
        <message>
            <source>How they withdrew it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>انہوں نے اسے کیسے واپس لیا</translation>
        </message>
        <message>
            <source>&amp;How they withdrew it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>انہوں نے اسے &amp;کیسے واپس لیا</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی واپس لیں</translation>
        </message>
    </context>
    <context>
        <name>error_dialog</name>
        <message>
            <source>It happened while AssetMap was working with the register: if a change was being saved, that change was not saved (the register only ever keeps whole changes), and everything saved before it is safe.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ اس وقت ہوا جب AssetMap رجسٹر پر کام کر رہا تھا: اگر کوئی تبدیلی محفوظ ہو رہی تھی تو وہ محفوظ نہیں ہوئی (رجسٹر ہمیشہ صرف مکمل تبدیلیاں رکھتا ہے)، اور اس سے پہلے محفوظ کی گئی ہر چیز محفوظ ہے۔</translation>
        </message>
        <message>
            <source>Nothing was lost: every change is saved to the register as it is made.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کچھ ضائع نہیں ہوا: ہر تبدیلی ہوتے ہی رجسٹر میں محفوظ ہو جاتی ہے۔</translation>
        </message>
        <message>
            <source>AssetMap hit a problem it did not expect, and stopped what it was doing.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap کو ایک غیر متوقع مسئلہ پیش آیا، اور اس نے جو کام کر رہا تھا وہ روک دیا۔</translation>
        </message>
        <message>
            <source>You can carry on working. If it happens again, press Copy details and send them with a note of what you were doing; the details hold no asset text and no one's personal data. They are also in the log file:
{log}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آپ کام جاری رکھ سکتے ہیں۔ اگر یہ دوبارہ ہو تو تفصیلات نقل کریں دبائیں اور انہیں اس نوٹ کے ساتھ بھیجیں کہ آپ کیا کر رہے تھے؛ تفصیلات میں نہ کسی اثاثے کی عبارت ہے اور نہ کسی کا ذاتی ڈیٹا۔ یہ لاگ فائل میں بھی موجود ہیں:
{log}</translation>
        </message>
        <message>
            <source>AssetMap: something went wrong</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap: کچھ غلط ہو گیا</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تفصیلات &amp;نقل کریں</translation>
        </message>
        <message>
            <source>The details are on the clipboard; paste them into an email or message.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تفصیلات کلپ بورڈ پر ہیں؛ انہیں کسی ای میل یا پیغام میں چسپاں کریں۔</translation>
        </message>
    </context>
    <context>
        <name>exchange_actions</name>
        <message>
            <source>&amp;Import assets…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے &amp;درآمد کریں…</translation>
        </message>
        <message>
            <source>&amp;Export assets…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے &amp;برآمد کریں…</translation>
        </message>
        <message>
            <source>Export register &amp;bundle…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کا &amp;بنڈل برآمد کریں…</translation>
        </message>
        <message>
            <source>&amp;Merge a bundle…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بنڈل &amp;ضم کریں…</translation>
        </message>
        <message>
            <source>Ward &amp;boundaries…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کی &amp;حدود…</translation>
        </message>
        <message>
            <source>Make this copy a separate register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس نقل کو الگ رجسٹر بنائیں…</translation>
        </message>
        <message>
            <source>AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap</translation>
        </message>
        <message>
            <source>Exported {count} assets to {path}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{count} اثاثے {path} میں برآمد کیے گئے</translation>
        </message>
        <message>
            <source>Export register bundle</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کا بنڈل برآمد کریں</translation>
        </message>
        <message>
            <source>AssetMap bundle (*.assetmap-bundle)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap بنڈل (*.assetmap-bundle)</translation>
        </message>
        <message>
            <source>Bundle {number} written with {assets} assets ({removed} removed) since {since}: {path}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بنڈل {number} لکھا گیا، {since} سے اب تک {assets} اثاثوں کے ساتھ ({removed} ہٹائے گئے): {path}</translation>
        </message>
        <message>
            <source>Make this copy a separate register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس نقل کو الگ رجسٹر بنائیں</translation>
        </message>
        <message>
            <source>Is this register a file copied from another computer? Make it a register of its own, so that it and the original can merge each other's bundles. Its assets and history stay as they are.

Do not do this on a register that is not a copy.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کیا یہ رجسٹر کسی دوسرے کمپیوٹر سے نقل کی گئی فائل ہے؟ اسے ایک الگ رجسٹر بنائیں، تاکہ یہ اور اصل ایک دوسرے کے بنڈل ضم کر سکیں۔ اس کے اثاثے اور تاریخ ویسے ہی رہیں گے۔

ایسے رجسٹر پر یہ نہ کریں جو نقل نہیں ہے۔</translation>
        </message>
        <message>
            <source>This register is now a register of its own; it can merge bundles from the original.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ رجسٹر اب ایک الگ رجسٹر ہے؛ یہ اصل کے بنڈل ضم کر سکتا ہے۔</translation>
        </message>
        <message>
            <source>Merge a register bundle</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کا بنڈل ضم کریں</translation>
        </message>
        <message>
            <source>AssetMap bundle (*.assetmap-bundle);;All files (*)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap بنڈل (*.assetmap-bundle);;تمام فائلیں (*)</translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message numerus="yes">
            <source>%n schema problem(s): see the log.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%n اسکیما مسئلہ: لاگ دیکھیں۔</numerusform>
                <numerusform>%n اسکیما مسائل: لاگ دیکھیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Export assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے برآمد کریں</translation>
        </message>
        <message>
            <source>Format</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فارمیٹ</translation>
        </message>
        <message>
            <source>Who it is for</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ کس کے لیے ہے</translation>
        </message>
        <message>
            <source>Only the assets the current filter shows</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف وہ اثاثے جو موجودہ فلٹر دکھاتا ہے</translation>
        </message>
        <message>
            <source>Save to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہاں محفوظ کریں</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تلاش کریں…</translation>
        </message>
        <message>
            <source>Export assets to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے یہاں برآمد کریں</translation>
        </message>
        <message>
            <source>Choose where to save the export.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منتخب کریں کہ برآمد کہاں محفوظ کی جائے۔</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>برآمد ہو رہی ہے</translation>
        </message>
        <message>
            <source>Exporting to {name}…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} میں برآمد ہو رہی ہے…</translation>
        </message>
        <message>
            <source>Exported {count} assets to {name}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{count} اثاثے {name} میں برآمد کیے گئے۔</translation>
        </message>
    </context>
    <context>
        <name>filter_bar</name>
        <message>
            <source>Search name, description, tags</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نام، تفصیل، ٹیگ تلاش کریں</translation>
        </message>
        <message>
            <source>Search assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے تلاش کریں</translation>
        </message>
        <message>
            <source>All categories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تمام زمرے</translation>
        </message>
        <message>
            <source>All districts</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تمام اضلاع</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تمام حیثیتیں</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فلٹر صاف کریں</translation>
        </message>
        <message>
            <source>Category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>زمرہ</translation>
        </message>
        <message>
            <source>Show only assets with this category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف اس زمرے کے اثاثے دکھائیں</translation>
        </message>
        <message>
            <source>District</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ضلع</translation>
        </message>
        <message>
            <source>Show only assets with this district</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف اس ضلع کے اثاثے دکھائیں</translation>
        </message>
        <message>
            <source>Ward</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ</translation>
        </message>
        <message>
            <source>Show only assets with this ward</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف اس وارڈ کے اثاثے دکھائیں</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>Show only assets with this status</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف اس حیثیت کے اثاثے دکھائیں</translation>
        </message>
        <message>
            <source>All wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تمام وارڈ</translation>
        </message>
    </context>
    <context>
        <name>import_wizard</name>
        <message>
            <source>Lists and layers (*.csv *.tsv *.txt *.xlsx *.geojson *.json *.gpkg *.zip *.kml *.kmz);;All files (*)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فہرستیں اور پرتیں (*.csv *.tsv *.txt *.xlsx *.geojson *.json *.gpkg *.zip *.kml *.kmz);;تمام فائلیں (*)</translation>
        </message>
        <message>
            <source>(not used)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>(استعمال نہیں ہوا)</translation>
        </message>
        <message>
            <source>(choose a category)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>(زمرہ منتخب کریں)</translation>
        </message>
        <message>
            <source>go back and choose the column that holds the names</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>واپس جائیں اور وہ کالم منتخب کریں جس میں نام ہیں</translation>
        </message>
        <message>
            <source>go back and give a default category, or choose the category column and place its values</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>واپس جائیں اور پہلے سے طے شدہ زمرہ دیں، یا زمرے کا کالم منتخب کر کے اس کی قدروں کو زمروں میں رکھیں</translation>
        </message>
        <message>
            <source>Skip</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>چھوڑ دیں</translation>
        </message>
        <message>
            <source>Update the existing asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>موجودہ اثاثہ تازہ کریں</translation>
        </message>
        <message>
            <source>Add as a new asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نئے اثاثے کے طور پر شامل کریں</translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln asset(s)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln اثاثہ درآمد کریں</numerusform>
                <numerusform>%Ln اثاثے درآمد کریں</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فائل منتخب کریں</translation>
        </message>
        <message>
            <source>CSV or TSV, Excel (.xlsx), GeoJSON, GeoPackage, zipped Shapefile or KML.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>CSV یا TSV، ایکسل (.xlsx)، GeoJSON، GeoPackage، زپ شدہ Shapefile یا KML۔</translation>
        </message>
        <message>
            <source>File to import</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>درآمد کرنے کی فائل</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تلاش کریں…</translation>
        </message>
        <message>
            <source>Import assets from</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے یہاں سے درآمد کریں</translation>
        </message>
        <message>
            <source>Choose the sheet or layer</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شیٹ یا پرت منتخب کریں</translation>
        </message>
        <message>
            <source>Sheet or layer</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شیٹ یا پرت</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کون سا کالم کیا رکھتا ہے</translation>
        </message>
        <message>
            <source>AssetMap has guessed; change anything it got wrong.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap نے اندازہ لگایا ہے؛ جو غلط ہو اسے بدل دیں۔</translation>
        </message>
        <message>
            <source>Column for {field}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{field} کا کالم</translation>
        </message>
        <message>
            <source>Locations</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مقامات</translation>
        </message>
        <message>
            <source>Longitude, easting or WKT column</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>طول البلد، ایسٹنگ یا WKT کا کالم</translation>
        </message>
        <message>
            <source>Latitude or northing column</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عرض البلد یا نارتھنگ کا کالم</translation>
        </message>
        <message>
            <source>Category for rows without one</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بغیر زمرے والی قطاروں کے لیے زمرہ</translation>
        </message>
        <message>
            <source>Save mapping…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کالموں کی نقشہ بندی محفوظ کریں…</translation>
        </message>
        <message>
            <source>(none: such rows are not imported)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>(کوئی نہیں: ایسی قطاریں درآمد نہیں ہوتیں)</translation>
        </message>
        <message>
            <source>Save the column mapping</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کالموں کی نقشہ بندی محفوظ کریں</translation>
        </message>
        <message>
            <source>Mapping (*.json)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشہ بندی (*.json)</translation>
        </message>
        <message>
            <source>Place each category value</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>زمرے کی ہر قدر کو جگہ دیں</translation>
        </message>
        <message>
            <source>Each value in the file's category column goes to an ABCD category (and subcategory).</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فائل کے زمرے والے کالم کی ہر قدر ایک ABCD زمرے (اور ذیلی زمرے) میں جاتی ہے۔</translation>
        </message>
        <message>
            <source>Category for each value in the file</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فائل کی ہر قدر کے لیے زمرہ</translation>
        </message>
        <message>
            <source>Value in the file</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فائل میں قدر</translation>
        </message>
        <message>
            <source>ABCD category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ABCD زمرہ</translation>
        </message>
        <message>
            <source>ABCD category for {value}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{value} کے لیے ABCD زمرہ</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>درآمد سے پہلے جانچ لیں</translation>
        </message>
        <message>
            <source>For all likely duplicates</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تمام ممکنہ دہرے اندراجات کے لیے</translation>
        </message>
        <message>
            <source>Problems found in the file, by row</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فائل میں پائے گئے مسائل، قطار کے لحاظ سے</translation>
        </message>
        <message>
            <source>Row</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قطار</translation>
        </message>
        <message>
            <source>Kind</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Problem</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مسئلہ</translation>
        </message>
        <message>
            <source>If a duplicate</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اگر دہرا اندراج ہو</translation>
        </message>
        <message>
            <source>For all likely duplicates:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تمام ممکنہ دہرے اندراجات کے لیے:</translation>
        </message>
        <message>
            <source>Checking</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جانچ ہو رہی ہے</translation>
        </message>
        <message>
            <source>Checking {count} rows…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{count} قطاریں جانچی جا رہی ہیں…</translation>
        </message>
        <message>
            <source>{rows} rows: {ready} ready to import ({warnings} with warnings, {duplicates} likely duplicates); {errors} with errors will not be imported.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{rows} قطاریں: {ready} درآمد کے لیے تیار ({warnings} انتباہات کے ساتھ، {duplicates} ممکنہ دہرے اندراجات)؛ غلطیوں والی {errors} قطاریں درآمد نہیں ہوں گی۔</translation>
        </message>
        <message>
            <source>If row {row} is a duplicate</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اگر قطار {row} دہرا اندراج ہو</translation>
        </message>
        <message>
            <source>As for all</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جیسا سب کے لیے</translation>
        </message>
        <message>
            <source>Imported</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>درآمد ہو گیا</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مسترد قطاریں محفوظ کریں…</translation>
        </message>
        <message>
            <source>Added {added}, updated {updated}, skipped {skipped} duplicates, rejected {rejected} rows with errors.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{added} شامل کیے، {updated} تازہ کیے، {skipped} دہرے چھوڑ دیے، غلطیوں والی {rejected} قطاریں مسترد کیں۔</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مسترد قطاریں محفوظ کریں</translation>
        </message>
        <message>
            <source>rejected rows.csv</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مسترد قطاریں.csv</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Import assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے درآمد کریں</translation>
        </message>
        <message>
            <source>Reading</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پڑھا جا رہا ہے</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} پڑھی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Importing</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>درآمد ہو رہی ہے</translation>
        </message>
        <message>
            <source>Importing {count} rows…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{count} قطاریں درآمد ہو رہی ہیں…</translation>
        </message>
        <message>
            <source>Nothing was imported: {error}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کچھ بھی درآمد نہیں ہوا: {error}</translation>
        </message>
    </context>
    <context>
        <name>language_menu</name>
        <message>
            <source>&amp;System language</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;سسٹم کی زبان</translation>
        </message>
        <message>
            <source>{language} (awaiting review)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{language} (جائزے کا منتظر)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;زبان</translation>
        </message>
        <message>
            <source>The language of the window, used from the next start</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ونڈو کی زبان، اگلی بار شروع کرنے سے لاگو</translation>
        </message>
        <message>
            <source>Language</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>زبان</translation>
        </message>
        <message>
            <source>AssetMap will be in {language} the next time it starts. Restart AssetMap now? Everything is saved as you work, so nothing is lost.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اگلی بار شروع ہونے پر AssetMap {language} میں ہو گا۔ کیا AssetMap ابھی دوبارہ شروع کریں؟ آپ کا سارا کام ساتھ ساتھ محفوظ ہوتا ہے، اس لیے کچھ ضائع نہیں ہو گا۔</translation>
        </message>
    </context>
    <context>
        <name>link_commands</name>
        <message>
            <source>Link {first} and {second}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{first} اور {second} کو جوڑیں</translation>
        </message>
        <message>
            <source>Link a person and {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ایک شخص اور {name} کو جوڑیں</translation>
        </message>
        <message>
            <source>Edit a link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط میں ترمیم کریں</translation>
        </message>
        <message>
            <source>Remove a link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط ہٹائیں</translation>
        </message>
        <message>
            <source>Add the link kind {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط کی قسم {name} شامل کریں</translation>
        </message>
        <message>
            <source>Remove the link kind {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط کی قسم {name} ہٹائیں</translation>
        </message>
        <message>
            <source>Rename the link kind {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط کی قسم {name} کا نام بدلیں</translation>
        </message>
        <message>
            <source>Add the story {text}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہانی {text} شامل کریں</translation>
        </message>
        <message>
            <source>Edit the story {text}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہانی {text} میں ترمیم کریں</translation>
        </message>
        <message>
            <source>Remove a story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہانی ہٹائیں</translation>
        </message>
        <message>
            <source>Add the photo {text}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصویر {text} شامل کریں</translation>
        </message>
        <message>
            <source>Remove a photo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصویر ہٹائیں</translation>
        </message>
        <message>
            <source>Describe the photo {text}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصویر {text} کی وضاحت کریں</translation>
        </message>
    </context>
    <context>
        <name>live</name>
        <message>
            <source>The team register on {server} cannot be reached just now, so this change was not saved. What you typed is kept. AssetMap is reconnecting by itself: save again once the banner at the top of the window has gone, or open an offline copy you took before.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{server} پر ٹیم رجسٹر سے ابھی رابطہ نہیں ہو سکتا، اس لیے یہ تبدیلی محفوظ نہیں ہوئی۔ آپ نے جو لکھا وہ محفوظ ہے۔ AssetMap خود دوبارہ جڑ رہا ہے: ونڈو کے اوپر والا پیغام ہٹ جانے کے بعد دوبارہ محفوظ کریں، یا پہلے لی گئی آف لائن نقل کھولیں۔</translation>
        </message>
        <message>
            <source>Server connection</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>سرور سے رابطہ</translation>
        </message>
        <message>
            <source>The team register on {server} cannot be reached. You can keep looking at what is shown; changes cannot be saved until it is back. AssetMap is reconnecting by itself.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{server} پر ٹیم رجسٹر سے رابطہ نہیں ہو سکتا۔ جو دکھایا گیا ہے آپ اسے دیکھتے رہ سکتے ہیں؛ اس کے واپس آنے تک تبدیلیاں محفوظ نہیں ہو سکتیں۔ AssetMap خود دوبارہ جڑ رہا ہے۔</translation>
        </message>
        <message>
            <source>Open an &amp;offline copy…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آف لائن &amp;نقل کھولیں…</translation>
        </message>
        <message>
            <source>Go on working in an offline copy of this team register taken earlier (File → Take offline copy…); Sync brings its changes back once the server is reachable</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس ٹیم رجسٹر کی پہلے لی گئی آف لائن نقل میں کام جاری رکھیں (فائل ← آف لائن نقل لیں…)؛ سرور دستیاب ہوتے ہی ہم آہنگی اس کی تبدیلیاں واپس لے آتی ہے</translation>
        </message>
        <message>
            <source>Team register on {server}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{server} پر ٹیم رجسٹر</translation>
        </message>
        <message>
            <source>Team register on {server}: cannot be reached, reconnecting…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{server} پر ٹیم رجسٹر: رابطہ نہیں ہو سکتا، دوبارہ جڑ رہا ہے…</translation>
        </message>
        <message>
            <source>The team register on {server} is back; showing what changed meanwhile.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{server} پر ٹیم رجسٹر واپس آ گیا ہے؛ اس دوران جو بدلا وہ دکھایا جا رہا ہے۔</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>&lt;h3&gt;No assets yet&lt;/h3&gt;&lt;p&gt;Start from what the community already has: a group that meets, a hall, a person's skill.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to add an asset, or &lt;b&gt;File → Open the demo register&lt;/b&gt; to explore 4,211 real Greater Manchester assets.&lt;/p&gt;</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&lt;h3&gt;ابھی کوئی اثاثہ نہیں&lt;/h3&gt;&lt;p&gt;اس سے شروع کریں جو کمیونٹی کے پاس پہلے سے ہے: ایک گروپ جو ملتا ہے، ایک ہال، کسی شخص کا ہنر۔&lt;/p&gt;&lt;p&gt;اثاثہ شامل کرنے کے لیے &lt;b&gt;Ctrl+N&lt;/b&gt; دبائیں، یا گریٹر مانچسٹر کے 4,211 حقیقی اثاثے دیکھنے کے لیے &lt;b&gt;فائل ← ڈیمو رجسٹر کھولیں&lt;/b&gt;۔&lt;/p&gt;</translation>
        </message>
        <message>
            <source>AssetMap — {register}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap — {register}</translation>
        </message>
        <message>
            <source>Assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے</translation>
        </message>
        <message>
            <source>The register's assets, one a row; selecting one shows it on the map, Enter or Ctrl+E edits it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کے اثاثے، ہر قطار میں ایک؛ کسی کو منتخب کرنے سے وہ نقشے پر دکھائی دیتا ہے، اینٹر یا Ctrl+E سے اس میں ترمیم ہوتی ہے</translation>
        </message>
        <message>
            <source>Abundance</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فراوانی</translation>
        </message>
        <message>
            <source>Charts</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>چارٹ</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ منظر</translation>
        </message>
        <message>
            <source>&amp;Save current view…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>موجودہ منظر &amp;محفوظ کریں…</translation>
        </message>
        <message>
            <source>Keep what the map shows as a slide</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشہ جو دکھا رہا ہے اسے سلائیڈ کے طور پر رکھیں</translation>
        </message>
        <message>
            <source>&amp;Next saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;اگلا محفوظ منظر</translation>
        </message>
        <message>
            <source>Show the next saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اگلا محفوظ منظر دکھائیں</translation>
        </message>
        <message>
            <source>&amp;Previous saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;پچھلا محفوظ منظر</translation>
        </message>
        <message>
            <source>Show the previous saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پچھلا محفوظ منظر دکھائیں</translation>
        </message>
        <message>
            <source>&amp;Handout of saved views…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ مناظر کا &amp;ہینڈ آؤٹ…</translation>
        </message>
        <message>
            <source>One page per saved view, with its note (PDF)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہر محفوظ منظر کا ایک صفحہ، اس کے نوٹ کے ساتھ (PDF)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;کالعدم کریں</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;دوبارہ کریں</translation>
        </message>
        <message>
            <source>&amp;Add asset…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثہ &amp;شامل کریں…</translation>
        </message>
        <message>
            <source>Record a new community asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ایک نیا کمیونٹی اثاثہ درج کریں</translation>
        </message>
        <message>
            <source>&amp;Edit asset…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے میں &amp;ترمیم کریں…</translation>
        </message>
        <message>
            <source>Edit the selected asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منتخب اثاثے میں ترمیم کریں</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ہٹائیں</translation>
        </message>
        <message>
            <source>Remove the selected assets (they can be restored)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منتخب اثاثے ہٹائیں (انہیں بحال کیا جا سکتا ہے)</translation>
        </message>
        <message>
            <source>&amp;Place on map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشے پر &amp;رکھیں</translation>
        </message>
        <message>
            <source>Click the map to set the selected asset's location, or a new asset's</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منتخب اثاثے کا، یا نئے اثاثے کا مقام طے کرنے کے لیے نقشے پر کلک کریں</translation>
        </message>
        <message>
            <source>Recently &amp;removed…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>حال ہی میں &amp;ہٹائے گئے…</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;تلاش کریں</translation>
        </message>
        <message>
            <source>Online &amp;basemap (OpenStreetMap)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آن لائن &amp;بنیادی نقشہ (OpenStreetMap)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;بند کریں</translation>
        </message>
        <message>
            <source>&amp;About AssetMap and its data</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap اور اس کے ڈیٹا کے &amp;بارے میں</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;فائل</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ترمیم</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;لوگ</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;رپورٹیں</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ٹیم</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;منظر</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;مدد</translation>
        </message>
        <message>
            <source>Main</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مرکزی</translation>
        </message>
        <message>
            <source>Wards: {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ: {name}</translation>
        </message>
        <message>
            <source>The change could not be saved: {error}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تبدیلی محفوظ نہیں ہو سکی: {error}</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} میں ترمیم</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n asset(s). Undo with Ctrl+Z, or restore from File → Recently removed.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%n اثاثہ ہٹا دیا گیا۔ Ctrl+Z سے کالعدم کریں، یا فائل ← حال ہی میں ہٹائے گئے سے بحال کریں۔</numerusform>
                <numerusform>%n اثاثے ہٹا دیے گئے۔ Ctrl+Z سے کالعدم کریں، یا فائل ← حال ہی میں ہٹائے گئے سے بحال کریں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Click the map to place the asset. Esc cancels.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثہ رکھنے کے لیے نقشے پر کلک کریں۔ Esc منسوخ کرتا ہے۔</translation>
        </message>
        <message numerus="yes">
            <source>%Ln asset(s), {shown} shown</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%Ln اثاثہ، {shown} دکھائے گئے</numerusform>
                <numerusform>%Ln اثاثے، {shown} دکھائے گئے</numerusform>
            </translation>
        </message>
        <message>
            <source>Viewers can look at the team register but not change it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ناظر ٹیم رجسٹر دیکھ سکتے ہیں لیکن اسے بدل نہیں سکتے</translation>
        </message>
    </context>
    <context>
        <name>map_page</name>
        <message>
            <source>Categories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>زمرے</translation>
        </message>
        <message>
            <source>Hide the legend's entries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>علامات کی فہرست چھپائیں</translation>
        </message>
        <message>
            <source>Show the legend's entries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>علامات کی فہرست دکھائیں</translation>
        </message>
        <message>
            <source>Ward: {name}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ: {name}</translation>
        </message>
        <message>
            <source>Status: draft</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>حیثیت: مسودہ</translation>
        </message>
        <message>
            <source>Status: closed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>حیثیت: بند</translation>
        </message>
        <message>
            <source>Map of assets and wards. Arrow keys pan; Tab moves to the assets, then the wards; on one, arrow keys move to the next and Enter opens it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثوں اور وارڈوں کا نقشہ۔ تیر والی کلیدیں نقشہ سرکاتی ہیں؛ ٹیب پہلے اثاثوں پر، پھر وارڈوں پر جاتا ہے؛ کسی ایک پر، تیر والی کلیدیں اگلے پر لے جاتی ہیں اور اینٹر اسے کھولتا ہے۔</translation>
        </message>
        <message>
            <source>{name}, {kind}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name}، {kind}</translation>
        </message>
        <message>
            <source>Hover over or click a ward (or Tab to it and press Enter) to see its figures</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی وارڈ کے اعداد دیکھنے کے لیے اس پر ماؤس لائیں یا کلک کریں (یا ٹیب سے اس تک جا کر اینٹر دبائیں)</translation>
        </message>
        <message>
            <source>Darker means more</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>زیادہ گہرا یعنی زیادہ</translation>
        </message>
        <message>
            <source>Stories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہانیاں</translation>
        </message>
        <message>
            <source>and {count} more in the asset's form</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اور {count} مزید اثاثے کے فارم میں</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>گمنام</translation>
        </message>
        <message>
            <source>Suggestion: {name} ({category})</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تجویز: {name} ({category})</translation>
        </message>
        <message>
            <source>Suggested in a meeting: not yet in the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اجلاس میں تجویز کیا گیا: ابھی رجسٹر میں نہیں</translation>
        </message>
        <message>
            <source>Showing partner assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شراکت داروں کے اثاثے دکھائے جا رہے ہیں</translation>
        </message>
        <message>
            <source>Public assets only</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف عوامی اثاثے</translation>
        </message>
        <message>
            <source>Public and partner assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عوامی اور شراکت داروں کے اثاثے</translation>
        </message>
        <message numerus="yes">
            <source>%n asset(s) shown</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%n اثاثہ دکھایا گیا</numerusform>
                <numerusform>%n اثاثے دکھائے گئے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gift(s) and skills counted, not shown</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%n شخص کا تحفہ اور ہنر شمار کیا گیا، دکھایا نہیں گیا</numerusform>
                <numerusform>%n لوگوں کے تحفے اور ہنر شمار کیے گئے، دکھائے نہیں گئے</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>meeting</name>
        <message>
            <source>There is no screen to show the meeting on.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اجلاس دکھانے کے لیے کوئی اسکرین نہیں ہے۔</translation>
        </message>
        <message>
            <source>AssetMap — meeting</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap — اجلاس</translation>
        </message>
        <message>
            <source>Meeting map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اجلاس کا نقشہ</translation>
        </message>
        <message>
            <source>&amp;Meeting mode</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;اجلاس کا موڈ</translation>
        </message>
        <message>
            <source>Show the map full screen for a meeting: public assets only, large and clear</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اجلاس کے لیے نقشہ پوری اسکرین پر دکھائیں: صرف عوامی اثاثے، بڑے اور واضح</translation>
        </message>
        <message>
            <source>Show &amp;partner assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;شراکت داروں کے اثاثے دکھائیں</translation>
        </message>
        <message>
            <source>For this meeting only, also show assets shared with partners; the map says so</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف اس اجلاس کے لیے، شراکت داروں کے ساتھ بانٹے گئے اثاثے بھی دکھائیں؛ نقشہ اس کی نشاندہی کرتا ہے</translation>
        </message>
        <message>
            <source>&amp;Leave meeting mode (Esc)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اجلاس کے موڈ سے &amp;نکلیں (Esc)</translation>
        </message>
        <message>
            <source>Next &amp;view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;اگلا منظر</translation>
        </message>
        <message>
            <source>Show the next saved view (Page Down or →)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اگلا محفوظ منظر دکھائیں (Page Down یا →)</translation>
        </message>
        <message>
            <source>Pre&amp;vious view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;پچھلا منظر</translation>
        </message>
        <message>
            <source>Show the previous saved view (Page Up or ←)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پچھلا محفوظ منظر دکھائیں (Page Up یا ←)</translation>
        </message>
        <message>
            <source>On the projector: the meeting map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پروجیکٹر پر: اجلاس کا نقشہ</translation>
        </message>
        <message>
            <source>Meeting mode</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اجلاس کا موڈ</translation>
        </message>
        <message>
            <source>Saved view shown</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دکھایا گیا محفوظ منظر</translation>
        </message>
        <message>
            <source>{position} of {count}: {title}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{count} میں سے {position}: {title}</translation>
        </message>
    </context>
    <context>
        <name>merge_dialog</name>
        <message>
            <source>removed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہٹایا گیا</translation>
        </message>
        <message>
            <source>not removed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہٹایا نہیں گیا</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>گمنام</translation>
        </message>
        <message>
            <source>{teller} (quoted by name)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{teller} (نام کے ساتھ حوالہ دیا گیا)</translation>
        </message>
        <message>
            <source>{teller} (not quoted by name)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{teller} (نام کے ساتھ حوالہ نہیں دیا گیا)</translation>
        </message>
        <message>
            <source>no location</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی مقام نہیں</translation>
        </message>
        <message>
            <source>Field</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>خانہ</translation>
        </message>
        <message>
            <source>Before both changes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دونوں تبدیلیوں سے پہلے</translation>
        </message>
        <message>
            <source>Mine</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>میرا</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ان کا</translation>
        </message>
        <message>
            <source>Keep this register's value</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس رجسٹر کی قدر رکھیں</translation>
        </message>
        <message>
            <source>Keep the bundle's value</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بنڈل کی قدر رکھیں</translation>
        </message>
        <message>
            <source>Take all &amp;mine</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;میرے سب لیں</translation>
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ان کے سب لیں</translation>
        </message>
        <message>
            <source>Assets in conflict</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>متضاد اثاثے</translation>
        </message>
        <message>
            <source>Conflicting fields</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>متضاد خانے</translation>
        </message>
        <message>
            <source>{tip} in every conflicting field</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہر متضاد خانے میں: {tip}</translation>
        </message>
        <message>
            <source>Merge register bundle</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کا بنڈل ضم کریں</translation>
        </message>
        <message>
            <source>People the bundle adds or updates here, and people it erases here for good. No one erased in either register is ever added back.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وہ لوگ جنہیں بنڈل یہاں شامل یا تازہ کرتا ہے، اور وہ لوگ جنہیں یہ یہاں ہمیشہ کے لیے مٹا دیتا ہے۔ کسی بھی رجسٹر میں مٹایا گیا کوئی شخص کبھی دوبارہ شامل نہیں کیا جاتا۔</translation>
        </message>
        <message>
            <source>Assets, links and stories in conflict</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>متضاد اثاثے، روابط اور کہانیاں</translation>
        </message>
        <message>
            <source>Both registers changed these assets. Choose, field by field, which value to keep; the other stays in the asset's history.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دونوں رجسٹروں نے یہ اثاثے تبدیل کیے۔ ہر خانے کے لیے منتخب کریں کہ کون سی قدر رکھنی ہے؛ دوسری اثاثے کی تاریخ میں رہے گی۔</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ہم آہنگ کریں</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ضم کریں</translation>
        </message>
        <message numerus="yes">
            <source>Choose mine or theirs for %n more field(s) first</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>پہلے %n مزید خانے کے لیے میرا یا ان کا منتخب کریں</numerusform>
                <numerusform>پہلے %n مزید خانوں کے لیے میرا یا ان کا منتخب کریں</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>offline_actions</name>
        <message>
            <source>Already in step with the team register: nothing to sync.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم رجسٹر سے پہلے ہی ہم آہنگ ہے: ہم آہنگ کرنے کو کچھ نہیں۔</translation>
        </message>
        <message>
            <source>Synced with the team register: {sent} asset(s) sent, {brought} brought in.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم رجسٹر سے ہم آہنگ کیا: {sent} اثاثے بھیجے، {brought} لائے گئے۔</translation>
        </message>
        <message>
            <source>Take &amp;offline copy…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آف لائن &amp;نقل لیں…</translation>
        </message>
        <message>
            <source>Copy what you may see of this register into a file, to keep working with no internet</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس رجسٹر میں جو آپ دیکھ سکتے ہیں اسے ایک فائل میں نقل کریں، تاکہ انٹرنیٹ کے بغیر کام جاری رکھ سکیں</translation>
        </message>
        <message>
            <source>S&amp;ync with team register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم رجسٹر سے &amp;ہم آہنگ کریں</translation>
        </message>
        <message>
            <source>Send this copy's changes to the team register and bring its changes in</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس نقل کی تبدیلیاں ٹیم رجسٹر کو بھیجیں اور اس کی تبدیلیاں یہاں لائیں</translation>
        </message>
        <message>
            <source>Offline copy</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آف لائن نقل</translation>
        </message>
        <message>
            <source>A viewer's copy is for reading: viewers cannot send changes to the team register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ناظر کی کاپی صرف پڑھنے کے لیے ہے: ناظر ٹیم رجسٹر میں تبدیلیاں نہیں بھیج سکتے</translation>
        </message>
        <message>
            <source>AssetMap — {register} ({origin})</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap — {register} ({origin})</translation>
        </message>
        <message>
            <source>offline copy of {address}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{address} کی آف لائن نقل</translation>
        </message>
        <message>
            <source>Offline copy of {address} · last in step {when} UTC</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{address} کی آف لائن نقل · آخری ہم آہنگی {when} UTC</translation>
        </message>
        <message>
            <source>Take an offline copy</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آف لائن نقل لیں</translation>
        </message>
        <message>
            <source>AssetMap register (*.assetmap)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap رجسٹر (*.assetmap)</translation>
        </message>
        <message>
            <source>Taking offline</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آف لائن نقل لی جا رہی ہے</translation>
        </message>
        <message>
            <source>Copying the register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر نقل کیا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Offline copy made: {assets} assets and {people} people in {path}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آف لائن نقل بن گئی: {assets} اثاثے اور {people} لوگ، {path} میں</translation>
        </message>
        <message>
            <source>Offline copy made</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آف لائن نقل بن گئی</translation>
        </message>
        <message>
            <source>The offline copy is in {path}.

Open it now? Work in it with no internet, then use File → Sync with team register when you are connected again.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آف لائن نقل {path} میں ہے۔

کیا اسے ابھی کھولیں؟ انٹرنیٹ کے بغیر اس میں کام کریں، پھر دوبارہ جڑنے پر فائل ← ٹیم رجسٹر سے ہم آہنگ کریں استعمال کریں۔</translation>
        </message>
        <message>
            <source>{reason} Nothing was synced; this copy keeps working offline.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{reason} کچھ بھی ہم آہنگ نہیں ہوا؛ یہ نقل آف لائن کام کرتی رہتی ہے۔</translation>
        </message>
        <message>
            <source>The team register at {address} could not be reached ({reason}). Nothing was synced; this copy keeps working offline. Try again when connected.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{address} پر ٹیم رجسٹر سے رابطہ نہیں ہو سکا ({reason})۔ کچھ بھی ہم آہنگ نہیں ہوا؛ یہ نقل آف لائن کام کرتی رہتی ہے۔ جڑنے پر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہم آہنگی ہو رہی ہے</translation>
        </message>
        <message>
            <source>Reading the changes on both sides…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دونوں طرف کی تبدیلیاں پڑھی جا رہی ہیں…</translation>
        </message>
        <message>
            <source>Syncing with the team register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم رجسٹر سے ہم آہنگی ہو رہی ہے…</translation>
        </message>
        <message>
            <source>Sync: both sides changed these assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہم آہنگی: دونوں طرف ان اثاثوں میں تبدیلی ہوئی</translation>
        </message>
    </context>
    <context>
        <name>passphrase_dialog</name>
        <message>
            <source>Choose a passphrase</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پاس فریز منتخب کریں</translation>
        </message>
        <message>
            <source>Encrypted register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>خفیہ کردہ رجسٹر</translation>
        </message>
        <message>
            <source>Choose a passphrase for {name}. It will open only with it: without the passphrase no one, not even AssetMap, can read the register or its backups.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} کے لیے پاس فریز منتخب کریں۔ یہ صرف اسی سے کھلے گا: پاس فریز کے بغیر کوئی بھی، حتیٰ کہ AssetMap بھی، رجسٹر یا اس کے بیک اپ نہیں پڑھ سکتا۔</translation>
        </message>
        <message>
            <source>{name} is encrypted. Enter its passphrase to open it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} خفیہ کردہ ہے۔ اسے کھولنے کے لیے اس کا پاس فریز درج کریں۔</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;پاس فریز:</translation>
        </message>
        <message>
            <source>The same &amp;again:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;دوبارہ وہی:</translation>
        </message>
        <message>
            <source>&amp;Remember on this computer (kept in the system keyring)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس کمپیوٹر پر &amp;یاد رکھیں (سسٹم کی کی رنگ میں)</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پاس فریز درج کریں۔</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دونوں پاس فریز ایک جیسے نہیں ہیں۔</translation>
        </message>
        <message>
            <source>Passphrase not remembered</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پاس فریز یاد نہیں رکھا گیا</translation>
        </message>
        <message>
            <source>This computer has no keyring to keep the passphrase in, so it will be asked each time the register is opened.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس کمپیوٹر پر پاس فریز رکھنے کے لیے کوئی کی رنگ نہیں ہے، اس لیے رجسٹر کھولتے وقت ہر بار پوچھا جائے گا۔</translation>
        </message>
    </context>
    <context>
        <name>people_actions</name>
        <message>
            <source>&amp;People…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;لوگ…</translation>
        </message>
        <message>
            <source>The people whose gifts and skills are recorded</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وہ لوگ جن کے تحفے اور ہنر درج ہیں</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;نیا شخص…</translation>
        </message>
        <message>
            <source>Record a new person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نیا شخص درج کریں</translation>
        </message>
        <message>
            <source>Consent to &amp;review…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;جائزے والی رضامندی…</translation>
        </message>
        <message>
            <source>People whose consent lapses within 30 days, or has lapsed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وہ لوگ جن کی رضامندی 30 دن کے اندر ختم ہو رہی ہے، یا ختم ہو چکی ہے</translation>
        </message>
        <message>
            <source>Consent to review</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جائزے والی رضامندی</translation>
        </message>
        <message>
            <source>Consent to &amp;review ({due})…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;جائزے والی رضامندی ({due})…</translation>
        </message>
        <message numerus="yes">
            <source>Consent to review: %n person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>جائزے والی رضامندی: %n شخص</numerusform>
                <numerusform>جائزے والی رضامندی: %n لوگ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Consent to review: %n people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>جائزے والی رضامندی: %n شخص</numerusform>
                <numerusform>جائزے والی رضامندی: %n لوگ</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the list of people whose consent lapses within 30 days, or has lapsed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ان لوگوں کی فہرست کھولیں جن کی رضامندی 30 دن کے اندر ختم ہو رہی ہے، یا ختم ہو چکی ہے</translation>
        </message>
        <message>
            <source>Person added. Undo with Ctrl+Z.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شخص شامل ہو گیا۔ Ctrl+Z سے واپس کریں۔</translation>
        </message>
    </context>
    <context>
        <name>people_panel</name>
        <message>
            <source>No people yet. People's gifts and skills (she teaches sewing, he fixes bikes, she knows everyone on the estate) are a community's first assets. Add a person to record theirs, with their consent.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ابھی کوئی لوگ نہیں۔ لوگوں کے تحفے اور ہنر (وہ سلائی سکھاتی ہے، وہ سائیکلیں ٹھیک کرتا ہے، وہ محلے میں سب کو جانتی ہے) کسی کمیونٹی کے پہلے اثاثے ہیں۔ ان کی رضامندی سے ان کے تحفے درج کرنے کے لیے کوئی شخص شامل کریں۔</translation>
        </message>
        <message>
            <source>No one's consent lapses within the next 30 days.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اگلے 30 دنوں میں کسی کی رضامندی ختم نہیں ہو رہی۔</translation>
        </message>
        <message>
            <source>No one matches the search.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تلاش سے کوئی میل نہیں کھاتا۔</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نام</translation>
        </message>
        <message>
            <source>Preferred contact</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رابطے کا پسندیدہ طریقہ</translation>
        </message>
        <message>
            <source>Consent in force</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نافذ رضامندی</translation>
        </message>
        <message>
            <source>Lapses</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ختم ہوتی ہے</translation>
        </message>
        <message>
            <source>Gifts</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تحفے</translation>
        </message>
        <message>
            <source>{level} (withdrawn)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{level} (واپس لے لی گئی)</translation>
        </message>
        <message>
            <source>{level} (lapsed)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{level} (ختم ہو گئی)</translation>
        </message>
        <message>
            <source>lapsed {day}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{day} کو ختم ہو گئی</translation>
        </message>
        <message>
            <source>People</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>لوگ</translation>
        </message>
        <message>
            <source>Search by name, phone, email or notes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نام، فون، ای میل یا نوٹس سے تلاش کریں</translation>
        </message>
        <message>
            <source>Search people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>لوگ تلاش کریں</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;تلاش</translation>
        </message>
        <message>
            <source>Only consent &amp;to review (lapses within 30 days, or has lapsed)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف &amp;جائزے والی رضامندی (30 دن کے اندر ختم ہو رہی ہے، یا ختم ہو چکی ہے)</translation>
        </message>
        <message>
            <source>Only consent to review</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف جائزے والی رضامندی</translation>
        </message>
        <message>
            <source>No people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی لوگ نہیں</translation>
        </message>
        <message>
            <source>&amp;Add a person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی شخص &amp;شامل کریں</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی شخص شامل کریں</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;نیا شخص…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;کھولیں…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ہٹائیں</translation>
        </message>
        <message>
            <source>Take the person off the list; their gifts leave every output (undoable)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شخص کو فہرست سے ہٹائیں؛ ان کے تحفے ہر نتیجے سے ہٹ جاتے ہیں (واپس کیا جا سکتا ہے)</translation>
        </message>
        <message>
            <source>Show re&amp;moved people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہٹائے گئے &amp;لوگ دکھائیں</translation>
        </message>
        <message>
            <source>Show removed people</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہٹائے گئے لوگ دکھائیں</translation>
        </message>
        <message>
            <source>{name} (removed)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} (ہٹایا گیا)</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;بحال کریں</translation>
        </message>
        <message>
            <source>Restore</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بحال کریں</translation>
        </message>
        <message>
            <source>Remove</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہٹائیں</translation>
        </message>
    </context>
    <context>
        <name>person_form</name>
        <message>
            <source>Recorded</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>درج کیا گیا</translation>
        </message>
        <message>
            <source>What they agreed to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>انہوں نے کس بات پر رضامندی دی</translation>
        </message>
        <message>
            <source>Lawful basis</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قانونی بنیاد</translation>
        </message>
        <message>
            <source>How</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کیسے</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>درج کرنے والا</translation>
        </message>
        <message>
            <source>Lapses</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ختم ہوتی ہے</translation>
        </message>
        <message>
            <source>Erasing ‘{name}’ deletes their record, contact details, consent events and links, and their {gifts}, from this register and from its backups. Only their id is kept, so that merging an older copy never brings them back. This cannot be undone, and the undo history is cleared.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{name}’ کو مٹانے سے ان کا ریکارڈ، رابطے کی تفصیلات، رضامندی کے واقعات اور روابط، اور ان کے {gifts}، اس رجسٹر اور اس کے بیک اپس سے حذف ہو جاتے ہیں۔ صرف ان کی شناخت (id) رکھی جاتی ہے، تاکہ کسی پرانی نقل کو ملانے سے وہ کبھی واپس نہ آئیں۔ اسے واپس نہیں کیا جا سکتا، اور واپسی کی تاریخ صاف کر دی جاتی ہے۔</translation>
        </message>
        <message>
            <source>After adding them, you can record their gifts and skills and their consent.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>انہیں شامل کرنے کے بعد آپ ان کے تحفے اور ہنر اور ان کی رضامندی درج کر سکتے ہیں۔</translation>
        </message>
        <message>
            <source>Withdrew consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی واپس لے لی</translation>
        </message>
        <message>
            <source>Person: ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شخص: ‘{name}’</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی شخص شامل کریں</translation>
        </message>
        <message>
            <source>Consent in force</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نافذ رضامندی</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ کریں</translation>
        </message>
        <message>
            <source>Add</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شامل کریں</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Who they are</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وہ کون ہیں</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;نام *</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;فون</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ای میل</translation>
        </message>
        <message>
            <source>Preferred &amp;contact</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رابطے کا پسندیدہ &amp;طریقہ</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;نوٹس</translation>
        </message>
        <message>
            <source>Gifts and skills</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تحفے اور ہنر</translation>
        </message>
        <message>
            <source>Add a &amp;gift…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;تحفہ شامل کریں…</translation>
        </message>
        <message>
            <source>Record a gift or skill of theirs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ان کا کوئی تحفہ یا ہنر درج کریں</translation>
        </message>
        <message>
            <source>&amp;Link existing gift…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>موجودہ تحفہ &amp;جوڑیں…</translation>
        </message>
        <message>
            <source>Make a gift already in the register theirs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر میں پہلے سے موجود کسی تحفے کو ان کا بنائیں</translation>
        </message>
        <message>
            <source>Unlink gift</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تحفہ الگ کریں</translation>
        </message>
        <message>
            <source>The gift stays in the register, no longer theirs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تحفہ رجسٹر میں رہتا ہے، مگر اب ان کا نہیں</translation>
        </message>
        <message>
            <source>Groups and spaces they run or belong to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>گروپ اور جگہیں جنہیں وہ چلاتے ہیں یا جن سے وابستہ ہیں</translation>
        </message>
        <message>
            <source>Link to a group or &amp;space…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی گروپ یا &amp;جگہ سے جوڑیں…</translation>
        </message>
        <message>
            <source>They run it, or belong to it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وہ اسے چلاتے ہیں، یا اس سے وابستہ ہیں</translation>
        </message>
        <message>
            <source>Unlin&amp;k</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط &amp;ختم کریں</translation>
        </message>
        <message>
            <source>Remove the selected link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منتخب ربط ہٹائیں</translation>
        </message>
        <message>
            <source>Groups and spaces</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>گروپ اور جگہیں</translation>
        </message>
        <message>
            <source>Consent events</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی کے واقعات</translation>
        </message>
        <message>
            <source>&amp;Record consent…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی &amp;درج کریں…</translation>
        </message>
        <message>
            <source>What they agreed to, how, and until when</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>انہوں نے کس بات پر رضامندی دی، کیسے، اور کب تک</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی &amp;واپس لیں…</translation>
        </message>
        <message>
            <source>From now on their gifts appear nowhere</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اب سے ان کے تحفے کہیں نظر نہیں آئیں گے</translation>
        </message>
        <message>
            <source>Consent events are a record: they are never edited, and recording one is not undone.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی کے واقعات ایک ریکارڈ ہیں: ان میں کبھی ترمیم نہیں ہوتی، اور کسی کو درج کرنا واپس نہیں کیا جاتا۔</translation>
        </message>
        <message>
            <source>Consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی</translation>
        </message>
        <message>
            <source>E&amp;xport everything held…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ سب کچھ &amp;برآمد کریں…</translation>
        </message>
        <message>
            <source>A subject access export: everything held about them, as CSV and PDF</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>سبجیکٹ ایکسیس برآمد: ان کے بارے میں محفوظ سب کچھ، CSV اور PDF کی صورت میں</translation>
        </message>
        <message>
            <source>Erase…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مٹائیں…</translation>
        </message>
        <message>
            <source>Erase them for good (cannot be undone)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>انہیں ہمیشہ کے لیے مٹائیں (واپس نہیں ہو سکتا)</translation>
        </message>
        <message>
            <source>Link a gift to ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{name}’ سے کوئی تحفہ جوڑیں</translation>
        </message>
        <message>
            <source>Link ‘{name}’ to a group or space</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{name}’ کو کسی گروپ یا جگہ سے جوڑیں</translation>
        </message>
        <message>
            <source>Export everything held</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ سب کچھ برآمد کریں</translation>
        </message>
        <message>
            <source>Subject access export (*.zip)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>سبجیکٹ ایکسیس برآمد (*.zip)</translation>
        </message>
        <message>
            <source>Writing everything held…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ سب کچھ لکھا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written to {target}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منسوخ: {target} میں کچھ نہیں لکھا گیا۔</translation>
        </message>
        <message>
            <source>Everything held on them is in {written}: a CSV file for each part and a readable PDF.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ان کے بارے میں محفوظ سب کچھ {written} میں ہے: ہر حصے کے لیے ایک CSV فائل اور ایک پڑھنے کے قابل PDF۔</translation>
        </message>
        <message>
            <source>Erase</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مٹائیں</translation>
        </message>
        <message>
            <source>Add a gift or skill of ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{name}’ کا کوئی تحفہ یا ہنر شامل کریں</translation>
        </message>
        <message>
            <source>e.g. Teaches sewing</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مثلاً سلائی سکھاتی ہیں</translation>
        </message>
        <message>
            <source>No area</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی علاقہ نہیں</translation>
        </message>
        <message>
            <source>A gift has an area, never a home address: choose their ward, and the map shows it inside the ward, not at any house. What is shown of it follows their consent.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تحفے کا ایک علاقہ ہوتا ہے، گھر کا پتہ کبھی نہیں: ان کا وارڈ چنیں، اور نقشہ اسے وارڈ کے اندر دکھاتا ہے، کسی گھر پر نہیں۔ اس کا کتنا حصہ دکھایا جائے، یہ ان کی رضامندی پر ہے۔</translation>
        </message>
        <message>
            <source>&amp;Gift or skill *</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;تحفہ یا ہنر *</translation>
        </message>
        <message>
            <source>Su&amp;bcategory</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ذیلی زمرہ</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;تفصیل</translation>
        </message>
        <message>
            <source>&amp;Ward</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;وارڈ</translation>
        </message>
        <message>
            <source>Add gift</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تحفہ شامل کریں</translation>
        </message>
        <message>
            <source>Type part of its name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس کے نام کا کچھ حصہ لکھیں</translation>
        </message>
        <message>
            <source>Search assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے تلاش کریں</translation>
        </message>
        <message>
            <source>Assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے</translation>
        </message>
        <message>
            <source>They</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وہ</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;تلاش</translation>
        </message>
        <message>
            <source>&amp;They</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;وہ</translation>
        </message>
        <message>
            <source>Link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جوڑیں</translation>
        </message>
        <message>
            <source>Erase a person for good</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی شخص کو ہمیشہ کے لیے مٹائیں</translation>
        </message>
        <message numerus="yes">
            <source>%n gift and skill</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%n تحفہ اور ہنر</numerusform>
                <numerusform>%n تحفے اور ہنر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gifts and skills</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>%n تحفہ اور ہنر</numerusform>
                <numerusform>%n تحفے اور ہنر</numerusform>
            </translation>
        </message>
        <message>
            <source>Type their name to confirm</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصدیق کے لیے ان کا نام لکھیں</translation>
        </message>
        <message>
            <source>&amp;Type their name to confirm</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصدیق کے لیے ان کا نام &amp;لکھیں</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہمیشہ کے لیے مٹائیں</translation>
        </message>
    </context>
    <context>
        <name>register_actions</name>
        <message>
            <source>&amp;Open register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر &amp;کھولیں…</translation>
        </message>
        <message>
            <source>Open another register; this one is closed once it opens</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دوسرا رجسٹر کھولیں؛ اس کے کھلتے ہی یہ بند ہو جائے گا</translation>
        </message>
        <message>
            <source>Open the de&amp;mo register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;نمونہ رجسٹر کھولیں</translation>
        </message>
        <message>
            <source>{count} real Greater Manchester assets, built the first time it is opened</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>گریٹر مانچسٹر کے {count} حقیقی اثاثے، پہلی بار کھولنے پر تیار کیے جاتے ہیں</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;حالیہ کھولیں</translation>
        </message>
        <message>
            <source>Open the &amp;data folder</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ڈیٹا فولڈر کھولیں</translation>
        </message>
        <message>
            <source>Show the folder that holds registers and their backups</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وہ فولڈر دکھائیں جس میں رجسٹر اور ان کے بیک اپ ہیں</translation>
        </message>
        <message>
            <source>Make a &amp;backup now…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ابھی &amp;بیک اپ بنائیں…</translation>
        </message>
        <message>
            <source>Copy the register, as it is now, to a file you choose</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کو، جیسا یہ ابھی ہے، اپنی منتخب کردہ فائل میں نقل کریں</translation>
        </message>
        <message>
            <source>&amp;Encrypt register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کو &amp;خفیہ کریں…</translation>
        </message>
        <message>
            <source>Encrypt the register and its backups: it opens only with a passphrase</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر اور اس کے بیک اپ کو خفیہ کریں: یہ صرف پاس فریز سے کھلے گا</translation>
        </message>
        <message>
            <source>Decr&amp;ypt register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کی &amp;خفیہ کاری ختم کریں…</translation>
        </message>
        <message>
            <source>Return the register to a plain file anyone with it can read</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کو دوبارہ عام فائل بنائیں جسے کوئی بھی پڑھ سکے جس کے پاس یہ ہو</translation>
        </message>
        <message>
            <source>No other registers yet</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ابھی کوئی اور رجسٹر نہیں</translation>
        </message>
        <message>
            <source>Open a register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کھولیں</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تمام فائلیں (*)</translation>
        </message>
        <message>
            <source>{stem} backup{suffix}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{stem} بیک اپ{suffix}</translation>
        </message>
        <message>
            <source>Save a backup of the register as</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کا بیک اپ اس نام سے محفوظ کریں</translation>
        </message>
        <message>
            <source>Backup not made</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بیک اپ نہیں بنا</translation>
        </message>
        <message>
            <source>Backup saved and checked: {path}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بیک اپ محفوظ اور جانچ لیا گیا: {path}</translation>
        </message>
        <message>
            <source>Decrypt the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کی خفیہ کاری ختم کریں</translation>
        </message>
        <message>
            <source>Anyone with the register file (or a backup of it) will be able to read it, personal details included. Decrypt it?</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جس کے پاس بھی رجسٹر کی فائل (یا اس کا بیک اپ) ہو گی وہ اسے پڑھ سکے گا، ذاتی تفصیلات سمیت۔ کیا خفیہ کاری ختم کی جائے؟</translation>
        </message>
        <message>
            <source>Encrypting</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>خفیہ کیا جا رہا ہے</translation>
        </message>
        <message>
            <source>Decrypting</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>خفیہ کاری ختم کی جا رہی ہے</translation>
        </message>
        <message>
            <source>Encrypting {name} and its backups…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} اور اس کے بیک اپ خفیہ کیے جا رہے ہیں…</translation>
        </message>
        <message>
            <source>Decrypting {name} and its backups…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} اور اس کے بیک اپ کی خفیہ کاری ختم کی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Register not changed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر تبدیل نہیں ہوا</translation>
        </message>
        <message>
            <source>Register encrypted</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر خفیہ کر دیا گیا</translation>
        </message>
        <message>
            <source>Register decrypted</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کی خفیہ کاری ختم کر دی گئی</translation>
        </message>
    </context>
    <context>
        <name>removed_dialog</name>
        <message>
            <source>Nothing has been removed. Removed assets wait here so they can be restored.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کچھ بھی ہٹایا نہیں گیا۔ ہٹائے گئے اثاثے یہاں انتظار کرتے ہیں تاکہ انہیں بحال کیا جا سکے۔</translation>
        </message>
        <message>
            <source>Recently removed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>حال ہی میں ہٹائے گئے</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نام</translation>
        </message>
        <message>
            <source>Category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>زمرہ</translation>
        </message>
        <message>
            <source>Removed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہٹایا گیا</translation>
        </message>
        <message>
            <source>Removed assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہٹائے گئے اثاثے</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;بحال کریں</translation>
        </message>
        <message>
            <source>Put the selected assets back in the table and on the map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منتخب اثاثوں کو دوبارہ جدول اور نقشے پر لائیں</translation>
        </message>
        <message>
            <source>Select assets to bring back. Restoring can be undone like any change.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>واپس لانے کے لیے اثاثے منتخب کریں۔ بحالی کو کسی بھی تبدیلی کی طرح واپس لیا جا سکتا ہے۔</translation>
        </message>
    </context>
    <context>
        <name>report_actions</name>
        <message>
            <source>Commissioner report</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کمیشن دہندگان کے لیے رپورٹ</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>PDF دستاویز (*.pdf)</translation>
        </message>
        <message>
            <source>Map sheet</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشے کی شیٹ</translation>
        </message>
        <message>
            <source>PDF document (*.pdf);;PNG image (*.png)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>PDF دستاویز (*.pdf);;PNG تصویر (*.png)</translation>
        </message>
        <message>
            <source>Shareable interactive map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قابلِ اشتراک انٹرایکٹو نقشہ</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ویب صفحہ (*.html)</translation>
        </message>
        <message>
            <source>Writing the commissioner report…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کمیشن دہندگان کے لیے رپورٹ لکھی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Writing the map sheet…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشے کی شیٹ لکھی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Writing the shareable interactive map…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قابلِ اشتراک انٹرایکٹو نقشہ لکھا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Give the file to save to, or choose one with Browse….</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وہ فائل بتائیں جس میں محفوظ کرنا ہے، یا "فائل چنیں…" سے منتخب کریں۔</translation>
        </message>
        <message>
            <source>Give the whole path of the file, starting with its drive or top folder.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فائل کا پورا راستہ لکھیں، اس کی ڈرائیو یا سب سے اوپر والے فولڈر سے شروع کر کے۔</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose another with Browse….</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فولڈر {folder} موجود نہیں۔ "فائل چنیں…" سے کوئی اور منتخب کریں۔</translation>
        </message>
        <message>
            <source>You cannot save in the folder {folder}. Choose another with Browse….</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آپ فولڈر {folder} میں محفوظ نہیں کر سکتے۔ "فائل چنیں…" سے کوئی اور منتخب کریں۔</translation>
        </message>
        <message>
            <source>{path} is a folder. Add a file name to it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{path} ایک فولڈر ہے۔ اس کے ساتھ فائل کا نام لکھیں۔</translation>
        </message>
        <message>
            <source>The file name must end in {endings}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فائل کا نام {endings} پر ختم ہونا چاہیے۔</translation>
        </message>
        <message>
            <source> or </source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation> یا </translation>
        </message>
        <message>
            <source>Commissioner &amp;report (PDF)…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;رپورٹ برائے کمیشن دہندگان (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Map sheet (PDF or PNG)…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;نقشے کی شیٹ (PDF یا PNG)…</translation>
        </message>
        <message>
            <source>Shareable &amp;HTML map…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قابلِ اشتراک &amp;HTML نقشہ…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written to {path}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منسوخ: {path} میں کچھ نہیں لکھا گیا۔</translation>
        </message>
        <message>
            <source>{document} written to {path}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ ہو گیا: {document}، یہاں: {path}</translation>
        </message>
    </context>
    <context>
        <name>report_dialog</name>
        <message>
            <source>Save the commissioner report</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کمیشن دہندگان کے لیے رپورٹ محفوظ کریں</translation>
        </message>
        <message>
            <source>Save a map sheet</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشے کی شیٹ محفوظ کریں</translation>
        </message>
        <message>
            <source>Save a shareable interactive map</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قابلِ اشتراک انٹرایکٹو نقشہ محفوظ کریں</translation>
        </message>
        <message>
            <source>Public assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عوامی اثاثے</translation>
        </message>
        <message>
            <source>Public and partner-only assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عوامی اور صرف شراکت داروں کے اثاثے</translation>
        </message>
        <message>
            <source>Share of postcodes within {metres} m of an asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی اثاثے سے {metres} میٹر کے اندر پوسٹ کوڈز کا تناسب</translation>
        </message>
        <message>
            <source>Wards chosen below</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نیچے منتخب کیے گئے وارڈ</translation>
        </message>
        <message>
            <source>&amp;Categories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;زمرے</translation>
        </message>
        <message>
            <source>Private assets are never included. People's gifts and skills are only counted, and only with each person's consent to this tier; a person is named only if they agreed to be named.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نجی اثاثے کبھی شامل نہیں کیے جاتے۔ لوگوں کے تحفے اور ہنر صرف گنے جاتے ہیں، اور وہ بھی صرف ہر فرد کی اس درجے کے لیے رضامندی سے؛ کسی فرد کا نام صرف اسی صورت میں لیا جاتا ہے جب اس نے نام لیے جانے پر رضامندی دی ہو۔</translation>
        </message>
        <message>
            <source>&amp;Landscape</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;افقی</translation>
        </message>
        <message>
            <source>Default: named after the area</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>طے شدہ: علاقے کے نام پر</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;فائل چنیں…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;محفوظ کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Preview: a web page has no pages, so this is its map as a sheet</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پیش منظر: ویب صفحے کے صفحات نہیں ہوتے، اس لیے یہ اس کا نقشہ شیٹ کی صورت میں ہے</translation>
        </message>
        <message>
            <source>&amp;Area</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;علاقہ</translation>
        </message>
        <message>
            <source>Fin&amp;d a ward</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ &amp;ڈھونڈیں</translation>
        </message>
        <message>
            <source>&amp;Measure</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;پیمانہ</translation>
        </message>
        <message>
            <source>&amp;Include</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;شامل کریں</translation>
        </message>
        <message>
            <source>Pa&amp;per</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;کاغذ</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ع&amp;نوان</translation>
        </message>
        <message>
            <source>Prepared &amp;by</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;تیار کردہ</translation>
        </message>
        <message>
            <source>Lang&amp;uage</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ز&amp;بان</translation>
        </message>
        <message>
            <source>Save t&amp;o</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ کرنے کی &amp;جگہ</translation>
        </message>
        <message>
            <source>Tick at least one ward in the list, or choose a district or the whole area.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فہرست میں کم از کم ایک وارڈ پر نشان لگائیں، یا کوئی ضلع یا پورا علاقہ منتخب کریں۔</translation>
        </message>
        <message>
            <source>{name} is already there and will be replaced.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name} پہلے سے موجود ہے اور اس کی جگہ نئی فائل رکھ دی جائے گی۔</translation>
        </message>
    </context>
    <context>
        <name>report_preview</name>
        <message>
            <source>The document was made, but its pages could not be read for the preview.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دستاویز تیار ہو گئی، لیکن پیش منظر کے لیے اس کے صفحات پڑھے نہیں جا سکے۔</translation>
        </message>
        <message>
            <source>Preview</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پیش منظر</translation>
        </message>
        <message>
            <source>Making the preview</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پیش منظر تیار ہو رہا ہے</translation>
        </message>
        <message>
            <source>&amp;Refresh preview</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;دوبارہ پیش منظر</translation>
        </message>
        <message>
            <source>The first pages appear here in a moment.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پہلے صفحات ایک لمحے میں یہاں نظر آئیں گے۔</translation>
        </message>
        <message>
            <source>The preview could not be made; details are in the log.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پیش منظر تیار نہیں ہو سکا؛ تفصیلات لاگ میں ہیں۔</translation>
        </message>
        <message numerus="yes">
            <source>The first %n page(s), as they will be saved.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>
                <numerusform>پہلا %n صفحہ، جیسا وہ محفوظ ہوگا۔</numerusform>
                <numerusform>پہلے %n صفحات، جیسے وہ محفوظ ہوں گے۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Making the preview…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پیش منظر تیار ہو رہا ہے…</translation>
        </message>
        <message>
            <source>No preview: {reason}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی پیش منظر نہیں: {reason}</translation>
        </message>
        <message>
            <source>Page {number}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صفحہ {number}</translation>
        </message>
    </context>
    <context>
        <name>server_actions</name>
        <message>
            <source>assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے</translation>
        </message>
        <message>
            <source>asset history entries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثوں کی تاریخ کے اندراجات</translation>
        </message>
        <message>
            <source>categories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>زمرے</translation>
        </message>
        <message>
            <source>subcategories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ذیلی زمرے</translation>
        </message>
        <message>
            <source>ward boundaries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کی حدود</translation>
        </message>
        <message>
            <source>people (erased ones as empty rows)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>لوگ (مٹائے گئے خالی قطاروں کے طور پر)</translation>
        </message>
        <message>
            <source>person history entries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>افراد کی تاریخ کے اندراجات</translation>
        </message>
        <message>
            <source>people's keys</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>لوگوں کی کلیدیں</translation>
        </message>
        <message>
            <source>links between people and assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>لوگوں اور اثاثوں کے درمیان روابط</translation>
        </message>
        <message>
            <source>consent events</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی کے واقعات</translation>
        </message>
        <message>
            <source>erasures</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مٹانے کے اندراجات</translation>
        </message>
        <message>
            <source>saved views</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ مناظر</translation>
        </message>
        <message>
            <source>suggestions</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تجاویز</translation>
        </message>
        <message>
            <source>audit trail entries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آڈٹ ریکارڈ کے اندراجات</translation>
        </message>
        <message>
            <source>register settings</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کی ترتیبات</translation>
        </message>
        <message>
            <source>bundles written</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>لکھے گئے بنڈل</translation>
        </message>
        <message>
            <source>{count} {what}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{what}: {count}</translation>
        </message>
        <message>
            <source>Moved onto {location}: {parts}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{location} پر منتقل کیا گیا: {parts}۔</translation>
        </message>
        <message>
            <source>Move to a team server</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم سرور پر منتقل کریں</translation>
        </message>
        <message>
            <source>Move {register}, with all its history, people and audit trail, onto an empty team register on a PostgreSQL server. Its tables are made there if need be. The file is left as it is.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{register} کو اس کی پوری تاریخ، لوگوں اور آڈٹ ٹریل سمیت PostgreSQL سرور پر ایک خالی ٹیم رجسٹر میں منتقل کریں۔ ضرورت ہو تو اس کی جدولیں وہاں بنائی جاتی ہیں۔ فائل جیسی ہے ویسی ہی رہتی ہے۔</translation>
        </message>
        <message>
            <source>Server address</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>سرور کا پتہ</translation>
        </message>
        <message>
            <source>Password</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پاس ورڈ</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;سرور کا پتہ:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;پاس ورڈ:</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;منتقل کریں</translation>
        </message>
        <message>
            <source>Write the server's address as {example}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>سرور کا پتہ اس طرح لکھیں: {example}۔</translation>
        </message>
        <message>
            <source>Move to a &amp;team server…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ٹیم سرور پر منتقل کریں…</translation>
        </message>
        <message>
            <source>Move this register, with all its history, onto an empty team register on a PostgreSQL server</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس رجسٹر کو اس کی پوری تاریخ سمیت PostgreSQL سرور پر ایک خالی ٹیم رجسٹر میں منتقل کریں</translation>
        </message>
        <message>
            <source>Moving to a team server</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم سرور پر منتقل ہو رہا ہے</translation>
        </message>
        <message>
            <source>Moving {register} onto {server}…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{register} کو {server} پر منتقل کیا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Register not moved</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر منتقل نہیں ہوا</translation>
        </message>
        <message>
            <source>Moved to the team server</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم سرور پر منتقل ہو گیا</translation>
        </message>
        <message>
            <source>The team register keeps this register's id, so bundles made from it still merge. Work in the team register from now on (File → Open team register…); keep this file as a record of how it was.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم رجسٹر اس رجسٹر کی شناخت رکھتا ہے، اس لیے اس سے بنائے گئے بنڈل اب بھی ملائے جا سکتے ہیں۔ اب سے ٹیم رجسٹر میں کام کریں (فائل ← ٹیم رجسٹر کھولیں…)؛ یہ فائل ریکارڈ کے طور پر رکھیں کہ یہ کیسا تھا۔</translation>
        </message>
    </context>
    <context>
        <name>stale_write</name>
        <message>
            <source>Someone else changed ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی اور نے ‘{name}’ کو تبدیل کیا</translation>
        </message>
        <message>
            <source>Someone else saved a change to ‘{name}’ after you opened it, so your change has not been saved yet. Choose, field by field, which value to keep: yours, or the one now in the register. Where only one of you changed a field, that value is chosen already. Cancel to go back to your change without saving.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آپ کے کھولنے کے بعد کسی اور نے ‘{name}’ میں تبدیلی محفوظ کی، اس لیے آپ کی تبدیلی ابھی محفوظ نہیں ہوئی۔ ہر خانے کے لیے منتخب کریں کہ کون سی قدر رکھنی ہے: آپ کی، یا وہ جو اب رجسٹر میں ہے۔ جہاں صرف آپ میں سے ایک نے خانہ بدلا، وہ قدر پہلے سے منتخب ہے۔ محفوظ کیے بغیر اپنی تبدیلی پر واپس جانے کے لیے منسوخ کریں۔</translation>
        </message>
        <message>
            <source>Field</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>خانہ</translation>
        </message>
        <message>
            <source>When you opened it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جب آپ نے کھولا</translation>
        </message>
        <message>
            <source>Yours</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آپ کا</translation>
        </message>
        <message>
            <source>Now in the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اب رجسٹر میں</translation>
        </message>
        <message>
            <source>Keep your value</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اپنی قدر رکھیں</translation>
        </message>
        <message>
            <source>Keep the value now in the register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وہ قدر رکھیں جو اب رجسٹر میں ہے</translation>
        </message>
        <message>
            <source>Keep all &amp;yours</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;اپنے سب رکھیں</translation>
        </message>
        <message>
            <source>Keep all &amp;theirs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ان کے سب رکھیں</translation>
        </message>
        <message>
            <source>&amp;Save my choices</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>میرے انتخاب &amp;محفوظ کریں</translation>
        </message>
        <message>
            <source>Choose yours or theirs for {fields} first</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پہلے {fields} کے لیے اپنا یا ان کا انتخاب کریں</translation>
        </message>
    </context>
    <context>
        <name>story_form</name>
        <message>
            <source>Faces in photos are your responsibility: before adding a photo in which anyone can be recognised, get their consent (a parent's or carer's for a child). Location and camera details are removed from every photo when it is saved.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصویروں میں چہروں کی ذمہ داری آپ کی ہے: کوئی ایسی تصویر شامل کرنے سے پہلے جس میں کسی کو پہچانا جا سکے، اس کی رضامندی لیں (بچے کے لیے والدین یا سرپرست کی)۔ ہر تصویر محفوظ ہوتے وقت اس سے مقام اور کیمرے کی تفصیلات ہٹا دی جاتی ہیں۔</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصاویر (*.jpg *.jpeg *.png *.webp)</translation>
        </message>
        <message>
            <source>Edit the story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہانی میں ترمیم کریں</translation>
        </message>
        <message>
            <source>A story of ‘{name}’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>‘{name}’ کی ایک کہانی</translation>
        </message>
        <message>
            <source>Story, required</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہانی، لازمی</translation>
        </message>
        <message>
            <source>What happened, in the teller's words where you can</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کیا ہوا، جہاں ممکن ہو سنانے والے کے اپنے الفاظ میں</translation>
        </message>
        <message>
            <source>&amp;Told on</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;سنانے کی تاریخ</translation>
        </message>
        <message>
            <source>Told on date</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>سنانے کی تاریخ</translation>
        </message>
        <message>
            <source>Told by</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>سنانے والا</translation>
        </message>
        <message>
            <source>&amp;Anonymous</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;گمنام</translation>
        </message>
        <message>
            <source>Agreed to be &amp;quoted by name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نام کے ساتھ &amp;حوالہ دینے پر رضامند</translation>
        </message>
        <message>
            <source>Without this, every output shows the teller as ‘Anonymous’</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس کے بغیر ہر نتیجے میں سنانے والا ‘گمنام’ دکھایا جاتا ہے</translation>
        </message>
        <message>
            <source>One of the &amp;strongest stories (shown on the ward's report page)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>سب سے &amp;مضبوط کہانیوں میں سے ایک (وارڈ کی رپورٹ کے صفحے پر دکھائی جاتی ہے)</translation>
        </message>
        <message>
            <source>Photos</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصاویر</translation>
        </message>
        <message>
            <source>Add &amp;photo…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;تصویر شامل کریں…</translation>
        </message>
        <message>
            <source>Add photo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصویر شامل کریں</translation>
        </message>
        <message>
            <source>&amp;Describe photo…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصویر کی &amp;وضاحت…</translation>
        </message>
        <message>
            <source>Describe photo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصویر کی وضاحت</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصویر ہٹائیں</translation>
        </message>
        <message>
            <source>Stor&amp;y *</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;کہانی *</translation>
        </message>
        <message>
            <source>Told &amp;by</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;سنانے والا</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ کریں</translation>
        </message>
        <message>
            <source>Add a photo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصویر شامل کریں</translation>
        </message>
        <message>
            <source>The photo {path} could not be read ({reason}); choose another file.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصویر {path} پڑھی نہیں جا سکی ({reason})؛ کوئی اور فائل چنیں۔</translation>
        </message>
        <message>
            <source>Describe the photo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصویر کی وضاحت کریں</translation>
        </message>
        <message>
            <source>Alternative text (required): what the photo shows, for people who cannot see it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>متبادل متن (لازمی): تصویر میں کیا دکھائی دیتا ہے، ان لوگوں کے لیے جو اسے دیکھ نہیں سکتے۔</translation>
        </message>
        <message>
            <source>The photo {name} was not added: it needs alternative text saying what it shows. Add it again and describe it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصویر {name} شامل نہیں کی گئی: اسے ایسے متبادل متن کی ضرورت ہے جو بتائے کہ اس میں کیا ہے۔ اسے دوبارہ شامل کریں اور اس کی وضاحت کریں۔</translation>
        </message>
        <message>
            <source>Alternative text (required):</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>متبادل متن (لازمی):</translation>
        </message>
        <message>
            <source>Write the story before saving it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ کرنے سے پہلے کہانی لکھیں۔</translation>
        </message>
        <message>
            <source>Stories of this asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس اثاثے کی کہانیاں</translation>
        </message>
        <message>
            <source>Add stor&amp;y…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;کہانی شامل کریں…</translation>
        </message>
        <message>
            <source>Add story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہانی شامل کریں</translation>
        </message>
        <message>
            <source>Edit story…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہانی میں ترمیم…</translation>
        </message>
        <message>
            <source>Edit story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہانی میں ترمیم</translation>
        </message>
        <message>
            <source>Remove story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہانی ہٹائیں</translation>
        </message>
        <message>
            <source>“{text}” — {teller}, {day}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>“{text}” — {teller}، {day}</translation>
        </message>
        <message>
            <source>“{text}” — {teller}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>“{text}” — {teller}</translation>
        </message>
        <message>
            <source>No stories yet: Add story… records what happened here, in people's words.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ابھی کوئی کہانیاں نہیں: ”کہانی شامل کریں…“ یہاں جو ہوا اسے لوگوں کے اپنے الفاظ میں درج کرتا ہے۔</translation>
        </message>
        <message>
            <source>Tell a story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہانی سنائیں</translation>
        </message>
        <message>
            <source>Edit a story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہانی میں ترمیم کریں</translation>
        </message>
    </context>
    <context>
        <name>subject_access</name>
        <message>
            <source>A subject access copy is a zip file: give a name ending in .zip, not {name}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ذاتی معلومات تک رسائی کی نقل ایک zip فائل ہوتی ہے: ایسا نام دیں جو .zip پر ختم ہو، {name} نہیں۔</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <source>Cancel</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منسوخ کریں</translation>
        </message>
    </context>
    <context>
        <name>team_actions</name>
        <message>
            <source>Cannot open the team register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم رجسٹر نہیں کھل سکتا</translation>
        </message>
        <message>
            <source>Open &amp;team register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ٹیم رجسٹر کھولیں…</translation>
        </message>
        <message>
            <source>Open a register kept on a PostgreSQL server, with your own login</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>PostgreSQL سرور پر رکھا گیا رجسٹر اپنے لاگ اِن سے کھولیں</translation>
        </message>
        <message>
            <source>&amp;Users…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;صارفین…</translation>
        </message>
        <message>
            <source>Who may log in to this team register, with which role (coordinators)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس ٹیم رجسٹر میں کون لاگ اِن کر سکتا ہے، کس کردار کے ساتھ (کوآرڈینیٹرز)</translation>
        </message>
        <message>
            <source>&amp;Recent team registers</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;حالیہ ٹیم رجسٹر</translation>
        </message>
        <message>
            <source>{database} on {host} as {user}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{host} پر {database}، بطور {user}</translation>
        </message>
        <message>
            <source>No team registers yet</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ابھی کوئی ٹیم رجسٹر نہیں</translation>
        </message>
        <message>
            <source>Users</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صارفین</translation>
        </message>
        <message>
            <source>A register file has no users of its own: users and roles belong to a team register on a server (File → Open team register…).</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر فائل کے اپنے کوئی صارفین نہیں ہوتے: صارفین اور کردار سرور پر موجود ٹیم رجسٹر کے ہوتے ہیں (فائل ← ٹیم رجسٹر کھولیں…)۔</translation>
        </message>
        <message>
            <source>the register {database} on {host}:{port}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{host}:{port} پر رجسٹر {database}</translation>
        </message>
    </context>
    <context>
        <name>team_login_dialog</name>
        <message>
            <source>Open team register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم رجسٹر کھولیں</translation>
        </message>
        <message>
            <source>A team register is kept on a PostgreSQL server. Enter its details and your own login: what you see and may change depends on your role there.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم رجسٹر PostgreSQL سرور پر رکھا جاتا ہے۔ اس کی تفصیلات اور اپنا لاگ اِن درج کریں: آپ کیا دیکھ اور بدل سکتے ہیں، یہ وہاں آپ کے کردار پر منحصر ہے۔</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;سرور:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;پورٹ:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ڈیٹا بیس:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;صارف:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پاس &amp;ورڈ:</translation>
        </message>
        <message>
            <source>&amp;Remember the password on this computer (kept in the system keyring)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس کمپیوٹر پر پاس ورڈ &amp;یاد رکھیں (سسٹم کی کی رِنگ میں رکھا جاتا ہے)</translation>
        </message>
        <message>
            <source>&amp;Encryption (sslmode):</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;خفیہ کاری (sslmode):</translation>
        </message>
        <message>
            <source>root.crt from whoever runs the server</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>root.crt، سرور چلانے والے سے</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;چنیں…</translation>
        </message>
        <message>
            <source>Root &amp;certificate:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>روٹ &amp;سرٹیفکیٹ:</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رابطہ &amp;آزمائیں</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;کھولیں</translation>
        </message>
        <message>
            <source>Root certificate of the server</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>سرور کا روٹ سرٹیفکیٹ</translation>
        </message>
        <message>
            <source>Certificates (*.crt *.pem);;All files (*)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>سرٹیفکیٹ (*.crt *.pem);;تمام فائلیں (*)</translation>
        </message>
        <message>
            <source>Connected: {user} is a {role} in {where}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رابطہ ہو گیا: {user}، {where} میں {role} ہیں۔</translation>
        </message>
        <message>
            <source>This computer has no keyring to keep the password in: it will be asked each time.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس کمپیوٹر میں پاس ورڈ رکھنے کے لیے کوئی کی رِنگ نہیں: یہ ہر بار پوچھا جائے گا۔</translation>
        </message>
    </context>
    <context>
        <name>user_dialog</name>
        <message>
            <source>AssetMap keeps an audit trail of who changed what, so your team can show a data-protection officer who did what. Which name should it record for you? Your computer's account name is filled in; use your own name if colleagues share this computer.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap ایک آڈٹ ریکارڈ رکھتا ہے کہ کس نے کیا بدلا، تاکہ آپ کی ٹیم ڈیٹا پروٹیکشن افسر کو دکھا سکے کہ کس نے کیا کیا۔ آپ کے لیے کون سا نام درج کیا جائے؟ آپ کے کمپیوٹر اکاؤنٹ کا نام بھرا ہوا ہے؛ اگر ساتھی یہ کمپیوٹر استعمال کرتے ہیں تو اپنا نام لکھیں۔</translation>
        </message>
        <message>
            <source>The audit trail records this name for every change made from now on. Changes already made keep the name they were made under.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آڈٹ ریکارڈ اب سے ہونے والی ہر تبدیلی کے لیے یہی نام درج کرے گا۔ پہلے سے کی گئی تبدیلیاں اسی نام سے رہیں گی جس کے تحت وہ کی گئی تھیں۔</translation>
        </message>
        <message>
            <source>Who is using AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap کون استعمال کر رہا ہے</translation>
        </message>
        <message>
            <source>Your name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آپ کا نام</translation>
        </message>
        <message>
            <source>The name the audit trail records for your changes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وہ نام جو آڈٹ ریکارڈ آپ کی تبدیلیوں کے لیے درج کرتا ہے</translation>
        </message>
        <message>
            <source>Use this name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ نام استعمال کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آپ کا &amp;نام:</translation>
        </message>
    </context>
    <context>
        <name>users_dialog</name>
        <message>
            <source>Add a user</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صارف شامل کریں</translation>
        </message>
        <message>
            <source>&amp;Login name:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;لاگ اِن نام:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;کردار:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;پاس ورڈ:</translation>
        </message>
        <message>
            <source>The same &amp;again:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;دوبارہ وہی:</translation>
        </message>
        <message>
            <source>Give the password to the person in person, not by email. They log in with it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پاس ورڈ اس شخص کو خود جا کر دیں، ای میل سے نہیں۔ وہ اسی سے لاگ اِن کرتے ہیں۔</translation>
        </message>
        <message>
            <source>Give the login a name.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>لاگ اِن کو ایک نام دیں۔</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دونوں پاس ورڈ ایک جیسے نہیں ہیں۔</translation>
        </message>
        <message>
            <source>A password needs at least {count} characters.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پاس ورڈ میں کم از کم {count} حروف ہونے چاہییں۔</translation>
        </message>
        <message>
            <source>A password may not start or end with a space.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پاس ورڈ خالی جگہ سے شروع یا ختم نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <source>Users of the team register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم رجسٹر کے صارفین</translation>
        </message>
        <message>
            <source>Who may log in to {where}, and with which role.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{where} میں کون لاگ اِن کر سکتا ہے، اور کس کردار کے ساتھ۔</translation>
        </message>
        <message>
            <source>Users and their roles</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صارفین اور ان کے کردار</translation>
        </message>
        <message>
            <source>Login</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>لاگ اِن</translation>
        </message>
        <message>
            <source>Role</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کردار</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;شامل کریں…</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;کردار بدلیں…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;ہٹائیں</translation>
        </message>
        <message>
            <source>Users not shown</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صارفین نہیں دکھائے گئے</translation>
        </message>
        <message>
            <source>User not added</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صارف شامل نہیں ہوا</translation>
        </message>
        <message>
            <source>Role not changed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کردار نہیں بدلا</translation>
        </message>
        <message>
            <source>User not removed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صارف نہیں ہٹایا گیا</translation>
        </message>
        <message>
            <source>Change role</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کردار بدلیں</translation>
        </message>
        <message>
            <source>The role of {login}:</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{login} کا کردار:</translation>
        </message>
        <message>
            <source>Remove a user</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صارف ہٹائیں</translation>
        </message>
        <message>
            <source>Take {login} off the register? They will no longer be able to log in to it. What they recorded stays; their private records are then seen by coordinators only.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{login} کو رجسٹر سے ہٹا دیں؟ وہ اس میں مزید لاگ اِن نہیں کر سکیں گے۔ انہوں نے جو درج کیا وہ رہتا ہے؛ ان کے نجی ریکارڈ پھر صرف کوآرڈینیٹر دیکھ سکتے ہیں۔</translation>
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <source>Map of assets and wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثوں اور وارڈوں کا نقشہ</translation>
        </message>
        <message>
            <source>Arrow keys pan, plus and minus zoom; Tab moves to the assets, then to the wards; Enter opens one</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تیر والی کلیدیں نقشہ سرکاتی ہیں، جمع اور تفریق زوم کرتی ہیں؛ ٹیب پہلے اثاثوں پر، پھر وارڈوں پر جاتا ہے؛ اینٹر ایک کو کھولتا ہے</translation>
        </message>
    </context>
    <context>
        <name>view_options</name>
        <message>
            <source>&amp;Next part of the window</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ونڈو کا &amp;اگلا حصہ</translation>
        </message>
        <message>
            <source>Move the keyboard focus: search, table, map (F6)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کی بورڈ فوکس آگے بڑھائیں: تلاش، جدول، نقشہ (F6)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;تھیم</translation>
        </message>
    </context>
    <context>
        <name>views_panel</name>
        <message>
            <source>No saved views yet. Set up the map as you want to show it (area, layer, filters), then press Save current view…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ابھی کوئی محفوظ منظر نہیں۔ نقشے کو ویسا ترتیب دیں جیسا آپ دکھانا چاہتے ہیں (علاقہ، پرت، فلٹر)، پھر موجودہ منظر محفوظ کریں… دبائیں</translation>
        </message>
        <message>
            <source>Save view “{title}”</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منظر “{title}” محفوظ کریں</translation>
        </message>
        <message>
            <source>Change view “{title}”</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منظر “{title}” تبدیل کریں</translation>
        </message>
        <message>
            <source>Remove view “{title}”</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منظر “{title}” ہٹائیں</translation>
        </message>
        <message>
            <source>Move view “{title}”</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منظر “{title}” منتقل کریں</translation>
        </message>
        <message>
            <source>What this view shows, in a few words</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ منظر کیا دکھاتا ہے، چند الفاظ میں</translation>
        </message>
        <message>
            <source>A short note for the meeting and the handout (optional)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اجلاس اور ہینڈ آؤٹ کے لیے مختصر نوٹ (اختیاری)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;عنوان</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;نوٹ</translation>
        </message>
        <message>
            <source>Title</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Note</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نوٹ</translation>
        </message>
        <message>
            <source>Give the view a title: a few words that say what it shows.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منظر کو عنوان دیں: چند الفاظ جو بتائیں کہ یہ کیا دکھاتا ہے۔</translation>
        </message>
        <message>
            <source>The note is {length} characters long; shorten it to {most} at most.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نوٹ {length} حروف لمبا ہے؛ اسے زیادہ سے زیادہ {most} تک مختصر کریں۔</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ مناظر</translation>
        </message>
        <message>
            <source>The views in the order they are shown. Enter shows one; drag, or Ctrl+Up and Ctrl+Down, to reorder.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مناظر اسی ترتیب میں جس میں وہ دکھائے جاتے ہیں۔ Enter ایک منظر دکھاتا ہے؛ ترتیب بدلنے کے لیے گھسیٹیں، یا Ctrl+Up اور Ctrl+Down دبائیں۔</translation>
        </message>
        <message>
            <source>Save current view…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>موجودہ منظر محفوظ کریں…</translation>
        </message>
        <message>
            <source>Keep what the map shows now</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشہ جو ابھی دکھا رہا ہے اسے محفوظ رکھیں</translation>
        </message>
        <message>
            <source>Show</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دکھائیں</translation>
        </message>
        <message>
            <source>Show the chosen view (Enter)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منتخب منظر دکھائیں (Enter)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ترمیم…</translation>
        </message>
        <message>
            <source>Change the view's title and note</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منظر کا عنوان اور نوٹ تبدیل کریں</translation>
        </message>
        <message>
            <source>Remove</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہٹائیں</translation>
        </message>
        <message>
            <source>Take the view off the list</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منظر کو فہرست سے ہٹائیں</translation>
        </message>
        <message>
            <source>Update to the map now</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>موجودہ نقشے کے مطابق تازہ کریں</translation>
        </message>
        <message>
            <source>Keep what the map shows now (area, layer, filters) in the chosen view, with its title and note</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نقشہ جو ابھی دکھا رہا ہے (علاقہ، پرت، فلٹر) اسے منتخب منظر میں رکھیں، اس کے عنوان اور نوٹ کے ساتھ</translation>
        </message>
        <message>
            <source>Move up</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اوپر لے جائیں</translation>
        </message>
        <message>
            <source>Show it earlier (Ctrl+Up)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اسے پہلے دکھائیں (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نیچے لے جائیں</translation>
        </message>
        <message>
            <source>Show it later (Ctrl+Down)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اسے بعد میں دکھائیں (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Handout PDF…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہینڈ آؤٹ PDF…</translation>
        </message>
        <message>
            <source>One page per view, with its note, for the room</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہر منظر کا ایک صفحہ، اس کے نوٹ کے ساتھ، حاضرین کے لیے</translation>
        </message>
        <message>
            <source>Abundance</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فراوانی</translation>
        </message>
        <message>
            <source>Assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے</translation>
        </message>
        <message>
            <source>AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap</translation>
        </message>
        <message>
            <source>Showing saved view: {title}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ منظر دکھایا جا رہا ہے: {title}</translation>
        </message>
        <message>
            <source>There are no saved views to step through.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آگے پیچھے جانے کے لیے کوئی محفوظ منظر نہیں۔</translation>
        </message>
        <message>
            <source>This is the last saved view.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ آخری محفوظ منظر ہے۔</translation>
        </message>
        <message>
            <source>This is the first saved view.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ پہلا محفوظ منظر ہے۔</translation>
        </message>
        <message>
            <source>Save current view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>موجودہ منظر محفوظ کریں</translation>
        </message>
        <message>
            <source>Saved view: {title}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منظر محفوظ ہو گیا: {title}</translation>
        </message>
        <message>
            <source>Change saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ منظر تبدیل کریں</translation>
        </message>
        <message>
            <source>Updated view “{title}” to the map now.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منظر “{title}” موجودہ نقشے کے مطابق تازہ کر دیا گیا۔</translation>
        </message>
        <message>
            <source>Removed view “{title}”. Undo with Ctrl+Z.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منظر “{title}” ہٹا دیا گیا۔ Ctrl+Z سے واپس لیں۔</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہینڈ آؤٹ محفوظ کریں</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>PDF دستاویز (*.pdf)</translation>
        </message>
        <message>
            <source>Handout</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہینڈ آؤٹ</translation>
        </message>
        <message>
            <source>Writing the handout…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہینڈ آؤٹ لکھا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written to {path}.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منسوخ: {path} میں کچھ نہیں لکھا گیا۔</translation>
        </message>
        <message>
            <source>Handout written to {path}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہینڈ آؤٹ {path} میں لکھ دیا گیا</translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>People's gifts and skills</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>لوگوں کے تحفے اور ہنر</translation>
        </message>
        <message>
            <source>Associations and groups</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>انجمنیں اور گروپ</translation>
        </message>
        <message>
            <source>Institutions</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ادارے</translation>
        </message>
        <message>
            <source>Physical spaces</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جسمانی جگہیں</translation>
        </message>
        <message>
            <source>Local economy and exchange</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مقامی معیشت اور لین دین</translation>
        </message>
        <message>
            <source>Culture and stories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ثقافت اور کہانیاں</translation>
        </message>
        <message>
            <source>Public: assets marked public, no individuals, no personal names</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عوامی: عوامی نشان زدہ اثاثے، کوئی فرد نہیں، کوئی ذاتی نام نہیں</translation>
        </message>
        <message>
            <source>Partners: public and partner assets, no individuals, no personal names</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شراکت دار: عوامی اور شراکت داروں کے اثاثے، کوئی فرد نہیں، کوئی ذاتی نام نہیں</translation>
        </message>
        <message>
            <source>Everything: the team's own full copy, private records and individuals (with consent) included</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>سب کچھ: ٹیم کی اپنی مکمل نقل، نجی ریکارڈ اور افراد (رضامندی کے ساتھ) سمیت</translation>
        </message>
        <message>
            <source>Assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثے</translation>
        </message>
        <message>
            <source>Assets per 1,000 residents</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فی 1,000 رہائشی اثاثے</translation>
        </message>
        <message>
            <source>Categories present</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>موجود زمرے</translation>
        </message>
        <message>
            <source>Variety of assets (Shannon index)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثوں کا تنوع (شینن اشاریہ)</translation>
        </message>
        <message>
            <source>Share of postcodes within walking distance of an asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی اثاثے سے پیدل فاصلے پر پوسٹ کوڈز کا تناسب</translation>
        </message>
        <message>
            <source>Share of assets with at least one link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کم از کم ایک ربط والے اثاثوں کا تناسب</translation>
        </message>
        <message>
            <source>Groups linked to the ward's spaces</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کی جگہوں سے منسلک گروپ</translation>
        </message>
        <message>
            <source>meets at</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہاں ملتا ہے</translation>
        </message>
        <message>
            <source>runs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>چلاتا ہے</translation>
        </message>
        <message>
            <source>supports</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مدد کرتا ہے</translation>
        </message>
        <message>
            <source>funds</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مالی مدد کرتا ہے</translation>
        </message>
        <message>
            <source>shares members with</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کے ساتھ اراکین مشترک ہیں</translation>
        </message>
        <message>
            <source>refers to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کی طرف بھیجتا ہے</translation>
        </message>
        <message>
            <source>Runs</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>چلاتا ہے</translation>
        </message>
        <message>
            <source>Belongs to</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کا رکن ہے</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>گمنام</translation>
        </message>
        <message>
            <source>No consent in force</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی رضامندی نافذ نہیں</translation>
        </message>
        <message>
            <source>Kept in the register only</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف رجسٹر میں رکھا جائے</translation>
        </message>
        <message>
            <source>Shared with named partner organisations</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نامزد شراکت دار تنظیموں کے ساتھ شیئر کیا جائے</translation>
        </message>
        <message>
            <source>Shown on public maps and reports (not named)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عوامی نقشوں اور رپورٹوں میں دکھایا جائے (نام کے بغیر)</translation>
        </message>
        <message>
            <source>Named in reports as a connector</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رپورٹوں میں رابطہ کار کے طور پر نام لیا جائے</translation>
        </message>
        <message>
            <source>Consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی</translation>
        </message>
        <message>
            <source>Contract</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>معاہدہ</translation>
        </message>
        <message>
            <source>Legal obligation</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قانونی ذمہ داری</translation>
        </message>
        <message>
            <source>Vital interests</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اہم مفادات</translation>
        </message>
        <message>
            <source>Public task</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عوامی فریضہ</translation>
        </message>
        <message>
            <source>Legitimate interests</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جائز مفادات</translation>
        </message>
        <message>
            <source>Spoken, at an event or visit</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>زبانی، کسی تقریب یا ملاقات میں</translation>
        </message>
        <message>
            <source>Paper form</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کاغذی فارم</translation>
        </message>
        <message>
            <source>Email</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ای میل</translation>
        </message>
        <message>
            <source>Online form</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آن لائن فارم</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فون کال</translation>
        </message>
        <message>
            <source>Needs consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی درکار ہے</translation>
        </message>
        <message>
            <source>Phone</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فون</translation>
        </message>
        <message>
            <source>In person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بالمشافہ</translation>
        </message>
        <message>
            <source>Through someone they know</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی جاننے والے کے ذریعے</translation>
        </message>
        <message>
            <source>Coordinator: everything, and manages users</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوآرڈینیٹر: سب کچھ، اور صارفین کا انتظام کرتا ہے</translation>
        </message>
        <message>
            <source>Worker: public and partners assets, their own private ones, people they recorded</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کارکن: عوامی اور شراکت داروں کے اثاثے، اپنے نجی اثاثے، وہ لوگ جنہیں انہوں نے درج کیا</translation>
        </message>
        <message>
            <source>Viewer: public assets and aggregate figures only</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ناظر: صرف عوامی اثاثے اور مجموعی اعداد و شمار</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوآرڈینیٹر</translation>
        </message>
        <message>
            <source>worker</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کارکن</translation>
        </message>
        <message>
            <source>viewer</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ناظر</translation>
        </message>
        <message>
            <source>No encryption (only on a network you trust)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی خفیہ کاری نہیں (صرف ایسے نیٹ ورک پر جس پر آپ کو بھروسہ ہو)</translation>
        </message>
        <message>
            <source>Encrypted if the server offers it (the default)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اگر سرور پیش کرے تو خفیہ کاری (طے شدہ)</translation>
        </message>
        <message>
            <source>Always encrypted, the server's certificate not checked</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہمیشہ خفیہ، سرور کا سرٹیفکیٹ جانچا نہیں جاتا</translation>
        </message>
        <message>
            <source>Always encrypted, the certificate checked against a root certificate</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہمیشہ خفیہ، سرٹیفکیٹ کو روٹ سرٹیفکیٹ سے جانچا جاتا ہے</translation>
        </message>
        <message>
            <source>Always encrypted, the certificate and the server's name checked</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہمیشہ خفیہ، سرٹیفکیٹ اور سرور کا نام جانچے جاتے ہیں</translation>
        </message>
        <message>
            <source>Added</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شامل کیا</translation>
        </message>
        <message>
            <source>Changed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تبدیل کیا</translation>
        </message>
        <message>
            <source>Removed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ہٹایا</translation>
        </message>
        <message>
            <source>Restored</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بحال کیا</translation>
        </message>
        <message>
            <source>Undid adding</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شامل کرنا واپس لیا</translation>
        </message>
        <message>
            <source>Imported</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>درآمد کیا</translation>
        </message>
        <message>
            <source>Merged in</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ضم کیا</translation>
        </message>
        <message>
            <source>Changed ward boundaries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کی حدود تبدیل کیں</translation>
        </message>
        <message>
            <source>Changed subcategories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ذیلی زمرے تبدیل کیے</translation>
        </message>
        <message>
            <source>Recorded consent</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی درج کی</translation>
        </message>
        <message>
            <source>Recorded withdrawal</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رضامندی کی واپسی درج کی</translation>
        </message>
        <message>
            <source>Linked</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منسلک کیا</translation>
        </message>
        <message>
            <source>Unlinked</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط ختم کیا</translation>
        </message>
        <message>
            <source>Exported a subject access copy</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رسائی کی درخواست کی نقل برآمد کی</translation>
        </message>
        <message>
            <source>Erased</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مٹا دیا</translation>
        </message>
        <message>
            <source>Encrypted</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>خفیہ کیا</translation>
        </message>
        <message>
            <source>Made a separate register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>الگ رجسٹر بنایا</translation>
        </message>
        <message>
            <source>Wrote a bundle</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بنڈل لکھا</translation>
        </message>
        <message>
            <source>Reordered</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ترتیب بدلی</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تجویز کیا</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قبول کیا</translation>
        </message>
        <message>
            <source>Discarded</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رد کیا</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>دوبارہ کھولا</translation>
        </message>
        <message>
            <source>Moved onto the team server</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم سرور پر منتقل کیا</translation>
        </message>
        <message>
            <source>Took an offline copy</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آف لائن نقل لی</translation>
        </message>
        <message>
            <source>Synced with the team register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم رجسٹر سے ہم آہنگ کیا</translation>
        </message>
        <message>
            <source>Asset</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اثاثہ</translation>
        </message>
        <message>
            <source>Person</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فرد</translation>
        </message>
        <message>
            <source>Ward boundaries</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کی حدود</translation>
        </message>
        <message>
            <source>Category</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>زمرہ</translation>
        </message>
        <message>
            <source>Register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر</translation>
        </message>
        <message>
            <source>Saved view</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>محفوظ منظر</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تجویز</translation>
        </message>
        <message>
            <source>Link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط</translation>
        </message>
        <message>
            <source>Kind of link</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ربط کی قسم</translation>
        </message>
        <message>
            <source>Story</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کہانی</translation>
        </message>
        <message>
            <source>Photo</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تصویر</translation>
        </message>
        <message>
            <source>Login to a team register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم رجسٹر کا لاگ ان</translation>
        </message>
        <message>
            <source>Active</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>فعال</translation>
        </message>
        <message>
            <source>Draft</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مسودہ</translation>
        </message>
        <message>
            <source>Closed</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>بند</translation>
        </message>
        <message>
            <source>Public</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عوامی</translation>
        </message>
        <message>
            <source>Partners</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شراکت دار</translation>
        </message>
        <message>
            <source>Private</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نجی</translation>
        </message>
        <message>
            <source>CSV (.csv)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>CSV (.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ایکسل ورک بک (.xlsx)</translation>
        </message>
        <message>
            <source>GeoJSON (.geojson)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>GeoJSON (.geojson)</translation>
        </message>
        <message>
            <source>GeoPackage with ward counts (.gpkg)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کی گنتی کے ساتھ GeoPackage (.gpkg)</translation>
        </message>
        <message>
            <source>KML for Google Earth (.kml)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>گوگل ارتھ کے لیے KML (.kml)</translation>
        </message>
        <message>
            <source>Open Referral UK, JSON (.json)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اوپن ریفرل یو کے، JSON (.json)</translation>
        </message>
        <message>
            <source>Open Referral UK, tabular data package (.zip)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اوپن ریفرل یو کے، جدولی ڈیٹا پیکج (.zip)</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نام</translation>
        </message>
        <message>
            <source>Subcategory</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ذیلی زمرہ</translation>
        </message>
        <message>
            <source>Tags</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیگ</translation>
        </message>
        <message>
            <source>Description</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تفصیل</translation>
        </message>
        <message>
            <source>Address</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پتہ</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پوسٹ کوڈ</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رابطے کا نام</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رابطے کا فون</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رابطے کی ای میل</translation>
        </message>
        <message>
            <source>Website</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ویب سائٹ</translation>
        </message>
        <message>
            <source>Opening times</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کھلنے کے اوقات</translation>
        </message>
        <message>
            <source>Audience</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کن کے لیے</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رسائی کی سہولت</translation>
        </message>
        <message>
            <source>Cost</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>لاگت</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نمائش</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>درج کنندہ</translation>
        </message>
        <message>
            <source>Review due</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جائزے کی تاریخ</translation>
        </message>
        <message>
            <source>Id</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>شناخت</translation>
        </message>
        <message>
            <source>No location</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کوئی مقام نہیں</translation>
        </message>
        <message>
            <source>Longitude and latitude (WGS84)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>طول البلد اور عرض البلد (WGS84)</translation>
        </message>
        <message>
            <source>Easting and northing (British National Grid)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ایسٹنگ اور نارتھنگ (برٹش نیشنل گرڈ)</translation>
        </message>
        <message>
            <source>A geometry column (WKT text)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>جیومیٹری کالم (WKT متن)</translation>
        </message>
        <message>
            <source>The layer's own shapes</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پرت کی اپنی اشکال</translation>
        </message>
        <message>
            <source>error</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>غلطی</translation>
        </message>
        <message>
            <source>warning</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>انتباہ</translation>
        </message>
        <message>
            <source>Ward code</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کوڈ</translation>
        </message>
        <message>
            <source>Ward name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کا نام</translation>
        </message>
        <message>
            <source>District code</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ضلع کوڈ</translation>
        </message>
        <message>
            <source>District name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ضلع کا نام</translation>
        </message>
        <message>
            <source>Population</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آبادی</translation>
        </message>
        <message>
            <source>Quantiles (equal numbers of wards per class)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>مقداریے (ہر درجے میں وارڈز کی برابر تعداد)</translation>
        </message>
        <message>
            <source>Natural breaks (Fisher–Jenks)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>قدرتی وقفے (فشر–جینکس)</translation>
        </message>
        <message>
            <source>Equal intervals</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>برابر وقفے</translation>
        </message>
        <message>
            <source>Contains partner-only information</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>صرف شراکت داروں کے لیے معلومات شامل ہیں</translation>
        </message>
        <message>
            <source>public assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عوامی اثاثے</translation>
        </message>
        <message>
            <source>public and partner-only assets</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>عوامی اور صرف شراکت داروں کے اثاثے</translation>
        </message>
        <message>
            <source>all categories</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تمام زمرے</translation>
        </message>
    </context>
    <context>
        <name>ward_picker</name>
        <message>
            <source>Type part of a ward's or district's name</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی وارڈ یا ضلع کے نام کا کچھ حصہ لکھیں</translation>
        </message>
        <message>
            <source>Find a ward</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ ڈھونڈیں</translation>
        </message>
        <message>
            <source>Wards</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>AssetMap registers (*.assetmap)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap رجسٹر (*.assetmap)</translation>
        </message>
        <message>
            <source>Record what a community already has — its groups, places, people's skills and stories — on the ward map, and share what you find. Everything stays on this computer.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>وارڈ کے نقشے پر درج کریں کہ کمیونٹی کے پاس پہلے سے کیا ہے — اس کے گروپ، جگہیں، لوگوں کے ہنر اور کہانیاں — اور جو کچھ ملے وہ دوسروں کے ساتھ بانٹیں۔ سب کچھ اسی کمپیوٹر پر رہتا ہے۔</translation>
        </message>
        <message>
            <source>Welcome to AssetMap</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>AssetMap میں خوش آمدید</translation>
        </message>
        <message>
            <source>Explore the demo register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ڈیمو رجسٹر دیکھیں</translation>
        </message>
        <message>
            <source>{count} real community assets across Greater Manchester, to try AssetMap out.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>گریٹر مانچسٹر بھر کے {count} حقیقی کمیونٹی اثاثے، AssetMap آزمانے کے لیے۔</translation>
        </message>
        <message>
            <source>New register for all of Greater Manchester</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>پورے گریٹر مانچسٹر کے لیے نیا رجسٹر</translation>
        </message>
        <message>
            <source>An empty register on Greater Manchester's {count} wards, saved where you choose.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>گریٹر مانچسٹر کے {count} وارڈوں پر ایک خالی رجسٹر، جہاں آپ چاہیں محفوظ۔</translation>
        </message>
        <message>
            <source>District for the new register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نئے رجسٹر کے لیے ضلع</translation>
        </message>
        <message>
            <source>New register for one district</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ایک ضلع کے لیے نیا رجسٹر</translation>
        </message>
        <message>
            <source>An empty register on the wards of the district chosen here.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہاں منتخب کیے گئے ضلع کے وارڈوں پر ایک خالی رجسٹر۔</translation>
        </message>
        <message>
            <source>New register for another area</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کسی اور علاقے کے لیے نیا رجسٹر</translation>
        </message>
        <message>
            <source>An empty register on your own area's wards, from a GeoJSON, GeoPackage or zipped Shapefile.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آپ کے اپنے علاقے کے وارڈوں پر ایک خالی رجسٹر، GeoJSON، GeoPackage یا زپ شدہ Shapefile سے۔</translation>
        </message>
        <message>
            <source>Open an existing register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>موجودہ رجسٹر کھولیں…</translation>
        </message>
        <message>
            <source>An .assetmap file on this computer, such as one a colleague gave you.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اس کمپیوٹر پر ایک ‎.assetmap فائل، جیسے کسی ساتھی کی دی ہوئی۔</translation>
        </message>
        <message>
            <source>Open a team register…</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>ٹیم کا رجسٹر کھولیں…</translation>
        </message>
        <message>
            <source>Your team's register on a server, with the login your coordinator gave you.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>سرور پر آپ کی ٹیم کا رجسٹر، اس لاگ اِن کے ساتھ جو آپ کے کوآرڈینیٹر نے دیا۔</translation>
        </message>
        <message>
            <source>Try it</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آزمائیں</translation>
        </message>
        <message>
            <source>Start your own register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>اپنا رجسٹر شروع کریں</translation>
        </message>
        <message>
            <source>Carry on</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>کام جاری رکھیں</translation>
        </message>
        <message>
            <source>Recent registers</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>حالیہ رجسٹر</translation>
        </message>
        <message>
            <source>Registers you open are listed here, so you can go back to them quickly.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>آپ جو رجسٹر کھولتے ہیں وہ یہاں درج ہوتے ہیں، تاکہ آپ جلدی ان پر واپس جا سکیں۔</translation>
        </message>
        <message>
            <source>Double-click a register, or select it and press Enter, to open it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کھولنے کے لیے اس پر ڈبل کلک کریں، یا اسے منتخب کر کے اینٹر دبائیں۔</translation>
        </message>
        <message>
            <source>{name}, in {folder}</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{name}، {folder} میں</translation>
        </message>
        <message>
            <source>Save the new register as</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>نیا رجسٹر اس نام سے محفوظ کریں</translation>
        </message>
        <message>
            <source>That file already exists</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>یہ فائل پہلے سے موجود ہے</translation>
        </message>
        <message>
            <source>{path} already exists, and a new register never replaces a file. Choose another name, or use Open an existing register to open it.</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{path} پہلے سے موجود ہے، اور نیا رجسٹر کبھی کسی فائل کی جگہ نہیں لیتا۔ کوئی اور نام منتخب کریں، یا اسے کھولنے کے لیے موجودہ رجسٹر کھولیں استعمال کریں۔</translation>
        </message>
        <message>
            <source>Open a register</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>رجسٹر کھولیں</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>تمام فائلیں (*)</translation>
        </message>
    </context>
    <context>
        <name>zoom</name>
        <message>
            <source>Zoom &amp;in</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;بڑا کریں</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;چھوٹا کریں</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>&amp;اصل سائز</translation>
        </message>
        <message>
            <source>{action}: the table, forms and map labels ({keys})</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>{action}: جدول، فارم اور نقشے کے لیبل ({keys})</translation>
        </message>
    </context>
</TS>
