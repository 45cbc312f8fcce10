<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="36"/>
        <source>About Tirkeu</source>
        <translation>Tirkeu бағдарламасы туралы</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="47"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>Copy details</source>
        <translation>Мәліметтерді көшіру</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="23"/>
        <source>Database</source>
        <translation>Деректер қоры</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="24"/>
        <source>Database size</source>
        <translation>Деректер қорының көлемі</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="26"/>
        <source>Installation id</source>
        <translation>Орнату идентификаторы</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="27"/>
        <source>Key fingerprint</source>
        <translation>Кілттің саусақ ізі</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="25"/>
        <source>Schema version</source>
        <translation>Схема нұсқасы</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="43"/>
        <source>Tirkeu: events, participants and aid for school coordinators. Works without the internet.</source>
        <translation>Tirkeu — мектеп үйлестірушілеріне арналған іс-шаралар, қатысушылар және көмек есебі. Интернетсіз жұмыс істейді.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="22"/>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="24"/>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
</context>
<context>
    <name>Aid</name>
    <message>
        <location filename="../../ui/aid/dialog.py" line="95"/>
        <source>&amp;Address:</source>
        <translation>Мекенжа&amp;йы:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="50"/>
        <source>&amp;Date:</source>
        <translation>&amp;Берілген күні:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="90"/>
        <source>&amp;Family categories:</source>
        <translation>&amp;Отбасы санаттары:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="79"/>
        <source>&amp;Find in people:</source>
        <translation>Адамдардан і&amp;здеу:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="45"/>
        <source>&amp;Item:</source>
        <translation>&amp;Көмек түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="46"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Саны:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="52"/>
        <source>&amp;Status:</source>
        <translation>Кү&amp;йі:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="48"/>
        <source>&amp;Value, tenge:</source>
        <translation>Құ&amp;ны, теңге:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="96"/>
        <source>&amp;What the child needs:</source>
        <translation>&amp;Баланың қажеттіліктері:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="122"/>
        <source>&amp;Year:</source>
        <translation>&amp;Жылы:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="152"/>
        <source>A registered child: type a name or IIN</source>
        <translation>Тіркелген бала: аты-жөнін не ЖСН-ін теріңіз</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="68"/>
        <source>Add aid</source>
        <translation>Көмек қосу</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="119"/>
        <source>Add aid to a child…</source>
        <translation>Балаға көмек қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="164"/>
        <source>Add aid…</source>
        <translation>Көмек қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="185"/>
        <source>Adding aid saves the child first.</source>
        <translation>Көмек қосқанда алдымен бала туралы жазба сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="68"/>
        <source>Aid</source>
        <translation>Көмек</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="137"/>
        <source>Aid already given this year</source>
        <translation>Осы жылы көмек берілген</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="163"/>
        <location filename="../../ui/aid/page.py" line="111"/>
        <location filename="../../ui/aid/page.py" line="215"/>
        <source>Aid given</source>
        <translation>Көрсетілген көмек</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="120"/>
        <source>Aid is added in the child&apos;s form: find the child first.</source>
        <translation>Көмек бала карточкасында қосылады: алдымен баланы табыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="58"/>
        <source>Aid records</source>
        <translation>Көмек жазбалары</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="59"/>
        <source>Aid total</source>
        <translation>Көмек сомасы</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="51"/>
        <source>All family categories</source>
        <translation>Барлық отбасы санаттары</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="116"/>
        <source>All items</source>
        <translation>Көмектің барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/aid/common.py" line="65"/>
        <source>All pupils</source>
        <translation>Барлық оқушылар</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="44"/>
        <location filename="../../ui/aid/page.py" line="52"/>
        <source>All schools</source>
        <translation>Барлық мектептер</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="107"/>
        <location filename="../../ui/aid/page.py" line="117"/>
        <source>All sponsors</source>
        <translation>Барлық демеушілер</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="114"/>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="108"/>
        <location filename="../../ui/aid/page.py" line="118"/>
        <location filename="../../ui/aid/sponsors.py" line="49"/>
        <location filename="../../ui/aid/sponsors.py" line="67"/>
        <location filename="../../ui/aid/sponsors.py" line="77"/>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <location filename="../../app/aid/forms.py" line="102"/>
        <source>Another person already has the IIN {iin}: {name}.</source>
        <translation>{iin} ЖСН-і басқа адамда бар: {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="66"/>
        <source>Campaign &amp;year:</source>
        <translation>Науқан &amp;жылы:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="127"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="84"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="149"/>
        <source>Child in the data bank</source>
        <translation>Деректер банкіндегі бала</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="215"/>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="68"/>
        <source>Children are counted once per sponsor however many items they got. Items and tenge include aid not yet delivered.</source>
        <translation>Әр демеуші бойынша бала қанша зат алса да, бір рет саналады. Заттар саны мен теңге сомасына әлі берілмеген көмек те кіреді.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="71"/>
        <source>Children helped</source>
        <translation>Көмек алған балалар</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="47"/>
        <source>Children in need of aid</source>
        <translation>Көмекке мұқтаж балалар</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="89"/>
        <location filename="../../ui/aid/dialog.py" line="168"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="72"/>
        <source>Delivered records</source>
        <translation>Берілген жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="186"/>
        <source>Double-click a line to change it.</source>
        <translation>Өзгерту үшін жолды екі рет шертіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="127"/>
        <source>Entered total</source>
        <translation>Енгізілген жалпы сан</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="54"/>
        <source>Family categories</source>
        <translation>Отбасы санаттары</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="127"/>
        <source>From records</source>
        <translation>Жазбалар бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="92"/>
        <source>G&amp;uardian:</source>
        <translation>Қамқо&amp;ршы:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="93"/>
        <source>Gua&amp;rdian&apos;s phone:</source>
        <translation>Қамқоршының теле&amp;фоны:</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="56"/>
        <source>Guardian</source>
        <translation>Қамқоршы</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="57"/>
        <source>Guardian&apos;s phone</source>
        <translation>Қамқоршының телефоны</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="56"/>
        <source>Helped or not</source>
        <translation>Көмек: барлығы</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="61"/>
        <source>Helped: at least one aid record delivered</source>
        <translation>Көмек алды: кемінде бір көмек жазбасы «берілді» күйінде</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="57"/>
        <source>Helped: no</source>
        <translation>Көмек алды: жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="56"/>
        <source>Helped: yes</source>
        <translation>Көмек алды: иә</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="98"/>
        <source>I&amp;dentified on:</source>
        <translation>Анықта&amp;лған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="89"/>
        <source>In all — sponsors: {sponsors}, items: {items}, total: {total}</source>
        <translation>Барлығы — демеушілер: {sponsors}, заттар: {items}, сомасы: {total}</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="85"/>
        <location filename="../../ui/aid/dialog.py" line="168"/>
        <source>Item</source>
        <translation>Көмек түрі</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="71"/>
        <source>Items</source>
        <translation>Заттар саны</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="61"/>
        <source>Latest status</source>
        <translation>Соңғы күйі</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="53"/>
        <location filename="../../ui/aid/dialog.py" line="100"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="150"/>
        <source>New child in the data bank</source>
        <translation>Деректер банкіне жаңа бала</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="153"/>
        <source>New child instead</source>
        <translation>Оның орнына жаңа бала</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="73"/>
        <location filename="../../ui/aid/aid_dialog.py" line="78"/>
        <source>New sponsor…</source>
        <translation>Жаңа демеуші…</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="165"/>
        <source>Next status</source>
        <translation>Келесі күй</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="128"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="86"/>
        <location filename="../../ui/aid/dialog.py" line="168"/>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="184"/>
        <source>Registered: {name}</source>
        <translation>Тіркелген: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="49"/>
        <source>S&amp;ponsor:</source>
        <translation>&amp;Демеуші:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="123"/>
        <source>Save the totals</source>
        <translation>Сандарды сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="141"/>
        <source>Save the totals you typed first?</source>
        <translation>Алдымен енгізілген сандарды сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="121"/>
        <source>Sc&amp;hool:</source>
        <translation>&amp;Мектеп:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="128"/>
        <source>Shown</source>
        <translation>Көрсетілетін</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="216"/>
        <location filename="../../ui/aid/passport.py" line="120"/>
        <location filename="../../ui/aid/passport.py" line="140"/>
        <source>Social passport</source>
        <translation>Әлеуметтік паспорт</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="88"/>
        <location filename="../../ui/aid/dialog.py" line="169"/>
        <location filename="../../ui/aid/sponsors.py" line="71"/>
        <source>Sponsor</source>
        <translation>Демеуші</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="215"/>
        <location filename="../../ui/aid/sponsors.py" line="65"/>
        <source>Sponsors</source>
        <translation>Демеушілер</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="90"/>
        <location filename="../../ui/aid/dialog.py" line="169"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/aid/forms.py" line="31"/>
        <location filename="../../app/aid/given.py" line="66"/>
        <location filename="../../app/aid/passport.py" line="127"/>
        <source>The chosen record no longer exists; choose again.</source>
        <translation>Таңдалған жазба енді жоқ; қайта таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="72"/>
        <source>Total</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="87"/>
        <location filename="../../ui/aid/dialog.py" line="168"/>
        <source>Value</source>
        <translation>Құны</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="28"/>
        <source>approved</source>
        <translation>мақұлданды</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="29"/>
        <source>delivered</source>
        <translation>берілді</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="70"/>
        <source>for example: 25 000</source>
        <translation>мысалы: 25 000</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="27"/>
        <source>identified</source>
        <translation>анықталды</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="166"/>
        <source>identified → approved → delivered</source>
        <translation>анықталды → мақұлданды → берілді</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="128"/>
        <source>{child} already has aid in the {year} campaign:
{aid}

Add this aid as well?</source>
        <translation>{child} — {year} жылғы науқанда бұған дейін берілген көмек:
{aid}

Бұл көмекті де қосасыз ба?</translation>
    </message>
    <message>
        <location filename="../../app/aid/passport.py" line="40"/>
        <source>{n} fewer than the children entered by name: check the total.</source>
        <translation>Аты-жөнімен енгізілген балалардан {n} кем: жалпы санды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/aid/passport.py" line="39"/>
        <source>{n} more than the children entered by name.</source>
        <translation>Аты-жөнімен енгізілген балалардан {n} артық.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="124"/>
        <source>“From records” counts the children entered by name. Type the school&apos;s own total where it knows more; leave “—” to use the records.</source>
        <translation>«Жазбалар бойынша» — аты-жөнімен енгізілген балалар саны. Мектептің өз деректері толығырақ болса, жалпы санды енгізіңіз; жазбаларды пайдалану үшін «—» қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../app/backup.py" line="216"/>
        <source>Cannot restore {path}: {error}. The database was not changed; a copy of it is at {safety}.</source>
        <translation>{path} сақтық көшірмесінен қалпына келтіру мүмкін болмады: {error}. Деректер қоры өзгертілген жоқ; оның көшірмесі: {safety}.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="77"/>
        <location filename="../../app/backup.py" line="97"/>
        <source>Cannot write the backup to {path}: {error}. Check the disk has free space and is writable.</source>
        <translation>Сақтық көшірмені жазу мүмкін болмады ({path}): {error}. Дискіде бос орын бар екенін және оған жазуға рұқсат берілгенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="71"/>
        <source>The backup copy failed its check; the original is unchanged.</source>
        <translation>Сақтық көшірме тексеруден өтпеді; түпнұсқа деректер қоры өзгертілген жоқ. Қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="172"/>
        <source>{path} is not a readable Tirkeu backup: {error}</source>
        <translation>{path} файлы — оқылатын Tirkeu сақтық көшірмесі емес: {error}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../app/cli/commands.py" line="74"/>
        <source>  row {row}: {reason}</source>
        <translation>  № {row} жол: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="83"/>
        <source>  tied at the cut for {places} place(s): {teams} — choose with --confirm --choose TEAM --reason TEXT</source>
        <translation>  плей-офф шегінде көрсеткіштер тең (бос орын саны: {places}): {teams} — таңдау үшін: --confirm --choose TEAM --reason TEXT</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="76"/>
        <source>  … and {n} more in the errors file.</source>
        <translation>  … тағы {n} жол қателер файлында.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="82"/>
        <source>, encrypted to the office</source>
        <translation>, басқарма үшін шифрланған</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="164"/>
        <source>Adjudicators</source>
        <translation>Төрешілер</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="269"/>
        <source>Adjudicators registered: {names}.</source>
        <translation>Тіркелген төрешілер: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="126"/>
        <source>Age group</source>
        <translation>Жас санаты</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="111"/>
        <source>Backup written to {path}.</source>
        <translation>Сақтық көшірме сақталды: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="80"/>
        <source>Bundle {sequence} written to {path}: {records} records{enc}.</source>
        <translation>№ {sequence} пакет жазылды: {path}. Жазбалар саны: {records}{enc}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="148"/>
        <source>Certificate {old} is cancelled; {new} is issued to {name}. Print it with “certificates reprint {new} --out FILE.pdf”.</source>
        <translation>{old} сертификатының күші жойылды; {new} сертификаты берілді, алушы: {name}. Оны «certificates reprint {new} --out FILE.pdf» командасымен басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="136"/>
        <source>Certificate {serial} ({name}) is cancelled.</source>
        <translation>{serial} сертификатының ({name}) күші жойылды.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="86"/>
        <source>Choose the kind of certificate with --kind.</source>
        <translation>Сертификат түрін --kind арқылы таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="52"/>
        <source>Demo data added: {counts}.</source>
        <translation>Демо-деректер қосылды: {counts}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_commands.py" line="53"/>
        <source>Give --out FILE.xlsx|FILE.pdf|FILE.csv, or --json.</source>
        <translation>--out FILE.xlsx|FILE.pdf|FILE.csv немесе --json параметрін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="145"/>
        <source>Identity card written to {path}; key fingerprint {fp}.</source>
        <translation>Сәйкестендіру картасы жазылды: {path}. Кілттің саусақ ізі: {fp}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_commands.py" line="69"/>
        <source>Indicators for {period}, {scope}: {met} met, {not_met} not met, {other} not judged. Written to {files}.</source>
        <translation>Көрсеткіштер ({period}, {scope}): орындалғаны — {met}, орындалмағаны — {not_met}, бағаланбағаны — {other}. Файлдар: {files}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="107"/>
        <source>Missing from {name}: bundle(s) {numbers}.</source>
        <translation>{name}: жетіспейтін пакеттер — № {numbers}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="122"/>
        <source>Moved {total} rows in {tables} tables to {address}; the counts match. The file {path} is kept unchanged: from now on open the server with --db {address}.</source>
        <translation>{tables} кестедегі {total} жол {address} мекенжайына көшірілді; сандары сәйкес келеді. {path} файлы өзгеріссіз қалды: бұдан былай серверді --db {address} арқылы ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="95"/>
        <source>No bundle files (*.tirkeu) were found there.</source>
        <translation>Көрсетілген жерде пакет файлдары (*.tirkeu) табылмады.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="307"/>
        <source>No motion is set for this round.</source>
        <translation>Бұл раундқа тақырып берілмеген.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="126"/>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="210"/>
        <source>Only an office has an age identity (schools encrypt to their office).</source>
        <translation>age шифрын ашу кілті тек басқармада болады (мектептер пакеттерді өз басқармасы үшін шифрлайды).</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="127"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="249"/>
        <source>Results: {entered} entered, {corrected} corrected, {unchanged} unchanged.</source>
        <translation>Нәтижелер: енгізілгені — {entered}, түзетілгені — {corrected}, өзгеріссіз — {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="181"/>
        <source>Revoked {name}: its bundles will be refused.</source>
        <translation>{name}: кілті кері қайтарылды; оның пакеттері қабылданбайды.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="155"/>
        <location filename="../../app/cli/tournament_commands.py" line="368"/>
        <location filename="../../app/cli/tournament_commands.py" line="381"/>
        <location filename="../../app/cli/tournament_commands.py" line="392"/>
        <location filename="../../app/cli/tournament_result_commands.py" line="145"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="131"/>
        <source>Saved: {name}, rating {rating}.</source>
        <translation>Сақталды: {name}, рейтингі {rating}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="122"/>
        <source>Saved: {team} won.</source>
        <translation>Сақталды: {team} командасы жеңді.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="39"/>
        <source>Set up {name} ({role}, {region}) in {path}. Installation {id}, key fingerprint {fp}.</source>
        <translation>Орнату аяқталды: {name} ({role}, {region}), деректер қоры: {path}. Орнату идентификаторы: {id}, кілттің саусақ ізі: {fp}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="105"/>
        <source>Teams</source>
        <translation>Командалар</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="101"/>
        <source>The database has {n} problems; restore it from a backup.</source>
        <translation>Деректер қорында {n} ақау табылды. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="97"/>
        <source>The database {path} is intact.</source>
        <translation>{path} деректер қоры зақымдалмаған.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="217"/>
        <source>The office&apos;s age identity was written to {path}. Keep it secret.</source>
        <translation>Басқарманың age шифрын ашу кілті жазылды: {path}. Оны құпия сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="132"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="170"/>
        <source>Trusted {name} ({role}), key fingerprint {fp}.</source>
        <translation>{name} ({role}) орнатуына сенім білдірілді. Кілттің саусақ ізі: {fp}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="162"/>
        <source>Type the fingerprint&apos;s first 8 characters to trust it: </source>
        <translation>Сену үшін саусақ ізінің алғашқы 8 таңбасын теріңіз: </translation>
    </message>
    <message>
        <location filename="../../app/synth.py" line="73"/>
        <source>Unknown scale {scale}: use school, region or nation.</source>
        <translation>Белгісіз ауқым: {scale}. school, region немесе nation мәндерінің бірін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="128"/>
        <source>Winners</source>
        <translation>Жеңімпаздар</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="127"/>
        <source>Works</source>
        <translation>Жұмыстар</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="106"/>
        <source>Works: {added} added; {people} people added to the register.</source>
        <translation>Жұмыстар: қосылғаны — {added}; тізілімге қосылған адамдар: {people}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="68"/>
        <source>Write a signatory as POSITION=NAME, e.g. “Director=Seitov B.”.</source>
        <translation>Қол қоюшыны ЛАУАЗЫМ=АТЫ-ЖӨНІ түрінде жазыңыз, мысалы: «Директор=Сейітов Б.».</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_commands.py" line="92"/>
        <source>Write a target as INDICATOR=VALUE, e.g. “legal_culture.lectures=6”.</source>
        <translation>Мақсатты көрсеткішті КӨРСЕТКІШ=МӘН түрінде жазыңыз, мысалы: «legal_culture.lectures=6».</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="86"/>
        <source>Wrote {count} rows to {path}.</source>
        <translation>Жазылған жол саны: {count}. Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="187"/>
        <source>bye</source>
        <translation>қарсыласы жоқ</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="88"/>
        <source>final</source>
        <translation>түпкілікті</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="263"/>
        <source>loaded</source>
        <translation>жүктелді</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="78"/>
        <source>proposed</source>
        <translation>ұсынылған</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="88"/>
        <source>provisional</source>
        <translation>алдын ала</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="263"/>
        <source>replaced</source>
        <translation>ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="78"/>
        <source>saved</source>
        <translation>сақталған</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="147"/>
        <source>synth needs --db PATH (it never writes into your own database).</source>
        <translation>synth командасына --db PATH параметрі қажет (ол сіздің жұмыс деректер қорыңызға ешқашан жазбайды).</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="264"/>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="271"/>
        <source>warning: {problem}</source>
        <translation>ескерту: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="167"/>
        <source>{ask} Then run again with --fingerprint &quot;{fp}&quot;. Nothing was trusted.</source>
        <translation>{ask} Содан кейін --fingerprint &quot;{fp}&quot; қосып қайта іске қосыңыз. Ешнәрсеге сенім білдірілмеді.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="95"/>
        <location filename="../../app/cli/certificate_commands.py" line="161"/>
        <source>{count} certificates written to {path} ({new} new, {again} printed again).</source>
        <translation>Жазылған сертификаттар саны: {count} (жаңасы — {new}, қайта басылғаны — {again}). Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="170"/>
        <source>{count} teams carried into the next stage.</source>
        <translation>Келесі кезеңге өткізілген командалар: {count}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="100"/>
        <source>{file}: {status} — created {created}, updated {updated}, unchanged {unchanged}, ignored {ignored}, rejected {rejected}, conflicts {conflicts}.</source>
        <translation>{file}: {status} — жаңа: {created}, жаңартылған: {updated}, өзгеріссіз: {unchanged}, өткізілген: {ignored}, қабылданбаған: {rejected}, қайшылықтар: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="192"/>
        <source>{league} R{round} motion: {motion}</source>
        <translation>{league} R{round} тақырыбы: {motion}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="266"/>
        <source>{league} round {round}: {debates} debates {outcome}.</source>
        <translation>{league}, {round}-раунд: {debates} дебат {outcome}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="89"/>
        <source>{league}, {category} break ({state}):</source>
        <translation>{league}, {category} плей-оффы ({state}):</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="219"/>
        <source>{league}: fewer than two teams, not drawn.</source>
        <translation>{league}: екі командадан аз, жеребе тартылмады.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="157"/>
        <source>{name} is a {role}: its card decides targets and who can read this installation&apos;s bundles. Its key fingerprint is {fp}. Compare it with the office by phone.</source>
        <translation>{name} — {role}: оның картасы межелі мәндерді және осы орнатудың пакеттерін кім оқи алатынын шешеді. Оның кілт саусақ ізі: {fp}. Оны басқармамен телефон арқылы салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/synth.py" line="189"/>
        <source>{path} already exists; synth makes a new database.</source>
        <translation>{path} файлы бұрыннан бар; synth тек жаңа деректер қорын жасайды. Басқа файл атауын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="285"/>
        <source>{path}: {pages} pages, {debates} debates.</source>
        <translation>{path}: {pages} бет, {debates} дебат.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="94"/>
        <source>{what}: {created} new, {updated} updated, {unchanged} unchanged; {people} people added to the register.</source>
        <translation>{what}: жаңа — {created}, жаңартылған — {updated}, өзгеріссіз — {unchanged}; тізілімге қосылған адамдар: {people}.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../../app/certificates/layout.py" line="57"/>
        <source>A certificate has at most two signatories.</source>
        <translation>Сертификатта ең көбі екі қол қоюшы болады.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="91"/>
        <source>A4 landscape</source>
        <translation>A4, альбомдық</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="92"/>
        <source>A4 portrait</source>
        <translation>A4, кітаптық</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="20"/>
        <source>Above the name</source>
        <translation>Аты-жөнінің үстінде</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="21"/>
        <source>Above the name (a girl or woman)</source>
        <translation>Аты-жөнінің үстінде (қыз бала немесе әйел)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="182"/>
        <source>Accent colour…</source>
        <translation>Қосымша түс…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="60"/>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="61"/>
        <source>Any status</source>
        <translation>Кез келген күйі</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="34"/>
        <source>Best speaker diploma</source>
        <translation>Үздік спикер дипломы</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="58"/>
        <location filename="../../ui/certificates/page.py" line="134"/>
        <source>Cancel certificate</source>
        <translation>Сертификаттың күшін жою</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="135"/>
        <source>Cancel {count} certificate(s)? Verifying them will answer “cancelled”.</source>
        <translation>Сертификаттардың күшін жою керек пе (таңдалғаны: {count})? Тексерген кезде «күші жойылған» деген жауап шығады.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="93"/>
        <source>Cancelled: certificate {serial} was cancelled by its issuer.</source>
        <translation>Күші жойылған: {serial} сертификатының күшін оны берген тарап жойған.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="90"/>
        <source>Cancelled: certificate {serial} was replaced by {newer}.</source>
        <translation>Күші жойылған: {serial} сертификатының орнына {newer} сертификаты берілген.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="36"/>
        <source>Certificate of participation</source>
        <translation>Қатысушы сертификаты</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="96"/>
        <source>Certificate {serial} is in the register, but a serial alone proves nothing: give the {n}-character code printed beside the QR code, or scan the QR code.</source>
        <translation>{serial} сертификаты тізілімде бар, бірақ нөмірдің өзі ештеңені дәлелдемейді: QR кодтың жанында басылған {n} таңбалы кодты енгізіңіз немесе QR кодты сканерлеңіз.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="116"/>
        <location filename="../../app/certificates/generate.py" line="140"/>
        <location filename="../../ui/certificates/dialog.py" line="248"/>
        <location filename="../../ui/certificates/dialog.py" line="254"/>
        <location filename="../../ui/certificates/page.py" line="52"/>
        <location filename="../../ui/certificates/page.py" line="91"/>
        <location filename="../../ui/certificates/page.py" line="125"/>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="224"/>
        <source>Choose an event or a person.</source>
        <translation>Іс-шараны немесе адамды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/awards.py" line="45"/>
        <location filename="../../app/certificates/generate.py" line="108"/>
        <source>Choose whom to issue certificates to: an event or a person.</source>
        <translation>Сертификаттар кімге берілетінін таңдаңыз: іс-шараны немесе адамды.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="95"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="134"/>
        <source>Colours</source>
        <translation>Түстер</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="113"/>
        <source>Correct the name</source>
        <translation>Аты-жөнін түзету</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="57"/>
        <source>Correct the name…</source>
        <translation>Аты-жөнін түзету…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="31"/>
        <source>Diploma of the 1st degree</source>
        <translation>І дәрежелі диплом</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="32"/>
        <source>Diploma of the 2nd degree</source>
        <translation>ІІ дәрежелі диплом</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="33"/>
        <source>Diploma of the 3rd degree</source>
        <translation>ІІІ дәрежелі диплом</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="135"/>
        <source>Edit the texts…</source>
        <translation>Мәтіндерді өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="76"/>
        <source>Empty: everyone who attended the event</source>
        <translation>Бос болса: іс-шараға қатысқандардың барлығы</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="89"/>
        <source>Empty: the template&apos;s text</source>
        <translation>Бос болса: үлгідегі мәтін</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="20"/>
        <location filename="../../ui/certificates/dialog.py" line="114"/>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="73"/>
        <source>Forged: the code does not match certificate {serial} as it was issued.</source>
        <translation>Жалған: код берілген {serial} сертификатына сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="63"/>
        <source>Generate certificates</source>
        <translation>Сертификаттар жасау</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="139"/>
        <source>Generate…</source>
        <translation>Жасау…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="55"/>
        <source>Generate… (Ctrl+N)</source>
        <translation>Жасау… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="240"/>
        <location filename="../../ui/certificates/page.py" line="105"/>
        <location filename="../../ui/tournaments/certificates.py" line="63"/>
        <source>Generating certificates…</source>
        <translation>Сертификаттар жасалуда…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="100"/>
        <source>Genuine: {serial} issued to {name} on {date} by {issuer}.</source>
        <translation>Түпнұсқа: {serial} сертификаты {date} күні берілген; алушы: {name}; берген: {issuer}.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="174"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="21"/>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="19"/>
        <location filename="../../ui/certificates/dialog.py" line="116"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="22"/>
        <location filename="../../ui/certificates/dialog.py" line="117"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="37"/>
        <source>Letter of thanks</source>
        <translation>Алғыс хат</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="130"/>
        <location filename="../../ui/certificates/dialog.py" line="173"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="181"/>
        <source>Main colour…</source>
        <translation>Негізгі түс…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="122"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="35"/>
        <source>Nomination diploma</source>
        <translation>Номинация дипломы</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="115"/>
        <source>One person</source>
        <translation>Бір адам</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="258"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="228"/>
        <location filename="../../ui/tournaments/certificates.py" line="58"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="119"/>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="45"/>
        <source>Placeholders (type them as they are): {name} the recipient&apos;s name, {reason} the reason or nomination, {event} the event, {date} the date, {place} the place. An empty box brings back the text that came with the program.</source>
        <translation>Орын толтырғыштар (дәл осылай жазылады): {name} — алушының аты-жөні, {reason} — негіздеме немесе номинация, {event} — іс-шара, {date} — күні, {place} — өткен жері. Бос өріс бағдарламамен бірге келген мәтінді қайтарады.</translation>
    </message>
    <message>
        <source>Placeholders: {name} {reason} {event} {date} {place}. An empty box brings back the text that came with the program.</source>
        <translation type="vanished">Орын толтырғыштар: {name} {reason} {event} {date} {place}. Бос өріс бағдарламамен бірге келген мәтінді қайтарады.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="121"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="56"/>
        <source>Print again…</source>
        <translation>Қайта басып шығару…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="24"/>
        <source>Printed</source>
        <translation>Басылды, рет</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="257"/>
        <location filename="../../ui/certificates/pdf_view.py" line="56"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="24"/>
        <source>Reason</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="24"/>
        <source>Reason (no event)</source>
        <translation>Негіздеме (іс-шарасыз)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="118"/>
        <source>Reason or nomination</source>
        <translation>Негіздеме немесе номинация</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="17"/>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="159"/>
        <source>Recipient&apos;s Name</source>
        <translation>Алушының аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="226"/>
        <location filename="../../ui/tournaments/certificates.py" line="56"/>
        <source>Save certificates</source>
        <translation>Сертификаттарды сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="150"/>
        <source>Scan the QR code here, or type the serial and the code printed beside it:</source>
        <translation>QR кодты осы жерде сканерлеңіз немесе нөмірді және оның жанында басылған кодты теріңіз:</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="16"/>
        <source>Serial</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="126"/>
        <source>Signatory {n}</source>
        <translation>Қол қоюшы {n}</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="23"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="19"/>
        <source>Subtitle</source>
        <translation>Тақырыпша</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="137"/>
        <source>Texts</source>
        <translation>Мәтіндер</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="33"/>
        <source>Texts of the certificate</source>
        <translation>Сертификат мәтіндері</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="145"/>
        <location filename="../../app/certificates/register.py" line="159"/>
        <source>The certificate {serial} is already cancelled.</source>
        <translation>{serial} сертификатының күші бұрын жойылған.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="133"/>
        <source>The certificate {serial} is cancelled; it cannot be printed.</source>
        <translation>{serial} сертификатының күші жойылған; оны басып шығаруға болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="136"/>
        <source>The certificate {serial} was issued by another installation; only that installation can print it.</source>
        <translation>{serial} сертификатын басқа орнату берген; оны тек сол орнату басып шығара алады.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="76"/>
        <source>The logo file {path} is a {kind} image; use PNG or JPEG.</source>
        <translation>{path} логотип файлы — {kind} пішіміндегі сурет; PNG немесе JPEG пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="73"/>
        <source>The logo file {path} is not an image (PNG or JPEG) or it is damaged.</source>
        <translation>{path} логотип файлы сурет (PNG немесе JPEG) емес немесе зақымдалған.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="67"/>
        <source>The logo file {path} was not found.</source>
        <translation>{path} логотип файлы табылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="114"/>
        <source>The name as it must be printed (the old serial will be cancelled):</source>
        <translation>Басып шығарылатын аты-жөні (ескі нөмірдің күші жойылады):</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="50"/>
        <source>The orientation must be landscape or portrait.</source>
        <translation>Бет бағдары альбомдық немесе кітаптық болуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="64"/>
        <source>The person was not found (they may have been deleted).</source>
        <translation>Адам табылмады (ол жойылған болуы мүмкін).</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="156"/>
        <source>The recipient&apos;s name is required.</source>
        <translation>Алушының аты-жөнін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="98"/>
        <source>The template text “{text}” has an unmatched brace {{ or }}.</source>
        <translation>«{text}» үлгі мәтінінде жұбы жоқ жақша бар: {{ немесе }}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="102"/>
        <source>The template text “{text}” uses an unknown placeholder {{{name}}}; allowed are: {allowed}.</source>
        <translation>«{text}» үлгі мәтінінде белгісіз толтырғыш бар: {{{name}}}. Рұқсат етілгендері: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="54"/>
        <source>There is no certificate {serial} in the register.</source>
        <translation>Тізілімде {serial} сертификаты жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="128"/>
        <location filename="../../app/certificates/register.py" line="78"/>
        <source>There is nobody to issue certificates to: the list of recipients is empty.</source>
        <translation>Сертификат беретін ешкім жоқ: алушылар тізімі бос.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/awards.py" line="35"/>
        <source>There is nobody to print for yet: register the teams (and their coaches) and the adjudicators first.</source>
        <translation>Әзірге басып шығаратын ешкім жоқ: алдымен командаларды (және олардың жаттықтырушыларын) және төрешілерді тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/awards.py" line="49"/>
        <source>There is nothing to print yet: the award list is empty (enter the results or the works first).</source>
        <translation>Әзірге басып шығаратын ештеңе жоқ: марапаттар тізімі бос (алдымен нәтижелерді немесе жұмыстарды енгізіңіз).</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="19"/>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="22"/>
        <source>Under the name</source>
        <translation>Аты-жөнінің астында</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="23"/>
        <source>Under the name (no event)</source>
        <translation>Аты-жөнінің астында (іс-шарасыз)</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="79"/>
        <source>Unknown kind of certificate “{kind}”; choose one of: {allowed}.</source>
        <translation>Белгісіз сертификат түрі: «{kind}». Мына мәндердің бірін таңдаңыз: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="88"/>
        <source>Unknown language “{language}”; choose kk, ru or en.</source>
        <translation>Белгісіз тіл: «{language}». kk, ru немесе en мәндерінің бірін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="143"/>
        <source>Unknown template field “{field}”.</source>
        <translation>Үлгінің белгісіз өрісі: «{field}».</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="62"/>
        <source>Unknown: no certificate {serial} is held here.</source>
        <translation>Белгісіз: мұнда {serial} сертификаты жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="70"/>
        <source>Unknown: the key of the installation that issued {serial} is not known here.</source>
        <translation>Белгісіз: {serial} сертификатын берген орнатудың кілті мұнда белгісіз.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="149"/>
        <location filename="../../ui/certificates/page.py" line="155"/>
        <source>Verify a certificate</source>
        <translation>Сертификатты тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="59"/>
        <source>Verify…</source>
        <translation>Тексеру…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="41"/>
        <source>cancelled</source>
        <translation>күші жойылған</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="40"/>
        <source>issued</source>
        <translation>берілген</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="255"/>
        <source>{count} certificates written to {path} ({new} new, {again} printed again).</source>
        <translation>Жазылған сертификаттар саны: {count} (жаңасы — {new}, қайта басылғаны — {again}). Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="126"/>
        <source>{old} is cancelled; {new} is issued. Print it with “Print again…”.</source>
        <translation>{old} сертификатының күші жойылды; {new} сертификаты берілді. Оны «Қайта басып шығару…» батырмасымен басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="68"/>
        <source>— no event —</source>
        <translation>— іс-шарасыз —</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="54"/>
        <source>“{value}” is not a colour; write it as #RRGGBB, e.g. #1F4E79.</source>
        <translation>«{value}» түс емес; оны #RRGGBB түрінде жазыңыз, мысалы: #1F4E79.</translation>
    </message>
</context>
<context>
    <name>Contests</name>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="73"/>
        <source>&amp;Age groups:</source>
        <translation>Жас &amp;санаттары:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="58"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="63"/>
        <source>&amp;Held:</source>
        <translation>&amp;Өткізу түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="429"/>
        <source>&amp;Language:</source>
        <translation>Ті&amp;лі:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="138"/>
        <source>&amp;Nomination:</source>
        <translation>&amp;Номинация:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="66"/>
        <source>&amp;Nominations
(one per line):</source>
        <translation>&amp;Номинациялар
(әр жолға біреуден):</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="132"/>
        <source>&amp;Participant:</source>
        <translation>&amp;Қатысушы:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="147"/>
        <source>&amp;Score:</source>
        <translation>&amp;Ұпайы:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="141"/>
        <source>&amp;Title of the work:</source>
        <translation>Жұмыстың &amp;атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="52"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="85"/>
        <source>&amp;Winners up to place:</source>
        <translation>Жүлделі &amp;орындар:</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="94"/>
        <source>A nomination is listed twice.</source>
        <translation>Бір номинация екі рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="141"/>
        <source>A place is a number from 1.</source>
        <translation>Орын 1-ден кем емес сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="289"/>
        <source>A place is a whole number: {text}</source>
        <translation>Орын бүтін сан болуы керек: {text}</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="143"/>
        <source>A score is a number from 0 to 1000.</source>
        <translation>Ұпай 0-ден 1000-ға дейінгі сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="159"/>
        <source>Add a work</source>
        <translation>Жұмыс қосу</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="423"/>
        <source>Add a work…</source>
        <translation>Жұмыс қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="337"/>
        <source>Added: {name}</source>
        <translation>Қосылды: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="80"/>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="80"/>
        <location filename="../../ui/contests/view.py" line="137"/>
        <source>Age group</source>
        <translation>Жас санаты</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="422"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="425"/>
        <source>CSV or XLSX with the columns nomination, surname, name, patronymic, birth_date, iin, school, grade, title, place, score. All or nothing: one wrong row and nothing is added.</source>
        <translation>nomination, surname, name, patronymic, birth_date, iin, school, grade, title, place, score бағандары бар CSV немесе XLSX файлы. Бәрі немесе ештеңе: бір жол қате болса, ештеңе қосылмайды.</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="34"/>
        <source>Contest</source>
        <translation>Байқау</translation>
    </message>
    <message>
        <location filename="../../ui/contests/page.py" line="90"/>
        <source>Contests</source>
        <translation>Байқаулар</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="35"/>
        <source>Dates</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="388"/>
        <location filename="../../ui/contests/view.py" line="405"/>
        <source>Diplomas</source>
        <translation>Дипломдар</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="37"/>
        <source>Format</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="344"/>
        <location filename="../../ui/contests/view.py" line="353"/>
        <source>Import works</source>
        <translation>Жұмыстарды импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="424"/>
        <source>Import works…</source>
        <translation>Жұмыстарды импорттау…</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="92"/>
        <source>Name at least one nomination.</source>
        <translation>Кемінде бір номинацияны көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="102"/>
        <source>Name the contest.</source>
        <translation>Байқаудың атауын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="95"/>
        <source>New contest</source>
        <translation>Жаңа байқау</translation>
    </message>
    <message>
        <location filename="../../ui/contests/page.py" line="93"/>
        <source>New contest… (Ctrl+N)</source>
        <translation>Жаңа байқау… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="160"/>
        <source>New person…</source>
        <translation>Жаңа адам…</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="163"/>
        <source>Nobody chosen yet: type a name or IIN and press Enter.</source>
        <translation>Қатысушы әлі таңдалмаған: аты-жөнін не ЖСН-ін теріп, Enter басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="81"/>
        <location filename="../../ui/contests/view.py" line="137"/>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="38"/>
        <source>Nominations</source>
        <translation>Номинациялар</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="308"/>
        <source>Nothing was imported: {count} rows need correcting — {problems}{more}</source>
        <translation>Ештеңе импортталған жоқ: түзетуді қажет ететін жолдар саны — {count}: {problems}{more}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="407"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="151"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="391"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="80"/>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="39"/>
        <location filename="../../ui/contests/view.py" line="137"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="82"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="430"/>
        <source>Print diplomas…</source>
        <translation>Дипломдарды басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="395"/>
        <source>Printing diplomas…</source>
        <translation>Дипломдар басып шығарылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="428"/>
        <source>Remove work</source>
        <translation>Жұмысты алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="365"/>
        <source>Remove works</source>
        <translation>Жұмыстарды алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="366"/>
        <source>Remove {count} selected work(s) from the contest?</source>
        <translation>Таңдалған жұмыстарды байқаудан алып тастау керек пе (саны: {count})?</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="375"/>
        <source>Removed: {count}</source>
        <translation>Алып тасталды: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="390"/>
        <source>Save diplomas</source>
        <translation>Дипломдарды сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="302"/>
        <source>Saved: {name}</source>
        <translation>Сақталды: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="82"/>
        <source>Score</source>
        <translation>Ұпайы</translation>
    </message>
    <message>
        <location filename="../../ui/contests/page.py" line="94"/>
        <source>Search (Ctrl+F): any part of the title</source>
        <translation>Іздеу (Ctrl+F): атауының кез келген бөлігі</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="432"/>
        <source>Summary</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="345"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Кестелер (*.csv *.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="77"/>
        <source>The &amp;jury gives:</source>
        <translation>Қазылар &amp;қояды:</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="58"/>
        <source>The age group {part} is not possible.</source>
        <translation>{part} жас санаты дұрыс емес.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="63"/>
        <source>The age groups {a} and {b} overlap.</source>
        <translation>{a} және {b} жас санаттары бір-бірімен қиылысады.</translation>
    </message>
    <message>
        <source>The contest has no works to give diplomas for.</source>
        <translation type="vanished">Байқауда диплом беретін жұмыстар жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="97"/>
        <source>The jury gives places or scores.</source>
        <translation>Қазылар орын немесе ұпай қояды.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="127"/>
        <source>The nomination must be one of: {noms}.</source>
        <translation>Номинация мыналардың бірі болуы керек: {noms}.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="131"/>
        <source>The participant was not found.</source>
        <translation>Қатысушы табылмады.</translation>
    </message>
    <message>
        <source>There are no works yet: nobody to give diplomas to.</source>
        <translation type="vanished">Әзірге жұмыстар жоқ: диплом беретін ешкім жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="62"/>
        <location filename="../../app/contests/listing.py" line="70"/>
        <source>There is no contest {ref}.</source>
        <translation>{ref} байқауы табылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="81"/>
        <source>Title of the work</source>
        <translation>Жұмыстың атауы</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="147"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="286"/>
        <source>Type a number (or leave it empty): {text}</source>
        <translation>Сан енгізіңіз (немесе бос қалдырыңыз): {text}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="105"/>
        <source>Type the place (or score) and press Enter; empty clears it.</source>
        <translation>Орынды (немесе ұпайды) теріп, Enter басыңыз; бос мән оны өшіреді.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="83"/>
        <source>Winner</source>
        <translation>Жеңімпаз</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="42"/>
        <location filename="../../ui/contests/view.py" line="138"/>
        <source>Winners</source>
        <translation>Жеңімпаздар</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="99"/>
        <source>Winners are places 1 to N, N from 1 to 50.</source>
        <translation>Жеңімпаздар — 1-ден N-ге дейінгі орындар, мұндағы N — 1-ден 50-ге дейін.</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="40"/>
        <location filename="../../ui/contests/view.py" line="138"/>
        <location filename="../../ui/contests/view.py" line="431"/>
        <source>Works</source>
        <translation>Жұмыстар</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="356"/>
        <source>Works added: {added}; new people in the register: {created}.</source>
        <translation>Қосылған жұмыстар: {added}; тізілімдегі жаңа адамдар: {created}.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="55"/>
        <source>Write age groups like 7-10, 11-13, 14-17 (not {part}).</source>
        <translation>Жас санаттарын 7-10, 11-13, 14-17 түрінде жазыңыз ({part} емес).</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="265"/>
        <source>age groups: {groups}</source>
        <translation>жас санаттары: {groups}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="101"/>
        <source>ages on the first day</source>
        <translation>жасы бірінші күнгі жағдай бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="100"/>
        <source>empty: today</source>
        <translation>бос болса: бүгін</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="97"/>
        <location filename="../../ui/contests/page.py" line="24"/>
        <source>in person</source>
        <translation>бетпе-бет</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="272"/>
        <source>participants: {p}, works: {w}, winners: {x}</source>
        <translation>қатысушылар: {p}, жұмыстар: {w}, жеңімпаздар: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="97"/>
        <source>place {n}</source>
        <translation>{n}-орын</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="98"/>
        <source>places (1st, 2nd, 3rd…)</source>
        <translation>орын (1, 2, 3…)</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="263"/>
        <source>places 1 to {n} win</source>
        <translation>1–{n} орын алған жұмыстар жеңеді</translation>
    </message>
    <message>
        <location filename="../../ui/contests/page.py" line="24"/>
        <source>remote</source>
        <translation>қашықтан</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="96"/>
        <source>remotely</source>
        <translation>қашықтан</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="304"/>
        <source>row {row}: {problem}</source>
        <translation>№ {row} жол: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {problem}; nothing was imported.</source>
        <translation type="vanished">№ {row} жол: {problem}; ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="99"/>
        <source>scores</source>
        <translation>ұпай</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="106"/>
        <source>the best N scores of each nomination and age group win</source>
        <translation>әр номинация мен жас санатында ең жоғары ұпай алған N жұмыс жеңеді</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="262"/>
        <source>the best {n} scores of each nomination and age group win</source>
        <translation>әр номинация мен жас санатында ең жоғары ұпай алған {n} жұмыс жеңеді</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="108"/>
        <source>works placed 1 to N win</source>
        <translation>1-ден N-ге дейінгі орын алған жұмыстар жеңеді</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="400"/>
        <source>{count} diplomas and certificates written to {path} ({new} new, {again} printed again).</source>
        <translation>Жазылған диплом мен сертификаттар саны: {count} (жаңасы — {new}, қайта басылғаны — {again}). Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="262"/>
        <source>{field} must be a number, not {value}.</source>
        <translation>{field} сан болуы керек, {value} емес.</translation>
    </message>
    <message>
        <source>{file}: required columns are missing: {missing}.</source>
        <translation type="vanished">{file}: міндетті бағандар жоқ: {missing}.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="161"/>
        <source>— not yet —</source>
        <translation>— әлі жоқ —</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="421"/>
        <source>← Back to the list</source>
        <translation>← Тізімге оралу</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="69"/>
        <source>Copy details</source>
        <translation>Мәліметтерді көшіру</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="64"/>
        <source>Something went wrong</source>
        <translation>Қате орын алды</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="65"/>
        <source>Tirkeu met an error it did not expect. Your saved records are safe; the details are in the log. If it happens again, send the details to your office.</source>
        <translation>Tirkeu бағдарламасында күтпеген қате орын алды. Сақталған жазбаларыңыз қауіпсіз; толық мәлімет журналда. Қате қайталанса, мәліметтерді басқармаға жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../app/db/store.py" line="186"/>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>{path} қалтасын жасау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="292"/>
        <source>Cannot open the database {path}: {error}. Check that the folder is writable and the disk is not full.</source>
        <translation>{path} деректер қорын ашу мүмкін болмады: {error}. Қалтаға жазуға рұқсат бар екенін және диск толып қалмағанын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="122"/>
        <source>Cannot reach the database server {path} ({error}). Check the address, that the server is running and that this computer may connect to it. Nothing was saved.</source>
        <translation>{path} деректер қоры серверіне қосылу мүмкін емес ({error}). Мекенжайды, сервердің жұмыс істеп тұрғанын және осы компьютердің оған қосыла алатынын тексеріңіз. Ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="29"/>
        <location filename="../../app/db/guard.py" line="61"/>
        <source>Cannot read the database {path}: {error}</source>
        <translation>{path} деректер қорын оқу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="87"/>
        <source>The database {path} cannot be written: the file or its folder is read-only. The change was not saved. Allow writing there, or move the database to a folder you can write to.</source>
        <translation>{path} деректер қорына жазу мүмкін емес: файл немесе оның қалтасы тек оқуға арналған. Өзгеріс сақталмады. Файлға және оның қалтасына жазуға рұқсат беріңіз немесе деректер қорын жазуға болатын қалтаға көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="99"/>
        <source>The database {path} could not be read or written ({error}). The change was not saved. Check that the disk (or USB stick) is connected and not full.</source>
        <translation>{path} деректер қорын оқу немесе оған жазу мүмкін болмады ({error}). Өзгеріс сақталмады. Диск (немесе флешка) қосулы екенін және толып қалмағанын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="79"/>
        <location filename="../../app/db/postgres.py" line="103"/>
        <source>The database {path} is busy: another program (or a second Tirkeu) is using it. The change was not saved. Close the other program and try again.</source>
        <translation>{path} деректер қоры бос емес: оны басқа бағдарлама (немесе қатар ашылған екінші Tirkeu) пайдаланып отыр. Өзгеріс сақталмады. Басқа бағдарламаны жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="54"/>
        <source>The database {path} is on a read-only disk or in a read-only folder (a write-protected USB stick or a CD, say), so Tirkeu cannot open it. Copy it to a folder you can write to (Documents, say) and open the copy, or allow writing there.</source>
        <translation>{path} деректер қоры тек оқуға арналған дискіде немесе қалтада тұр (мысалы, жазудан қорғалған флешкада немесе CD дискіде), сондықтан Tirkeu оны аша алмайды. Оны жазуға болатын қалтаға (мысалы, «Құжаттар» қалтасына) көшіріп, көшірмесін ашыңыз немесе сол жерге жазуға рұқсат беріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="251"/>
        <source>The database {path} uses the encoding {encoding}, which cannot hold Kazakh letters. Create it with ENCODING &apos;UTF8&apos; (the README shows how).</source>
        <translation>{path} деректер қоры {encoding} кодтауын пайдаланады, онда қазақ әріптері сақталмайды. Оны ENCODING &apos;UTF8&apos; арқылы жасаңыз (README-де қалай екені көрсетілген).</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="83"/>
        <source>The disk with the database {path} is full. The change was not saved. Free some space on the disk and try again.</source>
        <translation>{path} деректер қоры тұрған диск толып қалды. Өзгеріс сақталмады. Дискіде орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="116"/>
        <source>The server did not accept the user name or password for {path}. Check them (or your .pgpass file) and try again.</source>
        <translation>Сервер {path} үшін пайдаланушы атын немесе құпиясөзді қабылдамады. Оларды (немесе .pgpass файлыңызды) тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="107"/>
        <source>The server of the database {path} is out of disk space or memory. The change was not saved. Ask the server&apos;s administrator to free some.</source>
        <translation>{path} деректер қоры серверінде дискідегі орын немесе жад таусылды. Өзгеріс сақталмады. Сервер әкімшісінен орын босатуды сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="111"/>
        <source>The server refused to let Tirkeu change the database {path} ({error}). Ask the server&apos;s administrator for the rights the README lists.</source>
        <translation>Сервер Tirkeu-ге {path} деректер қорын өзгертуге рұқсат бермеді ({error}). Сервер әкімшісінен README-де аталған құқықтарды сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="119"/>
        <source>There is no database {path} on the server. Ask the server&apos;s administrator to create it (the README shows how).</source>
        <translation>Серверде {path} деректер қоры жоқ. Сервер әкімшісінен оны жасауды сұраңыз (README-де қалай екені көрсетілген).</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="28"/>
        <source>This database is not set up yet: run set-up (tirkeu init) first.</source>
        <translation>Бұл деректер қоры әлі бапталмаған: алдымен бастапқы баптауды орындаңыз (tirkeu init).</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="222"/>
        <source>Tirkeu cannot talk to PostgreSQL servers on this computer: {error}. Install the PostgreSQL client library (Debian and Ubuntu: libpq5).</source>
        <translation>Tirkeu бұл компьютерде PostgreSQL серверлерімен байланыса алмайды: {error}. PostgreSQL клиенттік кітапханасын орнатыңыз (Debian және Ubuntu: libpq5).</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="92"/>
        <location filename="../../app/db/store.py" line="295"/>
        <source>{path} is damaged ({error}). Restore it from a backup.</source>
        <translation>{path} файлы зақымдалған ({error}). Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="63"/>
        <source>{path} is damaged or not a database ({error}). Restore it from a backup.</source>
        <translation>{path} файлы зақымдалған немесе деректер қоры емес ({error}). Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="34"/>
        <source>{path} is not a Tirkeu database (not an SQLite file). Choose another file or restore from a backup.</source>
        <translation>{path} файлы Tirkeu деректер қоры емес (SQLite файлы емес). Басқа файлды таңдаңыз немесе деректер қорын сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="74"/>
        <source>{path} was made by a newer version of Tirkeu (schema {found}, this program knows up to {known}). Install the newer Tirkeu; the file was not changed.</source>
        <translation>{path} файлы Tirkeu бағдарламасының жаңарақ нұсқасында жасалған (схема нұсқасы — {found}, ал бұл бағдарлама тек {known} нұсқасына дейінгі схемаларды таниды). Tirkeu бағдарламасының жаңа нұсқасын орнатыңыз; файл өзгертілген жоқ.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../ui/common/date_field.py" line="220"/>
        <source>Calendar (Alt+Down)</source>
        <translation>Күнтізбе (Alt+Төмен)</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="215"/>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message numerus="yes">
        <location filename="../../ui/events/attendance_tab.py" line="112"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n қатысушы</numerusform>
            <numerusform>%n қатысушы</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="210"/>
        <source>&amp;Add a person:</source>
        <translation>&amp;Адам қосу:</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="199"/>
        <source>&amp;Book</source>
        <translation>&amp;Жазу</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="59"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="102"/>
        <source>&amp;Duration:</source>
        <translation>Ұ&amp;зақтығы:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="98"/>
        <source>&amp;End date (if not the same day):</source>
        <translation>А&amp;яқталу күні (басқа күн болса):</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="107"/>
        <source>&amp;Format:</source>
        <translation>Өткізу &amp;форматы:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="91"/>
        <location filename="../../ui/events/page.py" line="37"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="108"/>
        <location filename="../../ui/events/page.py" line="43"/>
        <source>&amp;Language:</source>
        <translation>Ті&amp;лі:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="114"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="109"/>
        <location filename="../../ui/events/page.py" line="46"/>
        <source>&amp;Organiser:</source>
        <translation>Ұйымдасты&amp;рушы:</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="61"/>
        <source>&amp;Person:</source>
        <translation>К&amp;елуші:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="89"/>
        <location filename="../../ui/events/page.py" line="36"/>
        <source>&amp;Programme:</source>
        <translation>&amp;Бағдарлама:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="97"/>
        <source>&amp;Start date:</source>
        <translation>Басталу &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="88"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="42"/>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="62"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Тақырып:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="68"/>
        <source>&amp;Total:</source>
        <translation>&amp;Жалпы саны:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="74"/>
        <source>&amp;boys:</source>
        <translation>ұ&amp;лдар:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="73"/>
        <source>&amp;girls:</source>
        <translation>қ&amp;ыздар:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/attendance_tab.py" line="114"/>
        <source>(%n on the list)</source>
        <translation>
            <numerusform>(тізімде: %n)</numerusform>
            <numerusform>(тізімде: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="122"/>
        <source>A mass action is reported as numbers, not names. Leave a box empty (—) when the number is not known; the parts must not exceed the total, and all four parts must add up to it.</source>
        <translation>Көпшілік акциясы аты-жөндермен емес, сандармен есептеледі. Сан белгісіз болса, өрісті бос қалдырыңыз (—); бөліктердің қосындысы жалпы саннан аспауы керек, ал төрт бөлік те толтырылса, олардың қосындысы жалпы санға тең болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="110"/>
        <source>A&amp;udience:</source>
        <translation>&amp;Мақсатты топ:</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="144"/>
        <source>Added: {name}</source>
        <translation>Қосылды: {name}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="65"/>
        <source>Announce it in advance.</source>
        <translation>Алдын ала хабарландырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="303"/>
        <source>Appointments</source>
        <translation>Жазылулар</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="56"/>
        <source>At least {count} participants.</source>
        <translation>Кемінде {count} қатысушы.</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="201"/>
        <source>Back to booked</source>
        <translation>«Күтілуде» күйіне қайтару</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="160"/>
        <source>Booked: {date} {time}</source>
        <translation>Жазылды: {date} {time}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="63"/>
        <source>By prior registration: book each visit in the appointment list.</source>
        <translation>Алдын ала жазылу бойынша: әр келуді жазылулар тізіміне енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="203"/>
        <source>Cancel the booking</source>
        <translation>Жазылуды болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="408"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="222"/>
        <source>Competitive selection: people are added as applicants; check those selected and press “Select checked”.</source>
        <translation>Конкурстық іріктеу: адамдар үміткер ретінде қосылады; іріктелгендерді белгілеп, «Белгіленгендерді іріктеу» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="211"/>
        <source>Consultations are held by prior registration: one visitor per time slot. Enter in the time or topic box books the visit.</source>
        <translation>Кеңестер алдын ала жазылу бойынша өтеді: бір уақытқа — бір келуші. Уақыт не тақырып өрісінде Enter басылса, келуші жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="147"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="306"/>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="45"/>
        <source>Distr&amp;ict:</source>
        <translation>А&amp;удан:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="79"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="111"/>
        <source>Double-click or F2 to change the role</source>
        <translation>Рөлді өзгерту үшін екі рет шертіңіз немесе F2 басыңыз</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="71"/>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="405"/>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="64"/>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="41"/>
        <source>Fro&amp;m:</source>
        <translation>Б&amp;астап:</translation>
    </message>
    <message>
        <location filename="../../app/events/headcount.py" line="51"/>
        <source>Girls and boys together ({sum}) are more than the total ({total}).</source>
        <translation>Қыздар мен ұлдардың қосындысы ({sum}) жалпы саннан ({total}) көп.</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="198"/>
        <location filename="../../ui/events/dialog.py" line="423"/>
        <source>HH:MM</source>
        <translation>СС:ММ</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="307"/>
        <source>Head-count</source>
        <translation>Қатысушылар саны</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="84"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="93"/>
        <source>It lasted {minutes} minutes. {rule}</source>
        <translation>Ұзақтығы: {minutes} мин. {rule}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="126"/>
        <source>It lasts {actual} day(s); the event should last {days} days.</source>
        <translation>Ұзақтығы: {actual} күн; іс-шара {days} күнге созылуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="74"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="77"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="200"/>
        <source>Mark held</source>
        <translation>«Өтті» деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="200"/>
        <source>Mark missed</source>
        <translation>«Келмеді» деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="84"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="405"/>
        <source>New event</source>
        <translation>Жаңа іс-шара</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="292"/>
        <source>Not met: {issues}</source>
        <translation>Орындалмаған талаптар: {issues}</translation>
    </message>
    <message>
        <location filename="../../app/events/attendance.py" line="144"/>
        <source>Only applicants can be selected; not applicants: {names}.</source>
        <translation>Тек үміткерлерді іріктеуге болады; үміткер емес: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="80"/>
        <source>Organiser</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="112"/>
        <source>Pa&amp;rtners:</source>
        <translation>&amp;Серіктестер:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="81"/>
        <location filename="../../ui/events/dialog.py" line="300"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="60"/>
        <source>Participants are selected competitively: record the applicants, then mark who was selected.</source>
        <translation>Қатысушылар конкурстық негізде іріктеледі: үміткерлерді енгізіп, содан кейін іріктелгендерді белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="147"/>
        <source>Person</source>
        <translation>Келуші</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="106"/>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="75"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="409"/>
        <source>Print &amp;certificates…</source>
        <translation>&amp;Сертификаттарды басып шығару…</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="72"/>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="117"/>
        <source>Pupils + teachers + parents + others = {sum}</source>
        <translation>Оқушылар + мұғалімдер + ата-аналар + басқалар = {sum}</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="44"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Облыс:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="78"/>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="213"/>
        <source>Remove (Delete)</source>
        <translation>Алып тастау (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="170"/>
        <source>Removed from the list: {names}</source>
        <translation>Тізімнен алынды: {names}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="74"/>
        <source>Reported as a head-count: enter the numbers, not a list of names.</source>
        <translation>Қатысушылар саны бойынша есептеледі: аты-жөндер тізімін емес, сандарды енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="85"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="215"/>
        <source>Save the event first (Ctrl+S): the form stays open and the participants are added here.</source>
        <translation>Алдымен іс-шараны сақтаңыз (Ctrl+S): форма ашық қалады, қатысушылар осы жерде қосылады.</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="207"/>
        <source>Save the event first (Ctrl+S): the form stays open and the visits are booked here.</source>
        <translation>Алдымен іс-шараны сақтаңыз (Ctrl+S): форма ашық қалады, келушілер осы жерде жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="343"/>
        <source>Saved. Now add the people: each one is saved as soon as they are added. Close the form when done.</source>
        <translation>Сақталды. Енді адамдарды қосыңыз: әрқайсысы қосылған сәтте сақталады. Аяқтаған соң форманы жабыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="84"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="79"/>
        <source>Search (Ctrl+F): any part of the title or place</source>
        <translation>Іздеу (Ctrl+F): атауының не өтетін орнының кез келген бөлігі</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="212"/>
        <source>Select checked</source>
        <translation>Белгіленгендерді іріктеу</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="188"/>
        <source>Selected: {selected}; not selected: {rest}.</source>
        <translation>Іріктелді: {selected}; іріктелмеді: {rest}.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="70"/>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="100"/>
        <source>Start t&amp;ime:</source>
        <translation>Басталу &amp;уақыты:</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="85"/>
        <location filename="../../ui/events/tables.py" line="148"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="60"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Уақыты:</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="67"/>
        <source>Target: at least {count} a month in each region.</source>
        <translation>Мақсат: әр облыста айына кемінде {count}.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="70"/>
        <source>Target: at least {count} a week.</source>
        <translation>Мақсат: аптасына кемінде {count}.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="72"/>
        <source>Target: at least {count} in each region.</source>
        <translation>Мақсат: әр облыста кемінде {count}.</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="71"/>
        <source>The date {date} is outside the event&apos;s dates ({start} – {end}).</source>
        <translation>{date} күні іс-шара өтетін мерзімнен тыс ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="91"/>
        <source>The duration is not given. {rule}</source>
        <translation>Ұзақтығы көрсетілмеген. {rule}</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="293"/>
        <source>The event is saved anyway; the office sees these notes.</source>
        <translation>Іс-шара бәрібір сақталады; бұл ескертулерді басқарма көреді.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="58"/>
        <source>The event lasts {days} days.</source>
        <translation>Іс-шара {days} күнге созылады.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="44"/>
        <source>The event should last at least {low} minutes.</source>
        <translation>Іс-шараның ұзақтығы: кемінде {low} минут.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="42"/>
        <source>The event should last at most {high} minutes.</source>
        <translation>Іс-шараның ұзақтығы {high} минуттан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="40"/>
        <source>The event should last {low}–{high} minutes.</source>
        <translation>Іс-шараның ұзақтығы: {low}–{high} минут.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="54"/>
        <location filename="../../app/certificates/register.py" line="83"/>
        <location filename="../../app/contests/core.py" line="108"/>
        <location filename="../../app/events/appointments.py" line="101"/>
        <location filename="../../app/events/attendance.py" line="60"/>
        <location filename="../../app/tournaments/setup.py" line="160"/>
        <source>The event was not found (it may have been deleted).</source>
        <translation>Іс-шара табылмады (ол жойылған болуы мүмкін).</translation>
    </message>
    <message>
        <location filename="../../app/events/headcount.py" line="45"/>
        <source>The numbers do not add up: the total is {total}, but pupils, teachers, parents and others make {sum}.</source>
        <translation>Сандар сәйкес келмейді: жалпы саны — {total}, ал оқушылар, мұғалімдер, ата-аналар мен басқалардың қосындысы — {sum}.</translation>
    </message>
    <message>
        <location filename="../../app/events/forms.py" line="51"/>
        <source>The organisation was not found (it may have been deleted).</source>
        <translation>Ұйым табылмады (ол жойылған болуы мүмкін).</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="78"/>
        <location filename="../../app/events/attendance.py" line="67"/>
        <source>The person was not found (they may have been deleted).</source>
        <translation>Адам табылмады (ол жойылған болуы мүмкін).</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="93"/>
        <source>The slot {slot} on {date} is already taken; choose another time.</source>
        <translation>{date} күнгі {slot} уақыты бос емес; басқа уақытты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="147"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="69"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="148"/>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="205"/>
        <source>Type a name or IIN, Enter to choose</source>
        <translation>Аты-жөнін не ЖСН-ін теріңіз, Enter — таңдау</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="219"/>
        <source>Type part of a name or IIN and press Enter: the person is added at once. No match: Enter creates a new person. Delete removes the selected person.</source>
        <translation>Аты-жөнінің не ЖСН-нің бір бөлігін теріп, Enter басыңыз: адам бірден қосылады. Сәйкес адам табылмаса, Enter жаңа адам жасайды. Delete таңдалған адамды тізімнен алып тастайды.</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="67"/>
        <source>applicant</source>
        <translation>үміткер</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="66"/>
        <source>attended</source>
        <translation>қатысты</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="71"/>
        <source>booked</source>
        <translation>күтілуде</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="72"/>
        <source>held</source>
        <translation>өтті</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="79"/>
        <source>in person</source>
        <translation>бетпе-бет</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="424"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="73"/>
        <source>missed</source>
        <translation>келмеді</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="69"/>
        <source>not selected</source>
        <translation>іріктелмеді</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="69"/>
        <source>of them &amp;pupils:</source>
        <translation>оның ішінде &amp;оқушылар:</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="79"/>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="72"/>
        <source>ot&amp;hers:</source>
        <translation>&amp;басқалар:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="71"/>
        <source>pa&amp;rents:</source>
        <translation>&amp;ата-аналар:</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="70"/>
        <source>registered</source>
        <translation>тіркелді</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="80"/>
        <source>remote</source>
        <translation>қашықтан</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="68"/>
        <source>selected</source>
        <translation>іріктелді</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="70"/>
        <source>t&amp;eachers:</source>
        <translation>&amp;мұғалімдер:</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="117"/>
        <source>{count} participants; at least {least} are needed.</source>
        <translation>Қатысушы саны: {count}; кемінде {least} болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="132"/>
        <source>{name} is already on the list.</source>
        <translation>{name} тізімде бар.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange/actions.py" line="75"/>
        <source>An office&apos;s database on a PostgreSQL server, shared by several staff</source>
        <translation>PostgreSQL серверіндегі басқарманың бірнеше қызметкер ортақ пайдаланатын деректер қоры</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="122"/>
        <source>Back up the database</source>
        <translation>Деректер қорының сақтық көшірмесін жасау</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="72"/>
        <source>Back up the database to…</source>
        <translation>Деректер қорының сақтық көшірмесін жасау…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="129"/>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="130"/>
        <source>Backup written to {path}.</source>
        <translation>Сақтық көшірме сақталды: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="102"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel жұмыс кітабы (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="101"/>
        <source>Export {what}</source>
        <translation>{what} тізімін экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="71"/>
        <source>Export {what} to a file…</source>
        <translation>{what} тізімін файлға экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="108"/>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="vanished">Импорт аяқталды</translation>
    </message>
    <message>
        <source>Import {what}</source>
        <translation type="vanished">{what} тізімін импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="69"/>
        <source>Import {what} from a file…</source>
        <translation>{what} тізімін файлдан импорттау…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="vanished">{file} файлы импортталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="74"/>
        <source>Open a server database…</source>
        <translation>Сервердегі деректер қорын ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="73"/>
        <source>Restore from a backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation type="vanished">Кестелер (*.xlsx *.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="138"/>
        <source>This database is on a server: its administrator restores it from the server&apos;s backups (pg_restore). A copy made with &quot;Back up the database to…&quot; opens as a file with --db.</source>
        <translation>Бұл деректер қоры серверде: оны сервердің сақтық көшірмелерінен (pg_restore) сервер әкімшісі қалпына келтіреді. «Деректер қорының сақтық көшірмесін жасау…» арқылы жасалған көшірме --db арқылы файл ретінде ашылады.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="123"/>
        <source>Tirkeu database (*.sqlite3)</source>
        <translation>Tirkeu деректер қоры (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="110"/>
        <source>Wrote {count} rows to {path}.</source>
        <translation>Жазылған жол саны: {count}. Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="29"/>
        <source>aid recipients</source>
        <translation>Көмек алушылар</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="30"/>
        <source>events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="28"/>
        <source>participants</source>
        <translation>Қатысушылар</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/exporting.py" line="65"/>
        <source>Unknown export type {kind}: use one of {kinds}.</source>
        <translation>Белгісіз экспорт түрі: {kind}. Мына мәндердің бірін көрсетіңіз: {kinds}.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/common/formatting.py" line="41"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="40"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="40"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="157"/>
        <location filename="../../ui/common/formatting.py" line="35"/>
        <location filename="../../ui/people/dialog.py" line="125"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="157"/>
        <location filename="../../ui/common/formatting.py" line="35"/>
        <location filename="../../ui/people/dialog.py" line="125"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="55"/>
        <location filename="../../ui/common/form_dialog.py" line="157"/>
        <location filename="../../ui/tournaments/break_tab.py" line="85"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="246"/>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="247"/>
        <source>Go back</source>
        <translation>Қайту</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="245"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="54"/>
        <location filename="../../ui/common/form_dialog.py" line="156"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="244"/>
        <source>Save the changes?</source>
        <translation>Өзгерістерді сақтау керек пе?</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help/dialog.py" line="28"/>
        <source>Help: {area}</source>
        <translation>Анықтама: {area}</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../ui/home/page.py" line="61"/>
        <source>&amp;New event</source>
        <translation>&amp;Жаңа іс-шара</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="64"/>
        <source>&amp;Write to the USB stick</source>
        <translation>Ф&amp;лешкаға жазу</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="62"/>
        <source>Add &amp;participants</source>
        <translation>&amp;Қатысушыларды қосу</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="40"/>
        <source>Adjudicators</source>
        <translation>Төрешілер</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="41"/>
        <source>Adjudicators&apos; seats</source>
        <translation>Төрешілердің ойындарға тағайындалуы</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="36"/>
        <source>Aid given</source>
        <translation>Көрсетілген көмек</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="35"/>
        <source>Attendance records</source>
        <translation>Қатысу туралы жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="43"/>
        <source>Awards and nominations</source>
        <translation>Марапаттар мен номинациялар</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="42"/>
        <source>Ballots</source>
        <translation>Бюллетеньдер</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="38"/>
        <source>Certificates issued</source>
        <translation>Берілген сертификаттар</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="36"/>
        <source>Children in the aid data bank</source>
        <translation>Деректер банкіндегі көмекке мұқтаж балалар</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="35"/>
        <source>Consultation appointments</source>
        <translation>Кеңеске алдын ала жазылулар</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="44"/>
        <source>Contest works</source>
        <translation>Байқау жұмыстары</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="43"/>
        <source>Contests</source>
        <translation>Байқаулар</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="158"/>
        <source>Coordinator:</source>
        <translation>Үйлестіруші:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="161"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="37"/>
        <source>Debate teams</source>
        <translation>Пікірсайыс командалары</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="40"/>
        <source>Debate tournaments</source>
        <translation>Пікірсайыс турнирлері</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="41"/>
        <source>Debates drawn</source>
        <translation>Жеребе бойынша ойындар</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="157"/>
        <source>District:</source>
        <translation>Аудан:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="34"/>
        <source>Event partners</source>
        <translation>Іс-шара серіктестері</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="34"/>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="51"/>
        <source>National level</source>
        <translation>Республикалық деңгей</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="70"/>
        <source>New event</source>
        <translation>Жаңа іс-шара</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="85"/>
        <source>No bundle has been written yet: {count} records are waiting to go to the office on a USB stick.</source>
        <translation>Пакет әлі жазылған жоқ: басқармаға флешкамен жіберілетін {count} жазба күтіп тұр.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="217"/>
        <source>Nothing is due. Well done.</source>
        <translation>Мерзімі жеткен іс жоқ. Жарайсыз!</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="71"/>
        <source>Open the event</source>
        <translation>Іс-шараны ашу</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="33"/>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="33"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="63"/>
        <source>Print &amp;certificates</source>
        <translation>&amp;Сертификаттарды басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="161"/>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="160"/>
        <source>Records in this database ▸</source>
        <translation>Осы дерекқордағы жазбалар ▸</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="159"/>
        <source>Records in this database ▾</source>
        <translation>Осы дерекқордағы жазбалар ▾</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="50"/>
        <source>Region office</source>
        <translation>Облыстық басқарма</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="44"/>
        <source>Region targets</source>
        <translation>Облыстардың мақсатты көрсеткіштері</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="156"/>
        <source>Region:</source>
        <translation>Облыс:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="153"/>
        <source>Reminders</source>
        <translation>Еске салғыштар</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="155"/>
        <source>Role:</source>
        <translation>Рөлі:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="50"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="39"/>
        <source>Social passport totals</source>
        <translation>Әлеуметтік паспорт көрсеткіштері</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="37"/>
        <source>Team members</source>
        <translation>Команда мүшелері</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="42"/>
        <source>Teams in the break</source>
        <translation>Плей-оффқа шыққан командалар</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="90"/>
        <source>The last bundle was written {days} days ago; {count} records have changed since.</source>
        <translation>Соңғы пакет {days} күн бұрын жазылды; содан бері {count} жазба өзгерді.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="154"/>
        <source>This installation</source>
        <translation>Осы орнату</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="150"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="69"/>
        <source>Write the bundle</source>
        <translation>Пакетті жазу</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="93"/>
        <source>{count} records have changed since the last bundle.</source>
        <translation>Соңғы пакеттен бері {count} жазба өзгерді.</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="133"/>
        <source>{title}: {count} this month (target: {target}).</source>
        <translation>{title}: осы айда {count} (мақсат: {target}).</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="130"/>
        <source>{title}: {count} this week (target: {target}).</source>
        <translation>{title}: осы аптада {count} (мақсат: {target}).</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="172"/>
        <source>«{title}» ({date}): no participants recorded yet.</source>
        <translation>«{title}» ({date}): қатысушылар әлі енгізілмеген.</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="178"/>
        <source>«{title}» ({date}): {issue}</source>
        <translation>«{title}» ({date}): {issue}</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="183"/>
        <source>…and {count} more events of the last month need a look (Events area).</source>
        <translation>…және соңғы айдағы тағы {count} іс-шараны қарап шығу керек («Іс-шаралар» бөлімі).</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="48"/>
        <source>Aid recipients</source>
        <translation>Көмек алушылар</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="86"/>
        <source>Already registered, written differently, not added again: {rows}.</source>
        <translation>Бұрын тіркелген, басқаша жазылған, қайта қосылмады: {rows}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="130"/>
        <source>An empty list with the right column titles, to fill in and import.</source>
        <translation>Дұрыс баған атаулары бар бос тізім: толтырып, импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="144"/>
        <source>Check (nothing is saved)</source>
        <translation>Тексеру (ештеңе сақталмайды)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="144"/>
        <source>Check again</source>
        <translation>Қайта тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="249"/>
        <source>Checking {file}…</source>
        <translation>{file} файлы тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="160"/>
        <source>Choose a file</source>
        <translation>Файлды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="128"/>
        <source>Choose a file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="138"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="199"/>
        <source>Column titles found in row {row}; the rows above them are not imported.</source>
        <translation>Баған атаулары {row}-жолда табылды; олардың үстіндегі жолдар импортталмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="129"/>
        <location filename="../../ui/exchange/import_dialog.py" line="309"/>
        <source>Download a template</source>
        <translation>Үлгіні жүктеп алу</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="78"/>
        <source>Dry run: nothing was saved.</source>
        <translation>Сынақ режимі: ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="49"/>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="310"/>
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel кітабы (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="202"/>
        <source>Ignored columns: {names}.</source>
        <translation>Ескерілмейтін бағандар: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="136"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="127"/>
        <source>Import from Excel or CSV</source>
        <translation>Excel немесе CSV файлынан импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="249"/>
        <source>Importing {file}…</source>
        <translation>{file} файлы импортталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="140"/>
        <source>No file chosen.</source>
        <translation>Файл таңдалмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="137"/>
        <source>Open the rejected rows</source>
        <translation>Қабылданбаған жолдарды ашу</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="48"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="280"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="80"/>
        <source>Rejected rows with reasons: {path}</source>
        <translation>Қабылданбаған жолдар және олардың себептері: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="132"/>
        <source>Rejected rows. Correct them here (double-click a cell) and press «Check again»; the corrected rows are then imported. The file itself is not changed.</source>
        <translation>Қабылданбаған жолдар. Оларды осында түзетіңіз (ұяшықты екі рет басыңыз) де, «Қайта тексеру» батырмасын басыңыз; түзетілген жолдар содан кейін импортталады. Файлдың өзі өзгермейді.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="280"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation type="vanished">Кестелер (*.xlsx *.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="161"/>
        <source>Tables (*.xlsx *.xls *.ods *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Кестелер (*.xlsx *.xls *.ods *.csv *.txt *.tsv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="320"/>
        <source>Template saved: {path}. Fill it in and import it here.</source>
        <translation>Үлгі сақталды: {path}. Оны толтырып, осында импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="268"/>
        <source>Unknown import type {kind}: use one of {kinds}.</source>
        <translation>Белгісіз импорт түрі: {kind}. Мына мәндердің бірін көрсетіңіз: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="327"/>
        <source>error</source>
        <translation>қате</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="207"/>
        <source>ignored</source>
        <translation>ескерілмейді</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="83"/>
        <source>row {row}: {name} is {registered}</source>
        <translation>{row}-жол: {name} — бұл {registered}</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="73"/>
        <source>{file}: created {created}, updated {updated}, unchanged {unchanged}, rejected {rejected}.</source>
        <translation>{file}: жаңа — {created}, жаңартылған — {updated}, өзгеріссіз — {unchanged}, қабылданбаған — {rejected}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="196"/>
        <source>{rows} rows. The first {shown} are shown with the field each column fills.</source>
        <translation>Жол саны: {rows}. Алғашқы {shown} жол әр баған толтыратын өріспен бірге көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="307"/>
        <source>{what} - template</source>
        <translation>{what} - үлгі</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../ui/common/list_page.py" line="190"/>
        <location filename="../../ui/common/list_page.py" line="271"/>
        <location filename="../../ui/organisations/page.py" line="63"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="272"/>
        <source>Delete {count} selected record(s)? They can be brought back from “Recently deleted”.</source>
        <translation>Таңдалған жазбаларды жою керек пе (саны: {count})? Оларды «Жақында жойылғандар» бөлімінен қайтаруға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="229"/>
        <source>Deleted records: {count}</source>
        <translation>Жойылған жазбалар: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="283"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel жұмыс кітабы (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="282"/>
        <source>Export to Excel</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="188"/>
        <source>Export to Excel…</source>
        <translation>Excel-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="187"/>
        <source>New (Ctrl+N)</source>
        <translation>Жаңа (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="189"/>
        <source>Recently deleted</source>
        <translation>Жақында жойылғандар</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="190"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="186"/>
        <source>Search (Ctrl+F): any part of a name or IIN</source>
        <translation>Іздеу (Ctrl+F): аты-жөнінің немесе ЖСН-нің кез келген бөлігі</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="230"/>
        <location filename="../../ui/organisations/trainers.py" line="111"/>
        <source>Shown: {count}</source>
        <translation>Көрсетілгені: {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;About Tirkeu</source>
        <translation>Tirkeu бағдарламасы &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>&amp;Help for this area</source>
        <translation>Осы бөлім бойынша &amp;анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Aid «Мектепке жол»</source>
        <translation>«Мектепке жол» көмегі</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Contests</source>
        <translation>Байқаулар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Tirkeu — {name}</source>
        <translation>Tirkeu — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Tournaments</source>
        <translation>Турнирлер</translation>
    </message>
</context>
<context>
    <name>Move</name>
    <message>
        <location filename="../../app/db/copying.py" line="193"/>
        <source>A school&apos;s database stays in its file on the laptop; only a region office or the national centre moves to a server.</source>
        <translation>Мектептің деректер қоры ноутбуктағы файлында қалады; серверге тек облыстық басқарма немесе республикалық орталық көшеді.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="146"/>
        <source>The copy of {table} does not match the original ({copied} rows copied); nothing was moved.</source>
        <translation>{table} көшірмесі түпнұсқаға сәйкес келмейді ({copied} жол көшірілді); ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="125"/>
        <source>The target database is already set up as an installation; move into an empty database.</source>
        <translation>Мақсатты деректер қоры орнату ретінде бапталып қойған; бос деректер қорына көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="122"/>
        <source>The target database lacks the tables {tables}; open it with this version of Tirkeu first.</source>
        <translation>Мақсатты деректер қорында {tables} кестелері жоқ; алдымен оны Tirkeu-дің осы нұсқасымен ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="191"/>
        <source>This database is not set up yet: there is nothing to move.</source>
        <translation>Бұл деректер қоры әлі бапталмаған: көшіретін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="188"/>
        <source>This database is on a server already.</source>
        <translation>Бұл деректер қоры серверде орналасқан.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="185"/>
        <source>move-to takes a server address (postgresql://user@host/database), not {target}.</source>
        <translation>move-to сервер мекенжайын қабылдайды (postgresql://user@host/database), {target} емес.</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="42"/>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="40"/>
        <source>&amp;City or village:</source>
        <translation>&amp;Қала немесе ауыл:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="39"/>
        <source>&amp;District:</source>
        <translation>Ау&amp;дан:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="34"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="49"/>
        <source>&amp;Members (clubs):</source>
        <translation>&amp;Мүшелері (клубтар):</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="43"/>
        <source>&amp;Phone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="37"/>
        <location filename="../../ui/organisations/trainers.py" line="74"/>
        <source>&amp;Region:</source>
        <translation>&amp;Облыс:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="44"/>
        <source>&amp;What it does:</source>
        <translation>&amp;Немен айналысады:</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="30"/>
        <source>Activity</source>
        <translation>Қызметі</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="37"/>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="38"/>
        <location filename="../../ui/organisations/trainers.py" line="85"/>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="87"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="28"/>
        <source>City or village</source>
        <translation>Қала немесе ауыл</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="21"/>
        <source>Consultants</source>
        <translation>Консультанттар</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="26"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="32"/>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="48"/>
        <source>How &amp;often:</source>
        <translation>Қаншалықты &amp;жиі:</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="31"/>
        <source>How often</source>
        <translation>Қаншалықты жиі</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="87"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="22"/>
        <location filename="../../ui/organisations/page.py" line="39"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="21"/>
        <location filename="../../ui/organisations/trainers.py" line="87"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="62"/>
        <source>New organisation</source>
        <translation>Жаңа ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="50"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="61"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="32"/>
        <location filename="../../ui/organisations/page.py" line="117"/>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="75"/>
        <source>People marked “trainer” or “consultant” in their form (People area). At least 2 consultants per region.</source>
        <translation>Өз формасында «тренер» немесе «консультант» деп белгіленген адамдар («Адамдар» бөлімі). Әр облыста кемінде 2 консультант болуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="33"/>
        <location filename="../../ui/organisations/trainers.py" line="88"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="24"/>
        <location filename="../../ui/organisations/page.py" line="40"/>
        <location filename="../../ui/organisations/trainers.py" line="89"/>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="88"/>
        <source>School or organisation</source>
        <translation>Мектеп немесе ұйым</translation>
    </message>
    <message>
        <location filename="../../app/organisations/forms.py" line="91"/>
        <source>This is the school or office of this installation; it cannot be deleted.</source>
        <translation>Бұл — осы орнатудың мектебі немесе кеңсесі; оны жоюға болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="20"/>
        <source>Trainers</source>
        <translation>Тренерлер</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="118"/>
        <location filename="../../ui/organisations/trainers.py" line="73"/>
        <source>Trainers and consultants</source>
        <translation>Тренерлер мен консультанттар</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="64"/>
        <source>for a debate club: how many pupils are members</source>
        <translation>пікірсайыс клубы үшін: неше оқушы мүше</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="66"/>
        <source>for example: trainings on fake news and online fraud</source>
        <translation>мысалы: фейк жаңалықтар мен интернет-алаяқтық туралы тренингтер</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="63"/>
        <source>for example: «Медиа Сауат» ҚБ</source>
        <translation>мысалы: «Медиа Сауат» ҚБ</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="16"/>
        <source>monthly</source>
        <translation>ай сайын</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="18"/>
        <source>on request</source>
        <translation>сұраныс бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="17"/>
        <source>once a quarter</source>
        <translation>тоқсанына бір рет</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="17"/>
        <source>once a year</source>
        <translation>жылына бір рет</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="16"/>
        <source>weekly</source>
        <translation>апта сайын</translation>
    </message>
    <message>
        <location filename="../../app/organisations/forms.py" line="62"/>
        <source>“{name}” is already in the list of organisations.</source>
        <translation>«{name}» ұйымдар тізімінде бар.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../app/aid/listing.py" line="50"/>
        <location filename="../../app/people/listing.py" line="21"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="24"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="53"/>
        <location filename="../../app/people/listing.py" line="27"/>
        <source>Grade</source>
        <translation>Сыныбы</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="51"/>
        <location filename="../../app/people/listing.py" line="23"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="49"/>
        <location filename="../../app/people/listing.py" line="19"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="20"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="26"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="28"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="52"/>
        <location filename="../../app/people/listing.py" line="26"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="22"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="48"/>
        <location filename="../../app/people/listing.py" line="18"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <location filename="../../ui/aid/dialog.py" line="84"/>
        <location filename="../../ui/people/dialog.py" line="48"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Туған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="50"/>
        <source>&amp;Category:</source>
        <translation>&amp;Санаты:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="87"/>
        <location filename="../../ui/people/dialog.py" line="54"/>
        <source>&amp;Grade:</source>
        <translation>Сыны&amp;п:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="83"/>
        <location filename="../../ui/people/dialog.py" line="47"/>
        <source>&amp;IIN:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="81"/>
        <location filename="../../ui/people/dialog.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="82"/>
        <location filename="../../ui/people/dialog.py" line="46"/>
        <source>&amp;Patronymic:</source>
        <translation>Ә&amp;кесінің аты:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="80"/>
        <location filename="../../ui/people/dialog.py" line="44"/>
        <source>&amp;Surname:</source>
        <translation>Те&amp;гі:</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="33"/>
        <source>A person with this IIN is already registered: {who}.</source>
        <translation>Осы ЖСН-мен адам бұрын тіркелген: {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="35"/>
        <source>A person with this name and birth date is already registered: {who}.</source>
        <translation>Осындай аты-жөні мен туған күні бар адам бұрын тіркелген: {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="118"/>
        <source>Aid</source>
        <translation>Көмек</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="38"/>
        <source>Also: {others}.</source>
        <translation>Сондай-ақ: {others}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="54"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="117"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="58"/>
        <source>Consent given &amp;by:</source>
        <translation>Келісім &amp;берген:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="56"/>
        <source>Consent to data processing, &amp;date:</source>
        <translation>&amp;Деректерді өңдеуге келісім, күні:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="141"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="142"/>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="139"/>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="117"/>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="140"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="23"/>
        <source>IIN {iin}</source>
        <translation>ЖСН {iin}</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="70"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="122"/>
        <source>New person</source>
        <translation>Жаңа адам</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="50"/>
        <source>Open the existing one</source>
        <translation>Тіркелгенін ашу</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="137"/>
        <source>Open the existing person instead</source>
        <translation>Оның орнына бар адамды ашу</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="55"/>
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="122"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="53"/>
        <source>Save as a new person anyway</source>
        <translation>Бәрібір жаңа адам ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="86"/>
        <location filename="../../ui/people/dialog.py" line="52"/>
        <source>Sc&amp;hool:</source>
        <translation>&amp;Мектеп:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="85"/>
        <location filename="../../ui/people/dialog.py" line="49"/>
        <source>Se&amp;x:</source>
        <translation>Ж&amp;ынысы:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="187"/>
        <source>This person may already be registered: {who}, born {date}, IIN {iin}.</source>
        <translation>Бұл адам тіркеліп қойған болуы мүмкін: {who}, туған күні: {date}, ЖСН: {iin}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="142"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="69"/>
        <source>Trained as:</source>
        <translation>Біліктілігі:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="141"/>
        <source>What</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="131"/>
        <source>a parent or guardian (minor)</source>
        <translation>ата-анасы немесе заңды өкілі (кәмелетке толмаған)</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="135"/>
        <source>consultant</source>
        <translation>кеңесші</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="130"/>
        <source>the person</source>
        <translation>адамның өзі</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="134"/>
        <source>trainer</source>
        <translation>тренер</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../../ui/common/person_picker.py" line="60"/>
        <source>Type a name or IIN, Enter to add (a new person if not found)</source>
        <translation>Аты-жөнін не ЖСН-ін теріңіз, Enter — қосу (табылмаса — жаңа адам)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/certificates/printing.py" line="143"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>{file} жазылмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/printing.py" line="121"/>
        <location filename="../../ui/certificates/printing.py" line="182"/>
        <source>The file {path} cannot be read as a PDF, so it cannot be printed.</source>
        <translation>{path} файлы PDF ретінде оқылмайды, сондықтан оны басып шығару мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/printing.py" line="197"/>
        <source>The printer {printer} cannot be used now.</source>
        <translation>{printer} принтерін қазір пайдалану мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/printing.py" line="151"/>
        <location filename="../../ui/certificates/printing.py" line="155"/>
        <source>The printing service did not take the job: {reason}</source>
        <translation>Басып шығару қызметі тапсырманы қабылдамады: {reason}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <location filename="../../ui/reports/indicators_view.py" line="229"/>
        <location filename="../../ui/reports/indicators_view.py" line="248"/>
        <source>%n breaking a rule</source>
        <translation>
            <numerusform>%n талаптарға сай емес</numerusform>
            <numerusform>%n талаптарға сай емес</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/page.py" line="326"/>
        <source>%n files (one for each table).</source>
        <translation>
            <numerusform>%n файл (әр кестеге біреуден).</numerusform>
            <numerusform>%n файл (әр кестеге біреуден).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="127"/>
        <source>&amp;Open the event</source>
        <translation>Іс-шараны &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="344"/>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="348"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="346"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Деңгей:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/tables.py" line="110"/>
        <source>&amp;Table:</source>
        <translation>Кес&amp;те:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="349"/>
        <source>&amp;Targets…</source>
        <translation>&amp;Межелі мәндер…</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="90"/>
        <source>A child in two categories is in both rows and once in the total.</source>
        <translation>Екі санатқа жататын бала екі жолда да көрсетіледі, ал жиынтықта бір рет саналады.</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="190"/>
        <source>A person who came to several kinds of events is counted once in the total.</source>
        <translation>Бірнеше түрлі іс-шараға қатысқан адам жиынтықта бір рет саналады.</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="160"/>
        <source>A target cannot be negative.</source>
        <translation>Межелі мән теріс сан бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="92"/>
        <source>A target of the whole country: a region cannot change it.</source>
        <translation>Бүкіл елге ортақ межелі мән: облыс оны өзгерте алмайды.</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="111"/>
        <source>About this report</source>
        <translation>Есеп туралы</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="91"/>
        <source>Activity</source>
        <translation>Қызметі</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="188"/>
        <source>Against the target (100 % = the target)</source>
        <translation>Межелі мәннің орындалуы (100 % = межелі мән)</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="49"/>
        <location filename="../../app/reports/youth.py" line="151"/>
        <source>Age group</source>
        <translation>Жас санаты</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="102"/>
        <source>Aid delivered by item</source>
        <translation>Түрлері бойынша берілген көмек</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="114"/>
        <source>Aid delivered by sponsor</source>
        <translation>Демеушілер берген көмек</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="223"/>
        <source>Aid delivered, tenge</source>
        <translation>Берілген көмек сомасы, теңге</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="32"/>
        <source>Aid records</source>
        <translation>Көмек жазбалары</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="139"/>
        <source>Aid records by status</source>
        <translation>Күйі бойынша көмек жазбалары</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="111"/>
        <source>All events</source>
        <translation>Барлық іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="36"/>
        <source>All nominations</source>
        <translation>Барлық номинациялар</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="150"/>
        <source>An office sets the targets of its own region only.</source>
        <translation>Басқарма тек өз облысының межелі мәндерін белгілейді.</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="213"/>
        <source>Appointments</source>
        <translation>Жазылулар</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="125"/>
        <location filename="../../app/reports/common.py" line="74"/>
        <source>Attendances</source>
        <translation>Қатысу саны</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="81"/>
        <source>Award</source>
        <translation>Марапат</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="80"/>
        <location filename="../../app/reports/youth.py" line="83"/>
        <source>Awards given</source>
        <translation>Берілген марапаттар</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="131"/>
        <source>Boys</source>
        <translation>Ұлдар</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="127"/>
        <source>Breakdowns</source>
        <translation>Қатысушылар құрамы</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="104"/>
        <source>Breaking a rule</source>
        <translation>Талаптарға сай емес</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="48"/>
        <source>By age group (age on the period&apos;s last day)</source>
        <translation>Жасы бойынша (кезең соңындағы)</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="53"/>
        <source>By category</source>
        <translation>Санаты бойынша</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="45"/>
        <source>By sex</source>
        <translation>Жынысы бойынша</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="78"/>
        <source>By the event&apos;s language</source>
        <translation>Іс-шара тілі бойынша</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="85"/>
        <source>By the event&apos;s region</source>
        <translation>Іс-шара өткен облыс бойынша</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="59"/>
        <source>By the participant&apos;s district</source>
        <translation>Қатысушының ауданы бойынша</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="67"/>
        <source>By the participant&apos;s school</source>
        <translation>Қатысушының мектебі бойынша</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="53"/>
        <location filename="../../app/reports/road.py" line="206"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="366"/>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="155"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="29"/>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="128"/>
        <source>Children and aid by school</source>
        <translation>Мектептер: балалар мен көмек</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="87"/>
        <source>Children by family category</source>
        <translation>Отбасы санаты бойынша балалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="224"/>
        <source>Children given the same aid twice</source>
        <translation>Бірдей көмекті екі рет алған балалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="30"/>
        <source>Children helped</source>
        <translation>Көмек алған балалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="221"/>
        <source>Children identified but not yet helped</source>
        <translation>Анықталған, бірақ әлі көмек алмаған балалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="219"/>
        <source>Children in the data bank</source>
        <translation>Деректер банкіндегі балалар</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="362"/>
        <source>Choose a period or type one: a month (2026-09), a quarter (2026-Q3), a year (2026) or two dates (2026-09-01..2026-10-15).</source>
        <translation>Кезеңді таңдаңыз немесе теріңіз: ай (2026-09), тоқсан (2026-Q3), жыл (2026) немесе басталу және аяқталу күні (2026-09-01..2026-10-15).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="293"/>
        <source>Choose an indicator to see the events that break a rule.</source>
        <translation>Талаптарға сай емес іс-шараларды көру үшін көрсеткішті таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="178"/>
        <source>Clubs</source>
        <translation>Клубтар</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="104"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="226"/>
        <location filename="../../ui/reports/page.py" line="228"/>
        <source>Computing the indicators…</source>
        <translation>Көрсеткіштер есептелуде…</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="212"/>
        <source>Consultation appointments</source>
        <translation>Кеңеске алдын ала жазылулар</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="31"/>
        <source>Consultations</source>
        <translation>Кеңестер</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="150"/>
        <source>Contest</source>
        <translation>Байқау</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="157"/>
        <source>Contest participants (unique)</source>
        <translation>Байқауға қатысушылар (бірегей)</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="158"/>
        <source>Contest winners (unique)</source>
        <translation>Байқау жеңімпаздары (бірегей)</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="156"/>
        <source>Contest works</source>
        <translation>Байқау жұмыстары</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="155"/>
        <source>Contests</source>
        <translation>Байқаулар</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="149"/>
        <source>Contests by nomination and age group</source>
        <translation>Байқаулар: номинация мен жас</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="199"/>
        <location filename="../../ui/reports/indicators_view.py" line="123"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="202"/>
        <source>Days</source>
        <translation>Күн саны</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="189"/>
        <source>Debate and contests</source>
        <translation>Пікірсайыс және байқаулар</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="180"/>
        <source>Debate club members</source>
        <translation>Пікірсайыс клубтарының мүшелері</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="176"/>
        <location filename="../../app/reports/youth.py" line="179"/>
        <source>Debate clubs</source>
        <translation>Пікірсайыс клубтары</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="65"/>
        <source>Debate teams</source>
        <translation>Пікірсайыс командалары</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="61"/>
        <source>Debate teams and debaters by stage and league</source>
        <translation>Пікірсайыс: кезең мен лига</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="64"/>
        <source>Debate tournaments</source>
        <translation>Пікірсайыс турнирлері</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="63"/>
        <location filename="../../app/reports/youth.py" line="66"/>
        <source>Debaters (unique)</source>
        <translation>Пікірсайыс қатысушылары (бірегей)</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="60"/>
        <location filename="../../app/reports/youth.py" line="177"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="56"/>
        <location filename="../../ui/reports/page.py" line="59"/>
        <source>District: {name}</source>
        <translation>Аудан: {name}</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="208"/>
        <source>Each school&apos;s typed total is used where it has one, else its count from the records (children in the data bank by the period&apos;s end).</source>
        <translation>Мектеп өз жалпы санын енгізген болса, сол сан алынады, әйтпесе жазбалар бойынша есептелген сан алынады (кезеңнің соңына дейін деректер банкіне енгізілген балалар).</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="71"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="34"/>
        <source>English league</source>
        <translation>Ағылшын тілді лига</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="199"/>
        <location filename="../../ui/reports/indicators_view.py" line="123"/>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="187"/>
        <location filename="../../app/reports/legal.py" line="200"/>
        <location filename="../../app/reports/media.py" line="50"/>
        <location filename="../../app/reports/media.py" line="106"/>
        <source>Event kind</source>
        <translation>Іс-шара түрі</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="75"/>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="123"/>
        <source>Events held (all programmes)</source>
        <translation>Өткізілген іс-шаралар (барлық бағдарламалар)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="121"/>
        <source>Events held, including those that break a rule</source>
        <translation>Өткізілген іс-шаралар, оның ішінде талаптарға сай еместері де</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="92"/>
        <source>Events in the period</source>
        <translation>Кезеңдегі іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="112"/>
        <source>Events per month by programme</source>
        <translation>Айлар бойынша іс-шаралар (бағдарламалар)</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="198"/>
        <source>Events that break a rule</source>
        <translation>Талаптарға сай емес іс-шаралар</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/indicators_view.py" line="289"/>
        <source>Events that break a rule: %n</source>
        <translation>
            <numerusform>Талаптарға сай емес іс-шаралар: %n</numerusform>
            <numerusform>Талаптарға сай емес іс-шаралар: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="88"/>
        <source>Family category</source>
        <translation>Отбасы санаты</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="24"/>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="207"/>
        <source>From the records</source>
        <translation>Жазбалар бойынша</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="131"/>
        <source>Girls</source>
        <translation>Қыздар</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="82"/>
        <source>Given</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="126"/>
        <source>Head-count of events without names</source>
        <translation>Тізімсіз іс-шаралардағы адам саны</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="189"/>
        <location filename="../../app/reports/media.py" line="23"/>
        <source>Head-count without names</source>
        <translation>Адам саны (тізімсіз)</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="132"/>
        <source>Head-counts as entered; an action without one counts its named participants.</source>
        <translation>Адам саны енгізілген күйінде алынады; ол көрсетілмеген акцияда тізімге енгізілген қатысушылар саналады.</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="37"/>
        <location filename="../../app/reports/indicators.py" line="103"/>
        <location filename="../../ui/reports/indicators_view.py" line="119"/>
        <source>Held</source>
        <translation>Өткізілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="91"/>
        <source>How often (as entered)</source>
        <translation>Қаншалықты жиі (енгізілгендей)</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="206"/>
        <source>In the passports</source>
        <translation>Паспорттарда</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="36"/>
        <location filename="../../app/reports/indicators.py" line="100"/>
        <location filename="../../ui/reports/indicators_view.py" line="119"/>
        <location filename="../../ui/reports/targets_dialog.py" line="65"/>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="99"/>
        <location filename="../../ui/reports/page.py" line="366"/>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="103"/>
        <location filename="../../app/reports/road.py" line="156"/>
        <source>Item</source>
        <translation>Көмек түрі</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="70"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="33"/>
        <source>Kazakh league</source>
        <translation>Қазақ тілді лига</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="52"/>
        <source>Kazakhstan (all regions)</source>
        <translation>Қазақстан (барлық облыстар)</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="90"/>
        <location filename="../../app/reports/media.py" line="127"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="78"/>
        <location filename="../../app/reports/media.py" line="66"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="62"/>
        <location filename="../../app/reports/youth.py" line="81"/>
        <source>League</source>
        <translation>Лига</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="29"/>
        <source>Lectures and meetings that meet the rules</source>
        <translation>Талаптарға сай дәрістер мен кездесулер</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="226"/>
        <source>Legal Culture</source>
        <translation>Құқықтық мәдениет</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="186"/>
        <source>Legal Culture by event kind</source>
        <translation>Құқықтық мәдениет: іс-шара түрі</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="128"/>
        <source>Legal Culture events per month (that meet the rules)</source>
        <translation>Құқықтық мәдениет: айлар бойынша іс-шаралар (талаптарға сай)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="65"/>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="92"/>
        <source>Locality</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="92"/>
        <source>Made on</source>
        <translation>Жасалған күні</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="186"/>
        <source>Made on {date}. ✓ met, ✗ not met, – not judged (no target here, a partial or unfinished month or week, or a target of a wider level).</source>
        <translation>Жасалған күні: {date}. ✓ орындалды, ✗ орындалмады, – бағаланбады (бұл жерде межелі мән жоқ, ай не апта кезеңге толық кірмейді немесе әлі аяқталмаған, не межелі мән жоғарырақ деңгейге белгіленген).</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="24"/>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="133"/>
        <location filename="../../app/reports/media.py" line="135"/>
        <source>Mass actions</source>
        <translation>Көпшілік акциялары</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="126"/>
        <source>Mass actions by kind</source>
        <translation>Көпшілік акцияларының түрлері</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="30"/>
        <source>Master classes that meet the rules</source>
        <translation>Талаптарға сай шебер-сыныптар</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="114"/>
        <source>Media literacy and trainings</source>
        <translation>Медиасауаттылық және тренингтер</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="49"/>
        <source>Media literacy by event kind</source>
        <translation>Медиасауаттылық: іс-шара түрі</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="65"/>
        <source>Media literacy by language</source>
        <translation>Медиасауаттылық: тілдер бойынша</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="52"/>
        <source>Media literacy events</source>
        <translation>Медиасауаттылық іс-шаралары</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="54"/>
        <source>Media literacy head-count without names</source>
        <translation>Медиасауаттылық: адам саны (тізімсіз)</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="188"/>
        <source>Meet the rules</source>
        <translation>Талаптарға сай</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="178"/>
        <source>Members</source>
        <translation>Мүшелері</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="37"/>
        <location filename="../../app/reports/indicators.py" line="103"/>
        <location filename="../../ui/reports/indicators_view.py" line="120"/>
        <source>Met</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="201"/>
        <location filename="../../ui/reports/indicators_view.py" line="124"/>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="108"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="36"/>
        <location filename="../../app/reports/indicators.py" line="101"/>
        <source>Month or week</source>
        <translation>Ай немесе апта</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="66"/>
        <source>National target</source>
        <translation>Республикалық мән</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="107"/>
        <source>No district is called “{name}” in the reference data or in the records. Check the spelling.</source>
        <translation>Анықтамалықта да, жазбаларда да «{name}» деген аудан жоқ. Жазылуын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="291"/>
        <source>No event of this line breaks a rule.</source>
        <translation>Бұл жолда талаптарға сай емес іс-шара жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="98"/>
        <source>No indicator “{code}”; the indicators with targets are: {codes}.</source>
        <translation>«{code}» көрсеткіші жоқ; межелі мәні бар көрсеткіштер: {codes}.</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="130"/>
        <source>No school “{text}” in this database (give its uid).</source>
        <translation>Бұл дерекқорда «{text}» мектебі жоқ (оның uid-ін көрсетіңіз).</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="150"/>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="173"/>
        <source>Nothing in this period.</source>
        <translation>Бұл кезеңде деректер жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="328"/>
        <source>Open it now?</source>
        <translation>Оны қазір ашу керек пе?</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="90"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="89"/>
        <source>Organisations running media literacy events</source>
        <translation>Медиасауаттылық бойынша ұйымдар</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="130"/>
        <source>Others</source>
        <translation>Басқалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="130"/>
        <source>Parents</source>
        <translation>Ата-аналар</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="201"/>
        <location filename="../../app/reports/media.py" line="93"/>
        <location filename="../../app/reports/youth.py" line="152"/>
        <location filename="../../ui/reports/indicators_view.py" line="124"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="153"/>
        <source>Participants and winners are unique people; someone with works in two nominations is counted once in the contest&apos;s total.</source>
        <translation>Қатысушылар мен жеңімпаздар бірегей адамдар бойынша саналады: екі номинацияда жұмысы бар адам байқаудың жиынтығында бір рет есептеледі.</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="128"/>
        <source>People (head-count)</source>
        <translation>Адам саны (жалпы)</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="73"/>
        <source>People (unique)</source>
        <translation>Адамдар (бірегей)</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="27"/>
        <source>People covered by Legal Culture (unique)</source>
        <translation>Құқықтық мәдениет: қамтылған адамдар (бірегей)</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="28"/>
        <source>People covered in the region (unique)</source>
        <translation>Облыста қамтылған адамдар (бірегей)</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="134"/>
        <source>People in mass actions (head-count)</source>
        <translation>Көпшілік акцияларындағы адам саны (жалпы)</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="53"/>
        <source>People reached by media literacy (unique)</source>
        <translation>Медиасауаттылық: қамтылған адамдар (бірегей)</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="124"/>
        <source>People who took part (unique)</source>
        <translation>Қатысқан адамдар (бірегей)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="66"/>
        <source>Per</source>
        <translation>Кезеңділігі</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="90"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="148"/>
        <source>Previous month ({period})</source>
        <translation>Өткен ай ({period})</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="106"/>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="183"/>
        <source>Programme indicators</source>
        <translation>Бағдарламалар көрсеткіштері</translation>
    </message>
    <message>
        <location filename="../../app/reports/model.py" line="142"/>
        <source>Programme indicators: {period}, {scope}</source>
        <translation>Бағдарламалар көрсеткіштері: {period}, {scope}</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="129"/>
        <location filename="../../app/reports/road.py" line="203"/>
        <source>Pupils</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="104"/>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="85"/>
        <location filename="../../app/reports/export_pdf.py" line="36"/>
        <location filename="../../app/reports/indicators.py" line="101"/>
        <location filename="../../app/reports/legal.py" line="200"/>
        <location filename="../../app/reports/youth.py" line="177"/>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="67"/>
        <source>Region&apos;s value</source>
        <translation>Облыстың мәні</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="54"/>
        <source>Region: {name}</source>
        <translation>Облыс: {name}</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="34"/>
        <source>Regional consultants</source>
        <translation>Өңірлік кеңесшілер</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="327"/>
        <source>Report written</source>
        <translation>Есеп жазылды</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="343"/>
        <source>Reports and indicators</source>
        <translation>Есептер мен көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="225"/>
        <source>Road to School («Мектепке жол»)</source>
        <translation>«Мектепке жол» акциясы</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="70"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="33"/>
        <source>Russian league</source>
        <translation>Орыс тілді лига</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="350"/>
        <source>Save as:</source>
        <translation>Сақтау:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="300"/>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="352"/>
        <source>Save the report as {format}</source>
        <translation>Есепті {format} пішімінде сақтау</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="68"/>
        <location filename="../../app/reports/road.py" line="129"/>
        <location filename="../../app/reports/road.py" line="155"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="205"/>
        <source>School social passports summed ({year})</source>
        <translation>Әлеуметтік паспорттар ({year})</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="57"/>
        <location filename="../../ui/reports/page.py" line="61"/>
        <source>School: {name}</source>
        <translation>Мектеп: {name}</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="91"/>
        <source>Scope</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="100"/>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="32"/>
        <source>Seminars that meet the rules</source>
        <translation>Талаптарға сай семинарлар</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="45"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="115"/>
        <source>Sponsor</source>
        <translation>Демеуші</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="62"/>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="213"/>
        <location filename="../../app/reports/road.py" line="140"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="93"/>
        <location filename="../../ui/reports/page.py" line="367"/>
        <source>Tables</source>
        <translation>Кестелер</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="37"/>
        <location filename="../../app/reports/indicators.py" line="102"/>
        <location filename="../../ui/reports/indicators_view.py" line="120"/>
        <source>Target</source>
        <translation>Межелі мән</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="169"/>
        <source>Target: {target} lectures a month</source>
        <translation>Межелі мән: айына {target} дәріс</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="49"/>
        <location filename="../../ui/reports/targets_dialog.py" line="137"/>
        <source>Targets</source>
        <translation>Межелі мәндер</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="147"/>
        <source>Targets are set by the region office; a school receives them with the office&apos;s bundle.</source>
        <translation>Межелі мәндерді облыстық басқарма белгілейді; мектеп оларды басқарманың пакетімен алады.</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="129"/>
        <source>Teachers</source>
        <translation>Мұғалімдер</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="63"/>
        <source>Teams</source>
        <translation>Командалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="145"/>
        <source>The first {shown} of {total} rows; the XLSX and CSV files hold them all.</source>
        <translation>{total} жолдың алғашқы {shown} жолы көрсетілген; XLSX және CSV файлдарында барлық жол бар.</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="152"/>
        <source>The national centre sets the country&apos;s targets (no region); a region&apos;s own values are set by its office.</source>
        <translation>Ұлттық орталық елдің межелі мәндерін белгілейді (облыссыз); облыстың өз мәндерін оның басқармасы белгілейді.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="62"/>
        <source>The national targets (read-only here).</source>
        <translation>Республикалық межелі мәндер (мұнда тек қарауға болады).</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="117"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Кезеңнің соңы ({end}) басынан ({start}) ертерек.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="324"/>
        <source>The report was written to {path}.</source>
        <translation>Есеп жазылды: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="154"/>
        <source>The same aid delivered twice to one child</source>
        <translation>Балаға қайталап берілген көмек</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="59"/>
        <source>The targets of {region}, as set by the region office (read-only here).</source>
        <translation>{region} бойынша облыстық басқарма белгілеген межелі мәндер (мұнда тек қарауға болады).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="55"/>
        <source>The targets of {region}. Type the region&apos;s own value in the last column; leave it blank to use the national target. Your schools receive the values with the next bundle.</source>
        <translation>{region} бойынша межелі мәндер. Облыстың өз мәнін соңғы бағанға енгізіңіз; республикалық мәнді қолдану үшін оны бос қалдырыңыз. Мектептеріңіз бұл мәндерді келесі пакетпен алады.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="147"/>
        <source>This month ({period})</source>
        <translation>Осы ай ({period})</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="149"/>
        <source>This quarter ({period})</source>
        <translation>Осы тоқсан ({period})</translation>
    </message>
    <message>
        <source>This target was set by another installation (the office); only it can change it.</source>
        <translation type="vanished">Бұл межелі мәнді басқа орнату (басқарма) белгілеген; оны тек сол орнату өзгерте алады.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="150"/>
        <source>This year ({period})</source>
        <translation>Осы жыл ({period})</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="156"/>
        <source>Times</source>
        <translation>Неше рет</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="200"/>
        <source>Tirkeu · {period} · page {page}</source>
        <translation>Tirkeu · {period} · {page}-бет</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="76"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="33"/>
        <source>Trained trainers</source>
        <translation>Дайындалған тренерлер</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="105"/>
        <source>Trainings, seminars and webinars by programme</source>
        <translation>Тренинг, семинар, вебинарлар</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="207"/>
        <source>Typed by schools</source>
        <translation>Мектептер енгізген</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="108"/>
        <source>Unique people are counted within each row.</source>
        <translation>Бірегей адамдар әр жол ішінде жеке саналады.</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="37"/>
        <location filename="../../app/reports/indicators.py" line="102"/>
        <location filename="../../ui/reports/indicators_view.py" line="119"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="31"/>
        <source>Value, tenge</source>
        <translation>Құны, теңге</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="202"/>
        <location filename="../../ui/reports/indicators_view.py" line="125"/>
        <source>What is wrong</source>
        <translation>Орындалмаған талаптар</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="152"/>
        <source>Winners</source>
        <translation>Жеңімпаздар</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="151"/>
        <source>Works</source>
        <translation>Жұмыстар</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_commands.py" line="55"/>
        <location filename="../../app/reports/export.py" line="36"/>
        <source>Write the report to a .xlsx, .pdf or .csv file, not “{name}”.</source>
        <translation>Есепті «{name}» файлына емес, .xlsx, .pdf немесе .csv файлына жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="311"/>
        <source>Writing the report…</source>
        <translation>Есеп жазылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="310"/>
        <source>Writing {name}…</source>
        <translation>{name} жазылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="323"/>
        <source>Written: {files}</source>
        <translation>Жазылды: {files}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="41"/>
        <location filename="../../ui/reports/targets_dialog.py" line="78"/>
        <source>a month</source>
        <translation>айына</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="41"/>
        <location filename="../../ui/reports/targets_dialog.py" line="79"/>
        <source>a week</source>
        <translation>аптасына</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="206"/>
        <source>booked</source>
        <translation>күтілуде</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="28"/>
        <source>city stage</source>
        <translation>қалалық кезең</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="77"/>
        <source>country</source>
        <translation>бүкіл ел</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="27"/>
        <source>district stage</source>
        <translation>аудандық кезең</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="77"/>
        <source>each region</source>
        <translation>әр облыс</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="206"/>
        <source>held</source>
        <translation>өтті</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="30"/>
        <source>met</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="207"/>
        <source>missed</source>
        <translation>келмеді</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="81"/>
        <source>no category given</source>
        <translation>санаты көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="34"/>
        <source>no league</source>
        <translation>лигасыз</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="120"/>
        <source>no school given</source>
        <translation>мектебі көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="108"/>
        <source>no sponsor given</source>
        <translation>демеушісі көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="77"/>
        <location filename="../../app/reports/media.py" line="71"/>
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="205"/>
        <source>not judged</source>
        <translation>бағаланбады</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="31"/>
        <source>not met</source>
        <translation>орындалмады</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="35"/>
        <source>other age</source>
        <translation>басқа жас</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="29"/>
        <source>regional stage</source>
        <translation>облыстық кезең</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="30"/>
        <source>republican stage</source>
        <translation>республикалық кезең</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="26"/>
        <source>school stage</source>
        <translation>мектепішілік кезең</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="31"/>
        <source>stage not set</source>
        <translation>кезеңі көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="78"/>
        <source>the period</source>
        <translation>бүкіл кезеңге</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="227"/>
        <source>the target</source>
        <translation>межелі мән</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="66"/>
        <source>{label} ({start} – {end})</source>
        <translation>{label} ({start} – {end})</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="31"/>
        <source>{low} and over</source>
        <translation>{low} және одан жоғары</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="180"/>
        <source>{met} met · {not_met} not met · {none} not judged</source>
        <translation>орындалды: {met} · орындалмады: {not_met} · бағаланбады: {none}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="379"/>
        <source>{title} — computed in {seconds} s</source>
        <translation>{title} — {seconds} с ішінде есептелді</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="246"/>
        <source>«Мектепке жол»: children by family category</source>
        <translation>«Мектепке жол»: отбасы санаты бойынша балалар</translation>
    </message>
    <message>
        <location filename="../../ui/reports/common.py" line="42"/>
        <source>— not judged: no target at this level, a month or week only partly in the period, or a month not over yet.</source>
        <translation>— бағаланбады: бұл деңгейде межелі мән жоқ, ай не апта кезеңге ішінара ғана кіреді немесе ай әлі аяқталмаған.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="71"/>
        <source>“{text}” is not a period: write a month (2026-09), a quarter (2026-Q3), a year (2026) or two dates (2026-09-01..2026-10-15).</source>
        <translation>«{text}» кезең емес: ай (2026-09), тоқсан (2026-Q3), жыл (2026) немесе басталу және аяқталу күнін (2026-09-01..2026-10-15) жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="66"/>
        <source>“{text}” is not a scope: write country, region:KZ-61, district:NAME or school:UID.</source>
        <translation>«{text}» деңгейі танылмады: country, region:KZ-61, district:АТАУЫ немесе school:UID деп жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="52"/>
        <source>Aid recipients</source>
        <translation>Көмек алушылар</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="157"/>
        <source>Choose a backup</source>
        <translation>Сақтық көшірмені таңдау</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="99"/>
        <source>Choose another file…</source>
        <translation>Басқа файлды таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="101"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="50"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="51"/>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="50"/>
        <source>Installation</source>
        <translation>Орнату</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="51"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="207"/>
        <source>Replace the database with the backup of {date}?

What was entered after that day will no longer be shown. The database as it is now is kept as a copy beside it.</source>
        <translation>Деректер қорын {date} күні жасалған сақтық көшірмемен алмастырасыз ба?

Сол күннен кейін енгізілген деректер енді көрсетілмейді. Деректер қорының қазіргі күйі сол қалтада көшірме ретінде сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="80"/>
        <location filename="../../ui/exchange/restore_dialog.py" line="254"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="100"/>
        <source>Restore…</source>
        <translation>Қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="258"/>
        <source>The database as it was before is kept at {safety}.</source>
        <translation>Деректер қорының бұрынғы күйінің көшірмесі сақталды: {safety}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="223"/>
        <source>The database was restored from {file}. The database as it was before is kept at {safety}.</source>
        <translation>Деректер қоры мына файлдан қалпына келтірілді: {file}. Деректер қорының бұрынғы күйінің көшірмесі сақталды: {safety}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="178"/>
        <source>There are no automatic backups yet. Use “Choose another file…” to restore a copy from elsewhere.</source>
        <translation>Автоматты сақтық көшірмелер әлі жоқ. Басқа жердегі (мысалы, флешкадағы) көшірмені қалпына келтіру үшін «Басқа файлды таңдау…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="211"/>
        <source>This backup belongs to another installation ({name}).</source>
        <translation>Бұл сақтық көшірме басқа орнатуға тиесілі ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="203"/>
        <source>This backup was made by a newer version of Tirkeu. Install the newer Tirkeu to restore it.</source>
        <translation>Бұл сақтық көшірме Tirkeu бағдарламасының жаңарақ нұсқасында жасалған. Оны қалпына келтіру үшін Tirkeu бағдарламасының жаңа нұсқасын орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="85"/>
        <source>Tirkeu copies the database on the first start of each day. Choose the copy to go back to; the database as it is now is kept as a copy beside it.</source>
        <translation>Tirkeu күн сайын алғаш іске қосылғанда деректер қорының көшірмесін жасайды. Қайтып оралғыңыз келетін көшірмені таңдаңыз; деректер қорының қазіргі күйі сол қалтада көшірме ретінде сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="158"/>
        <source>Tirkeu database (*.sqlite3);;All files (*)</source>
        <translation>Tirkeu деректер қоры (*.sqlite3);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="134"/>
        <source>unreadable</source>
        <translation>оқылмайды</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="184"/>
        <source>{file}
Installation: {name} · schema version {version}
People {people} · events {events} · attendance {attendance} · aid recipients {recipients} · aid given {aid} · certificates {certificates}</source>
        <translation>{file}
Орнату: {name} · схема нұсқасы: {version}
Адамдар: {people} · іс-шаралар: {events} · қатысу жазбалары: {attendance} · көмек алушылар: {recipients} · көрсетілген көмек: {aid} · сертификаттар: {certificates}</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../../ui/server/dialog.py" line="70"/>
        <source>Database:</source>
        <translation>Деректер қоры:</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="55"/>
        <source>Open a server database</source>
        <translation>Сервердегі деректер қорын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="149"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="150"/>
        <source>Password of {address}:</source>
        <translation>{address} құпиясөзі:</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="72"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="69"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="68"/>
        <source>Server (name or address):</source>
        <translation>Сервер (атауы немесе мекенжайы):</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="73"/>
        <source>The password is not saved. Leave it empty if the server does not ask for one or it is in your .pgpass file.</source>
        <translation>Құпиясөз сақталмайды. Сервер сұрамаса немесе ол .pgpass файлыңызда болса, бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="102"/>
        <source>Type the server and the database.</source>
        <translation>Серверді және деректер қорын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="71"/>
        <source>User:</source>
        <translation>Пайдаланушы:</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings/page.py" line="68"/>
        <source>&amp;Language of the program:</source>
        <translation>Бағдарлама &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="69"/>
        <source>Database file:</source>
        <translation>Деректер қорының файлы:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="67"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="70"/>
        <source>Signing key fingerprint:</source>
        <translation>Қолтаңба кілтінің саусақ ізі:</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../ui/setup/dialog.py" line="109"/>
        <source>&amp;Coordinator&apos;s full name:</source>
        <translation>Үйлестірушінің аты-&amp;жөні:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="109"/>
        <source>&amp;District:</source>
        <translation>Ау&amp;дан:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="108"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="108"/>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location filename="../../app/installation.py" line="94"/>
        <source>A school keeps its database in a file on its laptop; a server database is for a region office or the national centre.</source>
        <translation>Мектеп деректер қорын ноутбуктағы файлда сақтайды; сервердегі деректер қоры облыстық басқарма мен республикалық орталыққа арналған.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="131"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="166"/>
        <source>Choose the region.</source>
        <translation>Облысты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="42"/>
        <source>National level</source>
        <translation>Республикалық деңгей</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="109"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Облыс:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="41"/>
        <source>Region office</source>
        <translation>Облыстық басқарма</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="41"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="108"/>
        <source>School or office &amp;name:</source>
        <translation>Мектептің немесе басқарманың &amp;атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="130"/>
        <source>Start</source>
        <translation>Бастау</translation>
    </message>
    <message>
        <location filename="../../app/installation.py" line="84"/>
        <location filename="../../app/installation.py" line="101"/>
        <source>This database is already set up; use another --db for a new installation.</source>
        <translation>Бұл деректер қоры бапталып қойған; жаңа орнату үшін басқа --db көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="105"/>
        <source>Tirkeu: set-up</source>
        <translation>Tirkeu: бастапқы баптау</translation>
    </message>
    <message>
        <location filename="../../app/installation.py" line="86"/>
        <source>Unknown role {role}: choose school, office or national.</source>
        <translation>Белгісіз рөл: {role}. school, office немесе national мәндерінің бірін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="106"/>
        <source>Welcome to Tirkeu. Tell it once who uses this computer; everything is kept on this computer.</source>
        <translation>Tirkeu бағдарламасына қош келдіңіз! Бұл компьютерді кім пайдаланатынын бір рет көрсетіңіз; барлық деректер тек осы компьютерде сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="127"/>
        <source>e.g. No. 12 school-gymnasium</source>
        <translation>мысалы, №12 мектеп-гимназия</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/application.py" line="227"/>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="83"/>
        <location filename="../../ui/application.py" line="117"/>
        <location filename="../../ui/application.py" line="170"/>
        <source>Tirkeu cannot open the database</source>
        <translation>Tirkeu деректер қорын аша алмайды</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="110"/>
        <source>Tirkeu is already open with this database. Use the window that is open.</source>
        <translation>Tirkeu бұл деректер қорымен ашық тұр. Ашық тұрған терезені пайдаланыңыз.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../ui/sync/page.py" line="241"/>
        <source>Aid given to the same child by several schools in one campaign:</source>
        <translation>Бір науқан ішінде бір балаға бірнеше мектеп көмек көрсеткен:</translation>
    </message>
    <message>
        <location filename="../../app/sync/batch.py" line="210"/>
        <source>An identity card or key file, not a bundle: skipped.</source>
        <translation>Сәйкестендіру картасы немесе кілт файлы, пакет емес: өткізіп жіберілді.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="299"/>
        <source>Ask {above} for its identity card: a small file (tirkeu-identity.json) on a USB stick or by e-mail.</source>
        <translation>Сәйкестендіру картасын сұраңыз ({above}): ол флешкамен немесе электрондық поштамен берілетін шағын файл (tirkeu-identity.json).</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="266"/>
        <source>Bundle {sequence} from {name} was already imported with other content; this one is not applied. Ask the school which is right.</source>
        <translation>№ {sequence} пакет (жіберуші: {name}) бұрын басқа мазмұнмен импортталған; бұл пакет қолданылмады. Қайсысы дұрыс екенін мектептен сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="289"/>
        <source>Bundle {sequence} was not written by this installation (or its kept copy is gone).</source>
        <translation>№ {sequence} пакетті бұл орнату жазбаған (немесе оның сақталған көшірмесі жоқ).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="336"/>
        <source>Bundle {sequence} with {records} records was written to {path}.</source>
        <translation>№ {sequence} пакет жазылды: {path}. Жазбалар саны: {records}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="355"/>
        <source>Bundles</source>
        <translation>Пакеттер</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="293"/>
        <source>Bundles cannot be encrypted yet</source>
        <translation>Пакеттерді әлі шифрлау мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="302"/>
        <source>Call {above} and compare the key fingerprint Tirkeu shows you with the one on their screen (Help → About). Only if they match, answer Yes.</source>
        <translation>Қоңырау шалыңыз ({above}) да, Tirkeu көрсеткен кілттің саусақ ізін олардың экранындағымен салыстырыңыз (Анықтама → Tirkeu бағдарламасы туралы). Тек сәйкес келсе ғана «Иә» деп жауап беріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="123"/>
        <source>Cannot read the identity card {path}.</source>
        <translation>{path} сәйкестендіру картасын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="107"/>
        <source>Cannot read {path}: {error}</source>
        <translation>{path} файлын оқу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="66"/>
        <location filename="../../app/sync/export.py" line="281"/>
        <source>Cannot write the bundle {path}: {error}. Check that the disk (or USB stick) has free space and is writable.</source>
        <translation>{path} пакетін жазу мүмкін болмады: {error}. Дискіде (немесе флешкада) бос орын бар екенін және оған жазуға рұқсат барын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="200"/>
        <location filename="../../app/sync/trust.py" line="79"/>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} файлына жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="244"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="301"/>
        <source>Click the button below and choose that file.</source>
        <translation>Төмендегі батырманы басып, сол файлды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="232"/>
        <source>Created</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="221"/>
        <source>Everything (a full snapshot), not only the changes</source>
        <translation>Тек өзгерістерді емес, барлық деректерді (толық көшірме)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="223"/>
        <location filename="../../ui/sync/page.py" line="231"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="349"/>
        <source>Folder with bundles</source>
        <translation>Пакеттер бар қалта</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="222"/>
        <source>For</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="220"/>
        <source>For:</source>
        <translation>Кімге:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="231"/>
        <source>From</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="223"/>
        <source>Full</source>
        <translation>Толық</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="242"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="422"/>
        <location filename="../../ui/sync/page.py" line="440"/>
        <source>Identity card</source>
        <translation>Сәйкестендіру картасы</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="423"/>
        <source>Identity cards (*.json *.card);;All files (*)</source>
        <translation>Сәйкестендіру карталары (*.json *.card);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="414"/>
        <source>Identity cards (*.json)</source>
        <translation>Сәйкестендіру карталары (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="232"/>
        <source>Ignored</source>
        <translation>Өткізілген</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="225"/>
        <source>Import a folder…</source>
        <translation>Қалтаны импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="226"/>
        <source>Import files…</source>
        <translation>Файлдарды импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="364"/>
        <source>Importing bundles…</source>
        <translation>Пакеттер импортталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="243"/>
        <location filename="../../ui/sync/page.py" line="245"/>
        <source>Installations</source>
        <translation>Орнатулар</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="339"/>
        <source>It is NOT encrypted: anyone who finds the stick can read it.</source>
        <translation>Ол шифрланбаған: флешканы тапқан кез келген адам оны оқи алады.</translation>
    </message>
    <message>
        <source>It is encrypted to the office.</source>
        <translation type="vanished">Ол басқарма үшін шифрланған.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="338"/>
        <source>It is encrypted to {name}.</source>
        <translation>Ол {name} үшін шифрланған.</translation>
    </message>
    <message>
        <source>It is not encrypted: no office key is trusted yet.</source>
        <translation type="vanished">Ол шифрланбаған: басқарманың кілтіне әлі сенім білдірілмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="245"/>
        <source>Items</source>
        <translation>Көмек түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="238"/>
        <source>Key fingerprint</source>
        <translation>Кілттің саусақ ізі</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="216"/>
        <source>Keys and trust</source>
        <translation>Кілттер және сенім</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="239"/>
        <source>Look for problems across schools</source>
        <translation>Мектептер арасындағы сәйкессіздіктерді іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="372"/>
        <source>Missing from {name}: bundle(s) {numbers}.</source>
        <translation>{name}: жетіспейтін пакеттер — № {numbers}.</translation>
    </message>
    <message>
        <location filename="../../app/sync/bundle_records.py" line="120"/>
        <source>More than {n} of the bundle&apos;s records are wrong; the bundle is refused whole.</source>
        <translation>Пакеттің {n}-нан астам жазбасы қате; пакет толығымен қабылданбады.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="237"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="156"/>
        <source>Name the installation this bundle is for (--to, the window&apos;s “For” list): an office writes one bundle for the national centre and one for each school.</source>
        <translation>Пакет кімге арналғанын көрсетіңіз (--to, терезедегі «Кімге» тізімі): басқарма ұлттық орталыққа бір пакет және әр мектепке бір пакет жазады.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="242"/>
        <source>Names</source>
        <translation>Аты-жөндері</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="294"/>
        <source>No identity card of {above} is trusted here, so a bundle would be written unencrypted: anyone who finds the USB stick could read the names, birth dates and IINs in it. Three steps fix this once:</source>
        <translation>Бұл компьютерде сенімді сәйкестендіру картасы жоқ ({above}), сондықтан пакет шифрланбай жазылады: флешканы тапқан кез келген адам ондағы аты-жөндерді, туған күндерді және ЖСН-дерді оқи алады. Мұны бір рет үш қадаммен түзетуге болады:</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="159"/>
        <source>No office is trusted yet, so the bundle cannot be encrypted and children&apos;s data would travel in clear. Ask the region office for its identity card (a .json file), trust it (Sync → Keys → Trust a card…, or `keys trust CARD`), and write the bundle again. To write it unencrypted anyway, choose “Write unencrypted” (--plaintext).</source>
        <translation>Әзірге ешбір басқармаға сенім білдірілмеген, сондықтан пакетті шифрлау мүмкін емес және балалардың деректері ашық күйде жүреді. Облыстық басқармадан оның сәйкестендіру картасын (.json файлы) сұраңыз, оған сенім білдіріңіз (Синхрондау → Кілттер және сенім → Сәйкестендіру картасына сенім білдіру…, немесе `keys trust CARD`) және пакетті қайта жазыңыз. Бәрібір шифрсыз жазу үшін «Шифрсыз жазу» таңдаңыз (--plaintext).</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="199"/>
        <source>No single trusted installation has the id, fingerprint or name {what}; see `keys list`.</source>
        <translation>{what} идентификаторы, саусақ ізі немесе атауы бар жалғыз сенімді орнату табылмады; `keys list` қараңыз.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="190"/>
        <source>No trusted installation has the id or fingerprint {what}.</source>
        <translation>Сенім білдірілген орнатулардың ешқайсысының идентификаторы немесе кілтінің саусақ ізі {what} мәніне сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="222"/>
        <location filename="../../ui/sync/page.py" line="231"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="319"/>
        <source>Nobody is chosen in the «For» list, so this bundle would be written unencrypted: anyone who finds the USB stick could read the names, birth dates and IINs in it. The panel at the top of this page shows how to trust the office&apos;s identity card. Write it unencrypted anyway?</source>
        <translation>«Кімге» тізімінде ешкім таңдалмаған, сондықтан бұл пакет шифрланбай жазылады: флешканы тапқан кез келген адам ондағы аты-жөндерді, туған күндерді және ЖСН-дерді оқи алады. Басқарманың сәйкестендіру картасына қалай сенуге болатыны осы беттің жоғарғы жағында көрсетілген. Бәрібір шифрламай жазу керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="227"/>
        <source>Only check, save nothing</source>
        <translation>Тек тексеру, ештеңе сақтамау</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="228"/>
        <source>Or drop bundle files or a folder here.</source>
        <translation>Немесе пакет файлдарын не қалтаны осы жерге сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="233"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="215"/>
        <source>Receive bundles</source>
        <translation>Пакеттерді қабылдау</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="223"/>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="237"/>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="233"/>
        <source>Rejected</source>
        <translation>Қабылданбаған</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="231"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="216"/>
        <source>Review</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="236"/>
        <source>Revoke the selected (lost laptop)</source>
        <translation>Таңдалғанды кері қайтару (ноутбук жоғалған)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="237"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="234"/>
        <source>Save my identity card…</source>
        <translation>Менің сәйкестендіру картамды сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="413"/>
        <source>Save the identity card</source>
        <translation>Сәйкестендіру картасын сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="242"/>
        <source>Schools</source>
        <translation>Мектептер</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="215"/>
        <source>Send to the office</source>
        <translation>Басқармаға жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="238"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="214"/>
        <source>Sync with the office</source>
        <translation>Басқармамен синхрондау</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="318"/>
        <source>The bundle cannot be encrypted</source>
        <translation>Пакетті шифрлау мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="130"/>
        <location filename="../../app/sync/container.py" line="135"/>
        <location filename="../../app/sync/container.py" line="164"/>
        <source>The bundle holds an unexpected file {name}; it is refused.</source>
        <translation>Пакетте күтілмеген {name} файлы бар; пакет қабылданбайды.</translation>
    </message>
    <message>
        <location filename="../../app/sync/bundle_records.py" line="48"/>
        <source>The bundle holds more lines than its signed manifest counts; it is refused.</source>
        <translation>Пакетте оның қол қойылған манифесінде көрсетілгеннен көп жол бар; ол қабылданбады.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="138"/>
        <source>The bundle holds the same file twice; it is refused.</source>
        <translation>Пакетте бір файл екі рет кездеседі; пакет қабылданбайды.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="78"/>
        <source>The bundle is damaged (a member has the wrong size).</source>
        <translation>Пакет зақымдалған (ішіндегі файлдардың бірінің өлшемі дұрыс емес).</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="202"/>
        <source>The bundle is encrypted to another office; this office cannot open it.</source>
        <translation>Пакет басқа басқарма үшін шифрланған; бұл басқарма оны аша алмайды.</translation>
    </message>
    <message>
        <source>The bundle is encrypted, but this installation has no decryption key: it was meant for an office.</source>
        <translation type="vanished">Пакет шифрланған, бірақ бұл орнатуда шифрды ашу кілті жоқ: пакет басқармаға арналған.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="197"/>
        <source>The bundle is encrypted, but this installation has no decryption key: it was meant for another installation.</source>
        <translation>Пакет шифрланған, бірақ бұл орнатуда шифрды ашу кілті жоқ: ол басқа орнатуға арналған.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="141"/>
        <source>The bundle is incomplete: its manifest, signature or records are missing.</source>
        <translation>Пакет толық емес: манифест, қолтаңба немесе жазбалар жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="74"/>
        <source>The bundle member {name} is too large to be genuine.</source>
        <translation>Пакеттегі {name} файлы тым үлкен, ол түпнұсқа болуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="114"/>
        <source>The bundle was written by a newer Tirkeu (format {found}); install the newer version to import it.</source>
        <translation>Пакет Tirkeu бағдарламасының жаңарақ нұсқасында жазылған (пішім нұсқасы — {found}); оны импорттау үшін жаңа нұсқаны орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="118"/>
        <source>The bundle was written by a newer Tirkeu (schema {found}); install the newer version to import it.</source>
        <translation>Пакет Tirkeu бағдарламасының жаңарақ нұсқасында жазылған (схема нұсқасы — {found}); оны импорттау үшін жаңа нұсқаны орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="135"/>
        <source>The bundle&apos;s manifest does not describe its records.</source>
        <translation>Пакет манифесі оның жазбаларына сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="109"/>
        <source>The bundle&apos;s manifest is damaged.</source>
        <translation>Пакет манифесі зақымдалған.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="124"/>
        <location filename="../../app/sync/importer.py" line="138"/>
        <source>The bundle&apos;s manifest is incomplete.</source>
        <translation>Пакет манифесі толық емес.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="133"/>
        <source>The bundle&apos;s records are larger than a bundle may be; it is refused.</source>
        <translation>Пакеттің жазбалары рұқсат етілген көлемнен үлкен; ол қабылданбады.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="309"/>
        <source>The bundle&apos;s records contradict each other ({error}); nothing was imported from it.</source>
        <translation>Пакет жазбалары бір-біріне қайшы келеді ({error}); пакеттен ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="176"/>
        <location filename="../../app/sync/importer.py" line="192"/>
        <source>The bundle&apos;s records were changed after it was signed; it is refused.</source>
        <translation>Пакет жазбалары қол қойылғаннан кейін өзгертілген; пакет қабылданбайды.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="127"/>
        <source>The bundle&apos;s sequence number {sequence} is impossible; it is refused.</source>
        <translation>Пакеттің реттік нөмірі {sequence} мүмкін емес; ол қабылданбады.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="106"/>
        <source>The identity card names an unknown role.</source>
        <translation>Сәйкестендіру картасында белгісіз рөл көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="165"/>
        <source>The identity card of {name} has no encryption key (it was written by an older Tirkeu). Ask for a new card and trust it, or write the bundle unencrypted on purpose (--plaintext).</source>
        <translation>{name} сәйкестендіру картасында шифрлау кілті жоқ (оны Tirkeu-дің ескі нұсқасы жазған). Жаңа картаны сұрап, оған сенім білдіріңіз немесе пакетті әдейі шифрсыз жазыңыз (--plaintext).</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="160"/>
        <source>The key of {name} was revoked on {date}; its bundles are refused.</source>
        <translation>{name} кілті {date} күні кері қайтарылған; оның пакеттері қабылданбайды.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="151"/>
        <source>The key of {name} was revoked; it cannot be trusted again.</source>
        <translation>{name} кілті кері қайтарылған; оған қайта сенім білдіруге болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="112"/>
        <source>The office&apos;s encryption key in the card is not valid.</source>
        <translation>Картадағы басқарманың шифрлау кілті жарамсыз.</translation>
    </message>
    <message>
        <location filename="../../app/sync/minisign.py" line="47"/>
        <location filename="../../app/sync/minisign.py" line="52"/>
        <location filename="../../app/sync/minisign.py" line="54"/>
        <source>The public key is not valid.</source>
        <translation>Ашық кілт жарамсыз.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="240"/>
        <source>The same IIN registered by several schools:</source>
        <translation>Бір ЖСН бірнеше мектепте тіркелген:</translation>
    </message>
    <message>
        <location filename="../../app/sync/minisign.py" line="79"/>
        <source>The signature does not match: the file was changed after it was signed, or it was signed by another key.</source>
        <translation>Қолтаңба сәйкес келмейді: файл қол қойылғаннан кейін өзгертілген немесе оған басқа кілтпен қол қойылған.</translation>
    </message>
    <message>
        <location filename="../../app/sync/minisign.py" line="84"/>
        <location filename="../../app/sync/minisign.py" line="89"/>
        <location filename="../../app/sync/minisign.py" line="91"/>
        <source>The signature file is damaged.</source>
        <translation>Қолтаңба файлы зақымдалған.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="170"/>
        <source>This bundle is signed with the key of {name}, which was revoked on {date}; a new installation id does not make it trusted again.</source>
        <translation>Бұл пакет {name} кілтімен қол қойылған, ол кілт {date} күні кері қайтарылған; жаңа орнату идентификаторы оған қайта сенім бермейді.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="157"/>
        <source>This bundle was written by this installation itself.</source>
        <translation>Бұл пакетті осы орнатудың өзі жазған.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="255"/>
        <source>This bundle was written for another installation; it is not imported here.</source>
        <translation>Бұл пакет басқа орнатуға арналып жазылған; мұнда импортталмайды.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="155"/>
        <source>This card carries the key of {name}, which was revoked on {date}; a key once revoked is never trusted again, whatever installation id it comes with.</source>
        <translation>Бұл картада {name} кілті бар, ол {date} күні кері қайтарылған; бір рет кері қайтарылған кілтке қандай орнату идентификаторымен келсе де қайта сенім білдірілмейді.</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="197"/>
        <source>This computer&apos;s clock is behind the latest change it holds ({when} UTC). Check its date and time: changes are ordered by it.</source>
        <translation>Бұл компьютердің сағаты ондағы соңғы өзгерістен ({when} UTC) артта қалған. Күні мен уақытын тексеріңіз: өзгерістер соған қарай реттеледі.</translation>
    </message>
    <message>
        <location filename="../../app/sync/batch.py" line="241"/>
        <source>This file could not be imported ({error}); it was skipped and the others went on. The details are in the log.</source>
        <translation>Бұл файлды импорттау мүмкін болмады ({error}); ол өткізіліп, қалғандары жалғасты. Толығырақ журналда.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="257"/>
        <source>This installation&apos;s key fingerprint: {fp}</source>
        <translation>Осы орнату кілтінің саусақ ізі: {fp}</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="111"/>
        <source>This is not a Tirkeu bundle.</source>
        <translation>Бұл Tirkeu пакеті емес.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="104"/>
        <location filename="../../app/sync/trust.py" line="125"/>
        <source>This is not a Tirkeu identity card.</source>
        <translation>Бұл Tirkeu сәйкестендіру картасы емес.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="144"/>
        <source>This is this installation&apos;s own card.</source>
        <translation>Бұл — осы орнатудың өз картасы.</translation>
    </message>
    <message>
        <location filename="../../app/models/base.py" line="77"/>
        <location filename="../../app/records.py" line="67"/>
        <source>This record was made by another installation; only that installation can change it.</source>
        <translation>Бұл жазбаны басқа орнату жасаған; оны тек сол орнату өзгерте алады.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="244"/>
        <source>Times</source>
        <translation>Неше рет</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="356"/>
        <source>Tirkeu bundles (*.tirkeu)</source>
        <translation>Tirkeu пакеттері (*.tirkeu)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="235"/>
        <source>Trust an identity card…</source>
        <translation>Сәйкестендіру картасына сенім білдіру…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="224"/>
        <source>Trust the office&apos;s identity card…</source>
        <translation>Басқарманың сәйкестендіру картасына сену…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="390"/>
        <source>Trust the sender?</source>
        <translation>Жіберушіге сенім білдіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="229"/>
        <source>Trust the sender…</source>
        <translation>Жіберушіге сенім білдіру…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="431"/>
        <source>Trust this identity card?</source>
        <translation>Бұл сәйкестендіру картасына сенім білдіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="232"/>
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="232"/>
        <source>Updated</source>
        <translation>Жаңартылған</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="310"/>
        <source>Where to write the bundle</source>
        <translation>Пакетті қайда жазу керек</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="218"/>
        <source>Write a bundle to a USB stick or a folder</source>
        <translation>Пакетті флешкаға немесе қалтаға жазу</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="219"/>
        <source>Write the bundle…</source>
        <translation>Пакетті жазу…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="324"/>
        <source>Write unencrypted</source>
        <translation>Шифрсыз жазу</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="331"/>
        <source>Writing the bundle…</source>
        <translation>Пакет жазылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="222"/>
        <source>Written</source>
        <translation>Жазылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="244"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="48"/>
        <source>already imported</source>
        <translation>бұрын импортталған</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="50"/>
        <source>checked</source>
        <translation>тексерілді</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="49"/>
        <source>conflict</source>
        <translation>қайшылық</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="48"/>
        <source>imported</source>
        <translation>импортталды</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="276"/>
        <location filename="../../ui/sync/page.py" line="429"/>
        <source>national centre</source>
        <translation>ұлттық орталық</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="264"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="261"/>
        <source>not encrypted</source>
        <translation>шифрланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="49"/>
        <source>refused</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="275"/>
        <location filename="../../ui/sync/page.py" line="428"/>
        <source>region office</source>
        <translation>облыстық басқарма</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="267"/>
        <source>revoked</source>
        <translation>кері қайтарылған</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="275"/>
        <location filename="../../ui/sync/page.py" line="428"/>
        <source>school</source>
        <translation>мектеп</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="50"/>
        <source>skipped</source>
        <translation>өткізілді</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="292"/>
        <source>the national centre</source>
        <translation>ұлттық орталық</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="267"/>
        <source>trusted</source>
        <translation>сенім білдірілген</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="264"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="291"/>
        <source>your region office</source>
        <translation>облыстық басқармаңыз</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="116"/>
        <source>{file} is damaged or incomplete (was it copied to the end?).</source>
        <translation>{file} файлы зақымдалған немесе толық емес (ол соңына дейін көшірілді ме?).</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="103"/>
        <source>{file} is larger than a bundle may be; it is refused.</source>
        <translation>{file} пакеттің рұқсат етілген көлемінен үлкен; ол қабылданбады.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="100"/>
        <location filename="../../app/sync/container.py" line="121"/>
        <source>{file} is not a Tirkeu bundle (not a ZIP file).</source>
        <translation>{file} файлы Tirkeu пакеті емес (ZIP файлы емес).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="432"/>
        <source>{name} ({role}, {region}).

Its key fingerprint is

{fp}

Call them and compare it with the fingerprint their Tirkeu shows (Help → About). Trust it?</source>
        <translation>{name} ({role}, {region}).

Оның кілт саусақ ізі:

{fp}

Оларға қоңырау шалып, бұл саусақ ізін олардың Tirkeu көрсететін саусақ ізімен салыстырыңыз (Анықтама → Бағдарлама туралы). Сенім білдіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="150"/>
        <source>{name} is a {role}: it does not take bundles from this installation ({why}).</source>
        <translation>{name} — {role}: ол бұл орнатудан пакет қабылдамайды ({why}).</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="252"/>
        <source>{name} is a {role}; this installation does not take bundles from it ({why}).</source>
        <translation>{name} — {role}; бұл орнату одан пакет қабылдамайды ({why}).</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="147"/>
        <source>{name} is already trusted with another key. If its laptop was replaced, the new one is a new installation; if the key was lost, revoke the old one first.</source>
        <translation>{name}: бұл орнатуға басқа кілтпен сенім білдірілген. Егер ноутбук ауыстырылса, жаңасы — жаңа орнату болып саналады; егер кілт жоғалса, алдымен ескі кілтті кері қайтарыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="174"/>
        <source>{name} is not trusted yet. Compare its key fingerprint {fp} with the school, then import its identity card or use --trust-new.</source>
        <translation>{name}: бұл орнатуға әлі сенім білдірілмеген. Кілттің саусақ ізін ({fp}) мектеппен салыстырыңыз, содан кейін оның сәйкестендіру картасын импорттаңыз немесе --trust-new параметрін пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="391"/>
        <source>{name} is not trusted yet. Its key fingerprint is

{fp}

Call the school and compare it with the fingerprint shown in their Tirkeu (Help → About). Trust it?</source>
        <translation>{name}: бұл орнатуға әлі сенім білдірілмеген. Оның кілтінің саусақ ізі:

{fp}

Мектепке қоңырау шалып, оны олардың Tirkeu бағдарламасында көрсетілген саусақ ізімен салыстырыңыз (Анықтама → Tirkeu бағдарламасы туралы). Сенім білдіресіз бе?</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="178"/>
        <source>{name} says it is an office or the national centre. Those are trusted only from their identity card (keys trust), after comparing the fingerprint {fp}; --trust-new trusts schools only.</source>
        <translation>{name} өзін басқарма немесе ұлттық орталық деп атайды. Оларға тек сәйкестендіру картасы арқылы (keys trust), {fp} саусақ ізін салыстырғаннан кейін сенім білдіріледі; --trust-new тек мектептерге сенім білдіреді.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="280"/>
        <source>— no office trusted yet —</source>
        <translation>— әзірге сенімді басқарма жоқ —</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../app/importing/templates.py" line="37"/>
        <location filename="../../app/tables/writer.py" line="56"/>
        <source>Cannot save a table as &quot;{suffix}&quot;: use a file name ending in .xlsx or .csv.</source>
        <translation>Кестені «{suffix}» түрінде сақтау мүмкін емес: атауы .xlsx немесе .csv кеңейтімімен аяқталатын файлды көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="108"/>
        <source>Cannot write to the folder {folder}: it is read-only or you may not write there. Choose another folder (Documents, say) and try again.</source>
        <translation>{folder} қалтасына жазу мүмкін емес: ол тек оқуға арналған немесе оған жазуға рұқсатыңыз жоқ. Басқа қалтаны (мысалы, «Құжаттар» қалтасын) таңдап, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="161"/>
        <source>Cannot write {file}: access denied. If the file is open in Excel, close it and try again.</source>
        <translation>{file} файлына жазу мүмкін емес: қатынауға рұқсат жоқ. Егер файл Excel-де ашық болса, оны жабып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="163"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>{file} файлына жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="156"/>
        <source>Cannot write {file}: {reason}. The disk is full: free some space on it or choose another disk, then try again. The old file, if any, is unchanged.</source>
        <translation>{file} файлына жазу мүмкін болмады: {reason}. Диск толып қалды: онда орын босатыңыз немесе басқа дискіні таңдаңыз, содан кейін қайталап көріңіз. Бұрынғы файл (егер болса) өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tables/encodings.py" line="101"/>
        <source>In {file} some letters were replaced by «?» (for example «{example}»): the file was saved as plain CSV, which cannot hold the Kazakh letters ә ғ қ ң ө ұ ү һ і. Those letters are lost in this file. Open the list in Excel and save it as &quot;Excel Workbook (.xlsx)&quot; or as &quot;CSV UTF-8&quot;, then import that file.</source>
        <translation>{file} файлында кейбір әріптердің орнына «?» тұр (мысалы, «{example}»): файл қарапайым CSV түрінде сақталған, ол ә ғ қ ң ө ұ ү һ і қазақ әріптерін сақтай алмайды. Бұл файлда ол әріптер жоғалған. Тізімді Excel-де ашып, &quot;Excel кітабы (.xlsx)&quot; немесе &quot;CSV UTF-8&quot; түрінде сақтаңыз да, сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="78"/>
        <source>Line {line} of {file} is longer than {limit} MB: this is not a table that Tirkeu can read. Check that you chose the right file.</source>
        <translation>{file} файлының {line}-жолы {limit} МБ-тан ұзын: бұл Tirkeu оқи алатын кесте емес. Дұрыс файлды таңдағаныңызды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="205"/>
        <source>Required columns are missing: {missing}. Give them one of the accepted titles in the first row — {accepted}.</source>
        <translation>Міндетті бағандар жоқ: {missing}. Бірінші жолда оларға рұқсат етілген атаулардың бірін беріңіз — {accepted}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/values.py" line="119"/>
        <source>The IIN “{text}” was turned by Excel into a rounded number: its last digits are lost. In the file, format the IIN column as Text and type the IINs again (or copy them from the original list), or correct it here.</source>
        <translation>“{text}” ЖСН-ін Excel дөңгелектенген санға айналдырған: соңғы цифрлары жоғалған. Файлда ЖСН бағанына «Мәтін» пішімін беріп, ЖСН-дерді қайта енгізіңіз (немесе бастапқы тізімнен көшіріңіз), не осында түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="84"/>
        <source>The file {file} cannot be opened: {reason}</source>
        <translation>{file} файлын ашу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/ods.py" line="148"/>
        <location filename="../../app/tables/reader.py" line="190"/>
        <location filename="../../app/tables/reader.py" line="332"/>
        <location filename="../../app/tables/xls.py" line="78"/>
        <location filename="../../app/tables/xlsx.py" line="259"/>
        <source>The file {file} is empty.</source>
        <translation>{file} файлы бос.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="80"/>
        <source>The file {file} was not found.</source>
        <translation>{file} файлы табылмады.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="201"/>
        <source>The full name is in one column. Split it into separate columns for surname, name and patronymic. Accepted titles — {accepted}.</source>
        <translation>Аты-жөні бір бағанға жазылған. Оны тегі, аты және әкесінің аты үшін бөлек бағандарға бөліңіз. Рұқсат етілген атаулар — {accepted}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="311"/>
        <source>Unknown record type &quot;{kind}&quot;: use one of {kinds}.</source>
        <translation>Белгісіз жазба түрі: «{kind}». Мына мәндердің бірін пайдаланыңыз: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="133"/>
        <source>en</source>
        <translation>kk</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="197"/>
        <source>{field}: {titles}</source>
        <translation>{field}: {titles}</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="217"/>
        <source>{file} cannot be read as CSV near line {line}: {reason}</source>
        <translation>{file} файлын CSV ретінде оқу мүмкін емес (№ {line} жолдың маңында): {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/ods.py" line="52"/>
        <source>{file} cannot be read as a LibreOffice spreadsheet (.ods) ({reason}). Open it in LibreOffice and save it again.</source>
        <translation>{file} файлын LibreOffice кестесі (.ods) ретінде оқу мүмкін емес ({reason}). Оны LibreOffice-те ашып, қайта сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xlsx.py" line="57"/>
        <source>{file} cannot be read as an Excel workbook ({reason}). Open it in Excel and save it again.</source>
        <translation>{file} файлын Excel жұмыс кітабы ретінде оқу мүмкін емес ({reason}). Оны Excel-де ашып, қайта сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xls.py" line="35"/>
        <source>{file} cannot be read as an old Excel workbook (.xls) ({reason}). Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>{file} файлын ескі Excel кітабы (.xls) ретінде оқу мүмкін емес ({reason}). Оны Excel-де ашып, &quot;Excel кітабы (.xlsx)&quot; түрінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="110"/>
        <source>{file} does not look like a table: it has only {count} column(s). Columns must be separated by commas, semicolons or tabs, or the file must be an Excel workbook (.xlsx).</source>
        <translation>{file} файлы кестеге ұқсамайды: онда небәрі {count} баған бар. Бағандар үтірмен, нүктелі үтірмен немесе табуляциямен бөлінуі керек, не болмаса файл Excel жұмыс кітабы (.xlsx) болуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="72"/>
        <source>{file} has data in column {column} (row {row}), far to the right of any table: tables for Tirkeu have at most {limit} columns. Delete the columns that are not needed and import it again.</source>
        <translation>{file} файлында {column} бағанында ({row}-жол) деректер бар, бұл кез келген кестеден тым алыс, оң жақта: Tirkeu кестелерінде ең көбі {limit} баған болады. Қажет емес бағандарды өшіріп, файлды қайта импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="54"/>
        <source>{file} has more than {limit} rows. Split it into files of at most {limit} rows and import them one by one.</source>
        <translation>{file} файлында {limit} жолдан көп. Оны әрқайсысында ең көбі {limit} жол болатын файлдарға бөліп, бір-бірлеп импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/ods.py" line="155"/>
        <location filename="../../app/tables/xls.py" line="73"/>
        <location filename="../../app/tables/xlsx.py" line="255"/>
        <source>{file} has no sheet named &quot;{sheet}&quot;. Sheets: {sheets}.</source>
        <translation>{file} файлында «{sheet}» деп аталатын парақ жоқ. Бар парақтар: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="66"/>
        <source>{file} has titles in more than {limit} columns; tables for Tirkeu need far fewer. Delete the columns that are not needed and import it again.</source>
        <translation>{file} файлында {limit} бағаннан көбінің тақырыбы бар, ал Tirkeu кестелеріне әлдеқайда аз баған керек. Қажет емес бағандарды өшіріп, файлды қайта импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xlsx.py" line="88"/>
        <source>{file} is a damaged archive, not a readable table.</source>
        <translation>{file} файлы — оқуға болатын кесте емес, зақымдалған архив.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="82"/>
        <source>{file} is a folder, not a table file.</source>
        <translation>{file} — кесте файлы емес, қалта.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="196"/>
        <source>{file} is a web page or XML document saved as a table. Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>{file} файлы — кесте ретінде сақталған веб-бет немесе XML құжаты. Оны Excel-де ашып, «Excel жұмыс кітабы (.xlsx)» түрінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xlsx.py" line="283"/>
        <source>{file} is a zip archive, not a table. Unpack it first.</source>
        <translation>{file} файлы — кесте емес, zip архиві. Алдымен оны архивтен шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/encodings.py" line="86"/>
        <source>{file} is a {kind} file, not a table.</source>
        <translation>{file} — кесте емес, {kind} файлы.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xlsx.py" line="280"/>
        <source>{file} is a {kind} file, not an Excel table. Save it as &quot;Excel Workbook (.xlsx)&quot; or CSV.</source>
        <translation>{file} — Excel кестесі емес, {kind} файлы. Оны «Excel жұмыс кітабы (.xlsx)» немесе CSV түрінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="85"/>
        <source>{file} is damaged or is not an ordinary Excel workbook: it would unpack to more than {limit} MB or into absurd parts. Open it in Excel and save it again, or save it as CSV.</source>
        <translation>{file} файлы зақымдалған немесе кәдімгі Excel кітабы емес: ашқанда ол {limit} МБ-тан көп орын алар еді немесе мағынасыз бөліктерге бөлінер еді. Оны Excel-де ашып, қайта сақтаңыз немесе CSV ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>{file} is in the old Excel format (.xls) or is password-protected. Open it in Excel, remove any password and save it as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation type="vanished">{file} файлы ескі Excel пішімінде (.xls) сақталған немесе құпиясөзбен қорғалған. Оны Excel-де ашып, құпиясөзді алып тастаңыз да, «Excel жұмыс кітабы (.xlsx)» немесе «CSV UTF-8» түрінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/encodings.py" line="83"/>
        <source>{file} is not a readable text table.</source>
        <translation>{file} файлы — оқылатын мәтіндік кесте емес.</translation>
    </message>
    <message>
        <location filename="../../app/tables/encodings.py" line="91"/>
        <location filename="../../app/tables/reader.py" line="192"/>
        <source>{file} is not a table: it contains binary data.</source>
        <translation>{file} файлы кесте емес: онда екілік деректер бар.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xls.py" line="33"/>
        <source>{file} is password-protected. Open it in Excel, remove the password and save it as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation>{file} файлы құпиясөзбен қорғалған. Оны Excel-де ашып, құпиясөзді алып тастаңыз да, &quot;Excel кітабы (.xlsx)&quot; немесе &quot;CSV UTF-8&quot; түрінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xls.py" line="61"/>
        <source>{file} is too large for the old Excel format ({size} MB; at most {limit} MB). Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>{file} ескі Excel пішімі үшін тым үлкен ({size} МБ; ең көбі {limit} МБ). Оны Excel-де ашып, &quot;Excel кітабы (.xlsx)&quot; түрінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="48"/>
        <source>{file} is too large to import ({size} MB; at most {limit} MB). Split it into smaller files and import them one by one.</source>
        <translation>{file} файлы импорттау үшін тым үлкен ({size} МБ; ең көбі {limit} МБ болуы керек). Оны бірнеше кішірек файлға бөліп, бір-бірлеп импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="60"/>
        <source>{file} is too large to import at once: with its {columns} columns, at most {rows} rows fit in one file. Split it into smaller files, or delete the columns that are not needed.</source>
        <translation>{file} файлы бір рет импорттау үшін тым үлкен: оның {columns} бағанымен бір файлға ең көбі {rows} жол сыяды. Оны кішірек файлдарға бөліңіз немесе қажет емес бағандарды өшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="209"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/tables/values.py" line="141"/>
        <source>“{text}” has «?» where letters should be: the list was saved in a way that lost the Kazakh letters. Type the name with its letters.</source>
        <translation>“{text}” ішінде әріптердің орнында «?» тұр: тізім қазақ әріптері жоғалатындай етіп сақталған. Атын әріптерімен қайта жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tables/names.py" line="36"/>
        <source>“{text}” is not a full name: write the surname and the name (and the patronymic, if any), separated by spaces.</source>
        <translation>“{text}” толық аты-жөні емес: тегін және атын (бар болса, әкесінің атын да) бос орын арқылы жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="85"/>
        <source>Please wait</source>
        <translation>Күте тұрыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="108"/>
        <source>Something went wrong inside Tirkeu: {error}. Nothing was half-saved; the details are in the log.</source>
        <translation>Tirkeu бағдарламасында ішкі қате орын алды: {error}. Деректер жартылай сақталған жоқ; толық мәлімет журналда.</translation>
    </message>
</context>
<context>
    <name>Tournament</name>
    <message>
        <location filename="../../app/tournaments/paper.py" line="173"/>
        <source>(continued)</source>
        <translation>(жалғасы)</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="112"/>
        <source>A ballot has no winner.</source>
        <translation>Бюллетеньде жеңімпаз көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="122"/>
        <source>A break of one team has no elimination rounds: choose 0 or at least 2.</source>
        <translation>Плей-оффқа бір ғана команда шықса, плей-офф раундтары болмайды: 0 немесе кемінде 2 команда көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="64"/>
        <location filename="../../app/tournaments/results.py" line="177"/>
        <source>A bye has no ballot.</source>
        <translation>Қарсылассыз өтуге бюллетень толтырылмайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="205"/>
        <source>A bye has no opposition to swap.</source>
        <translation>Қарсылассыз өтуде тараптарды ауыстыру мүмкін емес: оппозиция жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="51"/>
        <source>A debate needs at least one adjudicator.</source>
        <translation>Әр ойынға кемінде бір төреші керек.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="88"/>
        <source>A league name is too long: {name}</source>
        <translation>Лига атауы тым ұзын: {name}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="432"/>
        <source>A nomination of the {league} league goes to a debater of that league.</source>
        <translation>{league} лигасының номинациясы тек сол лиганың қатысушысына беріледі.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="56"/>
        <source>A qualifying debate has 1 or 3 adjudicators, not {count}.</source>
        <translation>Іріктеу дебатында 1 немесе 3 төреші болады, {count} емес.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="164"/>
        <source>A qualifying debate needs a ballot with speaker points.</source>
        <translation>Іріктеу раундының ойынына спикер ұпайлары көрсетілген бюллетень керек.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rooms.py" line="23"/>
        <source>A room name is at most {limit} characters: {room}</source>
        <translation>Аудитория атауы {limit} таңбадан аспауы керек: {room}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="99"/>
        <source>A round needs at least two teams.</source>
        <translation>Раунд үшін кемінде екі команда керек.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="127"/>
        <source>A team is seeded twice.</source>
        <translation>Бір команда турнир торына екі рет қойылған.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="212"/>
        <source>A tie-break is listed twice.</source>
        <translation>Бір қосымша көрсеткіш екі рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="153"/>
        <source>Adjudicator {adjudicator} is in {count} debates of this round.</source>
        <translation>{adjudicator} төреші осы раундта {count} ойынға қойылған.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="150"/>
        <source>Adjudicator {adjudicator} is not on this tournament&apos;s list.</source>
        <translation>{adjudicator} төреші осы турнирдің тізімінде жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="134"/>
        <source>Adjudicator {adjudicator} judges team {team} of their own school.</source>
        <translation>{adjudicator} төреші өз мектебінің {team} командасын бағалайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="215"/>
        <source>Adjudicator:</source>
        <translation>Төреші:</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="149"/>
        <source>Adjudicators</source>
        <translation>Төрешілер</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="59"/>
        <source>An elimination debate has 1, 3 or 5 adjudicators, not {count}.</source>
        <translation>Плей-офф дебатында 1, 3 немесе 5 төреші болады, {count} емес.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="125"/>
        <source>An elimination round needs at least two teams.</source>
        <translation>Плей-офф раунды үшін кемінде екі команда керек.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="61"/>
        <source>An info slide needs a motion.</source>
        <translation>Ақпараттық слайд тақырыппен бірге ғана беріледі.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="74"/>
        <source>At least two teams must break.</source>
        <translation>Плей-оффқа кемінде екі команда шығуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="207"/>
        <source>Ballot</source>
        <translation>Бағалау парағы</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="204"/>
        <source>Ballots are already entered while iron person was allowed; it can no longer be switched off.</source>
        <translation>«Темір спикерге» рұқсат етілген кезде бюллетеньдер енгізіліп қойған; оны енді өшіруге болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="197"/>
        <source>Ballots are already entered with the score range {low}–{high}, step {step}; the scoring rules can no longer change.</source>
        <translation>Бюллетеньдер {low}–{high} ұпай аралығымен және {step} қадамымен енгізіліп қойған; ұпай қою ережелерін енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="324"/>
        <source>Ballots of round {round}</source>
        <translation>{round}-раундтың бағалау парақтары</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="283"/>
        <source>Best analyst</source>
        <translation>Үздік талдаушы</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="282"/>
        <source>Best orator</source>
        <translation>Үздік шешен</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="89"/>
        <source>Both teams total {total}; a debate cannot end in a tie.</source>
        <translation>Екі команданың ұпайы бірдей ({total}); ойын тең нәтижемен аяқтала алмайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="184"/>
        <source>Bye (a win without a debate): {teams}</source>
        <translation>Бос айналым (дебатсыз жеңіс): {teams}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/stages.py" line="34"/>
        <source>Choose another tournament to carry the teams into.</source>
        <translation>Командаларды өткізу үшін басқа турнирді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="26"/>
        <source>Choose novice or junior: every speaker is in the open standings.</source>
        <translation>Бастаушы немесе кіші санатты таңдаңыз: ашық рейтингте барлық спикер бар.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="151"/>
        <source>Choose one winner of {gov} against {opp}.</source>
        <translation>{gov} — {opp} ойынының бір жеңімпазын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="93"/>
        <source>Choose only teams that are tied at the cut, each once.</source>
        <translation>Плей-офф шегінде көрсеткіштері тең командаларды ғана таңдаңыз, әрқайсысын бір рет.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="66"/>
        <location filename="../../app/tournaments/results.py" line="162"/>
        <location filename="../../app/tournaments/results.py" line="179"/>
        <source>Choose the winner: government or opposition.</source>
        <translation>Жеңімпазды таңдаңыз: үкімет немесе оппозиция.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="53"/>
        <source>Choose the winning side.</source>
        <translation>Жеңген тарапты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="95"/>
        <source>Choose {count} of the tied teams.</source>
        <translation>Көрсеткіштері тең командалардың ішінен {count} команданы таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="255"/>
        <source>Circle the speaker of each speech.</source>
        <translation>Әр сөз сөйлеген спикерді дөңгелектеп белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="150"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="206"/>
        <source>Confirm the break of the {league} league first.</source>
        <translation>Алдымен {league} лигасының плей-офф іріктеуін растаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="33"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="203"/>
        <source>Debate code</source>
        <translation>Дебат коды</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="198"/>
        <source>Double octofinal</source>
        <translation>1/16 финал</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="309"/>
        <source>Draw of round {round}</source>
        <translation>{round}-раундтың жеребесі</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="221"/>
        <source>Each speech is scored from {low} to {high} in steps of {step}.</source>
        <translation>Әр сөз {low}-ден {high}-ге дейін {step} қадаммен бағаланады.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="205"/>
        <source>Elimination round</source>
        <translation>Плей-офф раунды</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="34"/>
        <source>English league</source>
        <translation>Ағылшын тілді лига</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="194"/>
        <source>Final</source>
        <translation>Финал</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="148"/>
        <location filename="../../app/tournaments/paper.py" line="261"/>
        <source>Government</source>
        <translation>Үкімет</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="228"/>
        <source>Government: {team}</source>
        <translation>Үкімет: {team}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="128"/>
        <source>Info slide:</source>
        <translation>Ақпараттық слайд:</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="32"/>
        <source>Kazakh league</source>
        <translation>Қазақ тілді лига</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="184"/>
        <source>Leader of the Opposition</source>
        <translation>Оппозиция көшбасшысы</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="35"/>
        <source>Leagues</source>
        <translation>Лигалар</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="183"/>
        <source>Member of the Government</source>
        <translation>Үкімет мүшесі</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="185"/>
        <source>Member of the Opposition</source>
        <translation>Оппозиция мүшесі</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="119"/>
        <source>Motion:</source>
        <translation>Тақырып:</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="96"/>
        <source>Name at least one league (kk, ru, en or your own).</source>
        <translation>Кемінде бір лиганы көрсетіңіз (kk, ru, en немесе өз лигаңыз).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="419"/>
        <source>Name the nomination.</source>
        <translation>Номинацияның атауын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="307"/>
        <source>Nothing was imported: {count} rows need correcting — {problems}{more}</source>
        <translation>Ештеңе импортталған жоқ: түзетуді қажет ететін жолдар саны — {count}: {problems}{more}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="207"/>
        <location filename="../../app/tournaments/results.py" line="300"/>
        <source>Nothing was loaded: {count} rows need correcting — {problems}{more}</source>
        <translation>Ештеңе жүктелген жоқ: түзетуді қажет ететін жолдар саны — {count}: {problems}{more}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="197"/>
        <source>Octofinal</source>
        <translation>1/8 финал</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="83"/>
        <source>One speaker gave {count} speeches; this tournament does not allow it.</source>
        <translation>Бір спикер {count} рет сөз сөйлеген; бұл турнирде оған рұқсат жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="76"/>
        <source>Only {count} teams can break, not {size}.</source>
        <translation>Плей-оффқа {size} емес, тек {count} команда шыға алады.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="149"/>
        <location filename="../../app/tournaments/paper.py" line="261"/>
        <source>Opposition</source>
        <translation>Оппозиция</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="229"/>
        <source>Opposition: {team}</source>
        <translation>Оппозиция: {team}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="199"/>
        <source>Partial elimination round</source>
        <translation>Толық емес плей-офф раунды</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="38"/>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="182"/>
        <source>Prime Minister</source>
        <translation>Премьер-министр</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="196"/>
        <source>Quarterfinal</source>
        <translation>Ширек финал</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="148"/>
        <source>Room</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rooms.py" line="80"/>
        <source>Room {room} already has a debate in round {round} ({gov} — {opp}).</source>
        <translation>{room} аудиториясында {round}-раундта дебат бар ({gov} — {opp}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rooms.py" line="39"/>
        <source>Room {room} is listed twice.</source>
        <translation>{room} аудиториясы екі рет жазылған.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="142"/>
        <source>Round numbers start at 1.</source>
        <translation>Раунд нөмірлері 1-ден басталады.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="204"/>
        <source>Round of {count}</source>
        <translation>{count} команда қатысатын раунд</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="92"/>
        <source>Round {previous} of the {league} league is not drawn yet.</source>
        <translation>{league} лигасының {previous}-раундының жеребесі әлі тартылмаған.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="97"/>
        <source>Round {previous} still lacks {count} results ({debates}); enter them before drawing round {round}.</source>
        <translation>{previous}-раундта әлі {count} ойынның нәтижесі жоқ ({debates}); {round}-раундтың жеребесін тартпас бұрын оларды енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/sheets.py" line="53"/>
        <location filename="../../app/tournaments/tab.py" line="259"/>
        <source>Round {round}</source>
        <translation>{round}-раунд</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="107"/>
        <source>Round {round} already has results; correct the draw by hand instead of drawing it again.</source>
        <translation>{round}-раундта нәтижелер бар; жеребені қайта тартпай, оны қолмен түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="192"/>
        <source>Round {round} is already drawn; the tournament cannot have fewer rounds.</source>
        <translation>{round}-раундтың жеребесі тартылып қойған; турнирдегі раундтар санын азайтуға болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/availability.py" line="49"/>
        <location filename="../../app/tournaments/rounds.py" line="88"/>
        <source>Round {round} is not a qualifying round of this tournament (1–{rounds}).</source>
        <translation>{round}-раунд бұл турнирдің іріктеу раунды емес (1–{rounds}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="51"/>
        <source>Round {round} is not a round of this tournament.</source>
        <translation>{round}-раунд бұл турнирдің раунды емес.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="235"/>
        <location filename="../../app/tournaments/sheets.py" line="90"/>
        <source>Round {round} is not drawn yet.</source>
        <translation>{round}-раундтың жеребесі әлі тартылмаған.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="104"/>
        <source>Round {round} of the {league} league is already drawn.</source>
        <translation>{league} лигасының {round}-раундының жеребесі тартылып қойған.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/availability.py" line="52"/>
        <source>Round {round} of the {league} league is already drawn; a team&apos;s absence is set before the draw.</source>
        <translation>{league} лигасының {round}-раундының жеребесі тартылып қойған; команданың келмейтіні жеребеге дейін белгіленеді.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="33"/>
        <source>Russian league</source>
        <translation>Орыс тілді лига</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="233"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="195"/>
        <source>Semifinal</source>
        <translation>Жартылай финал</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="271"/>
        <source>Signature:</source>
        <translation>Қолы:</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="137"/>
        <source>Speakers are ranked by total or average.</source>
        <translation>Спикерлер рейтингі ұпайлар қосындысы немесе орташа ұпай бойынша жасалады.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="34"/>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="248"/>
        <source>Team total</source>
        <translation>Команда жиыны</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="393"/>
        <source>Team {team} already had a bye, while other teams have had none.</source>
        <translation>{team} командасы бұрын қарсылассыз өткен, ал басқа командалар әлі бірде-бір рет қарсылассыз өтпеген.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="386"/>
        <source>Team {team} has a bye that is not needed: only an odd number of teams needs one.</source>
        <translation>{team} командасына қарсылассыз өту қажетсіз берілген: ол командалар саны тақ болғанда ғана керек.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="119"/>
        <source>Team {team} has no elimination debate.</source>
        <translation>{team} командасының плей-оффта ойыны жоқ.</translation>
    </message>
    <message>
        <source>Team {team} is already in a draw; it cannot be deleted. Correct the draw first.</source>
        <translation type="vanished">{team} командасы жеребеге енгізілген, сондықтан оны жою мүмкін емес. Алдымен жеребені түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="237"/>
        <source>Team {team} is in a debate that has no result yet; enter the result or draw that round again, then withdraw the team.</source>
        <translation>{team} командасы әлі нәтижесі жоқ ойында тұр; алдымен нәтижені енгізіңіз немесе сол раундтың жеребесін қайта тартыңыз, содан кейін команданы турнирден шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="377"/>
        <source>Team {team} is in the draw {count} times.</source>
        <translation>{team} командасы жеребеде {count} рет кездеседі.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="96"/>
        <source>Team {team} is listed twice.</source>
        <translation>{team} командасы екі рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="374"/>
        <source>Team {team} is not in this league.</source>
        <translation>{team} командасы бұл лигада емес.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="381"/>
        <source>Team {team} is not in this round&apos;s draw.</source>
        <translation>{team} командасы осы раундтың жеребесінде жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="410"/>
        <source>Team {team} would have been government {gov} times and opposition {opp} times.</source>
        <translation>{team} командасы {gov} рет үкімет, {opp} рет оппозиция болып шығар еді.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="37"/>
        <source>Teams</source>
        <translation>Командалар</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/stages.py" line="18"/>
        <source>Teams are tied at place {top} of the {league} league; confirm the break to choose, then carry the break.</source>
        <translation>{league} лигасында {top}-орындағы командалардың көрсеткіштері тең: таңдау үшін плей-офф іріктеуін растаңыз, содан кейін плей-оффқа шыққан командаларды өткізіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="404"/>
        <source>Teams {gov} and {opp} are from the same school.</source>
        <translation>{gov} және {opp} командалары бір мектептен.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="401"/>
        <source>Teams {gov} and {opp} have already met.</source>
        <translation>{gov} және {opp} командалары бұрын кездесіп қойған.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="181"/>
        <source>Teams {teams} are tied at the cut for {places} place(s); the organisers must choose and give a reason.</source>
        <translation>{teams} командаларының плей-офф шегінде көрсеткіштері тең, ал бос орын саны — {places}; ұйымдастырушылар таңдау жасап, себебін көрсетуі керек.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="200"/>
        <source>That debate is not in this round&apos;s draw.</source>
        <translation>Бұл ойын осы раундтың жеребесінде жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="111"/>
        <source>The ballot of {debate} is not accepted: {problems}</source>
        <translation>Бюллетень қабылданбады ({debate}): {problems}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="114"/>
        <source>The ballots are for different debates.</source>
        <translation>Бюллетеньдер әртүрлі ойындарға жатады.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="126"/>
        <source>The ballots name different speakers for the {role}.</source>
        <translation>Бюллетеньдерде «{role}» рөліне әртүрлі спикерлер көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="208"/>
        <source>The break is already confirmed with {size} teams; its size can no longer change.</source>
        <translation>Плей-офф іріктеуі {size} командамен расталған; оның көлемін енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="120"/>
        <source>The break must be 0 to 64 teams per league.</source>
        <translation>Әр лигада плей-оффқа 0-ден 64-ке дейін команда шығуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="225"/>
        <source>The debate already has a result; correct the result first.</source>
        <translation>Бұл ойынның нәтижесі бар; алдымен нәтижені түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="108"/>
        <source>The debate has no ballot yet.</source>
        <translation>Бұл ойынның бюллетені әлі жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="172"/>
        <source>The elimination rounds of the {league} league have begun; the break can no longer change.</source>
        <translation>{league} лигасында плей-офф басталды; плей-оффқа шыққан командалардың құрамын енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="224"/>
        <source>The final of the {league} league is over.</source>
        <translation>{league} лигасының финалы өтіп қойған.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="58"/>
        <source>The info slide is longer than {limit} characters.</source>
        <translation>Ақпараттық слайд {limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="92"/>
        <source>The league {league} is listed twice.</source>
        <translation>{league} лигасы екі рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="48"/>
        <location filename="../../app/tournaments/registration.py" line="330"/>
        <location filename="../../app/tournaments/rounds.py" line="68"/>
        <location filename="../../app/tournaments/sheets.py" line="85"/>
        <location filename="../../app/tournaments/tab.py" line="421"/>
        <source>The league {league} is not one of this tournament&apos;s leagues ({leagues}).</source>
        <translation>{league} лигасы бұл турнирдің лигаларына ({leagues}) жатпайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="216"/>
        <source>The least number of rounds for a speaker cannot be negative.</source>
        <translation>Спикерге қажетті ең аз раунд саны теріс бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="139"/>
        <source>The least number of rounds to rank a speaker by average must be 0 to {rounds} (the qualifying rounds).</source>
        <translation>Спикерді орташа балл бойынша орналастыру үшін ең аз раунд саны 0-ден {rounds}-ге дейін болуы керек (іріктеу раундтары).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="125"/>
        <source>The lowest score must be below the highest (for example 60:80).</source>
        <translation>Ең төменгі ұпай ең жоғарғы ұпайдан аз болуы керек (мысалы, 60:80).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="201"/>
        <source>The lowest score must be below the highest ({low} – {high}).</source>
        <translation>Ең төменгі ұпай ең жоғарғы ұпайдан аз болуы керек ({low} – {high}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="55"/>
        <source>The motion is longer than {limit} characters.</source>
        <translation>Тақырып {limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="154"/>
        <source>The next elimination round is already drawn from this result; it can no longer change.</source>
        <translation>Осы нәтиже бойынша плей-оффтың келесі раундының жеребесі тартылған; нәтижені енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/stages.py" line="50"/>
        <source>The next stage already has a team named {team}.</source>
        <translation>Келесі кезеңде {team} деген команда бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/stages.py" line="43"/>
        <source>The next stage has no {league} league.</source>
        <translation>Келесі кезеңде {league} лигасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="144"/>
        <source>The novice / junior break must be 0 to 64 teams per category.</source>
        <translation>Бастаушылар / кішілер плей-оффы әр санатта 0-ден 64-ке дейін команда болуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="118"/>
        <source>The number of qualifying rounds must be 1 to 12.</source>
        <translation>Іріктеу раундтарының саны 1-ден 12-ге дейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="219"/>
        <source>The previous elimination round still lacks {count} results.</source>
        <translation>Алдыңғы плей-офф раундында әлі {count} ойынның нәтижесі жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="161"/>
        <source>The previous round is not a whole bracket.</source>
        <translation>Алдыңғы раунд толық турнир торын құрамайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="206"/>
        <source>The score range {low} – {high} is not a whole number of steps of {step}.</source>
        <translation>{low} – {high} ұпай аралығы {step} қадамына қалдықсыз бөлінбейді.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="199"/>
        <source>The score step must be greater than zero.</source>
        <translation>Ұпай қадамы нөлден үлкен болуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="129"/>
        <source>The score step must divide the range {low}–{high} evenly (for example 1 or 0.5).</source>
        <translation>{low}–{high} аралығы ұпай қадамына қалдықсыз бөлінуі керек (мысалы, 1 немесе 0.5).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="75"/>
        <source>The score {score} of the {role} is not in steps of {step}.</source>
        <translation>{role}: {score} ұпайы {step} қадамына сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="71"/>
        <source>The score {score} of the {role} is outside {low} – {high}.</source>
        <translation>{role}: {score} ұпайы {low} – {high} аралығынан тыс.</translation>
    </message>
    <message>
        <source>The tournament&apos;s award list is empty: enter the results first.</source>
        <translation type="vanished">Турнирдің марапаттау тізімі бос: алдымен нәтижелерді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="94"/>
        <source>The winner ({side}) has fewer points: {mine} against {theirs}.</source>
        <translation>Жеңімпаздың ({side}) ұпайы аз: {mine}, ал қарсыласында — {theirs}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="199"/>
        <source>The winner must be gov or opp, not {value}.</source>
        <translation>Жеңімпаз gov немесе opp болуы керек, {value} емес.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="268"/>
        <source>The winning team must have the higher total; totals may not be equal.</source>
        <translation>Жеңген команданың жиынтық балы жоғары болуы керек; жиындар тең болмауы тиіс.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="188"/>
        <source>The {league} league already has a draw; it cannot be removed.</source>
        <translation>{league} лигасында жеребе тартылып қойған; бұл лиганы алып тастауға болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="112"/>
        <source>The {league} league has not finished its qualifying rounds ({count} debates without a result, rounds not drawn: {rounds}).</source>
        <translation>{league} лигасында іріктеу раундтары аяқталмаған (нәтижесіз ойындар: {count}, жеребесі тартылмаған раундтар: {rounds}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="112"/>
        <source>The {league} league needs at least two teams for a draw.</source>
        <translation>Жеребе тарту үшін {league} лигасында кемінде екі команда болуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="57"/>
        <source>The {role} has no score.</source>
        <translation>{role}: ұпай қойылмаған.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="59"/>
        <source>The {role} is scored {count} times.</source>
        <translation>{role}: ұпай {count} рет қойылған.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="78"/>
        <source>The {role} must be a speaker of the {side} team.</source>
        <translation>{role}: бұл {side} тарапының спикері болуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="369"/>
        <source>There is no adjudicator {name} in this tournament.</source>
        <translation>Бұл турнирде {name} деген төреші жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/codes.py" line="59"/>
        <source>There is no debate {code}: round {round} of the {league} league has no debate number {number}.</source>
        <translation>{code} дебаты жоқ: {league} лигасының {round}-раундында {number}-нөмірлі дебат жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="39"/>
        <source>There is no team {team} in the {league} league.</source>
        <translation>{league} лигасында {team} командасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="283"/>
        <source>There is no tournament {ref}.</source>
        <translation>{ref} турнирі табылмады.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="182"/>
        <source>This debate already has ballots: it took place and cannot be a forfeit.</source>
        <translation>Бұл дебаттың төрешілер парағы бар: ол өтті, сондықтан келмеу себепті жеңіс бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="68"/>
        <source>This person does not speak for team {team}.</source>
        <translation>Бұл адам {team} командасының спикері емес.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="176"/>
        <source>This tournament has no break (its size is 0).</source>
        <translation>Бұл турнирде плей-офф жоқ (плей-оффқа шығатын командалар саны — 0).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="134"/>
        <source>Tie-breaks must be some of {allowed}, each once.</source>
        <translation>Қосымша көрсеткіштерді мына тізімнен таңдаңыз, әрқайсысын бір рет: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="99"/>
        <source>Tirkeu · page {page}</source>
        <translation>Tirkeu · {page}-бет</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="32"/>
        <source>Tournament</source>
        <translation>Турнир</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="272"/>
        <source>Type the code {code} in the Rounds tab (Debate code) to open this debate&apos;s ballot.</source>
        <translation>Осы дебаттың бағалау парағын ашу үшін «Раундтар» бетіндегі «Дебат коды» өрісіне {code} кодын теріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="114"/>
        <source>Unknown stage {stage}: use one of {stages}.</source>
        <translation>Белгісіз кезең: {stage}. Мына мәндердің бірін көрсетіңіз: {stages}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="258"/>
        <source>Winner (tick one):</source>
        <translation>Жеңімпаз (біреуін белгілеңіз):</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="78"/>
        <source>Write the full name (surname and name): {name}</source>
        <translation>Толық аты-жөнін жазыңыз (тегі мен аты): {name}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="105"/>
        <source>Write the score range as MIN:MAX, for example 60:80.</source>
        <translation>Ұпай аралығын MIN:MAX түрінде жазыңыз, мысалы, 60:80.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="91"/>
        <source>Write why these teams break from the tie.</source>
        <translation>Көрсеткіштері тең командалардың ішінен неге дәл осы командалар плей-оффқа шығатынын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="382"/>
        <source>adjudicator</source>
        <translation>Төрешілік еткеніңіз</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="361"/>
        <source>best speaker, place {rank}, {league}</source>
        <translation>{league}, үздік спикерлер арасында {rank}-орын</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="409"/>
        <source>best speaker, {category}, place {rank}, {league}</source>
        <translation>үздік спикер, {category}, {rank}-орын, {league}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="217"/>
        <source>chair</source>
        <translation>төраға</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="39"/>
        <source>city stage</source>
        <translation>қалалық кезең</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="377"/>
        <source>coach of the team {team}</source>
        <translation>{team} командасын дайындағаныңыз</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="38"/>
        <source>district stage</source>
        <translation>аудандық кезең</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="192"/>
        <source>government</source>
        <translation>үкімет</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="25"/>
        <source>junior</source>
        <translation>кіші</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="305"/>
        <source>loaded from {file}</source>
        <translation>{file} файлынан жүктелді</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="25"/>
        <source>novice</source>
        <translation>жаңадан бастаушы</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="36"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="192"/>
        <source>opposition</source>
        <translation>оппозиция</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="400"/>
        <source>place {rank}, {category}, {league}</source>
        <translation>{rank}-орын, {category}, {league}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="354"/>
        <source>place {rank}, {league}</source>
        <translation>{league}, {rank}-орын</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="40"/>
        <source>regional stage</source>
        <translation>облыстық кезең</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="41"/>
        <source>republican stage</source>
        <translation>республикалық кезең</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="58"/>
        <source>round {round}, {gov} — {opp}</source>
        <translation>{round}-раунд, {gov} — {opp}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="145"/>
        <source>row {row}: </source>
        <translation>№ {row} жол: </translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="269"/>
        <source>row {row}: in the draw {gov} is the opposition, not the government.</source>
        <translation>№ {row} жол: жеребе бойынша {gov} үкімет емес, оппозиция.</translation>
    </message>
    <message>
        <source>row {row}: in the draw {gov} is the opposition, not the government; nothing was loaded.</source>
        <translation type="vanished">№ {row} жол: жеребе бойынша {gov} үкімет емес, оппозиция; ештеңе жүктелген жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="148"/>
        <source>row {row}: round {round} is not a qualifying round of this tournament (1–{rounds}).</source>
        <translation>{row}-жол: {round}-раунд бұл турнирдің іріктеу раунды емес (1–{rounds}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="164"/>
        <source>row {row}: team {team} cannot debate itself.</source>
        <translation>{row}-жол: {team} командасы өзімен-өзі дебаттаса алмайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="161"/>
        <source>row {row}: the government team is missing.</source>
        <translation>{row}-жол: үкімет командасы көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="140"/>
        <source>row {row}: the league {league} is not one of this tournament&apos;s leagues ({leagues}).</source>
        <translation>{row}-жол: {league} лигасы бұл турнирдің лигаларының қатарында жоқ ({leagues}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="172"/>
        <source>row {row}: the motion is longer than {limit} characters.</source>
        <translation>{row}-жол: тақырып {limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="253"/>
        <source>row {row}: the round or league is not understood.</source>
        <translation>№ {row} жол: раунд немесе лига танылмады.</translation>
    </message>
    <message>
        <source>row {row}: the round or league is not understood; nothing was loaded.</source>
        <translation type="vanished">№ {row} жол: раунд немесе лига танылмады; ештеңе жүктелген жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="156"/>
        <location filename="../../app/tournaments/results.py" line="259"/>
        <source>row {row}: there is no team {team} in the {league} league.</source>
        <translation>№ {row} жол: {league} лигасында {team} командасы жоқ.</translation>
    </message>
    <message>
        <source>row {row}: there is no team {team} in the {league} league; nothing was loaded.</source>
        <translation type="vanished">№ {row} жол: {league} лигасында {team} командасы жоқ; ештеңе жүктелген жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="265"/>
        <source>row {row}: {gov} — {opp} is not in the draw of round {round}.</source>
        <translation>№ {row} жол: {gov} — {opp} ойыны {round}-раундтың жеребесінде жоқ.</translation>
    </message>
    <message>
        <source>row {row}: {gov} — {opp} is not in the draw of round {round}; nothing was loaded.</source>
        <translation type="vanished">№ {row} жол: {gov} — {opp} ойыны {round}-раундтың жеребесінде жоқ; ештеңе жүктелген жоқ.</translation>
    </message>
    <message>
        <source>row {row}: {person} is not a speaker of team {team}.</source>
        <translation type="vanished">№ {row} жол: {person} {team} командасының спикері емес.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="288"/>
        <source>row {row}: {problems}</source>
        <translation>№ {row} жол: {problems}</translation>
    </message>
    <message>
        <source>row {row}: {problems}; nothing was loaded.</source>
        <translation type="vanished">№ {row} жол: {problems}; ештеңе жүктелген жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="184"/>
        <location filename="../../app/tournaments/registration.py" line="409"/>
        <location filename="../../app/tournaments/results.py" line="284"/>
        <source>row {row}: {problem}</source>
        <translation>№ {row} жол: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {problem}; nothing was loaded.</source>
        <translation type="vanished">№ {row} жол: {problem}; ештеңе жүктелген жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="273"/>
        <source>rows {first} and {row} give two results for {gov} — {opp}.</source>
        <translation>№ {first} және № {row} жолдарда {gov} — {opp} ойынының екі нәтижесі берілген.</translation>
    </message>
    <message>
        <source>rows {first} and {row} give two results for {gov} — {opp}; nothing was loaded.</source>
        <translation type="vanished">№ {first} және № {row} жолдарда {gov} — {opp} ойынының екі нәтижесі берілген; ештеңе жүктелген жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="236"/>
        <source>rows {first} and {row}: round {round} of the {league} league has two different motions.</source>
        <translation>{first} және {row} жолдар: {league} лигасының {round}-раундында екі түрлі тақырып бар.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="229"/>
        <source>rows {first} and {row}: team {team} is drawn twice in round {round}.</source>
        <translation>{first} және {row} жолдар: {team} командасы {round}-раундта екі рет жазылған.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="290"/>
        <source>rows {first} and {row}: the team name {team} is used twice in the file.</source>
        <translation>№ {first} және № {row} жолдар: {team} команда атауы файлда екі рет кездеседі.</translation>
    </message>
    <message>
        <source>rows {first} and {row}: the team name {team} is used twice in the file; nothing was imported.</source>
        <translation type="vanished">№ {first} және № {row} жолдар: {team} команда атауы файлда екі рет кездеседі; ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="303"/>
        <source>rows {first} and {row}: {person} is named in two teams.</source>
        <translation>№ {first} және № {row} жолдар: {person} екі командада көрсетілген.</translation>
    </message>
    <message>
        <source>rows {first} and {row}: {person} is named in two teams; nothing was imported.</source>
        <translation type="vanished">№ {first} және № {row} жолдар: {person} екі командада көрсетілген; ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="196"/>
        <source>rows {rows}: round {round} of the {league} league already has results ({count} debates); its draw can no longer be replaced.</source>
        <translation>{rows} жолдар: {league} лигасының {round}-раундында нәтижелер бар ({count} дебат); оның жеребесін енді ауыстыруға болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="200"/>
        <source>rows {rows}: round {round} of the {league} league is already drawn differently; load the file with “replace the draw” to replace it.</source>
        <translation>{rows} жолдар: {league} лигасының {round}-раунды басқаша жеребеленген; ауыстыру үшін файлды «жеребені ауыстыру» арқылы жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="37"/>
        <source>school stage</source>
        <translation>мектепішілік кезең</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="187"/>
        <source>unknown role “{role}”</source>
        <translation>белгісіз рөл: «{role}»</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="75"/>
        <source>{count} debates have fewer than {per} adjudicators: there are not enough adjudicators.</source>
        <translation>Төрешілер саны белгіленген саннан ({per}) аз ойындар: {count}. Төрешілер жетпейді.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="212"/>
        <source>{field} must be a number, not {value}.</source>
        <translation>{field} сан болуы керек, {value} емес.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="210"/>
        <source>{file} has no debates.</source>
        <translation>{file} файлында дебаттар жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="280"/>
        <source>{file} has no teams.</source>
        <translation>{file} файлында командалар жоқ.</translation>
    </message>
    <message>
        <source>{file}: required columns are missing: {missing}. The first row must name the columns {columns}.</source>
        <translation type="vanished">{file}: міндетті бағандар жоқ: {missing}. Бірінші жолда мына бағандардың атаулары болуы керек: {columns}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="188"/>
        <source>{mark} the chair of the panel</source>
        <translation>{mark} — алқа төрағасы</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="223"/>
        <source>{person} already speaks for team {other}; a debater is in one team of a tournament.</source>
        <translation>{person} {other} командасында бар; турнирде бір қатысушы тек бір командада бола алады.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="150"/>
        <source>{person} does not speak for team {team}.</source>
        <translation>{person} {team} командасының спикері емес.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="142"/>
        <source>{person} is not a debater of the {league} league.</source>
        <translation>{person} {league} лигасының қатысушысы емес.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="227"/>
        <source>{person} is not a speaker of team {team}.</source>
        <translation>{person} {team} командасының спикері емес.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="110"/>
        <source>{round} · {league}</source>
        <translation>{round} · {league}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="210"/>
        <source>{round} · {league} · Room {room}</source>
        <translation>{round} · {league} · {room} аудитория</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="162"/>
        <source>{where}team {team} names the same speaker twice.</source>
        <translation>{where}{team} командасында бір спикер екі рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="159"/>
        <source>{where}team {team} needs exactly two speakers.</source>
        <translation>{where}{team} командасында дәл екі спикер болуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="150"/>
        <source>{where}the league {league} is not one of this tournament&apos;s leagues ({leagues}).</source>
        <translation>{where}{league} лигасы бұл турнирдің лигаларына ({leagues}) жатпайды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="39"/>
        <source>{where}the rating {value} is not in steps of 0.5.</source>
        <translation>{where}{value} рейтингі 0,5 қадаммен емес.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="36"/>
        <source>{where}the rating {value} is outside 0 – 10.</source>
        <translation>{where}{value} рейтингі 0 – 10 аралығынан тыс.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="33"/>
        <source>{where}the rating “{value}” is not a number (0 to 10, in steps of 0.5).</source>
        <translation>{where}«{value}» рейтингі сан емес (0-ден 10-ға дейін, 0,5 қадаммен).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="148"/>
        <source>{where}the team has no name.</source>
        <translation>{where}команданың атауы жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="155"/>
        <source>{where}there is already a team named {team} in this tournament.</source>
        <translation>{where}бұл турнирде {team} деген команда бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="170"/>
        <source>{where}{problem}</source>
        <translation>{where}{problem}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/codes.py" line="52"/>
        <source>“{code}” is not a debate code of this tournament; a code looks like {example}.</source>
        <translation>«{code}» — бұл турнирдің дебат коды емес; код мына түрде болады: {example}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/standings.py" line="111"/>
        <location filename="../../app/tournaments/types.py" line="210"/>
        <source>“{code}” is not a known tie-break.</source>
        <translation>«{code}» — белгісіз қосымша көрсеткіш.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/standings.py" line="211"/>
        <location filename="../../app/tournaments/types.py" line="214"/>
        <source>“{code}” is not a known way to rank speakers.</source>
        <translation>«{code}» — спикерлерді саралаудың белгісіз тәсілі.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="63"/>
        <source>“{role}” is not an APF speech.</source>
        <translation>АПФ форматында «{role}» деген спикер сөзі жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="45"/>
        <source>“{value}” is not a category: use novice, junior or open.</source>
        <translation>«{value}» санат емес: жаңадан бастаушы, кіші немесе ашық деп жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Tournaments</name>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="91"/>
        <source>&amp;Adjudicator&apos;s ballot:</source>
        <translation>&amp;Төрешінің бюллетені:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="162"/>
        <source>&amp;Break (teams per league):</source>
        <translation>&amp;Плей-офф (лигадағы команда саны):</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="129"/>
        <source>&amp;Coach:</source>
        <translation>&amp;Жаттықтырушы:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="140"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="191"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/motion_dialog.py" line="26"/>
        <source>&amp;Info slide (read out before the motion; may be empty):</source>
        <translation>&amp;Ақпараттық слайд (тақырыптан бұрын оқылады; бос болуы мүмкін):</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="167"/>
        <source>&amp;Language of the list:</source>
        <translation>Тізім &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="121"/>
        <location filename="../../ui/tournaments/team_dialogs.py" line="193"/>
        <location filename="../../ui/tournaments/view.py" line="175"/>
        <source>&amp;League:</source>
        <translation>&amp;Лига:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="148"/>
        <source>&amp;Leagues:</source>
        <translation>&amp;Лигалар:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/motion_dialog.py" line="24"/>
        <source>&amp;Motion:</source>
        <translation>&amp;Тақырып:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="133"/>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="144"/>
        <source>&amp;Place:</source>
        <translation>&amp;Өтетін орны:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="197"/>
        <location filename="../../ui/tournaments/team_dialogs.py" line="224"/>
        <source>&amp;Rating (0–10):</source>
        <translation>&amp;Рейтинг (0–10):</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="76"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="262"/>
        <source>&amp;Round:</source>
        <translation>&amp;Раунд:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="126"/>
        <location filename="../../ui/tournaments/team_dialogs.py" line="192"/>
        <source>&amp;School:</source>
        <translation>&amp;Мектеп:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="134"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Кезеңі:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="125"/>
        <source>&amp;Team name:</source>
        <translation>Команда &amp;атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="178"/>
        <source>&amp;Tie-breaks, in order:</source>
        <translation>&amp;Қосымша көрсеткіштер (ретімен):</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="104"/>
        <source>&amp;Winner:</source>
        <translation>&amp;Жеңімпаз:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="228"/>
        <source>A bye counts as a win; its speaker points are the average of the team&apos;s debated rounds.</source>
        <translation>Қарсылассыз өту жеңіс болып саналады; оның спикер ұпайлары — команданың ойнаған раундтарындағы орташа ұпай.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="56"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="364"/>
        <source>A bye has no ballot: the team wins the round without a debate.</source>
        <translation>Қарсылассыз өтуге бюллетень толтырылмайды: команда раундта ойынсыз жеңеді.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="279"/>
        <source>A draw made elsewhere, CSV or Excel: round, league, gov_team, opp_team; optional room, adjudicators (chair first), motion. A results file also serves.</source>
        <translation>Басқа жерде жасалған жеребе, CSV немесе Excel: round, league, gov_team, opp_team; қосымша room, adjudicators (алдымен төраға), motion. Нәтижелер файлы да жарайды.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="203"/>
        <source>Ad&amp;judicators per debate:</source>
        <translation>&amp;Төрешілер саны (дебатқа):</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="153"/>
        <source>Add team…</source>
        <translation>Команда қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="159"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="144"/>
        <source>Adjudicator</source>
        <translation>Төреші</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="231"/>
        <source>Adjudicator&apos;s rating</source>
        <translation>Төрешінің рейтингі</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="234"/>
        <source>Adjudicators</source>
        <translation>Төрешілер</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="142"/>
        <source>Adjudicators registered: {names}</source>
        <translation>Тіркелген төрешілер: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="137"/>
        <source>Adjudicators: {count}</source>
        <translation>Төрешілер: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="275"/>
        <source>Adjudicators: {summary}</source>
        <translation>Төрешілер: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="169"/>
        <source>All speakers</source>
        <translation>Барлық спикерлер</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="61"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="102"/>
        <source>Average</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="53"/>
        <source>Average speaker points</source>
        <translation>Орташа спикер ұпайы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="181"/>
        <source>Awards</source>
        <translation>Марапаттар</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="174"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Тізімге оралу (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="55"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="363"/>
        <source>Ballot</source>
        <translation>Бюллетень</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="277"/>
        <source>Ballot — {what}: {gov} v {opp}</source>
        <translation>Бюллетень — {what}: {gov} — {opp}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="292"/>
        <source>Ballots entered so far:</source>
        <translation>Бұрын енгізілген бюллетеньдер:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="302"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="263"/>
        <source>Ballot…</source>
        <translation>Бюллетень…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="180"/>
        <source>Break and eliminations</source>
        <translation>Плей-офф</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="250"/>
        <source>Break — {league}</source>
        <translation>Плей-оффқа шығатындар — {league}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="53"/>
        <source>Bye: {teams}</source>
        <translation>Бос айналым: {teams}</translation>
    </message>
    <message>
        <source>CSV or Excel with the columns league, team, school, speaker1, speaker2, coach</source>
        <translation type="vanished">league, team, school, speaker1, speaker2, coach бағандары бар CSV немесе Excel файлы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="157"/>
        <source>CSV or Excel with the columns league, team, school, speaker1, speaker2, coach (and category)</source>
        <translation>Бағандары: лига, команда, мектеп, 1-спикер, 2-спикер, жаттықтырушы (және санат) бар CSV немесе Excel</translation>
    </message>
    <message>
        <source>CSV or Excel with the columns name, school, league</source>
        <translation type="vanished">name, school, league бағандары бар CSV немесе Excel файлы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="167"/>
        <source>CSV or Excel with the columns name, school, league, rating</source>
        <translation>Бағандары: аты-жөні, мектеп, лига, рейтинг бар CSV немесе Excel</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="267"/>
        <source>CSV or Excel: round, league, gov_team, opp_team, winner, pm, pm_score, mg, mg_score, lo, lo_score, mo, mo_score</source>
        <translation>CSV немесе Excel, бағандары: round, league, gov_team, opp_team, winner, pm, pm_score, mg, mg_score, lo, lo_score, mo, mo_score</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="168"/>
        <location filename="../../ui/tournaments/team_dialogs.py" line="130"/>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Санаты:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="240"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="141"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="158"/>
        <source>Certificate</source>
        <translation>Марапат түрі</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/certificates.py" line="50"/>
        <source>Certificates for the award list ({count})</source>
        <translation>Марапаттау тізімі бойынша сертификаттар ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/certificates.py" line="41"/>
        <source>Certificates of participation: every debater ({count})</source>
        <translation>Қатысу сертификаттары: әр дебатшыға ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="374"/>
        <source>Change the draw</source>
        <translation>Жеребені өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="163"/>
        <source>Change the selected adjudicator&apos;s rating (0–10): the highest rating chairs and judges the top debates</source>
        <translation>Таңдалған төрешінің рейтингін өзгерту (0–10): рейтингі ең жоғары төреші төрағалық етеді және үздік дебаттарды бағалайды</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="110"/>
        <source>Choose {places} of the tied teams.</source>
        <translation>Көрсеткіштері тең командалардың ішінен {places} команданы таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="141"/>
        <source>Coach</source>
        <translation>Жаттықтырушы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="84"/>
        <location filename="../../ui/tournaments/break_tab.py" line="320"/>
        <source>Confirm the break</source>
        <translation>Плей-офф іріктеуін растау</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="298"/>
        <source>Confirm the break…</source>
        <translation>Плей-офф іріктеуін растау…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="255"/>
        <source>Confirmed: {count} teams.</source>
        <translation>Расталды: {count} команда.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="143"/>
        <source>Credited: the speaker&apos;s own average speech, for a round their team had a bye or won by forfeit</source>
        <translation>Есептелді: командасы бос айналым алған немесе қарсылас келмей жеңген раунд үшін спикердің өз орташа ұпайы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="269"/>
        <source>Debate &amp;code:</source>
        <translation>Дебат &amp;коды:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="35"/>
        <source>Debate code</source>
        <translation>Дебат коды</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="210"/>
        <source>Debate code {code}</source>
        <translation>Дебат коды {code}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/page.py" line="53"/>
        <source>Debate tournaments</source>
        <translation>Пікірсайыс турнирлері</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="142"/>
        <location filename="../../ui/tournaments/awards_tab.py" line="182"/>
        <source>Debater</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="175"/>
        <source>Debater:</source>
        <translation>Қатысушы:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="155"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="203"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="211"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="123"/>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="220"/>
        <source>Dra&amp;w seed:</source>
        <translation>&amp;Жеребе кілті:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="336"/>
        <source>Draw</source>
        <translation>Жеребе</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="242"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="295"/>
        <source>Draw round {round}</source>
        <translation>{round}-раундтың жеребесін тарту</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="241"/>
        <source>Draw round {round} again</source>
        <translation>{round}-раундтың жеребесін қайта тарту</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="60"/>
        <source>Draw strength</source>
        <translation>Қарсыластар күші</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="51"/>
        <source>Draw strength (opponents&apos; wins)</source>
        <translation>Қарсыластар күші (қарсыластардың жеңістері)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="311"/>
        <source>Draw the next elimination round</source>
        <translation>Келесі плей-офф раундының жеребесін тарту</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="289"/>
        <source>Draw: {round}</source>
        <translation>Жеребе: {round}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="154"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="299"/>
        <location filename="../../ui/tournaments/break_tab.py" line="348"/>
        <location filename="../../ui/tournaments/break_tab.py" line="370"/>
        <source>Elimination rounds</source>
        <translation>Плей-офф раундтары</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="253"/>
        <source>Enter or double-click: the ballot; Ctrl+click two teams to swap them.</source>
        <translation>Enter немесе екі рет шерту — бюллетень; екі команданы Ctrl+шерту арқылы таңдап, орындарын ауыстыруға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="297"/>
        <source>Entered</source>
        <translation>Енгізілді</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="185"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel жұмыс кітабы (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="181"/>
        <source>Export standings</source>
        <translation>Турнирлік кестені экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="172"/>
        <source>Export to Excel…</source>
        <translation>Excel-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="158"/>
        <source>For</source>
        <translation>Не үшін</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="113"/>
        <source>Forfeit:</source>
        <translation>Келмеу:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="46"/>
        <source>Full name; type two letters to search the register</source>
        <translation>Аты-жөні; тізілімнен іздеу үшін екі әріп теріңіз</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="285"/>
        <source>Full screen for the hall: the draw of each league and the standings; arrows move, Esc leaves</source>
        <translation>Зал үшін толық экран: әр лиганың жеребесі мен турнирлік кесте; бағыттауыштар ауыстырады, Esc — шығу</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="176"/>
        <source>Give</source>
        <translation>Беру</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="243"/>
        <location filename="../../ui/tournaments/projector.py" line="57"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="233"/>
        <source>Government</source>
        <translation>Үкімет</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="300"/>
        <source>Government won</source>
        <translation>Үкімет жеңді</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="281"/>
        <source>Government — {team}</source>
        <translation>Үкімет — {team}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="279"/>
        <source>Government: {team}</source>
        <translation>Үкімет: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="59"/>
        <source>Head to head</source>
        <translation>Өзара ойын</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="265"/>
        <source>Import adjudicators</source>
        <translation>Төрешілерді импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="243"/>
        <source>Import teams</source>
        <translation>Командаларды импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="156"/>
        <source>Import teams…</source>
        <translation>Командаларды импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="160"/>
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="207"/>
        <location filename="../../ui/tournaments/team_dialogs.py" line="232"/>
        <source>In steps of 0.5; the highest rating chairs and judges the top debates</source>
        <translation>0,5 қадаммен; рейтингі ең жоғары төреші төрағалық етеді және үздік дебаттарды бағалайды</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="176"/>
        <source>Iron person:</source>
        <translation>Темір спикер:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="145"/>
        <source>Kept with warnings:</source>
        <translation>Ескертулермен сақталды:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="147"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="391"/>
        <source>Kept with warnings: {problems}</source>
        <translation>Ескертулермен сақталды: {problems}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="158"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="145"/>
        <source>League</source>
        <translation>Лига</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/certificates.py" line="43"/>
        <source>Letters of thanks: every coach and adjudicator ({count})</source>
        <translation>Алғыс хаттар: әр жаттықтырушы мен төрешіге ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="172"/>
        <source>Letters of thanks…</source>
        <translation>Алғыс хаттар…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="115"/>
        <source>Load draw</source>
        <translation>Жеребені жүктеу</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="278"/>
        <source>Load draw…</source>
        <translation>Жеребені жүктеу…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="409"/>
        <source>Load results</source>
        <translation>Нәтижелерді жүктеу</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="266"/>
        <source>Load results…</source>
        <translation>Нәтижелерді жүктеу…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="175"/>
        <source>Low-point wins:</source>
        <translation>Аз ұпаймен жеңіс:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="61"/>
        <source>Margins</source>
        <translation>Ұпай айырмасы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="70"/>
        <source>Motion of round {round} ({league})</source>
        <translation>{round}-раунд тақырыбы ({league})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="203"/>
        <source>Motion: {motion}</source>
        <translation>Тақырып: {motion}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="272"/>
        <source>Motion…</source>
        <translation>Тақырып…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="215"/>
        <source>N&amp;ovice / junior break:</source>
        <translation>&amp;Бастаушылар / кішілер плей-оффы:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="204"/>
        <source>New adjudicator</source>
        <translation>Жаңа төреші</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="163"/>
        <source>New team</source>
        <translation>Жаңа команда</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="273"/>
        <source>New tournament</source>
        <translation>Жаңа турнир</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/page.py" line="56"/>
        <source>New tournament… (Ctrl+N)</source>
        <translation>Жаңа турнир… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="273"/>
        <source>No novice or junior team is outside the open break.</source>
        <translation>Ашық плей-оффтан тыс бастаушы немесе кіші команда жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="126"/>
        <source>No round is drawn yet.</source>
        <translation>Әлі бірде-бір раунд жеребеленбеген.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="142"/>
        <location filename="../../ui/tournaments/awards_tab.py" line="182"/>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="174"/>
        <source>Nomination (choose, or type your own):</source>
        <translation>Номинация (таңдаңыз немесе өзіңіз жазыңыз):</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="219"/>
        <source>Nominations</source>
        <translation>Номинациялар</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="150"/>
        <location filename="../../ui/tournaments/awards_tab.py" line="185"/>
        <source>Nominations — {league}</source>
        <translation>Номинациялар — {league}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="270"/>
        <source>Novice and junior breaks — {count} teams each</source>
        <translation>Бастаушылар мен кішілер плей-оффы — әрқайсысында {count} команда</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="170"/>
        <source>One certificate of participation for every debater, with or without results</source>
        <translation>Нәтижелер болса да, болмаса да, әр дебатшыға бір қатысу сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="173"/>
        <source>One letter of thanks for every coach and adjudicator</source>
        <translation>Әр жаттықтырушы мен төрешіге бір алғыс хат</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="103"/>
        <source>One room per line, in the order new draws give them out. A league keeps its rooms from the round before.</source>
        <translation>Әр жолға бір аудитория, жаңа жеребелер оларды осы ретпен береді. Лига алдыңғы раундтағы аудиторияларын сақтайды.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="243"/>
        <location filename="../../ui/tournaments/projector.py" line="58"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="233"/>
        <source>Opposition</source>
        <translation>Оппозиция</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="301"/>
        <source>Opposition won</source>
        <translation>Оппозиция жеңді</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="282"/>
        <source>Opposition — {team}</source>
        <translation>Оппозиция — {team}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="280"/>
        <source>Opposition: {team}</source>
        <translation>Оппозиция: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="161"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="169"/>
        <source>Participation certificates…</source>
        <translation>Қатысу сертификаттары…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="240"/>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="58"/>
        <location filename="../../ui/tournaments/projector.py" line="68"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="97"/>
        <source>Points</source>
        <translation>Ұпайлар</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="159"/>
        <source>Print ballots</source>
        <translation>Бағалау парақтарын басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="283"/>
        <source>Print ballots…</source>
        <translation>Бағалау парақтары…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="230"/>
        <source>Print certificates</source>
        <translation>Сертификаттарды басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="168"/>
        <source>Print certificates…</source>
        <translation>Сертификаттарды басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="157"/>
        <source>Print draw</source>
        <translation>Жеребені басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="282"/>
        <source>Print draw…</source>
        <translation>Жеребе парағы…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="82"/>
        <location filename="../../ui/tournaments/round_paper.py" line="178"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="284"/>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="261"/>
        <source>Proposed from the standings so far; not confirmed.</source>
        <translation>Қазіргі турнирлік кесте бойынша ұсынылған; әлі расталмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="274"/>
        <source>Put the selected debate in another room</source>
        <translation>Таңдалған дебатты басқа аудиторияға ауыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="159"/>
        <source>Qualifying &amp;rounds:</source>
        <translation>&amp;Іріктеу раундтары:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="96"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="101"/>
        <source>Rank</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="180"/>
        <source>Rank s&amp;peakers by:</source>
        <translation>Спикерлерді &amp;саралау:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="188"/>
        <source>Ranked by average from:</source>
        <translation>Орташа балл бойынша рейтинг:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="144"/>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="162"/>
        <source>Rating…</source>
        <translation>Рейтинг…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="298"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="159"/>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="161"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="233"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="234"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="419"/>
        <source>Results: {entered} entered, {corrected} corrected, {unchanged} unchanged.</source>
        <translation>Нәтижелер: енгізілгені — {entered}, түзетілгені — {corrected}, өзгеріссіз — {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="57"/>
        <location filename="../../ui/tournaments/round_paper.py" line="85"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="233"/>
        <source>Room</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="87"/>
        <source>Room of {gov} — {opp}:</source>
        <translation>{gov} — {opp} аудиториясы:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="101"/>
        <source>Rooms</source>
        <translation>Аудиториялар</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="275"/>
        <source>Rooms…</source>
        <translation>Аудиториялар…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="273"/>
        <source>Room…</source>
        <translation>Аудитория…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="243"/>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="275"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="177"/>
        <source>Round {round}</source>
        <translation>{round}-раунд</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="177"/>
        <source>Round {round} (drawn)</source>
        <translation>{round}-раунд (жеребесі тартылған)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="340"/>
        <source>Round {round} is already drawn. Draw it again? (Only while it has no results.)</source>
        <translation>{round}-раундтың жеребесі тартылып қойған. Жеребені қайта тарту керек пе? (Раундта нәтижелер болмаса ғана болады.)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="179"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="244"/>
        <source>Round {round} is not drawn yet.</source>
        <translation>{round}-раундтың жеребесі әлі тартылмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="102"/>
        <location filename="../../ui/tournaments/view.py" line="179"/>
        <source>Rounds</source>
        <translation>Раундтар</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="100"/>
        <source>R{round}</source>
        <translation>Р{round}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="170"/>
        <source>Saved {path}: {pages} pages.</source>
        <translation>Сақталды {path}: {pages} бет.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="96"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="140"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="144"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="287"/>
        <source>Scores {low}–{high}, step {step}; “—” is no score. Enter saves, Esc closes.</source>
        <translation>Ұпайлар: {low}–{high}, қадамы {step}; «—» — ұпай қойылмаған. Enter — сақтау, Esc — жабу.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="109"/>
        <source>Scores:</source>
        <translation>Ұпайлар:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/page.py" line="57"/>
        <source>Search (Ctrl+F): any part of the name or place</source>
        <translation>Іздеу (Ctrl+F): атауының не өтетін орнының кез келген бөлігі</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="212"/>
        <location filename="../../ui/tournaments/break_tab.py" line="306"/>
        <source>Seed</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="303"/>
        <source>Seeds meet 1 v N, 2 v N−1…; the higher seed is the government. Record only the winner, or a full ballot.</source>
        <translation>Жұптар рейтинг бойынша құрылады: 1 — N, 2 — N−1…; рейтингі жоғары команда — үкімет. Тек жеңімпазды немесе толық бюллетеньді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="176"/>
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/motion_dialog.py" line="28"/>
        <source>Shown on the draw sheet, the ballots and the projector. An empty motion removes it.</source>
        <translation>Жеребе парағында, бағалау парақтарында және проекторда көрсетіледі. Бос тақырып оны өшіреді.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="101"/>
        <source>Speaker</source>
        <translation>Спикер</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="127"/>
        <source>Speaker &amp;1:</source>
        <translation>&amp;1-спикер:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="128"/>
        <source>Speaker &amp;2:</source>
        <translation>&amp;2-спикер:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="140"/>
        <source>Speaker 1</source>
        <translation>1-спикер</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="141"/>
        <source>Speaker 2</source>
        <translation>2-спикер</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="168"/>
        <source>Speaker s&amp;cores:</source>
        <translation>Спикер &amp;ұпайлары:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="167"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="190"/>
        <source>Speakers</source>
        <translation>Спикерлер</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="142"/>
        <source>Speakers&apos; c&amp;ategories:</source>
        <translation>Спи&amp;керлер санаттары:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="190"/>
        <location filename="../../ui/tournaments/view.py" line="180"/>
        <source>Standings</source>
        <translation>Турнирлік кесте</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="66"/>
        <source>Standings after the qualifying rounds · {league}</source>
        <translation>Іріктеу раундтарынан кейінгі кесте · {league}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="298"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="52"/>
        <source>Sum of margins</source>
        <translation>Ұпай айырмаларының қосындысы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="264"/>
        <source>Swap sides</source>
        <translation>Тараптарды ауыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="265"/>
        <source>Swap the selected teams</source>
        <translation>Таңдалған командаларды ауыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="130"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Кестелер (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="177"/>
        <source>Take back</source>
        <translation>Қайтарып алу</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="159"/>
        <location filename="../../ui/tournaments/break_tab.py" line="212"/>
        <location filename="../../ui/tournaments/break_tab.py" line="240"/>
        <location filename="../../ui/tournaments/break_tab.py" line="306"/>
        <location filename="../../ui/tournaments/projector.py" line="68"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="96"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="101"/>
        <location filename="../../ui/tournaments/team_dialogs.py" line="163"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="140"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="166"/>
        <location filename="../../ui/tournaments/view.py" line="179"/>
        <source>Teams</source>
        <translation>Командалар</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="153"/>
        <source>Teams — {counts}</source>
        <translation>Командалар — {counts}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="136"/>
        <source>Teams: {count}</source>
        <translation>Командалар: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="253"/>
        <source>Teams: {summary}</source>
        <translation>Командалар: {summary}</translation>
    </message>
    <message>
        <source>The award list is empty: there are no results yet.</source>
        <translation type="vanished">Марапаттау тізімі бос: әзірге нәтижелер жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="275"/>
        <source>The best teams of each category that are not in the open break; provisional until the open break is confirmed.</source>
        <translation>Әр санаттың ашық плей-оффқа өтпеген үздік командалары; ашық плей-офф бекітілгенге дейін алдын ала.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="278"/>
        <source>The best teams of each category that are not in the open break; tied teams share a place.</source>
        <translation>Әр санаттың ашық плей-оффқа өтпеген үздік командалары; тең командалар бір орынды бөліседі.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="332"/>
        <source>The break is already confirmed. Confirm it again from the standings?</source>
        <translation>Плей-оффқа шығатын командалар расталып қойған. Қазіргі турнирлік кесте бойынша қайта растау керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="270"/>
        <source>The code printed on a ballot (e.g. R2-K-07); Enter opens that debate&apos;s ballot.</source>
        <translation>Бағалау парағында басылған код (мысалы, R2-K-07); Enter сол дебаттың парағын ашады.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="125"/>
        <source>The file draws {rounds} differently from the draw saved. Replace the saved draw?</source>
        <translation>Файлда {rounds} сақталған жеребеден басқаша. Сақталған жеребені ауыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="285"/>
        <source>The final is drawn</source>
        <translation>Финалдың жеребесі тартылды</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/certificates.py" line="49"/>
        <source>The preview&apos;s kind; each award is printed as its own kind.</source>
        <translation>Алдын ала қарауға арналған түрі; әр марапат өз түрімен басылады.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="286"/>
        <source>The same seed gives the same random first round.</source>
        <translation>Кілт бірдей болса, бірінші раундтың кездейсоқ жеребесі де бірдей болады.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="276"/>
        <source>The tournament&apos;s rooms, given out to new draws in order; a league keeps its rooms from round to round</source>
        <translation>Турнир аудиториялары, жаңа жеребелерге ретімен беріледі; лига аудиторияларын раундтан раундқа сақтайды</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="260"/>
        <source>The winner has fewer speaker points (allowed in this tournament).</source>
        <translation>Жеңімпаздың спикер ұпайлары аз (бұл турнирде рұқсат етілген).</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="262"/>
        <source>The winner has fewer speaker points: this tournament does not allow a low-point win. Check the winner and the scores.</source>
        <translation>Жеңімпаздың спикер ұпайлары аз: бұл турнирде аз ұпаймен жеңуге рұқсат жоқ. Жеңімпаз бен ұпайларды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="65"/>
        <source>These teams are tied at the cut and no tie-break separates them. Choose the {places} that break, best seed first, and write why (for example, the rule of your tournament&apos;s regulations).</source>
        <translation>Бұл командалардың плей-офф шегінде көрсеткіштері тең және оларды ешбір қосымша көрсеткіш ажыратпайды. Плей-оффқа шығатын {places} команданы рейтингі жоғарысынан бастап таңдаңыз және себебін жазыңыз (мысалы, турнир ережесінің тиісті тармағы).</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="381"/>
        <source>This change breaks rules of the draw:
{problems}

Keep this change anyway?</source>
        <translation>Бұл өзгеріс жеребе ережелерін бұзады:
{problems}

Өзгерісті бәрібір сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="252"/>
        <source>This tournament has no break (its size is 0).</source>
        <translation>Бұл турнирде плей-офф жоқ (плей-оффқа шығатын командалар саны — 0).</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="257"/>
        <source>Tie at the cut decided: {reason}</source>
        <translation>Плей-офф шегіндегі теңдік шешілді: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="63"/>
        <source>Tied at the cut</source>
        <translation>Плей-офф шегінде көрсеткіштер тең</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="264"/>
        <source>Tied at the cut for {places} place(s): {teams}. The organisers choose when they confirm the break.</source>
        <translation>Плей-офф шегінде көрсеткіштер тең (бос орын саны: {places}): {teams}. Ұйымдастырушылар плей-офф іріктеуін растаған кезде таңдау жасайды.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="102"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="49"/>
        <source>Total speaker points</source>
        <translation>Спикер ұпайларының қосындысы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="255"/>
        <source>Total: {points}</source>
        <translation>Барлығы: {points}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="274"/>
        <source>Tournament settings</source>
        <translation>Турнир баптаулары</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="122"/>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="234"/>
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="50"/>
        <source>Who beat whom (two tied teams)</source>
        <translation>Өзара ойын нәтижесі (көрсеткіштері тең екі команда)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="291"/>
        <source>Why is the ballot corrected?</source>
        <translation>Бюллетень неге түзетілді?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="297"/>
        <location filename="../../ui/tournaments/break_tab.py" line="244"/>
        <source>Winner</source>
        <translation>Жеңімпаз</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="48"/>
        <location filename="../../ui/tournaments/common.py" line="58"/>
        <location filename="../../ui/tournaments/projector.py" line="68"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="97"/>
        <source>Wins</source>
        <translation>Жеңістер</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="234"/>
        <source>Withdraw adjudicator {name}?</source>
        <translation>{name} төрешіні турнирден шығару керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="204"/>
        <source>Withdraw team {team} from the tournament?</source>
        <translation>{team} командасын турнирден шығару керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="165"/>
        <source>Withdraw the adjudicator: they leave the panels of debates without a result</source>
        <translation>Төрешіні шығару: ол нәтижесі жоқ ойындардың төрешілер құрамынан шығарылады</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="332"/>
        <source>Write why the ballot is corrected.</source>
        <translation>Бюллетень неге түзетілгенін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="113"/>
        <source>Write why these teams break.</source>
        <translation>Неге дәл осы командалар плей-оффқа шығатынын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="263"/>
        <source>a final</source>
        <translation>тек финал</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="268"/>
        <source>a partial first round, then a bracket</source>
        <translation>алдымен толық емес бірінші раунд, содан кейін турнир торы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="281"/>
        <source>a winner may have fewer speaker points than the loser</source>
        <translation>жеңімпаздың спикер ұпайлары жеңілген командадан аз болуы мүмкін</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="205"/>
        <source>any league</source>
        <translation>кез келген лига</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="91"/>
        <source>as the team</source>
        <translation>командасындай</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="283"/>
        <source>average points per round spoken</source>
        <translation>сөйлеген раундтардағы орташа ұпай бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="60"/>
        <source>bye (a win)</source>
        <translation>қарсылассыз өту (жеңіс)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="299"/>
        <source>corrected</source>
        <translation>түзетілген</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="299"/>
        <source>current</source>
        <translation>күшінде</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="288"/>
        <source>elimination rounds</source>
        <translation>плей-офф раундтары</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="233"/>
        <source>goes through</source>
        <translation>келесі раундқа өтеді</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="263"/>
        <source>no elimination rounds</source>
        <translation>плей-офф болмайды</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="266"/>
        <source>octofinals to the final</source>
        <translation>1/8 финалдан финалға дейін</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="284"/>
        <source>one speaker may give both speeches of a team short of a speaker</source>
        <translation>спикері жетпейтін команданың екі сөзін бір спикер айта алады</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="279"/>
        <source>or your own leagues, comma-separated</source>
        <translation>немесе өз лигаларыңыз, үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="287"/>
        <source>qualifying rounds</source>
        <translation>іріктеу раундтары</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="265"/>
        <source>quarterfinals, semifinals and a final</source>
        <translation>ширек финал, жартылай финал және финал</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="285"/>
        <source>record only the winner (no speaker points)</source>
        <translation>тек жеңімпазды енгізу (спикер ұпайларынсыз)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="123"/>
        <source>round {round} ({league})</source>
        <translation>{round}-раунд ({league})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="285"/>
        <source>rounds spoken (0: every speaker is ranked)</source>
        <translation>раундтан бастап (0: барлық спикер орналастырылады)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="264"/>
        <source>semifinals and a final</source>
        <translation>жартылай финал және финал</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="169"/>
        <source>speaker {number}:</source>
        <translation>{number}-спикер:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="154"/>
        <source>speakers by average points</source>
        <translation>спикерлер — орташа ұпай бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="153"/>
        <source>speakers by total points</source>
        <translation>спикерлер — ұпайлар қосындысы бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="280"/>
        <source>step</source>
        <translation>қадамы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="289"/>
        <source>teams of each category (novice, junior) not in the open break; 0: none</source>
        <translation>ашық плей-оффқа өтпеген әр санаттың (бастаушы, кіші) командалары; 0: жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="282"/>
        <source>total points over the qualifying rounds</source>
        <translation>іріктеу раундтарындағы ұпайлар қосындысы бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="286"/>
        <source>won by forfeit: the other team did not come (no speeches)</source>
        <translation>қарсылас келмегендіктен жеңіс (сөз сөйленбеді)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="252"/>
        <source>{count} bye</source>
        <translation>қарсылассыз өту: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="137"/>
        <source>{count} certificates</source>
        <translation>Сертификаттар саны: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="44"/>
        <source>{created} new, {updated} updated, {unchanged} unchanged; {people} people added to the register.</source>
        <translation>жаңа — {created}, жаңартылған — {updated}, өзгеріссіз — {unchanged}; тізілімге қосылған адамдар: {people}.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="249"/>
        <source>{debates} debates, {done} with a result</source>
        <translation>Ойындар: {debates}, нәтижесі бары: {done}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="139"/>
        <source>{league}, round {round}: {debates} debates</source>
        <translation>{league}, {round}-раунд: {debates} дебат</translation>
    </message>
    <message>
        <source>{league}: teams ranked by {order}; {rule}. “=” marks a shared place.</source>
        <translation type="vanished">{league}: командалар мына көрсеткіштер бойынша сараланады: {order}; {rule}. «=» — ортақ орын.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="156"/>
        <source>{league}: teams ranked by {order}; {rule}. “=” marks a shared place; “*” a speaker&apos;s own average credited for a bye or a forfeit win.</source>
        <translation>{league}: командалар {order} бойынша сараланады; {rule}. «=» ортақ орынды білдіреді; «*» — бос айналым не қарсыластың келмеуі үшін есептелген спикердің өз орташа ұпайы.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="145"/>
        <source>{page} of {pages} · ← → PageUp PageDown: pages · Esc: leave</source>
        <translation>{page} / {pages} · ← → PageUp PageDown: беттер · Esc: шығу</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="66"/>
        <source>{team} won</source>
        <translation>{team} жеңді</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="65"/>
        <source>{team} won by forfeit</source>
        <translation>{team} қарсылас келмегендіктен жеңді</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="227"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="213"/>
        <source>— bye —</source>
        <translation>— қарсыласы жоқ —</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="173"/>
        <source>← Tournaments</source>
        <translation>← Турнирлер</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/validation/fields.py" line="74"/>
        <source>A date is required (DD.MM.YYYY).</source>
        <translation>Күнін көрсетіңіз (КК.АА.ЖЖЖЖ).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="180"/>
        <source>A number is required.</source>
        <translation>Санды көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="206"/>
        <source>A phone number is required.</source>
        <translation>Телефон нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="197"/>
        <source>A value is required here.</source>
        <translation>Бұл жерге мән енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/people/forms.py" line="37"/>
        <source>Choose who gave the consent.</source>
        <translation>Келісімді кім бергенін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="113"/>
        <source>The IIN is empty; it must have 12 digits.</source>
        <translation>ЖСН көрсетілмеген; ол 12 цифрдан тұруы керек.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="118"/>
        <source>The IIN “{text}” has {count} digits; it must have exactly 12.</source>
        <translation>«{text}» ЖСН {count} цифрдан тұрады; ол дәл 12 цифрдан тұруы керек.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="86"/>
        <source>The IIN “{text}” is not valid: its 7th digit is {digit}, but it must be 1–6 (century and sex).</source>
        <translation>«{text}» ЖСН жарамсыз: оның жетінші цифры — {digit}, ал ол 1–6 аралығында болуы керек (ғасыр мен жыныс).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="94"/>
        <source>The IIN “{text}” is not valid: its first six digits ({yymmdd}) are not a real birth date (YYMMDD).</source>
        <translation>«{text}» ЖСН жарамсыз: алғашқы алты цифры ({yymmdd}) нақты туған күнге сәйкес келмейді (ЖЖААКК).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="127"/>
        <source>The IIN “{text}” is not valid: no check digit is possible for its first 11 digits. Check that it was typed correctly.</source>
        <translation>«{text}» ЖСН жарамсыз: алғашқы 11 цифры үшін бақылау цифрын есептеу мүмкін емес. ЖСН дұрыс терілгенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="132"/>
        <source>The IIN “{text}” is not valid: the check digit (last digit) is wrong. Check that it was typed correctly.</source>
        <translation>«{text}» ЖСН жарамсыз: бақылау цифры (соңғы цифр) қате. ЖСН дұрыс терілгенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="115"/>
        <source>The IIN “{text}” must contain only digits (12 digits).</source>
        <translation>«{text}» ЖСН тек цифрлардан тұруы керек (12 цифр).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="120"/>
        <source>The birth date {date} gives an age of {age} years; at most {limit} is possible.</source>
        <translation>Туған күні {date} болса, жасы {age} болып шығады, ал ол {limit} жастан аспауы керек. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="116"/>
        <source>The birth date {date} is before 1900.</source>
        <translation>Туған күні ({date}) 1900 жылдан бұрын. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="113"/>
        <source>The birth date {date} is in the future.</source>
        <translation>Туған күні ({date}) әлі келмеген. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="188"/>
        <source>The birth date {typed} does not agree with the IIN {iin}, which gives {from_iin}.</source>
        <translation>Көрсетілген туған күн ({typed}) ЖСН деректерімен сәйкес емес: {iin} ЖСН бойынша туған күн — {from_iin}.</translation>
    </message>
    <message>
        <location filename="../../app/people/forms.py" line="34"/>
        <source>The consent date is in the future.</source>
        <translation>Келісім күні әлі келмеген.</translation>
    </message>
    <message>
        <location filename="../../app/validation/typed_dates.py" line="108"/>
        <source>The date “{text}” does not exist: month {month} of {year} has {days} days.</source>
        <translation>«{text}» деген күн жоқ: {year} жылдың {month}-айында {days} күн бар.</translation>
    </message>
    <message>
        <location filename="../../app/tables/values.py" line="58"/>
        <location filename="../../app/validation/fields.py" line="88"/>
        <source>The date “{text}” does not exist: there is no such day in that month (check the day and the month).</source>
        <translation>«{text}» деген күн жоқ: ол айда мұндай күн болмайды (күн мен айды тексеріңіз).</translation>
    </message>
    <message>
        <location filename="../../app/validation/typed_dates.py" line="99"/>
        <source>The date “{text}” has no month {month}: months go from 01 to 12.</source>
        <translation>«{text}» күнінде {month} деген ай жоқ: айлар 01-ден 12-ге дейін.</translation>
    </message>
    <message>
        <location filename="../../app/validation/typed_dates.py" line="103"/>
        <source>The date “{text}” has the year {year}; write a year from {first} to {last}.</source>
        <translation>«{text}» күнінде жыл {year}; {first} бен {last} аралығындағы жылды жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="147"/>
        <source>The end date is before the start date.</source>
        <translation>Аяқталу күні басталу күнінен бұрын.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="130"/>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>Аяқталу күні ({end}) басталу күнінен ({start}) бұрын. Күндерді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="193"/>
        <source>The number {value} is too large: it must be at most {maximum}.</source>
        <translation>{value} саны тым үлкен: ол {maximum} санынан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="189"/>
        <source>The number {value} is too small: it must be at least {minimum}.</source>
        <translation>{value} саны тым кіші: ол кемінде {minimum} болуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="221"/>
        <source>The phone number “{text}” must have 10 digits after +7 or 8, for example +7 701 234 56 78.</source>
        <translation>«{text}» телефон нөмірінде +7 немесе 8 цифрынан кейін 10 цифр болуы керек, мысалы: +7 701 234 56 78.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="214"/>
        <source>The region is required.</source>
        <translation>Облысты көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="147"/>
        <source>The sex is required (M or F).</source>
        <translation>Жынысын көрсетіңіз (ер немесе әйел).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="195"/>
        <source>The sex “{typed}” does not agree with the IIN {iin}, which gives “{from_iin}”.</source>
        <translation>Көрсетілген жыныс («{typed}») ЖСН деректерімен сәйкес емес: {iin} ЖСН бойынша жынысы — «{from_iin}».</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="74"/>
        <location filename="../../app/validation/fields.py" line="139"/>
        <source>This field must be filled in.</source>
        <translation>Бұл өрісті толтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="217"/>
        <source>Unknown region “{text}”: give one of the 17 regions or the cities Astana, Almaty, Shymkent, by name or by code (for example KZ-75).</source>
        <translation>«{text}» деген облыс белгісіз: 17 облыстың бірін немесе Астана, Алматы, Шымкент қалаларының бірін атауымен не кодымен көрсетіңіз (мысалы, KZ-75).</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="35"/>
        <source>Unknown {what}: {value}</source>
        <translation>Белгісіз мән ({what}): {value}</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="51"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="89"/>
        <source>format</source>
        <translation>өткізу түрі</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="40"/>
        <source>language</source>
        <translation>тіл</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="51"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="81"/>
        <location filename="../../app/validation/typed_dates.py" line="28"/>
        <source>“{text}” is not a date; write it as DD.MM.YYYY, for example 25.05.2024.</source>
        <translation>«{text}» күн ретінде танылмады; күнді КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы: 25.05.2024.</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="158"/>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» — сан емес.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="208"/>
        <source>“{text}” is not a phone number: use only digits, spaces, +, -, ( ).</source>
        <translation>«{text}» телефон нөмірі емес: тек цифрларды, бос орындарды және +, -, ( ) таңбаларын пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="151"/>
        <source>“{text}” is not a sex; write M or F (ер / әйел, м / ж).</source>
        <translation>«{text}» жынысты білдірмейді; «ер» немесе «әйел» деп жазыңыз (е / ә, M / F).</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="54"/>
        <source>“{text}” is not a time; write it as HH:MM, for example 09:30.</source>
        <translation>«{text}» — уақыт емес; оны СС:ММ түрінде жазыңыз, мысалы 09:30.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="186"/>
        <source>“{text}” is not a whole number.</source>
        <translation>«{text}» бүтін сан емес. Бүтін санды енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="93"/>
        <location filename="../../app/aid/passport.py" line="114"/>
        <location filename="../../app/events/appointments.py" line="61"/>
        <location filename="../../app/events/attendance.py" line="51"/>
        <location filename="../../app/people/qualifications.py" line="29"/>
        <location filename="../../app/reference.py" line="200"/>
        <source>“{text}” is not in the list of allowed values ({allowed}).</source>
        <translation>«{text}» рұқсат етілген мәндер тізімінде жоқ. Мына мәндердің бірін көрсетіңіз: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/people/records.py" line="47"/>
        <source>“{text}” looks like a spreadsheet formula, not a name: type the name itself.</source>
        <translation>«{text}» есім емес, электрондық кестенің формуласына ұқсайды: есімнің өзін жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../ui/aid/common.py" line="71"/>
        <location filename="../../ui/common/widgets.py" line="31"/>
        <location filename="../../ui/events/page.py" line="73"/>
        <location filename="../../ui/events/page.py" line="74"/>
        <location filename="../../ui/events/page.py" line="78"/>
        <location filename="../../ui/events/page.py" line="92"/>
        <location filename="../../ui/events/page.py" line="101"/>
        <source>— any —</source>
        <translation>— барлығы —</translation>
    </message>
</context>
</TS>
