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
        <location filename="../../app/aid/forms.py" line="101"/>
        <source>Another person already has the IIN {iin}: {name}.</source>
        <translation>ИИН {iin} уже есть у другого человека: {name}.</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="84"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="89"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="54"/>
        <source>Family categories</source>
        <translation>Категории семьи</translation>
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
        <location filename="../../app/aid/listing.py" line="85"/>
        <source>Item</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="61"/>
        <source>Latest status</source>
        <translation>Последний статус</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="86"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="88"/>
        <source>Sponsor</source>
        <translation>Спонсор</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="90"/>
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
        <location filename="../../app/aid/listing.py" line="87"/>
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
        <location filename="../../app/aid/given.py" line="27"/>
        <source>identified</source>
        <translation>выявлено</translation>
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
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../app/backup.py" line="55"/>
        <source>Cannot write the backup to {path}: {error}. Check the disk has free space and is writable.</source>
        <translation>Не удалось записать резервную копию в {path}: {error}. Проверьте, что на диске есть свободное место и запись на него разрешена.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="49"/>
        <source>The backup copy failed its check; the original is unchanged.</source>
        <translation>Резервная копия не прошла проверку; исходная база данных не изменена. Повторите попытку.</translation>
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
        <location filename="../../app/cli/commands.py" line="109"/>
        <source>Backup written to {path}.</source>
        <translation>Резервная копия сохранена: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="55"/>
        <source>Demo data added: {counts}.</source>
        <translation>Добавлены демонстрационные данные: {counts}.</translation>
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
        <location filename="../../app/synth.py" line="70"/>
        <source>Unknown scale {scale}: use school, region or nation.</source>
        <translation>Неизвестный масштаб {scale}: укажите school, region или nation.</translation>
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
        <location filename="../../app/synth.py" line="184"/>
        <source>{path} already exists; synth makes a new database.</source>
        <translation>Файл {path} уже существует; synth создаёт только новую базу данных. Укажите другое имя файла.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../app/db/store.py" line="75"/>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>Не удалось создать папку {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="83"/>
        <source>Cannot open the database {path}: {error}. Check that the folder is writable and the disk is not full.</source>
        <translation>Не удалось открыть базу данных {path}: {error}. Проверьте, что запись в папку разрешена и диск не заполнен.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="27"/>
        <source>Cannot read the database {path}: {error}</source>
        <translation>Не удалось прочитать базу данных {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="32"/>
        <location filename="../../app/importing/run.py" line="156"/>
        <location filename="../../app/models/base.py" line="41"/>
        <source>This database is not set up yet: run set-up (tirkeu init) first.</source>
        <translation>Эта база данных ещё не настроена: сначала выполните начальную настройку (tirkeu init).</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="88"/>
        <source>{path} is damaged ({error}). Restore it from a backup.</source>
        <translation>Файл {path} повреждён ({error}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="41"/>
        <source>{path} is damaged or not a database ({error}). Restore it from a backup.</source>
        <translation>Файл {path} повреждён или не является базой данных ({error}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="32"/>
        <source>{path} is not a Tirkeu database (not an SQLite file). Choose another file or restore from a backup.</source>
        <translation>Файл {path} не является базой данных Tirkeu (это не файл SQLite). Выберите другой файл или восстановите базу из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="44"/>
        <source>{path} was made by a newer version of Tirkeu (schema {found}, this program knows up to {known}). Install the newer Tirkeu; the file was not changed.</source>
        <translation>Файл {path} создан более новой версией Tirkeu (версия схемы — {found}, а эта программа поддерживает схемы до версии {known}). Установите новую версию Tirkeu; файл не изменён.</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../app/events/rules.py" line="65"/>
        <source>Announce it in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="56"/>
        <source>At least {count} participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="63"/>
        <source>By prior registration: book each visit in the appointment list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="77"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="69"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/headcount.py" line="51"/>
        <source>Girls and boys together ({sum}) are more than the total ({total}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="93"/>
        <source>It lasted {minutes} minutes. {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="126"/>
        <source>It lasts {actual} day(s); the event should last {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="72"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="75"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/attendance.py" line="144"/>
        <source>Only applicants can be selected; not applicants: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="78"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="79"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="60"/>
        <source>Participants are selected competitively: record the applicants, then mark who was selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="73"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="70"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="76"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="74"/>
        <source>Reported as a head-count: enter the numbers, not a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="68"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="67"/>
        <source>Target: at least {count} a month in each region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="70"/>
        <source>Target: at least {count} a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="72"/>
        <source>Target: at least {count} in each region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="69"/>
        <source>The date {date} is outside the event&apos;s dates ({start} – {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="91"/>
        <source>The duration is not given. {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="58"/>
        <source>The event lasts {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="44"/>
        <source>The event should last at least {low} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="42"/>
        <source>The event should last at most {high} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="40"/>
        <source>The event should last {low}–{high} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="99"/>
        <location filename="../../app/events/attendance.py" line="59"/>
        <source>The event was not found (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/headcount.py" line="45"/>
        <source>The numbers do not add up: the total is {total}, but pupils, teachers, parents and others make {sum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/forms.py" line="51"/>
        <source>The organisation was not found (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="76"/>
        <location filename="../../app/events/attendance.py" line="66"/>
        <source>The person was not found (they may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="91"/>
        <source>The slot {slot} on {date} is already taken; choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="67"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="117"/>
        <source>{count} participants; at least {least} are needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange/actions.py" line="102"/>
        <source>Back up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="60"/>
        <source>Back up the database to…</source>
        <translation>Создать резервную копию базы данных…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="109"/>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="110"/>
        <source>Backup written to {path}.</source>
        <translation>Резервная копия сохранена: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="84"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="83"/>
        <source>Export {what}</source>
        <translation>Экспорт {what}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="59"/>
        <source>Export {what} to a file…</source>
        <translation>Экспорт {what} в файл…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="90"/>
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
        <location filename="../../ui/exchange/actions.py" line="57"/>
        <source>Import {what} from a file…</source>
        <translation>Импорт {what} из файла…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="vanished">Импорт файла {file}…</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation type="vanished">Таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="103"/>
        <source>Tirkeu database (*.sqlite3)</source>
        <translation>База данных Tirkeu (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="92"/>
        <source>Wrote {count} rows to {path}.</source>
        <translation>Записано строк: {count}. Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="28"/>
        <source>aid recipients</source>
        <translation>получателей помощи</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="29"/>
        <source>events</source>
        <translation>мероприятий</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="27"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="37"/>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="37"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="32"/>
        <location filename="../../ui/people/dialog.py" line="105"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="32"/>
        <location filename="../../ui/people/dialog.py" line="105"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="110"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="158"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="159"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="157"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="109"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="156"/>
        <source>Save the changes?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="90"/>
        <source>Check (nothing is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="160"/>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="104"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="89"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="93"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="60"/>
        <source>Dry run: nothing was saved.</source>
        <translation>Пробный запуск: ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="30"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="139"/>
        <source>Ignored columns: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="91"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="88"/>
        <source>Import from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="160"/>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="95"/>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="92"/>
        <source>Open the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="29"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="62"/>
        <source>Rejected rows with reasons: {path}</source>
        <translation>Отклонённые строки с причинами: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="105"/>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="55"/>
        <source>{file}: created {created}, updated {updated}, unchanged {unchanged}, rejected {rejected}.</source>
        <translation>{file}: создано — {created}, обновлено — {updated}, без изменений — {unchanged}, отклонено — {rejected}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="136"/>
        <source>{rows} rows. The first {shown} are shown with the field each column fills.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../ui/common/list_page.py" line="141"/>
        <location filename="../../ui/common/list_page.py" line="205"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="206"/>
        <source>Delete {count} selected record(s)? They can be brought back from “Recently deleted”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="163"/>
        <source>Deleted records: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="217"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="216"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="139"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="138"/>
        <source>New (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="140"/>
        <source>Recently deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="141"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="137"/>
        <source>Search (Ctrl+F): any part of a name or IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="164"/>
        <source>Shown: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;About Tirkeu</source>
        <translation>&amp;О программе Tirkeu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Tirkeu — {name}</source>
        <translation>Tirkeu — {name}</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../app/organisations/listing.py" line="30"/>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="28"/>
        <source>City or village</source>
        <translation>Город или село</translation>
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
        <location filename="../../app/organisations/listing.py" line="31"/>
        <source>How often</source>
        <translation>Как часто</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="22"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="21"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="33"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="24"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../app/organisations/forms.py" line="87"/>
        <source>This is the school or office of this installation; it cannot be deleted.</source>
        <translation>Это школа или офис этой установки; её нельзя удалить.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="22"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="53"/>
        <location filename="../../app/people/listing.py" line="25"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="51"/>
        <location filename="../../app/people/listing.py" line="21"/>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="49"/>
        <location filename="../../app/people/listing.py" line="17"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="18"/>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="25"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="26"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="52"/>
        <location filename="../../app/people/listing.py" line="24"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="20"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="48"/>
        <location filename="../../app/people/listing.py" line="16"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <location filename="../../ui/people/dialog.py" line="33"/>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="35"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="39"/>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="31"/>
        <source>&amp;IIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="29"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="30"/>
        <source>&amp;Patronymic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="28"/>
        <source>&amp;Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="98"/>
        <source>Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="97"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="43"/>
        <source>Consent given &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="41"/>
        <source>Consent to data processing, &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="121"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="122"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="119"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="97"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="120"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="55"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="102"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="117"/>
        <source>Open the existing person instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="40"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="102"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="37"/>
        <source>Sc&amp;hool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="34"/>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="178"/>
        <source>This person may already be registered: {who}, born {date}, IIN {iin}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="122"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="54"/>
        <source>Trained as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="121"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="111"/>
        <source>a parent or guardian (minor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="115"/>
        <source>consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="110"/>
        <source>the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="114"/>
        <source>trainer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../../ui/common/person_picker.py" line="55"/>
        <source>Type a name or IIN, Enter to add (a new person if not found)</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../ui/application.py" line="52"/>
        <location filename="../../ui/application.py" line="72"/>
        <source>Tirkeu cannot open the database</source>
        <translation>Tirkeu не может открыть базу данных</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../app/tables/writer.py" line="51"/>
        <source>Cannot save a table as &quot;{suffix}&quot;: use a file name ending in .xlsx or .csv.</source>
        <translation>Нельзя сохранить таблицу как «{suffix}»: укажите имя файла с расширением .xlsx или .csv.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="129"/>
        <source>Cannot write {file}: access denied. If the file is open in Excel, close it and try again.</source>
        <translation>Не удалось записать файл {file}: доступ запрещён. Если файл открыт в Excel, закройте его и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="131"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>Не удалось записать файл {file}: {reason}</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <location filename="../../ui/common/widgets.py" line="32"/>
        <source>— any —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
