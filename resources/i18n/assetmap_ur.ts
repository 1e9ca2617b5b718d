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
        <name>tasks</name>
        <message>
            <source>Cancel</source>
            <translatorcomment>Awaiting review by a native speaker.</translatorcomment>
            <translation>منسوخ کریں</translation>
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
