<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="33"/>
        <source>About Tirkeu</source>
        <translation>О программе Tirkeu</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="44"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="45"/>
        <source>Copy details</source>
        <translation>Копировать сведения</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="20"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="21"/>
        <source>Database size</source>
        <translation>Размер базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="23"/>
        <source>Installation id</source>
        <translation>Идентификатор установки</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="24"/>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="22"/>
        <source>Schema version</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="40"/>
        <source>Tirkeu: events, participants and aid for school coordinators. Works without the internet.</source>
        <translation>Tirkeu — учёт мероприятий, участников и помощи для школьных координаторов. Работает без интернета.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="19"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="21"/>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
</context>
<context>
    <name>Aid</name>
    <message>
        <location filename="../../ui/aid/dialog.py" line="83"/>
        <source>&amp;Address:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="50"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="78"/>
        <source>&amp;Family categories:</source>
        <translation>&amp;Категории семьи:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="66"/>
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
        <location filename="../../ui/aid/aid_dialog.py" line="54"/>
        <source>&amp;Status:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="48"/>
        <source>&amp;Value, tenge:</source>
        <translation>&amp;Стоимость, тенге:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="84"/>
        <source>&amp;What the child needs:</source>
        <translation>&amp;Что нужно ребёнку:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="121"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="137"/>
        <source>A registered child: type a name or IIN</source>
        <translation>Зарегистрированный ребёнок: введите ФИО или ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="70"/>
        <source>Add aid</source>
        <translation>Добавить помощь</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="123"/>
        <source>Add aid to a child…</source>
        <translation>Добавить помощь ребёнку…</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="151"/>
        <source>Add aid…</source>
        <translation>Добавить помощь…</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="172"/>
        <source>Adding aid saves the child first.</source>
        <translation>При добавлении помощи сначала сохраняется карточка ребёнка.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="70"/>
        <source>Aid</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="140"/>
        <source>Aid already given this year</source>
        <translation>Помощь в этом году уже есть</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="150"/>
        <location filename="../../ui/aid/page.py" line="115"/>
        <location filename="../../ui/aid/page.py" line="221"/>
        <source>Aid given</source>
        <translation>Оказанная помощь</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="124"/>
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
        <location filename="../../ui/aid/page.py" line="120"/>
        <source>All items</source>
        <translation>Все виды помощи</translation>
    </message>
    <message>
        <location filename="../../ui/aid/common.py" line="69"/>
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
        <location filename="../../ui/aid/page.py" line="111"/>
        <location filename="../../ui/aid/page.py" line="121"/>
        <source>All sponsors</source>
        <translation>Все спонсоры</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="118"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="112"/>
        <location filename="../../ui/aid/page.py" line="122"/>
        <location filename="../../ui/aid/sponsors.py" line="46"/>
        <location filename="../../ui/aid/sponsors.py" line="64"/>
        <location filename="../../ui/aid/sponsors.py" line="74"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location filename="../../app/aid/forms.py" line="101"/>
        <source>Another person already has the IIN {iin}: {name}.</source>
        <translation>ИИН {iin} уже есть у другого человека: {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="63"/>
        <source>Campaign &amp;year:</source>
        <translation>&amp;Год кампании:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="126"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="84"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="134"/>
        <source>Child in the data bank</source>
        <translation>Ребёнок в банке данных</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="221"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="65"/>
        <source>Children are counted once per sponsor however many items they got. Items and tenge include aid not yet delivered.</source>
        <translation>У каждого спонсора ребёнок учитывается один раз, сколько бы предметов он ни получил. Предметы и суммы в тенге включают ещё не выданную помощь.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="68"/>
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
        <location filename="../../ui/aid/dialog.py" line="155"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="69"/>
        <source>Delivered records</source>
        <translation>Выдано (записей)</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="173"/>
        <source>Double-click a line to change it.</source>
        <translation>Чтобы изменить строку, дважды щёлкните её.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="126"/>
        <source>Entered total</source>
        <translation>Введённый итог</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="54"/>
        <source>Family categories</source>
        <translation>Категории семьи</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="126"/>
        <source>From records</source>
        <translation>По записям</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="80"/>
        <source>G&amp;uardian:</source>
        <translation>Оп&amp;екун:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="81"/>
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
        <location filename="../../ui/aid/dialog.py" line="86"/>
        <source>I&amp;dentified on:</source>
        <translation>Дата &amp;выявления:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="86"/>
        <source>In all — sponsors: {sponsors}, items: {items}, total: {total}</source>
        <translation>Итого — спонсоров: {sponsors}, предметов: {items}, сумма: {total}</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="85"/>
        <location filename="../../ui/aid/dialog.py" line="155"/>
        <source>Item</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="68"/>
        <source>Items</source>
        <translation>Предметов</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="61"/>
        <source>Latest status</source>
        <translation>Последний статус</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="55"/>
        <location filename="../../ui/aid/dialog.py" line="88"/>
        <source>N&amp;otes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="135"/>
        <source>New child in the data bank</source>
        <translation>Новый ребёнок в банке данных</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="138"/>
        <source>New child instead</source>
        <translation>Вместо этого новый ребёнок</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="75"/>
        <location filename="../../ui/aid/aid_dialog.py" line="80"/>
        <source>New sponsor…</source>
        <translation>Новый спонсор…</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="152"/>
        <source>Next status</source>
        <translation>Следующий статус</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="127"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="86"/>
        <location filename="../../ui/aid/dialog.py" line="155"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="171"/>
        <source>Registered: {name}</source>
        <translation>Зарегистрирован(а): {name}</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="49"/>
        <source>S&amp;ponsor:</source>
        <translation>С&amp;понсор:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="122"/>
        <source>Save the totals</source>
        <translation>Сохранить итоги</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="140"/>
        <source>Save the totals you typed first?</source>
        <translation>Сначала сохранить введённые итоги?</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="120"/>
        <source>Sc&amp;hool:</source>
        <translation>&amp;Школа:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="127"/>
        <source>Shown</source>
        <translation>Отображается</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="222"/>
        <location filename="../../ui/aid/passport.py" line="119"/>
        <location filename="../../ui/aid/passport.py" line="139"/>
        <source>Social passport</source>
        <translation>Социальный паспорт</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="88"/>
        <location filename="../../ui/aid/dialog.py" line="156"/>
        <location filename="../../ui/aid/sponsors.py" line="68"/>
        <source>Sponsor</source>
        <translation>Спонсор</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="221"/>
        <location filename="../../ui/aid/sponsors.py" line="62"/>
        <source>Sponsors</source>
        <translation>Спонсоры</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="90"/>
        <location filename="../../ui/aid/dialog.py" line="156"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/aid/forms.py" line="30"/>
        <location filename="../../app/aid/given.py" line="66"/>
        <location filename="../../app/aid/passport.py" line="127"/>
        <source>The chosen record no longer exists; choose again.</source>
        <translation>Выбранной записи больше нет; выберите заново.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="69"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="87"/>
        <location filename="../../ui/aid/dialog.py" line="155"/>
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
        <location filename="../../ui/aid/aid_dialog.py" line="72"/>
        <source>for example: 25 000</source>
        <translation>например: 25 000</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="27"/>
        <source>identified</source>
        <translation>выявлено</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="153"/>
        <source>identified → approved → delivered</source>
        <translation>выявлено → одобрено → выдано</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="132"/>
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
        <location filename="../../ui/aid/passport.py" line="123"/>
        <source>“From records” counts the children entered by name. Type the school&apos;s own total where it knows more; leave “—” to use the records.</source>
        <translation>«По записям» — число детей, внесённых поимённо. Если у школы более полные сведения, введите её итог; оставьте «—», чтобы использовать записи.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../app/backup.py" line="172"/>
        <source>Cannot restore {path}: {error}. The database was not changed; a copy of it is at {safety}.</source>
        <translation>Не удалось восстановить данные из копии {path}: {error}. База данных не изменена; её копия сохранена: {safety}.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="58"/>
        <source>Cannot write the backup to {path}: {error}. Check the disk has free space and is writable.</source>
        <translation>Не удалось записать резервную копию в {path}: {error}. Проверьте, что на диске есть свободное место и запись на него разрешена.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="52"/>
        <source>The backup copy failed its check; the original is unchanged.</source>
        <translation>Резервная копия не прошла проверку; исходная база данных не изменена. Повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="128"/>
        <source>{path} is not a readable Tirkeu backup: {error}</source>
        <translation>Файл {path} не является читаемой резервной копией Tirkeu: {error}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../app/cli/commands.py" line="75"/>
        <source>  row {row}: {reason}</source>
        <translation>  строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="77"/>
        <source>  … and {n} more in the errors file.</source>
        <translation>  … и ещё {n} в файле ошибок.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="66"/>
        <source>, encrypted to the office</source>
        <translation>, зашифрован для управления</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="109"/>
        <source>Backup written to {path}.</source>
        <translation>Резервная копия сохранена: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="64"/>
        <source>Bundle {sequence} written to {path}: {records} records{enc}.</source>
        <translation>Пакет № {sequence} записан в {path}. Записей: {records}{enc}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="132"/>
        <source>Certificate {old} is cancelled; {new} is issued to {name}. Print it with “certificates reprint {new} --out FILE.pdf”.</source>
        <translation>Сертификат {old} аннулирован; выдан сертификат {new}, получатель: {name}. Напечатайте его командой «certificates reprint {new} --out FILE.pdf».</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="121"/>
        <source>Certificate {serial} ({name}) is cancelled.</source>
        <translation>Сертификат {serial} ({name}) аннулирован.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="55"/>
        <source>Demo data added: {counts}.</source>
        <translation>Добавлены демонстрационные данные: {counts}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="121"/>
        <source>Identity card written to {path}; key fingerprint {fp}.</source>
        <translation>Карточка установки записана в {path}; отпечаток ключа: {fp}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="90"/>
        <source>Missing from {name}: bundle(s) {numbers}.</source>
        <translation>{name}: не хватает пакетов № {numbers}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="78"/>
        <source>No bundle files (*.tirkeu) were found there.</source>
        <translation>По указанному пути файлы пакетов (*.tirkeu) не найдены.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="172"/>
        <source>Only an office has an age identity (schools encrypt to their office).</source>
        <translation>Ключ расшифровки age есть только у управления (школы шифруют пакеты для своего управления).</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="142"/>
        <source>Revoked {name}: its bundles will be refused.</source>
        <translation>Ключ установки {name} отозван: её пакеты будут отклоняться.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="43"/>
        <source>Set up {name} ({role}, {region}) in {path}. Installation {id}, key fingerprint {fp}.</source>
        <translation>Установка выполнена: {name} ({role}, {region}), база данных: {path}. Идентификатор установки: {id}, отпечаток ключа: {fp}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="100"/>
        <source>The database has {n} problems; restore it from a backup.</source>
        <translation>Найдено ошибок в базе данных: {n}. Восстановите её из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="96"/>
        <source>The database {path} is intact.</source>
        <translation>База данных {path} не повреждена.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="180"/>
        <source>The office&apos;s age identity was written to {path}. Keep it secret.</source>
        <translation>Ключ расшифровки age управления записан в {path}. Храните его в тайне.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="132"/>
        <source>Trusted {name} ({role}), key fingerprint {fp}.</source>
        <translation>Установка {name} ({role}) добавлена в доверенные; отпечаток ключа: {fp}.</translation>
    </message>
    <message>
        <location filename="../../app/synth.py" line="70"/>
        <source>Unknown scale {scale}: use school, region or nation.</source>
        <translation>Неизвестный масштаб {scale}: укажите school, region или nation.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="62"/>
        <source>Write a signatory as POSITION=NAME, e.g. “Director=Seitov B.”.</source>
        <translation>Укажите подписанта в виде ДОЛЖНОСТЬ=ФИО, например «Директор=Сеитов Б.».</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="86"/>
        <source>Wrote {count} rows to {path}.</source>
        <translation>Записано строк: {count}. Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="130"/>
        <source>synth needs --db PATH (it never writes into your own database).</source>
        <translation>Для команды synth нужен параметр --db PATH (она никогда не записывает в вашу рабочую базу данных).</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="80"/>
        <location filename="../../app/cli/certificate_commands.py" line="144"/>
        <source>{count} certificates written to {path} ({new} new, {again} printed again).</source>
        <translation>Записано сертификатов: {count} (новых — {new}, напечатанных повторно — {again}). Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="83"/>
        <source>{file}: {status} — created {created}, updated {updated}, unchanged {unchanged}, ignored {ignored}, rejected {rejected}, conflicts {conflicts}.</source>
        <translation>{file}: {status} — создано: {created}, обновлено: {updated}, без изменений: {unchanged}, пропущено: {ignored}, отклонено: {rejected}, конфликтов: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../app/synth.py" line="184"/>
        <source>{path} already exists; synth makes a new database.</source>
        <translation>Файл {path} уже существует; synth создаёт только новую базу данных. Укажите другое имя файла.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../../app/certificates/layout.py" line="49"/>
        <source>A certificate has at most two signatories.</source>
        <translation>У сертификата может быть не более двух подписантов.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="58"/>
        <source>A4 landscape</source>
        <translation>A4, альбомная</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="59"/>
        <source>A4 portrait</source>
        <translation>A4, книжная</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="58"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="59"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="31"/>
        <source>Best speaker diploma</source>
        <translation>Диплом лучшего спикера</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="56"/>
        <location filename="../../ui/certificates/page.py" line="131"/>
        <source>Cancel certificate</source>
        <translation>Аннулировать сертификат</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="132"/>
        <source>Cancel {count} certificate(s)? Verifying them will answer “cancelled”.</source>
        <translation>Аннулировать сертификаты (выбрано: {count})? При проверке будет ответ «аннулирован».</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="83"/>
        <source>Cancelled: certificate {serial} was cancelled by its issuer.</source>
        <translation>Аннулирован: сертификат {serial} аннулирован тем, кто его выдал.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="80"/>
        <source>Cancelled: certificate {serial} was replaced by {newer}.</source>
        <translation>Аннулирован: сертификат {serial} заменён сертификатом {newer}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="33"/>
        <source>Certificate of participation</source>
        <translation>Сертификат участника</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="113"/>
        <location filename="../../ui/certificates/dialog.py" line="199"/>
        <location filename="../../ui/certificates/page.py" line="50"/>
        <location filename="../../ui/certificates/page.py" line="88"/>
        <location filename="../../ui/certificates/page.py" line="122"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="185"/>
        <source>Choose an event or a person.</source>
        <translation>Выберите мероприятие или человека.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="105"/>
        <source>Choose whom to issue certificates to: an event or a person.</source>
        <translation>Выберите, кому выдать сертификаты: мероприятие или человека.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="62"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="96"/>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="110"/>
        <source>Correct the name</source>
        <translation>Исправление ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="55"/>
        <source>Correct the name…</source>
        <translation>Исправить ФИО…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="28"/>
        <source>Diploma of the 1st degree</source>
        <translation>Диплом I степени</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="29"/>
        <source>Diploma of the 2nd degree</source>
        <translation>Диплом II степени</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="30"/>
        <source>Diploma of the 3rd degree</source>
        <translation>Диплом III степени</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="97"/>
        <source>Edit the texts…</source>
        <translation>Изменить тексты…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="45"/>
        <source>Empty: everyone who attended the event</source>
        <translation>Если пусто — все участники мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="56"/>
        <source>Empty: the template&apos;s text</source>
        <translation>Если пусто — текст шаблона</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="20"/>
        <location filename="../../ui/certificates/dialog.py" line="76"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="68"/>
        <source>Forged: the code does not match certificate {serial} as it was issued.</source>
        <translation>Поддельный: код не совпадает с выданным сертификатом {serial}.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="34"/>
        <source>Generate certificates</source>
        <translation>Создание сертификатов</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="101"/>
        <source>Generate…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="53"/>
        <source>Generate… (Ctrl+N)</source>
        <translation>Создать… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="192"/>
        <location filename="../../ui/certificates/page.py" line="102"/>
        <source>Generating certificates…</source>
        <translation>Создание сертификатов…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="85"/>
        <source>Genuine: {serial} issued to {name} on {date} by {issuer}.</source>
        <translation>Подлинный: сертификат {serial} выдан {date}; получатель: {name}; выдал: {issuer}.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="138"/>
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
        <location filename="../../ui/certificates/dialog.py" line="78"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="22"/>
        <location filename="../../ui/certificates/dialog.py" line="79"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="34"/>
        <source>Letter of thanks</source>
        <translation>Благодарственное письмо</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="92"/>
        <location filename="../../ui/certificates/dialog.py" line="137"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="84"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="32"/>
        <source>Nomination diploma</source>
        <translation>Диплом в номинации</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="77"/>
        <source>One person</source>
        <translation>Один человек</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="203"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="188"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="81"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="33"/>
        <source>Placeholders: {name} {reason} {event} {date} {place}. An empty box brings back the text that came with the program.</source>
        <translation>Подстановки: {name} {reason} {event} {date} {place}. Пустое поле возвращает текст, поставляемый с программой.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="83"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="54"/>
        <source>Print again…</source>
        <translation>Напечатать повторно…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="24"/>
        <source>Printed</source>
        <translation>Напечатано, раз</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="202"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="80"/>
        <source>Reason or nomination</source>
        <translation>Основание или номинация</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="17"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="152"/>
        <source>Recipient&apos;s Name</source>
        <translation>ФИО получателя</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="187"/>
        <source>Save certificates</source>
        <translation>Сохранение сертификатов</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="147"/>
        <source>Scan the QR code here, or type the serial and the code printed beside it:</source>
        <translation>Отсканируйте здесь QR-код или введите номер и напечатанный рядом с ним код:</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="16"/>
        <source>Serial</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="88"/>
        <source>Signatory {n}</source>
        <translation>Подписант {n}</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="23"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="99"/>
        <source>Texts</source>
        <translation>Тексты</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="23"/>
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
        <location filename="../../app/certificates/generate.py" line="129"/>
        <source>The certificate {serial} is cancelled; it cannot be printed.</source>
        <translation>Сертификат {serial} аннулирован; его нельзя напечатать.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="132"/>
        <source>The certificate {serial} was issued by another installation; only that installation can print it.</source>
        <translation>Сертификат {serial} выдан другой установкой; напечатать его может только она.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="70"/>
        <source>The logo file {path} is a {kind} image; use PNG or JPEG.</source>
        <translation>Файл логотипа {path} — изображение формата {kind}; используйте PNG или JPEG.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="67"/>
        <source>The logo file {path} is not an image (PNG or JPEG) or it is damaged.</source>
        <translation>Файл логотипа {path} не является изображением (PNG или JPEG) или повреждён.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="59"/>
        <source>The logo file {path} was not found.</source>
        <translation>Файл логотипа {path} не найден.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="111"/>
        <source>The name as it must be printed (the old serial will be cancelled):</source>
        <translation>ФИО в том виде, в каком его нужно напечатать (старый номер будет аннулирован):</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="42"/>
        <source>The orientation must be landscape or portrait.</source>
        <translation>Ориентация должна быть альбомной или книжной.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="68"/>
        <source>The person was not found (they may have been deleted).</source>
        <translation>Человек не найден (возможно, запись удалена).</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="156"/>
        <source>The recipient&apos;s name is required.</source>
        <translation>Укажите ФИО получателя.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="95"/>
        <source>The template text “{text}” has an unmatched brace {{ or }}.</source>
        <translation>В тексте шаблона «{text}» есть непарная фигурная скобка {{ или }}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="99"/>
        <source>The template text “{text}” uses an unknown placeholder {{{name}}}; allowed are: {allowed}.</source>
        <translation>В тексте шаблона «{text}» используется неизвестная подстановка {{{name}}}; допустимы: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="58"/>
        <source>There is no certificate {serial} in the register.</source>
        <translation>В реестре нет сертификата {serial}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="124"/>
        <location filename="../../app/certificates/register.py" line="82"/>
        <source>There is nobody to issue certificates to: the list of recipients is empty.</source>
        <translation>Некому выдавать сертификаты: список получателей пуст.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="76"/>
        <source>Unknown kind of certificate “{kind}”; choose one of: {allowed}.</source>
        <translation>Неизвестный вид сертификата «{kind}»; выберите один из следующих: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="85"/>
        <source>Unknown language “{language}”; choose kk, ru or en.</source>
        <translation>Неизвестный язык «{language}»; выберите kk, ru или en.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="144"/>
        <source>Unknown template field “{field}”.</source>
        <translation>Неизвестное поле шаблона «{field}».</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="57"/>
        <source>Unknown: no certificate {serial} is held here.</source>
        <translation>Неизвестен: сертификата {serial} здесь нет.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="65"/>
        <source>Unknown: the key of the installation that issued {serial} is not known here.</source>
        <translation>Неизвестен: ключ установки, выдавшей сертификат {serial}, здесь неизвестен.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="146"/>
        <location filename="../../ui/certificates/page.py" line="152"/>
        <source>Verify a certificate</source>
        <translation>Проверка сертификата</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="57"/>
        <source>Verify…</source>
        <translation>Проверить…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="38"/>
        <source>cancelled</source>
        <translation>аннулирован</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="37"/>
        <source>issued</source>
        <translation>выдан</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="200"/>
        <source>{count} certificates written to {path} ({new} new, {again} printed again).</source>
        <translation>Записано сертификатов: {count} (новых — {new}, напечатанных повторно — {again}). Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="123"/>
        <source>{old} is cancelled; {new} is issued. Print it with “Print again…”.</source>
        <translation>Сертификат {old} аннулирован; выдан сертификат {new}. Напечатайте его кнопкой «Напечатать повторно…».</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="39"/>
        <source>— no event —</source>
        <translation>— без мероприятия —</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="46"/>
        <source>“{value}” is not a colour; write it as #RRGGBB, e.g. #1F4E79.</source>
        <translation>«{value}» не является цветом; укажите его в виде #RRGGBB, например #1F4E79.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="57"/>
        <source>Copy details</source>
        <translation>Копировать сведения</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="52"/>
        <source>Something went wrong</source>
        <translation>Произошла ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="53"/>
        <source>Tirkeu met an error it did not expect. Your saved records are safe; the details are in the log. If it happens again, send the details to your office.</source>
        <translation>В Tirkeu произошла непредвиденная ошибка. Сохранённые записи в безопасности; подробности — в журнале. Если ошибка повторится, отправьте подробности в управление.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../app/db/store.py" line="143"/>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>Не удалось создать папку {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="171"/>
        <source>Cannot open the database {path}: {error}. Check that the folder is writable and the disk is not full.</source>
        <translation>Не удалось открыть базу данных {path}: {error}. Проверьте, что запись в папку разрешена и диск не заполнен.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="28"/>
        <source>Cannot read the database {path}: {error}</source>
        <translation>Не удалось прочитать базу данных {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="92"/>
        <source>The database {path} cannot be written: the file or its folder is read-only. The change was not saved. Allow writing there, or move the database to a folder you can write to.</source>
        <translation>Не удаётся записать в базу данных {path}: файл или его папка доступны только для чтения. Изменение не сохранено. Разрешите запись в файл и его папку или переместите базу данных в папку, доступную для записи.</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="100"/>
        <source>The database {path} could not be read or written ({error}). The change was not saved. Check that the disk (or USB stick) is connected and not full.</source>
        <translation>Не удалось прочитать или записать базу данных {path} ({error}). Изменение не сохранено. Проверьте, что диск (или флешка) подключён и на нём есть свободное место.</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="84"/>
        <source>The database {path} is busy: another program (or a second Tirkeu) is using it. The change was not saved. Close the other program and try again.</source>
        <translation>База данных {path} занята: её использует другая программа (или вторая запущенная копия Tirkeu). Изменение не сохранено. Закройте другую программу и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="88"/>
        <source>The disk with the database {path} is full. The change was not saved. Free some space on the disk and try again.</source>
        <translation>Диск с базой данных {path} заполнен. Изменение не сохранено. Освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="39"/>
        <location filename="../../app/cli/commands.py" line="32"/>
        <location filename="../../app/importing/run.py" line="156"/>
        <location filename="../../app/models/base.py" line="42"/>
        <location filename="../../app/sync/trust.py" line="40"/>
        <source>This database is not set up yet: run set-up (tirkeu init) first.</source>
        <translation>Эта база данных ещё не настроена: сначала выполните начальную настройку (tirkeu init).</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="97"/>
        <location filename="../../app/db/store.py" line="174"/>
        <source>{path} is damaged ({error}). Restore it from a backup.</source>
        <translation>Файл {path} повреждён ({error}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="46"/>
        <source>{path} is damaged or not a database ({error}). Restore it from a backup.</source>
        <translation>Файл {path} повреждён или не является базой данных ({error}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="33"/>
        <source>{path} is not a Tirkeu database (not an SQLite file). Choose another file or restore from a backup.</source>
        <translation>Файл {path} не является базой данных Tirkeu (это не файл SQLite). Выберите другой файл или восстановите базу из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="59"/>
        <source>{path} was made by a newer version of Tirkeu (schema {found}, this program knows up to {known}). Install the newer Tirkeu; the file was not changed.</source>
        <translation>Файл {path} создан более новой версией Tirkeu (версия схемы — {found}, а эта программа поддерживает схемы до версии {known}). Установите новую версию Tirkeu; файл не изменён.</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message numerus="yes">
        <location filename="../../ui/events/attendance_tab.py" line="110"/>
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
        <location filename="../../ui/events/appointments_tab.py" line="192"/>
        <source>&amp;Book</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="50"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="82"/>
        <source>&amp;Duration:</source>
        <translation>Д&amp;лительность:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="78"/>
        <source>&amp;End date (if not the same day):</source>
        <translation>Дата &amp;окончания (если не в тот же день):</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="87"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="71"/>
        <location filename="../../ui/events/page.py" line="36"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="88"/>
        <location filename="../../ui/events/page.py" line="42"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="94"/>
        <source>&amp;Notes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="89"/>
        <location filename="../../ui/events/page.py" line="45"/>
        <source>&amp;Organiser:</source>
        <translation>Ор&amp;ганизатор:</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="52"/>
        <source>&amp;Person:</source>
        <translation>&amp;Посетитель:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="69"/>
        <location filename="../../ui/events/page.py" line="35"/>
        <source>&amp;Programme:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="77"/>
        <source>&amp;Start date:</source>
        <translation>&amp;Дата начала:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="68"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="41"/>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="53"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="67"/>
        <source>&amp;Total:</source>
        <translation>&amp;Всего:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="73"/>
        <source>&amp;boys:</source>
        <translation>&amp;мальчиков:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="72"/>
        <source>&amp;girls:</source>
        <translation>&amp;девочек:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/attendance_tab.py" line="112"/>
        <source>(%n on the list)</source>
        <translation>
            <numerusform>(в списке: %n)</numerusform>
            <numerusform>(в списке: %n)</numerusform>
            <numerusform>(в списке: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="121"/>
        <source>A mass action is reported as numbers, not names. Leave a box empty (—) when the number is not known; the parts must not exceed the total, and all four parts must add up to it.</source>
        <translation>Массовая акция учитывается в числах, а не поимённо. Если число неизвестно, оставьте поле пустым (—); сумма частей не должна превышать общее число, а если заполнены все четыре части, их сумма должна быть равна ему.</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="90"/>
        <source>A&amp;udience:</source>
        <translation>&amp;Аудитория:</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="142"/>
        <source>Added: {name}</source>
        <translation>Добавлено: {name}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="65"/>
        <source>Announce it in advance.</source>
        <translation>Объявите заранее.</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="279"/>
        <source>Appointments</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="56"/>
        <source>At least {count} participants.</source>
        <translation>Участников: не менее {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="194"/>
        <source>Back to booked</source>
        <translation>Вернуть: ожидается</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="153"/>
        <source>Booked: {date} {time}</source>
        <translation>Записано: {date} {time}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="63"/>
        <source>By prior registration: book each visit in the appointment list.</source>
        <translation>По предварительной записи: заносите каждое посещение в список записей.</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="196"/>
        <source>Cancel the booking</source>
        <translation>Отменить запись</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="354"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="222"/>
        <source>Competitive selection: people are added as applicants; check those selected and press “Select checked”.</source>
        <translation>Конкурсный отбор: люди добавляются как кандидаты; отметьте отобранных и нажмите «Отобрать отмеченных».</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="204"/>
        <source>Consultations are held by prior registration: one visitor per time slot. Enter in the time or topic box books the visit.</source>
        <translation>Консультации проводятся по предварительной записи: на одно время — один посетитель. Enter в поле времени или темы записывает посетителя.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="147"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="282"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="44"/>
        <source>Distr&amp;ict:</source>
        <translation>Ра&amp;йон:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="77"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="111"/>
        <source>Double-click or F2 to change the role</source>
        <translation>Дважды щёлкните или нажмите F2, чтобы изменить роль</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="69"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="351"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="63"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="40"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../app/events/headcount.py" line="51"/>
        <source>Girls and boys together ({sum}) are more than the total ({total}).</source>
        <translation>Девочек и мальчиков вместе ({sum}) больше, чем всего ({total}).</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="191"/>
        <location filename="../../ui/events/dialog.py" line="367"/>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="283"/>
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
        <location filename="../../app/events/listing.py" line="72"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="75"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="193"/>
        <source>Mark held</source>
        <translation>Отметить: состоялась</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="193"/>
        <source>Mark missed</source>
        <translation>Отметить: неявка</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="84"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="351"/>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="268"/>
        <source>Not met: {issues}</source>
        <translation>Не выполнено: {issues}</translation>
    </message>
    <message>
        <location filename="../../app/events/attendance.py" line="144"/>
        <source>Only applicants can be selected; not applicants: {names}.</source>
        <translation>Отобрать можно только кандидатов; не кандидаты: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="78"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="92"/>
        <source>Pa&amp;rtners:</source>
        <translation>Па&amp;ртнёры:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="79"/>
        <location filename="../../ui/events/dialog.py" line="276"/>
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
        <location filename="../../ui/events/dialog.py" line="86"/>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="73"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="70"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="116"/>
        <source>Pupils + teachers + parents + others = {sum}</source>
        <translation>Учащиеся + учителя + родители + прочие = {sum}</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="43"/>
        <source>Re&amp;gion:</source>
        <translation>Р&amp;егион:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="76"/>
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
        <location filename="../../ui/events/appointments_tab.py" line="200"/>
        <source>Save the event first (Ctrl+S): the form stays open and the visits are booked here.</source>
        <translation>Сначала сохраните мероприятие (Ctrl+S): форма останется открытой, а посетители записываются здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="319"/>
        <source>Saved. Now add the people: each one is saved as soon as they are added. Close the form when done.</source>
        <translation>Сохранено. Теперь добавьте людей: каждый сохраняется сразу после добавления. По окончании закройте форму.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="84"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="78"/>
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
        <location filename="../../app/events/listing.py" line="68"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="80"/>
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
        <location filename="../../ui/events/appointments_tab.py" line="51"/>
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
        <location filename="../../app/events/appointments.py" line="69"/>
        <source>The date {date} is outside the event&apos;s dates ({start} – {end}).</source>
        <translation>Дата {date} выходит за сроки мероприятия ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="91"/>
        <source>The duration is not given. {rule}</source>
        <translation>Длительность не указана. {rule}</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="269"/>
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
        <location filename="../../app/certificates/generate.py" line="51"/>
        <location filename="../../app/certificates/register.py" line="87"/>
        <location filename="../../app/events/appointments.py" line="99"/>
        <location filename="../../app/events/attendance.py" line="59"/>
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
        <location filename="../../app/events/appointments.py" line="76"/>
        <location filename="../../app/events/attendance.py" line="66"/>
        <source>The person was not found (they may have been deleted).</source>
        <translation>Человек не найден (возможно, запись удалена).</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="91"/>
        <source>The slot {slot} on {date} is already taken; choose another time.</source>
        <translation>Время {slot} на {date} уже занято; выберите другое время.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="147"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="67"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="148"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="198"/>
        <source>Type a name or IIN, Enter to choose</source>
        <translation>Введите ФИО или ИИН, Enter — выбрать</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="219"/>
        <source>Type part of a name or IIN and press Enter: the person is added at once. No match: Enter creates a new person. Delete removes the selected person.</source>
        <translation>Введите часть ФИО или ИИН и нажмите Enter: человек сразу добавляется. Если совпадений нет, Enter создаёт нового человека. Delete убирает выбранного человека.</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="70"/>
        <source>applicant</source>
        <translation>кандидат</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="69"/>
        <source>attended</source>
        <translation>участвовал(а)</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="74"/>
        <source>booked</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="75"/>
        <source>held</source>
        <translation>состоялась</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="82"/>
        <source>in person</source>
        <translation>очно</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="368"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="76"/>
        <source>missed</source>
        <translation>неявка</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="72"/>
        <source>not selected</source>
        <translation>не отобран(а)</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="68"/>
        <source>of them &amp;pupils:</source>
        <translation>из них &amp;учащихся:</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="82"/>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="71"/>
        <source>ot&amp;hers:</source>
        <translation>&amp;прочих:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="70"/>
        <source>pa&amp;rents:</source>
        <translation>&amp;родителей:</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="73"/>
        <source>registered</source>
        <translation>зарегистрирован(а)</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="83"/>
        <source>remote</source>
        <translation>дистанционно</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="71"/>
        <source>selected</source>
        <translation>отобран(а)</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="69"/>
        <source>t&amp;eachers:</source>
        <translation>у&amp;чителей:</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="117"/>
        <source>{count} participants; at least {least} are needed.</source>
        <translation>Участников: {count}; нужно не менее {least}.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="130"/>
        <source>{name} is already on the list.</source>
        <translation>{name} уже есть в списке.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange/actions.py" line="107"/>
        <source>Back up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="64"/>
        <source>Back up the database to…</source>
        <translation>Создать резервную копию базы данных…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="114"/>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="115"/>
        <source>Backup written to {path}.</source>
        <translation>Резервная копия сохранена: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="89"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="88"/>
        <source>Export {what}</source>
        <translation>Экспорт {what}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="63"/>
        <source>Export {what} to a file…</source>
        <translation>Экспорт {what} в файл…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="95"/>
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
        <location filename="../../ui/exchange/actions.py" line="61"/>
        <source>Import {what} from a file…</source>
        <translation>Импорт {what} из файла…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="vanished">Импорт файла {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="65"/>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation type="vanished">Таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="108"/>
        <source>Tirkeu database (*.sqlite3)</source>
        <translation>База данных Tirkeu (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="97"/>
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
        <location filename="../../ui/common/formatting.py" line="38"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="37"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="37"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="142"/>
        <location filename="../../ui/common/formatting.py" line="32"/>
        <location filename="../../ui/people/dialog.py" line="104"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="142"/>
        <location filename="../../ui/common/formatting.py" line="32"/>
        <location filename="../../ui/people/dialog.py" line="104"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="41"/>
        <location filename="../../ui/common/form_dialog.py" line="110"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="164"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="165"/>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="163"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="40"/>
        <location filename="../../ui/common/form_dialog.py" line="109"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="162"/>
        <source>Save the changes?</source>
        <translation>Сохранить изменения?</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../ui/home/page.py" line="19"/>
        <source>Aid given</source>
        <translation>Оказанная помощь</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="18"/>
        <source>Attendance records</source>
        <translation>Записи об участии</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="21"/>
        <source>Certificates issued</source>
        <translation>Выданные сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="19"/>
        <source>Children in the aid data bank</source>
        <translation>Дети, нуждающиеся в помощи (банк данных)</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="18"/>
        <source>Consultation appointments</source>
        <translation>Записи на консультацию</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="69"/>
        <source>Coordinator:</source>
        <translation>Координатор:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="70"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="20"/>
        <source>Debate teams</source>
        <translation>Дебатные команды</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="68"/>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="17"/>
        <source>Event partners</source>
        <translation>Партнёры мероприятий</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="17"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="29"/>
        <source>National level</source>
        <translation>Республиканский уровень</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="16"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="16"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="70"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="28"/>
        <source>Region office</source>
        <translation>Областное управление</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="67"/>
        <source>Region:</source>
        <translation>Область:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="66"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="28"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="22"/>
        <source>Social passport totals</source>
        <translation>Итоги социального паспорта</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="20"/>
        <source>Team members</source>
        <translation>Члены команд</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="65"/>
        <source>This installation</source>
        <translation>Эта установка</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="29"/>
        <source>Aid recipients</source>
        <translation>Получатели помощи</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="90"/>
        <source>Check (nothing is saved)</source>
        <translation>Проверить (без сохранения)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="160"/>
        <source>Checking {file}…</source>
        <translation>Проверка файла {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="104"/>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="89"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="93"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="60"/>
        <source>Dry run: nothing was saved.</source>
        <translation>Пробный запуск: ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="30"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="139"/>
        <source>Ignored columns: {names}.</source>
        <translation>Пропускаемые столбцы: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="91"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="88"/>
        <source>Import from Excel or CSV</source>
        <translation>Импорт из Excel или CSV</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="160"/>
        <source>Importing {file}…</source>
        <translation>Импорт файла {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="95"/>
        <source>No file chosen.</source>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="92"/>
        <source>Open the rejected rows</source>
        <translation>Открыть отклонённые строки</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="29"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="62"/>
        <source>Rejected rows with reasons: {path}</source>
        <translation>Отклонённые строки с причинами: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="105"/>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="151"/>
        <source>Unknown import type {kind}: use one of {kinds}.</source>
        <translation>Неизвестный тип импорта {kind}: укажите один из следующих: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="190"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="144"/>
        <source>ignored</source>
        <translation>пропускается</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="55"/>
        <source>{file}: created {created}, updated {updated}, unchanged {unchanged}, rejected {rejected}.</source>
        <translation>{file}: создано — {created}, обновлено — {updated}, без изменений — {unchanged}, отклонено — {rejected}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="136"/>
        <source>{rows} rows. The first {shown} are shown with the field each column fills.</source>
        <translation>Строк: {rows}. Показаны первые строки ({shown}) и поле, которое заполняет каждый столбец.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../ui/common/list_page.py" line="141"/>
        <location filename="../../ui/common/list_page.py" line="212"/>
        <location filename="../../ui/organisations/page.py" line="66"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="213"/>
        <source>Delete {count} selected record(s)? They can be brought back from “Recently deleted”.</source>
        <translation>Удалить выбранные записи ({count})? Их можно вернуть из раздела «Недавно удалённые».</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="170"/>
        <source>Deleted records: {count}</source>
        <translation>Удалённых записей: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="224"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="223"/>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="139"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="138"/>
        <source>New (Ctrl+N)</source>
        <translation>Создать (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="140"/>
        <source>Recently deleted</source>
        <translation>Недавно удалённые</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="141"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="137"/>
        <source>Search (Ctrl+F): any part of a name or IIN</source>
        <translation>Поиск (Ctrl+F): любая часть ФИО или ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="171"/>
        <location filename="../../ui/organisations/trainers.py" line="109"/>
        <source>Shown: {count}</source>
        <translation>Показано: {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;About Tirkeu</source>
        <translation>&amp;О программе Tirkeu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Aid «Мектепке жол»</source>
        <translation>Помощь «Мектепке жол»</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Tirkeu — {name}</source>
        <translation>Tirkeu — {name}</translation>
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
        <location filename="../../ui/organisations/trainers.py" line="71"/>
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
        <location filename="../../ui/organisations/page.py" line="36"/>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="37"/>
        <location filename="../../ui/organisations/trainers.py" line="82"/>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="84"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="28"/>
        <source>City or village</source>
        <translation>Город или село</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="19"/>
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
        <location filename="../../ui/organisations/trainers.py" line="84"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="22"/>
        <location filename="../../ui/organisations/page.py" line="38"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="21"/>
        <location filename="../../ui/organisations/trainers.py" line="84"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="61"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="49"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="60"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="31"/>
        <location filename="../../ui/organisations/page.py" line="120"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="72"/>
        <source>People marked “trainer” or “consultant” in their form (People area). At least 2 consultants per region.</source>
        <translation>Люди, отмеченные в своей анкете как «тренер» или «консультант» (раздел «Люди»). В каждой области — не менее 2 консультантов.</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="33"/>
        <location filename="../../ui/organisations/trainers.py" line="85"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="24"/>
        <location filename="../../ui/organisations/page.py" line="39"/>
        <location filename="../../ui/organisations/trainers.py" line="86"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="85"/>
        <source>School or organisation</source>
        <translation>Школа или организация</translation>
    </message>
    <message>
        <location filename="../../app/organisations/forms.py" line="87"/>
        <source>This is the school or office of this installation; it cannot be deleted.</source>
        <translation>Это школа или офис этой установки; её нельзя удалить.</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="18"/>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="121"/>
        <location filename="../../ui/organisations/trainers.py" line="70"/>
        <source>Trainers and consultants</source>
        <translation>Тренеры и консультанты</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="64"/>
        <source>for example: trainings on fake news and online fraud</source>
        <translation>например: тренинги о фейковых новостях и интернет-мошенничестве</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="62"/>
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
        <location filename="../../app/organisations/forms.py" line="58"/>
        <source>“{name}” is already in the list of organisations.</source>
        <translation>«{name}» уже есть в списке организаций.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../app/aid/listing.py" line="50"/>
        <location filename="../../app/people/listing.py" line="19"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="22"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="53"/>
        <location filename="../../app/people/listing.py" line="25"/>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="51"/>
        <location filename="../../app/people/listing.py" line="21"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="49"/>
        <location filename="../../app/people/listing.py" line="17"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="18"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="25"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="26"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="52"/>
        <location filename="../../app/people/listing.py" line="24"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="20"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="48"/>
        <location filename="../../app/people/listing.py" line="16"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <location filename="../../ui/aid/dialog.py" line="72"/>
        <location filename="../../ui/people/dialog.py" line="32"/>
        <source>&amp;Birth date:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="34"/>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="75"/>
        <location filename="../../ui/people/dialog.py" line="38"/>
        <source>&amp;Grade:</source>
        <translation>К&amp;ласс:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="70"/>
        <location filename="../../ui/people/dialog.py" line="30"/>
        <source>&amp;IIN:</source>
        <translation>ИИ&amp;Н:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="68"/>
        <location filename="../../ui/people/dialog.py" line="28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="69"/>
        <location filename="../../ui/people/dialog.py" line="29"/>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="67"/>
        <location filename="../../ui/people/dialog.py" line="27"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="97"/>
        <source>Aid</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="96"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="42"/>
        <source>Consent given &amp;by:</source>
        <translation>Кем дано &amp;согласие:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="40"/>
        <source>Consent to data processing, &amp;date:</source>
        <translation>Согласие на обработку данных, &amp;дата:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="120"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="121"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="118"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="96"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="119"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="54"/>
        <source>N&amp;otes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="101"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="116"/>
        <source>Open the existing person instead</source>
        <translation>Открыть существующую запись</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="39"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="101"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="74"/>
        <location filename="../../ui/people/dialog.py" line="36"/>
        <source>Sc&amp;hool:</source>
        <translation>&amp;Школа:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="73"/>
        <location filename="../../ui/people/dialog.py" line="33"/>
        <source>Se&amp;x:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="167"/>
        <source>This person may already be registered: {who}, born {date}, IIN {iin}.</source>
        <translation>Возможно, этот человек уже зарегистрирован: {who}, дата рождения: {date}, ИИН: {iin}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="121"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="53"/>
        <source>Trained as:</source>
        <translation>Квалификация:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="120"/>
        <source>What</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="110"/>
        <source>a parent or guardian (minor)</source>
        <translation>родитель или законный представитель (несовершеннолетний)</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="114"/>
        <source>consultant</source>
        <translation>консультант</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="109"/>
        <source>the person</source>
        <translation>сам человек</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="113"/>
        <source>trainer</source>
        <translation>тренер</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../../ui/common/person_picker.py" line="55"/>
        <source>Type a name or IIN, Enter to add (a new person if not found)</source>
        <translation>Введите ФИО или ИИН, Enter — добавить (если не найден — новый человек)</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="36"/>
        <source>Aid recipients</source>
        <translation>Получатели помощи</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="145"/>
        <source>Choose a backup</source>
        <translation>Выбор резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="85"/>
        <source>Choose another file…</source>
        <translation>Выбрать другой файл…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="87"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="34"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="35"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="34"/>
        <source>Installation</source>
        <translation>Установка</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="35"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="199"/>
        <source>Replace the database with the backup of {date}?

What was entered after that day will no longer be shown. The database as it is now is kept as a copy beside it.</source>
        <translation>Заменить базу данных резервной копией от {date}?

Данные, внесённые после этого дня, больше не будут отображаться. Текущая база данных будет сохранена как копия в той же папке.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="66"/>
        <location filename="../../ui/exchange/restore_dialog.py" line="251"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="86"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="255"/>
        <source>The database as it was before is kept at {safety}.</source>
        <translation>Копия прежней базы данных сохранена: {safety}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="215"/>
        <source>The database was restored from {file}. The database as it was before is kept at {safety}.</source>
        <translation>База данных восстановлена из файла {file}. Копия прежней базы данных сохранена: {safety}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="166"/>
        <source>There are no automatic backups yet. Use “Choose another file…” to restore a copy from elsewhere.</source>
        <translation>Автоматических резервных копий пока нет. Чтобы восстановить копию из другого места (например, с флешки), нажмите «Выбрать другой файл…».</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="203"/>
        <source>This backup belongs to another installation ({name}).</source>
        <translation>Эта резервная копия принадлежит другой установке ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="193"/>
        <source>This backup was made by a newer version of Tirkeu. Install the newer Tirkeu to restore it.</source>
        <translation>Эта резервная копия создана более новой версией Tirkeu. Чтобы восстановить её, установите новую версию Tirkeu.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="71"/>
        <source>Tirkeu copies the database on the first start of each day. Choose the copy to go back to; the database as it is now is kept as a copy beside it.</source>
        <translation>Tirkeu ежедневно при первом запуске создаёт копию базы данных. Выберите копию, к которой нужно вернуться; текущая база данных будет сохранена как копия в той же папке.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="146"/>
        <source>Tirkeu database (*.sqlite3);;All files (*)</source>
        <translation>База данных Tirkeu (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="122"/>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="172"/>
        <source>{file}
Installation: {name} · schema version {version}
People {people} · events {events} · attendance {attendance} · aid recipients {recipients} · aid given {aid} · certificates {certificates}</source>
        <translation>{file}
Установка: {name} · версия схемы: {version}
Люди: {people} · мероприятия: {events} · записи об участии: {attendance} · получатели помощи: {recipients} · оказанная помощь: {aid} · сертификаты: {certificates}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings/page.py" line="58"/>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Язык программы:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="59"/>
        <source>Database file:</source>
        <translation>Файл базы данных:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="57"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="60"/>
        <source>Signing key fingerprint:</source>
        <translation>Отпечаток ключа подписи:</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../ui/setup/dialog.py" line="94"/>
        <source>&amp;Coordinator&apos;s full name:</source>
        <translation>&amp;ФИО координатора:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="94"/>
        <source>&amp;District:</source>
        <translation>Ра&amp;йон:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="93"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="93"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="116"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="155"/>
        <source>Choose the region.</source>
        <translation>Выберите область.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="27"/>
        <source>National level</source>
        <translation>Республиканский уровень</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="94"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="26"/>
        <source>Region office</source>
        <translation>Областное управление</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="26"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="93"/>
        <source>School or office &amp;name:</source>
        <translation>&amp;Название школы или управления:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="115"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location filename="../../app/installation.py" line="46"/>
        <source>This database is already set up; use another --db for a new installation.</source>
        <translation>Эта база данных уже настроена; для новой установки укажите другой --db.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="90"/>
        <source>Tirkeu: set-up</source>
        <translation>Tirkeu: начальная настройка</translation>
    </message>
    <message>
        <location filename="../../app/installation.py" line="48"/>
        <source>Unknown role {role}: choose school, office or national.</source>
        <translation>Неизвестная роль {role}: выберите school, office или national.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="91"/>
        <source>Welcome to Tirkeu. Tell it once who uses this computer; everything is kept on this computer.</source>
        <translation>Добро пожаловать в Tirkeu! Один раз укажите, кто работает на этом компьютере; все данные хранятся только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="112"/>
        <source>e.g. No. 12 school-gymnasium</source>
        <translation>например, школа-гимназия № 12</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/application.py" line="146"/>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="59"/>
        <location filename="../../ui/application.py" line="91"/>
        <source>Tirkeu cannot open the database</source>
        <translation>Tirkeu не может открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="84"/>
        <source>Tirkeu is already open with this database. Use the window that is open.</source>
        <translation>Tirkeu уже открыт с этой базой данных. Используйте открытое окно.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../ui/sync/page.py" line="176"/>
        <source>Aid given to the same child by several schools in one campaign:</source>
        <translation>Помощь одному ребёнку от нескольких школ в одной кампании:</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="203"/>
        <source>Bundle {sequence} from {name} was already imported with other content; this one is not applied. Ask the school which is right.</source>
        <translation>Пакет № {sequence} (отправитель: {name}) уже был импортирован с другим содержимым; этот пакет не применён. Уточните у школы, какой из них верный.</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="166"/>
        <source>Bundle {sequence} was not written by this installation (or its kept copy is gone).</source>
        <translation>Пакет № {sequence} записан не этой установкой (или его сохранённая копия утрачена).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="219"/>
        <source>Bundle {sequence} with {records} records was written to {path}.</source>
        <translation>Пакет № {sequence} записан в {path}. Записей: {records}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="236"/>
        <source>Bundles</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="117"/>
        <source>Cannot read the identity card {path}.</source>
        <translation>Не удалось прочитать карточку установки {path}.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="81"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Не удалось прочитать файл {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="60"/>
        <location filename="../../app/sync/export.py" line="158"/>
        <source>Cannot write the bundle {path}: {error}. Check that the disk (or USB stick) has free space and is writable.</source>
        <translation>Не удалось записать пакет {path}: {error}. Проверьте, что на диске (или флешке) есть свободное место и запись разрешена.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="71"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Не удалось записать файл {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="179"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="167"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="157"/>
        <source>Everything (a full snapshot), not only the changes</source>
        <translation>Все данные (полный снимок), а не только изменения</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="159"/>
        <location filename="../../ui/sync/page.py" line="166"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="230"/>
        <source>Folder with bundles</source>
        <translation>Папка с пакетами</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="166"/>
        <source>From</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="159"/>
        <source>Full</source>
        <translation>Полный</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="177"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="313"/>
        <location filename="../../ui/sync/page.py" line="324"/>
        <source>Identity card</source>
        <translation>Карточка установки</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="314"/>
        <source>Identity cards (*.json *.card);;All files (*)</source>
        <translation>Карточки установок (*.json *.card);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="303"/>
        <source>Identity cards (*.json)</source>
        <translation>Карточки установок (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="167"/>
        <source>Ignored</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="160"/>
        <source>Import a folder…</source>
        <translation>Импорт папки…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="161"/>
        <source>Import files…</source>
        <translation>Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="247"/>
        <source>Importing bundles…</source>
        <translation>Импорт пакетов…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="178"/>
        <location filename="../../ui/sync/page.py" line="180"/>
        <source>Installations</source>
        <translation>Установки</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="221"/>
        <source>It is encrypted to the office.</source>
        <translation>Он зашифрован для управления.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="222"/>
        <source>It is not encrypted: no office key is trusted yet.</source>
        <translation>Он не зашифрован: ключ управления ещё не добавлен в доверенные.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="180"/>
        <source>Items</source>
        <translation>Виды помощи</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="173"/>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="153"/>
        <source>Keys and trust</source>
        <translation>Ключи и доверие</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="174"/>
        <source>Look for problems across schools</source>
        <translation>Найти несоответствия между школами</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="255"/>
        <source>Missing from {name}: bundle(s) {numbers}.</source>
        <translation>{name}: не хватает пакетов № {numbers}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="172"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="177"/>
        <source>Names</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="154"/>
        <source>No trusted installation has the id or fingerprint {what}.</source>
        <translation>Нет доверенной установки с идентификатором или отпечатком ключа {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="158"/>
        <location filename="../../ui/sync/page.py" line="166"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="162"/>
        <source>Only check, save nothing</source>
        <translation>Только проверить, ничего не сохранять</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="163"/>
        <source>Or drop bundle files or a folder here.</source>
        <translation>Или перетащите сюда файлы пакетов или папку.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="168"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="152"/>
        <source>Receive bundles</source>
        <translation>Приём пакетов</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="158"/>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="172"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="168"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="166"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="153"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="171"/>
        <source>Revoke the selected (lost laptop)</source>
        <translation>Отозвать выбранную (ноутбук утерян)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="172"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="169"/>
        <source>Save my identity card…</source>
        <translation>Сохранить мою карточку установки…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="302"/>
        <source>Save the identity card</source>
        <translation>Сохранение карточки установки</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="177"/>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="152"/>
        <source>Send to the office</source>
        <translation>Отправка в управление</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="173"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="151"/>
        <source>Sync with the office</source>
        <translation>Синхронизация с управлением</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="94"/>
        <source>The bundle holds an unexpected file {name}; it is refused.</source>
        <translation>В пакете есть посторонний файл {name}; пакет отклонён.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="96"/>
        <source>The bundle holds the same file twice; it is refused.</source>
        <translation>В пакете один и тот же файл встречается дважды; пакет отклонён.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="72"/>
        <source>The bundle is damaged (a member has the wrong size).</source>
        <translation>Пакет повреждён (у одного из вложенных файлов неверный размер).</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="120"/>
        <source>The bundle is encrypted to another office; this office cannot open it.</source>
        <translation>Пакет зашифрован для другого управления; это управление не может его открыть.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="115"/>
        <source>The bundle is encrypted, but this installation has no decryption key: it was meant for an office.</source>
        <translation>Пакет зашифрован, но у этой установки нет ключа расшифровки: пакет предназначен для управления.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="99"/>
        <source>The bundle is incomplete: its manifest, signature or records are missing.</source>
        <translation>Пакет неполный: отсутствует манифест, подпись или записи.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="68"/>
        <source>The bundle member {name} is too large to be genuine.</source>
        <translation>Файл {name} в пакете слишком велик, чтобы быть подлинным.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="68"/>
        <source>The bundle was written by a newer Tirkeu (format {found}); install the newer version to import it.</source>
        <translation>Пакет записан более новой версией Tirkeu (версия формата — {found}); чтобы импортировать его, установите новую версию.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="72"/>
        <source>The bundle was written by a newer Tirkeu (schema {found}); install the newer version to import it.</source>
        <translation>Пакет записан более новой версией Tirkeu (версия схемы — {found}); чтобы импортировать его, установите новую версию.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="78"/>
        <source>The bundle&apos;s manifest does not describe its records.</source>
        <translation>Манифест пакета не соответствует его записям.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="63"/>
        <source>The bundle&apos;s manifest is damaged.</source>
        <translation>Манифест пакета повреждён.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="76"/>
        <source>The bundle&apos;s manifest is incomplete.</source>
        <translation>Манифест пакета неполный.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="228"/>
        <source>The bundle&apos;s records contradict each other ({error}); nothing was imported from it.</source>
        <translation>Записи пакета противоречат друг другу ({error}); из него ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="107"/>
        <source>The bundle&apos;s records were changed after it was signed; it is refused.</source>
        <translation>Записи пакета изменены после подписания; пакет отклонён.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="98"/>
        <source>The identity card names an unknown role.</source>
        <translation>В карточке установки указана неизвестная роль.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="89"/>
        <source>The key of {name} was revoked on {date}; its bundles are refused.</source>
        <translation>Ключ установки {name} отозван {date}; её пакеты не принимаются.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="133"/>
        <source>The key of {name} was revoked; it cannot be trusted again.</source>
        <translation>Ключ установки {name} отозван; доверять ему снова нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="106"/>
        <source>The office&apos;s encryption key in the card is not valid.</source>
        <translation>Ключ шифрования управления в карточке недействителен.</translation>
    </message>
    <message>
        <location filename="../../app/sync/minisign.py" line="49"/>
        <location filename="../../app/sync/minisign.py" line="51"/>
        <source>The public key is not valid.</source>
        <translation>Открытый ключ недействителен.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="175"/>
        <source>The same IIN registered by several schools:</source>
        <translation>Один и тот же ИИН зарегистрирован в нескольких школах:</translation>
    </message>
    <message>
        <location filename="../../app/sync/minisign.py" line="76"/>
        <source>The signature does not match: the file was changed after it was signed, or it was signed by another key.</source>
        <translation>Подпись не совпадает: файл изменён после подписания или подписан другим ключом.</translation>
    </message>
    <message>
        <location filename="../../app/sync/minisign.py" line="81"/>
        <location filename="../../app/sync/minisign.py" line="86"/>
        <location filename="../../app/sync/minisign.py" line="88"/>
        <source>The signature file is damaged.</source>
        <translation>Файл подписи повреждён.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="86"/>
        <source>This bundle was written by this installation itself.</source>
        <translation>Этот пакет записан самой этой установкой.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="194"/>
        <source>This installation&apos;s key fingerprint: {fp}</source>
        <translation>Отпечаток ключа этой установки: {fp}</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="65"/>
        <source>This is not a Tirkeu bundle.</source>
        <translation>Это не пакет Tirkeu.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="96"/>
        <location filename="../../app/sync/trust.py" line="119"/>
        <source>This is not a Tirkeu identity card.</source>
        <translation>Это не карточка установки Tirkeu.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="126"/>
        <source>This is this installation&apos;s own card.</source>
        <translation>Это карточка самой этой установки.</translation>
    </message>
    <message>
        <location filename="../../app/models/base.py" line="52"/>
        <source>This record was made by another installation; only that installation can change it.</source>
        <translation>Эта запись создана другой установкой; изменить её может только та установка.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="179"/>
        <source>Times</source>
        <translation>Сколько раз</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="236"/>
        <source>Tirkeu bundles (*.tirkeu)</source>
        <translation>Пакеты Tirkeu (*.tirkeu)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="170"/>
        <source>Trust an identity card…</source>
        <translation>Доверять карточке установки…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="279"/>
        <source>Trust the sender?</source>
        <translation>Доверять отправителю?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="164"/>
        <source>Trust the sender…</source>
        <translation>Доверять отправителю…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="167"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="167"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="208"/>
        <source>Where to write the bundle</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="155"/>
        <source>Write a bundle to a USB stick or a folder</source>
        <translation>Запись пакета на флешку или в папку</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="156"/>
        <source>Write the bundle…</source>
        <translation>Записать пакет…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="214"/>
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="158"/>
        <source>Written</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="179"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="24"/>
        <source>already imported</source>
        <translation>уже импортирован</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="26"/>
        <source>checked</source>
        <translation>проверен</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="25"/>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="24"/>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="25"/>
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="200"/>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="200"/>
        <source>trusted</source>
        <translation>доверенный</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="89"/>
        <location filename="../../app/sync/container.py" line="108"/>
        <source>{file} is damaged or incomplete (was it copied to the end?).</source>
        <translation>Файл {file} повреждён или неполный (скопирован ли он до конца?).</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="84"/>
        <source>{file} is not a Tirkeu bundle (not a ZIP file).</source>
        <translation>Файл {file} не является пакетом Tirkeu (это не ZIP-файл).</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="129"/>
        <source>{name} is already trusted with another key. If its laptop was replaced, the new one is a new installation; if the key was lost, revoke the old one first.</source>
        <translation>{name}: этой установке уже доверяют с другим ключом. Если ноутбук заменён, новый считается новой установкой; если ключ утерян, сначала отзовите старый.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="97"/>
        <source>{name} is not trusted yet. Compare its key fingerprint {fp} with the school, then import its identity card or use --trust-new.</source>
        <translation>{name}: эта установка ещё не в списке доверенных. Сверьте со школой отпечаток ключа {fp}, затем импортируйте её карточку установки или используйте --trust-new.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="280"/>
        <source>{name} is not trusted yet. Its key fingerprint is

{fp}

Call the school and compare it with the fingerprint shown in their Tirkeu (Help → About). Trust it?</source>
        <translation>{name}: эта установка ещё не в списке доверенных. Отпечаток её ключа:

{fp}

Позвоните в школу и сравните его с отпечатком, который показывает их Tirkeu (Справка → О программе Tirkeu). Доверять?</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../app/tables/writer.py" line="52"/>
        <source>Cannot save a table as &quot;{suffix}&quot;: use a file name ending in .xlsx or .csv.</source>
        <translation>Нельзя сохранить таблицу как «{suffix}»: укажите имя файла с расширением .xlsx или .csv.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="86"/>
        <source>Cannot write to the folder {folder}: it is read-only or you may not write there. Choose another folder (Documents, say) and try again.</source>
        <translation>Не удаётся записать в папку {folder}: она доступна только для чтения или у вас нет прав на запись в неё. Выберите другую папку (например, «Документы») и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="138"/>
        <source>Cannot write {file}: access denied. If the file is open in Excel, close it and try again.</source>
        <translation>Не удалось записать файл {file}: доступ запрещён. Если файл открыт в Excel, закройте его и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="140"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>Не удалось записать файл {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="133"/>
        <source>Cannot write {file}: {reason}. The disk is full: free some space on it or choose another disk, then try again. The old file, if any, is unchanged.</source>
        <translation>Не удалось записать файл {file}: {reason}. Диск заполнен: освободите на нём место или выберите другой диск, затем повторите попытку. Прежний файл, если он был, не изменён.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="186"/>
        <source>Required columns are missing: {missing}. Give them one of the accepted titles in the first row — {accepted}.</source>
        <translation>Отсутствуют обязательные столбцы: {missing}. Укажите для них в первой строке одно из допустимых названий — {accepted}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="68"/>
        <source>The file {file} cannot be opened: {reason}</source>
        <translation>Не удаётся открыть файл {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="149"/>
        <location filename="../../app/tables/reader.py" line="216"/>
        <location filename="../../app/tables/reader.py" line="232"/>
        <location filename="../../app/tables/reader.py" line="285"/>
        <source>The file {file} is empty.</source>
        <translation>Файл {file} пуст.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="64"/>
        <source>The file {file} was not found.</source>
        <translation>Файл {file} не найден.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="182"/>
        <source>The full name is in one column. Split it into separate columns for surname, name and patronymic. Accepted titles — {accepted}.</source>
        <translation>ФИО указаны в одном столбце. Разнесите фамилию, имя и отчество по отдельным столбцам. Допустимые названия — {accepted}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="150"/>
        <source>Unknown record type &quot;{kind}&quot;: use one of {kinds}.</source>
        <translation>Неизвестный тип записей «{kind}»: используйте один из следующих: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="172"/>
        <source>{file} cannot be read as CSV near line {line}: {reason}</source>
        <translation>Не удаётся прочитать файл {file} как CSV (около строки {line}): {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="200"/>
        <location filename="../../app/tables/reader.py" line="209"/>
        <source>{file} cannot be read as an Excel workbook ({reason}). Open it in Excel and save it again.</source>
        <translation>Не удаётся прочитать файл {file} как книгу Excel ({reason}). Откройте его в Excel и сохраните заново.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="81"/>
        <source>{file} does not look like a table: it has only {count} column(s). Columns must be separated by commas, semicolons or tabs, or the file must be an Excel workbook (.xlsx).</source>
        <translation>Файл {file} не похож на таблицу: столбцов в нём всего {count}. Столбцы должны разделяться запятыми, точками с запятой или табуляцией, либо файл должен быть книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="228"/>
        <source>{file} has no sheet named &quot;{sheet}&quot;. Sheets: {sheets}.</source>
        <translation>В файле {file} нет листа «{sheet}». Имеющиеся листы: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="186"/>
        <source>{file} is a damaged archive, not a readable table.</source>
        <translation>Файл {file} — повреждённый архив, а не читаемая таблица.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="66"/>
        <source>{file} is a folder, not a table file.</source>
        <translation>{file} — это папка, а не файл таблицы.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="154"/>
        <source>{file} is a web page or XML document saved as a table. Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>Файл {file} — это веб-страница или XML-документ, сохранённый как таблица. Откройте его в Excel и сохраните как «Книга Excel (.xlsx)».</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="193"/>
        <source>{file} is a zip archive, not a table. Unpack it first.</source>
        <translation>Файл {file} — это zip-архив, а не таблица. Сначала распакуйте его.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="100"/>
        <source>{file} is a {kind} file, not a table.</source>
        <translation>Файл {file} — это файл {kind}, а не таблица.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="190"/>
        <source>{file} is a {kind} file, not an Excel table. Save it as &quot;Excel Workbook (.xlsx)&quot; or CSV.</source>
        <translation>Файл {file} — это файл {kind}, а не таблица Excel. Сохраните его как «Книга Excel (.xlsx)» или CSV.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="75"/>
        <source>{file} is in the old Excel format (.xls) or is password-protected. Open it in Excel, remove any password and save it as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation>Файл {file} сохранён в старом формате Excel (.xls) или защищён паролем. Откройте его в Excel, снимите пароль и сохраните как «Книга Excel (.xlsx)» или «CSV UTF-8».</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="97"/>
        <source>{file} is not a readable text table.</source>
        <translation>Файл {file} не является читаемой текстовой таблицей.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="102"/>
        <location filename="../../app/tables/reader.py" line="151"/>
        <source>{file} is not a table: it contains binary data.</source>
        <translation>Файл {file} не является таблицей: он содержит двоичные данные.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="83"/>
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="104"/>
        <source>Something went wrong inside Tirkeu: {error}. Nothing was half-saved; the details are in the log.</source>
        <translation>Внутренняя ошибка Tirkeu: {error}. Частично ничего не сохранено; подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/validation/fields.py" line="66"/>
        <source>A date is required (DD.MM.YYYY).</source>
        <translation>Укажите дату (ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="155"/>
        <source>A number is required.</source>
        <translation>Укажите число.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="181"/>
        <source>A phone number is required.</source>
        <translation>Укажите номер телефона.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="210"/>
        <source>A value is required here.</source>
        <translation>Укажите здесь значение.</translation>
    </message>
    <message>
        <location filename="../../app/people/forms.py" line="36"/>
        <source>Choose who gave the consent.</source>
        <translation>Укажите, кто дал согласие.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="71"/>
        <source>The IIN is empty; it must have 12 digits.</source>
        <translation>ИИН не указан; он должен состоять из 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="76"/>
        <source>The IIN “{text}” has {count} digits; it must have exactly 12.</source>
        <translation>ИИН «{text}»: цифр — {count}, а должно быть ровно 12.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="81"/>
        <source>The IIN “{text}” is not valid: its 7th digit is {digit}, but it must be 1–6 (century and sex).</source>
        <translation>ИИН «{text}» недействителен: его 7-я цифра — {digit}, а должна быть от 1 до 6 (век и пол).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="89"/>
        <source>The IIN “{text}” is not valid: its first six digits ({yymmdd}) are not a real birth date (YYMMDD).</source>
        <translation>ИИН «{text}» недействителен: первые шесть цифр ({yymmdd}) не образуют реальную дату рождения (ГГММДД).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="95"/>
        <source>The IIN “{text}” is not valid: no check digit is possible for its first 11 digits. Check that it was typed correctly.</source>
        <translation>ИИН «{text}» недействителен: для его первых 11 цифр невозможно вычислить контрольную цифру. Проверьте, правильно ли он введён.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="100"/>
        <source>The IIN “{text}” is not valid: the check digit (last digit) is wrong. Check that it was typed correctly.</source>
        <translation>ИИН «{text}» недействителен: неверная контрольная (последняя) цифра. Проверьте, правильно ли он введён.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="73"/>
        <source>The IIN “{text}” must contain only digits (12 digits).</source>
        <translation>ИИН «{text}» должен состоять только из цифр (12 цифр).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="104"/>
        <source>The birth date {date} gives an age of {age} years; at most {limit} is possible.</source>
        <translation>При дате рождения {date} возраст составляет {age}, а допустимо не более {limit}. Проверьте дату.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="100"/>
        <source>The birth date {date} is before 1900.</source>
        <translation>Дата рождения {date} раньше 1900 года. Проверьте дату.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="97"/>
        <source>The birth date {date} is in the future.</source>
        <translation>Дата рождения {date} ещё не наступила. Проверьте дату.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="128"/>
        <source>The birth date {typed} does not agree with the IIN {iin}, which gives {from_iin}.</source>
        <translation>Дата рождения {typed} не совпадает с ИИН {iin}, по которому дата рождения — {from_iin}.</translation>
    </message>
    <message>
        <location filename="../../app/people/forms.py" line="33"/>
        <source>The consent date is in the future.</source>
        <translation>Дата согласия ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="80"/>
        <source>The date “{text}” does not exist: there is no such day in that month (check the day and the month).</source>
        <translation>Даты «{text}» не существует: в этом месяце нет такого дня (проверьте день и месяц).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="114"/>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>Дата окончания {end} раньше даты начала {start}. Проверьте даты.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="168"/>
        <source>The number {value} is too large: it must be at most {maximum}.</source>
        <translation>Число {value} слишком большое: оно должно быть не больше {maximum}.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="164"/>
        <source>The number {value} is too small: it must be at least {minimum}.</source>
        <translation>Число {value} слишком маленькое: оно должно быть не меньше {minimum}.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="196"/>
        <source>The phone number “{text}” must have 10 digits after +7 or 8, for example +7 701 234 56 78.</source>
        <translation>Номер телефона «{text}» должен содержать 10 цифр после +7 или 8, например +7 701 234 56 78.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="227"/>
        <source>The region is required.</source>
        <translation>Укажите область.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="131"/>
        <source>The sex is required (M or F).</source>
        <translation>Укажите пол (М или Ж).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="135"/>
        <source>The sex “{typed}” does not agree with the IIN {iin}, which gives “{from_iin}”.</source>
        <translation>Пол «{typed}» не совпадает с ИИН {iin}, по которому пол — «{from_iin}».</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="74"/>
        <location filename="../../app/validation/fields.py" line="123"/>
        <source>This field must be filled in.</source>
        <translation>Заполните это поле.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="230"/>
        <source>Unknown region “{text}”: give one of the 17 regions or the cities Astana, Almaty, Shymkent, by name or by code (for example KZ-75).</source>
        <translation>Неизвестная область «{text}»: укажите одну из 17 областей или один из городов Астана, Алматы, Шымкент — названием или кодом (например, KZ-75).</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="36"/>
        <source>Unknown {what}: {value}</source>
        <translation>Неизвестное значение ({what}): {value}</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="48"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="90"/>
        <source>format</source>
        <translation>формат проведения</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="41"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="48"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="73"/>
        <source>“{text}” is not a date; write it as DD.MM.YYYY, for example 25.05.2024.</source>
        <translation>«{text}» не является датой; введите дату в виде ДД.ММ.ГГГГ, например 25.05.2024.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="183"/>
        <source>“{text}” is not a phone number: use only digits, spaces, +, -, ( ).</source>
        <translation>«{text}» не является номером телефона: используйте только цифры, пробелы и символы +, -, ( ).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="138"/>
        <source>“{text}” is not a sex; write M or F (ер / әйел, м / ж).</source>
        <translation>«{text}» не обозначает пол; укажите М или Ж (муж / жен, ер / әйел).</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="52"/>
        <source>“{text}” is not a time; write it as HH:MM, for example 09:30.</source>
        <translation>«{text}» не является временем; укажите его в виде ЧЧ:ММ, например 09:30.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="161"/>
        <source>“{text}” is not a whole number.</source>
        <translation>«{text}» не является целым числом. Введите целое число.</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="92"/>
        <location filename="../../app/aid/passport.py" line="114"/>
        <location filename="../../app/events/appointments.py" line="59"/>
        <location filename="../../app/events/attendance.py" line="50"/>
        <location filename="../../app/people/qualifications.py" line="28"/>
        <location filename="../../app/reference.py" line="213"/>
        <source>“{text}” is not in the list of allowed values ({allowed}).</source>
        <translation>Значения «{text}» нет в списке допустимых. Укажите одно из значений: {allowed}.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../ui/aid/common.py" line="75"/>
        <location filename="../../ui/common/widgets.py" line="32"/>
        <location filename="../../ui/events/page.py" line="72"/>
        <location filename="../../ui/events/page.py" line="73"/>
        <location filename="../../ui/events/page.py" line="77"/>
        <location filename="../../ui/events/page.py" line="93"/>
        <location filename="../../ui/events/page.py" line="102"/>
        <source>— any —</source>
        <translation>— все —</translation>
    </message>
</context>
</TS>
