<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="33"/>
        <source>About Tirkeu</source>
        <translation>About Tirkeu</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="44"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="45"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="20"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="21"/>
        <source>Database size</source>
        <translation>Database size</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="23"/>
        <source>Installation id</source>
        <translation>Installation id</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="24"/>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="22"/>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="40"/>
        <source>Tirkeu: events, participants and aid for school coordinators. Works without the internet.</source>
        <translation>Tirkeu: events, participants and aid for school coordinators. Works without the internet.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="19"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="21"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>Aid</name>
    <message>
        <location filename="../../app/aid/listing.py" line="58"/>
        <source>Aid records</source>
        <translation>Aid records</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="59"/>
        <source>Aid total</source>
        <translation>Aid total</translation>
    </message>
    <message>
        <location filename="../../app/aid/forms.py" line="101"/>
        <source>Another person already has the IIN {iin}: {name}.</source>
        <translation>Another person already has the IIN {iin}: {name}.</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="84"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="89"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="54"/>
        <source>Family categories</source>
        <translation>Family categories</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="56"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="57"/>
        <source>Guardian&apos;s phone</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="85"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="61"/>
        <source>Latest status</source>
        <translation>Latest status</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="86"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="88"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/aid/forms.py" line="30"/>
        <location filename="../../app/aid/given.py" line="66"/>
        <location filename="../../app/aid/passport.py" line="127"/>
        <source>The chosen record no longer exists; choose again.</source>
        <translation>The chosen record no longer exists; choose again.</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="87"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="28"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="29"/>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="27"/>
        <source>identified</source>
        <translation>identified</translation>
    </message>
    <message>
        <location filename="../../app/aid/passport.py" line="40"/>
        <source>{n} fewer than the children entered by name: check the total.</source>
        <translation>{n} fewer than the children entered by name: check the total.</translation>
    </message>
    <message>
        <location filename="../../app/aid/passport.py" line="39"/>
        <source>{n} more than the children entered by name.</source>
        <translation>{n} more than the children entered by name.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../app/backup.py" line="55"/>
        <source>Cannot write the backup to {path}: {error}. Check the disk has free space and is writable.</source>
        <translation>Cannot write the backup to {path}: {error}. Check the disk has free space and is writable.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="49"/>
        <source>The backup copy failed its check; the original is unchanged.</source>
        <translation>The backup copy failed its check; the original is unchanged.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../app/cli/commands.py" line="75"/>
        <source>  row {row}: {reason}</source>
        <translation>  row {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="77"/>
        <source>  … and {n} more in the errors file.</source>
        <translation>  … and {n} more in the errors file.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="109"/>
        <source>Backup written to {path}.</source>
        <translation>Backup written to {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="55"/>
        <source>Demo data added: {counts}.</source>
        <translation>Demo data added: {counts}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="43"/>
        <source>Set up {name} ({role}, {region}) in {path}. Installation {id}, key fingerprint {fp}.</source>
        <translation>Set up {name} ({role}, {region}) in {path}. Installation {id}, key fingerprint {fp}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="100"/>
        <source>The database has {n} problems; restore it from a backup.</source>
        <translation>The database has {n} problems; restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="96"/>
        <source>The database {path} is intact.</source>
        <translation>The database {path} is intact.</translation>
    </message>
    <message>
        <location filename="../../app/synth.py" line="70"/>
        <source>Unknown scale {scale}: use school, region or nation.</source>
        <translation>Unknown scale {scale}: use school, region or nation.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="86"/>
        <source>Wrote {count} rows to {path}.</source>
        <translation>Wrote {count} rows to {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="130"/>
        <source>synth needs --db PATH (it never writes into your own database).</source>
        <translation>synth needs --db PATH (it never writes into your own database).</translation>
    </message>
    <message>
        <location filename="../../app/synth.py" line="184"/>
        <source>{path} already exists; synth makes a new database.</source>
        <translation>{path} already exists; synth makes a new database.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../app/db/store.py" line="75"/>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>Cannot create the folder {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="83"/>
        <source>Cannot open the database {path}: {error}. Check that the folder is writable and the disk is not full.</source>
        <translation>Cannot open the database {path}: {error}. Check that the folder is writable and the disk is not full.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="27"/>
        <source>Cannot read the database {path}: {error}</source>
        <translation>Cannot read the database {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="32"/>
        <location filename="../../app/importing/run.py" line="156"/>
        <location filename="../../app/models/base.py" line="41"/>
        <source>This database is not set up yet: run set-up (tirkeu init) first.</source>
        <translation>This database is not set up yet: run set-up (tirkeu init) first.</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="88"/>
        <source>{path} is damaged ({error}). Restore it from a backup.</source>
        <translation>{path} is damaged ({error}). Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="41"/>
        <source>{path} is damaged or not a database ({error}). Restore it from a backup.</source>
        <translation>{path} is damaged or not a database ({error}). Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="32"/>
        <source>{path} is not a Tirkeu database (not an SQLite file). Choose another file or restore from a backup.</source>
        <translation>{path} is not a Tirkeu database (not an SQLite file). Choose another file or restore from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="44"/>
        <source>{path} was made by a newer version of Tirkeu (schema {found}, this program knows up to {known}). Install the newer Tirkeu; the file was not changed.</source>
        <translation>{path} was made by a newer version of Tirkeu (schema {found}, this program knows up to {known}). Install the newer Tirkeu; the file was not changed.</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../app/events/rules.py" line="65"/>
        <source>Announce it in advance.</source>
        <translation>Announce it in advance.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="56"/>
        <source>At least {count} participants.</source>
        <translation>At least {count} participants.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="63"/>
        <source>By prior registration: book each visit in the appointment list.</source>
        <translation>By prior registration: book each visit in the appointment list.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="77"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="69"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../app/events/headcount.py" line="51"/>
        <source>Girls and boys together ({sum}) are more than the total ({total}).</source>
        <translation>Girls and boys together ({sum}) are more than the total ({total}).</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="93"/>
        <source>It lasted {minutes} minutes. {rule}</source>
        <translation>It lasted {minutes} minutes. {rule}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="126"/>
        <source>It lasts {actual} day(s); the event should last {days} days.</source>
        <translation>It lasts {actual} day(s); the event should last {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="72"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="75"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/events/attendance.py" line="144"/>
        <source>Only applicants can be selected; not applicants: {names}.</source>
        <translation>Only applicants can be selected; not applicants: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="78"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="79"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="60"/>
        <source>Participants are selected competitively: record the applicants, then mark who was selected.</source>
        <translation>Participants are selected competitively: record the applicants, then mark who was selected.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="73"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="70"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="76"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="74"/>
        <source>Reported as a head-count: enter the numbers, not a list of names.</source>
        <translation>Reported as a head-count: enter the numbers, not a list of names.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="68"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="67"/>
        <source>Target: at least {count} a month in each region.</source>
        <translation>Target: at least {count} a month in each region.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="70"/>
        <source>Target: at least {count} a week.</source>
        <translation>Target: at least {count} a week.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="72"/>
        <source>Target: at least {count} in each region.</source>
        <translation>Target: at least {count} in each region.</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="69"/>
        <source>The date {date} is outside the event&apos;s dates ({start} – {end}).</source>
        <translation>The date {date} is outside the event&apos;s dates ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="91"/>
        <source>The duration is not given. {rule}</source>
        <translation>The duration is not given. {rule}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="58"/>
        <source>The event lasts {days} days.</source>
        <translation>The event lasts {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="44"/>
        <source>The event should last at least {low} minutes.</source>
        <translation>The event should last at least {low} minutes.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="42"/>
        <source>The event should last at most {high} minutes.</source>
        <translation>The event should last at most {high} minutes.</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="40"/>
        <source>The event should last {low}–{high} minutes.</source>
        <translation>The event should last {low}–{high} minutes.</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="99"/>
        <location filename="../../app/events/attendance.py" line="59"/>
        <source>The event was not found (it may have been deleted).</source>
        <translation>The event was not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../app/events/headcount.py" line="45"/>
        <source>The numbers do not add up: the total is {total}, but pupils, teachers, parents and others make {sum}.</source>
        <translation>The numbers do not add up: the total is {total}, but pupils, teachers, parents and others make {sum}.</translation>
    </message>
    <message>
        <location filename="../../app/events/forms.py" line="51"/>
        <source>The organisation was not found (it may have been deleted).</source>
        <translation>The organisation was not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="76"/>
        <location filename="../../app/events/attendance.py" line="66"/>
        <source>The person was not found (they may have been deleted).</source>
        <translation>The person was not found (they may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="91"/>
        <source>The slot {slot} on {date} is already taken; choose another time.</source>
        <translation>The slot {slot} on {date} is already taken; choose another time.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="67"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="117"/>
        <source>{count} participants; at least {least} are needed.</source>
        <translation>{count} participants; at least {least} are needed.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange/actions.py" line="102"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="60"/>
        <source>Back up the database to…</source>
        <translation>Back up the database to…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="109"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="110"/>
        <source>Backup written to {path}.</source>
        <translation>Backup written to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="84"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="83"/>
        <source>Export {what}</source>
        <translation>Export {what}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="59"/>
        <source>Export {what} to a file…</source>
        <translation>Export {what} to a file…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="90"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="vanished">Import finished</translation>
    </message>
    <message>
        <source>Import {what}</source>
        <translation type="vanished">Import {what}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="57"/>
        <source>Import {what} from a file…</source>
        <translation>Import {what} from a file…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="vanished">Importing {file}…</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation type="vanished">Tables (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="103"/>
        <source>Tirkeu database (*.sqlite3)</source>
        <translation>Tirkeu database (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="92"/>
        <source>Wrote {count} rows to {path}.</source>
        <translation>Wrote {count} rows to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="28"/>
        <source>aid recipients</source>
        <translation>aid recipients</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="29"/>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="27"/>
        <source>participants</source>
        <translation>participants</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/exporting.py" line="65"/>
        <source>Unknown export type {kind}: use one of {kinds}.</source>
        <translation>Unknown export type {kind}: use one of {kinds}.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/common/formatting.py" line="38"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="37"/>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="37"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="32"/>
        <location filename="../../ui/people/dialog.py" line="105"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="32"/>
        <location filename="../../ui/people/dialog.py" line="105"/>
        <source>male</source>
        <translation>male</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="110"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="158"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="159"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="157"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="109"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="156"/>
        <source>Save the changes?</source>
        <translation>Save the changes?</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../ui/home/page.py" line="19"/>
        <source>Aid given</source>
        <translation>Aid given</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="18"/>
        <source>Attendance records</source>
        <translation>Attendance records</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="21"/>
        <source>Certificates issued</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="19"/>
        <source>Children in the aid data bank</source>
        <translation>Children in the aid data bank</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="18"/>
        <source>Consultation appointments</source>
        <translation>Consultation appointments</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="69"/>
        <source>Coordinator:</source>
        <translation>Coordinator:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="70"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="20"/>
        <source>Debate teams</source>
        <translation>Debate teams</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="68"/>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="17"/>
        <source>Event partners</source>
        <translation>Event partners</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="17"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="29"/>
        <source>National level</source>
        <translation>National level</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="16"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="16"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="70"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="28"/>
        <source>Region office</source>
        <translation>Region office</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="67"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="66"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="28"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="22"/>
        <source>Social passport totals</source>
        <translation>Social passport totals</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="20"/>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="65"/>
        <source>This installation</source>
        <translation>This installation</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="29"/>
        <source>Aid recipients</source>
        <translation>Aid recipients</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="90"/>
        <source>Check (nothing is saved)</source>
        <translation>Check (nothing is saved)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="160"/>
        <source>Checking {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="104"/>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="89"/>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="93"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="60"/>
        <source>Dry run: nothing was saved.</source>
        <translation>Dry run: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="30"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="139"/>
        <source>Ignored columns: {names}.</source>
        <translation>Ignored columns: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="91"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="88"/>
        <source>Import from Excel or CSV</source>
        <translation>Import from Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="160"/>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="95"/>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="92"/>
        <source>Open the rejected rows</source>
        <translation>Open the rejected rows</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="29"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="62"/>
        <source>Rejected rows with reasons: {path}</source>
        <translation>Rejected rows with reasons: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="105"/>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation>Tables (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="151"/>
        <source>Unknown import type {kind}: use one of {kinds}.</source>
        <translation>Unknown import type {kind}: use one of {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="190"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="144"/>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="55"/>
        <source>{file}: created {created}, updated {updated}, unchanged {unchanged}, rejected {rejected}.</source>
        <translation>{file}: created {created}, updated {updated}, unchanged {unchanged}, rejected {rejected}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="136"/>
        <source>{rows} rows. The first {shown} are shown with the field each column fills.</source>
        <translation>{rows} rows. The first {shown} are shown with the field each column fills.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../ui/common/list_page.py" line="141"/>
        <location filename="../../ui/common/list_page.py" line="205"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="206"/>
        <source>Delete {count} selected record(s)? They can be brought back from “Recently deleted”.</source>
        <translation>Delete {count} selected record(s)? They can be brought back from “Recently deleted”.</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="163"/>
        <source>Deleted records: {count}</source>
        <translation>Deleted records: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="217"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="216"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="139"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="138"/>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="140"/>
        <source>Recently deleted</source>
        <translation>Recently deleted</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="141"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="137"/>
        <source>Search (Ctrl+F): any part of a name or IIN</source>
        <translation>Search (Ctrl+F): any part of a name or IIN</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="164"/>
        <source>Shown: {count}</source>
        <translation>Shown: {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;About Tirkeu</source>
        <translation>&amp;About Tirkeu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Settings</source>
        <translation>Settings</translation>
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
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="28"/>
        <source>City or village</source>
        <translation>City or village</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="26"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="32"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="31"/>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="22"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="21"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="33"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="24"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/organisations/forms.py" line="87"/>
        <source>This is the school or office of this installation; it cannot be deleted.</source>
        <translation>This is the school or office of this installation; it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../app/organisations/forms.py" line="58"/>
        <source>“{name}” is already in the list of organisations.</source>
        <translation>“{name}” is already in the list of organisations.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../app/aid/listing.py" line="50"/>
        <location filename="../../app/people/listing.py" line="19"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="22"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="53"/>
        <location filename="../../app/people/listing.py" line="25"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="51"/>
        <location filename="../../app/people/listing.py" line="21"/>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="49"/>
        <location filename="../../app/people/listing.py" line="17"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="18"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="25"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="26"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="52"/>
        <location filename="../../app/people/listing.py" line="24"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="20"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="48"/>
        <location filename="../../app/people/listing.py" line="16"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <location filename="../../ui/people/dialog.py" line="33"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="35"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="39"/>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="31"/>
        <source>&amp;IIN:</source>
        <translation>&amp;IIN:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="30"/>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="28"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="98"/>
        <source>Aid</source>
        <translation>Aid</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="97"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="43"/>
        <source>Consent given &amp;by:</source>
        <translation>Consent given &amp;by:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="41"/>
        <source>Consent to data processing, &amp;date:</source>
        <translation>Consent to data processing, &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="121"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="122"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="119"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="97"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="120"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="55"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="102"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="117"/>
        <source>Open the existing person instead</source>
        <translation>Open the existing person instead</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="40"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="102"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="37"/>
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="34"/>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="178"/>
        <source>This person may already be registered: {who}, born {date}, IIN {iin}.</source>
        <translation>This person may already be registered: {who}, born {date}, IIN {iin}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="122"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="54"/>
        <source>Trained as:</source>
        <translation>Trained as:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="121"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="111"/>
        <source>a parent or guardian (minor)</source>
        <translation>a parent or guardian (minor)</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="115"/>
        <source>consultant</source>
        <translation>consultant</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="110"/>
        <source>the person</source>
        <translation>the person</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="114"/>
        <source>trainer</source>
        <translation>trainer</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../../ui/common/person_picker.py" line="55"/>
        <source>Type a name or IIN, Enter to add (a new person if not found)</source>
        <translation>Type a name or IIN, Enter to add (a new person if not found)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings/page.py" line="58"/>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Language of the program:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="59"/>
        <source>Database file:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="57"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="60"/>
        <source>Signing key fingerprint:</source>
        <translation>Signing key fingerprint:</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../ui/setup/dialog.py" line="94"/>
        <source>&amp;Coordinator&apos;s full name:</source>
        <translation>&amp;Coordinator&apos;s full name:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="94"/>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="93"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="93"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="116"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="155"/>
        <source>Choose the region.</source>
        <translation>Choose the region.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="27"/>
        <source>National level</source>
        <translation>National level</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="94"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="26"/>
        <source>Region office</source>
        <translation>Region office</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="26"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="93"/>
        <source>School or office &amp;name:</source>
        <translation>School or office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="115"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/installation.py" line="46"/>
        <source>This database is already set up; use another --db for a new installation.</source>
        <translation>This database is already set up; use another --db for a new installation.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="90"/>
        <source>Tirkeu: set-up</source>
        <translation>Tirkeu: set-up</translation>
    </message>
    <message>
        <location filename="../../app/installation.py" line="48"/>
        <source>Unknown role {role}: choose school, office or national.</source>
        <translation>Unknown role {role}: choose school, office or national.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="91"/>
        <source>Welcome to Tirkeu. Tell it once who uses this computer; everything is kept on this computer.</source>
        <translation>Welcome to Tirkeu. Tell it once who uses this computer; everything is kept on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="112"/>
        <source>e.g. No. 12 school-gymnasium</source>
        <translation>e.g. No. 12 school-gymnasium</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/application.py" line="52"/>
        <location filename="../../ui/application.py" line="72"/>
        <source>Tirkeu cannot open the database</source>
        <translation>Tirkeu cannot open the database</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../app/tables/writer.py" line="51"/>
        <source>Cannot save a table as &quot;{suffix}&quot;: use a file name ending in .xlsx or .csv.</source>
        <translation>Cannot save a table as &quot;{suffix}&quot;: use a file name ending in .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="129"/>
        <source>Cannot write {file}: access denied. If the file is open in Excel, close it and try again.</source>
        <translation>Cannot write {file}: access denied. If the file is open in Excel, close it and try again.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="131"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>Cannot write {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="186"/>
        <source>Required columns are missing: {missing}. Give them one of the accepted titles in the first row — {accepted}.</source>
        <translation>Required columns are missing: {missing}. Give them one of the accepted titles in the first row — {accepted}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="68"/>
        <source>The file {file} cannot be opened: {reason}</source>
        <translation>The file {file} cannot be opened: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="149"/>
        <location filename="../../app/tables/reader.py" line="216"/>
        <location filename="../../app/tables/reader.py" line="232"/>
        <location filename="../../app/tables/reader.py" line="285"/>
        <source>The file {file} is empty.</source>
        <translation>The file {file} is empty.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="64"/>
        <source>The file {file} was not found.</source>
        <translation>The file {file} was not found.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="182"/>
        <source>The full name is in one column. Split it into separate columns for surname, name and patronymic. Accepted titles — {accepted}.</source>
        <translation>The full name is in one column. Split it into separate columns for surname, name and patronymic. Accepted titles — {accepted}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="150"/>
        <source>Unknown record type &quot;{kind}&quot;: use one of {kinds}.</source>
        <translation>Unknown record type &quot;{kind}&quot;: use one of {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="172"/>
        <source>{file} cannot be read as CSV near line {line}: {reason}</source>
        <translation>{file} cannot be read as CSV near line {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="200"/>
        <location filename="../../app/tables/reader.py" line="209"/>
        <source>{file} cannot be read as an Excel workbook ({reason}). Open it in Excel and save it again.</source>
        <translation>{file} cannot be read as an Excel workbook ({reason}). Open it in Excel and save it again.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="81"/>
        <source>{file} does not look like a table: it has only {count} column(s). Columns must be separated by commas, semicolons or tabs, or the file must be an Excel workbook (.xlsx).</source>
        <translation>{file} does not look like a table: it has only {count} column(s). Columns must be separated by commas, semicolons or tabs, or the file must be an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="228"/>
        <source>{file} has no sheet named &quot;{sheet}&quot;. Sheets: {sheets}.</source>
        <translation>{file} has no sheet named &quot;{sheet}&quot;. Sheets: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="186"/>
        <source>{file} is a damaged archive, not a readable table.</source>
        <translation>{file} is a damaged archive, not a readable table.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="66"/>
        <source>{file} is a folder, not a table file.</source>
        <translation>{file} is a folder, not a table file.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="154"/>
        <source>{file} is a web page or XML document saved as a table. Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>{file} is a web page or XML document saved as a table. Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="193"/>
        <source>{file} is a zip archive, not a table. Unpack it first.</source>
        <translation>{file} is a zip archive, not a table. Unpack it first.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="100"/>
        <source>{file} is a {kind} file, not a table.</source>
        <translation>{file} is a {kind} file, not a table.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="190"/>
        <source>{file} is a {kind} file, not an Excel table. Save it as &quot;Excel Workbook (.xlsx)&quot; or CSV.</source>
        <translation>{file} is a {kind} file, not an Excel table. Save it as &quot;Excel Workbook (.xlsx)&quot; or CSV.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="75"/>
        <source>{file} is in the old Excel format (.xls) or is password-protected. Open it in Excel, remove any password and save it as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation>{file} is in the old Excel format (.xls) or is password-protected. Open it in Excel, remove any password and save it as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="97"/>
        <source>{file} is not a readable text table.</source>
        <translation>{file} is not a readable text table.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="102"/>
        <location filename="../../app/tables/reader.py" line="151"/>
        <source>{file} is not a table: it contains binary data.</source>
        <translation>{file} is not a table: it contains binary data.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="83"/>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="104"/>
        <source>Something went wrong inside Tirkeu: {error}. Nothing was half-saved; the details are in the log.</source>
        <translation>Something went wrong inside Tirkeu: {error}. Nothing was half-saved; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/validation/fields.py" line="66"/>
        <source>A date is required (DD.MM.YYYY).</source>
        <translation>A date is required (DD.MM.YYYY).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="155"/>
        <source>A number is required.</source>
        <translation>A number is required.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="181"/>
        <source>A phone number is required.</source>
        <translation>A phone number is required.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="210"/>
        <source>A value is required here.</source>
        <translation>A value is required here.</translation>
    </message>
    <message>
        <location filename="../../app/people/forms.py" line="36"/>
        <source>Choose who gave the consent.</source>
        <translation>Choose who gave the consent.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="71"/>
        <source>The IIN is empty; it must have 12 digits.</source>
        <translation>The IIN is empty; it must have 12 digits.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="76"/>
        <source>The IIN “{text}” has {count} digits; it must have exactly 12.</source>
        <translation>The IIN “{text}” has {count} digits; it must have exactly 12.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="81"/>
        <source>The IIN “{text}” is not valid: its 7th digit is {digit}, but it must be 1–6 (century and sex).</source>
        <translation>The IIN “{text}” is not valid: its 7th digit is {digit}, but it must be 1–6 (century and sex).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="89"/>
        <source>The IIN “{text}” is not valid: its first six digits ({yymmdd}) are not a real birth date (YYMMDD).</source>
        <translation>The IIN “{text}” is not valid: its first six digits ({yymmdd}) are not a real birth date (YYMMDD).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="95"/>
        <source>The IIN “{text}” is not valid: no check digit is possible for its first 11 digits. Check that it was typed correctly.</source>
        <translation>The IIN “{text}” is not valid: no check digit is possible for its first 11 digits. Check that it was typed correctly.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="100"/>
        <source>The IIN “{text}” is not valid: the check digit (last digit) is wrong. Check that it was typed correctly.</source>
        <translation>The IIN “{text}” is not valid: the check digit (last digit) is wrong. Check that it was typed correctly.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="73"/>
        <source>The IIN “{text}” must contain only digits (12 digits).</source>
        <translation>The IIN “{text}” must contain only digits (12 digits).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="104"/>
        <source>The birth date {date} gives an age of {age} years; at most {limit} is possible.</source>
        <translation>The birth date {date} gives an age of {age} years; at most {limit} is possible.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="100"/>
        <source>The birth date {date} is before 1900.</source>
        <translation>The birth date {date} is before 1900.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="97"/>
        <source>The birth date {date} is in the future.</source>
        <translation>The birth date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="128"/>
        <source>The birth date {typed} does not agree with the IIN {iin}, which gives {from_iin}.</source>
        <translation>The birth date {typed} does not agree with the IIN {iin}, which gives {from_iin}.</translation>
    </message>
    <message>
        <location filename="../../app/people/forms.py" line="33"/>
        <source>The consent date is in the future.</source>
        <translation>The consent date is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="80"/>
        <source>The date “{text}” does not exist: there is no such day in that month (check the day and the month).</source>
        <translation>The date “{text}” does not exist: there is no such day in that month (check the day and the month).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="114"/>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>The end date {end} is before the start date {start}.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="168"/>
        <source>The number {value} is too large: it must be at most {maximum}.</source>
        <translation>The number {value} is too large: it must be at most {maximum}.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="164"/>
        <source>The number {value} is too small: it must be at least {minimum}.</source>
        <translation>The number {value} is too small: it must be at least {minimum}.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="196"/>
        <source>The phone number “{text}” must have 10 digits after +7 or 8, for example +7 701 234 56 78.</source>
        <translation>The phone number “{text}” must have 10 digits after +7 or 8, for example +7 701 234 56 78.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="227"/>
        <source>The region is required.</source>
        <translation>The region is required.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="131"/>
        <source>The sex is required (M or F).</source>
        <translation>The sex is required (M or F).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="135"/>
        <source>The sex “{typed}” does not agree with the IIN {iin}, which gives “{from_iin}”.</source>
        <translation>The sex “{typed}” does not agree with the IIN {iin}, which gives “{from_iin}”.</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="74"/>
        <location filename="../../app/validation/fields.py" line="123"/>
        <source>This field must be filled in.</source>
        <translation>This field must be filled in.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="230"/>
        <source>Unknown region “{text}”: give one of the 17 regions or the cities Astana, Almaty, Shymkent, by name or by code (for example KZ-75).</source>
        <translation>Unknown region “{text}”: give one of the 17 regions or the cities Astana, Almaty, Shymkent, by name or by code (for example KZ-75).</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="36"/>
        <source>Unknown {what}: {value}</source>
        <translation>Unknown {what}: {value}</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="48"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="90"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="41"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="48"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="73"/>
        <source>“{text}” is not a date; write it as DD.MM.YYYY, for example 25.05.2024.</source>
        <translation>“{text}” is not a date; write it as DD.MM.YYYY, for example 25.05.2024.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="183"/>
        <source>“{text}” is not a phone number: use only digits, spaces, +, -, ( ).</source>
        <translation>“{text}” is not a phone number: use only digits, spaces, +, -, ( ).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="138"/>
        <source>“{text}” is not a sex; write M or F (ер / әйел, м / ж).</source>
        <translation>“{text}” is not a sex; write M or F (ер / әйел, м / ж).</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="52"/>
        <source>“{text}” is not a time; write it as HH:MM, for example 09:30.</source>
        <translation>“{text}” is not a time; write it as HH:MM, for example 09:30.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="161"/>
        <source>“{text}” is not a whole number.</source>
        <translation>“{text}” is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="92"/>
        <location filename="../../app/aid/passport.py" line="114"/>
        <location filename="../../app/events/appointments.py" line="59"/>
        <location filename="../../app/events/attendance.py" line="50"/>
        <location filename="../../app/people/qualifications.py" line="28"/>
        <location filename="../../app/reference.py" line="213"/>
        <source>“{text}” is not in the list of allowed values ({allowed}).</source>
        <translation>“{text}” is not in the list of allowed values ({allowed}).</translation>
    </message>
    <message>
        <source>“{text}” is not in the list of allowed values.</source>
        <translation type="vanished">“{text}” is not in the list of allowed values.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../ui/common/widgets.py" line="32"/>
        <source>— any —</source>
        <translation>— any —</translation>
    </message>
</context>
</TS>
