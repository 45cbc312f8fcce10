<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="36"/>
        <source>About Tirkeu</source>
        <translation>О программе Tirkeu</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="47"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>Copy details</source>
        <translation>Копировать сведения</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="23"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="24"/>
        <source>Database size</source>
        <translation>Размер базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="26"/>
        <source>Installation id</source>
        <translation>Идентификатор установки</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="27"/>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="25"/>
        <source>Schema version</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="43"/>
        <source>Tirkeu: events, participants and aid for school coordinators. Works without the internet.</source>
        <translation>Tirkeu — учёт мероприятий, участников и помощи для школьных координаторов. Работает без интернета.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="22"/>
        <source>Version</source>
        <translation>Версия</translation>
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
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="50"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="90"/>
        <source>&amp;Family categories:</source>
        <translation>&amp;Категории семьи:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="79"/>
        <source>&amp;Find in people:</source>
        <translation>Н&amp;айти в списке людей:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="45"/>
        <source>&amp;Item:</source>
        <translation>&amp;Вид помощи:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="46"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="52"/>
        <source>&amp;Status:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="48"/>
        <source>&amp;Value, tenge:</source>
        <translation>&amp;Стоимость, тенге:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="96"/>
        <source>&amp;What the child needs:</source>
        <translation>&amp;Что нужно ребёнку:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="122"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="152"/>
        <source>A registered child: type a name or IIN</source>
        <translation>Зарегистрированный ребёнок: введите ФИО или ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="68"/>
        <source>Add aid</source>
        <translation>Добавить помощь</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="119"/>
        <source>Add aid to a child…</source>
        <translation>Добавить помощь ребёнку…</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="164"/>
        <source>Add aid…</source>
        <translation>Добавить помощь…</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="185"/>
        <source>Adding aid saves the child first.</source>
        <translation>При добавлении помощи сначала сохраняется карточка ребёнка.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="68"/>
        <source>Aid</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="137"/>
        <source>Aid already given this year</source>
        <translation>Помощь в этом году уже есть</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="163"/>
        <location filename="../../ui/aid/page.py" line="111"/>
        <location filename="../../ui/aid/page.py" line="215"/>
        <source>Aid given</source>
        <translation>Оказанная помощь</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="120"/>
        <source>Aid is added in the child&apos;s form: find the child first.</source>
        <translation>Помощь добавляется в карточке ребёнка: сначала найдите ребёнка.</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="58"/>
        <source>Aid records</source>
        <translation>Записей о помощи</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="59"/>
        <source>Aid total</source>
        <translation>Сумма помощи</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="51"/>
        <source>All family categories</source>
        <translation>Все категории семей</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="116"/>
        <source>All items</source>
        <translation>Все виды помощи</translation>
    </message>
    <message>
        <location filename="../../ui/aid/common.py" line="65"/>
        <source>All pupils</source>
        <translation>Все учащиеся</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="44"/>
        <location filename="../../ui/aid/page.py" line="52"/>
        <source>All schools</source>
        <translation>Все школы</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="107"/>
        <location filename="../../ui/aid/page.py" line="117"/>
        <source>All sponsors</source>
        <translation>Все спонсоры</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="114"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="108"/>
        <location filename="../../ui/aid/page.py" line="118"/>
        <location filename="../../ui/aid/sponsors.py" line="49"/>
        <location filename="../../ui/aid/sponsors.py" line="67"/>
        <location filename="../../ui/aid/sponsors.py" line="77"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location filename="../../app/aid/forms.py" line="102"/>
        <source>Another person already has the IIN {iin}: {name}.</source>
        <translation>ИИН {iin} уже есть у другого человека: {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="66"/>
        <source>Campaign &amp;year:</source>
        <translation>&amp;Год кампании:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="127"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="84"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="149"/>
        <source>Child in the data bank</source>
        <translation>Ребёнок в банке данных</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="215"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="68"/>
        <source>Children are counted once per sponsor however many items they got. Items and tenge include aid not yet delivered.</source>
        <translation>У каждого спонсора ребёнок учитывается один раз, сколько бы предметов он ни получил. Предметы и суммы в тенге включают ещё не выданную помощь.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="71"/>
        <source>Children helped</source>
        <translation>Охвачено детей</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="47"/>
        <source>Children in need of aid</source>
        <translation>Дети, нуждающиеся в помощи</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="89"/>
        <location filename="../../ui/aid/dialog.py" line="168"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="72"/>
        <source>Delivered records</source>
        <translation>Выдано (записей)</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="186"/>
        <source>Double-click a line to change it.</source>
        <translation>Чтобы изменить строку, дважды щёлкните её.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="127"/>
        <source>Entered total</source>
        <translation>Введённый итог</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="54"/>
        <source>Family categories</source>
        <translation>Категории семьи</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="127"/>
        <source>From records</source>
        <translation>По записям</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="92"/>
        <source>G&amp;uardian:</source>
        <translation>Оп&amp;екун:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="93"/>
        <source>Gua&amp;rdian&apos;s phone:</source>
        <translation>&amp;Телефон опекуна:</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="56"/>
        <source>Guardian</source>
        <translation>Опекун</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="57"/>
        <source>Guardian&apos;s phone</source>
        <translation>Телефон опекуна</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="56"/>
        <source>Helped or not</source>
        <translation>Помощь: все</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="61"/>
        <source>Helped: at least one aid record delivered</source>
        <translation>Помощь оказана: хотя бы одна запись о помощи в статусе «выдано»</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="57"/>
        <source>Helped: no</source>
        <translation>Помощь оказана: нет</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="56"/>
        <source>Helped: yes</source>
        <translation>Помощь оказана: да</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="98"/>
        <source>I&amp;dentified on:</source>
        <translation>Дата &amp;выявления:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="89"/>
        <source>In all — sponsors: {sponsors}, items: {items}, total: {total}</source>
        <translation>Итого — спонсоров: {sponsors}, предметов: {items}, сумма: {total}</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="85"/>
        <location filename="../../ui/aid/dialog.py" line="168"/>
        <source>Item</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="71"/>
        <source>Items</source>
        <translation>Предметов</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="61"/>
        <source>Latest status</source>
        <translation>Последний статус</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="53"/>
        <location filename="../../ui/aid/dialog.py" line="100"/>
        <source>N&amp;otes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="150"/>
        <source>New child in the data bank</source>
        <translation>Новый ребёнок в банке данных</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="153"/>
        <source>New child instead</source>
        <translation>Вместо этого новый ребёнок</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="73"/>
        <location filename="../../ui/aid/aid_dialog.py" line="78"/>
        <source>New sponsor…</source>
        <translation>Новый спонсор…</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="165"/>
        <source>Next status</source>
        <translation>Следующий статус</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="128"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="86"/>
        <location filename="../../ui/aid/dialog.py" line="168"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="184"/>
        <source>Registered: {name}</source>
        <translation>Зарегистрирован(а): {name}</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="49"/>
        <source>S&amp;ponsor:</source>
        <translation>С&amp;понсор:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="123"/>
        <source>Save the totals</source>
        <translation>Сохранить итоги</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="141"/>
        <source>Save the totals you typed first?</source>
        <translation>Сначала сохранить введённые итоги?</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="121"/>
        <source>Sc&amp;hool:</source>
        <translation>&amp;Школа:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="128"/>
        <source>Shown</source>
        <translation>Отображается</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="216"/>
        <location filename="../../ui/aid/passport.py" line="120"/>
        <location filename="../../ui/aid/passport.py" line="140"/>
        <source>Social passport</source>
        <translation>Социальный паспорт</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="88"/>
        <location filename="../../ui/aid/dialog.py" line="169"/>
        <location filename="../../ui/aid/sponsors.py" line="71"/>
        <source>Sponsor</source>
        <translation>Спонсор</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="215"/>
        <location filename="../../ui/aid/sponsors.py" line="65"/>
        <source>Sponsors</source>
        <translation>Спонсоры</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="90"/>
        <location filename="../../ui/aid/dialog.py" line="169"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/aid/forms.py" line="31"/>
        <location filename="../../app/aid/given.py" line="66"/>
        <location filename="../../app/aid/passport.py" line="127"/>
        <source>The chosen record no longer exists; choose again.</source>
        <translation>Выбранной записи больше нет; выберите заново.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="72"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="87"/>
        <location filename="../../ui/aid/dialog.py" line="168"/>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="28"/>
        <source>approved</source>
        <translation>одобрено</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="29"/>
        <source>delivered</source>
        <translation>выдано</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="70"/>
        <source>for example: 25 000</source>
        <translation>например: 25 000</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="27"/>
        <source>identified</source>
        <translation>выявлено</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="166"/>
        <source>identified → approved → delivered</source>
        <translation>выявлено → одобрено → выдано</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="128"/>
        <source>{child} already has aid in the {year} campaign:
{aid}

Add this aid as well?</source>
        <translation>{child} уже получает помощь в кампании {year} года:
{aid}

Добавить и эту помощь?</translation>
    </message>
    <message>
        <location filename="../../app/aid/passport.py" line="40"/>
        <source>{n} fewer than the children entered by name: check the total.</source>
        <translation>На {n} меньше, чем детей, внесённых поимённо: проверьте итог.</translation>
    </message>
    <message>
        <location filename="../../app/aid/passport.py" line="39"/>
        <source>{n} more than the children entered by name.</source>
        <translation>На {n} больше, чем детей, внесённых поимённо.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="124"/>
        <source>“From records” counts the children entered by name. Type the school&apos;s own total where it knows more; leave “—” to use the records.</source>
        <translation>«По записям» — число детей, внесённых поимённо. Если у школы более полные сведения, введите её итог; оставьте «—», чтобы использовать записи.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../app/backup.py" line="216"/>
        <source>Cannot restore {path}: {error}. The database was not changed; a copy of it is at {safety}.</source>
        <translation>Не удалось восстановить данные из копии {path}: {error}. База данных не изменена; её копия сохранена: {safety}.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="77"/>
        <location filename="../../app/backup.py" line="97"/>
        <source>Cannot write the backup to {path}: {error}. Check the disk has free space and is writable.</source>
        <translation>Не удалось записать резервную копию в {path}: {error}. Проверьте, что на диске есть свободное место и запись на него разрешена.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="71"/>
        <source>The backup copy failed its check; the original is unchanged.</source>
        <translation>Резервная копия не прошла проверку; исходная база данных не изменена. Повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="172"/>
        <source>{path} is not a readable Tirkeu backup: {error}</source>
        <translation>Файл {path} не является читаемой резервной копией Tirkeu: {error}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../app/cli/commands.py" line="74"/>
        <source>  row {row}: {reason}</source>
        <translation>  строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="83"/>
        <source>  tied at the cut for {places} place(s): {teams} — choose with --confirm --choose TEAM --reason TEXT</source>
        <translation>  равные показатели на границе плей-офф (свободных мест: {places}): {teams} — выберите с помощью --confirm --choose TEAM --reason TEXT</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="76"/>
        <source>  … and {n} more in the errors file.</source>
        <translation>  … и ещё {n} в файле ошибок.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="82"/>
        <source>, encrypted to the office</source>
        <translation>, зашифрован для управления</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="164"/>
        <source>Adjudicators</source>
        <translation>Судьи</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="269"/>
        <source>Adjudicators registered: {names}.</source>
        <translation>Зарегистрированы судьи: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="126"/>
        <source>Age group</source>
        <translation>Возрастная категория</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="111"/>
        <source>Backup written to {path}.</source>
        <translation>Резервная копия сохранена: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="80"/>
        <source>Bundle {sequence} written to {path}: {records} records{enc}.</source>
        <translation>Пакет № {sequence} записан в {path}. Записей: {records}{enc}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="148"/>
        <source>Certificate {old} is cancelled; {new} is issued to {name}. Print it with “certificates reprint {new} --out FILE.pdf”.</source>
        <translation>Сертификат {old} аннулирован; выдан сертификат {new}, получатель: {name}. Напечатайте его командой «certificates reprint {new} --out FILE.pdf».</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="136"/>
        <source>Certificate {serial} ({name}) is cancelled.</source>
        <translation>Сертификат {serial} ({name}) аннулирован.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="86"/>
        <source>Choose the kind of certificate with --kind.</source>
        <translation>Выберите вид сертификата с помощью --kind.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="52"/>
        <source>Demo data added: {counts}.</source>
        <translation>Добавлены демонстрационные данные: {counts}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_commands.py" line="53"/>
        <source>Give --out FILE.xlsx|FILE.pdf|FILE.csv, or --json.</source>
        <translation>Укажите --out FILE.xlsx|FILE.pdf|FILE.csv или --json.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="145"/>
        <source>Identity card written to {path}; key fingerprint {fp}.</source>
        <translation>Карточка установки записана в {path}; отпечаток ключа: {fp}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_commands.py" line="69"/>
        <source>Indicators for {period}, {scope}: {met} met, {not_met} not met, {other} not judged. Written to {files}.</source>
        <translation>Показатели ({period}, {scope}): выполнено — {met}, не выполнено — {not_met}, без оценки — {other}. Записано в {files}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="107"/>
        <source>Missing from {name}: bundle(s) {numbers}.</source>
        <translation>{name}: не хватает пакетов № {numbers}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="122"/>
        <source>Moved {total} rows in {tables} tables to {address}; the counts match. The file {path} is kept unchanged: from now on open the server with --db {address}.</source>
        <translation>Перенесено {total} строк из {tables} таблиц в {address}; количества совпадают. Файл {path} оставлен без изменений: теперь открывайте сервер с --db {address}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="95"/>
        <source>No bundle files (*.tirkeu) were found there.</source>
        <translation>По указанному пути файлы пакетов (*.tirkeu) не найдены.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="307"/>
        <source>No motion is set for this round.</source>
        <translation>Тема этого раунда не задана.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="126"/>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="210"/>
        <source>Only an office has an age identity (schools encrypt to their office).</source>
        <translation>Ключ расшифровки age есть только у управления (школы шифруют пакеты для своего управления).</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="127"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="249"/>
        <source>Results: {entered} entered, {corrected} corrected, {unchanged} unchanged.</source>
        <translation>Результаты: внесено — {entered}, исправлено — {corrected}, без изменений — {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="181"/>
        <source>Revoked {name}: its bundles will be refused.</source>
        <translation>Ключ установки {name} отозван: её пакеты будут отклоняться.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="155"/>
        <location filename="../../app/cli/tournament_commands.py" line="368"/>
        <location filename="../../app/cli/tournament_commands.py" line="381"/>
        <location filename="../../app/cli/tournament_commands.py" line="392"/>
        <location filename="../../app/cli/tournament_result_commands.py" line="145"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="131"/>
        <source>Saved: {name}, rating {rating}.</source>
        <translation>Сохранено: {name}, рейтинг {rating}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="122"/>
        <source>Saved: {team} won.</source>
        <translation>Сохранено: победила команда {team}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="39"/>
        <source>Set up {name} ({role}, {region}) in {path}. Installation {id}, key fingerprint {fp}.</source>
        <translation>Установка выполнена: {name} ({role}, {region}), база данных: {path}. Идентификатор установки: {id}, отпечаток ключа: {fp}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="105"/>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="101"/>
        <source>The database has {n} problems; restore it from a backup.</source>
        <translation>Найдено ошибок в базе данных: {n}. Восстановите её из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="97"/>
        <source>The database {path} is intact.</source>
        <translation>База данных {path} не повреждена.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="217"/>
        <source>The office&apos;s age identity was written to {path}. Keep it secret.</source>
        <translation>Ключ расшифровки age управления записан в {path}. Храните его в тайне.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="132"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="170"/>
        <source>Trusted {name} ({role}), key fingerprint {fp}.</source>
        <translation>Установка {name} ({role}) добавлена в доверенные; отпечаток ключа: {fp}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="162"/>
        <source>Type the fingerprint&apos;s first 8 characters to trust it: </source>
        <translation>Чтобы доверять, введите первые 8 символов отпечатка: </translation>
    </message>
    <message>
        <location filename="../../app/synth.py" line="73"/>
        <source>Unknown scale {scale}: use school, region or nation.</source>
        <translation>Неизвестный масштаб {scale}: укажите school, region или nation.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="128"/>
        <source>Winners</source>
        <translation>Победители</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="127"/>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="106"/>
        <source>Works: {added} added; {people} people added to the register.</source>
        <translation>Работы: добавлено — {added}; добавлено в реестр людей: {people}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="68"/>
        <source>Write a signatory as POSITION=NAME, e.g. “Director=Seitov B.”.</source>
        <translation>Укажите подписанта в виде ДОЛЖНОСТЬ=ФИО, например «Директор=Сеитов Б.».</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_commands.py" line="92"/>
        <source>Write a target as INDICATOR=VALUE, e.g. “legal_culture.lectures=6”.</source>
        <translation>Укажите целевой показатель в виде ПОКАЗАТЕЛЬ=ЗНАЧЕНИЕ, например «legal_culture.lectures=6».</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="86"/>
        <source>Wrote {count} rows to {path}.</source>
        <translation>Записано строк: {count}. Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="187"/>
        <source>bye</source>
        <translation>без соперника</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="88"/>
        <source>final</source>
        <translation>окончательный</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="263"/>
        <source>loaded</source>
        <translation>загружены</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="78"/>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="88"/>
        <source>provisional</source>
        <translation>предварительный</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="263"/>
        <source>replaced</source>
        <translation>заменены</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="78"/>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="147"/>
        <source>synth needs --db PATH (it never writes into your own database).</source>
        <translation>Для команды synth нужен параметр --db PATH (она никогда не записывает в вашу рабочую базу данных).</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="264"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="271"/>
        <source>warning: {problem}</source>
        <translation>предупреждение: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="167"/>
        <source>{ask} Then run again with --fingerprint &quot;{fp}&quot;. Nothing was trusted.</source>
        <translation>{ask} Затем запустите снова с --fingerprint &quot;{fp}&quot;. Ничему не оказано доверие.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="95"/>
        <location filename="../../app/cli/certificate_commands.py" line="161"/>
        <source>{count} certificates written to {path} ({new} new, {again} printed again).</source>
        <translation>Записано сертификатов: {count} (новых — {new}, напечатанных повторно — {again}). Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="170"/>
        <source>{count} teams carried into the next stage.</source>
        <translation>Перенесено команд на следующий этап: {count}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="100"/>
        <source>{file}: {status} — created {created}, updated {updated}, unchanged {unchanged}, ignored {ignored}, rejected {rejected}, conflicts {conflicts}.</source>
        <translation>{file}: {status} — создано: {created}, обновлено: {updated}, без изменений: {unchanged}, пропущено: {ignored}, отклонено: {rejected}, конфликтов: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="192"/>
        <source>{league} R{round} motion: {motion}</source>
        <translation>{league} R{round} тема: {motion}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="266"/>
        <source>{league} round {round}: {debates} debates {outcome}.</source>
        <translation>{league}, раунд {round}: дебатов {debates}, {outcome}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="89"/>
        <source>{league}, {category} break ({state}):</source>
        <translation>{league}, плей-офф: {category} ({state}):</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="219"/>
        <source>{league}: fewer than two teams, not drawn.</source>
        <translation>{league}: меньше двух команд, жеребьёвка не проведена.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="157"/>
        <source>{name} is a {role}: its card decides targets and who can read this installation&apos;s bundles. Its key fingerprint is {fp}. Compare it with the office by phone.</source>
        <translation>{name} — {role}: его карточка определяет целевые значения и то, кто может читать пакеты этой установки. Отпечаток его ключа: {fp}. Сверьте его с управлением по телефону.</translation>
    </message>
    <message>
        <location filename="../../app/synth.py" line="189"/>
        <source>{path} already exists; synth makes a new database.</source>
        <translation>Файл {path} уже существует; synth создаёт только новую базу данных. Укажите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="285"/>
        <source>{path}: {pages} pages, {debates} debates.</source>
        <translation>{path}: страниц — {pages}, дебатов — {debates}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="94"/>
        <source>{what}: {created} new, {updated} updated, {unchanged} unchanged; {people} people added to the register.</source>
        <translation>{what}: новых — {created}, обновлено — {updated}, без изменений — {unchanged}; добавлено в реестр людей: {people}.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../../app/certificates/layout.py" line="57"/>
        <source>A certificate has at most two signatories.</source>
        <translation>У сертификата может быть не более двух подписантов.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="91"/>
        <source>A4 landscape</source>
        <translation>A4, альбомная</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="92"/>
        <source>A4 portrait</source>
        <translation>A4, книжная</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="20"/>
        <source>Above the name</source>
        <translation>Над именем</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="21"/>
        <source>Above the name (a girl or woman)</source>
        <translation>Над именем (для девочки или женщины)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="182"/>
        <source>Accent colour…</source>
        <translation>Дополнительный цвет…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="60"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="61"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="34"/>
        <source>Best speaker diploma</source>
        <translation>Диплом лучшего спикера</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="58"/>
        <location filename="../../ui/certificates/page.py" line="134"/>
        <source>Cancel certificate</source>
        <translation>Аннулировать сертификат</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="135"/>
        <source>Cancel {count} certificate(s)? Verifying them will answer “cancelled”.</source>
        <translation>Аннулировать сертификаты (выбрано: {count})? При проверке будет ответ «аннулирован».</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="93"/>
        <source>Cancelled: certificate {serial} was cancelled by its issuer.</source>
        <translation>Аннулирован: сертификат {serial} аннулирован тем, кто его выдал.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="90"/>
        <source>Cancelled: certificate {serial} was replaced by {newer}.</source>
        <translation>Аннулирован: сертификат {serial} заменён сертификатом {newer}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="36"/>
        <source>Certificate of participation</source>
        <translation>Сертификат участника</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="96"/>
        <source>Certificate {serial} is in the register, but a serial alone proves nothing: give the {n}-character code printed beside the QR code, or scan the QR code.</source>
        <translation>Сертификат {serial} есть в реестре, но один номер ничего не доказывает: введите {n}-значный код, напечатанный рядом с QR-кодом, или отсканируйте QR-код.</translation>
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
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="224"/>
        <source>Choose an event or a person.</source>
        <translation>Выберите мероприятие или человека.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/awards.py" line="45"/>
        <location filename="../../app/certificates/generate.py" line="108"/>
        <source>Choose whom to issue certificates to: an event or a person.</source>
        <translation>Выберите, кому выдать сертификаты: мероприятие или человека.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="95"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="134"/>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="113"/>
        <source>Correct the name</source>
        <translation>Исправление ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="57"/>
        <source>Correct the name…</source>
        <translation>Исправить ФИО…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="31"/>
        <source>Diploma of the 1st degree</source>
        <translation>Диплом I степени</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="32"/>
        <source>Diploma of the 2nd degree</source>
        <translation>Диплом II степени</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="33"/>
        <source>Diploma of the 3rd degree</source>
        <translation>Диплом III степени</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="135"/>
        <source>Edit the texts…</source>
        <translation>Изменить тексты…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="76"/>
        <source>Empty: everyone who attended the event</source>
        <translation>Если пусто — все участники мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="89"/>
        <source>Empty: the template&apos;s text</source>
        <translation>Если пусто — текст шаблона</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="20"/>
        <location filename="../../ui/certificates/dialog.py" line="114"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="73"/>
        <source>Forged: the code does not match certificate {serial} as it was issued.</source>
        <translation>Поддельный: код не совпадает с выданным сертификатом {serial}.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="63"/>
        <source>Generate certificates</source>
        <translation>Создание сертификатов</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="139"/>
        <source>Generate…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="55"/>
        <source>Generate… (Ctrl+N)</source>
        <translation>Создать… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="240"/>
        <location filename="../../ui/certificates/page.py" line="105"/>
        <location filename="../../ui/tournaments/certificates.py" line="63"/>
        <source>Generating certificates…</source>
        <translation>Создание сертификатов…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="100"/>
        <source>Genuine: {serial} issued to {name} on {date} by {issuer}.</source>
        <translation>Подлинный: сертификат {serial} выдан {date}; получатель: {name}; выдал: {issuer}.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="174"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="21"/>
        <source>Issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="19"/>
        <location filename="../../ui/certificates/dialog.py" line="116"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="22"/>
        <location filename="../../ui/certificates/dialog.py" line="117"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="37"/>
        <source>Letter of thanks</source>
        <translation>Благодарственное письмо</translation>
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
        <translation>Основной цвет…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="122"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="35"/>
        <source>Nomination diploma</source>
        <translation>Диплом в номинации</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="115"/>
        <source>One person</source>
        <translation>Один человек</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="258"/>
        <source>Open</source>
        <translation>Открыть</translation>
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
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="45"/>
        <source>Placeholders (type them as they are): {name} the recipient&apos;s name, {reason} the reason or nomination, {event} the event, {date} the date, {place} the place. An empty box brings back the text that came with the program.</source>
        <translation>Подстановки (пишутся как есть): {name} — ФИО получателя, {reason} — основание или номинация, {event} — мероприятие, {date} — дата, {place} — место. Пустое поле возвращает текст, поставляемый с программой.</translation>
    </message>
    <message>
        <source>Placeholders: {name} {reason} {event} {date} {place}. An empty box brings back the text that came with the program.</source>
        <translation type="vanished">Подстановки: {name} {reason} {event} {date} {place}. Пустое поле возвращает текст, поставляемый с программой.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="121"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="56"/>
        <source>Print again…</source>
        <translation>Напечатать повторно…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="24"/>
        <source>Printed</source>
        <translation>Напечатано, раз</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="257"/>
        <location filename="../../ui/certificates/pdf_view.py" line="56"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="24"/>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="24"/>
        <source>Reason (no event)</source>
        <translation>Основание (без мероприятия)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="118"/>
        <source>Reason or nomination</source>
        <translation>Основание или номинация</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="17"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="159"/>
        <source>Recipient&apos;s Name</source>
        <translation>ФИО получателя</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="226"/>
        <location filename="../../ui/tournaments/certificates.py" line="56"/>
        <source>Save certificates</source>
        <translation>Сохранение сертификатов</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="150"/>
        <source>Scan the QR code here, or type the serial and the code printed beside it:</source>
        <translation>Отсканируйте здесь QR-код или введите номер и напечатанный рядом с ним код:</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="16"/>
        <source>Serial</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="126"/>
        <source>Signatory {n}</source>
        <translation>Подписант {n}</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="23"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="19"/>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="137"/>
        <source>Texts</source>
        <translation>Тексты</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="33"/>
        <source>Texts of the certificate</source>
        <translation>Тексты сертификата</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="145"/>
        <location filename="../../app/certificates/register.py" line="159"/>
        <source>The certificate {serial} is already cancelled.</source>
        <translation>Сертификат {serial} уже аннулирован.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="133"/>
        <source>The certificate {serial} is cancelled; it cannot be printed.</source>
        <translation>Сертификат {serial} аннулирован; его нельзя напечатать.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="136"/>
        <source>The certificate {serial} was issued by another installation; only that installation can print it.</source>
        <translation>Сертификат {serial} выдан другой установкой; напечатать его может только она.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="76"/>
        <source>The logo file {path} is a {kind} image; use PNG or JPEG.</source>
        <translation>Файл логотипа {path} — изображение формата {kind}; используйте PNG или JPEG.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="73"/>
        <source>The logo file {path} is not an image (PNG or JPEG) or it is damaged.</source>
        <translation>Файл логотипа {path} не является изображением (PNG или JPEG) или повреждён.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="67"/>
        <source>The logo file {path} was not found.</source>
        <translation>Файл логотипа {path} не найден.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="114"/>
        <source>The name as it must be printed (the old serial will be cancelled):</source>
        <translation>ФИО в том виде, в каком его нужно напечатать (старый номер будет аннулирован):</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="50"/>
        <source>The orientation must be landscape or portrait.</source>
        <translation>Ориентация должна быть альбомной или книжной.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="64"/>
        <source>The person was not found (they may have been deleted).</source>
        <translation>Человек не найден (возможно, запись удалена).</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="156"/>
        <source>The recipient&apos;s name is required.</source>
        <translation>Укажите ФИО получателя.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="98"/>
        <source>The template text “{text}” has an unmatched brace {{ or }}.</source>
        <translation>В тексте шаблона «{text}» есть непарная фигурная скобка {{ или }}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="102"/>
        <source>The template text “{text}” uses an unknown placeholder {{{name}}}; allowed are: {allowed}.</source>
        <translation>В тексте шаблона «{text}» используется неизвестная подстановка {{{name}}}; допустимы: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="54"/>
        <source>There is no certificate {serial} in the register.</source>
        <translation>В реестре нет сертификата {serial}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="128"/>
        <location filename="../../app/certificates/register.py" line="78"/>
        <source>There is nobody to issue certificates to: the list of recipients is empty.</source>
        <translation>Некому выдавать сертификаты: список получателей пуст.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/awards.py" line="35"/>
        <source>There is nobody to print for yet: register the teams (and their coaches) and the adjudicators first.</source>
        <translation>Пока печатать некому: сначала зарегистрируйте команды (и их тренеров) и судей.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/awards.py" line="49"/>
        <source>There is nothing to print yet: the award list is empty (enter the results or the works first).</source>
        <translation>Печатать пока нечего: список награждений пуст (сначала внесите результаты или работы).</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="19"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="22"/>
        <source>Under the name</source>
        <translation>Под именем</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="23"/>
        <source>Under the name (no event)</source>
        <translation>Под именем (без мероприятия)</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="79"/>
        <source>Unknown kind of certificate “{kind}”; choose one of: {allowed}.</source>
        <translation>Неизвестный вид сертификата «{kind}»; выберите один из следующих: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="88"/>
        <source>Unknown language “{language}”; choose kk, ru or en.</source>
        <translation>Неизвестный язык «{language}»; выберите kk, ru или en.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="143"/>
        <source>Unknown template field “{field}”.</source>
        <translation>Неизвестное поле шаблона «{field}».</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="62"/>
        <source>Unknown: no certificate {serial} is held here.</source>
        <translation>Неизвестен: сертификата {serial} здесь нет.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="70"/>
        <source>Unknown: the key of the installation that issued {serial} is not known here.</source>
        <translation>Неизвестен: ключ установки, выдавшей сертификат {serial}, здесь неизвестен.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="149"/>
        <location filename="../../ui/certificates/page.py" line="155"/>
        <source>Verify a certificate</source>
        <translation>Проверка сертификата</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="59"/>
        <source>Verify…</source>
        <translation>Проверить…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="41"/>
        <source>cancelled</source>
        <translation>аннулирован</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="40"/>
        <source>issued</source>
        <translation>выдан</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="255"/>
        <source>{count} certificates written to {path} ({new} new, {again} printed again).</source>
        <translation>Записано сертификатов: {count} (новых — {new}, напечатанных повторно — {again}). Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="126"/>
        <source>{old} is cancelled; {new} is issued. Print it with “Print again…”.</source>
        <translation>Сертификат {old} аннулирован; выдан сертификат {new}. Напечатайте его кнопкой «Напечатать повторно…».</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="68"/>
        <source>— no event —</source>
        <translation>— без мероприятия —</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="54"/>
        <source>“{value}” is not a colour; write it as #RRGGBB, e.g. #1F4E79.</source>
        <translation>«{value}» не является цветом; укажите его в виде #RRGGBB, например #1F4E79.</translation>
    </message>
</context>
<context>
    <name>Contests</name>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="73"/>
        <source>&amp;Age groups:</source>
        <translation>&amp;Возрастные категории:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="58"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Даты:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="63"/>
        <source>&amp;Held:</source>
        <translation>Форма &amp;проведения:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="429"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
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
        <translation>Н&amp;оминации
(по одной в строке):</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="132"/>
        <source>&amp;Participant:</source>
        <translation>&amp;Участник:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="147"/>
        <source>&amp;Score:</source>
        <translation>&amp;Балл:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="141"/>
        <source>&amp;Title of the work:</source>
        <translation>Н&amp;азвание работы:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="52"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="85"/>
        <source>&amp;Winners up to place:</source>
        <translation>Призовых &amp;мест:</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="94"/>
        <source>A nomination is listed twice.</source>
        <translation>Одна номинация указана дважды.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="141"/>
        <source>A place is a number from 1.</source>
        <translation>Место — это число не меньше 1.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="289"/>
        <source>A place is a whole number: {text}</source>
        <translation>Место должно быть целым числом: {text}</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="143"/>
        <source>A score is a number from 0 to 1000.</source>
        <translation>Балл — это число от 0 до 1000.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="159"/>
        <source>Add a work</source>
        <translation>Добавление работы</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="423"/>
        <source>Add a work…</source>
        <translation>Добавить работу…</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="337"/>
        <source>Added: {name}</source>
        <translation>Добавлено: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="80"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="80"/>
        <location filename="../../ui/contests/view.py" line="137"/>
        <source>Age group</source>
        <translation>Возрастная категория</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="422"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="425"/>
        <source>CSV or XLSX with the columns nomination, surname, name, patronymic, birth_date, iin, school, grade, title, place, score. All or nothing: one wrong row and nothing is added.</source>
        <translation>CSV или XLSX со столбцами nomination, surname, name, patronymic, birth_date, iin, school, grade, title, place, score. Всё или ничего: если хотя бы одна строка с ошибкой, ничего не добавляется.</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="34"/>
        <source>Contest</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <location filename="../../ui/contests/page.py" line="90"/>
        <source>Contests</source>
        <translation>Конкурсы</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="35"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="388"/>
        <location filename="../../ui/contests/view.py" line="405"/>
        <source>Diplomas</source>
        <translation>Дипломы</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="37"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="344"/>
        <location filename="../../ui/contests/view.py" line="353"/>
        <source>Import works</source>
        <translation>Импорт работ</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="424"/>
        <source>Import works…</source>
        <translation>Импорт работ…</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="92"/>
        <source>Name at least one nomination.</source>
        <translation>Укажите хотя бы одну номинацию.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="102"/>
        <source>Name the contest.</source>
        <translation>Укажите название конкурса.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="95"/>
        <source>New contest</source>
        <translation>Новый конкурс</translation>
    </message>
    <message>
        <location filename="../../ui/contests/page.py" line="93"/>
        <source>New contest… (Ctrl+N)</source>
        <translation>Новый конкурс… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="160"/>
        <source>New person…</source>
        <translation>Новый человек…</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="163"/>
        <source>Nobody chosen yet: type a name or IIN and press Enter.</source>
        <translation>Участник ещё не выбран: введите ФИО или ИИН и нажмите Enter.</translation>
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
        <translation>Номинации</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="308"/>
        <source>Nothing was imported: {count} rows need correcting — {problems}{more}</source>
        <translation>Ничего не импортировано: строк, требующих исправления, — {count}: {problems}{more}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="407"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="151"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="391"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="80"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="39"/>
        <location filename="../../ui/contests/view.py" line="137"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="82"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="430"/>
        <source>Print diplomas…</source>
        <translation>Печать дипломов…</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="395"/>
        <source>Printing diplomas…</source>
        <translation>Печать дипломов…</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="428"/>
        <source>Remove work</source>
        <translation>Убрать работу</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="365"/>
        <source>Remove works</source>
        <translation>Убрать работы</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="366"/>
        <source>Remove {count} selected work(s) from the contest?</source>
        <translation>Убрать выбранные работы из конкурса ({count})?</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="375"/>
        <source>Removed: {count}</source>
        <translation>Убрано: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="390"/>
        <source>Save diplomas</source>
        <translation>Сохранение дипломов</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="302"/>
        <source>Saved: {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="82"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../ui/contests/page.py" line="94"/>
        <source>Search (Ctrl+F): any part of the title</source>
        <translation>Поиск (Ctrl+F): любая часть названия</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="432"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="345"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="77"/>
        <source>The &amp;jury gives:</source>
        <translation>&amp;Жюри выставляет:</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="58"/>
        <source>The age group {part} is not possible.</source>
        <translation>Недопустимая возрастная категория: {part}.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="63"/>
        <source>The age groups {a} and {b} overlap.</source>
        <translation>Возрастные категории {a} и {b} пересекаются.</translation>
    </message>
    <message>
        <source>The contest has no works to give diplomas for.</source>
        <translation type="vanished">В конкурсе нет работ, за которые можно выдать дипломы.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="97"/>
        <source>The jury gives places or scores.</source>
        <translation>Жюри выставляет места или баллы.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="127"/>
        <source>The nomination must be one of: {noms}.</source>
        <translation>Номинация должна быть одной из следующих: {noms}.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="131"/>
        <source>The participant was not found.</source>
        <translation>Участник не найден.</translation>
    </message>
    <message>
        <source>There are no works yet: nobody to give diplomas to.</source>
        <translation type="vanished">Работ пока нет: дипломы выдавать некому.</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="62"/>
        <location filename="../../app/contests/listing.py" line="70"/>
        <source>There is no contest {ref}.</source>
        <translation>Конкурс {ref} не найден.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="81"/>
        <source>Title of the work</source>
        <translation>Название работы</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="147"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="286"/>
        <source>Type a number (or leave it empty): {text}</source>
        <translation>Введите число (или оставьте поле пустым): {text}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="105"/>
        <source>Type the place (or score) and press Enter; empty clears it.</source>
        <translation>Введите место (или балл) и нажмите Enter; пустое значение его очищает.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="83"/>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="42"/>
        <location filename="../../ui/contests/view.py" line="138"/>
        <source>Winners</source>
        <translation>Победители</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="99"/>
        <source>Winners are places 1 to N, N from 1 to 50.</source>
        <translation>Победители — места с 1 по N, где N от 1 до 50.</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="40"/>
        <location filename="../../ui/contests/view.py" line="138"/>
        <location filename="../../ui/contests/view.py" line="431"/>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="356"/>
        <source>Works added: {added}; new people in the register: {created}.</source>
        <translation>Добавлено работ: {added}; новых людей в реестре: {created}.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="55"/>
        <source>Write age groups like 7-10, 11-13, 14-17 (not {part}).</source>
        <translation>Укажите возрастные категории в виде 7-10, 11-13, 14-17 (а не {part}).</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="265"/>
        <source>age groups: {groups}</source>
        <translation>возрастные категории: {groups}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="101"/>
        <source>ages on the first day</source>
        <translation>возраст на первый день</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="100"/>
        <source>empty: today</source>
        <translation>если пусто — сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="97"/>
        <location filename="../../ui/contests/page.py" line="24"/>
        <source>in person</source>
        <translation>очно</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="272"/>
        <source>participants: {p}, works: {w}, winners: {x}</source>
        <translation>участников: {p}, работ: {w}, победителей: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="97"/>
        <source>place {n}</source>
        <translation>{n} место</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="98"/>
        <source>places (1st, 2nd, 3rd…)</source>
        <translation>места (1-е, 2-е, 3-е…)</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="263"/>
        <source>places 1 to {n} win</source>
        <translation>побеждают места с 1 по {n}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/page.py" line="24"/>
        <source>remote</source>
        <translation>дистанционно</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="96"/>
        <source>remotely</source>
        <translation>дистанционно</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="304"/>
        <source>row {row}: {problem}</source>
        <translation>строка {row}: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {problem}; nothing was imported.</source>
        <translation type="vanished">строка {row}: {problem}; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="99"/>
        <source>scores</source>
        <translation>баллы</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="106"/>
        <source>the best N scores of each nomination and age group win</source>
        <translation>побеждают N лучших работ по баллам в каждой номинации и возрастной категории</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="262"/>
        <source>the best {n} scores of each nomination and age group win</source>
        <translation>побеждают {n} лучших работ по баллам в каждой номинации и возрастной категории</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="108"/>
        <source>works placed 1 to N win</source>
        <translation>побеждают работы, занявшие места с 1 по N</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="400"/>
        <source>{count} diplomas and certificates written to {path} ({new} new, {again} printed again).</source>
        <translation>Записано дипломов и сертификатов: {count} (новых — {new}, напечатанных повторно — {again}). Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="262"/>
        <source>{field} must be a number, not {value}.</source>
        <translation>{field}: нужно число, а не {value}.</translation>
    </message>
    <message>
        <source>{file}: required columns are missing: {missing}.</source>
        <translation type="vanished">{file}: отсутствуют обязательные столбцы: {missing}.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="161"/>
        <source>— not yet —</source>
        <translation>— пока нет —</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="421"/>
        <source>← Back to the list</source>
        <translation>← Назад к списку</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="69"/>
        <source>Copy details</source>
        <translation>Копировать сведения</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="64"/>
        <source>Something went wrong</source>
        <translation>Произошла ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="65"/>
        <source>Tirkeu met an error it did not expect. Your saved records are safe; the details are in the log. If it happens again, send the details to your office.</source>
        <translation>В Tirkeu произошла непредвиденная ошибка. Сохранённые записи в безопасности; подробности — в журнале. Если ошибка повторится, отправьте подробности в управление.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../app/db/store.py" line="186"/>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>Не удалось создать папку {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="292"/>
        <source>Cannot open the database {path}: {error}. Check that the folder is writable and the disk is not full.</source>
        <translation>Не удалось открыть базу данных {path}: {error}. Проверьте, что запись в папку разрешена и диск не заполнен.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="122"/>
        <source>Cannot reach the database server {path} ({error}). Check the address, that the server is running and that this computer may connect to it. Nothing was saved.</source>
        <translation>Не удаётся подключиться к серверу базы данных {path} ({error}). Проверьте адрес, что сервер работает и что этому компьютеру разрешено к нему подключаться. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="29"/>
        <location filename="../../app/db/guard.py" line="61"/>
        <source>Cannot read the database {path}: {error}</source>
        <translation>Не удалось прочитать базу данных {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="87"/>
        <source>The database {path} cannot be written: the file or its folder is read-only. The change was not saved. Allow writing there, or move the database to a folder you can write to.</source>
        <translation>Не удаётся записать в базу данных {path}: файл или его папка доступны только для чтения. Изменение не сохранено. Разрешите запись в файл и его папку или переместите базу данных в папку, доступную для записи.</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="99"/>
        <source>The database {path} could not be read or written ({error}). The change was not saved. Check that the disk (or USB stick) is connected and not full.</source>
        <translation>Не удалось прочитать или записать базу данных {path} ({error}). Изменение не сохранено. Проверьте, что диск (или флешка) подключён и на нём есть свободное место.</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="79"/>
        <location filename="../../app/db/postgres.py" line="103"/>
        <source>The database {path} is busy: another program (or a second Tirkeu) is using it. The change was not saved. Close the other program and try again.</source>
        <translation>База данных {path} занята: её использует другая программа (или вторая запущенная копия Tirkeu). Изменение не сохранено. Закройте другую программу и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="54"/>
        <source>The database {path} is on a read-only disk or in a read-only folder (a write-protected USB stick or a CD, say), so Tirkeu cannot open it. Copy it to a folder you can write to (Documents, say) and open the copy, or allow writing there.</source>
        <translation>База данных {path} находится на диске или в папке, доступных только для чтения (например, на флешке с защитой от записи или на CD), поэтому Tirkeu не может её открыть. Скопируйте её в папку, доступную для записи (например, «Документы»), и откройте копию или разрешите запись туда.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="251"/>
        <source>The database {path} uses the encoding {encoding}, which cannot hold Kazakh letters. Create it with ENCODING &apos;UTF8&apos; (the README shows how).</source>
        <translation>База данных {path} использует кодировку {encoding}, в которой нельзя хранить казахские буквы. Создайте её с ENCODING &apos;UTF8&apos; (как — показано в README).</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="83"/>
        <source>The disk with the database {path} is full. The change was not saved. Free some space on the disk and try again.</source>
        <translation>Диск с базой данных {path} заполнен. Изменение не сохранено. Освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="116"/>
        <source>The server did not accept the user name or password for {path}. Check them (or your .pgpass file) and try again.</source>
        <translation>Сервер не принял имя пользователя или пароль для {path}. Проверьте их (или ваш файл .pgpass) и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="107"/>
        <source>The server of the database {path} is out of disk space or memory. The change was not saved. Ask the server&apos;s administrator to free some.</source>
        <translation>На сервере базы данных {path} закончилось место на диске или память. Изменение не сохранено. Попросите администратора сервера освободить место.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="111"/>
        <source>The server refused to let Tirkeu change the database {path} ({error}). Ask the server&apos;s administrator for the rights the README lists.</source>
        <translation>Сервер не разрешил Tirkeu изменить базу данных {path} ({error}). Попросите администратора сервера выдать права, перечисленные в README.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="119"/>
        <source>There is no database {path} on the server. Ask the server&apos;s administrator to create it (the README shows how).</source>
        <translation>На сервере нет базы данных {path}. Попросите администратора сервера создать её (как — показано в README).</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="28"/>
        <source>This database is not set up yet: run set-up (tirkeu init) first.</source>
        <translation>Эта база данных ещё не настроена: сначала выполните начальную настройку (tirkeu init).</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="222"/>
        <source>Tirkeu cannot talk to PostgreSQL servers on this computer: {error}. Install the PostgreSQL client library (Debian and Ubuntu: libpq5).</source>
        <translation>Tirkeu не может работать с серверами PostgreSQL на этом компьютере: {error}. Установите клиентскую библиотеку PostgreSQL (Debian и Ubuntu: libpq5).</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="92"/>
        <location filename="../../app/db/store.py" line="295"/>
        <source>{path} is damaged ({error}). Restore it from a backup.</source>
        <translation>Файл {path} повреждён ({error}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="63"/>
        <source>{path} is damaged or not a database ({error}). Restore it from a backup.</source>
        <translation>Файл {path} повреждён или не является базой данных ({error}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="34"/>
        <source>{path} is not a Tirkeu database (not an SQLite file). Choose another file or restore from a backup.</source>
        <translation>Файл {path} не является базой данных Tirkeu (это не файл SQLite). Выберите другой файл или восстановите базу из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="74"/>
        <source>{path} was made by a newer version of Tirkeu (schema {found}, this program knows up to {known}). Install the newer Tirkeu; the file was not changed.</source>
        <translation>Файл {path} создан более новой версией Tirkeu (версия схемы — {found}, а эта программа поддерживает схемы до версии {known}). Установите новую версию Tirkeu; файл не изменён.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../ui/common/date_field.py" line="220"/>
        <source>Calendar (Alt+Down)</source>
        <translation>Календарь (Alt+Вниз)</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="215"/>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message numerus="yes">
        <location filename="../../ui/events/attendance_tab.py" line="112"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="210"/>
        <source>&amp;Add a person:</source>
        <translation>&amp;Добавить человека:</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="199"/>
        <source>&amp;Book</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="59"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="102"/>
        <source>&amp;Duration:</source>
        <translation>Д&amp;лительность:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="98"/>
        <source>&amp;End date (if not the same day):</source>
        <translation>Дата &amp;окончания (если не в тот же день):</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="107"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="91"/>
        <location filename="../../ui/events/page.py" line="37"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="108"/>
        <location filename="../../ui/events/page.py" line="43"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="114"/>
        <source>&amp;Notes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="109"/>
        <location filename="../../ui/events/page.py" line="46"/>
        <source>&amp;Organiser:</source>
        <translation>Ор&amp;ганизатор:</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="61"/>
        <source>&amp;Person:</source>
        <translation>&amp;Посетитель:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="89"/>
        <location filename="../../ui/events/page.py" line="36"/>
        <source>&amp;Programme:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="97"/>
        <source>&amp;Start date:</source>
        <translation>&amp;Дата начала:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="88"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="42"/>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="62"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="68"/>
        <source>&amp;Total:</source>
        <translation>&amp;Всего:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="74"/>
        <source>&amp;boys:</source>
        <translation>&amp;мальчиков:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="73"/>
        <source>&amp;girls:</source>
        <translation>&amp;девочек:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/attendance_tab.py" line="114"/>
        <source>(%n on the list)</source>
        <translation>
            <numerusform>(в списке: %n)</numerusform>
            <numerusform>(в списке: %n)</numerusform>
            <numerusform>(в списке: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="122"/>
        <source>A mass action is reported as numbers, not names. Leave a box empty (—) when the number is not known; the parts must not exceed the total, and all four parts must add up to it.</source>
        <translation>Массовая акция учитывается в числах, а не поимённо. Если число неизвестно, оставьте поле пустым (—); сумма частей не должна превышать общее число, а если заполнены все четыре части, их сумма должна быть равна ему.</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="110"/>
        <source>A&amp;udience:</source>
        <translation>&amp;Аудитория:</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="144"/>
        <source>Added: {name}</source>
        <translation>Добавлено: {name}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="65"/>
        <source>Announce it in advance.</source>
        <translation>Объявите заранее.</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="303"/>
        <source>Appointments</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="56"/>
        <source>At least {count} participants.</source>
        <translation>Участников: не менее {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="201"/>
        <source>Back to booked</source>
        <translation>Вернуть: ожидается</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="160"/>
        <source>Booked: {date} {time}</source>
        <translation>Записано: {date} {time}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="63"/>
        <source>By prior registration: book each visit in the appointment list.</source>
        <translation>По предварительной записи: заносите каждое посещение в список записей.</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="203"/>
        <source>Cancel the booking</source>
        <translation>Отменить запись</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="408"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="222"/>
        <source>Competitive selection: people are added as applicants; check those selected and press “Select checked”.</source>
        <translation>Конкурсный отбор: люди добавляются как кандидаты; отметьте отобранных и нажмите «Отобрать отмеченных».</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="211"/>
        <source>Consultations are held by prior registration: one visitor per time slot. Enter in the time or topic box books the visit.</source>
        <translation>Консультации проводятся по предварительной записи: на одно время — один посетитель. Enter в поле времени или темы записывает посетителя.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="147"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="306"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="45"/>
        <source>Distr&amp;ict:</source>
        <translation>Ра&amp;йон:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="79"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="111"/>
        <source>Double-click or F2 to change the role</source>
        <translation>Дважды щёлкните или нажмите F2, чтобы изменить роль</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="71"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="405"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="64"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="41"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../app/events/headcount.py" line="51"/>
        <source>Girls and boys together ({sum}) are more than the total ({total}).</source>
        <translation>Девочек и мальчиков вместе ({sum}) больше, чем всего ({total}).</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="198"/>
        <location filename="../../ui/events/dialog.py" line="423"/>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="307"/>
        <source>Head-count</source>
        <translation>Число участников</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="84"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="93"/>
        <source>It lasted {minutes} minutes. {rule}</source>
        <translation>Длительность: {minutes} мин. {rule}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="126"/>
        <source>It lasts {actual} day(s); the event should last {days} days.</source>
        <translation>Длительность: {actual} дн., а должна быть {days} дн.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="74"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="77"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="200"/>
        <source>Mark held</source>
        <translation>Отметить: состоялась</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="200"/>
        <source>Mark missed</source>
        <translation>Отметить: неявка</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="84"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="405"/>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="292"/>
        <source>Not met: {issues}</source>
        <translation>Не выполнено: {issues}</translation>
    </message>
    <message>
        <location filename="../../app/events/attendance.py" line="144"/>
        <source>Only applicants can be selected; not applicants: {names}.</source>
        <translation>Отобрать можно только кандидатов; не кандидаты: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="80"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="112"/>
        <source>Pa&amp;rtners:</source>
        <translation>Па&amp;ртнёры:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="81"/>
        <location filename="../../ui/events/dialog.py" line="300"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="60"/>
        <source>Participants are selected competitively: record the applicants, then mark who was selected.</source>
        <translation>Участники отбираются на конкурсной основе: внесите кандидатов, затем отметьте отобранных.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="147"/>
        <source>Person</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="106"/>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="75"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="409"/>
        <source>Print &amp;certificates…</source>
        <translation>Печать &amp;сертификатов…</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="72"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="117"/>
        <source>Pupils + teachers + parents + others = {sum}</source>
        <translation>Учащиеся + учителя + родители + прочие = {sum}</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="44"/>
        <source>Re&amp;gion:</source>
        <translation>Р&amp;егион:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="78"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="213"/>
        <source>Remove (Delete)</source>
        <translation>Убрать (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="170"/>
        <source>Removed from the list: {names}</source>
        <translation>Убраны из списка: {names}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="74"/>
        <source>Reported as a head-count: enter the numbers, not a list of names.</source>
        <translation>Учитывается по численности: введите числа, а не список фамилий.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="85"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="215"/>
        <source>Save the event first (Ctrl+S): the form stays open and the participants are added here.</source>
        <translation>Сначала сохраните мероприятие (Ctrl+S): форма останется открытой, а участники добавляются здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="207"/>
        <source>Save the event first (Ctrl+S): the form stays open and the visits are booked here.</source>
        <translation>Сначала сохраните мероприятие (Ctrl+S): форма останется открытой, а посетители записываются здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="343"/>
        <source>Saved. Now add the people: each one is saved as soon as they are added. Close the form when done.</source>
        <translation>Сохранено. Теперь добавьте людей: каждый сохраняется сразу после добавления. По окончании закройте форму.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="84"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="79"/>
        <source>Search (Ctrl+F): any part of the title or place</source>
        <translation>Поиск (Ctrl+F): любая часть названия или места</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="212"/>
        <source>Select checked</source>
        <translation>Отобрать отмеченных</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="188"/>
        <source>Selected: {selected}; not selected: {rest}.</source>
        <translation>Отобрано: {selected}; не отобрано: {rest}.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="70"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="100"/>
        <source>Start t&amp;ime:</source>
        <translation>&amp;Время начала:</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="85"/>
        <location filename="../../ui/events/tables.py" line="148"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="60"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="67"/>
        <source>Target: at least {count} a month in each region.</source>
        <translation>Цель: не менее {count} в месяц в каждой области.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="70"/>
        <source>Target: at least {count} a week.</source>
        <translation>Цель: не менее {count} в неделю.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="72"/>
        <source>Target: at least {count} in each region.</source>
        <translation>Цель: не менее {count} в каждой области.</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="71"/>
        <source>The date {date} is outside the event&apos;s dates ({start} – {end}).</source>
        <translation>Дата {date} выходит за сроки мероприятия ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="91"/>
        <source>The duration is not given. {rule}</source>
        <translation>Длительность не указана. {rule}</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="293"/>
        <source>The event is saved anyway; the office sees these notes.</source>
        <translation>Мероприятие всё равно сохраняется; эти замечания видит управление.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="58"/>
        <source>The event lasts {days} days.</source>
        <translation>Длительность мероприятия: {days} дн.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="44"/>
        <source>The event should last at least {low} minutes.</source>
        <translation>Длительность мероприятия: не менее {low} мин.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="42"/>
        <source>The event should last at most {high} minutes.</source>
        <translation>Длительность мероприятия: не более {high} мин.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="40"/>
        <source>The event should last {low}–{high} minutes.</source>
        <translation>Длительность мероприятия: {low}–{high} мин.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="54"/>
        <location filename="../../app/certificates/register.py" line="83"/>
        <location filename="../../app/contests/core.py" line="108"/>
        <location filename="../../app/events/appointments.py" line="101"/>
        <location filename="../../app/events/attendance.py" line="60"/>
        <location filename="../../app/tournaments/setup.py" line="160"/>
        <source>The event was not found (it may have been deleted).</source>
        <translation>Мероприятие не найдено (возможно, оно удалено).</translation>
    </message>
    <message>
        <location filename="../../app/events/headcount.py" line="45"/>
        <source>The numbers do not add up: the total is {total}, but pupils, teachers, parents and others make {sum}.</source>
        <translation>Числа не сходятся: всего — {total}, а учащихся, учителей, родителей и прочих вместе — {sum}.</translation>
    </message>
    <message>
        <location filename="../../app/events/forms.py" line="51"/>
        <source>The organisation was not found (it may have been deleted).</source>
        <translation>Организация не найдена (возможно, она удалена).</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="78"/>
        <location filename="../../app/events/attendance.py" line="67"/>
        <source>The person was not found (they may have been deleted).</source>
        <translation>Человек не найден (возможно, запись удалена).</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="93"/>
        <source>The slot {slot} on {date} is already taken; choose another time.</source>
        <translation>Время {slot} на {date} уже занято; выберите другое время.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="147"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="69"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="148"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="205"/>
        <source>Type a name or IIN, Enter to choose</source>
        <translation>Введите ФИО или ИИН, Enter — выбрать</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="219"/>
        <source>Type part of a name or IIN and press Enter: the person is added at once. No match: Enter creates a new person. Delete removes the selected person.</source>
        <translation>Введите часть ФИО или ИИН и нажмите Enter: человек сразу добавляется. Если совпадений нет, Enter создаёт нового человека. Delete убирает выбранного человека.</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="67"/>
        <source>applicant</source>
        <translation>кандидат</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="66"/>
        <source>attended</source>
        <translation>участвовал(а)</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="71"/>
        <source>booked</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="72"/>
        <source>held</source>
        <translation>состоялась</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="79"/>
        <source>in person</source>
        <translation>очно</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="424"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="73"/>
        <source>missed</source>
        <translation>неявка</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="69"/>
        <source>not selected</source>
        <translation>не отобран(а)</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="69"/>
        <source>of them &amp;pupils:</source>
        <translation>из них &amp;учащихся:</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="79"/>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="72"/>
        <source>ot&amp;hers:</source>
        <translation>&amp;прочих:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="71"/>
        <source>pa&amp;rents:</source>
        <translation>&amp;родителей:</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="70"/>
        <source>registered</source>
        <translation>зарегистрирован(а)</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="80"/>
        <source>remote</source>
        <translation>дистанционно</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="68"/>
        <source>selected</source>
        <translation>отобран(а)</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="70"/>
        <source>t&amp;eachers:</source>
        <translation>у&amp;чителей:</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="117"/>
        <source>{count} participants; at least {least} are needed.</source>
        <translation>Участников: {count}; нужно не менее {least}.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="132"/>
        <source>{name} is already on the list.</source>
        <translation>{name} уже есть в списке.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange/actions.py" line="75"/>
        <source>An office&apos;s database on a PostgreSQL server, shared by several staff</source>
        <translation>База данных управления на сервере PostgreSQL, общая для нескольких сотрудников</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="122"/>
        <source>Back up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="72"/>
        <source>Back up the database to…</source>
        <translation>Создать резервную копию базы данных…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="129"/>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="130"/>
        <source>Backup written to {path}.</source>
        <translation>Резервная копия сохранена: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="102"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="101"/>
        <source>Export {what}</source>
        <translation>Экспорт {what}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="71"/>
        <source>Export {what} to a file…</source>
        <translation>Экспорт {what} в файл…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="108"/>
        <source>Exporting…</source>
        <translation>Экспорт данных…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="vanished">Импорт завершён</translation>
    </message>
    <message>
        <source>Import {what}</source>
        <translation type="vanished">Импорт {what}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="69"/>
        <source>Import {what} from a file…</source>
        <translation>Импорт {what} из файла…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="vanished">Импорт файла {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="74"/>
        <source>Open a server database…</source>
        <translation>Открыть базу данных на сервере…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="73"/>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation type="vanished">Таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="138"/>
        <source>This database is on a server: its administrator restores it from the server&apos;s backups (pg_restore). A copy made with &quot;Back up the database to…&quot; opens as a file with --db.</source>
        <translation>Эта база данных находится на сервере: её восстанавливает администратор сервера из резервных копий сервера (pg_restore). Копия, сделанная через «Создать резервную копию базы данных…», открывается как файл через --db.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="123"/>
        <source>Tirkeu database (*.sqlite3)</source>
        <translation>База данных Tirkeu (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="110"/>
        <source>Wrote {count} rows to {path}.</source>
        <translation>Записано строк: {count}. Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="29"/>
        <source>aid recipients</source>
        <translation>получателей помощи</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="30"/>
        <source>events</source>
        <translation>мероприятий</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="28"/>
        <source>participants</source>
        <translation>участников</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/exporting.py" line="65"/>
        <source>Unknown export type {kind}: use one of {kinds}.</source>
        <translation>Неизвестный тип экспорта {kind}: укажите один из следующих: {kinds}.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/common/formatting.py" line="41"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="40"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="40"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="157"/>
        <location filename="../../ui/common/formatting.py" line="35"/>
        <location filename="../../ui/people/dialog.py" line="125"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="157"/>
        <location filename="../../ui/common/formatting.py" line="35"/>
        <location filename="../../ui/people/dialog.py" line="125"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="55"/>
        <location filename="../../ui/common/form_dialog.py" line="157"/>
        <location filename="../../ui/tournaments/break_tab.py" line="85"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="246"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="247"/>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="245"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="54"/>
        <location filename="../../ui/common/form_dialog.py" line="156"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="244"/>
        <source>Save the changes?</source>
        <translation>Сохранить изменения?</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help/dialog.py" line="28"/>
        <source>Help: {area}</source>
        <translation>Справка: {area}</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../ui/home/page.py" line="61"/>
        <source>&amp;New event</source>
        <translation>&amp;Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="64"/>
        <source>&amp;Write to the USB stick</source>
        <translation>&amp;Записать на флешку</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="62"/>
        <source>Add &amp;participants</source>
        <translation>Добавить &amp;участников</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="40"/>
        <source>Adjudicators</source>
        <translation>Судьи</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="41"/>
        <source>Adjudicators&apos; seats</source>
        <translation>Назначения судей на игры</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="36"/>
        <source>Aid given</source>
        <translation>Оказанная помощь</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="35"/>
        <source>Attendance records</source>
        <translation>Записи об участии</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="43"/>
        <source>Awards and nominations</source>
        <translation>Награды и номинации</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="42"/>
        <source>Ballots</source>
        <translation>Бюллетени</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="38"/>
        <source>Certificates issued</source>
        <translation>Выданные сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="36"/>
        <source>Children in the aid data bank</source>
        <translation>Дети, нуждающиеся в помощи (банк данных)</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="35"/>
        <source>Consultation appointments</source>
        <translation>Записи на консультацию</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="44"/>
        <source>Contest works</source>
        <translation>Конкурсные работы</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="43"/>
        <source>Contests</source>
        <translation>Конкурсы</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="158"/>
        <source>Coordinator:</source>
        <translation>Координатор:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="161"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="37"/>
        <source>Debate teams</source>
        <translation>Дебатные команды</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="40"/>
        <source>Debate tournaments</source>
        <translation>Дебатные турниры</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="41"/>
        <source>Debates drawn</source>
        <translation>Игры по жеребьёвке</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="157"/>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="34"/>
        <source>Event partners</source>
        <translation>Партнёры мероприятий</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="34"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="51"/>
        <source>National level</source>
        <translation>Республиканский уровень</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="70"/>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="85"/>
        <source>No bundle has been written yet: {count} records are waiting to go to the office on a USB stick.</source>
        <translation>Пакет ещё не записан: {count} записей ждут отправки в управление на флешке.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="217"/>
        <source>Nothing is due. Well done.</source>
        <translation>Срочных дел нет. Отлично!</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="71"/>
        <source>Open the event</source>
        <translation>Открыть мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="33"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="33"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="63"/>
        <source>Print &amp;certificates</source>
        <translation>&amp;Печать сертификатов</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="161"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="160"/>
        <source>Records in this database ▸</source>
        <translation>Записи в этой базе ▸</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="159"/>
        <source>Records in this database ▾</source>
        <translation>Записи в этой базе ▾</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="50"/>
        <source>Region office</source>
        <translation>Областное управление</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="44"/>
        <source>Region targets</source>
        <translation>Целевые показатели областей</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="156"/>
        <source>Region:</source>
        <translation>Область:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="153"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="155"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="50"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="39"/>
        <source>Social passport totals</source>
        <translation>Итоги социального паспорта</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="37"/>
        <source>Team members</source>
        <translation>Члены команд</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="42"/>
        <source>Teams in the break</source>
        <translation>Команды, вышедшие в плей-офф</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="90"/>
        <source>The last bundle was written {days} days ago; {count} records have changed since.</source>
        <translation>Последний пакет записан {days} дн. назад; с тех пор изменилось записей: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="154"/>
        <source>This installation</source>
        <translation>Эта установка</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="150"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="69"/>
        <source>Write the bundle</source>
        <translation>Записать пакет</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="93"/>
        <source>{count} records have changed since the last bundle.</source>
        <translation>С последнего пакета изменилось записей: {count}.</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="133"/>
        <source>{title}: {count} this month (target: {target}).</source>
        <translation>{title}: в этом месяце {count} (цель: {target}).</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="130"/>
        <source>{title}: {count} this week (target: {target}).</source>
        <translation>{title}: на этой неделе {count} (цель: {target}).</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="172"/>
        <source>«{title}» ({date}): no participants recorded yet.</source>
        <translation>«{title}» ({date}): участники ещё не внесены.</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="178"/>
        <source>«{title}» ({date}): {issue}</source>
        <translation>«{title}» ({date}): {issue}</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="183"/>
        <source>…and {count} more events of the last month need a look (Events area).</source>
        <translation>…и ещё {count} мероприятий за последний месяц требуют внимания (раздел «Мероприятия»).</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="48"/>
        <source>Aid recipients</source>
        <translation>Получатели помощи</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="86"/>
        <source>Already registered, written differently, not added again: {rows}.</source>
        <translation>Уже зарегистрированы (написаны иначе), повторно не добавлены: {rows}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="130"/>
        <source>An empty list with the right column titles, to fill in and import.</source>
        <translation>Пустой список с нужными заголовками столбцов: заполните и импортируйте.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="144"/>
        <source>Check (nothing is saved)</source>
        <translation>Проверить (без сохранения)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="144"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="249"/>
        <source>Checking {file}…</source>
        <translation>Проверка файла {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="160"/>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="128"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="138"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="199"/>
        <source>Column titles found in row {row}; the rows above them are not imported.</source>
        <translation>Заголовки столбцов найдены в строке {row}; строки над ними не импортируются.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="129"/>
        <location filename="../../ui/exchange/import_dialog.py" line="309"/>
        <source>Download a template</source>
        <translation>Скачать шаблон</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="78"/>
        <source>Dry run: nothing was saved.</source>
        <translation>Пробный запуск: ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="49"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="310"/>
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="202"/>
        <source>Ignored columns: {names}.</source>
        <translation>Пропускаемые столбцы: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="136"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="127"/>
        <source>Import from Excel or CSV</source>
        <translation>Импорт из Excel или CSV</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="249"/>
        <source>Importing {file}…</source>
        <translation>Импорт файла {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="140"/>
        <source>No file chosen.</source>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="137"/>
        <source>Open the rejected rows</source>
        <translation>Открыть отклонённые строки</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="48"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="280"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="80"/>
        <source>Rejected rows with reasons: {path}</source>
        <translation>Отклонённые строки с причинами: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="132"/>
        <source>Rejected rows. Correct them here (double-click a cell) and press «Check again»; the corrected rows are then imported. The file itself is not changed.</source>
        <translation>Отклонённые строки. Исправьте их здесь (двойной щелчок по ячейке) и нажмите «Проверить снова»; исправленные строки затем импортируются. Сам файл не меняется.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="280"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation type="vanished">Таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="161"/>
        <source>Tables (*.xlsx *.xls *.ods *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.xls *.ods *.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="320"/>
        <source>Template saved: {path}. Fill it in and import it here.</source>
        <translation>Шаблон сохранён: {path}. Заполните его и импортируйте здесь.</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="268"/>
        <source>Unknown import type {kind}: use one of {kinds}.</source>
        <translation>Неизвестный тип импорта {kind}: укажите один из следующих: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="327"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="207"/>
        <source>ignored</source>
        <translation>пропускается</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="83"/>
        <source>row {row}: {name} is {registered}</source>
        <translation>строка {row}: {name} — это {registered}</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="73"/>
        <source>{file}: created {created}, updated {updated}, unchanged {unchanged}, rejected {rejected}.</source>
        <translation>{file}: создано — {created}, обновлено — {updated}, без изменений — {unchanged}, отклонено — {rejected}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="196"/>
        <source>{rows} rows. The first {shown} are shown with the field each column fills.</source>
        <translation>Строк: {rows}. Показаны первые строки ({shown}) и поле, которое заполняет каждый столбец.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="307"/>
        <source>{what} - template</source>
        <translation>{what} - шаблон</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../ui/common/list_page.py" line="190"/>
        <location filename="../../ui/common/list_page.py" line="271"/>
        <location filename="../../ui/organisations/page.py" line="63"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="272"/>
        <source>Delete {count} selected record(s)? They can be brought back from “Recently deleted”.</source>
        <translation>Удалить выбранные записи ({count})? Их можно вернуть из раздела «Недавно удалённые».</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="229"/>
        <source>Deleted records: {count}</source>
        <translation>Удалённых записей: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="283"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="282"/>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="188"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="187"/>
        <source>New (Ctrl+N)</source>
        <translation>Создать (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="189"/>
        <source>Recently deleted</source>
        <translation>Недавно удалённые</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="190"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="186"/>
        <source>Search (Ctrl+F): any part of a name or IIN</source>
        <translation>Поиск (Ctrl+F): любая часть ФИО или ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="230"/>
        <location filename="../../ui/organisations/trainers.py" line="111"/>
        <source>Shown: {count}</source>
        <translation>Показано: {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;About Tirkeu</source>
        <translation>&amp;О программе Tirkeu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>&amp;Help for this area</source>
        <translation>&amp;Справка по этому разделу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Aid «Мектепке жол»</source>
        <translation>Помощь «Мектепке жол»</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Contests</source>
        <translation>Конкурсы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Tirkeu — {name}</source>
        <translation>Tirkeu — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Tournaments</source>
        <translation>Турниры</translation>
    </message>
</context>
<context>
    <name>Move</name>
    <message>
        <location filename="../../app/db/copying.py" line="193"/>
        <source>A school&apos;s database stays in its file on the laptop; only a region office or the national centre moves to a server.</source>
        <translation>База данных школы остаётся в файле на ноутбуке; на сервер переходит только областное управление или республиканский центр.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="146"/>
        <source>The copy of {table} does not match the original ({copied} rows copied); nothing was moved.</source>
        <translation>Копия {table} не совпадает с оригиналом (скопировано строк: {copied}); ничего не перенесено.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="125"/>
        <source>The target database is already set up as an installation; move into an empty database.</source>
        <translation>Целевая база данных уже настроена как установка; переносите в пустую базу данных.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="122"/>
        <source>The target database lacks the tables {tables}; open it with this version of Tirkeu first.</source>
        <translation>В целевой базе данных нет таблиц {tables}; сначала откройте её этой версией Tirkeu.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="191"/>
        <source>This database is not set up yet: there is nothing to move.</source>
        <translation>Эта база данных ещё не настроена: переносить нечего.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="188"/>
        <source>This database is on a server already.</source>
        <translation>Эта база данных уже находится на сервере.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="185"/>
        <source>move-to takes a server address (postgresql://user@host/database), not {target}.</source>
        <translation>move-to принимает адрес сервера (postgresql://user@host/database), а не {target}.</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="42"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="40"/>
        <source>&amp;City or village:</source>
        <translation>&amp;Город или село:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="39"/>
        <source>&amp;District:</source>
        <translation>Ра&amp;йон:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="34"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="49"/>
        <source>&amp;Members (clubs):</source>
        <translation>&amp;Участников (клубы):</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
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
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="44"/>
        <source>&amp;What it does:</source>
        <translation>&amp;Чем занимается:</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="30"/>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="37"/>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="38"/>
        <location filename="../../ui/organisations/trainers.py" line="85"/>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="87"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="28"/>
        <source>City or village</source>
        <translation>Город или село</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="21"/>
        <source>Consultants</source>
        <translation>Консультанты</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="26"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="32"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="48"/>
        <source>How &amp;often:</source>
        <translation>Как ча&amp;сто:</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="31"/>
        <source>How often</source>
        <translation>Как часто</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="87"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="22"/>
        <location filename="../../ui/organisations/page.py" line="39"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="21"/>
        <location filename="../../ui/organisations/trainers.py" line="87"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="62"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="50"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="61"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="32"/>
        <location filename="../../ui/organisations/page.py" line="117"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="75"/>
        <source>People marked “trainer” or “consultant” in their form (People area). At least 2 consultants per region.</source>
        <translation>Люди, отмеченные в своей анкете как «тренер» или «консультант» (раздел «Люди»). В каждой области — не менее 2 консультантов.</translation>
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
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="88"/>
        <source>School or organisation</source>
        <translation>Школа или организация</translation>
    </message>
    <message>
        <location filename="../../app/organisations/forms.py" line="91"/>
        <source>This is the school or office of this installation; it cannot be deleted.</source>
        <translation>Это школа или офис этой установки; её нельзя удалить.</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="20"/>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="118"/>
        <location filename="../../ui/organisations/trainers.py" line="73"/>
        <source>Trainers and consultants</source>
        <translation>Тренеры и консультанты</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="64"/>
        <source>for a debate club: how many pupils are members</source>
        <translation>для дебатного клуба: сколько учеников в нём состоит</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="66"/>
        <source>for example: trainings on fake news and online fraud</source>
        <translation>например: тренинги о фейковых новостях и интернет-мошенничестве</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="63"/>
        <source>for example: «Медиа Сауат» ҚБ</source>
        <translation>например: ОО «Медиа Сауат»</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="16"/>
        <source>monthly</source>
        <translation>ежемесячно</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="18"/>
        <source>on request</source>
        <translation>по запросу</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="17"/>
        <source>once a quarter</source>
        <translation>раз в квартал</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="17"/>
        <source>once a year</source>
        <translation>раз в год</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="16"/>
        <source>weekly</source>
        <translation>еженедельно</translation>
    </message>
    <message>
        <location filename="../../app/organisations/forms.py" line="62"/>
        <source>“{name}” is already in the list of organisations.</source>
        <translation>«{name}» уже есть в списке организаций.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../app/aid/listing.py" line="50"/>
        <location filename="../../app/people/listing.py" line="21"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="24"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="53"/>
        <location filename="../../app/people/listing.py" line="27"/>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="51"/>
        <location filename="../../app/people/listing.py" line="23"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="49"/>
        <location filename="../../app/people/listing.py" line="19"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="20"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="26"/>
        <source>People</source>
        <translation>Люди</translation>
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
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="22"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="48"/>
        <location filename="../../app/people/listing.py" line="18"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <location filename="../../ui/aid/dialog.py" line="84"/>
        <location filename="../../ui/people/dialog.py" line="48"/>
        <source>&amp;Birth date:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="50"/>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="87"/>
        <location filename="../../ui/people/dialog.py" line="54"/>
        <source>&amp;Grade:</source>
        <translation>К&amp;ласс:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="83"/>
        <location filename="../../ui/people/dialog.py" line="47"/>
        <source>&amp;IIN:</source>
        <translation>ИИ&amp;Н:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="81"/>
        <location filename="../../ui/people/dialog.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="82"/>
        <location filename="../../ui/people/dialog.py" line="46"/>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="80"/>
        <location filename="../../ui/people/dialog.py" line="44"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="33"/>
        <source>A person with this IIN is already registered: {who}.</source>
        <translation>Человек с этим ИИН уже зарегистрирован: {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="35"/>
        <source>A person with this name and birth date is already registered: {who}.</source>
        <translation>Человек с такими ФИО и датой рождения уже зарегистрирован: {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="118"/>
        <source>Aid</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="38"/>
        <source>Also: {others}.</source>
        <translation>А также: {others}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="54"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="117"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="58"/>
        <source>Consent given &amp;by:</source>
        <translation>Кем дано &amp;согласие:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="56"/>
        <source>Consent to data processing, &amp;date:</source>
        <translation>Согласие на обработку данных, &amp;дата:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="141"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="142"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="139"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="117"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="140"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="23"/>
        <source>IIN {iin}</source>
        <translation>ИИН {iin}</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="70"/>
        <source>N&amp;otes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="122"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="50"/>
        <source>Open the existing one</source>
        <translation>Открыть существующего</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="137"/>
        <source>Open the existing person instead</source>
        <translation>Открыть существующую запись</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="55"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="122"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="53"/>
        <source>Save as a new person anyway</source>
        <translation>Всё равно сохранить как нового</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="86"/>
        <location filename="../../ui/people/dialog.py" line="52"/>
        <source>Sc&amp;hool:</source>
        <translation>&amp;Школа:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="85"/>
        <location filename="../../ui/people/dialog.py" line="49"/>
        <source>Se&amp;x:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="187"/>
        <source>This person may already be registered: {who}, born {date}, IIN {iin}.</source>
        <translation>Возможно, этот человек уже зарегистрирован: {who}, дата рождения: {date}, ИИН: {iin}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="142"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="69"/>
        <source>Trained as:</source>
        <translation>Квалификация:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="141"/>
        <source>What</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="131"/>
        <source>a parent or guardian (minor)</source>
        <translation>родитель или законный представитель (несовершеннолетний)</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="135"/>
        <source>consultant</source>
        <translation>консультант</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="130"/>
        <source>the person</source>
        <translation>сам человек</translation>
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
        <translation>Введите ФИО или ИИН, Enter — добавить (если не найден — новый человек)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/certificates/printing.py" line="143"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>Не удалось записать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/printing.py" line="121"/>
        <location filename="../../ui/certificates/printing.py" line="182"/>
        <source>The file {path} cannot be read as a PDF, so it cannot be printed.</source>
        <translation>Файл {path} не читается как PDF, поэтому его нельзя напечатать.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/printing.py" line="197"/>
        <source>The printer {printer} cannot be used now.</source>
        <translation>Принтер {printer} сейчас недоступен.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/printing.py" line="151"/>
        <location filename="../../ui/certificates/printing.py" line="155"/>
        <source>The printing service did not take the job: {reason}</source>
        <translation>Служба печати не приняла задание: {reason}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <location filename="../../ui/reports/indicators_view.py" line="229"/>
        <location filename="../../ui/reports/indicators_view.py" line="248"/>
        <source>%n breaking a rule</source>
        <translation>
            <numerusform>%n с нарушениями</numerusform>
            <numerusform>%n с нарушениями</numerusform>
            <numerusform>%n с нарушениями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/page.py" line="326"/>
        <source>%n files (one for each table).</source>
        <translation>
            <numerusform>%n файл (по одному на каждую таблицу).</numerusform>
            <numerusform>%n файла (по одному на каждую таблицу).</numerusform>
            <numerusform>%n файлов (по одному на каждую таблицу).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="127"/>
        <source>&amp;Open the event</source>
        <translation>Открыть &amp;мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="344"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="348"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="346"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/tables.py" line="110"/>
        <source>&amp;Table:</source>
        <translation>&amp;Таблица:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="349"/>
        <source>&amp;Targets…</source>
        <translation>&amp;Целевые значения…</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="90"/>
        <source>A child in two categories is in both rows and once in the total.</source>
        <translation>Ребёнок, относящийся к двум категориям, указан в обеих строках, а в итоге учитывается один раз.</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="190"/>
        <source>A person who came to several kinds of events is counted once in the total.</source>
        <translation>Человек, посетивший мероприятия нескольких видов, в итоге учитывается один раз.</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="160"/>
        <source>A target cannot be negative.</source>
        <translation>Целевое значение не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="92"/>
        <source>A target of the whole country: a region cannot change it.</source>
        <translation>Целевое значение для всей страны: область не может его изменить.</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="111"/>
        <source>About this report</source>
        <translation>Об отчёте</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="91"/>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="188"/>
        <source>Against the target (100 % = the target)</source>
        <translation>Выполнение целевых значений (100 % = целевое значение)</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="49"/>
        <location filename="../../app/reports/youth.py" line="151"/>
        <source>Age group</source>
        <translation>Возрастная категория</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="102"/>
        <source>Aid delivered by item</source>
        <translation>Выданная помощь по видам</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="114"/>
        <source>Aid delivered by sponsor</source>
        <translation>Выданная помощь по спонсорам</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="223"/>
        <source>Aid delivered, tenge</source>
        <translation>Сумма выданной помощи, тенге</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="32"/>
        <source>Aid records</source>
        <translation>Записей о помощи</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="139"/>
        <source>Aid records by status</source>
        <translation>Записи о помощи по статусам</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="111"/>
        <source>All events</source>
        <translation>Все мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="36"/>
        <source>All nominations</source>
        <translation>Все номинации</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="150"/>
        <source>An office sets the targets of its own region only.</source>
        <translation>Управление задаёт целевые значения только своей области.</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="213"/>
        <source>Appointments</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="125"/>
        <location filename="../../app/reports/common.py" line="74"/>
        <source>Attendances</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="81"/>
        <source>Award</source>
        <translation>Награда</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="80"/>
        <location filename="../../app/reports/youth.py" line="83"/>
        <source>Awards given</source>
        <translation>Выданные награды</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="131"/>
        <source>Boys</source>
        <translation>Мальчики</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="127"/>
        <source>Breakdowns</source>
        <translation>Структура участников</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="104"/>
        <source>Breaking a rule</source>
        <translation>С нарушениями</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="48"/>
        <source>By age group (age on the period&apos;s last day)</source>
        <translation>По возрасту (на конец периода)</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="53"/>
        <source>By category</source>
        <translation>По категориям</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="45"/>
        <source>By sex</source>
        <translation>По полу</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="78"/>
        <source>By the event&apos;s language</source>
        <translation>По языку мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="85"/>
        <source>By the event&apos;s region</source>
        <translation>По области мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="59"/>
        <source>By the participant&apos;s district</source>
        <translation>По району участника</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="67"/>
        <source>By the participant&apos;s school</source>
        <translation>По школе участника</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="53"/>
        <location filename="../../app/reports/road.py" line="206"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="366"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="155"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="29"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="128"/>
        <source>Children and aid by school</source>
        <translation>Дети и помощь по школам</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="87"/>
        <source>Children by family category</source>
        <translation>Дети по категориям семей</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="224"/>
        <source>Children given the same aid twice</source>
        <translation>Дети, получившие одну и ту же помощь дважды</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="30"/>
        <source>Children helped</source>
        <translation>Дети, получившие помощь</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="221"/>
        <source>Children identified but not yet helped</source>
        <translation>Выявленные дети, ещё не получившие помощь</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="219"/>
        <source>Children in the data bank</source>
        <translation>Дети в банке данных</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="362"/>
        <source>Choose a period or type one: a month (2026-09), a quarter (2026-Q3), a year (2026) or two dates (2026-09-01..2026-10-15).</source>
        <translation>Выберите период или введите его: месяц (2026-09), квартал (2026-Q3), год (2026) или две даты (2026-09-01..2026-10-15).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="293"/>
        <source>Choose an indicator to see the events that break a rule.</source>
        <translation>Выберите показатель, чтобы увидеть мероприятия с нарушениями.</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="178"/>
        <source>Clubs</source>
        <translation>Клубы</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="104"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="226"/>
        <location filename="../../ui/reports/page.py" line="228"/>
        <source>Computing the indicators…</source>
        <translation>Расчёт показателей…</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="212"/>
        <source>Consultation appointments</source>
        <translation>Записи на консультацию</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="31"/>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="150"/>
        <source>Contest</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="157"/>
        <source>Contest participants (unique)</source>
        <translation>Участники конкурсов (уникальные)</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="158"/>
        <source>Contest winners (unique)</source>
        <translation>Победители конкурсов (уникальные)</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="156"/>
        <source>Contest works</source>
        <translation>Конкурсные работы</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="155"/>
        <source>Contests</source>
        <translation>Конкурсы</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="149"/>
        <source>Contests by nomination and age group</source>
        <translation>Конкурсы: номинации и возраст</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="199"/>
        <location filename="../../ui/reports/indicators_view.py" line="123"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="202"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="189"/>
        <source>Debate and contests</source>
        <translation>Дебаты и конкурсы</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="180"/>
        <source>Debate club members</source>
        <translation>Члены дебатных клубов</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="176"/>
        <location filename="../../app/reports/youth.py" line="179"/>
        <source>Debate clubs</source>
        <translation>Дебатные клубы</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="65"/>
        <source>Debate teams</source>
        <translation>Дебатные команды</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="61"/>
        <source>Debate teams and debaters by stage and league</source>
        <translation>Дебаты по этапам и лигам</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="64"/>
        <source>Debate tournaments</source>
        <translation>Дебатные турниры</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="63"/>
        <location filename="../../app/reports/youth.py" line="66"/>
        <source>Debaters (unique)</source>
        <translation>Участники дебатов (уникальные)</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="60"/>
        <location filename="../../app/reports/youth.py" line="177"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="56"/>
        <location filename="../../ui/reports/page.py" line="59"/>
        <source>District: {name}</source>
        <translation>Район: {name}</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="208"/>
        <source>Each school&apos;s typed total is used where it has one, else its count from the records (children in the data bank by the period&apos;s end).</source>
        <translation>Если школа ввела свой итог, берётся он, иначе берётся число по записям (дети, внесённые в банк данных к концу периода).</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="71"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="34"/>
        <source>English league</source>
        <translation>Английская лига</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="199"/>
        <location filename="../../ui/reports/indicators_view.py" line="123"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="187"/>
        <location filename="../../app/reports/legal.py" line="200"/>
        <location filename="../../app/reports/media.py" line="50"/>
        <location filename="../../app/reports/media.py" line="106"/>
        <source>Event kind</source>
        <translation>Вид мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="75"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="123"/>
        <source>Events held (all programmes)</source>
        <translation>Проведено мероприятий (все программы)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="121"/>
        <source>Events held, including those that break a rule</source>
        <translation>Проведено мероприятий, включая мероприятия с нарушениями</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="92"/>
        <source>Events in the period</source>
        <translation>Мероприятий за период</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="112"/>
        <source>Events per month by programme</source>
        <translation>Мероприятия по месяцам и программам</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="198"/>
        <source>Events that break a rule</source>
        <translation>Мероприятия с нарушениями</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/indicators_view.py" line="289"/>
        <source>Events that break a rule: %n</source>
        <translation>
            <numerusform>Мероприятия с нарушениями: %n</numerusform>
            <numerusform>Мероприятия с нарушениями: %n</numerusform>
            <numerusform>Мероприятия с нарушениями: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="88"/>
        <source>Family category</source>
        <translation>Категория семьи</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="24"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="207"/>
        <source>From the records</source>
        <translation>По записям</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="131"/>
        <source>Girls</source>
        <translation>Девочки</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="82"/>
        <source>Given</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="126"/>
        <source>Head-count of events without names</source>
        <translation>Численность на мероприятиях без поимённого списка</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="189"/>
        <location filename="../../app/reports/media.py" line="23"/>
        <source>Head-count without names</source>
        <translation>Численность (без списка)</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="132"/>
        <source>Head-counts as entered; an action without one counts its named participants.</source>
        <translation>Численность берётся в том виде, как введена; для акции без неё учитываются участники, внесённые поимённо.</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="37"/>
        <location filename="../../app/reports/indicators.py" line="103"/>
        <location filename="../../ui/reports/indicators_view.py" line="119"/>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="91"/>
        <source>How often (as entered)</source>
        <translation>Как часто (как указано)</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="206"/>
        <source>In the passports</source>
        <translation>В паспортах</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="36"/>
        <location filename="../../app/reports/indicators.py" line="100"/>
        <location filename="../../ui/reports/indicators_view.py" line="119"/>
        <location filename="../../ui/reports/targets_dialog.py" line="65"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="99"/>
        <location filename="../../ui/reports/page.py" line="366"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="103"/>
        <location filename="../../app/reports/road.py" line="156"/>
        <source>Item</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="70"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="33"/>
        <source>Kazakh league</source>
        <translation>Казахская лига</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="52"/>
        <source>Kazakhstan (all regions)</source>
        <translation>Казахстан (все области)</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="90"/>
        <location filename="../../app/reports/media.py" line="127"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="78"/>
        <location filename="../../app/reports/media.py" line="66"/>
        <source>Language</source>
        <translation>Язык</translation>
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
        <translation>Лекции и встречи, соответствующие требованиям</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="226"/>
        <source>Legal Culture</source>
        <translation>Правовая культура</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="186"/>
        <source>Legal Culture by event kind</source>
        <translation>Правовая культура по видам</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="128"/>
        <source>Legal Culture events per month (that meet the rules)</source>
        <translation>Правовая культура: мероприятия по месяцам (соответствующие требованиям)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="65"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="92"/>
        <source>Locality</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="92"/>
        <source>Made on</source>
        <translation>Дата составления</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="186"/>
        <source>Made on {date}. ✓ met, ✗ not met, – not judged (no target here, a partial or unfinished month or week, or a target of a wider level).</source>
        <translation>Дата составления: {date}. ✓ выполнено, ✗ не выполнено, – без оценки (здесь нет целевого значения, месяц или неделя неполные либо ещё не закончились, или целевое значение установлено для более высокого уровня).</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="24"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="133"/>
        <location filename="../../app/reports/media.py" line="135"/>
        <source>Mass actions</source>
        <translation>Массовые акции</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="126"/>
        <source>Mass actions by kind</source>
        <translation>Массовые акции по видам</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="30"/>
        <source>Master classes that meet the rules</source>
        <translation>Мастер-классы, соответствующие требованиям</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="114"/>
        <source>Media literacy and trainings</source>
        <translation>Медиаграмотность и тренинги</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="49"/>
        <source>Media literacy by event kind</source>
        <translation>Медиаграмотность по видам</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="65"/>
        <source>Media literacy by language</source>
        <translation>Медиаграмотность по языкам</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="52"/>
        <source>Media literacy events</source>
        <translation>Мероприятия по медиаграмотности</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="54"/>
        <source>Media literacy head-count without names</source>
        <translation>Медиаграмотность: численность (без списка)</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="188"/>
        <source>Meet the rules</source>
        <translation>Соответствуют требованиям</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="178"/>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="37"/>
        <location filename="../../app/reports/indicators.py" line="103"/>
        <location filename="../../ui/reports/indicators_view.py" line="120"/>
        <source>Met</source>
        <translation>Выполнение</translation>
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
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="36"/>
        <location filename="../../app/reports/indicators.py" line="101"/>
        <source>Month or week</source>
        <translation>Месяц или неделя</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="66"/>
        <source>National target</source>
        <translation>Республиканское значение</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="107"/>
        <source>No district is called “{name}” in the reference data or in the records. Check the spelling.</source>
        <translation>Района «{name}» нет ни в справочнике, ни в записях. Проверьте написание.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="291"/>
        <source>No event of this line breaks a rule.</source>
        <translation>В этой строке нет мероприятий с нарушениями.</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="98"/>
        <source>No indicator “{code}”; the indicators with targets are: {codes}.</source>
        <translation>Показателя «{code}» нет; показатели с целевыми значениями: {codes}.</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="130"/>
        <source>No school “{text}” in this database (give its uid).</source>
        <translation>Школы «{text}» в этой базе данных нет (укажите её uid).</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="150"/>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="173"/>
        <source>Nothing in this period.</source>
        <translation>За этот период данных нет.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="328"/>
        <source>Open it now?</source>
        <translation>Открыть его сейчас?</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="90"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="89"/>
        <source>Organisations running media literacy events</source>
        <translation>Организации по медиаграмотности</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="130"/>
        <source>Others</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="130"/>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="201"/>
        <location filename="../../app/reports/media.py" line="93"/>
        <location filename="../../app/reports/youth.py" line="152"/>
        <location filename="../../ui/reports/indicators_view.py" line="124"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="153"/>
        <source>Participants and winners are unique people; someone with works in two nominations is counted once in the contest&apos;s total.</source>
        <translation>Участники и победители считаются как уникальные люди: человек с работами в двух номинациях в итоге по конкурсу учитывается один раз.</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="128"/>
        <source>People (head-count)</source>
        <translation>Численность</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="73"/>
        <source>People (unique)</source>
        <translation>Люди (уникальные)</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="27"/>
        <source>People covered by Legal Culture (unique)</source>
        <translation>Правовая культура: охвачено человек (уникальных)</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="28"/>
        <source>People covered in the region (unique)</source>
        <translation>Охвачено человек в области (уникальных)</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="134"/>
        <source>People in mass actions (head-count)</source>
        <translation>Численность участников массовых акций</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="53"/>
        <source>People reached by media literacy (unique)</source>
        <translation>Медиаграмотность: охвачено человек (уникальных)</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="124"/>
        <source>People who took part (unique)</source>
        <translation>Участники (уникальные люди)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="66"/>
        <source>Per</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="90"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="148"/>
        <source>Previous month ({period})</source>
        <translation>Прошлый месяц ({period})</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="106"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="183"/>
        <source>Programme indicators</source>
        <translation>Показатели программ</translation>
    </message>
    <message>
        <location filename="../../app/reports/model.py" line="142"/>
        <source>Programme indicators: {period}, {scope}</source>
        <translation>Показатели программ: {period}, {scope}</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="129"/>
        <location filename="../../app/reports/road.py" line="203"/>
        <source>Pupils</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="104"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="85"/>
        <location filename="../../app/reports/export_pdf.py" line="36"/>
        <location filename="../../app/reports/indicators.py" line="101"/>
        <location filename="../../app/reports/legal.py" line="200"/>
        <location filename="../../app/reports/youth.py" line="177"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="67"/>
        <source>Region&apos;s value</source>
        <translation>Значение области</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="54"/>
        <source>Region: {name}</source>
        <translation>Область: {name}</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="34"/>
        <source>Regional consultants</source>
        <translation>Региональные консультанты</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="327"/>
        <source>Report written</source>
        <translation>Отчёт записан</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="343"/>
        <source>Reports and indicators</source>
        <translation>Отчёты и показатели</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="225"/>
        <source>Road to School («Мектепке жол»)</source>
        <translation>Дорога в школу («Мектепке жол»)</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="70"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="33"/>
        <source>Russian league</source>
        <translation>Русская лига</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="350"/>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="300"/>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="352"/>
        <source>Save the report as {format}</source>
        <translation>Сохранить отчёт в формате {format}</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="68"/>
        <location filename="../../app/reports/road.py" line="129"/>
        <location filename="../../app/reports/road.py" line="155"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="205"/>
        <source>School social passports summed ({year})</source>
        <translation>Соцпаспорта школ, итого ({year})</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="57"/>
        <location filename="../../ui/reports/page.py" line="61"/>
        <source>School: {name}</source>
        <translation>Школа: {name}</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="91"/>
        <source>Scope</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="100"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="32"/>
        <source>Seminars that meet the rules</source>
        <translation>Семинары, соответствующие требованиям</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="45"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="115"/>
        <source>Sponsor</source>
        <translation>Спонсор</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="62"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="213"/>
        <location filename="../../app/reports/road.py" line="140"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="93"/>
        <location filename="../../ui/reports/page.py" line="367"/>
        <source>Tables</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="37"/>
        <location filename="../../app/reports/indicators.py" line="102"/>
        <location filename="../../ui/reports/indicators_view.py" line="120"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="169"/>
        <source>Target: {target} lectures a month</source>
        <translation>Целевое значение: {target} лекций в месяц</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="49"/>
        <location filename="../../ui/reports/targets_dialog.py" line="137"/>
        <source>Targets</source>
        <translation>Целевые значения</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="147"/>
        <source>Targets are set by the region office; a school receives them with the office&apos;s bundle.</source>
        <translation>Целевые значения задаёт областное управление; школа получает их с пакетом управления.</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="129"/>
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="63"/>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="145"/>
        <source>The first {shown} of {total} rows; the XLSX and CSV files hold them all.</source>
        <translation>Показаны первые {shown} из {total} строк; в файлах XLSX и CSV есть все строки.</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="152"/>
        <source>The national centre sets the country&apos;s targets (no region); a region&apos;s own values are set by its office.</source>
        <translation>Национальный центр задаёт целевые значения страны (без области); собственные значения области задаёт её управление.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="62"/>
        <source>The national targets (read-only here).</source>
        <translation>Республиканские целевые значения (здесь только для просмотра).</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="117"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Период заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="324"/>
        <source>The report was written to {path}.</source>
        <translation>Отчёт записан в {path}.</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="154"/>
        <source>The same aid delivered twice to one child</source>
        <translation>Повторная выдача помощи ребёнку</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="59"/>
        <source>The targets of {region}, as set by the region office (read-only here).</source>
        <translation>Целевые значения: {region}, установленные областным управлением (здесь только для просмотра).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="55"/>
        <source>The targets of {region}. Type the region&apos;s own value in the last column; leave it blank to use the national target. Your schools receive the values with the next bundle.</source>
        <translation>Целевые значения: {region}. Введите собственное значение области в последнем столбце; оставьте его пустым, чтобы применялось республиканское значение. Ваши школы получат эти значения со следующим пакетом.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="147"/>
        <source>This month ({period})</source>
        <translation>Этот месяц ({period})</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="149"/>
        <source>This quarter ({period})</source>
        <translation>Этот квартал ({period})</translation>
    </message>
    <message>
        <source>This target was set by another installation (the office); only it can change it.</source>
        <translation type="vanished">Это целевое значение задано другой установкой (управлением); изменить его может только она.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="150"/>
        <source>This year ({period})</source>
        <translation>Этот год ({period})</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="156"/>
        <source>Times</source>
        <translation>Сколько раз</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="200"/>
        <source>Tirkeu · {period} · page {page}</source>
        <translation>Tirkeu · {period} · стр. {page}</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="76"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="33"/>
        <source>Trained trainers</source>
        <translation>Подготовленные тренеры</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="105"/>
        <source>Trainings, seminars and webinars by programme</source>
        <translation>Тренинги, семинары и вебинары</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="207"/>
        <source>Typed by schools</source>
        <translation>Введено школами</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="108"/>
        <source>Unique people are counted within each row.</source>
        <translation>Уникальные люди считаются в пределах каждой строки.</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="37"/>
        <location filename="../../app/reports/indicators.py" line="102"/>
        <location filename="../../ui/reports/indicators_view.py" line="119"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="31"/>
        <source>Value, tenge</source>
        <translation>Стоимость, тенге</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="202"/>
        <location filename="../../ui/reports/indicators_view.py" line="125"/>
        <source>What is wrong</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="152"/>
        <source>Winners</source>
        <translation>Победители</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="151"/>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_commands.py" line="55"/>
        <location filename="../../app/reports/export.py" line="36"/>
        <source>Write the report to a .xlsx, .pdf or .csv file, not “{name}”.</source>
        <translation>Запишите отчёт в файл .xlsx, .pdf или .csv, а не в «{name}».</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="311"/>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="310"/>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="323"/>
        <source>Written: {files}</source>
        <translation>Записано: {files}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="41"/>
        <location filename="../../ui/reports/targets_dialog.py" line="78"/>
        <source>a month</source>
        <translation>в месяц</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="41"/>
        <location filename="../../ui/reports/targets_dialog.py" line="79"/>
        <source>a week</source>
        <translation>в неделю</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="206"/>
        <source>booked</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="28"/>
        <source>city stage</source>
        <translation>городской этап</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="77"/>
        <source>country</source>
        <translation>вся страна</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="27"/>
        <source>district stage</source>
        <translation>районный этап</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="77"/>
        <source>each region</source>
        <translation>каждая область</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="206"/>
        <source>held</source>
        <translation>состоялась</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="30"/>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="207"/>
        <source>missed</source>
        <translation>неявка</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="81"/>
        <source>no category given</source>
        <translation>категория не указана</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="34"/>
        <source>no league</source>
        <translation>без лиги</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="120"/>
        <source>no school given</source>
        <translation>школа не указана</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="108"/>
        <source>no sponsor given</source>
        <translation>спонсор не указан</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="77"/>
        <location filename="../../app/reports/media.py" line="71"/>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="205"/>
        <source>not judged</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="31"/>
        <source>not met</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="35"/>
        <source>other age</source>
        <translation>другой возраст</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="29"/>
        <source>regional stage</source>
        <translation>областной этап</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="30"/>
        <source>republican stage</source>
        <translation>республиканский этап</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="26"/>
        <source>school stage</source>
        <translation>школьный этап</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="31"/>
        <source>stage not set</source>
        <translation>этап не указан</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="78"/>
        <source>the period</source>
        <translation>за период</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="227"/>
        <source>the target</source>
        <translation>целевое значение</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="66"/>
        <source>{label} ({start} – {end})</source>
        <translation>{label} ({start} – {end})</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="31"/>
        <source>{low} and over</source>
        <translation>{low} и старше</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="180"/>
        <source>{met} met · {not_met} not met · {none} not judged</source>
        <translation>выполнено: {met} · не выполнено: {not_met} · без оценки: {none}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="379"/>
        <source>{title} — computed in {seconds} s</source>
        <translation>{title} — рассчитано за {seconds} с</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="246"/>
        <source>«Мектепке жол»: children by family category</source>
        <translation>«Мектепке жол»: дети по категориям семей</translation>
    </message>
    <message>
        <location filename="../../ui/reports/common.py" line="42"/>
        <source>— not judged: no target at this level, a month or week only partly in the period, or a month not over yet.</source>
        <translation>— без оценки: на этом уровне нет целевого значения, месяц или неделя входят в период лишь частично или месяц ещё не закончился.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="71"/>
        <source>“{text}” is not a period: write a month (2026-09), a quarter (2026-Q3), a year (2026) or two dates (2026-09-01..2026-10-15).</source>
        <translation>«{text}» не является периодом: укажите месяц (2026-09), квартал (2026-Q3), год (2026) или две даты (2026-09-01..2026-10-15).</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="66"/>
        <source>“{text}” is not a scope: write country, region:KZ-61, district:NAME or school:UID.</source>
        <translation>Уровень «{text}» не распознан: укажите country, region:KZ-61, district:НАЗВАНИЕ или school:UID.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="52"/>
        <source>Aid recipients</source>
        <translation>Получатели помощи</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="157"/>
        <source>Choose a backup</source>
        <translation>Выбор резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="99"/>
        <source>Choose another file…</source>
        <translation>Выбрать другой файл…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="101"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="50"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="51"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="50"/>
        <source>Installation</source>
        <translation>Установка</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="51"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="207"/>
        <source>Replace the database with the backup of {date}?

What was entered after that day will no longer be shown. The database as it is now is kept as a copy beside it.</source>
        <translation>Заменить базу данных резервной копией от {date}?

Данные, внесённые после этого дня, больше не будут отображаться. Текущая база данных будет сохранена как копия в той же папке.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="80"/>
        <location filename="../../ui/exchange/restore_dialog.py" line="254"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="100"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="258"/>
        <source>The database as it was before is kept at {safety}.</source>
        <translation>Копия прежней базы данных сохранена: {safety}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="223"/>
        <source>The database was restored from {file}. The database as it was before is kept at {safety}.</source>
        <translation>База данных восстановлена из файла {file}. Копия прежней базы данных сохранена: {safety}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="178"/>
        <source>There are no automatic backups yet. Use “Choose another file…” to restore a copy from elsewhere.</source>
        <translation>Автоматических резервных копий пока нет. Чтобы восстановить копию из другого места (например, с флешки), нажмите «Выбрать другой файл…».</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="211"/>
        <source>This backup belongs to another installation ({name}).</source>
        <translation>Эта резервная копия принадлежит другой установке ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="203"/>
        <source>This backup was made by a newer version of Tirkeu. Install the newer Tirkeu to restore it.</source>
        <translation>Эта резервная копия создана более новой версией Tirkeu. Чтобы восстановить её, установите новую версию Tirkeu.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="85"/>
        <source>Tirkeu copies the database on the first start of each day. Choose the copy to go back to; the database as it is now is kept as a copy beside it.</source>
        <translation>Tirkeu ежедневно при первом запуске создаёт копию базы данных. Выберите копию, к которой нужно вернуться; текущая база данных будет сохранена как копия в той же папке.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="158"/>
        <source>Tirkeu database (*.sqlite3);;All files (*)</source>
        <translation>База данных Tirkeu (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="134"/>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="184"/>
        <source>{file}
Installation: {name} · schema version {version}
People {people} · events {events} · attendance {attendance} · aid recipients {recipients} · aid given {aid} · certificates {certificates}</source>
        <translation>{file}
Установка: {name} · версия схемы: {version}
Люди: {people} · мероприятия: {events} · записи об участии: {attendance} · получатели помощи: {recipients} · оказанная помощь: {aid} · сертификаты: {certificates}</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../../ui/server/dialog.py" line="70"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="55"/>
        <source>Open a server database</source>
        <translation>Открыть базу данных на сервере</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="149"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="150"/>
        <source>Password of {address}:</source>
        <translation>Пароль для {address}:</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="72"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="69"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="68"/>
        <source>Server (name or address):</source>
        <translation>Сервер (имя или адрес):</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="73"/>
        <source>The password is not saved. Leave it empty if the server does not ask for one or it is in your .pgpass file.</source>
        <translation>Пароль не сохраняется. Оставьте поле пустым, если сервер его не спрашивает или он записан в вашем файле .pgpass.</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="102"/>
        <source>Type the server and the database.</source>
        <translation>Укажите сервер и базу данных.</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="71"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings/page.py" line="68"/>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Язык программы:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="69"/>
        <source>Database file:</source>
        <translation>Файл базы данных:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="67"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="70"/>
        <source>Signing key fingerprint:</source>
        <translation>Отпечаток ключа подписи:</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../ui/setup/dialog.py" line="109"/>
        <source>&amp;Coordinator&apos;s full name:</source>
        <translation>&amp;ФИО координатора:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="109"/>
        <source>&amp;District:</source>
        <translation>Ра&amp;йон:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="108"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="108"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../app/installation.py" line="94"/>
        <source>A school keeps its database in a file on its laptop; a server database is for a region office or the national centre.</source>
        <translation>Школа хранит базу данных в файле на своём ноутбуке; база данных на сервере предназначена для областного управления и республиканского центра.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="131"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="166"/>
        <source>Choose the region.</source>
        <translation>Выберите область.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="42"/>
        <source>National level</source>
        <translation>Республиканский уровень</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="109"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="41"/>
        <source>Region office</source>
        <translation>Областное управление</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="41"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="108"/>
        <source>School or office &amp;name:</source>
        <translation>&amp;Название школы или управления:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="130"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location filename="../../app/installation.py" line="84"/>
        <location filename="../../app/installation.py" line="101"/>
        <source>This database is already set up; use another --db for a new installation.</source>
        <translation>Эта база данных уже настроена; для новой установки укажите другой --db.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="105"/>
        <source>Tirkeu: set-up</source>
        <translation>Tirkeu: начальная настройка</translation>
    </message>
    <message>
        <location filename="../../app/installation.py" line="86"/>
        <source>Unknown role {role}: choose school, office or national.</source>
        <translation>Неизвестная роль {role}: выберите school, office или national.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="106"/>
        <source>Welcome to Tirkeu. Tell it once who uses this computer; everything is kept on this computer.</source>
        <translation>Добро пожаловать в Tirkeu! Один раз укажите, кто работает на этом компьютере; все данные хранятся только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="127"/>
        <source>e.g. No. 12 school-gymnasium</source>
        <translation>например, школа-гимназия № 12</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/application.py" line="227"/>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="83"/>
        <location filename="../../ui/application.py" line="117"/>
        <location filename="../../ui/application.py" line="170"/>
        <source>Tirkeu cannot open the database</source>
        <translation>Tirkeu не может открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="110"/>
        <source>Tirkeu is already open with this database. Use the window that is open.</source>
        <translation>Tirkeu уже открыт с этой базой данных. Используйте открытое окно.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../ui/sync/page.py" line="241"/>
        <source>Aid given to the same child by several schools in one campaign:</source>
        <translation>Помощь одному ребёнку от нескольких школ в одной кампании:</translation>
    </message>
    <message>
        <location filename="../../app/sync/batch.py" line="210"/>
        <source>An identity card or key file, not a bundle: skipped.</source>
        <translation>Карточка установки или файл ключа, а не пакет: пропущен.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="299"/>
        <source>Ask {above} for its identity card: a small file (tirkeu-identity.json) on a USB stick or by e-mail.</source>
        <translation>Попросите {above} прислать карточку установки: небольшой файл (tirkeu-identity.json) на флешке или по электронной почте.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="266"/>
        <source>Bundle {sequence} from {name} was already imported with other content; this one is not applied. Ask the school which is right.</source>
        <translation>Пакет № {sequence} (отправитель: {name}) уже был импортирован с другим содержимым; этот пакет не применён. Уточните у школы, какой из них верный.</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="289"/>
        <source>Bundle {sequence} was not written by this installation (or its kept copy is gone).</source>
        <translation>Пакет № {sequence} записан не этой установкой (или его сохранённая копия утрачена).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="336"/>
        <source>Bundle {sequence} with {records} records was written to {path}.</source>
        <translation>Пакет № {sequence} записан в {path}. Записей: {records}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="355"/>
        <source>Bundles</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="293"/>
        <source>Bundles cannot be encrypted yet</source>
        <translation>Пакеты пока нельзя зашифровать</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="302"/>
        <source>Call {above} and compare the key fingerprint Tirkeu shows you with the one on their screen (Help → About). Only if they match, answer Yes.</source>
        <translation>Позвоните в {above} и сравните отпечаток ключа, который покажет Tirkeu, с отпечатком на их экране (Справка → О программе Tirkeu). Отвечайте «Да», только если они совпадают.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="123"/>
        <source>Cannot read the identity card {path}.</source>
        <translation>Не удалось прочитать карточку установки {path}.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="107"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Не удалось прочитать файл {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="66"/>
        <location filename="../../app/sync/export.py" line="281"/>
        <source>Cannot write the bundle {path}: {error}. Check that the disk (or USB stick) has free space and is writable.</source>
        <translation>Не удалось записать пакет {path}: {error}. Проверьте, что на диске (или флешке) есть свободное место и запись разрешена.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="200"/>
        <location filename="../../app/sync/trust.py" line="79"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Не удалось записать файл {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="244"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="301"/>
        <source>Click the button below and choose that file.</source>
        <translation>Нажмите кнопку ниже и выберите этот файл.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="232"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="221"/>
        <source>Everything (a full snapshot), not only the changes</source>
        <translation>Все данные (полный снимок), а не только изменения</translation>
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
        <translation>Папка с пакетами</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="222"/>
        <source>For</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="220"/>
        <source>For:</source>
        <translation>Для кого:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="231"/>
        <source>From</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="223"/>
        <source>Full</source>
        <translation>Полный</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="242"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="422"/>
        <location filename="../../ui/sync/page.py" line="440"/>
        <source>Identity card</source>
        <translation>Карточка установки</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="423"/>
        <source>Identity cards (*.json *.card);;All files (*)</source>
        <translation>Карточки установок (*.json *.card);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="414"/>
        <source>Identity cards (*.json)</source>
        <translation>Карточки установок (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="232"/>
        <source>Ignored</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="225"/>
        <source>Import a folder…</source>
        <translation>Импорт папки…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="226"/>
        <source>Import files…</source>
        <translation>Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="364"/>
        <source>Importing bundles…</source>
        <translation>Импорт пакетов…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="243"/>
        <location filename="../../ui/sync/page.py" line="245"/>
        <source>Installations</source>
        <translation>Установки</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="339"/>
        <source>It is NOT encrypted: anyone who finds the stick can read it.</source>
        <translation>Он НЕ зашифрован: любой, кто найдёт флешку, сможет его прочитать.</translation>
    </message>
    <message>
        <source>It is encrypted to the office.</source>
        <translation type="vanished">Он зашифрован для управления.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="338"/>
        <source>It is encrypted to {name}.</source>
        <translation>Он зашифрован для: {name}.</translation>
    </message>
    <message>
        <source>It is not encrypted: no office key is trusted yet.</source>
        <translation type="vanished">Он не зашифрован: ключ управления ещё не добавлен в доверенные.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="245"/>
        <source>Items</source>
        <translation>Виды помощи</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="238"/>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="216"/>
        <source>Keys and trust</source>
        <translation>Ключи и доверие</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="239"/>
        <source>Look for problems across schools</source>
        <translation>Найти несоответствия между школами</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="372"/>
        <source>Missing from {name}: bundle(s) {numbers}.</source>
        <translation>{name}: не хватает пакетов № {numbers}.</translation>
    </message>
    <message>
        <location filename="../../app/sync/bundle_records.py" line="120"/>
        <source>More than {n} of the bundle&apos;s records are wrong; the bundle is refused whole.</source>
        <translation>Более {n} записей пакета ошибочны; пакет отклонён целиком.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="237"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="156"/>
        <source>Name the installation this bundle is for (--to, the window&apos;s “For” list): an office writes one bundle for the national centre and one for each school.</source>
        <translation>Укажите, для кого этот пакет (--to, список «Для кого» в окне): управление пишет один пакет для национального центра и по одному для каждой школы.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="242"/>
        <source>Names</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="294"/>
        <source>No identity card of {above} is trusted here, so a bundle would be written unencrypted: anyone who finds the USB stick could read the names, birth dates and IINs in it. Three steps fix this once:</source>
        <translation>Здесь нет доверенной карточки установки ({above}), поэтому пакет будет записан незашифрованным: любой, кто найдёт флешку, сможет прочитать в нём ФИО, даты рождения и ИИН. Это исправляется один раз, в три шага:</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="159"/>
        <source>No office is trusted yet, so the bundle cannot be encrypted and children&apos;s data would travel in clear. Ask the region office for its identity card (a .json file), trust it (Sync → Keys → Trust a card…, or `keys trust CARD`), and write the bundle again. To write it unencrypted anyway, choose “Write unencrypted” (--plaintext).</source>
        <translation>Ни одному управлению ещё не оказано доверие, поэтому пакет нельзя зашифровать, и данные детей поедут в открытом виде. Попросите у областного управления его карточку установки (файл .json), окажите ей доверие (Синхронизация → Ключи и доверие → Доверять карточке установки…, или `keys trust CARD`) и запишите пакет снова. Чтобы всё же записать без шифрования, выберите «Записать без шифрования» (--plaintext).</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="199"/>
        <source>No single trusted installation has the id, fingerprint or name {what}; see `keys list`.</source>
        <translation>Нет ровно одной доверенной установки с идентификатором, отпечатком или именем {what}; см. `keys list`.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="190"/>
        <source>No trusted installation has the id or fingerprint {what}.</source>
        <translation>Нет доверенной установки с идентификатором или отпечатком ключа {what}.</translation>
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
        <translation>В списке «Кому» никто не выбран, поэтому пакет будет записан незашифрованным: любой, кто найдёт флешку, сможет прочитать в нём ФИО, даты рождения и ИИН. Как доверять карточке управления, показано вверху этой страницы. Всё равно записать без шифрования?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="227"/>
        <source>Only check, save nothing</source>
        <translation>Только проверить, ничего не сохранять</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="228"/>
        <source>Or drop bundle files or a folder here.</source>
        <translation>Или перетащите сюда файлы пакетов или папку.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="233"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="215"/>
        <source>Receive bundles</source>
        <translation>Приём пакетов</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="223"/>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="237"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="233"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="231"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="216"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="236"/>
        <source>Revoke the selected (lost laptop)</source>
        <translation>Отозвать выбранную (ноутбук утерян)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="237"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="234"/>
        <source>Save my identity card…</source>
        <translation>Сохранить мою карточку установки…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="413"/>
        <source>Save the identity card</source>
        <translation>Сохранение карточки установки</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="242"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="215"/>
        <source>Send to the office</source>
        <translation>Отправка в управление</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="238"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="214"/>
        <source>Sync with the office</source>
        <translation>Синхронизация с управлением</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="318"/>
        <source>The bundle cannot be encrypted</source>
        <translation>Пакет нельзя зашифровать</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="130"/>
        <location filename="../../app/sync/container.py" line="135"/>
        <location filename="../../app/sync/container.py" line="164"/>
        <source>The bundle holds an unexpected file {name}; it is refused.</source>
        <translation>В пакете есть посторонний файл {name}; пакет отклонён.</translation>
    </message>
    <message>
        <location filename="../../app/sync/bundle_records.py" line="48"/>
        <source>The bundle holds more lines than its signed manifest counts; it is refused.</source>
        <translation>В пакете больше строк, чем указано в его подписанном манифесте; пакет отклонён.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="138"/>
        <source>The bundle holds the same file twice; it is refused.</source>
        <translation>В пакете один и тот же файл встречается дважды; пакет отклонён.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="78"/>
        <source>The bundle is damaged (a member has the wrong size).</source>
        <translation>Пакет повреждён (у одного из вложенных файлов неверный размер).</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="202"/>
        <source>The bundle is encrypted to another office; this office cannot open it.</source>
        <translation>Пакет зашифрован для другого управления; это управление не может его открыть.</translation>
    </message>
    <message>
        <source>The bundle is encrypted, but this installation has no decryption key: it was meant for an office.</source>
        <translation type="vanished">Пакет зашифрован, но у этой установки нет ключа расшифровки: пакет предназначен для управления.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="197"/>
        <source>The bundle is encrypted, but this installation has no decryption key: it was meant for another installation.</source>
        <translation>Пакет зашифрован, но у этой установки нет ключа расшифровки: он предназначен другой установке.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="141"/>
        <source>The bundle is incomplete: its manifest, signature or records are missing.</source>
        <translation>Пакет неполный: отсутствует манифест, подпись или записи.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="74"/>
        <source>The bundle member {name} is too large to be genuine.</source>
        <translation>Файл {name} в пакете слишком велик, чтобы быть подлинным.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="114"/>
        <source>The bundle was written by a newer Tirkeu (format {found}); install the newer version to import it.</source>
        <translation>Пакет записан более новой версией Tirkeu (версия формата — {found}); чтобы импортировать его, установите новую версию.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="118"/>
        <source>The bundle was written by a newer Tirkeu (schema {found}); install the newer version to import it.</source>
        <translation>Пакет записан более новой версией Tirkeu (версия схемы — {found}); чтобы импортировать его, установите новую версию.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="135"/>
        <source>The bundle&apos;s manifest does not describe its records.</source>
        <translation>Манифест пакета не соответствует его записям.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="109"/>
        <source>The bundle&apos;s manifest is damaged.</source>
        <translation>Манифест пакета повреждён.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="124"/>
        <location filename="../../app/sync/importer.py" line="138"/>
        <source>The bundle&apos;s manifest is incomplete.</source>
        <translation>Манифест пакета неполный.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="133"/>
        <source>The bundle&apos;s records are larger than a bundle may be; it is refused.</source>
        <translation>Записи пакета больше допустимого размера; пакет отклонён.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="309"/>
        <source>The bundle&apos;s records contradict each other ({error}); nothing was imported from it.</source>
        <translation>Записи пакета противоречат друг другу ({error}); из него ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="176"/>
        <location filename="../../app/sync/importer.py" line="192"/>
        <source>The bundle&apos;s records were changed after it was signed; it is refused.</source>
        <translation>Записи пакета изменены после подписания; пакет отклонён.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="127"/>
        <source>The bundle&apos;s sequence number {sequence} is impossible; it is refused.</source>
        <translation>Порядковый номер пакета {sequence} невозможен; пакет отклонён.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="106"/>
        <source>The identity card names an unknown role.</source>
        <translation>В карточке установки указана неизвестная роль.</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="165"/>
        <source>The identity card of {name} has no encryption key (it was written by an older Tirkeu). Ask for a new card and trust it, or write the bundle unencrypted on purpose (--plaintext).</source>
        <translation>В карточке установки {name} нет ключа шифрования (её записала старая версия Tirkeu). Попросите новую карточку и окажите ей доверие или намеренно запишите пакет без шифрования (--plaintext).</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="160"/>
        <source>The key of {name} was revoked on {date}; its bundles are refused.</source>
        <translation>Ключ установки {name} отозван {date}; её пакеты не принимаются.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="151"/>
        <source>The key of {name} was revoked; it cannot be trusted again.</source>
        <translation>Ключ установки {name} отозван; доверять ему снова нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="112"/>
        <source>The office&apos;s encryption key in the card is not valid.</source>
        <translation>Ключ шифрования управления в карточке недействителен.</translation>
    </message>
    <message>
        <location filename="../../app/sync/minisign.py" line="47"/>
        <location filename="../../app/sync/minisign.py" line="52"/>
        <location filename="../../app/sync/minisign.py" line="54"/>
        <source>The public key is not valid.</source>
        <translation>Открытый ключ недействителен.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="240"/>
        <source>The same IIN registered by several schools:</source>
        <translation>Один и тот же ИИН зарегистрирован в нескольких школах:</translation>
    </message>
    <message>
        <location filename="../../app/sync/minisign.py" line="79"/>
        <source>The signature does not match: the file was changed after it was signed, or it was signed by another key.</source>
        <translation>Подпись не совпадает: файл изменён после подписания или подписан другим ключом.</translation>
    </message>
    <message>
        <location filename="../../app/sync/minisign.py" line="84"/>
        <location filename="../../app/sync/minisign.py" line="89"/>
        <location filename="../../app/sync/minisign.py" line="91"/>
        <source>The signature file is damaged.</source>
        <translation>Файл подписи повреждён.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="170"/>
        <source>This bundle is signed with the key of {name}, which was revoked on {date}; a new installation id does not make it trusted again.</source>
        <translation>Этот пакет подписан ключом {name}, отозванным {date}; новый идентификатор установки не возвращает ему доверие.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="157"/>
        <source>This bundle was written by this installation itself.</source>
        <translation>Этот пакет записан самой этой установкой.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="255"/>
        <source>This bundle was written for another installation; it is not imported here.</source>
        <translation>Этот пакет записан для другой установки; здесь он не импортируется.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="155"/>
        <source>This card carries the key of {name}, which was revoked on {date}; a key once revoked is never trusted again, whatever installation id it comes with.</source>
        <translation>В этой карточке ключ {name}, отозванный {date}; отозванному ключу больше никогда не доверяют, с каким бы идентификатором установки он ни пришёл.</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="197"/>
        <source>This computer&apos;s clock is behind the latest change it holds ({when} UTC). Check its date and time: changes are ordered by it.</source>
        <translation>Часы этого компьютера отстают от последнего изменения в нём ({when} UTC). Проверьте дату и время: по ним упорядочиваются изменения.</translation>
    </message>
    <message>
        <location filename="../../app/sync/batch.py" line="241"/>
        <source>This file could not be imported ({error}); it was skipped and the others went on. The details are in the log.</source>
        <translation>Этот файл не удалось импортировать ({error}); он пропущен, остальные импортированы дальше. Подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="257"/>
        <source>This installation&apos;s key fingerprint: {fp}</source>
        <translation>Отпечаток ключа этой установки: {fp}</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="111"/>
        <source>This is not a Tirkeu bundle.</source>
        <translation>Это не пакет Tirkeu.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="104"/>
        <location filename="../../app/sync/trust.py" line="125"/>
        <source>This is not a Tirkeu identity card.</source>
        <translation>Это не карточка установки Tirkeu.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="144"/>
        <source>This is this installation&apos;s own card.</source>
        <translation>Это карточка самой этой установки.</translation>
    </message>
    <message>
        <location filename="../../app/models/base.py" line="77"/>
        <location filename="../../app/records.py" line="67"/>
        <source>This record was made by another installation; only that installation can change it.</source>
        <translation>Эта запись создана другой установкой; изменить её может только та установка.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="244"/>
        <source>Times</source>
        <translation>Сколько раз</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="356"/>
        <source>Tirkeu bundles (*.tirkeu)</source>
        <translation>Пакеты Tirkeu (*.tirkeu)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="235"/>
        <source>Trust an identity card…</source>
        <translation>Доверять карточке установки…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="224"/>
        <source>Trust the office&apos;s identity card…</source>
        <translation>Доверять карточке управления…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="390"/>
        <source>Trust the sender?</source>
        <translation>Доверять отправителю?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="229"/>
        <source>Trust the sender…</source>
        <translation>Доверять отправителю…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="431"/>
        <source>Trust this identity card?</source>
        <translation>Доверять этой карточке установки?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="232"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="232"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="310"/>
        <source>Where to write the bundle</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="218"/>
        <source>Write a bundle to a USB stick or a folder</source>
        <translation>Запись пакета на флешку или в папку</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="219"/>
        <source>Write the bundle…</source>
        <translation>Записать пакет…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="324"/>
        <source>Write unencrypted</source>
        <translation>Записать без шифрования</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="331"/>
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="222"/>
        <source>Written</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="244"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="48"/>
        <source>already imported</source>
        <translation>уже импортирован</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="50"/>
        <source>checked</source>
        <translation>проверен</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="49"/>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="48"/>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="276"/>
        <location filename="../../ui/sync/page.py" line="429"/>
        <source>national centre</source>
        <translation>национальный центр</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="264"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="261"/>
        <source>not encrypted</source>
        <translation>не зашифрован</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="49"/>
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="275"/>
        <location filename="../../ui/sync/page.py" line="428"/>
        <source>region office</source>
        <translation>областное управление</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="267"/>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="275"/>
        <location filename="../../ui/sync/page.py" line="428"/>
        <source>school</source>
        <translation>школа</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="50"/>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="292"/>
        <source>the national centre</source>
        <translation>национальный центр</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="267"/>
        <source>trusted</source>
        <translation>доверенный</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="264"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="291"/>
        <source>your region office</source>
        <translation>ваше областное управление</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="116"/>
        <source>{file} is damaged or incomplete (was it copied to the end?).</source>
        <translation>Файл {file} повреждён или неполный (скопирован ли он до конца?).</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="103"/>
        <source>{file} is larger than a bundle may be; it is refused.</source>
        <translation>{file} больше допустимого размера пакета; он отклонён.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="100"/>
        <location filename="../../app/sync/container.py" line="121"/>
        <source>{file} is not a Tirkeu bundle (not a ZIP file).</source>
        <translation>Файл {file} не является пакетом Tirkeu (это не ZIP-файл).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="432"/>
        <source>{name} ({role}, {region}).

Its key fingerprint is

{fp}

Call them and compare it with the fingerprint their Tirkeu shows (Help → About). Trust it?</source>
        <translation>{name} ({role}, {region}).

Отпечаток его ключа:

{fp}

Позвоните им и сверьте его с отпечатком, который показывает их Tirkeu (Справка → О программе). Доверять?</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="150"/>
        <source>{name} is a {role}: it does not take bundles from this installation ({why}).</source>
        <translation>{name} — {role}: он не принимает пакеты от этой установки ({why}).</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="252"/>
        <source>{name} is a {role}; this installation does not take bundles from it ({why}).</source>
        <translation>{name} — {role}; эта установка не принимает от него пакеты ({why}).</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="147"/>
        <source>{name} is already trusted with another key. If its laptop was replaced, the new one is a new installation; if the key was lost, revoke the old one first.</source>
        <translation>{name}: этой установке уже доверяют с другим ключом. Если ноутбук заменён, новый считается новой установкой; если ключ утерян, сначала отзовите старый.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="174"/>
        <source>{name} is not trusted yet. Compare its key fingerprint {fp} with the school, then import its identity card or use --trust-new.</source>
        <translation>{name}: эта установка ещё не в списке доверенных. Сверьте со школой отпечаток ключа {fp}, затем импортируйте её карточку установки или используйте --trust-new.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="391"/>
        <source>{name} is not trusted yet. Its key fingerprint is

{fp}

Call the school and compare it with the fingerprint shown in their Tirkeu (Help → About). Trust it?</source>
        <translation>{name}: эта установка ещё не в списке доверенных. Отпечаток её ключа:

{fp}

Позвоните в школу и сравните его с отпечатком, который показывает их Tirkeu (Справка → О программе Tirkeu). Доверять?</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="178"/>
        <source>{name} says it is an office or the national centre. Those are trusted only from their identity card (keys trust), after comparing the fingerprint {fp}; --trust-new trusts schools only.</source>
        <translation>{name} называет себя управлением или национальным центром. Им доверяют только по карточке установки (keys trust), после сверки отпечатка {fp}; --trust-new доверяет только школам.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="280"/>
        <source>— no office trusted yet —</source>
        <translation>— доверенного управления пока нет —</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../app/importing/templates.py" line="37"/>
        <location filename="../../app/tables/writer.py" line="56"/>
        <source>Cannot save a table as &quot;{suffix}&quot;: use a file name ending in .xlsx or .csv.</source>
        <translation>Нельзя сохранить таблицу как «{suffix}»: укажите имя файла с расширением .xlsx или .csv.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="108"/>
        <source>Cannot write to the folder {folder}: it is read-only or you may not write there. Choose another folder (Documents, say) and try again.</source>
        <translation>Не удаётся записать в папку {folder}: она доступна только для чтения или у вас нет прав на запись в неё. Выберите другую папку (например, «Документы») и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="161"/>
        <source>Cannot write {file}: access denied. If the file is open in Excel, close it and try again.</source>
        <translation>Не удалось записать файл {file}: доступ запрещён. Если файл открыт в Excel, закройте его и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="163"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>Не удалось записать файл {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="156"/>
        <source>Cannot write {file}: {reason}. The disk is full: free some space on it or choose another disk, then try again. The old file, if any, is unchanged.</source>
        <translation>Не удалось записать файл {file}: {reason}. Диск заполнен: освободите на нём место или выберите другой диск, затем повторите попытку. Прежний файл, если он был, не изменён.</translation>
    </message>
    <message>
        <location filename="../../app/tables/encodings.py" line="101"/>
        <source>In {file} some letters were replaced by «?» (for example «{example}»): the file was saved as plain CSV, which cannot hold the Kazakh letters ә ғ қ ң ө ұ ү һ і. Those letters are lost in this file. Open the list in Excel and save it as &quot;Excel Workbook (.xlsx)&quot; or as &quot;CSV UTF-8&quot;, then import that file.</source>
        <translation>В файле {file} часть букв заменена на «?» (например, «{example}»): файл сохранён как обычный CSV, в котором нельзя хранить казахские буквы ә ғ қ ң ө ұ ү һ і. В этом файле эти буквы потеряны. Откройте список в Excel, сохраните его как &quot;Книга Excel (.xlsx)&quot; или &quot;CSV UTF-8&quot; и импортируйте этот файл.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="78"/>
        <source>Line {line} of {file} is longer than {limit} MB: this is not a table that Tirkeu can read. Check that you chose the right file.</source>
        <translation>Строка {line} файла {file} длиннее {limit} МБ: Tirkeu не может прочитать такую таблицу. Проверьте, тот ли файл вы выбрали.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="205"/>
        <source>Required columns are missing: {missing}. Give them one of the accepted titles in the first row — {accepted}.</source>
        <translation>Отсутствуют обязательные столбцы: {missing}. Укажите для них в первой строке одно из допустимых названий — {accepted}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/values.py" line="119"/>
        <source>The IIN “{text}” was turned by Excel into a rounded number: its last digits are lost. In the file, format the IIN column as Text and type the IINs again (or copy them from the original list), or correct it here.</source>
        <translation>ИИН “{text}” Excel превратил в округлённое число: последние цифры потеряны. В файле задайте столбцу ИИН формат «Текстовый» и введите ИИН заново (или скопируйте из исходного списка), либо исправьте здесь.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="84"/>
        <source>The file {file} cannot be opened: {reason}</source>
        <translation>Не удаётся открыть файл {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/ods.py" line="148"/>
        <location filename="../../app/tables/reader.py" line="190"/>
        <location filename="../../app/tables/reader.py" line="332"/>
        <location filename="../../app/tables/xls.py" line="78"/>
        <location filename="../../app/tables/xlsx.py" line="259"/>
        <source>The file {file} is empty.</source>
        <translation>Файл {file} пуст.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="80"/>
        <source>The file {file} was not found.</source>
        <translation>Файл {file} не найден.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="201"/>
        <source>The full name is in one column. Split it into separate columns for surname, name and patronymic. Accepted titles — {accepted}.</source>
        <translation>ФИО указаны в одном столбце. Разнесите фамилию, имя и отчество по отдельным столбцам. Допустимые названия — {accepted}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="311"/>
        <source>Unknown record type &quot;{kind}&quot;: use one of {kinds}.</source>
        <translation>Неизвестный тип записей «{kind}»: используйте один из следующих: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="133"/>
        <source>en</source>
        <translation>ru</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="197"/>
        <source>{field}: {titles}</source>
        <translation>{field}: {titles}</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="217"/>
        <source>{file} cannot be read as CSV near line {line}: {reason}</source>
        <translation>Не удаётся прочитать файл {file} как CSV (около строки {line}): {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/ods.py" line="52"/>
        <source>{file} cannot be read as a LibreOffice spreadsheet (.ods) ({reason}). Open it in LibreOffice and save it again.</source>
        <translation>Файл {file} не удаётся прочитать как таблицу LibreOffice (.ods) ({reason}). Откройте его в LibreOffice и сохраните заново.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xlsx.py" line="57"/>
        <source>{file} cannot be read as an Excel workbook ({reason}). Open it in Excel and save it again.</source>
        <translation>Не удаётся прочитать файл {file} как книгу Excel ({reason}). Откройте его в Excel и сохраните заново.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xls.py" line="35"/>
        <source>{file} cannot be read as an old Excel workbook (.xls) ({reason}). Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>Файл {file} не удаётся прочитать как старую книгу Excel (.xls) ({reason}). Откройте его в Excel и сохраните как &quot;Книга Excel (.xlsx)&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="110"/>
        <source>{file} does not look like a table: it has only {count} column(s). Columns must be separated by commas, semicolons or tabs, or the file must be an Excel workbook (.xlsx).</source>
        <translation>Файл {file} не похож на таблицу: столбцов в нём всего {count}. Столбцы должны разделяться запятыми, точками с запятой или табуляцией, либо файл должен быть книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="72"/>
        <source>{file} has data in column {column} (row {row}), far to the right of any table: tables for Tirkeu have at most {limit} columns. Delete the columns that are not needed and import it again.</source>
        <translation>В файле {file} есть данные в столбце {column} (строка {row}), далеко справа от любой таблицы: в таблицах для Tirkeu не более {limit} столбцов. Удалите ненужные столбцы и импортируйте файл снова.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="54"/>
        <source>{file} has more than {limit} rows. Split it into files of at most {limit} rows and import them one by one.</source>
        <translation>В файле {file} больше {limit} строк. Разделите его на файлы не более чем по {limit} строк и импортируйте их по очереди.</translation>
    </message>
    <message>
        <location filename="../../app/tables/ods.py" line="155"/>
        <location filename="../../app/tables/xls.py" line="73"/>
        <location filename="../../app/tables/xlsx.py" line="255"/>
        <source>{file} has no sheet named &quot;{sheet}&quot;. Sheets: {sheets}.</source>
        <translation>В файле {file} нет листа «{sheet}». Имеющиеся листы: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="66"/>
        <source>{file} has titles in more than {limit} columns; tables for Tirkeu need far fewer. Delete the columns that are not needed and import it again.</source>
        <translation>В файле {file} заголовки есть более чем в {limit} столбцах, а таблицам для Tirkeu нужно гораздо меньше. Удалите ненужные столбцы и импортируйте файл снова.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xlsx.py" line="88"/>
        <source>{file} is a damaged archive, not a readable table.</source>
        <translation>Файл {file} — повреждённый архив, а не читаемая таблица.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="82"/>
        <source>{file} is a folder, not a table file.</source>
        <translation>{file} — это папка, а не файл таблицы.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="196"/>
        <source>{file} is a web page or XML document saved as a table. Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>Файл {file} — это веб-страница или XML-документ, сохранённый как таблица. Откройте его в Excel и сохраните как «Книга Excel (.xlsx)».</translation>
    </message>
    <message>
        <location filename="../../app/tables/xlsx.py" line="283"/>
        <source>{file} is a zip archive, not a table. Unpack it first.</source>
        <translation>Файл {file} — это zip-архив, а не таблица. Сначала распакуйте его.</translation>
    </message>
    <message>
        <location filename="../../app/tables/encodings.py" line="86"/>
        <source>{file} is a {kind} file, not a table.</source>
        <translation>Файл {file} — это файл {kind}, а не таблица.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xlsx.py" line="280"/>
        <source>{file} is a {kind} file, not an Excel table. Save it as &quot;Excel Workbook (.xlsx)&quot; or CSV.</source>
        <translation>Файл {file} — это файл {kind}, а не таблица Excel. Сохраните его как «Книга Excel (.xlsx)» или CSV.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="85"/>
        <source>{file} is damaged or is not an ordinary Excel workbook: it would unpack to more than {limit} MB or into absurd parts. Open it in Excel and save it again, or save it as CSV.</source>
        <translation>Файл {file} повреждён или не является обычной книгой Excel: при распаковке он занял бы больше {limit} МБ или распался бы на бессмысленные части. Откройте его в Excel и сохраните заново или сохраните как CSV.</translation>
    </message>
    <message>
        <source>{file} is in the old Excel format (.xls) or is password-protected. Open it in Excel, remove any password and save it as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation type="vanished">Файл {file} сохранён в старом формате Excel (.xls) или защищён паролем. Откройте его в Excel, снимите пароль и сохраните как «Книга Excel (.xlsx)» или «CSV UTF-8».</translation>
    </message>
    <message>
        <location filename="../../app/tables/encodings.py" line="83"/>
        <source>{file} is not a readable text table.</source>
        <translation>Файл {file} не является читаемой текстовой таблицей.</translation>
    </message>
    <message>
        <location filename="../../app/tables/encodings.py" line="91"/>
        <location filename="../../app/tables/reader.py" line="192"/>
        <source>{file} is not a table: it contains binary data.</source>
        <translation>Файл {file} не является таблицей: он содержит двоичные данные.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xls.py" line="33"/>
        <source>{file} is password-protected. Open it in Excel, remove the password and save it as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation>Файл {file} защищён паролем. Откройте его в Excel, снимите пароль и сохраните как &quot;Книга Excel (.xlsx)&quot; или &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xls.py" line="61"/>
        <source>{file} is too large for the old Excel format ({size} MB; at most {limit} MB). Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>Файл {file} слишком велик для старого формата Excel ({size} МБ; не больше {limit} МБ). Откройте его в Excel и сохраните как &quot;Книга Excel (.xlsx)&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="48"/>
        <source>{file} is too large to import ({size} MB; at most {limit} MB). Split it into smaller files and import them one by one.</source>
        <translation>Файл {file} слишком большой для импорта ({size} МБ; допускается не более {limit} МБ). Разделите его на файлы поменьше и импортируйте их по очереди.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="60"/>
        <source>{file} is too large to import at once: with its {columns} columns, at most {rows} rows fit in one file. Split it into smaller files, or delete the columns that are not needed.</source>
        <translation>Файл {file} слишком велик, чтобы импортировать его за один раз: при {columns} столбцах в один файл помещается не более {rows} строк. Разделите его на файлы поменьше или удалите ненужные столбцы.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="209"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/tables/values.py" line="141"/>
        <source>“{text}” has «?» where letters should be: the list was saved in a way that lost the Kazakh letters. Type the name with its letters.</source>
        <translation>В “{text}” вместо букв стоит «?»: список сохранили так, что казахские буквы потерялись. Впишите имя с его буквами.</translation>
    </message>
    <message>
        <location filename="../../app/tables/names.py" line="36"/>
        <source>“{text}” is not a full name: write the surname and the name (and the patronymic, if any), separated by spaces.</source>
        <translation>“{text}” — это не полное ФИО: напишите фамилию и имя (и отчество, если есть) через пробел.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="85"/>
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="108"/>
        <source>Something went wrong inside Tirkeu: {error}. Nothing was half-saved; the details are in the log.</source>
        <translation>Внутренняя ошибка Tirkeu: {error}. Частично ничего не сохранено; подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>Tournament</name>
    <message>
        <location filename="../../app/tournaments/paper.py" line="173"/>
        <source>(continued)</source>
        <translation>(продолжение)</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="112"/>
        <source>A ballot has no winner.</source>
        <translation>В бюллетене не указан победитель.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="122"/>
        <source>A break of one team has no elimination rounds: choose 0 or at least 2.</source>
        <translation>Если в плей-офф выходит одна команда, раундов плей-офф не будет: укажите 0 или не меньше 2.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="64"/>
        <location filename="../../app/tournaments/results.py" line="177"/>
        <source>A bye has no ballot.</source>
        <translation>При проходе без соперника бюллетень не заполняется.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="205"/>
        <source>A bye has no opposition to swap.</source>
        <translation>При проходе без соперника стороны поменять нельзя: оппозиции нет.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="51"/>
        <source>A debate needs at least one adjudicator.</source>
        <translation>Для игры нужен хотя бы один судья.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="88"/>
        <source>A league name is too long: {name}</source>
        <translation>Слишком длинное название лиги: {name}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="432"/>
        <source>A nomination of the {league} league goes to a debater of that league.</source>
        <translation>Номинация лиги {league} присуждается только участнику этой лиги.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="56"/>
        <source>A qualifying debate has 1 or 3 adjudicators, not {count}.</source>
        <translation>В отборочном дебате 1 или 3 судьи, а не {count}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="164"/>
        <source>A qualifying debate needs a ballot with speaker points.</source>
        <translation>Для игры отборочного раунда нужен бюллетень со спикерскими баллами.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rooms.py" line="23"/>
        <source>A room name is at most {limit} characters: {room}</source>
        <translation>Название аудитории — не более {limit} символов: {room}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="99"/>
        <source>A round needs at least two teams.</source>
        <translation>Для раунда нужно не менее двух команд.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="127"/>
        <source>A team is seeded twice.</source>
        <translation>Одна команда посеяна в сетку дважды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="212"/>
        <source>A tie-break is listed twice.</source>
        <translation>Один дополнительный показатель указан дважды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="153"/>
        <source>Adjudicator {adjudicator} is in {count} debates of this round.</source>
        <translation>Судья {adjudicator} назначен в этом раунде на несколько игр ({count}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="150"/>
        <source>Adjudicator {adjudicator} is not on this tournament&apos;s list.</source>
        <translation>Судьи {adjudicator} нет в списке этого турнира.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="134"/>
        <source>Adjudicator {adjudicator} judges team {team} of their own school.</source>
        <translation>Судья {adjudicator} судит команду {team} из своей же школы.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="215"/>
        <source>Adjudicator:</source>
        <translation>Судья:</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="149"/>
        <source>Adjudicators</source>
        <translation>Судьи</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="59"/>
        <source>An elimination debate has 1, 3 or 5 adjudicators, not {count}.</source>
        <translation>В дебате плей-офф 1, 3 или 5 судей, а не {count}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="125"/>
        <source>An elimination round needs at least two teams.</source>
        <translation>Для раунда плей-офф нужно не менее двух команд.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="61"/>
        <source>An info slide needs a motion.</source>
        <translation>Инфослайд задаётся только вместе с темой.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="74"/>
        <source>At least two teams must break.</source>
        <translation>В плей-офф должны выйти не менее двух команд.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="207"/>
        <source>Ballot</source>
        <translation>Судейский бланк</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="204"/>
        <source>Ballots are already entered while iron person was allowed; it can no longer be switched off.</source>
        <translation>Бюллетени уже внесены, когда «железный спикер» был разрешён; отключить его больше нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="197"/>
        <source>Ballots are already entered with the score range {low}–{high}, step {step}; the scoring rules can no longer change.</source>
        <translation>Бюллетени уже внесены с диапазоном баллов {low}–{high} и шагом {step}; правила выставления баллов больше нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="324"/>
        <source>Ballots of round {round}</source>
        <translation>Судейские бланки раунда {round}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="283"/>
        <source>Best analyst</source>
        <translation>Лучший аналитик</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="282"/>
        <source>Best orator</source>
        <translation>Лучший оратор</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="89"/>
        <source>Both teams total {total}; a debate cannot end in a tie.</source>
        <translation>У обеих команд одинаковая сумма баллов ({total}); игра не может закончиться вничью.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="184"/>
        <source>Bye (a win without a debate): {teams}</source>
        <translation>Пропуск раунда (победа без дебатов): {teams}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/stages.py" line="34"/>
        <source>Choose another tournament to carry the teams into.</source>
        <translation>Выберите другой турнир, в который нужно перенести команды.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="26"/>
        <source>Choose novice or junior: every speaker is in the open standings.</source>
        <translation>Выберите новичков или юниоров: в открытом рейтинге есть все спикеры.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="151"/>
        <source>Choose one winner of {gov} against {opp}.</source>
        <translation>Выберите одного победителя игры {gov} — {opp}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="93"/>
        <source>Choose only teams that are tied at the cut, each once.</source>
        <translation>Выберите только команды с равными показателями на границе выхода в плей-офф, каждую по одному разу.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="66"/>
        <location filename="../../app/tournaments/results.py" line="162"/>
        <location filename="../../app/tournaments/results.py" line="179"/>
        <source>Choose the winner: government or opposition.</source>
        <translation>Выберите победителя: правительство или оппозиция.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="53"/>
        <source>Choose the winning side.</source>
        <translation>Выберите победившую сторону.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="95"/>
        <source>Choose {count} of the tied teams.</source>
        <translation>Выберите {count} из команд с равными показателями.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="255"/>
        <source>Circle the speaker of each speech.</source>
        <translation>Обведите спикера каждой речи.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="150"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="206"/>
        <source>Confirm the break of the {league} league first.</source>
        <translation>Сначала подтвердите выход в плей-офф в лиге {league}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="33"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="203"/>
        <source>Debate code</source>
        <translation>Код дебатов</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="198"/>
        <source>Double octofinal</source>
        <translation>1/16 финала</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="309"/>
        <source>Draw of round {round}</source>
        <translation>Жеребьёвка раунда {round}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="221"/>
        <source>Each speech is scored from {low} to {high} in steps of {step}.</source>
        <translation>Каждая речь оценивается от {low} до {high} с шагом {step}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="205"/>
        <source>Elimination round</source>
        <translation>Раунд плей-офф</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="34"/>
        <source>English league</source>
        <translation>Английская лига</translation>
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
        <translation>Правительство</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="228"/>
        <source>Government: {team}</source>
        <translation>Правительство: {team}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="128"/>
        <source>Info slide:</source>
        <translation>Инфослайд:</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="32"/>
        <source>Kazakh league</source>
        <translation>Казахская лига</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="184"/>
        <source>Leader of the Opposition</source>
        <translation>Лидер оппозиции</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="35"/>
        <source>Leagues</source>
        <translation>Лиги</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="183"/>
        <source>Member of the Government</source>
        <translation>Член правительства</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="185"/>
        <source>Member of the Opposition</source>
        <translation>Член оппозиции</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="119"/>
        <source>Motion:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="96"/>
        <source>Name at least one league (kk, ru, en or your own).</source>
        <translation>Укажите хотя бы одну лигу (kk, ru, en или свою).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="419"/>
        <source>Name the nomination.</source>
        <translation>Укажите название номинации.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="307"/>
        <source>Nothing was imported: {count} rows need correcting — {problems}{more}</source>
        <translation>Ничего не импортировано: строк, требующих исправления, — {count}: {problems}{more}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="207"/>
        <location filename="../../app/tournaments/results.py" line="300"/>
        <source>Nothing was loaded: {count} rows need correcting — {problems}{more}</source>
        <translation>Ничего не загружено: строк, требующих исправления, — {count}: {problems}{more}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="197"/>
        <source>Octofinal</source>
        <translation>1/8 финала</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="83"/>
        <source>One speaker gave {count} speeches; this tournament does not allow it.</source>
        <translation>Один спикер выступил несколько раз ({count}); в этом турнире это не разрешено.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="76"/>
        <source>Only {count} teams can break, not {size}.</source>
        <translation>В плей-офф могут выйти не более {count} команд, а не {size}.</translation>
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
        <translation>Неполный раунд плей-офф</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="38"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="182"/>
        <source>Prime Minister</source>
        <translation>Премьер-министр</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="196"/>
        <source>Quarterfinal</source>
        <translation>Четвертьфинал</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="148"/>
        <source>Room</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rooms.py" line="80"/>
        <source>Room {room} already has a debate in round {round} ({gov} — {opp}).</source>
        <translation>В аудитории {room} в раунде {round} уже идут дебаты ({gov} — {opp}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rooms.py" line="39"/>
        <source>Room {room} is listed twice.</source>
        <translation>Аудитория {room} указана дважды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="142"/>
        <source>Round numbers start at 1.</source>
        <translation>Номера раундов начинаются с 1.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="204"/>
        <source>Round of {count}</source>
        <translation>Раунд из {count} команд</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="92"/>
        <source>Round {previous} of the {league} league is not drawn yet.</source>
        <translation>Жеребьёвка раунда {previous} в лиге {league} ещё не проведена.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="97"/>
        <source>Round {previous} still lacks {count} results ({debates}); enter them before drawing round {round}.</source>
        <translation>В раунде {previous} не хватает результатов: {count} ({debates}); внесите их перед жеребьёвкой раунда {round}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/sheets.py" line="53"/>
        <location filename="../../app/tournaments/tab.py" line="259"/>
        <source>Round {round}</source>
        <translation>Раунд {round}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="107"/>
        <source>Round {round} already has results; correct the draw by hand instead of drawing it again.</source>
        <translation>В раунде {round} уже есть результаты; исправьте жеребьёвку вручную, а не проводите её заново.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="192"/>
        <source>Round {round} is already drawn; the tournament cannot have fewer rounds.</source>
        <translation>Жеребьёвка раунда {round} уже проведена; число раундов турнира нельзя уменьшить.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/availability.py" line="49"/>
        <location filename="../../app/tournaments/rounds.py" line="88"/>
        <source>Round {round} is not a qualifying round of this tournament (1–{rounds}).</source>
        <translation>Раунд {round} не является отборочным раундом этого турнира (1–{rounds}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="51"/>
        <source>Round {round} is not a round of this tournament.</source>
        <translation>Раунда {round} в этом турнире нет.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="235"/>
        <location filename="../../app/tournaments/sheets.py" line="90"/>
        <source>Round {round} is not drawn yet.</source>
        <translation>Жеребьёвка раунда {round} ещё не проведена.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="104"/>
        <source>Round {round} of the {league} league is already drawn.</source>
        <translation>Жеребьёвка раунда {round} в лиге {league} уже проведена.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/availability.py" line="52"/>
        <source>Round {round} of the {league} league is already drawn; a team&apos;s absence is set before the draw.</source>
        <translation>Жеребьёвка раунда {round} в лиге {league} уже проведена; отсутствие команды отмечается до жеребьёвки.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="33"/>
        <source>Russian league</source>
        <translation>Русская лига</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="233"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="195"/>
        <source>Semifinal</source>
        <translation>Полуфинал</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="271"/>
        <source>Signature:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="137"/>
        <source>Speakers are ranked by total or average.</source>
        <translation>Спикеры ранжируются по сумме или по среднему баллу.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="34"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="248"/>
        <source>Team total</source>
        <translation>Итого команды</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="393"/>
        <source>Team {team} already had a bye, while other teams have had none.</source>
        <translation>Команда {team} уже проходила без соперника, а другие команды — ещё ни разу.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="386"/>
        <source>Team {team} has a bye that is not needed: only an odd number of teams needs one.</source>
        <translation>Команде {team} без необходимости назначен проход без соперника: он нужен только при нечётном числе команд.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="119"/>
        <source>Team {team} has no elimination debate.</source>
        <translation>У команды {team} нет игры в плей-офф.</translation>
    </message>
    <message>
        <source>Team {team} is already in a draw; it cannot be deleted. Correct the draw first.</source>
        <translation type="vanished">Команда {team} уже включена в жеребьёвку, поэтому её нельзя удалить. Сначала исправьте жеребьёвку.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="237"/>
        <source>Team {team} is in a debate that has no result yet; enter the result or draw that round again, then withdraw the team.</source>
        <translation>Команда {team} участвует в игре, у которой ещё нет результата; сначала внесите результат или проведите жеребьёвку этого раунда заново, затем снимите команду с турнира.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="377"/>
        <source>Team {team} is in the draw {count} times.</source>
        <translation>Команда {team} встречается в жеребьёвке несколько раз ({count}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="96"/>
        <source>Team {team} is listed twice.</source>
        <translation>Команда {team} указана дважды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="374"/>
        <source>Team {team} is not in this league.</source>
        <translation>Команда {team} не входит в эту лигу.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="381"/>
        <source>Team {team} is not in this round&apos;s draw.</source>
        <translation>Команды {team} нет в жеребьёвке этого раунда.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="410"/>
        <source>Team {team} would have been government {gov} times and opposition {opp} times.</source>
        <translation>Команда {team} выступила бы за правительство и за оппозицию неравное число раз: {gov} и {opp}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="37"/>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/stages.py" line="18"/>
        <source>Teams are tied at place {top} of the {league} league; confirm the break to choose, then carry the break.</source>
        <translation>В лиге {league} у команд на месте {top} равные показатели: подтвердите выход в плей-офф, чтобы сделать выбор, затем перенесите вышедшие команды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="404"/>
        <source>Teams {gov} and {opp} are from the same school.</source>
        <translation>Команды {gov} и {opp} из одной школы.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="401"/>
        <source>Teams {gov} and {opp} have already met.</source>
        <translation>Команды {gov} и {opp} уже встречались.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="181"/>
        <source>Teams {teams} are tied at the cut for {places} place(s); the organisers must choose and give a reason.</source>
        <translation>У команд {teams} равные показатели на границе выхода в плей-офф, а свободных мест: {places}; организаторы должны сделать выбор и указать причину.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="200"/>
        <source>That debate is not in this round&apos;s draw.</source>
        <translation>Этой игры нет в жеребьёвке этого раунда.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="111"/>
        <source>The ballot of {debate} is not accepted: {problems}</source>
        <translation>Бюллетень не принят ({debate}): {problems}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="114"/>
        <source>The ballots are for different debates.</source>
        <translation>Бюллетени относятся к разным играм.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="126"/>
        <source>The ballots name different speakers for the {role}.</source>
        <translation>В бюллетенях указаны разные спикеры на роль «{role}».</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="208"/>
        <source>The break is already confirmed with {size} teams; its size can no longer change.</source>
        <translation>Выход в плей-офф уже подтверждён для {size} команд; его размер больше нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="120"/>
        <source>The break must be 0 to 64 teams per league.</source>
        <translation>В каждой лиге в плей-офф может выйти от 0 до 64 команд.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="225"/>
        <source>The debate already has a result; correct the result first.</source>
        <translation>У этой игры уже есть результат; сначала исправьте результат.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="108"/>
        <source>The debate has no ballot yet.</source>
        <translation>У этой игры ещё нет бюллетеня.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="172"/>
        <source>The elimination rounds of the {league} league have begun; the break can no longer change.</source>
        <translation>В лиге {league} плей-офф уже начался; состав вышедших в плей-офф команд больше нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="224"/>
        <source>The final of the {league} league is over.</source>
        <translation>Финал лиги {league} уже завершён.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="58"/>
        <source>The info slide is longer than {limit} characters.</source>
        <translation>Инфослайд длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="92"/>
        <source>The league {league} is listed twice.</source>
        <translation>Лига {league} указана дважды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="48"/>
        <location filename="../../app/tournaments/registration.py" line="330"/>
        <location filename="../../app/tournaments/rounds.py" line="68"/>
        <location filename="../../app/tournaments/sheets.py" line="85"/>
        <location filename="../../app/tournaments/tab.py" line="421"/>
        <source>The league {league} is not one of this tournament&apos;s leagues ({leagues}).</source>
        <translation>Лига {league} не входит в лиги этого турнира ({leagues}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="216"/>
        <source>The least number of rounds for a speaker cannot be negative.</source>
        <translation>Минимальное число раундов для спикера не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="139"/>
        <source>The least number of rounds to rank a speaker by average must be 0 to {rounds} (the qualifying rounds).</source>
        <translation>Наименьшее число раундов для рейтинга спикера по среднему баллу должно быть от 0 до {rounds} (отборочные раунды).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="125"/>
        <source>The lowest score must be below the highest (for example 60:80).</source>
        <translation>Минимальный балл должен быть меньше максимального (например, 60:80).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="201"/>
        <source>The lowest score must be below the highest ({low} – {high}).</source>
        <translation>Минимальный балл должен быть меньше максимального ({low} – {high}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="55"/>
        <source>The motion is longer than {limit} characters.</source>
        <translation>Тема длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="154"/>
        <source>The next elimination round is already drawn from this result; it can no longer change.</source>
        <translation>По этому результату уже проведена жеребьёвка следующего раунда плей-офф; его больше нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/stages.py" line="50"/>
        <source>The next stage already has a team named {team}.</source>
        <translation>На следующем этапе уже есть команда {team}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/stages.py" line="43"/>
        <source>The next stage has no {league} league.</source>
        <translation>На следующем этапе нет лиги {league}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="144"/>
        <source>The novice / junior break must be 0 to 64 teams per category.</source>
        <translation>Плей-офф новичков / юниоров — от 0 до 64 команд в каждой категории.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="118"/>
        <source>The number of qualifying rounds must be 1 to 12.</source>
        <translation>Число отборочных раундов должно быть от 1 до 12.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="219"/>
        <source>The previous elimination round still lacks {count} results.</source>
        <translation>В предыдущем раунде плей-офф не хватает результатов: {count}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="161"/>
        <source>The previous round is not a whole bracket.</source>
        <translation>Предыдущий раунд не образует полную сетку.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="206"/>
        <source>The score range {low} – {high} is not a whole number of steps of {step}.</source>
        <translation>Диапазон баллов {low} – {high} не делится на шаг {step} без остатка.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="199"/>
        <source>The score step must be greater than zero.</source>
        <translation>Шаг балла должен быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="129"/>
        <source>The score step must divide the range {low}–{high} evenly (for example 1 or 0.5).</source>
        <translation>Диапазон {low}–{high} должен делиться на шаг балла без остатка (например, 1 или 0.5).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="75"/>
        <source>The score {score} of the {role} is not in steps of {step}.</source>
        <translation>{role}: балл {score} не соответствует шагу {step}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="71"/>
        <source>The score {score} of the {role} is outside {low} – {high}.</source>
        <translation>{role}: балл {score} вне диапазона {low} – {high}.</translation>
    </message>
    <message>
        <source>The tournament&apos;s award list is empty: enter the results first.</source>
        <translation type="vanished">Список награждения турнира пуст: сначала внесите результаты.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="94"/>
        <source>The winner ({side}) has fewer points: {mine} against {theirs}.</source>
        <translation>У победителя ({side}) меньше баллов: {mine} против {theirs}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="199"/>
        <source>The winner must be gov or opp, not {value}.</source>
        <translation>Победитель должен быть gov или opp, а не {value}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="268"/>
        <source>The winning team must have the higher total; totals may not be equal.</source>
        <translation>У победившей команды сумма баллов должна быть выше; равные суммы недопустимы.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="188"/>
        <source>The {league} league already has a draw; it cannot be removed.</source>
        <translation>В лиге {league} уже проведена жеребьёвка; эту лигу нельзя удалить.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="112"/>
        <source>The {league} league has not finished its qualifying rounds ({count} debates without a result, rounds not drawn: {rounds}).</source>
        <translation>В лиге {league} отборочные раунды не завершены (игр без результата: {count}; раунды без жеребьёвки: {rounds}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="112"/>
        <source>The {league} league needs at least two teams for a draw.</source>
        <translation>Для жеребьёвки в лиге {league} нужно не менее двух команд.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="57"/>
        <source>The {role} has no score.</source>
        <translation>{role}: балл не выставлен.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="59"/>
        <source>The {role} is scored {count} times.</source>
        <translation>{role}: балл выставлен несколько раз ({count}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="78"/>
        <source>The {role} must be a speaker of the {side} team.</source>
        <translation>{role}: это должен быть спикер стороны «{side}».</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="369"/>
        <source>There is no adjudicator {name} in this tournament.</source>
        <translation>В этом турнире нет судьи {name}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/codes.py" line="59"/>
        <source>There is no debate {code}: round {round} of the {league} league has no debate number {number}.</source>
        <translation>Дебатов {code} нет: в раунде {round} лиги {league} нет дебатов номер {number}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="39"/>
        <source>There is no team {team} in the {league} league.</source>
        <translation>В лиге {league} нет команды {team}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="283"/>
        <source>There is no tournament {ref}.</source>
        <translation>Турнир {ref} не найден.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="182"/>
        <source>This debate already has ballots: it took place and cannot be a forfeit.</source>
        <translation>У этого дебата уже есть протоколы судей: он состоялся и не может быть засчитан как неявка.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="68"/>
        <source>This person does not speak for team {team}.</source>
        <translation>Этот человек не выступает за команду {team}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="176"/>
        <source>This tournament has no break (its size is 0).</source>
        <translation>В этом турнире нет плей-офф (число команд в плей-офф — 0).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="134"/>
        <source>Tie-breaks must be some of {allowed}, each once.</source>
        <translation>Дополнительные показатели выбираются из списка {allowed}, каждый по одному разу.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="99"/>
        <source>Tirkeu · page {page}</source>
        <translation>Tirkeu · стр. {page}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="32"/>
        <source>Tournament</source>
        <translation>Турнир</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="272"/>
        <source>Type the code {code} in the Rounds tab (Debate code) to open this debate&apos;s ballot.</source>
        <translation>Чтобы открыть бланк этих дебатов, введите код {code} в поле «Код дебатов» на вкладке «Раунды».</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="114"/>
        <source>Unknown stage {stage}: use one of {stages}.</source>
        <translation>Неизвестный этап {stage}: укажите один из следующих: {stages}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="258"/>
        <source>Winner (tick one):</source>
        <translation>Победитель (отметьте одного):</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="78"/>
        <source>Write the full name (surname and name): {name}</source>
        <translation>Укажите полное имя (фамилию и имя): {name}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="105"/>
        <source>Write the score range as MIN:MAX, for example 60:80.</source>
        <translation>Укажите диапазон баллов в виде MIN:MAX, например 60:80.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="91"/>
        <source>Write why these teams break from the tie.</source>
        <translation>Укажите, почему из команд с равными показателями в плей-офф выходят именно эти.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="382"/>
        <source>adjudicator</source>
        <translation>судейство</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="361"/>
        <source>best speaker, place {rank}, {league}</source>
        <translation>{rank} место среди лучших спикеров, {league}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="409"/>
        <source>best speaker, {category}, place {rank}, {league}</source>
        <translation>лучший спикер, {category}, {rank} место, {league}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="217"/>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="39"/>
        <source>city stage</source>
        <translation>городской этап</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="377"/>
        <source>coach of the team {team}</source>
        <translation>подготовку команды {team}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="38"/>
        <source>district stage</source>
        <translation>районный этап</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="192"/>
        <source>government</source>
        <translation>правительство</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="25"/>
        <source>junior</source>
        <translation>юниоры</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="305"/>
        <source>loaded from {file}</source>
        <translation>загружено из {file}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="25"/>
        <source>novice</source>
        <translation>новички</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="36"/>
        <source>open</source>
        <translation>открытая</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="192"/>
        <source>opposition</source>
        <translation>оппозиция</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="400"/>
        <source>place {rank}, {category}, {league}</source>
        <translation>{rank} место, {category}, {league}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="354"/>
        <source>place {rank}, {league}</source>
        <translation>{rank} место, {league}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="40"/>
        <source>regional stage</source>
        <translation>областной этап</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="41"/>
        <source>republican stage</source>
        <translation>республиканский этап</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="58"/>
        <source>round {round}, {gov} — {opp}</source>
        <translation>раунд {round}, {gov} — {opp}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="145"/>
        <source>row {row}: </source>
        <translation>строка {row}: </translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="269"/>
        <source>row {row}: in the draw {gov} is the opposition, not the government.</source>
        <translation>строка {row}: по жеребьёвке {gov} — оппозиция, а не правительство.</translation>
    </message>
    <message>
        <source>row {row}: in the draw {gov} is the opposition, not the government; nothing was loaded.</source>
        <translation type="vanished">строка {row}: по жеребьёвке {gov} — оппозиция, а не правительство; ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="148"/>
        <source>row {row}: round {round} is not a qualifying round of this tournament (1–{rounds}).</source>
        <translation>строка {row}: раунд {round} не является отборочным раундом этого турнира (1–{rounds}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="164"/>
        <source>row {row}: team {team} cannot debate itself.</source>
        <translation>строка {row}: команда {team} не может дебатировать сама с собой.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="161"/>
        <source>row {row}: the government team is missing.</source>
        <translation>строка {row}: не указана команда правительства.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="140"/>
        <source>row {row}: the league {league} is not one of this tournament&apos;s leagues ({leagues}).</source>
        <translation>строка {row}: лиги {league} нет среди лиг этого турнира ({leagues}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="172"/>
        <source>row {row}: the motion is longer than {limit} characters.</source>
        <translation>строка {row}: тема длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="253"/>
        <source>row {row}: the round or league is not understood.</source>
        <translation>строка {row}: не удалось распознать раунд или лигу.</translation>
    </message>
    <message>
        <source>row {row}: the round or league is not understood; nothing was loaded.</source>
        <translation type="vanished">строка {row}: не удалось распознать раунд или лигу; ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="156"/>
        <location filename="../../app/tournaments/results.py" line="259"/>
        <source>row {row}: there is no team {team} in the {league} league.</source>
        <translation>строка {row}: в лиге {league} нет команды {team}.</translation>
    </message>
    <message>
        <source>row {row}: there is no team {team} in the {league} league; nothing was loaded.</source>
        <translation type="vanished">строка {row}: в лиге {league} нет команды {team}; ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="265"/>
        <source>row {row}: {gov} — {opp} is not in the draw of round {round}.</source>
        <translation>строка {row}: игры {gov} — {opp} нет в жеребьёвке раунда {round}.</translation>
    </message>
    <message>
        <source>row {row}: {gov} — {opp} is not in the draw of round {round}; nothing was loaded.</source>
        <translation type="vanished">строка {row}: игры {gov} — {opp} нет в жеребьёвке раунда {round}; ничего не загружено.</translation>
    </message>
    <message>
        <source>row {row}: {person} is not a speaker of team {team}.</source>
        <translation type="vanished">строка {row}: {person} не является спикером команды {team}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="288"/>
        <source>row {row}: {problems}</source>
        <translation>строка {row}: {problems}</translation>
    </message>
    <message>
        <source>row {row}: {problems}; nothing was loaded.</source>
        <translation type="vanished">строка {row}: {problems}; ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="184"/>
        <location filename="../../app/tournaments/registration.py" line="409"/>
        <location filename="../../app/tournaments/results.py" line="284"/>
        <source>row {row}: {problem}</source>
        <translation>строка {row}: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {problem}; nothing was loaded.</source>
        <translation type="vanished">строка {row}: {problem}; ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="273"/>
        <source>rows {first} and {row} give two results for {gov} — {opp}.</source>
        <translation>строки {first} и {row} содержат два результата игры {gov} — {opp}.</translation>
    </message>
    <message>
        <source>rows {first} and {row} give two results for {gov} — {opp}; nothing was loaded.</source>
        <translation type="vanished">строки {first} и {row} содержат два результата игры {gov} — {opp}; ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="236"/>
        <source>rows {first} and {row}: round {round} of the {league} league has two different motions.</source>
        <translation>строки {first} и {row}: у раунда {round} лиги {league} две разные темы.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="229"/>
        <source>rows {first} and {row}: team {team} is drawn twice in round {round}.</source>
        <translation>строки {first} и {row}: команда {team} дважды указана в раунде {round}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="290"/>
        <source>rows {first} and {row}: the team name {team} is used twice in the file.</source>
        <translation>строки {first} и {row}: название команды {team} встречается в файле дважды.</translation>
    </message>
    <message>
        <source>rows {first} and {row}: the team name {team} is used twice in the file; nothing was imported.</source>
        <translation type="vanished">строки {first} и {row}: название команды {team} встречается в файле дважды; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="303"/>
        <source>rows {first} and {row}: {person} is named in two teams.</source>
        <translation>строки {first} и {row}: {person} числится в двух командах.</translation>
    </message>
    <message>
        <source>rows {first} and {row}: {person} is named in two teams; nothing was imported.</source>
        <translation type="vanished">строки {first} и {row}: {person} числится в двух командах; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="196"/>
        <source>rows {rows}: round {round} of the {league} league already has results ({count} debates); its draw can no longer be replaced.</source>
        <translation>строки {rows}: у раунда {round} лиги {league} уже есть результаты ({count} дебатов); его жеребьёвку больше нельзя заменить.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="200"/>
        <source>rows {rows}: round {round} of the {league} league is already drawn differently; load the file with “replace the draw” to replace it.</source>
        <translation>строки {rows}: раунд {round} лиги {league} уже разведён иначе; чтобы заменить, загрузите файл с «заменить жеребьёвку».</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="37"/>
        <source>school stage</source>
        <translation>школьный этап</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="187"/>
        <source>unknown role “{role}”</source>
        <translation>неизвестная роль «{role}»</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="75"/>
        <source>{count} debates have fewer than {per} adjudicators: there are not enough adjudicators.</source>
        <translation>Игр, где судей меньше {per}: {count}. Судей не хватает.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="212"/>
        <source>{field} must be a number, not {value}.</source>
        <translation>{field}: нужно число, а не {value}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="210"/>
        <source>{file} has no debates.</source>
        <translation>В файле {file} нет дебатов.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="280"/>
        <source>{file} has no teams.</source>
        <translation>В файле {file} нет команд.</translation>
    </message>
    <message>
        <source>{file}: required columns are missing: {missing}. The first row must name the columns {columns}.</source>
        <translation type="vanished">{file}: отсутствуют обязательные столбцы: {missing}. В первой строке должны быть названия столбцов {columns}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="188"/>
        <source>{mark} the chair of the panel</source>
        <translation>{mark} — председатель коллегии</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="223"/>
        <source>{person} already speaks for team {other}; a debater is in one team of a tournament.</source>
        <translation>{person} уже выступает за команду {other}; в турнире участник может быть только в одной команде.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="150"/>
        <source>{person} does not speak for team {team}.</source>
        <translation>{person} не выступает за команду {team}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="142"/>
        <source>{person} is not a debater of the {league} league.</source>
        <translation>{person} не участвует в лиге {league}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="227"/>
        <source>{person} is not a speaker of team {team}.</source>
        <translation>{person} не является спикером команды {team}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="110"/>
        <source>{round} · {league}</source>
        <translation>{round} · {league}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="210"/>
        <source>{round} · {league} · Room {room}</source>
        <translation>{round} · {league} · аудитория {room}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="162"/>
        <source>{where}team {team} names the same speaker twice.</source>
        <translation>{where}в команде {team} один и тот же спикер указан дважды.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="159"/>
        <source>{where}team {team} needs exactly two speakers.</source>
        <translation>{where}в команде {team} должно быть ровно два спикера.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="150"/>
        <source>{where}the league {league} is not one of this tournament&apos;s leagues ({leagues}).</source>
        <translation>{where}лига {league} не входит в лиги этого турнира ({leagues}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="39"/>
        <source>{where}the rating {value} is not in steps of 0.5.</source>
        <translation>{where}рейтинг {value} не кратен шагу 0,5.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="36"/>
        <source>{where}the rating {value} is outside 0 – 10.</source>
        <translation>{where}рейтинг {value} вне диапазона 0 – 10.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="33"/>
        <source>{where}the rating “{value}” is not a number (0 to 10, in steps of 0.5).</source>
        <translation>{where}рейтинг «{value}» — не число (от 0 до 10 с шагом 0,5).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="148"/>
        <source>{where}the team has no name.</source>
        <translation>{where}у команды нет названия.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="155"/>
        <source>{where}there is already a team named {team} in this tournament.</source>
        <translation>{where}в этом турнире уже есть команда {team}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="170"/>
        <source>{where}{problem}</source>
        <translation>{where}{problem}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/codes.py" line="52"/>
        <source>“{code}” is not a debate code of this tournament; a code looks like {example}.</source>
        <translation>«{code}» — не код дебатов этого турнира; код выглядит так: {example}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/standings.py" line="111"/>
        <location filename="../../app/tournaments/types.py" line="210"/>
        <source>“{code}” is not a known tie-break.</source>
        <translation>«{code}» — неизвестный дополнительный показатель.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/standings.py" line="211"/>
        <location filename="../../app/tournaments/types.py" line="214"/>
        <source>“{code}” is not a known way to rank speakers.</source>
        <translation>«{code}» — неизвестный способ ранжирования спикеров.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="63"/>
        <source>“{role}” is not an APF speech.</source>
        <translation>В формате АПФ нет речи «{role}».</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="45"/>
        <source>“{value}” is not a category: use novice, junior or open.</source>
        <translation>«{value}» — не категория: укажите новички, юниоры или открытая.</translation>
    </message>
</context>
<context>
    <name>Tournaments</name>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="91"/>
        <source>&amp;Adjudicator&apos;s ballot:</source>
        <translation>&amp;Бюллетень судьи:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="162"/>
        <source>&amp;Break (teams per league):</source>
        <translation>&amp;Плей-офф (команд в лиге):</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="129"/>
        <source>&amp;Coach:</source>
        <translation>&amp;Тренер:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="140"/>
        <source>&amp;Dates:</source>
        <translation>Да&amp;ты:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="191"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/motion_dialog.py" line="26"/>
        <source>&amp;Info slide (read out before the motion; may be empty):</source>
        <translation>&amp;Инфослайд (читается перед темой; может быть пустым):</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="167"/>
        <source>&amp;Language of the list:</source>
        <translation>&amp;Язык списка:</translation>
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
        <translation>&amp;Лиги:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/motion_dialog.py" line="24"/>
        <source>&amp;Motion:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="133"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="144"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
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
        <translation>&amp;Причина:</translation>
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
        <translation>&amp;Школа:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="134"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="125"/>
        <source>&amp;Team name:</source>
        <translation>&amp;Название команды:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="178"/>
        <source>&amp;Tie-breaks, in order:</source>
        <translation>&amp;Дополнительные показатели (по порядку):</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="104"/>
        <source>&amp;Winner:</source>
        <translation>&amp;Победитель:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="228"/>
        <source>A bye counts as a win; its speaker points are the average of the team&apos;s debated rounds.</source>
        <translation>Проход без соперника засчитывается как победа; спикерские баллы за него — средние баллы команды в сыгранных раундах.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="56"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="364"/>
        <source>A bye has no ballot: the team wins the round without a debate.</source>
        <translation>При проходе без соперника бюллетень не заполняется: команда выигрывает раунд без игры.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="279"/>
        <source>A draw made elsewhere, CSV or Excel: round, league, gov_team, opp_team; optional room, adjudicators (chair first), motion. A results file also serves.</source>
        <translation>Жеребьёвка, сделанная в другом месте, CSV или Excel: round, league, gov_team, opp_team; по желанию room, adjudicators (первым — председатель), motion. Подойдёт и файл результатов.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="203"/>
        <source>Ad&amp;judicators per debate:</source>
        <translation>&amp;Число судей на дебатах:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="153"/>
        <source>Add team…</source>
        <translation>Добавить команду…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="159"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="144"/>
        <source>Adjudicator</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="231"/>
        <source>Adjudicator&apos;s rating</source>
        <translation>Рейтинг судьи</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="234"/>
        <source>Adjudicators</source>
        <translation>Судьи</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="142"/>
        <source>Adjudicators registered: {names}</source>
        <translation>Зарегистрированы судьи: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="137"/>
        <source>Adjudicators: {count}</source>
        <translation>Судьи: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="275"/>
        <source>Adjudicators: {summary}</source>
        <translation>Судьи: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="169"/>
        <source>All speakers</source>
        <translation>Все спикеры</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="61"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="102"/>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="53"/>
        <source>Average speaker points</source>
        <translation>Средний спикерский балл</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="181"/>
        <source>Awards</source>
        <translation>Награды</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="174"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Назад к списку (Alt+Left)</translation>
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
        <translation>Ранее внесённые бюллетени:</translation>
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
        <translation>Выход в плей-офф — {league}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="53"/>
        <source>Bye: {teams}</source>
        <translation>Пропуск раунда: {teams}</translation>
    </message>
    <message>
        <source>CSV or Excel with the columns league, team, school, speaker1, speaker2, coach</source>
        <translation type="vanished">CSV или Excel со столбцами league, team, school, speaker1, speaker2, coach</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="157"/>
        <source>CSV or Excel with the columns league, team, school, speaker1, speaker2, coach (and category)</source>
        <translation>CSV или Excel со столбцами: лига, команда, школа, спикер 1, спикер 2, тренер (и категория)</translation>
    </message>
    <message>
        <source>CSV or Excel with the columns name, school, league</source>
        <translation type="vanished">CSV или Excel со столбцами name, school, league</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="167"/>
        <source>CSV or Excel with the columns name, school, league, rating</source>
        <translation>CSV или Excel со столбцами: ФИО, школа, лига, рейтинг</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="267"/>
        <source>CSV or Excel: round, league, gov_team, opp_team, winner, pm, pm_score, mg, mg_score, lo, lo_score, mo, mo_score</source>
        <translation>CSV или Excel, столбцы: round, league, gov_team, opp_team, winner, pm, pm_score, mg, mg_score, lo, lo_score, mo, mo_score</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="168"/>
        <location filename="../../ui/tournaments/team_dialogs.py" line="130"/>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="240"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="141"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="158"/>
        <source>Certificate</source>
        <translation>Вид награды</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/certificates.py" line="50"/>
        <source>Certificates for the award list ({count})</source>
        <translation>Сертификаты по списку награждения ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/certificates.py" line="41"/>
        <source>Certificates of participation: every debater ({count})</source>
        <translation>Сертификаты участника: каждому дебатёру ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="374"/>
        <source>Change the draw</source>
        <translation>Изменение жеребьёвки</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="163"/>
        <source>Change the selected adjudicator&apos;s rating (0–10): the highest rating chairs and judges the top debates</source>
        <translation>Изменить рейтинг выбранного судьи (0–10): судья с наивысшим рейтингом председательствует и судит верхние дебаты</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="110"/>
        <source>Choose {places} of the tied teams.</source>
        <translation>Выберите {places} из команд с равными показателями.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="141"/>
        <source>Coach</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="84"/>
        <location filename="../../ui/tournaments/break_tab.py" line="320"/>
        <source>Confirm the break</source>
        <translation>Подтвердить выход в плей-офф</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="298"/>
        <source>Confirm the break…</source>
        <translation>Подтвердить выход в плей-офф…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="255"/>
        <source>Confirmed: {count} teams.</source>
        <translation>Подтверждено команд: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="143"/>
        <source>Credited: the speaker&apos;s own average speech, for a round their team had a bye or won by forfeit</source>
        <translation>Зачтено: собственный средний балл спикера за раунд, в котором его команда отдыхала или выиграла из-за неявки соперника</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="269"/>
        <source>Debate &amp;code:</source>
        <translation>&amp;Код дебатов:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="35"/>
        <source>Debate code</source>
        <translation>Код дебатов</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="210"/>
        <source>Debate code {code}</source>
        <translation>Код дебатов {code}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/page.py" line="53"/>
        <source>Debate tournaments</source>
        <translation>Дебатные турниры</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="142"/>
        <location filename="../../ui/tournaments/awards_tab.py" line="182"/>
        <source>Debater</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="175"/>
        <source>Debater:</source>
        <translation>Участник:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="155"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="203"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="211"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="123"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="220"/>
        <source>Dra&amp;w seed:</source>
        <translation>&amp;Ключ жеребьёвки:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="336"/>
        <source>Draw</source>
        <translation>Жеребьёвка</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="242"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="295"/>
        <source>Draw round {round}</source>
        <translation>Жеребьёвка раунда {round}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="241"/>
        <source>Draw round {round} again</source>
        <translation>Повторная жеребьёвка раунда {round}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="60"/>
        <source>Draw strength</source>
        <translation>Сила соперников</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="51"/>
        <source>Draw strength (opponents&apos; wins)</source>
        <translation>Сила соперников (их победы)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="311"/>
        <source>Draw the next elimination round</source>
        <translation>Жеребьёвка следующего раунда плей-офф</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="289"/>
        <source>Draw: {round}</source>
        <translation>Жеребьёвка: {round}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="154"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="299"/>
        <location filename="../../ui/tournaments/break_tab.py" line="348"/>
        <location filename="../../ui/tournaments/break_tab.py" line="370"/>
        <source>Elimination rounds</source>
        <translation>Раунды плей-офф</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="253"/>
        <source>Enter or double-click: the ballot; Ctrl+click two teams to swap them.</source>
        <translation>Enter или двойной щелчок — бюллетень; Ctrl+щелчок по двум командам — поменять их местами.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="297"/>
        <source>Entered</source>
        <translation>Внесён</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="185"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="181"/>
        <source>Export standings</source>
        <translation>Экспорт турнирной таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="172"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="158"/>
        <source>For</source>
        <translation>За что</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="113"/>
        <source>Forfeit:</source>
        <translation>Неявка:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="46"/>
        <source>Full name; type two letters to search the register</source>
        <translation>ФИО; для поиска в реестре введите две буквы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="285"/>
        <source>Full screen for the hall: the draw of each league and the standings; arrows move, Esc leaves</source>
        <translation>Полный экран для зала: жеребьёвка каждой лиги и турнирная таблица; стрелки листают, Esc — выход</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="176"/>
        <source>Give</source>
        <translation>Присудить</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="243"/>
        <location filename="../../ui/tournaments/projector.py" line="57"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="233"/>
        <source>Government</source>
        <translation>Правительство</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="300"/>
        <source>Government won</source>
        <translation>Победило правительство</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="281"/>
        <source>Government — {team}</source>
        <translation>Правительство — {team}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="279"/>
        <source>Government: {team}</source>
        <translation>Правительство: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="59"/>
        <source>Head to head</source>
        <translation>Личная встреча</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="265"/>
        <source>Import adjudicators</source>
        <translation>Импорт судей</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="243"/>
        <source>Import teams</source>
        <translation>Импорт команд</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="156"/>
        <source>Import teams…</source>
        <translation>Импорт команд…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="160"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="207"/>
        <location filename="../../ui/tournaments/team_dialogs.py" line="232"/>
        <source>In steps of 0.5; the highest rating chairs and judges the top debates</source>
        <translation>С шагом 0,5; судья с наивысшим рейтингом председательствует и судит верхние дебаты</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="176"/>
        <source>Iron person:</source>
        <translation>Железный спикер:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="145"/>
        <source>Kept with warnings:</source>
        <translation>Сохранено с предупреждениями:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="147"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="391"/>
        <source>Kept with warnings: {problems}</source>
        <translation>Сохранено с предупреждениями: {problems}</translation>
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
        <translation>Благодарственные письма: каждому тренеру и судье ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="172"/>
        <source>Letters of thanks…</source>
        <translation>Благодарственные письма…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="115"/>
        <source>Load draw</source>
        <translation>Загрузка жеребьёвки</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="278"/>
        <source>Load draw…</source>
        <translation>Загрузить жеребьёвку…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="409"/>
        <source>Load results</source>
        <translation>Загрузка результатов</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="266"/>
        <source>Load results…</source>
        <translation>Загрузить результаты…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="175"/>
        <source>Low-point wins:</source>
        <translation>Победа с меньшими баллами:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="61"/>
        <source>Margins</source>
        <translation>Разница баллов</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="70"/>
        <source>Motion of round {round} ({league})</source>
        <translation>Тема раунда {round} ({league})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="203"/>
        <source>Motion: {motion}</source>
        <translation>Тема: {motion}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="272"/>
        <source>Motion…</source>
        <translation>Тема…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="215"/>
        <source>N&amp;ovice / junior break:</source>
        <translation>Плей-офф новичков / &amp;юниоров:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="204"/>
        <source>New adjudicator</source>
        <translation>Новый судья</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="163"/>
        <source>New team</source>
        <translation>Новая команда</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="273"/>
        <source>New tournament</source>
        <translation>Новый турнир</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/page.py" line="56"/>
        <source>New tournament… (Ctrl+N)</source>
        <translation>Новый турнир… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="273"/>
        <source>No novice or junior team is outside the open break.</source>
        <translation>Нет команд новичков или юниоров вне открытого плей-офф.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="126"/>
        <source>No round is drawn yet.</source>
        <translation>Ни один раунд ещё не разведён.</translation>
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
        <translation>Номинация (выберите или введите свою):</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="219"/>
        <source>Nominations</source>
        <translation>Номинации</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="150"/>
        <location filename="../../ui/tournaments/awards_tab.py" line="185"/>
        <source>Nominations — {league}</source>
        <translation>Номинации — {league}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="270"/>
        <source>Novice and junior breaks — {count} teams each</source>
        <translation>Плей-офф новичков и юниоров — по {count} команд</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="170"/>
        <source>One certificate of participation for every debater, with or without results</source>
        <translation>Каждому дебатёру по сертификату участника, с результатами или без них</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="173"/>
        <source>One letter of thanks for every coach and adjudicator</source>
        <translation>Каждому тренеру и судье по одному благодарственному письму</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="103"/>
        <source>One room per line, in the order new draws give them out. A league keeps its rooms from the round before.</source>
        <translation>По одной аудитории в строке, в том порядке, в каком их раздают новые жеребьёвки. Лига сохраняет аудитории предыдущего раунда.</translation>
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
        <translation>Победила оппозиция</translation>
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
        <translation>Сертификаты участников…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="240"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="58"/>
        <location filename="../../ui/tournaments/projector.py" line="68"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="97"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="159"/>
        <source>Print ballots</source>
        <translation>Печать судейских бланков</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="283"/>
        <source>Print ballots…</source>
        <translation>Судейские бланки…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="230"/>
        <source>Print certificates</source>
        <translation>Печать сертификатов</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="168"/>
        <source>Print certificates…</source>
        <translation>Печать сертификатов…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="157"/>
        <source>Print draw</source>
        <translation>Печать жеребьёвки</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="282"/>
        <source>Print draw…</source>
        <translation>Лист жеребьёвки…</translation>
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
        <translation>Предложено по текущей турнирной таблице; не подтверждено.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="274"/>
        <source>Put the selected debate in another room</source>
        <translation>Перенести выбранные дебаты в другую аудиторию</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="159"/>
        <source>Qualifying &amp;rounds:</source>
        <translation>Отборочные &amp;раунды:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="96"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="101"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="180"/>
        <source>Rank s&amp;peakers by:</source>
        <translation>Ранжировать &amp;спикеров по:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="188"/>
        <source>Ranked by average from:</source>
        <translation>Рейтинг по среднему от:</translation>
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
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="159"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="161"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="233"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="234"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="419"/>
        <source>Results: {entered} entered, {corrected} corrected, {unchanged} unchanged.</source>
        <translation>Результаты: внесено — {entered}, исправлено — {corrected}, без изменений — {unchanged}.</translation>
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
        <translation>Аудитория для {gov} — {opp}:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="101"/>
        <source>Rooms</source>
        <translation>Аудитории</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="275"/>
        <source>Rooms…</source>
        <translation>Аудитории…</translation>
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
        <translation>Раунд {round}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="177"/>
        <source>Round {round} (drawn)</source>
        <translation>Раунд {round} (жеребьёвка проведена)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="340"/>
        <source>Round {round} is already drawn. Draw it again? (Only while it has no results.)</source>
        <translation>Жеребьёвка раунда {round} уже проведена. Провести её заново? (Только пока нет результатов.)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="179"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="244"/>
        <source>Round {round} is not drawn yet.</source>
        <translation>Жеребьёвка раунда {round} ещё не проведена.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="102"/>
        <location filename="../../ui/tournaments/view.py" line="179"/>
        <source>Rounds</source>
        <translation>Раунды</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="100"/>
        <source>R{round}</source>
        <translation>Р{round}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="170"/>
        <source>Saved {path}: {pages} pages.</source>
        <translation>Сохранено {path}: страниц — {pages}.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="96"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="140"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="144"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="287"/>
        <source>Scores {low}–{high}, step {step}; “—” is no score. Enter saves, Esc closes.</source>
        <translation>Баллы: {low}–{high}, шаг {step}; «—» — балл не выставлен. Enter — сохранить, Esc — закрыть.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="109"/>
        <source>Scores:</source>
        <translation>Баллы:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/page.py" line="57"/>
        <source>Search (Ctrl+F): any part of the name or place</source>
        <translation>Поиск (Ctrl+F): любая часть названия или места</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="212"/>
        <location filename="../../ui/tournaments/break_tab.py" line="306"/>
        <source>Seed</source>
        <translation>Посев</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="303"/>
        <source>Seeds meet 1 v N, 2 v N−1…; the higher seed is the government. Record only the winner, or a full ballot.</source>
        <translation>Пары по посеву: 1 — N, 2 — N−1…; команда с более высоким посевом — правительство. Внесите только победителя или полный бюллетень.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="176"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/motion_dialog.py" line="28"/>
        <source>Shown on the draw sheet, the ballots and the projector. An empty motion removes it.</source>
        <translation>Показывается в листе жеребьёвки, на судейских бланках и на проекторе. Пустая тема удаляет её.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="101"/>
        <source>Speaker</source>
        <translation>Спикер</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="127"/>
        <source>Speaker &amp;1:</source>
        <translation>Спикер &amp;1:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="128"/>
        <source>Speaker &amp;2:</source>
        <translation>Спикер &amp;2:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="140"/>
        <source>Speaker 1</source>
        <translation>Спикер 1</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="141"/>
        <source>Speaker 2</source>
        <translation>Спикер 2</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="168"/>
        <source>Speaker s&amp;cores:</source>
        <translation>Спикерские &amp;баллы:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="167"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="190"/>
        <source>Speakers</source>
        <translation>Спикеры</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="142"/>
        <source>Speakers&apos; c&amp;ategories:</source>
        <translation>Категории с&amp;пикеров:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="190"/>
        <location filename="../../ui/tournaments/view.py" line="180"/>
        <source>Standings</source>
        <translation>Турнирная таблица</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="66"/>
        <source>Standings after the qualifying rounds · {league}</source>
        <translation>Таблица после отборочных раундов · {league}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="298"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="52"/>
        <source>Sum of margins</source>
        <translation>Сумма разниц баллов</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="264"/>
        <source>Swap sides</source>
        <translation>Поменять стороны</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="265"/>
        <source>Swap the selected teams</source>
        <translation>Поменять выбранные команды местами</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="130"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="177"/>
        <source>Take back</source>
        <translation>Отозвать</translation>
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
        <translation>Команды</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="153"/>
        <source>Teams — {counts}</source>
        <translation>Команды — {counts}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="136"/>
        <source>Teams: {count}</source>
        <translation>Команды: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="253"/>
        <source>Teams: {summary}</source>
        <translation>Команды: {summary}</translation>
    </message>
    <message>
        <source>The award list is empty: there are no results yet.</source>
        <translation type="vanished">Список награждения пуст: результатов пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="275"/>
        <source>The best teams of each category that are not in the open break; provisional until the open break is confirmed.</source>
        <translation>Лучшие команды каждой категории, не прошедшие в открытый плей-офф; предварительно, пока открытый плей-офф не утверждён.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="278"/>
        <source>The best teams of each category that are not in the open break; tied teams share a place.</source>
        <translation>Лучшие команды каждой категории, не прошедшие в открытый плей-офф; равные команды делят место.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="332"/>
        <source>The break is already confirmed. Confirm it again from the standings?</source>
        <translation>Выход в плей-офф уже подтверждён. Подтвердить заново по турнирной таблице?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="270"/>
        <source>The code printed on a ballot (e.g. R2-K-07); Enter opens that debate&apos;s ballot.</source>
        <translation>Код, напечатанный на бланке (например, R2-K-07); Enter открывает бланк этих дебатов.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="125"/>
        <source>The file draws {rounds} differently from the draw saved. Replace the saved draw?</source>
        <translation>В файле {rounds} разведены иначе, чем в сохранённой жеребьёвке. Заменить сохранённую жеребьёвку?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="285"/>
        <source>The final is drawn</source>
        <translation>Жеребьёвка финала проведена</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/certificates.py" line="49"/>
        <source>The preview&apos;s kind; each award is printed as its own kind.</source>
        <translation>Вид для предпросмотра; каждая награда печатается в своём виде.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="286"/>
        <source>The same seed gives the same random first round.</source>
        <translation>При одинаковом ключе случайная жеребьёвка первого раунда получается одинаковой.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="276"/>
        <source>The tournament&apos;s rooms, given out to new draws in order; a league keeps its rooms from round to round</source>
        <translation>Аудитории турнира, раздаются новым жеребьёвкам по порядку; лига сохраняет свои аудитории от раунда к раунду</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="260"/>
        <source>The winner has fewer speaker points (allowed in this tournament).</source>
        <translation>У победителя меньше спикерских баллов (в этом турнире это допускается).</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="262"/>
        <source>The winner has fewer speaker points: this tournament does not allow a low-point win. Check the winner and the scores.</source>
        <translation>У победителя меньше спикерских баллов: в этом турнире победа с меньшими баллами не допускается. Проверьте победителя и баллы.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="65"/>
        <source>These teams are tied at the cut and no tie-break separates them. Choose the {places} that break, best seed first, and write why (for example, the rule of your tournament&apos;s regulations).</source>
        <translation>У этих команд равные показатели на границе выхода в плей-офф, и ни один дополнительный показатель их не разделяет. Выберите команды, выходящие в плей-офф ({places}), начиная с самого высокого посева, и укажите причину (например, пункт положения о вашем турнире).</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="381"/>
        <source>This change breaks rules of the draw:
{problems}

Keep this change anyway?</source>
        <translation>Это изменение нарушает правила жеребьёвки:
{problems}

Всё равно сохранить изменение?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="252"/>
        <source>This tournament has no break (its size is 0).</source>
        <translation>В этом турнире нет плей-офф (число команд в плей-офф — 0).</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="257"/>
        <source>Tie at the cut decided: {reason}</source>
        <translation>Равенство на границе плей-офф решено: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="63"/>
        <source>Tied at the cut</source>
        <translation>Равные показатели на границе плей-офф</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="264"/>
        <source>Tied at the cut for {places} place(s): {teams}. The organisers choose when they confirm the break.</source>
        <translation>Равные показатели на границе плей-офф (свободных мест: {places}): {teams}. Организаторы сделают выбор при подтверждении выхода в плей-офф.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="102"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="49"/>
        <source>Total speaker points</source>
        <translation>Сумма спикерских баллов</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="255"/>
        <source>Total: {points}</source>
        <translation>Итого: {points}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="274"/>
        <source>Tournament settings</source>
        <translation>Настройки турнира</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="122"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="234"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="50"/>
        <source>Who beat whom (two tied teams)</source>
        <translation>Результат личной встречи (две команды с равными показателями)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="291"/>
        <source>Why is the ballot corrected?</source>
        <translation>Почему исправлен бюллетень?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="297"/>
        <location filename="../../ui/tournaments/break_tab.py" line="244"/>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="48"/>
        <location filename="../../ui/tournaments/common.py" line="58"/>
        <location filename="../../ui/tournaments/projector.py" line="68"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="97"/>
        <source>Wins</source>
        <translation>Победы</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="234"/>
        <source>Withdraw adjudicator {name}?</source>
        <translation>Снять судью {name} с турнира?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="204"/>
        <source>Withdraw team {team} from the tournament?</source>
        <translation>Снять команду {team} с турнира?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="165"/>
        <source>Withdraw the adjudicator: they leave the panels of debates without a result</source>
        <translation>Снять судью: он выводится из составов судей игр, у которых ещё нет результата</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="332"/>
        <source>Write why the ballot is corrected.</source>
        <translation>Укажите, почему исправлен бюллетень.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="113"/>
        <source>Write why these teams break.</source>
        <translation>Укажите, почему в плей-офф выходят именно эти команды.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="263"/>
        <source>a final</source>
        <translation>только финал</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="268"/>
        <source>a partial first round, then a bracket</source>
        <translation>сначала неполный первый раунд, затем сетка</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="281"/>
        <source>a winner may have fewer speaker points than the loser</source>
        <translation>у победителя может быть меньше спикерских баллов, чем у проигравшего</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="205"/>
        <source>any league</source>
        <translation>любая лига</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="91"/>
        <source>as the team</source>
        <translation>как у команды</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="283"/>
        <source>average points per round spoken</source>
        <translation>среднему баллу за раунды с выступлением</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="60"/>
        <source>bye (a win)</source>
        <translation>проход без соперника (победа)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="299"/>
        <source>corrected</source>
        <translation>исправленный</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="299"/>
        <source>current</source>
        <translation>действующий</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="288"/>
        <source>elimination rounds</source>
        <translation>раунды плей-офф</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="233"/>
        <source>goes through</source>
        <translation>проходит дальше</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="263"/>
        <source>no elimination rounds</source>
        <translation>без плей-офф</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="266"/>
        <source>octofinals to the final</source>
        <translation>от 1/8 финала до финала</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="284"/>
        <source>one speaker may give both speeches of a team short of a speaker</source>
        <translation>один спикер может произнести обе речи команды, которой не хватает спикера</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="279"/>
        <source>or your own leagues, comma-separated</source>
        <translation>или свои лиги через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="287"/>
        <source>qualifying rounds</source>
        <translation>отборочные раунды</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="265"/>
        <source>quarterfinals, semifinals and a final</source>
        <translation>четвертьфинал, полуфинал и финал</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="285"/>
        <source>record only the winner (no speaker points)</source>
        <translation>внести только победителя (без спикерских баллов)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="123"/>
        <source>round {round} ({league})</source>
        <translation>раунд {round} ({league})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="285"/>
        <source>rounds spoken (0: every speaker is ranked)</source>
        <translation>раундов выступлений (0: в рейтинге все спикеры)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="264"/>
        <source>semifinals and a final</source>
        <translation>полуфинал и финал</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="169"/>
        <source>speaker {number}:</source>
        <translation>спикер {number}:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="154"/>
        <source>speakers by average points</source>
        <translation>спикеры — по среднему баллу</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="153"/>
        <source>speakers by total points</source>
        <translation>спикеры — по сумме баллов</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="280"/>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="289"/>
        <source>teams of each category (novice, junior) not in the open break; 0: none</source>
        <translation>команд каждой категории (новички, юниоры) вне открытого плей-офф; 0: нет</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="282"/>
        <source>total points over the qualifying rounds</source>
        <translation>сумме баллов за отборочные раунды</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="286"/>
        <source>won by forfeit: the other team did not come (no speeches)</source>
        <translation>победа из-за неявки соперника (без выступлений)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="252"/>
        <source>{count} bye</source>
        <translation>проходов без соперника: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="137"/>
        <source>{count} certificates</source>
        <translation>Сертификатов: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="44"/>
        <source>{created} new, {updated} updated, {unchanged} unchanged; {people} people added to the register.</source>
        <translation>новых — {created}, обновлено — {updated}, без изменений — {unchanged}; добавлено в реестр людей: {people}.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="249"/>
        <source>{debates} debates, {done} with a result</source>
        <translation>Игр: {debates}, с результатом: {done}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="139"/>
        <source>{league}, round {round}: {debates} debates</source>
        <translation>{league}, раунд {round}: дебатов — {debates}</translation>
    </message>
    <message>
        <source>{league}: teams ranked by {order}; {rule}. “=” marks a shared place.</source>
        <translation type="vanished">{league}: команды ранжируются по показателям: {order}; {rule}. «=» — поделённое место.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="156"/>
        <source>{league}: teams ranked by {order}; {rule}. “=” marks a shared place; “*” a speaker&apos;s own average credited for a bye or a forfeit win.</source>
        <translation>{league}: команды ранжируются по {order}; {rule}. «=» — общее место; «*» — собственный средний балл спикера, зачтённый за отдых или неявку соперника.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="145"/>
        <source>{page} of {pages} · ← → PageUp PageDown: pages · Esc: leave</source>
        <translation>{page} из {pages} · ← → PageUp PageDown: страницы · Esc: выход</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="66"/>
        <source>{team} won</source>
        <translation>Победа: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="65"/>
        <source>{team} won by forfeit</source>
        <translation>Победа: {team} (неявка соперника)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="227"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="213"/>
        <source>— bye —</source>
        <translation>— без соперника —</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="173"/>
        <source>← Tournaments</source>
        <translation>← Турниры</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/validation/fields.py" line="74"/>
        <source>A date is required (DD.MM.YYYY).</source>
        <translation>Укажите дату (ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="180"/>
        <source>A number is required.</source>
        <translation>Укажите число.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="206"/>
        <source>A phone number is required.</source>
        <translation>Укажите номер телефона.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="197"/>
        <source>A value is required here.</source>
        <translation>Укажите здесь значение.</translation>
    </message>
    <message>
        <location filename="../../app/people/forms.py" line="37"/>
        <source>Choose who gave the consent.</source>
        <translation>Укажите, кто дал согласие.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="113"/>
        <source>The IIN is empty; it must have 12 digits.</source>
        <translation>ИИН не указан; он должен состоять из 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="118"/>
        <source>The IIN “{text}” has {count} digits; it must have exactly 12.</source>
        <translation>ИИН «{text}»: цифр — {count}, а должно быть ровно 12.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="86"/>
        <source>The IIN “{text}” is not valid: its 7th digit is {digit}, but it must be 1–6 (century and sex).</source>
        <translation>ИИН «{text}» недействителен: его 7-я цифра — {digit}, а должна быть от 1 до 6 (век и пол).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="94"/>
        <source>The IIN “{text}” is not valid: its first six digits ({yymmdd}) are not a real birth date (YYMMDD).</source>
        <translation>ИИН «{text}» недействителен: первые шесть цифр ({yymmdd}) не образуют реальную дату рождения (ГГММДД).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="127"/>
        <source>The IIN “{text}” is not valid: no check digit is possible for its first 11 digits. Check that it was typed correctly.</source>
        <translation>ИИН «{text}» недействителен: для его первых 11 цифр невозможно вычислить контрольную цифру. Проверьте, правильно ли он введён.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="132"/>
        <source>The IIN “{text}” is not valid: the check digit (last digit) is wrong. Check that it was typed correctly.</source>
        <translation>ИИН «{text}» недействителен: неверная контрольная (последняя) цифра. Проверьте, правильно ли он введён.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="115"/>
        <source>The IIN “{text}” must contain only digits (12 digits).</source>
        <translation>ИИН «{text}» должен состоять только из цифр (12 цифр).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="120"/>
        <source>The birth date {date} gives an age of {age} years; at most {limit} is possible.</source>
        <translation>При дате рождения {date} возраст составляет {age}, а допустимо не более {limit}. Проверьте дату.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="116"/>
        <source>The birth date {date} is before 1900.</source>
        <translation>Дата рождения {date} раньше 1900 года. Проверьте дату.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="113"/>
        <source>The birth date {date} is in the future.</source>
        <translation>Дата рождения {date} ещё не наступила. Проверьте дату.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="188"/>
        <source>The birth date {typed} does not agree with the IIN {iin}, which gives {from_iin}.</source>
        <translation>Дата рождения {typed} не совпадает с ИИН {iin}, по которому дата рождения — {from_iin}.</translation>
    </message>
    <message>
        <location filename="../../app/people/forms.py" line="34"/>
        <source>The consent date is in the future.</source>
        <translation>Дата согласия ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../app/validation/typed_dates.py" line="108"/>
        <source>The date “{text}” does not exist: month {month} of {year} has {days} days.</source>
        <translation>Даты «{text}» не существует: последний день {month}-го месяца {year} года — {days}-е число.</translation>
    </message>
    <message>
        <location filename="../../app/tables/values.py" line="58"/>
        <location filename="../../app/validation/fields.py" line="88"/>
        <source>The date “{text}” does not exist: there is no such day in that month (check the day and the month).</source>
        <translation>Даты «{text}» не существует: в этом месяце нет такого дня (проверьте день и месяц).</translation>
    </message>
    <message>
        <location filename="../../app/validation/typed_dates.py" line="99"/>
        <source>The date “{text}” has no month {month}: months go from 01 to 12.</source>
        <translation>В дате «{text}» нет месяца {month}: месяцы идут с 01 по 12.</translation>
    </message>
    <message>
        <location filename="../../app/validation/typed_dates.py" line="103"/>
        <source>The date “{text}” has the year {year}; write a year from {first} to {last}.</source>
        <translation>В дате «{text}» год {year}; укажите год от {first} до {last}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="147"/>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="130"/>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>Дата окончания {end} раньше даты начала {start}. Проверьте даты.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="193"/>
        <source>The number {value} is too large: it must be at most {maximum}.</source>
        <translation>Число {value} слишком большое: оно должно быть не больше {maximum}.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="189"/>
        <source>The number {value} is too small: it must be at least {minimum}.</source>
        <translation>Число {value} слишком маленькое: оно должно быть не меньше {minimum}.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="221"/>
        <source>The phone number “{text}” must have 10 digits after +7 or 8, for example +7 701 234 56 78.</source>
        <translation>Номер телефона «{text}» должен содержать 10 цифр после +7 или 8, например +7 701 234 56 78.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="214"/>
        <source>The region is required.</source>
        <translation>Укажите область.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="147"/>
        <source>The sex is required (M or F).</source>
        <translation>Укажите пол (М или Ж).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="195"/>
        <source>The sex “{typed}” does not agree with the IIN {iin}, which gives “{from_iin}”.</source>
        <translation>Пол «{typed}» не совпадает с ИИН {iin}, по которому пол — «{from_iin}».</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="74"/>
        <location filename="../../app/validation/fields.py" line="139"/>
        <source>This field must be filled in.</source>
        <translation>Заполните это поле.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="217"/>
        <source>Unknown region “{text}”: give one of the 17 regions or the cities Astana, Almaty, Shymkent, by name or by code (for example KZ-75).</source>
        <translation>Неизвестная область «{text}»: укажите одну из 17 областей или один из городов Астана, Алматы, Шымкент — названием или кодом (например, KZ-75).</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="35"/>
        <source>Unknown {what}: {value}</source>
        <translation>Неизвестное значение ({what}): {value}</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="51"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="89"/>
        <source>format</source>
        <translation>формат проведения</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="40"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="51"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="81"/>
        <location filename="../../app/validation/typed_dates.py" line="28"/>
        <source>“{text}” is not a date; write it as DD.MM.YYYY, for example 25.05.2024.</source>
        <translation>«{text}» не является датой; введите дату в виде ДД.ММ.ГГГГ, например 25.05.2024.</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="158"/>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» — не число.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="208"/>
        <source>“{text}” is not a phone number: use only digits, spaces, +, -, ( ).</source>
        <translation>«{text}» не является номером телефона: используйте только цифры, пробелы и символы +, -, ( ).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="151"/>
        <source>“{text}” is not a sex; write M or F (ер / әйел, м / ж).</source>
        <translation>«{text}» не обозначает пол; укажите М или Ж (муж / жен, ер / әйел).</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="54"/>
        <source>“{text}” is not a time; write it as HH:MM, for example 09:30.</source>
        <translation>«{text}» не является временем; укажите его в виде ЧЧ:ММ, например 09:30.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="186"/>
        <source>“{text}” is not a whole number.</source>
        <translation>«{text}» не является целым числом. Введите целое число.</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="93"/>
        <location filename="../../app/aid/passport.py" line="114"/>
        <location filename="../../app/events/appointments.py" line="61"/>
        <location filename="../../app/events/attendance.py" line="51"/>
        <location filename="../../app/people/qualifications.py" line="29"/>
        <location filename="../../app/reference.py" line="200"/>
        <source>“{text}” is not in the list of allowed values ({allowed}).</source>
        <translation>Значения «{text}» нет в списке допустимых. Укажите одно из значений: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/people/records.py" line="47"/>
        <source>“{text}” looks like a spreadsheet formula, not a name: type the name itself.</source>
        <translation>«{text}» похоже на формулу электронной таблицы, а не на имя: введите само имя.</translation>
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
        <translation>— все —</translation>
    </message>
</context>
</TS>
