<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="36"/>
        <source>About Tirkeu</source>
        <translation>About Tirkeu</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="47"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="23"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="24"/>
        <source>Database size</source>
        <translation>Database size</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="26"/>
        <source>Installation id</source>
        <translation>Installation id</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="27"/>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="25"/>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="43"/>
        <source>Tirkeu: events, participants and aid for school coordinators. Works without the internet.</source>
        <translation>Tirkeu: events, participants and aid for school coordinators. Works without the internet.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="22"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="24"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>Aid</name>
    <message>
        <location filename="../../ui/aid/dialog.py" line="95"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="50"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="90"/>
        <source>&amp;Family categories:</source>
        <translation>&amp;Family categories:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="79"/>
        <source>&amp;Find in people:</source>
        <translation>&amp;Find in people:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="45"/>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="46"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="52"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="48"/>
        <source>&amp;Value, tenge:</source>
        <translation>&amp;Value, tenge:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="96"/>
        <source>&amp;What the child needs:</source>
        <translation>&amp;What the child needs:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="122"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="152"/>
        <source>A registered child: type a name or IIN</source>
        <translation>A registered child: type a name or IIN</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="68"/>
        <source>Add aid</source>
        <translation>Add aid</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="119"/>
        <source>Add aid to a child…</source>
        <translation>Add aid to a child…</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="164"/>
        <source>Add aid…</source>
        <translation>Add aid…</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="185"/>
        <source>Adding aid saves the child first.</source>
        <translation>Adding aid saves the child first.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="68"/>
        <source>Aid</source>
        <translation>Aid</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="137"/>
        <source>Aid already given this year</source>
        <translation>Aid already given this year</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="163"/>
        <location filename="../../ui/aid/page.py" line="111"/>
        <location filename="../../ui/aid/page.py" line="215"/>
        <source>Aid given</source>
        <translation>Aid given</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="120"/>
        <source>Aid is added in the child&apos;s form: find the child first.</source>
        <translation>Aid is added in the child&apos;s form: find the child first.</translation>
    </message>
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
        <location filename="../../ui/aid/page.py" line="51"/>
        <source>All family categories</source>
        <translation>All family categories</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="116"/>
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../ui/aid/common.py" line="65"/>
        <source>All pupils</source>
        <translation>All pupils</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="44"/>
        <location filename="../../ui/aid/page.py" line="52"/>
        <source>All schools</source>
        <translation>All schools</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="107"/>
        <location filename="../../ui/aid/page.py" line="117"/>
        <source>All sponsors</source>
        <translation>All sponsors</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="114"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="108"/>
        <location filename="../../ui/aid/page.py" line="118"/>
        <location filename="../../ui/aid/sponsors.py" line="49"/>
        <location filename="../../ui/aid/sponsors.py" line="67"/>
        <location filename="../../ui/aid/sponsors.py" line="77"/>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../app/aid/forms.py" line="102"/>
        <source>Another person already has the IIN {iin}: {name}.</source>
        <translation>Another person already has the IIN {iin}: {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="66"/>
        <source>Campaign &amp;year:</source>
        <translation>Campaign &amp;year:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="127"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="84"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="149"/>
        <source>Child in the data bank</source>
        <translation>Child in the data bank</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="215"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="68"/>
        <source>Children are counted once per sponsor however many items they got. Items and tenge include aid not yet delivered.</source>
        <translation>Children are counted once per sponsor however many items they got. Items and tenge include aid not yet delivered.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="71"/>
        <source>Children helped</source>
        <translation>Children helped</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="47"/>
        <source>Children in need of aid</source>
        <translation>Children in need of aid</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="89"/>
        <location filename="../../ui/aid/dialog.py" line="168"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="72"/>
        <source>Delivered records</source>
        <translation>Delivered records</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="186"/>
        <source>Double-click a line to change it.</source>
        <translation>Double-click a line to change it.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="127"/>
        <source>Entered total</source>
        <translation>Entered total</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="54"/>
        <source>Family categories</source>
        <translation>Family categories</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="127"/>
        <source>From records</source>
        <translation>From records</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="92"/>
        <source>G&amp;uardian:</source>
        <translation>G&amp;uardian:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="93"/>
        <source>Gua&amp;rdian&apos;s phone:</source>
        <translation>Gua&amp;rdian&apos;s phone:</translation>
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
        <location filename="../../ui/aid/page.py" line="56"/>
        <source>Helped or not</source>
        <translation>Helped or not</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="61"/>
        <source>Helped: at least one aid record delivered</source>
        <translation>Helped: at least one aid record delivered</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="57"/>
        <source>Helped: no</source>
        <translation>Helped: no</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="56"/>
        <source>Helped: yes</source>
        <translation>Helped: yes</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="98"/>
        <source>I&amp;dentified on:</source>
        <translation>I&amp;dentified on:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="89"/>
        <source>In all — sponsors: {sponsors}, items: {items}, total: {total}</source>
        <translation>In all — sponsors: {sponsors}, items: {items}, total: {total}</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="85"/>
        <location filename="../../ui/aid/dialog.py" line="168"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="71"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="61"/>
        <source>Latest status</source>
        <translation>Latest status</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="53"/>
        <location filename="../../ui/aid/dialog.py" line="100"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="150"/>
        <source>New child in the data bank</source>
        <translation>New child in the data bank</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="153"/>
        <source>New child instead</source>
        <translation>New child instead</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="73"/>
        <location filename="../../ui/aid/aid_dialog.py" line="78"/>
        <source>New sponsor…</source>
        <translation>New sponsor…</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="165"/>
        <source>Next status</source>
        <translation>Next status</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="128"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="86"/>
        <location filename="../../ui/aid/dialog.py" line="168"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="184"/>
        <source>Registered: {name}</source>
        <translation>Registered: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="49"/>
        <source>S&amp;ponsor:</source>
        <translation>S&amp;ponsor:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="123"/>
        <source>Save the totals</source>
        <translation>Save the totals</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="141"/>
        <source>Save the totals you typed first?</source>
        <translation>Save the totals you typed first?</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="121"/>
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/passport.py" line="128"/>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="216"/>
        <location filename="../../ui/aid/passport.py" line="120"/>
        <location filename="../../ui/aid/passport.py" line="140"/>
        <source>Social passport</source>
        <translation>Social passport</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="88"/>
        <location filename="../../ui/aid/dialog.py" line="169"/>
        <location filename="../../ui/aid/sponsors.py" line="71"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../../ui/aid/page.py" line="215"/>
        <location filename="../../ui/aid/sponsors.py" line="65"/>
        <source>Sponsors</source>
        <translation>Sponsors</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="90"/>
        <location filename="../../ui/aid/dialog.py" line="169"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/aid/forms.py" line="31"/>
        <location filename="../../app/aid/given.py" line="66"/>
        <location filename="../../app/aid/passport.py" line="127"/>
        <source>The chosen record no longer exists; choose again.</source>
        <translation>The chosen record no longer exists; choose again.</translation>
    </message>
    <message>
        <location filename="../../ui/aid/sponsors.py" line="72"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="87"/>
        <location filename="../../ui/aid/dialog.py" line="168"/>
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
        <location filename="../../ui/aid/aid_dialog.py" line="70"/>
        <source>for example: 25 000</source>
        <translation>for example: 25 000</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="27"/>
        <source>identified</source>
        <translation>identified</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="166"/>
        <source>identified → approved → delivered</source>
        <translation>identified → approved → delivered</translation>
    </message>
    <message>
        <location filename="../../ui/aid/aid_dialog.py" line="128"/>
        <source>{child} already has aid in the {year} campaign:
{aid}

Add this aid as well?</source>
        <translation>{child} already has aid in the {year} campaign:
{aid}

Add this aid as well?</translation>
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
    <message>
        <location filename="../../ui/aid/passport.py" line="124"/>
        <source>“From records” counts the children entered by name. Type the school&apos;s own total where it knows more; leave “—” to use the records.</source>
        <translation>“From records” counts the children entered by name. Type the school&apos;s own total where it knows more; leave “—” to use the records.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../app/backup.py" line="216"/>
        <source>Cannot restore {path}: {error}. The database was not changed; a copy of it is at {safety}.</source>
        <translation>Cannot restore {path}: {error}. The database was not changed; a copy of it is at {safety}.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="77"/>
        <location filename="../../app/backup.py" line="97"/>
        <source>Cannot write the backup to {path}: {error}. Check the disk has free space and is writable.</source>
        <translation>Cannot write the backup to {path}: {error}. Check the disk has free space and is writable.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="71"/>
        <source>The backup copy failed its check; the original is unchanged.</source>
        <translation>The backup copy failed its check; the original is unchanged.</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="172"/>
        <source>{path} is not a readable Tirkeu backup: {error}</source>
        <translation>{path} is not a readable Tirkeu backup: {error}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../app/cli/commands.py" line="74"/>
        <source>  row {row}: {reason}</source>
        <translation>  row {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="83"/>
        <source>  tied at the cut for {places} place(s): {teams} — choose with --confirm --choose TEAM --reason TEXT</source>
        <translation>  tied at the cut for {places} place(s): {teams} — choose with --confirm --choose TEAM --reason TEXT</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="76"/>
        <source>  … and {n} more in the errors file.</source>
        <translation>  … and {n} more in the errors file.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="82"/>
        <source>, encrypted to the office</source>
        <translation>, encrypted to the office</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="164"/>
        <source>Adjudicators</source>
        <translation>Adjudicators</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="269"/>
        <source>Adjudicators registered: {names}.</source>
        <translation>Adjudicators registered: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="126"/>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="111"/>
        <source>Backup written to {path}.</source>
        <translation>Backup written to {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="80"/>
        <source>Bundle {sequence} written to {path}: {records} records{enc}.</source>
        <translation>Bundle {sequence} written to {path}: {records} records{enc}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="148"/>
        <source>Certificate {old} is cancelled; {new} is issued to {name}. Print it with “certificates reprint {new} --out FILE.pdf”.</source>
        <translation>Certificate {old} is cancelled; {new} is issued to {name}. Print it with “certificates reprint {new} --out FILE.pdf”.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="136"/>
        <source>Certificate {serial} ({name}) is cancelled.</source>
        <translation>Certificate {serial} ({name}) is cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="86"/>
        <source>Choose the kind of certificate with --kind.</source>
        <translation>Choose the kind of certificate with --kind.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="52"/>
        <source>Demo data added: {counts}.</source>
        <translation>Demo data added: {counts}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_commands.py" line="53"/>
        <source>Give --out FILE.xlsx|FILE.pdf|FILE.csv, or --json.</source>
        <translation>Give --out FILE.xlsx|FILE.pdf|FILE.csv, or --json.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="145"/>
        <source>Identity card written to {path}; key fingerprint {fp}.</source>
        <translation>Identity card written to {path}; key fingerprint {fp}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_commands.py" line="69"/>
        <source>Indicators for {period}, {scope}: {met} met, {not_met} not met, {other} not judged. Written to {files}.</source>
        <translation>Indicators for {period}, {scope}: {met} met, {not_met} not met, {other} not judged. Written to {files}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="107"/>
        <source>Missing from {name}: bundle(s) {numbers}.</source>
        <translation>Missing from {name}: bundle(s) {numbers}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="122"/>
        <source>Moved {total} rows in {tables} tables to {address}; the counts match. The file {path} is kept unchanged: from now on open the server with --db {address}.</source>
        <translation>Moved {total} rows in {tables} tables to {address}; the counts match. The file {path} is kept unchanged: from now on open the server with --db {address}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="95"/>
        <source>No bundle files (*.tirkeu) were found there.</source>
        <translation>No bundle files (*.tirkeu) were found there.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="307"/>
        <source>No motion is set for this round.</source>
        <translation>No motion is set for this round.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="126"/>
        <source>Nomination</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="210"/>
        <source>Only an office has an age identity (schools encrypt to their office).</source>
        <translation>Only an office has an age identity (schools encrypt to their office).</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="127"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="249"/>
        <source>Results: {entered} entered, {corrected} corrected, {unchanged} unchanged.</source>
        <translation>Results: {entered} entered, {corrected} corrected, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="181"/>
        <source>Revoked {name}: its bundles will be refused.</source>
        <translation>Revoked {name}: its bundles will be refused.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="155"/>
        <location filename="../../app/cli/tournament_commands.py" line="368"/>
        <location filename="../../app/cli/tournament_commands.py" line="381"/>
        <location filename="../../app/cli/tournament_commands.py" line="392"/>
        <location filename="../../app/cli/tournament_result_commands.py" line="145"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="131"/>
        <source>Saved: {name}, rating {rating}.</source>
        <translation>Saved: {name}, rating {rating}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="122"/>
        <source>Saved: {team} won.</source>
        <translation>Saved: {team} won.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="39"/>
        <source>Set up {name} ({role}, {region}) in {path}. Installation {id}, key fingerprint {fp}.</source>
        <translation>Set up {name} ({role}, {region}) in {path}. Installation {id}, key fingerprint {fp}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="105"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="101"/>
        <source>The database has {n} problems; restore it from a backup.</source>
        <translation>The database has {n} problems; restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="97"/>
        <source>The database {path} is intact.</source>
        <translation>The database {path} is intact.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="217"/>
        <source>The office&apos;s age identity was written to {path}. Keep it secret.</source>
        <translation>The office&apos;s age identity was written to {path}. Keep it secret.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="132"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="170"/>
        <source>Trusted {name} ({role}), key fingerprint {fp}.</source>
        <translation>Trusted {name} ({role}), key fingerprint {fp}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="162"/>
        <source>Type the fingerprint&apos;s first 8 characters to trust it: </source>
        <translation>Type the fingerprint&apos;s first 8 characters to trust it: </translation>
    </message>
    <message>
        <location filename="../../app/synth.py" line="73"/>
        <source>Unknown scale {scale}: use school, region or nation.</source>
        <translation>Unknown scale {scale}: use school, region or nation.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="128"/>
        <source>Winners</source>
        <translation>Winners</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="127"/>
        <source>Works</source>
        <translation>Works</translation>
    </message>
    <message>
        <location filename="../../app/cli/contest_commands.py" line="106"/>
        <source>Works: {added} added; {people} people added to the register.</source>
        <translation>Works: {added} added; {people} people added to the register.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="68"/>
        <source>Write a signatory as POSITION=NAME, e.g. “Director=Seitov B.”.</source>
        <translation>Write a signatory as POSITION=NAME, e.g. “Director=Seitov B.”.</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_commands.py" line="92"/>
        <source>Write a target as INDICATOR=VALUE, e.g. “legal_culture.lectures=6”.</source>
        <translation>Write a target as INDICATOR=VALUE, e.g. “legal_culture.lectures=6”.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="86"/>
        <source>Wrote {count} rows to {path}.</source>
        <translation>Wrote {count} rows to {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="187"/>
        <source>bye</source>
        <translation>bye</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="88"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="263"/>
        <source>loaded</source>
        <translation>loaded</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="78"/>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="88"/>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="263"/>
        <source>replaced</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="78"/>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.py" line="147"/>
        <source>synth needs --db PATH (it never writes into your own database).</source>
        <translation>synth needs --db PATH (it never writes into your own database).</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="264"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="271"/>
        <source>warning: {problem}</source>
        <translation>warning: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="167"/>
        <source>{ask} Then run again with --fingerprint &quot;{fp}&quot;. Nothing was trusted.</source>
        <translation>{ask} Then run again with --fingerprint &quot;{fp}&quot;. Nothing was trusted.</translation>
    </message>
    <message>
        <location filename="../../app/cli/certificate_commands.py" line="95"/>
        <location filename="../../app/cli/certificate_commands.py" line="161"/>
        <source>{count} certificates written to {path} ({new} new, {again} printed again).</source>
        <translation>{count} certificates written to {path} ({new} new, {again} printed again).</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="170"/>
        <source>{count} teams carried into the next stage.</source>
        <translation>{count} teams carried into the next stage.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="100"/>
        <source>{file}: {status} — created {created}, updated {updated}, unchanged {unchanged}, ignored {ignored}, rejected {rejected}, conflicts {conflicts}.</source>
        <translation>{file}: {status} — created {created}, updated {updated}, unchanged {unchanged}, ignored {ignored}, rejected {rejected}, conflicts {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="192"/>
        <source>{league} R{round} motion: {motion}</source>
        <translation>{league} R{round} motion: {motion}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="266"/>
        <source>{league} round {round}: {debates} debates {outcome}.</source>
        <translation>{league} round {round}: {debates} debates {outcome}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="89"/>
        <source>{league}, {category} break ({state}):</source>
        <translation>{league}, {category} break ({state}):</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="219"/>
        <source>{league}: fewer than two teams, not drawn.</source>
        <translation>{league}: fewer than two teams, not drawn.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="157"/>
        <source>{name} is a {role}: its card decides targets and who can read this installation&apos;s bundles. Its key fingerprint is {fp}. Compare it with the office by phone.</source>
        <translation>{name} is a {role}: its card decides targets and who can read this installation&apos;s bundles. Its key fingerprint is {fp}. Compare it with the office by phone.</translation>
    </message>
    <message>
        <location filename="../../app/synth.py" line="189"/>
        <source>{path} already exists; synth makes a new database.</source>
        <translation>{path} already exists; synth makes a new database.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="285"/>
        <source>{path}: {pages} pages, {debates} debates.</source>
        <translation>{path}: {pages} pages, {debates} debates.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="94"/>
        <source>{what}: {created} new, {updated} updated, {unchanged} unchanged; {people} people added to the register.</source>
        <translation>{what}: {created} new, {updated} updated, {unchanged} unchanged; {people} people added to the register.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../../app/certificates/layout.py" line="57"/>
        <source>A certificate has at most two signatories.</source>
        <translation>A certificate has at most two signatories.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="91"/>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="92"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="20"/>
        <source>Above the name</source>
        <translation>Above the name</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="21"/>
        <source>Above the name (a girl or woman)</source>
        <translation>Above the name (a girl or woman)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="182"/>
        <source>Accent colour…</source>
        <translation>Accent colour…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="60"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="61"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="34"/>
        <source>Best speaker diploma</source>
        <translation>Best speaker diploma</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="58"/>
        <location filename="../../ui/certificates/page.py" line="134"/>
        <source>Cancel certificate</source>
        <translation>Cancel certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="135"/>
        <source>Cancel {count} certificate(s)? Verifying them will answer “cancelled”.</source>
        <translation>Cancel {count} certificate(s)? Verifying them will answer “cancelled”.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="93"/>
        <source>Cancelled: certificate {serial} was cancelled by its issuer.</source>
        <translation>Cancelled: certificate {serial} was cancelled by its issuer.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="90"/>
        <source>Cancelled: certificate {serial} was replaced by {newer}.</source>
        <translation>Cancelled: certificate {serial} was replaced by {newer}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="36"/>
        <source>Certificate of participation</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="96"/>
        <source>Certificate {serial} is in the register, but a serial alone proves nothing: give the {n}-character code printed beside the QR code, or scan the QR code.</source>
        <translation>Certificate {serial} is in the register, but a serial alone proves nothing: give the {n}-character code printed beside the QR code, or scan the QR code.</translation>
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
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="224"/>
        <source>Choose an event or a person.</source>
        <translation>Choose an event or a person.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/awards.py" line="45"/>
        <location filename="../../app/certificates/generate.py" line="108"/>
        <source>Choose whom to issue certificates to: an event or a person.</source>
        <translation>Choose whom to issue certificates to: an event or a person.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="95"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="134"/>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="113"/>
        <source>Correct the name</source>
        <translation>Correct the name</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="57"/>
        <source>Correct the name…</source>
        <translation>Correct the name…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="31"/>
        <source>Diploma of the 1st degree</source>
        <translation>Diploma of the 1st degree</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="32"/>
        <source>Diploma of the 2nd degree</source>
        <translation>Diploma of the 2nd degree</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="33"/>
        <source>Diploma of the 3rd degree</source>
        <translation>Diploma of the 3rd degree</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="135"/>
        <source>Edit the texts…</source>
        <translation>Edit the texts…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="76"/>
        <source>Empty: everyone who attended the event</source>
        <translation>Empty: everyone who attended the event</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="89"/>
        <source>Empty: the template&apos;s text</source>
        <translation>Empty: the template&apos;s text</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="20"/>
        <location filename="../../ui/certificates/dialog.py" line="114"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="73"/>
        <source>Forged: the code does not match certificate {serial} as it was issued.</source>
        <translation>Forged: the code does not match certificate {serial} as it was issued.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="63"/>
        <source>Generate certificates</source>
        <translation>Generate certificates</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="139"/>
        <source>Generate…</source>
        <translation>Generate…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="55"/>
        <source>Generate… (Ctrl+N)</source>
        <translation>Generate… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="240"/>
        <location filename="../../ui/certificates/page.py" line="105"/>
        <location filename="../../ui/tournaments/certificates.py" line="63"/>
        <source>Generating certificates…</source>
        <translation>Generating certificates…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="100"/>
        <source>Genuine: {serial} issued to {name} on {date} by {issuer}.</source>
        <translation>Genuine: {serial} issued to {name} on {date} by {issuer}.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="174"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="21"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="19"/>
        <location filename="../../ui/certificates/dialog.py" line="116"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="22"/>
        <location filename="../../ui/certificates/dialog.py" line="117"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="37"/>
        <source>Letter of thanks</source>
        <translation>Letter of thanks</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="130"/>
        <location filename="../../ui/certificates/dialog.py" line="173"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="181"/>
        <source>Main colour…</source>
        <translation>Main colour…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="122"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="35"/>
        <source>Nomination diploma</source>
        <translation>Nomination diploma</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="115"/>
        <source>One person</source>
        <translation>One person</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="258"/>
        <source>Open</source>
        <translation>Open</translation>
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
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="45"/>
        <source>Placeholders (type them as they are): {name} the recipient&apos;s name, {reason} the reason or nomination, {event} the event, {date} the date, {place} the place. An empty box brings back the text that came with the program.</source>
        <translation>Placeholders (type them as they are): {name} the recipient&apos;s name, {reason} the reason or nomination, {event} the event, {date} the date, {place} the place. An empty box brings back the text that came with the program.</translation>
    </message>
    <message>
        <source>Placeholders: {name} {reason} {event} {date} {place}. An empty box brings back the text that came with the program.</source>
        <translation type="vanished">Placeholders: {name} {reason} {event} {date} {place}. An empty box brings back the text that came with the program.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="121"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="56"/>
        <source>Print again…</source>
        <translation>Print again…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="24"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="257"/>
        <location filename="../../ui/certificates/pdf_view.py" line="56"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="24"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="24"/>
        <source>Reason (no event)</source>
        <translation>Reason (no event)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="118"/>
        <source>Reason or nomination</source>
        <translation>Reason or nomination</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="17"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="159"/>
        <source>Recipient&apos;s Name</source>
        <translation>Recipient&apos;s Name</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="226"/>
        <location filename="../../ui/tournaments/certificates.py" line="56"/>
        <source>Save certificates</source>
        <translation>Save certificates</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="150"/>
        <source>Scan the QR code here, or type the serial and the code printed beside it:</source>
        <translation>Scan the QR code here, or type the serial and the code printed beside it:</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="16"/>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="126"/>
        <source>Signatory {n}</source>
        <translation>Signatory {n}</translation>
    </message>
    <message>
        <location filename="../../app/certificates/listing.py" line="23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="19"/>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="137"/>
        <source>Texts</source>
        <translation>Texts</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="33"/>
        <source>Texts of the certificate</source>
        <translation>Texts of the certificate</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="145"/>
        <location filename="../../app/certificates/register.py" line="159"/>
        <source>The certificate {serial} is already cancelled.</source>
        <translation>The certificate {serial} is already cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="133"/>
        <source>The certificate {serial} is cancelled; it cannot be printed.</source>
        <translation>The certificate {serial} is cancelled; it cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="136"/>
        <source>The certificate {serial} was issued by another installation; only that installation can print it.</source>
        <translation>The certificate {serial} was issued by another installation; only that installation can print it.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="76"/>
        <source>The logo file {path} is a {kind} image; use PNG or JPEG.</source>
        <translation>The logo file {path} is a {kind} image; use PNG or JPEG.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="73"/>
        <source>The logo file {path} is not an image (PNG or JPEG) or it is damaged.</source>
        <translation>The logo file {path} is not an image (PNG or JPEG) or it is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="67"/>
        <source>The logo file {path} was not found.</source>
        <translation>The logo file {path} was not found.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="114"/>
        <source>The name as it must be printed (the old serial will be cancelled):</source>
        <translation>The name as it must be printed (the old serial will be cancelled):</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="50"/>
        <source>The orientation must be landscape or portrait.</source>
        <translation>The orientation must be landscape or portrait.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="64"/>
        <source>The person was not found (they may have been deleted).</source>
        <translation>The person was not found (they may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="156"/>
        <source>The recipient&apos;s name is required.</source>
        <translation>The recipient&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="98"/>
        <source>The template text “{text}” has an unmatched brace {{ or }}.</source>
        <translation>The template text “{text}” has an unmatched brace {{ or }}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="102"/>
        <source>The template text “{text}” uses an unknown placeholder {{{name}}}; allowed are: {allowed}.</source>
        <translation>The template text “{text}” uses an unknown placeholder {{{name}}}; allowed are: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/register.py" line="54"/>
        <source>There is no certificate {serial} in the register.</source>
        <translation>There is no certificate {serial} in the register.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/generate.py" line="128"/>
        <location filename="../../app/certificates/register.py" line="78"/>
        <source>There is nobody to issue certificates to: the list of recipients is empty.</source>
        <translation>There is nobody to issue certificates to: the list of recipients is empty.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/awards.py" line="35"/>
        <source>There is nobody to print for yet: register the teams (and their coaches) and the adjudicators first.</source>
        <translation>There is nobody to print for yet: register the teams (and their coaches) and the adjudicators first.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/awards.py" line="49"/>
        <source>There is nothing to print yet: the award list is empty (enter the results or the works first).</source>
        <translation>There is nothing to print yet: the award list is empty (enter the results or the works first).</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="19"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="22"/>
        <source>Under the name</source>
        <translation>Under the name</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="23"/>
        <source>Under the name (no event)</source>
        <translation>Under the name (no event)</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="79"/>
        <source>Unknown kind of certificate “{kind}”; choose one of: {allowed}.</source>
        <translation>Unknown kind of certificate “{kind}”; choose one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="88"/>
        <source>Unknown language “{language}”; choose kk, ru or en.</source>
        <translation>Unknown language “{language}”; choose kk, ru or en.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="143"/>
        <source>Unknown template field “{field}”.</source>
        <translation>Unknown template field “{field}”.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="62"/>
        <source>Unknown: no certificate {serial} is held here.</source>
        <translation>Unknown: no certificate {serial} is held here.</translation>
    </message>
    <message>
        <location filename="../../app/certificates/verify.py" line="70"/>
        <source>Unknown: the key of the installation that issued {serial} is not known here.</source>
        <translation>Unknown: the key of the installation that issued {serial} is not known here.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="149"/>
        <location filename="../../ui/certificates/page.py" line="155"/>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="59"/>
        <source>Verify…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="41"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../app/certificates/templates.py" line="40"/>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="255"/>
        <source>{count} certificates written to {path} ({new} new, {again} printed again).</source>
        <translation>{count} certificates written to {path} ({new} new, {again} printed again).</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/page.py" line="126"/>
        <source>{old} is cancelled; {new} is issued. Print it with “Print again…”.</source>
        <translation>{old} is cancelled; {new} is issued. Print it with “Print again…”.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialog.py" line="68"/>
        <source>— no event —</source>
        <translation>— no event —</translation>
    </message>
    <message>
        <location filename="../../app/certificates/layout.py" line="54"/>
        <source>“{value}” is not a colour; write it as #RRGGBB, e.g. #1F4E79.</source>
        <translation>“{value}” is not a colour; write it as #RRGGBB, e.g. #1F4E79.</translation>
    </message>
</context>
<context>
    <name>Contests</name>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="73"/>
        <source>&amp;Age groups:</source>
        <translation>&amp;Age groups:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="58"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="63"/>
        <source>&amp;Held:</source>
        <translation>&amp;Held:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="429"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="138"/>
        <source>&amp;Nomination:</source>
        <translation>&amp;Nomination:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="66"/>
        <source>&amp;Nominations
(one per line):</source>
        <translation>&amp;Nominations
(one per line):</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="132"/>
        <source>&amp;Participant:</source>
        <translation>&amp;Participant:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="147"/>
        <source>&amp;Score:</source>
        <translation>&amp;Score:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="141"/>
        <source>&amp;Title of the work:</source>
        <translation>&amp;Title of the work:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="52"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="85"/>
        <source>&amp;Winners up to place:</source>
        <translation>&amp;Winners up to place:</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="94"/>
        <source>A nomination is listed twice.</source>
        <translation>A nomination is listed twice.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="141"/>
        <source>A place is a number from 1.</source>
        <translation>A place is a number from 1.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="289"/>
        <source>A place is a whole number: {text}</source>
        <translation>A place is a whole number: {text}</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="143"/>
        <source>A score is a number from 0 to 1000.</source>
        <translation>A score is a number from 0 to 1000.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="159"/>
        <source>Add a work</source>
        <translation>Add a work</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="423"/>
        <source>Add a work…</source>
        <translation>Add a work…</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="337"/>
        <source>Added: {name}</source>
        <translation>Added: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="80"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="80"/>
        <location filename="../../ui/contests/view.py" line="137"/>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="422"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="425"/>
        <source>CSV or XLSX with the columns nomination, surname, name, patronymic, birth_date, iin, school, grade, title, place, score. All or nothing: one wrong row and nothing is added.</source>
        <translation>CSV or XLSX with the columns nomination, surname, name, patronymic, birth_date, iin, school, grade, title, place, score. All or nothing: one wrong row and nothing is added.</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="34"/>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../ui/contests/page.py" line="90"/>
        <source>Contests</source>
        <translation>Contests</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="35"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="388"/>
        <location filename="../../ui/contests/view.py" line="405"/>
        <source>Diplomas</source>
        <translation>Diplomas</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="37"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="344"/>
        <location filename="../../ui/contests/view.py" line="353"/>
        <source>Import works</source>
        <translation>Import works</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="424"/>
        <source>Import works…</source>
        <translation>Import works…</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="92"/>
        <source>Name at least one nomination.</source>
        <translation>Name at least one nomination.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="102"/>
        <source>Name the contest.</source>
        <translation>Name the contest.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="95"/>
        <source>New contest</source>
        <translation>New contest</translation>
    </message>
    <message>
        <location filename="../../ui/contests/page.py" line="93"/>
        <source>New contest… (Ctrl+N)</source>
        <translation>New contest… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="160"/>
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="163"/>
        <source>Nobody chosen yet: type a name or IIN and press Enter.</source>
        <translation>Nobody chosen yet: type a name or IIN and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="81"/>
        <location filename="../../ui/contests/view.py" line="137"/>
        <source>Nomination</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="38"/>
        <source>Nominations</source>
        <translation>Nominations</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="308"/>
        <source>Nothing was imported: {count} rows need correcting — {problems}{more}</source>
        <translation>Nothing was imported: {count} rows need correcting — {problems}{more}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="407"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="151"/>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="391"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="80"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="39"/>
        <location filename="../../ui/contests/view.py" line="137"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="82"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="430"/>
        <source>Print diplomas…</source>
        <translation>Print diplomas…</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="395"/>
        <source>Printing diplomas…</source>
        <translation>Printing diplomas…</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="428"/>
        <source>Remove work</source>
        <translation>Remove work</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="365"/>
        <source>Remove works</source>
        <translation>Remove works</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="366"/>
        <source>Remove {count} selected work(s) from the contest?</source>
        <translation>Remove {count} selected work(s) from the contest?</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="375"/>
        <source>Removed: {count}</source>
        <translation>Removed: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="390"/>
        <source>Save diplomas</source>
        <translation>Save diplomas</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="302"/>
        <source>Saved: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="82"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/contests/page.py" line="94"/>
        <source>Search (Ctrl+F): any part of the title</source>
        <translation>Search (Ctrl+F): any part of the title</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="432"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="345"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tables (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="77"/>
        <source>The &amp;jury gives:</source>
        <translation>The &amp;jury gives:</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="58"/>
        <source>The age group {part} is not possible.</source>
        <translation>The age group {part} is not possible.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="63"/>
        <source>The age groups {a} and {b} overlap.</source>
        <translation>The age groups {a} and {b} overlap.</translation>
    </message>
    <message>
        <source>The contest has no works to give diplomas for.</source>
        <translation type="vanished">The contest has no works to give diplomas for.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="97"/>
        <source>The jury gives places or scores.</source>
        <translation>The jury gives places or scores.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="127"/>
        <source>The nomination must be one of: {noms}.</source>
        <translation>The nomination must be one of: {noms}.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="131"/>
        <source>The participant was not found.</source>
        <translation>The participant was not found.</translation>
    </message>
    <message>
        <source>There are no works yet: nobody to give diplomas to.</source>
        <translation type="vanished">There are no works yet: nobody to give diplomas to.</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="62"/>
        <location filename="../../app/contests/listing.py" line="70"/>
        <source>There is no contest {ref}.</source>
        <translation>There is no contest {ref}.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="81"/>
        <source>Title of the work</source>
        <translation>Title of the work</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="147"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="286"/>
        <source>Type a number (or leave it empty): {text}</source>
        <translation>Type a number (or leave it empty): {text}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="105"/>
        <source>Type the place (or score) and press Enter; empty clears it.</source>
        <translation>Type the place (or score) and press Enter; empty clears it.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="83"/>
        <source>Winner</source>
        <translation>Winner</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="42"/>
        <location filename="../../ui/contests/view.py" line="138"/>
        <source>Winners</source>
        <translation>Winners</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="99"/>
        <source>Winners are places 1 to N, N from 1 to 50.</source>
        <translation>Winners are places 1 to N, N from 1 to 50.</translation>
    </message>
    <message>
        <location filename="../../app/contests/listing.py" line="40"/>
        <location filename="../../ui/contests/view.py" line="138"/>
        <location filename="../../ui/contests/view.py" line="431"/>
        <source>Works</source>
        <translation>Works</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="356"/>
        <source>Works added: {added}; new people in the register: {created}.</source>
        <translation>Works added: {added}; new people in the register: {created}.</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="55"/>
        <source>Write age groups like 7-10, 11-13, 14-17 (not {part}).</source>
        <translation>Write age groups like 7-10, 11-13, 14-17 (not {part}).</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="265"/>
        <source>age groups: {groups}</source>
        <translation>age groups: {groups}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="101"/>
        <source>ages on the first day</source>
        <translation>ages on the first day</translation>
    </message>
    <message>
        <source>e.g. 7-10, 11-13, 14-17</source>
        <translation type="vanished">e.g. 7-10, 11-13, 14-17</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="100"/>
        <source>empty: today</source>
        <translation>empty: today</translation>
    </message>
    <message>
        <source>empty: today; ages are counted on the first day</source>
        <translation type="vanished">empty: today; ages are counted on the first day</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="97"/>
        <location filename="../../ui/contests/page.py" line="24"/>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="272"/>
        <source>participants: {p}, works: {w}, winners: {x}</source>
        <translation>participants: {p}, works: {w}, winners: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="97"/>
        <source>place {n}</source>
        <translation>place {n}</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="98"/>
        <source>places (1st, 2nd, 3rd…)</source>
        <translation>places (1st, 2nd, 3rd…)</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="263"/>
        <source>places 1 to {n} win</source>
        <translation>places 1 to {n} win</translation>
    </message>
    <message>
        <location filename="../../ui/contests/page.py" line="24"/>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="96"/>
        <source>remotely</source>
        <translation>remotely</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="304"/>
        <source>row {row}: {problem}</source>
        <translation>row {row}: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {problem}; nothing was imported.</source>
        <translation type="vanished">row {row}: {problem}; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="99"/>
        <source>scores</source>
        <translation>scores</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="106"/>
        <source>the best N scores of each nomination and age group win</source>
        <translation>the best N scores of each nomination and age group win</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="262"/>
        <source>the best {n} scores of each nomination and age group win</source>
        <translation>the best {n} scores of each nomination and age group win</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="108"/>
        <source>works placed 1 to N win</source>
        <translation>works placed 1 to N win</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="400"/>
        <source>{count} diplomas and certificates written to {path} ({new} new, {again} printed again).</source>
        <translation>{count} diplomas and certificates written to {path} ({new} new, {again} printed again).</translation>
    </message>
    <message>
        <location filename="../../app/contests/core.py" line="262"/>
        <source>{field} must be a number, not {value}.</source>
        <translation>{field} must be a number, not {value}.</translation>
    </message>
    <message>
        <source>{file}: required columns are missing: {missing}.</source>
        <translation type="vanished">{file}: required columns are missing: {missing}.</translation>
    </message>
    <message>
        <location filename="../../ui/contests/dialogs.py" line="161"/>
        <source>— not yet —</source>
        <translation>— not yet —</translation>
    </message>
    <message>
        <location filename="../../ui/contests/view.py" line="421"/>
        <source>← Back to the list</source>
        <translation>← Back to the list</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="69"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="64"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="65"/>
        <source>Tirkeu met an error it did not expect. Your saved records are safe; the details are in the log. If it happens again, send the details to your office.</source>
        <translation>Tirkeu met an error it did not expect. Your saved records are safe; the details are in the log. If it happens again, send the details to your office.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../app/db/store.py" line="186"/>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>Cannot create the folder {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="292"/>
        <source>Cannot open the database {path}: {error}. Check that the folder is writable and the disk is not full.</source>
        <translation>Cannot open the database {path}: {error}. Check that the folder is writable and the disk is not full.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="122"/>
        <source>Cannot reach the database server {path} ({error}). Check the address, that the server is running and that this computer may connect to it. Nothing was saved.</source>
        <translation>Cannot reach the database server {path} ({error}). Check the address, that the server is running and that this computer may connect to it. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="29"/>
        <location filename="../../app/db/guard.py" line="61"/>
        <source>Cannot read the database {path}: {error}</source>
        <translation>Cannot read the database {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="87"/>
        <source>The database {path} cannot be written: the file or its folder is read-only. The change was not saved. Allow writing there, or move the database to a folder you can write to.</source>
        <translation>The database {path} cannot be written: the file or its folder is read-only. The change was not saved. Allow writing there, or move the database to a folder you can write to.</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="99"/>
        <source>The database {path} could not be read or written ({error}). The change was not saved. Check that the disk (or USB stick) is connected and not full.</source>
        <translation>The database {path} could not be read or written ({error}). The change was not saved. Check that the disk (or USB stick) is connected and not full.</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="79"/>
        <location filename="../../app/db/postgres.py" line="103"/>
        <source>The database {path} is busy: another program (or a second Tirkeu) is using it. The change was not saved. Close the other program and try again.</source>
        <translation>The database {path} is busy: another program (or a second Tirkeu) is using it. The change was not saved. Close the other program and try again.</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="54"/>
        <source>The database {path} is on a read-only disk or in a read-only folder (a write-protected USB stick or a CD, say), so Tirkeu cannot open it. Copy it to a folder you can write to (Documents, say) and open the copy, or allow writing there.</source>
        <translation>The database {path} is on a read-only disk or in a read-only folder (a write-protected USB stick or a CD, say), so Tirkeu cannot open it. Copy it to a folder you can write to (Documents, say) and open the copy, or allow writing there.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="251"/>
        <source>The database {path} uses the encoding {encoding}, which cannot hold Kazakh letters. Create it with ENCODING &apos;UTF8&apos; (the README shows how).</source>
        <translation>The database {path} uses the encoding {encoding}, which cannot hold Kazakh letters. Create it with ENCODING &apos;UTF8&apos; (the README shows how).</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="83"/>
        <source>The disk with the database {path} is full. The change was not saved. Free some space on the disk and try again.</source>
        <translation>The disk with the database {path} is full. The change was not saved. Free some space on the disk and try again.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="116"/>
        <source>The server did not accept the user name or password for {path}. Check them (or your .pgpass file) and try again.</source>
        <translation>The server did not accept the user name or password for {path}. Check them (or your .pgpass file) and try again.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="107"/>
        <source>The server of the database {path} is out of disk space or memory. The change was not saved. Ask the server&apos;s administrator to free some.</source>
        <translation>The server of the database {path} is out of disk space or memory. The change was not saved. Ask the server&apos;s administrator to free some.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="111"/>
        <source>The server refused to let Tirkeu change the database {path} ({error}). Ask the server&apos;s administrator for the rights the README lists.</source>
        <translation>The server refused to let Tirkeu change the database {path} ({error}). Ask the server&apos;s administrator for the rights the README lists.</translation>
    </message>
    <message>
        <location filename="../../app/db/postgres.py" line="119"/>
        <source>There is no database {path} on the server. Ask the server&apos;s administrator to create it (the README shows how).</source>
        <translation>There is no database {path} on the server. Ask the server&apos;s administrator to create it (the README shows how).</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="28"/>
        <source>This database is not set up yet: run set-up (tirkeu init) first.</source>
        <translation>This database is not set up yet: run set-up (tirkeu init) first.</translation>
    </message>
    <message>
        <location filename="../../app/db/store.py" line="222"/>
        <source>Tirkeu cannot talk to PostgreSQL servers on this computer: {error}. Install the PostgreSQL client library (Debian and Ubuntu: libpq5).</source>
        <translation>Tirkeu cannot talk to PostgreSQL servers on this computer: {error}. Install the PostgreSQL client library (Debian and Ubuntu: libpq5).</translation>
    </message>
    <message>
        <location filename="../../app/db/environment.py" line="92"/>
        <location filename="../../app/db/store.py" line="295"/>
        <source>{path} is damaged ({error}). Restore it from a backup.</source>
        <translation>{path} is damaged ({error}). Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="63"/>
        <source>{path} is damaged or not a database ({error}). Restore it from a backup.</source>
        <translation>{path} is damaged or not a database ({error}). Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="34"/>
        <source>{path} is not a Tirkeu database (not an SQLite file). Choose another file or restore from a backup.</source>
        <translation>{path} is not a Tirkeu database (not an SQLite file). Choose another file or restore from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/db/guard.py" line="74"/>
        <source>{path} was made by a newer version of Tirkeu (schema {found}, this program knows up to {known}). Install the newer Tirkeu; the file was not changed.</source>
        <translation>{path} was made by a newer version of Tirkeu (schema {found}, this program knows up to {known}). Install the newer Tirkeu; the file was not changed.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../ui/common/date_field.py" line="220"/>
        <source>Calendar (Alt+Down)</source>
        <translation>Calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="215"/>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message numerus="yes">
        <location filename="../../ui/events/attendance_tab.py" line="112"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant(s)</numerusform>
            <numerusform>%n participant(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="210"/>
        <source>&amp;Add a person:</source>
        <translation>&amp;Add a person:</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="199"/>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="59"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="102"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="98"/>
        <source>&amp;End date (if not the same day):</source>
        <translation>&amp;End date (if not the same day):</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="107"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="91"/>
        <location filename="../../ui/events/page.py" line="37"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="108"/>
        <location filename="../../ui/events/page.py" line="43"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="114"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="109"/>
        <location filename="../../ui/events/page.py" line="46"/>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="61"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="89"/>
        <location filename="../../ui/events/page.py" line="36"/>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="97"/>
        <source>&amp;Start date:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="88"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="42"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="62"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="68"/>
        <source>&amp;Total:</source>
        <translation>&amp;Total:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="74"/>
        <source>&amp;boys:</source>
        <translation>&amp;boys:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="73"/>
        <source>&amp;girls:</source>
        <translation>&amp;girls:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/attendance_tab.py" line="114"/>
        <source>(%n on the list)</source>
        <translation>
            <numerusform>(%n on the list)</numerusform>
            <numerusform>(%n on the list)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="122"/>
        <source>A mass action is reported as numbers, not names. Leave a box empty (—) when the number is not known; the parts must not exceed the total, and all four parts must add up to it.</source>
        <translation>A mass action is reported as numbers, not names. Leave a box empty (—) when the number is not known; the parts must not exceed the total, and all four parts must add up to it.</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="110"/>
        <source>A&amp;udience:</source>
        <translation>A&amp;udience:</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="144"/>
        <source>Added: {name}</source>
        <translation>Added: {name}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="65"/>
        <source>Announce it in advance.</source>
        <translation>Announce it in advance.</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="303"/>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="56"/>
        <source>At least {count} participants.</source>
        <translation>At least {count} participants.</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="201"/>
        <source>Back to booked</source>
        <translation>Back to booked</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="160"/>
        <source>Booked: {date} {time}</source>
        <translation>Booked: {date} {time}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="63"/>
        <source>By prior registration: book each visit in the appointment list.</source>
        <translation>By prior registration: book each visit in the appointment list.</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="203"/>
        <source>Cancel the booking</source>
        <translation>Cancel the booking</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="408"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="222"/>
        <source>Competitive selection: people are added as applicants; check those selected and press “Select checked”.</source>
        <translation>Competitive selection: people are added as applicants; check those selected and press “Select checked”.</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="211"/>
        <source>Consultations are held by prior registration: one visitor per time slot. Enter in the time or topic box books the visit.</source>
        <translation>Consultations are held by prior registration: one visitor per time slot. Enter in the time or topic box books the visit.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="147"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="306"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="45"/>
        <source>Distr&amp;ict:</source>
        <translation>Distr&amp;ict:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="79"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="111"/>
        <source>Double-click or F2 to change the role</source>
        <translation>Double-click or F2 to change the role</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="71"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="405"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="64"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="41"/>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <location filename="../../app/events/headcount.py" line="51"/>
        <source>Girls and boys together ({sum}) are more than the total ({total}).</source>
        <translation>Girls and boys together ({sum}) are more than the total ({total}).</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="198"/>
        <location filename="../../ui/events/dialog.py" line="423"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="307"/>
        <source>Head-count</source>
        <translation>Head-count</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="84"/>
        <source>IIN</source>
        <translation>IIN</translation>
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
        <location filename="../../app/events/listing.py" line="74"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="77"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="200"/>
        <source>Mark held</source>
        <translation>Mark held</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="200"/>
        <source>Mark missed</source>
        <translation>Mark missed</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="84"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="405"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="292"/>
        <source>Not met: {issues}</source>
        <translation>Not met: {issues}</translation>
    </message>
    <message>
        <location filename="../../app/events/attendance.py" line="144"/>
        <source>Only applicants can be selected; not applicants: {names}.</source>
        <translation>Only applicants can be selected; not applicants: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="80"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="112"/>
        <source>Pa&amp;rtners:</source>
        <translation>Pa&amp;rtners:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="81"/>
        <location filename="../../ui/events/dialog.py" line="300"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="60"/>
        <source>Participants are selected competitively: record the applicants, then mark who was selected.</source>
        <translation>Participants are selected competitively: record the applicants, then mark who was selected.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="147"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="106"/>
        <source>Pl&amp;ace:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="75"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="409"/>
        <source>Print &amp;certificates…</source>
        <translation>Print &amp;certificates…</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="72"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="117"/>
        <source>Pupils + teachers + parents + others = {sum}</source>
        <translation>Pupils + teachers + parents + others = {sum}</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="44"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="78"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="213"/>
        <source>Remove (Delete)</source>
        <translation>Remove (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="170"/>
        <source>Removed from the list: {names}</source>
        <translation>Removed from the list: {names}</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="74"/>
        <source>Reported as a head-count: enter the numbers, not a list of names.</source>
        <translation>Reported as a head-count: enter the numbers, not a list of names.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="85"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="215"/>
        <source>Save the event first (Ctrl+S): the form stays open and the participants are added here.</source>
        <translation>Save the event first (Ctrl+S): the form stays open and the participants are added here.</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="207"/>
        <source>Save the event first (Ctrl+S): the form stays open and the visits are booked here.</source>
        <translation>Save the event first (Ctrl+S): the form stays open and the visits are booked here.</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="343"/>
        <source>Saved. Now add the people: each one is saved as soon as they are added. Close the form when done.</source>
        <translation>Saved. Now add the people: each one is saved as soon as they are added. Close the form when done.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="84"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="79"/>
        <source>Search (Ctrl+F): any part of the title or place</source>
        <translation>Search (Ctrl+F): any part of the title or place</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="212"/>
        <source>Select checked</source>
        <translation>Select checked</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="188"/>
        <source>Selected: {selected}; not selected: {rest}.</source>
        <translation>Selected: {selected}; not selected: {rest}.</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="70"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="100"/>
        <source>Start t&amp;ime:</source>
        <translation>Start t&amp;ime:</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="85"/>
        <location filename="../../ui/events/tables.py" line="148"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="60"/>
        <source>T&amp;ime:</source>
        <translation>T&amp;ime:</translation>
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
        <location filename="../../app/events/appointments.py" line="71"/>
        <source>The date {date} is outside the event&apos;s dates ({start} – {end}).</source>
        <translation>The date {date} is outside the event&apos;s dates ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="91"/>
        <source>The duration is not given. {rule}</source>
        <translation>The duration is not given. {rule}</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="293"/>
        <source>The event is saved anyway; the office sees these notes.</source>
        <translation>The event is saved anyway; the office sees these notes.</translation>
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
        <location filename="../../app/certificates/generate.py" line="54"/>
        <location filename="../../app/certificates/register.py" line="83"/>
        <location filename="../../app/contests/core.py" line="108"/>
        <location filename="../../app/events/appointments.py" line="101"/>
        <location filename="../../app/events/attendance.py" line="60"/>
        <location filename="../../app/tournaments/setup.py" line="160"/>
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
        <location filename="../../app/events/appointments.py" line="78"/>
        <location filename="../../app/events/attendance.py" line="67"/>
        <source>The person was not found (they may have been deleted).</source>
        <translation>The person was not found (they may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="93"/>
        <source>The slot {slot} on {date} is already taken; choose another time.</source>
        <translation>The slot {slot} on {date} is already taken; choose another time.</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="147"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/events/listing.py" line="69"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/events/tables.py" line="148"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/events/appointments_tab.py" line="205"/>
        <source>Type a name or IIN, Enter to choose</source>
        <translation>Type a name or IIN, Enter to choose</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="219"/>
        <source>Type part of a name or IIN and press Enter: the person is added at once. No match: Enter creates a new person. Delete removes the selected person.</source>
        <translation>Type part of a name or IIN and press Enter: the person is added at once. No match: Enter creates a new person. Delete removes the selected person.</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="67"/>
        <source>applicant</source>
        <translation>applicant</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="66"/>
        <source>attended</source>
        <translation>attended</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="71"/>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="72"/>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="79"/>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="424"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="73"/>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="69"/>
        <source>not selected</source>
        <translation>not selected</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="69"/>
        <source>of them &amp;pupils:</source>
        <translation>of them &amp;pupils:</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="79"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="72"/>
        <source>ot&amp;hers:</source>
        <translation>ot&amp;hers:</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="71"/>
        <source>pa&amp;rents:</source>
        <translation>pa&amp;rents:</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="70"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="80"/>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <location filename="../../ui/events/choices.py" line="68"/>
        <source>selected</source>
        <translation>selected</translation>
    </message>
    <message>
        <location filename="../../ui/events/headcount_tab.py" line="70"/>
        <source>t&amp;eachers:</source>
        <translation>t&amp;eachers:</translation>
    </message>
    <message>
        <location filename="../../app/events/rules.py" line="117"/>
        <source>{count} participants; at least {least} are needed.</source>
        <translation>{count} participants; at least {least} are needed.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance_tab.py" line="132"/>
        <source>{name} is already on the list.</source>
        <translation>{name} is already on the list.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange/actions.py" line="75"/>
        <source>An office&apos;s database on a PostgreSQL server, shared by several staff</source>
        <translation>An office&apos;s database on a PostgreSQL server, shared by several staff</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="122"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="72"/>
        <source>Back up the database to…</source>
        <translation>Back up the database to…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="129"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="130"/>
        <source>Backup written to {path}.</source>
        <translation>Backup written to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="102"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="101"/>
        <source>Export {what}</source>
        <translation>Export {what}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="71"/>
        <source>Export {what} to a file…</source>
        <translation>Export {what} to a file…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="108"/>
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
        <location filename="../../ui/exchange/actions.py" line="69"/>
        <source>Import {what} from a file…</source>
        <translation>Import {what} from a file…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="vanished">Importing {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="74"/>
        <source>Open a server database…</source>
        <translation>Open a server database…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="73"/>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation type="vanished">Tables (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="138"/>
        <source>This database is on a server: its administrator restores it from the server&apos;s backups (pg_restore). A copy made with &quot;Back up the database to…&quot; opens as a file with --db.</source>
        <translation>This database is on a server: its administrator restores it from the server&apos;s backups (pg_restore). A copy made with &quot;Back up the database to…&quot; opens as a file with --db.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="123"/>
        <source>Tirkeu database (*.sqlite3)</source>
        <translation>Tirkeu database (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="110"/>
        <source>Wrote {count} rows to {path}.</source>
        <translation>Wrote {count} rows to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="29"/>
        <source>aid recipients</source>
        <translation>aid recipients</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="30"/>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="28"/>
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
        <location filename="../../ui/common/formatting.py" line="41"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="40"/>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="40"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="157"/>
        <location filename="../../ui/common/formatting.py" line="35"/>
        <location filename="../../ui/people/dialog.py" line="125"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="157"/>
        <location filename="../../ui/common/formatting.py" line="35"/>
        <location filename="../../ui/people/dialog.py" line="125"/>
        <source>male</source>
        <translation>male</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="55"/>
        <location filename="../../ui/common/form_dialog.py" line="157"/>
        <location filename="../../ui/tournaments/break_tab.py" line="85"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="246"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="247"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="245"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/texts_dialog.py" line="54"/>
        <location filename="../../ui/common/form_dialog.py" line="156"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="244"/>
        <source>Save the changes?</source>
        <translation>Save the changes?</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help/dialog.py" line="28"/>
        <source>Help: {area}</source>
        <translation>Help: {area}</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../ui/home/page.py" line="61"/>
        <source>&amp;New event</source>
        <translation>&amp;New event</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="64"/>
        <source>&amp;Write to the USB stick</source>
        <translation>&amp;Write to the USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="62"/>
        <source>Add &amp;participants</source>
        <translation>Add &amp;participants</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="40"/>
        <source>Adjudicators</source>
        <translation>Adjudicators</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="41"/>
        <source>Adjudicators&apos; seats</source>
        <translation>Adjudicators&apos; seats</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="36"/>
        <source>Aid given</source>
        <translation>Aid given</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="35"/>
        <source>Attendance records</source>
        <translation>Attendance records</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="43"/>
        <source>Awards and nominations</source>
        <translation>Awards and nominations</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="42"/>
        <source>Ballots</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="38"/>
        <source>Certificates issued</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="36"/>
        <source>Children in the aid data bank</source>
        <translation>Children in the aid data bank</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="35"/>
        <source>Consultation appointments</source>
        <translation>Consultation appointments</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="44"/>
        <source>Contest works</source>
        <translation>Contest works</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="43"/>
        <source>Contests</source>
        <translation>Contests</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="158"/>
        <source>Coordinator:</source>
        <translation>Coordinator:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="161"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="37"/>
        <source>Debate teams</source>
        <translation>Debate teams</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="40"/>
        <source>Debate tournaments</source>
        <translation>Debate tournaments</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="41"/>
        <source>Debates drawn</source>
        <translation>Debates drawn</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="157"/>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="34"/>
        <source>Event partners</source>
        <translation>Event partners</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="34"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="51"/>
        <source>National level</source>
        <translation>National level</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="70"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="85"/>
        <source>No bundle has been written yet: {count} records are waiting to go to the office on a USB stick.</source>
        <translation>No bundle has been written yet: {count} records are waiting to go to the office on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="217"/>
        <source>Nothing is due. Well done.</source>
        <translation>Nothing is due. Well done.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="71"/>
        <source>Open the event</source>
        <translation>Open the event</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="33"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="33"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="63"/>
        <source>Print &amp;certificates</source>
        <translation>Print &amp;certificates</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="161"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="160"/>
        <source>Records in this database ▸</source>
        <translation>Records in this database ▸</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="159"/>
        <source>Records in this database ▾</source>
        <translation>Records in this database ▾</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="50"/>
        <source>Region office</source>
        <translation>Region office</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="44"/>
        <source>Region targets</source>
        <translation>Region targets</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="156"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="153"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="155"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="50"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="39"/>
        <source>Social passport totals</source>
        <translation>Social passport totals</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="37"/>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="42"/>
        <source>Teams in the break</source>
        <translation>Teams in the break</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="90"/>
        <source>The last bundle was written {days} days ago; {count} records have changed since.</source>
        <translation>The last bundle was written {days} days ago; {count} records have changed since.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="154"/>
        <source>This installation</source>
        <translation>This installation</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="150"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="69"/>
        <source>Write the bundle</source>
        <translation>Write the bundle</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="93"/>
        <source>{count} records have changed since the last bundle.</source>
        <translation>{count} records have changed since the last bundle.</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="133"/>
        <source>{title}: {count} this month (target: {target}).</source>
        <translation>{title}: {count} this month (target: {target}).</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="130"/>
        <source>{title}: {count} this week (target: {target}).</source>
        <translation>{title}: {count} this week (target: {target}).</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="172"/>
        <source>«{title}» ({date}): no participants recorded yet.</source>
        <translation>«{title}» ({date}): no participants recorded yet.</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="178"/>
        <source>«{title}» ({date}): {issue}</source>
        <translation>«{title}» ({date}): {issue}</translation>
    </message>
    <message>
        <location filename="../../app/home/reminders.py" line="183"/>
        <source>…and {count} more events of the last month need a look (Events area).</source>
        <translation>…and {count} more events of the last month need a look (Events area).</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="48"/>
        <source>Aid recipients</source>
        <translation>Aid recipients</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="86"/>
        <source>Already registered, written differently, not added again: {rows}.</source>
        <translation>Already registered, written differently, not added again: {rows}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="130"/>
        <source>An empty list with the right column titles, to fill in and import.</source>
        <translation>An empty list with the right column titles, to fill in and import.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="144"/>
        <source>Check (nothing is saved)</source>
        <translation>Check (nothing is saved)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="144"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="249"/>
        <source>Checking {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="160"/>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="128"/>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="138"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="199"/>
        <source>Column titles found in row {row}; the rows above them are not imported.</source>
        <translation>Column titles found in row {row}; the rows above them are not imported.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="129"/>
        <location filename="../../ui/exchange/import_dialog.py" line="309"/>
        <source>Download a template</source>
        <translation>Download a template</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="78"/>
        <source>Dry run: nothing was saved.</source>
        <translation>Dry run: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="49"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="310"/>
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="202"/>
        <source>Ignored columns: {names}.</source>
        <translation>Ignored columns: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="136"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="127"/>
        <source>Import from Excel or CSV</source>
        <translation>Import from Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="249"/>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="140"/>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="137"/>
        <source>Open the rejected rows</source>
        <translation>Open the rejected rows</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="48"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="280"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="80"/>
        <source>Rejected rows with reasons: {path}</source>
        <translation>Rejected rows with reasons: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="132"/>
        <source>Rejected rows. Correct them here (double-click a cell) and press «Check again»; the corrected rows are then imported. The file itself is not changed.</source>
        <translation>Rejected rows. Correct them here (double-click a cell) and press «Check again»; the corrected rows are then imported. The file itself is not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="280"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation type="vanished">Tables (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="161"/>
        <source>Tables (*.xlsx *.xls *.ods *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tables (*.xlsx *.xls *.ods *.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="320"/>
        <source>Template saved: {path}. Fill it in and import it here.</source>
        <translation>Template saved: {path}. Fill it in and import it here.</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="268"/>
        <source>Unknown import type {kind}: use one of {kinds}.</source>
        <translation>Unknown import type {kind}: use one of {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="327"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="207"/>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="83"/>
        <source>row {row}: {name} is {registered}</source>
        <translation>row {row}: {name} is {registered}</translation>
    </message>
    <message>
        <location filename="../../app/importing/run.py" line="73"/>
        <source>{file}: created {created}, updated {updated}, unchanged {unchanged}, rejected {rejected}.</source>
        <translation>{file}: created {created}, updated {updated}, unchanged {unchanged}, rejected {rejected}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="196"/>
        <source>{rows} rows. The first {shown} are shown with the field each column fills.</source>
        <translation>{rows} rows. The first {shown} are shown with the field each column fills.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="307"/>
        <source>{what} - template</source>
        <translation>{what} - template</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../ui/common/list_page.py" line="190"/>
        <location filename="../../ui/common/list_page.py" line="271"/>
        <location filename="../../ui/organisations/page.py" line="63"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="272"/>
        <source>Delete {count} selected record(s)? They can be brought back from “Recently deleted”.</source>
        <translation>Delete {count} selected record(s)? They can be brought back from “Recently deleted”.</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="229"/>
        <source>Deleted records: {count}</source>
        <translation>Deleted records: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="283"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="282"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="188"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="187"/>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="189"/>
        <source>Recently deleted</source>
        <translation>Recently deleted</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="190"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="186"/>
        <source>Search (Ctrl+F): any part of a name or IIN</source>
        <translation>Search (Ctrl+F): any part of a name or IIN</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_page.py" line="230"/>
        <location filename="../../ui/organisations/trainers.py" line="111"/>
        <source>Shown: {count}</source>
        <translation>Shown: {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;About Tirkeu</source>
        <translation>&amp;About Tirkeu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>&amp;Help for this area</source>
        <translation>&amp;Help for this area</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Aid «Мектепке жол»</source>
        <translation>Aid «Мектепке жол»</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Contests</source>
        <translation>Contests</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Tirkeu — {name}</source>
        <translation>Tirkeu — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Tournaments</source>
        <translation>Tournaments</translation>
    </message>
</context>
<context>
    <name>Move</name>
    <message>
        <location filename="../../app/db/copying.py" line="193"/>
        <source>A school&apos;s database stays in its file on the laptop; only a region office or the national centre moves to a server.</source>
        <translation>A school&apos;s database stays in its file on the laptop; only a region office or the national centre moves to a server.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="146"/>
        <source>The copy of {table} does not match the original ({copied} rows copied); nothing was moved.</source>
        <translation>The copy of {table} does not match the original ({copied} rows copied); nothing was moved.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="125"/>
        <source>The target database is already set up as an installation; move into an empty database.</source>
        <translation>The target database is already set up as an installation; move into an empty database.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="122"/>
        <source>The target database lacks the tables {tables}; open it with this version of Tirkeu first.</source>
        <translation>The target database lacks the tables {tables}; open it with this version of Tirkeu first.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="191"/>
        <source>This database is not set up yet: there is nothing to move.</source>
        <translation>This database is not set up yet: there is nothing to move.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="188"/>
        <source>This database is on a server already.</source>
        <translation>This database is on a server already.</translation>
    </message>
    <message>
        <location filename="../../app/db/copying.py" line="185"/>
        <source>move-to takes a server address (postgresql://user@host/database), not {target}.</source>
        <translation>move-to takes a server address (postgresql://user@host/database), not {target}.</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="42"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="40"/>
        <source>&amp;City or village:</source>
        <translation>&amp;City or village:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="39"/>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="34"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="49"/>
        <source>&amp;Members (clubs):</source>
        <translation>&amp;Members (clubs):</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="43"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="37"/>
        <location filename="../../ui/organisations/trainers.py" line="74"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="44"/>
        <source>&amp;What it does:</source>
        <translation>&amp;What it does:</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="30"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="37"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="38"/>
        <location filename="../../ui/organisations/trainers.py" line="85"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="87"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="28"/>
        <source>City or village</source>
        <translation>City or village</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="21"/>
        <source>Consultants</source>
        <translation>Consultants</translation>
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
        <location filename="../../ui/organisations/dialog.py" line="48"/>
        <source>How &amp;often:</source>
        <translation>How &amp;often:</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="31"/>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="87"/>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="22"/>
        <location filename="../../ui/organisations/page.py" line="39"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="21"/>
        <location filename="../../ui/organisations/trainers.py" line="87"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="62"/>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="50"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="61"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="32"/>
        <location filename="../../ui/organisations/page.py" line="117"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="75"/>
        <source>People marked “trainer” or “consultant” in their form (People area). At least 2 consultants per region.</source>
        <translation>People marked “trainer” or “consultant” in their form (People area). At least 2 consultants per region.</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="33"/>
        <location filename="../../ui/organisations/trainers.py" line="88"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/organisations/listing.py" line="24"/>
        <location filename="../../ui/organisations/page.py" line="40"/>
        <location filename="../../ui/organisations/trainers.py" line="89"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="88"/>
        <source>School or organisation</source>
        <translation>School or organisation</translation>
    </message>
    <message>
        <location filename="../../app/organisations/forms.py" line="91"/>
        <source>This is the school or office of this installation; it cannot be deleted.</source>
        <translation>This is the school or office of this installation; it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/trainers.py" line="20"/>
        <source>Trainers</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/page.py" line="118"/>
        <location filename="../../ui/organisations/trainers.py" line="73"/>
        <source>Trainers and consultants</source>
        <translation>Trainers and consultants</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="64"/>
        <source>for a debate club: how many pupils are members</source>
        <translation>for a debate club: how many pupils are members</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="66"/>
        <source>for example: trainings on fake news and online fraud</source>
        <translation>for example: trainings on fake news and online fraud</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="63"/>
        <source>for example: «Медиа Сауат» ҚБ</source>
        <translation>for example: «Медиа Сауат» ҚБ</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="16"/>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="18"/>
        <source>on request</source>
        <translation>on request</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="17"/>
        <source>once a quarter</source>
        <translation>once a quarter</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="17"/>
        <source>once a year</source>
        <translation>once a year</translation>
    </message>
    <message>
        <location filename="../../ui/organisations/dialog.py" line="16"/>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../../app/organisations/forms.py" line="62"/>
        <source>“{name}” is already in the list of organisations.</source>
        <translation>“{name}” is already in the list of organisations.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../app/aid/listing.py" line="50"/>
        <location filename="../../app/people/listing.py" line="21"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="24"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="53"/>
        <location filename="../../app/people/listing.py" line="27"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="51"/>
        <location filename="../../app/people/listing.py" line="23"/>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="49"/>
        <location filename="../../app/people/listing.py" line="19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="20"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="26"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="28"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="52"/>
        <location filename="../../app/people/listing.py" line="26"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../app/people/listing.py" line="22"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/aid/listing.py" line="48"/>
        <location filename="../../app/people/listing.py" line="18"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <location filename="../../ui/aid/dialog.py" line="84"/>
        <location filename="../../ui/people/dialog.py" line="48"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="50"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="87"/>
        <location filename="../../ui/people/dialog.py" line="54"/>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="83"/>
        <location filename="../../ui/people/dialog.py" line="47"/>
        <source>&amp;IIN:</source>
        <translation>&amp;IIN:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="81"/>
        <location filename="../../ui/people/dialog.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="82"/>
        <location filename="../../ui/people/dialog.py" line="46"/>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="80"/>
        <location filename="../../ui/people/dialog.py" line="44"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="33"/>
        <source>A person with this IIN is already registered: {who}.</source>
        <translation>A person with this IIN is already registered: {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="35"/>
        <source>A person with this name and birth date is already registered: {who}.</source>
        <translation>A person with this name and birth date is already registered: {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="118"/>
        <source>Aid</source>
        <translation>Aid</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="38"/>
        <source>Also: {others}.</source>
        <translation>Also: {others}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="54"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="117"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="58"/>
        <source>Consent given &amp;by:</source>
        <translation>Consent given &amp;by:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="56"/>
        <source>Consent to data processing, &amp;date:</source>
        <translation>Consent to data processing, &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="141"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="142"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="139"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="117"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="140"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="23"/>
        <source>IIN {iin}</source>
        <translation>IIN {iin}</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="70"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="122"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="50"/>
        <source>Open the existing one</source>
        <translation>Open the existing one</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="137"/>
        <source>Open the existing person instead</source>
        <translation>Open the existing person instead</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="55"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="122"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/people/duplicate_question.py" line="53"/>
        <source>Save as a new person anyway</source>
        <translation>Save as a new person anyway</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="86"/>
        <location filename="../../ui/people/dialog.py" line="52"/>
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <location filename="../../ui/aid/dialog.py" line="85"/>
        <location filename="../../ui/people/dialog.py" line="49"/>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="187"/>
        <source>This person may already be registered: {who}, born {date}, IIN {iin}.</source>
        <translation>This person may already be registered: {who}, born {date}, IIN {iin}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="142"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="69"/>
        <source>Trained as:</source>
        <translation>Trained as:</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="141"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="131"/>
        <source>a parent or guardian (minor)</source>
        <translation>a parent or guardian (minor)</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="135"/>
        <source>consultant</source>
        <translation>consultant</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="130"/>
        <source>the person</source>
        <translation>the person</translation>
    </message>
    <message>
        <location filename="../../ui/people/dialog.py" line="134"/>
        <source>trainer</source>
        <translation>trainer</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../../ui/common/person_picker.py" line="60"/>
        <source>Type a name or IIN, Enter to add (a new person if not found)</source>
        <translation>Type a name or IIN, Enter to add (a new person if not found)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/certificates/printing.py" line="143"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>Cannot write {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/printing.py" line="121"/>
        <location filename="../../ui/certificates/printing.py" line="182"/>
        <source>The file {path} cannot be read as a PDF, so it cannot be printed.</source>
        <translation>The file {path} cannot be read as a PDF, so it cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/printing.py" line="197"/>
        <source>The printer {printer} cannot be used now.</source>
        <translation>The printer {printer} cannot be used now.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/printing.py" line="151"/>
        <location filename="../../ui/certificates/printing.py" line="155"/>
        <source>The printing service did not take the job: {reason}</source>
        <translation>The printing service did not take the job: {reason}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <location filename="../../ui/reports/indicators_view.py" line="229"/>
        <location filename="../../ui/reports/indicators_view.py" line="248"/>
        <source>%n breaking a rule</source>
        <translation>
            <numerusform>%n breaking a rule</numerusform>
            <numerusform>%n breaking a rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/page.py" line="326"/>
        <source>%n files (one for each table).</source>
        <translation>
            <numerusform>%n files (one for each table).</numerusform>
            <numerusform>%n files (one for each table).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="127"/>
        <source>&amp;Open the event</source>
        <translation>&amp;Open the event</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="344"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="348"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="346"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/tables.py" line="110"/>
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="349"/>
        <source>&amp;Targets…</source>
        <translation>&amp;Targets…</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="90"/>
        <source>A child in two categories is in both rows and once in the total.</source>
        <translation>A child in two categories is in both rows and once in the total.</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="190"/>
        <source>A person who came to several kinds of events is counted once in the total.</source>
        <translation>A person who came to several kinds of events is counted once in the total.</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="160"/>
        <source>A target cannot be negative.</source>
        <translation>A target cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="92"/>
        <source>A target of the whole country: a region cannot change it.</source>
        <translation>A target of the whole country: a region cannot change it.</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="111"/>
        <source>About this report</source>
        <translation>About this report</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="91"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="188"/>
        <source>Against the target (100 % = the target)</source>
        <translation>Against the target (100 % = the target)</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="49"/>
        <location filename="../../app/reports/youth.py" line="151"/>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="102"/>
        <source>Aid delivered by item</source>
        <translation>Aid delivered by item</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="114"/>
        <source>Aid delivered by sponsor</source>
        <translation>Aid delivered by sponsor</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="223"/>
        <source>Aid delivered, tenge</source>
        <translation>Aid delivered, tenge</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="32"/>
        <source>Aid records</source>
        <translation>Aid records</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="139"/>
        <source>Aid records by status</source>
        <translation>Aid records by status</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="111"/>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="36"/>
        <source>All nominations</source>
        <translation>All nominations</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="150"/>
        <source>An office sets the targets of its own region only.</source>
        <translation>An office sets the targets of its own region only.</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="213"/>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="125"/>
        <location filename="../../app/reports/common.py" line="74"/>
        <source>Attendances</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="81"/>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="80"/>
        <location filename="../../app/reports/youth.py" line="83"/>
        <source>Awards given</source>
        <translation>Awards given</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="131"/>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="127"/>
        <source>Breakdowns</source>
        <translation>Breakdowns</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="104"/>
        <source>Breaking a rule</source>
        <translation>Breaking a rule</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="48"/>
        <source>By age group (age on the period&apos;s last day)</source>
        <translation>By age group (age on the period&apos;s last day)</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="53"/>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="45"/>
        <source>By sex</source>
        <translation>By sex</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="78"/>
        <source>By the event&apos;s language</source>
        <translation>By the event&apos;s language</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="85"/>
        <source>By the event&apos;s region</source>
        <translation>By the event&apos;s region</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="59"/>
        <source>By the participant&apos;s district</source>
        <translation>By the participant&apos;s district</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="67"/>
        <source>By the participant&apos;s school</source>
        <translation>By the participant&apos;s school</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="53"/>
        <location filename="../../app/reports/road.py" line="206"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="366"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="155"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="29"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="128"/>
        <source>Children and aid by school</source>
        <translation>Children and aid by school</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="87"/>
        <source>Children by family category</source>
        <translation>Children by family category</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="224"/>
        <source>Children given the same aid twice</source>
        <translation>Children given the same aid twice</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="30"/>
        <source>Children helped</source>
        <translation>Children helped</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="221"/>
        <source>Children identified but not yet helped</source>
        <translation>Children identified but not yet helped</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="219"/>
        <source>Children in the data bank</source>
        <translation>Children in the data bank</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="362"/>
        <source>Choose a period or type one: a month (2026-09), a quarter (2026-Q3), a year (2026) or two dates (2026-09-01..2026-10-15).</source>
        <translation>Choose a period or type one: a month (2026-09), a quarter (2026-Q3), a year (2026) or two dates (2026-09-01..2026-10-15).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="293"/>
        <source>Choose an indicator to see the events that break a rule.</source>
        <translation>Choose an indicator to see the events that break a rule.</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="178"/>
        <source>Clubs</source>
        <translation>Clubs</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="104"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="226"/>
        <location filename="../../ui/reports/page.py" line="228"/>
        <source>Computing the indicators…</source>
        <translation>Computing the indicators…</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="212"/>
        <source>Consultation appointments</source>
        <translation>Consultation appointments</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="31"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="150"/>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="157"/>
        <source>Contest participants (unique)</source>
        <translation>Contest participants (unique)</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="158"/>
        <source>Contest winners (unique)</source>
        <translation>Contest winners (unique)</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="156"/>
        <source>Contest works</source>
        <translation>Contest works</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="155"/>
        <source>Contests</source>
        <translation>Contests</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="149"/>
        <source>Contests by nomination and age group</source>
        <translation>Contests by nomination and age group</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="199"/>
        <location filename="../../ui/reports/indicators_view.py" line="123"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="202"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="189"/>
        <source>Debate and contests</source>
        <translation>Debate and contests</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="180"/>
        <source>Debate club members</source>
        <translation>Debate club members</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="176"/>
        <location filename="../../app/reports/youth.py" line="179"/>
        <source>Debate clubs</source>
        <translation>Debate clubs</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="65"/>
        <source>Debate teams</source>
        <translation>Debate teams</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="61"/>
        <source>Debate teams and debaters by stage and league</source>
        <translation>Debate teams and debaters by stage and league</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="64"/>
        <source>Debate tournaments</source>
        <translation>Debate tournaments</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="63"/>
        <location filename="../../app/reports/youth.py" line="66"/>
        <source>Debaters (unique)</source>
        <translation>Debaters (unique)</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="60"/>
        <location filename="../../app/reports/youth.py" line="177"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="56"/>
        <location filename="../../ui/reports/page.py" line="59"/>
        <source>District: {name}</source>
        <translation>District: {name}</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="208"/>
        <source>Each school&apos;s typed total is used where it has one, else its count from the records (children in the data bank by the period&apos;s end).</source>
        <translation>Each school&apos;s typed total is used where it has one, else its count from the records (children in the data bank by the period&apos;s end).</translation>
    </message>
    <message>
        <source>Each school&apos;s typed total is used where it has one, else its count from the records.</source>
        <translation type="vanished">Each school&apos;s typed total is used where it has one, else its count from the records.</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="71"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="34"/>
        <source>English league</source>
        <translation>English league</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="199"/>
        <location filename="../../ui/reports/indicators_view.py" line="123"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="187"/>
        <location filename="../../app/reports/legal.py" line="200"/>
        <location filename="../../app/reports/media.py" line="50"/>
        <location filename="../../app/reports/media.py" line="106"/>
        <source>Event kind</source>
        <translation>Event kind</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="75"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="123"/>
        <source>Events held (all programmes)</source>
        <translation>Events held (all programmes)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="121"/>
        <source>Events held, including those that break a rule</source>
        <translation>Events held, including those that break a rule</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="92"/>
        <source>Events in the period</source>
        <translation>Events in the period</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="112"/>
        <source>Events per month by programme</source>
        <translation>Events per month by programme</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="198"/>
        <source>Events that break a rule</source>
        <translation>Events that break a rule</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/indicators_view.py" line="289"/>
        <source>Events that break a rule: %n</source>
        <translation>
            <numerusform>Events that break a rule: %n</numerusform>
            <numerusform>Events that break a rule: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="88"/>
        <source>Family category</source>
        <translation>Family category</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="24"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="207"/>
        <source>From the records</source>
        <translation>From the records</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="131"/>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="82"/>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="126"/>
        <source>Head-count of events without names</source>
        <translation>Head-count of events without names</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="189"/>
        <location filename="../../app/reports/media.py" line="23"/>
        <source>Head-count without names</source>
        <translation>Head-count without names</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="132"/>
        <source>Head-counts as entered; an action without one counts its named participants.</source>
        <translation>Head-counts as entered; an action without one counts its named participants.</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="37"/>
        <location filename="../../app/reports/indicators.py" line="103"/>
        <location filename="../../ui/reports/indicators_view.py" line="119"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="91"/>
        <source>How often (as entered)</source>
        <translation>How often (as entered)</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="206"/>
        <source>In the passports</source>
        <translation>In the passports</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="36"/>
        <location filename="../../app/reports/indicators.py" line="100"/>
        <location filename="../../ui/reports/indicators_view.py" line="119"/>
        <location filename="../../ui/reports/targets_dialog.py" line="65"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="99"/>
        <location filename="../../ui/reports/page.py" line="366"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="103"/>
        <location filename="../../app/reports/road.py" line="156"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="70"/>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="33"/>
        <source>Kazakh league</source>
        <translation>Kazakh league</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="52"/>
        <source>Kazakhstan (all regions)</source>
        <translation>Kazakhstan (all regions)</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="90"/>
        <location filename="../../app/reports/media.py" line="127"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="78"/>
        <location filename="../../app/reports/media.py" line="66"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="62"/>
        <location filename="../../app/reports/youth.py" line="81"/>
        <source>League</source>
        <translation>League</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="29"/>
        <source>Lectures and meetings that meet the rules</source>
        <translation>Lectures and meetings that meet the rules</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="226"/>
        <source>Legal Culture</source>
        <translation>Legal Culture</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="186"/>
        <source>Legal Culture by event kind</source>
        <translation>Legal Culture by event kind</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="128"/>
        <source>Legal Culture events per month (that meet the rules)</source>
        <translation>Legal Culture events per month (that meet the rules)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="65"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="92"/>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="92"/>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="186"/>
        <source>Made on {date}. ✓ met, ✗ not met, – not judged (no target here, a partial or unfinished month or week, or a target of a wider level).</source>
        <translation>Made on {date}. ✓ met, ✗ not met, – not judged (no target here, a partial or unfinished month or week, or a target of a wider level).</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="24"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="133"/>
        <location filename="../../app/reports/media.py" line="135"/>
        <source>Mass actions</source>
        <translation>Mass actions</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="126"/>
        <source>Mass actions by kind</source>
        <translation>Mass actions by kind</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="30"/>
        <source>Master classes that meet the rules</source>
        <translation>Master classes that meet the rules</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="114"/>
        <source>Media literacy and trainings</source>
        <translation>Media literacy and trainings</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="49"/>
        <source>Media literacy by event kind</source>
        <translation>Media literacy by event kind</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="65"/>
        <source>Media literacy by language</source>
        <translation>Media literacy by language</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="52"/>
        <source>Media literacy events</source>
        <translation>Media literacy events</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="54"/>
        <source>Media literacy head-count without names</source>
        <translation>Media literacy head-count without names</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="188"/>
        <source>Meet the rules</source>
        <translation>Meet the rules</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="178"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="37"/>
        <location filename="../../app/reports/indicators.py" line="103"/>
        <location filename="../../ui/reports/indicators_view.py" line="120"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="201"/>
        <location filename="../../ui/reports/indicators_view.py" line="124"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="108"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="36"/>
        <location filename="../../app/reports/indicators.py" line="101"/>
        <source>Month or week</source>
        <translation>Month or week</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="66"/>
        <source>National target</source>
        <translation>National target</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="107"/>
        <source>No district is called “{name}” in the reference data or in the records. Check the spelling.</source>
        <translation>No district is called “{name}” in the reference data or in the records. Check the spelling.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="291"/>
        <source>No event of this line breaks a rule.</source>
        <translation>No event of this line breaks a rule.</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="98"/>
        <source>No indicator “{code}”; the indicators with targets are: {codes}.</source>
        <translation>No indicator “{code}”; the indicators with targets are: {codes}.</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="130"/>
        <source>No school “{text}” in this database (give its uid).</source>
        <translation>No school “{text}” in this database (give its uid).</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="150"/>
        <source>Nomination</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="173"/>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="328"/>
        <source>Open it now?</source>
        <translation>Open it now?</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="90"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="89"/>
        <source>Organisations running media literacy events</source>
        <translation>Organisations running media literacy events</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="130"/>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="130"/>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="201"/>
        <location filename="../../app/reports/media.py" line="93"/>
        <location filename="../../app/reports/youth.py" line="152"/>
        <location filename="../../ui/reports/indicators_view.py" line="124"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="153"/>
        <source>Participants and winners are unique people; someone with works in two nominations is counted once in the contest&apos;s total.</source>
        <translation>Participants and winners are unique people; someone with works in two nominations is counted once in the contest&apos;s total.</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="128"/>
        <source>People (head-count)</source>
        <translation>People (head-count)</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="73"/>
        <source>People (unique)</source>
        <translation>People (unique)</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="27"/>
        <source>People covered by Legal Culture (unique)</source>
        <translation>People covered by Legal Culture (unique)</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="28"/>
        <source>People covered in the region (unique)</source>
        <translation>People covered in the region (unique)</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="134"/>
        <source>People in mass actions (head-count)</source>
        <translation>People in mass actions (head-count)</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="53"/>
        <source>People reached by media literacy (unique)</source>
        <translation>People reached by media literacy (unique)</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="124"/>
        <source>People who took part (unique)</source>
        <translation>People who took part (unique)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="66"/>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="90"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="148"/>
        <source>Previous month ({period})</source>
        <translation>Previous month ({period})</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="106"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="183"/>
        <source>Programme indicators</source>
        <translation>Programme indicators</translation>
    </message>
    <message>
        <location filename="../../app/reports/model.py" line="142"/>
        <source>Programme indicators: {period}, {scope}</source>
        <translation>Programme indicators: {period}, {scope}</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="129"/>
        <location filename="../../app/reports/road.py" line="203"/>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="104"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="85"/>
        <location filename="../../app/reports/export_pdf.py" line="36"/>
        <location filename="../../app/reports/indicators.py" line="101"/>
        <location filename="../../app/reports/legal.py" line="200"/>
        <location filename="../../app/reports/youth.py" line="177"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="67"/>
        <source>Region&apos;s value</source>
        <translation>Region&apos;s value</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="54"/>
        <source>Region: {name}</source>
        <translation>Region: {name}</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="34"/>
        <source>Regional consultants</source>
        <translation>Regional consultants</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="327"/>
        <source>Report written</source>
        <translation>Report written</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="343"/>
        <source>Reports and indicators</source>
        <translation>Reports and indicators</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="225"/>
        <source>Road to School («Мектепке жол»)</source>
        <translation>Road to School («Мектепке жол»)</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="70"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="33"/>
        <source>Russian league</source>
        <translation>Russian league</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="350"/>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="300"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="352"/>
        <source>Save the report as {format}</source>
        <translation>Save the report as {format}</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="68"/>
        <location filename="../../app/reports/road.py" line="129"/>
        <location filename="../../app/reports/road.py" line="155"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="205"/>
        <source>School social passports summed ({year})</source>
        <translation>School social passports summed ({year})</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="57"/>
        <location filename="../../ui/reports/page.py" line="61"/>
        <source>School: {name}</source>
        <translation>School: {name}</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="91"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="100"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="32"/>
        <source>Seminars that meet the rules</source>
        <translation>Seminars that meet the rules</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="45"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="115"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="62"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="213"/>
        <location filename="../../app/reports/road.py" line="140"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_xlsx.py" line="93"/>
        <location filename="../../ui/reports/page.py" line="367"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="37"/>
        <location filename="../../app/reports/indicators.py" line="102"/>
        <location filename="../../ui/reports/indicators_view.py" line="120"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="169"/>
        <source>Target: {target} lectures a month</source>
        <translation>Target: {target} lectures a month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="49"/>
        <location filename="../../ui/reports/targets_dialog.py" line="137"/>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="147"/>
        <source>Targets are set by the region office; a school receives them with the office&apos;s bundle.</source>
        <translation>Targets are set by the region office; a school receives them with the office&apos;s bundle.</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="129"/>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="63"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="145"/>
        <source>The first {shown} of {total} rows; the XLSX and CSV files hold them all.</source>
        <translation>The first {shown} of {total} rows; the XLSX and CSV files hold them all.</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="152"/>
        <source>The national centre sets the country&apos;s targets (no region); a region&apos;s own values are set by its office.</source>
        <translation>The national centre sets the country&apos;s targets (no region); a region&apos;s own values are set by its office.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="62"/>
        <source>The national targets (read-only here).</source>
        <translation>The national targets (read-only here).</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="117"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="324"/>
        <source>The report was written to {path}.</source>
        <translation>The report was written to {path}.</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="154"/>
        <source>The same aid delivered twice to one child</source>
        <translation>The same aid delivered twice to one child</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="59"/>
        <source>The targets of {region}, as set by the region office (read-only here).</source>
        <translation>The targets of {region}, as set by the region office (read-only here).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="55"/>
        <source>The targets of {region}. Type the region&apos;s own value in the last column; leave it blank to use the national target. Your schools receive the values with the next bundle.</source>
        <translation>The targets of {region}. Type the region&apos;s own value in the last column; leave it blank to use the national target. Your schools receive the values with the next bundle.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="147"/>
        <source>This month ({period})</source>
        <translation>This month ({period})</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="149"/>
        <source>This quarter ({period})</source>
        <translation>This quarter ({period})</translation>
    </message>
    <message>
        <source>This target was set by another installation (the office); only it can change it.</source>
        <translation type="vanished">This target was set by another installation (the office); only it can change it.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="150"/>
        <source>This year ({period})</source>
        <translation>This year ({period})</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="156"/>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="200"/>
        <source>Tirkeu · {period} · page {page}</source>
        <translation>Tirkeu · {period} · page {page}</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="76"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="33"/>
        <source>Trained trainers</source>
        <translation>Trained trainers</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="105"/>
        <source>Trainings, seminars and webinars by programme</source>
        <translation>Trainings, seminars and webinars by programme</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="207"/>
        <source>Typed by schools</source>
        <translation>Typed by schools</translation>
    </message>
    <message>
        <location filename="../../app/reports/media.py" line="108"/>
        <source>Unique people are counted within each row.</source>
        <translation>Unique people are counted within each row.</translation>
    </message>
    <message>
        <location filename="../../app/reports/export_pdf.py" line="37"/>
        <location filename="../../app/reports/indicators.py" line="102"/>
        <location filename="../../ui/reports/indicators_view.py" line="119"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="31"/>
        <source>Value, tenge</source>
        <translation>Value, tenge</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="202"/>
        <location filename="../../ui/reports/indicators_view.py" line="125"/>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="152"/>
        <source>Winners</source>
        <translation>Winners</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="151"/>
        <source>Works</source>
        <translation>Works</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_commands.py" line="55"/>
        <location filename="../../app/reports/export.py" line="36"/>
        <source>Write the report to a .xlsx, .pdf or .csv file, not “{name}”.</source>
        <translation>Write the report to a .xlsx, .pdf or .csv file, not “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="311"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="310"/>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="323"/>
        <source>Written: {files}</source>
        <translation>Written: {files}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="41"/>
        <location filename="../../ui/reports/targets_dialog.py" line="78"/>
        <source>a month</source>
        <translation>a month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="41"/>
        <location filename="../../ui/reports/targets_dialog.py" line="79"/>
        <source>a week</source>
        <translation>a week</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="206"/>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="28"/>
        <source>city stage</source>
        <translation>city stage</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="77"/>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="27"/>
        <source>district stage</source>
        <translation>district stage</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="77"/>
        <source>each region</source>
        <translation>each region</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="206"/>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="30"/>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../app/reports/legal.py" line="207"/>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="81"/>
        <source>no category given</source>
        <translation>no category given</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="34"/>
        <source>no league</source>
        <translation>no league</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="120"/>
        <source>no school given</source>
        <translation>no school given</translation>
    </message>
    <message>
        <location filename="../../app/reports/road.py" line="108"/>
        <source>no sponsor given</source>
        <translation>no sponsor given</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="77"/>
        <location filename="../../app/reports/media.py" line="71"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="205"/>
        <source>not judged</source>
        <translation>not judged</translation>
    </message>
    <message>
        <location filename="../../app/reports/indicators.py" line="31"/>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="35"/>
        <source>other age</source>
        <translation>other age</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="29"/>
        <source>regional stage</source>
        <translation>regional stage</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="30"/>
        <source>republican stage</source>
        <translation>republican stage</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="26"/>
        <source>school stage</source>
        <translation>school stage</translation>
    </message>
    <message>
        <location filename="../../app/reports/youth.py" line="31"/>
        <source>stage not set</source>
        <translation>stage not set</translation>
    </message>
    <message>
        <location filename="../../ui/reports/targets_dialog.py" line="78"/>
        <source>the period</source>
        <translation>the period</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="227"/>
        <source>the target</source>
        <translation>the target</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="66"/>
        <source>{label} ({start} – {end})</source>
        <translation>{label} ({start} – {end})</translation>
    </message>
    <message>
        <location filename="../../app/reports/breakdowns.py" line="31"/>
        <source>{low} and over</source>
        <translation>{low} and over</translation>
    </message>
    <message>
        <location filename="../../ui/reports/indicators_view.py" line="180"/>
        <source>{met} met · {not_met} not met · {none} not judged</source>
        <translation>{met} met · {not_met} not met · {none} not judged</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="379"/>
        <source>{title} — computed in {seconds} s</source>
        <translation>{title} — computed in {seconds} s</translation>
    </message>
    <message>
        <location filename="../../ui/reports/charts.py" line="246"/>
        <source>«Мектепке жол»: children by family category</source>
        <translation>«Мектепке жол»: children by family category</translation>
    </message>
    <message>
        <location filename="../../ui/reports/common.py" line="42"/>
        <source>— not judged: no target at this level, a month or week only partly in the period, or a month not over yet.</source>
        <translation>— not judged: no target at this level, a month or week only partly in the period, or a month not over yet.</translation>
    </message>
    <message>
        <location filename="../../app/reports/periods.py" line="71"/>
        <source>“{text}” is not a period: write a month (2026-09), a quarter (2026-Q3), a year (2026) or two dates (2026-09-01..2026-10-15).</source>
        <translation>“{text}” is not a period: write a month (2026-09), a quarter (2026-Q3), a year (2026) or two dates (2026-09-01..2026-10-15).</translation>
    </message>
    <message>
        <location filename="../../app/reports/scope.py" line="66"/>
        <source>“{text}” is not a scope: write country, region:KZ-61, district:NAME or school:UID.</source>
        <translation>“{text}” is not a scope: write country, region:KZ-61, district:NAME or school:UID.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="52"/>
        <source>Aid recipients</source>
        <translation>Aid recipients</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="157"/>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="99"/>
        <source>Choose another file…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="101"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="50"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="51"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="50"/>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="51"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="207"/>
        <source>Replace the database with the backup of {date}?

What was entered after that day will no longer be shown. The database as it is now is kept as a copy beside it.</source>
        <translation>Replace the database with the backup of {date}?

What was entered after that day will no longer be shown. The database as it is now is kept as a copy beside it.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="80"/>
        <location filename="../../ui/exchange/restore_dialog.py" line="254"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="100"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="258"/>
        <source>The database as it was before is kept at {safety}.</source>
        <translation>The database as it was before is kept at {safety}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="223"/>
        <source>The database was restored from {file}. The database as it was before is kept at {safety}.</source>
        <translation>The database was restored from {file}. The database as it was before is kept at {safety}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="178"/>
        <source>There are no automatic backups yet. Use “Choose another file…” to restore a copy from elsewhere.</source>
        <translation>There are no automatic backups yet. Use “Choose another file…” to restore a copy from elsewhere.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="211"/>
        <source>This backup belongs to another installation ({name}).</source>
        <translation>This backup belongs to another installation ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="203"/>
        <source>This backup was made by a newer version of Tirkeu. Install the newer Tirkeu to restore it.</source>
        <translation>This backup was made by a newer version of Tirkeu. Install the newer Tirkeu to restore it.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="85"/>
        <source>Tirkeu copies the database on the first start of each day. Choose the copy to go back to; the database as it is now is kept as a copy beside it.</source>
        <translation>Tirkeu copies the database on the first start of each day. Choose the copy to go back to; the database as it is now is kept as a copy beside it.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="158"/>
        <source>Tirkeu database (*.sqlite3);;All files (*)</source>
        <translation>Tirkeu database (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="134"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/restore_dialog.py" line="184"/>
        <source>{file}
Installation: {name} · schema version {version}
People {people} · events {events} · attendance {attendance} · aid recipients {recipients} · aid given {aid} · certificates {certificates}</source>
        <translation>{file}
Installation: {name} · schema version {version}
People {people} · events {events} · attendance {attendance} · aid recipients {recipients} · aid given {aid} · certificates {certificates}</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../../ui/server/dialog.py" line="70"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="55"/>
        <source>Open a server database</source>
        <translation>Open a server database</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="149"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="150"/>
        <source>Password of {address}:</source>
        <translation>Password of {address}:</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="72"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="69"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="68"/>
        <source>Server (name or address):</source>
        <translation>Server (name or address):</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="73"/>
        <source>The password is not saved. Leave it empty if the server does not ask for one or it is in your .pgpass file.</source>
        <translation>The password is not saved. Leave it empty if the server does not ask for one or it is in your .pgpass file.</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="102"/>
        <source>Type the server and the database.</source>
        <translation>Type the server and the database.</translation>
    </message>
    <message>
        <location filename="../../ui/server/dialog.py" line="71"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings/page.py" line="68"/>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Language of the program:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="69"/>
        <source>Database file:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="67"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="70"/>
        <source>Signing key fingerprint:</source>
        <translation>Signing key fingerprint:</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../ui/setup/dialog.py" line="109"/>
        <source>&amp;Coordinator&apos;s full name:</source>
        <translation>&amp;Coordinator&apos;s full name:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="109"/>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="108"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="108"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../app/installation.py" line="94"/>
        <source>A school keeps its database in a file on its laptop; a server database is for a region office or the national centre.</source>
        <translation>A school keeps its database in a file on its laptop; a server database is for a region office or the national centre.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="131"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="166"/>
        <source>Choose the region.</source>
        <translation>Choose the region.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="42"/>
        <source>National level</source>
        <translation>National level</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="109"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="41"/>
        <source>Region office</source>
        <translation>Region office</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="41"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="108"/>
        <source>School or office &amp;name:</source>
        <translation>School or office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="130"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/installation.py" line="84"/>
        <location filename="../../app/installation.py" line="101"/>
        <source>This database is already set up; use another --db for a new installation.</source>
        <translation>This database is already set up; use another --db for a new installation.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="105"/>
        <source>Tirkeu: set-up</source>
        <translation>Tirkeu: set-up</translation>
    </message>
    <message>
        <location filename="../../app/installation.py" line="86"/>
        <source>Unknown role {role}: choose school, office or national.</source>
        <translation>Unknown role {role}: choose school, office or national.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="106"/>
        <source>Welcome to Tirkeu. Tell it once who uses this computer; everything is kept on this computer.</source>
        <translation>Welcome to Tirkeu. Tell it once who uses this computer; everything is kept on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/dialog.py" line="127"/>
        <source>e.g. No. 12 school-gymnasium</source>
        <translation>e.g. No. 12 school-gymnasium</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/application.py" line="227"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="83"/>
        <location filename="../../ui/application.py" line="117"/>
        <location filename="../../ui/application.py" line="170"/>
        <source>Tirkeu cannot open the database</source>
        <translation>Tirkeu cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="110"/>
        <source>Tirkeu is already open with this database. Use the window that is open.</source>
        <translation>Tirkeu is already open with this database. Use the window that is open.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../ui/sync/page.py" line="241"/>
        <source>Aid given to the same child by several schools in one campaign:</source>
        <translation>Aid given to the same child by several schools in one campaign:</translation>
    </message>
    <message>
        <location filename="../../app/sync/batch.py" line="210"/>
        <source>An identity card or key file, not a bundle: skipped.</source>
        <translation>An identity card or key file, not a bundle: skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="299"/>
        <source>Ask {above} for its identity card: a small file (tirkeu-identity.json) on a USB stick or by e-mail.</source>
        <translation>Ask {above} for its identity card: a small file (tirkeu-identity.json) on a USB stick or by e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="266"/>
        <source>Bundle {sequence} from {name} was already imported with other content; this one is not applied. Ask the school which is right.</source>
        <translation>Bundle {sequence} from {name} was already imported with other content; this one is not applied. Ask the school which is right.</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="289"/>
        <source>Bundle {sequence} was not written by this installation (or its kept copy is gone).</source>
        <translation>Bundle {sequence} was not written by this installation (or its kept copy is gone).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="336"/>
        <source>Bundle {sequence} with {records} records was written to {path}.</source>
        <translation>Bundle {sequence} with {records} records was written to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="355"/>
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="293"/>
        <source>Bundles cannot be encrypted yet</source>
        <translation>Bundles cannot be encrypted yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="302"/>
        <source>Call {above} and compare the key fingerprint Tirkeu shows you with the one on their screen (Help → About). Only if they match, answer Yes.</source>
        <translation>Call {above} and compare the key fingerprint Tirkeu shows you with the one on their screen (Help → About). Only if they match, answer Yes.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="123"/>
        <source>Cannot read the identity card {path}.</source>
        <translation>Cannot read the identity card {path}.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="107"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Cannot read {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="66"/>
        <location filename="../../app/sync/export.py" line="281"/>
        <source>Cannot write the bundle {path}: {error}. Check that the disk (or USB stick) has free space and is writable.</source>
        <translation>Cannot write the bundle {path}: {error}. Check that the disk (or USB stick) has free space and is writable.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_commands.py" line="200"/>
        <location filename="../../app/sync/trust.py" line="79"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="244"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="301"/>
        <source>Click the button below and choose that file.</source>
        <translation>Click the button below and choose that file.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="232"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="221"/>
        <source>Everything (a full snapshot), not only the changes</source>
        <translation>Everything (a full snapshot), not only the changes</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="223"/>
        <location filename="../../ui/sync/page.py" line="231"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="349"/>
        <source>Folder with bundles</source>
        <translation>Folder with bundles</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="222"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="220"/>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="231"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="223"/>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="242"/>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="422"/>
        <location filename="../../ui/sync/page.py" line="440"/>
        <source>Identity card</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="423"/>
        <source>Identity cards (*.json *.card);;All files (*)</source>
        <translation>Identity cards (*.json *.card);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="414"/>
        <source>Identity cards (*.json)</source>
        <translation>Identity cards (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="232"/>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="225"/>
        <source>Import a folder…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="226"/>
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="364"/>
        <source>Importing bundles…</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="243"/>
        <location filename="../../ui/sync/page.py" line="245"/>
        <source>Installations</source>
        <translation>Installations</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="339"/>
        <source>It is NOT encrypted: anyone who finds the stick can read it.</source>
        <translation>It is NOT encrypted: anyone who finds the stick can read it.</translation>
    </message>
    <message>
        <source>It is encrypted to the office.</source>
        <translation type="vanished">It is encrypted to the office.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="338"/>
        <source>It is encrypted to {name}.</source>
        <translation>It is encrypted to {name}.</translation>
    </message>
    <message>
        <source>It is not encrypted: no office key is trusted yet.</source>
        <translation type="vanished">It is not encrypted: no office key is trusted yet.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="245"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="238"/>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="216"/>
        <source>Keys and trust</source>
        <translation>Keys and trust</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="239"/>
        <source>Look for problems across schools</source>
        <translation>Look for problems across schools</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="372"/>
        <source>Missing from {name}: bundle(s) {numbers}.</source>
        <translation>Missing from {name}: bundle(s) {numbers}.</translation>
    </message>
    <message>
        <location filename="../../app/sync/bundle_records.py" line="120"/>
        <source>More than {n} of the bundle&apos;s records are wrong; the bundle is refused whole.</source>
        <translation>More than {n} of the bundle&apos;s records are wrong; the bundle is refused whole.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="237"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="156"/>
        <source>Name the installation this bundle is for (--to, the window&apos;s “For” list): an office writes one bundle for the national centre and one for each school.</source>
        <translation>Name the installation this bundle is for (--to, the window&apos;s “For” list): an office writes one bundle for the national centre and one for each school.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="242"/>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="294"/>
        <source>No identity card of {above} is trusted here, so a bundle would be written unencrypted: anyone who finds the USB stick could read the names, birth dates and IINs in it. Three steps fix this once:</source>
        <translation>No identity card of {above} is trusted here, so a bundle would be written unencrypted: anyone who finds the USB stick could read the names, birth dates and IINs in it. Three steps fix this once:</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="159"/>
        <source>No office is trusted yet, so the bundle cannot be encrypted and children&apos;s data would travel in clear. Ask the region office for its identity card (a .json file), trust it (Sync → Keys → Trust a card…, or `keys trust CARD`), and write the bundle again. To write it unencrypted anyway, choose “Write unencrypted” (--plaintext).</source>
        <translation>No office is trusted yet, so the bundle cannot be encrypted and children&apos;s data would travel in clear. Ask the region office for its identity card (a .json file), trust it (Sync → Keys → Trust a card…, or `keys trust CARD`), and write the bundle again. To write it unencrypted anyway, choose “Write unencrypted” (--plaintext).</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="199"/>
        <source>No single trusted installation has the id, fingerprint or name {what}; see `keys list`.</source>
        <translation>No single trusted installation has the id, fingerprint or name {what}; see `keys list`.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="190"/>
        <source>No trusted installation has the id or fingerprint {what}.</source>
        <translation>No trusted installation has the id or fingerprint {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="222"/>
        <location filename="../../ui/sync/page.py" line="231"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="319"/>
        <source>Nobody is chosen in the «For» list, so this bundle would be written unencrypted: anyone who finds the USB stick could read the names, birth dates and IINs in it. The panel at the top of this page shows how to trust the office&apos;s identity card. Write it unencrypted anyway?</source>
        <translation>Nobody is chosen in the «For» list, so this bundle would be written unencrypted: anyone who finds the USB stick could read the names, birth dates and IINs in it. The panel at the top of this page shows how to trust the office&apos;s identity card. Write it unencrypted anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="227"/>
        <source>Only check, save nothing</source>
        <translation>Only check, save nothing</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="228"/>
        <source>Or drop bundle files or a folder here.</source>
        <translation>Or drop bundle files or a folder here.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="233"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="215"/>
        <source>Receive bundles</source>
        <translation>Receive bundles</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="223"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="237"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="233"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="231"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="216"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="236"/>
        <source>Revoke the selected (lost laptop)</source>
        <translation>Revoke the selected (lost laptop)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="237"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="234"/>
        <source>Save my identity card…</source>
        <translation>Save my identity card…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="413"/>
        <source>Save the identity card</source>
        <translation>Save the identity card</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="242"/>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="215"/>
        <source>Send to the office</source>
        <translation>Send to the office</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="238"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="214"/>
        <source>Sync with the office</source>
        <translation>Sync with the office</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="318"/>
        <source>The bundle cannot be encrypted</source>
        <translation>The bundle cannot be encrypted</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="130"/>
        <location filename="../../app/sync/container.py" line="135"/>
        <location filename="../../app/sync/container.py" line="164"/>
        <source>The bundle holds an unexpected file {name}; it is refused.</source>
        <translation>The bundle holds an unexpected file {name}; it is refused.</translation>
    </message>
    <message>
        <location filename="../../app/sync/bundle_records.py" line="48"/>
        <source>The bundle holds more lines than its signed manifest counts; it is refused.</source>
        <translation>The bundle holds more lines than its signed manifest counts; it is refused.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="138"/>
        <source>The bundle holds the same file twice; it is refused.</source>
        <translation>The bundle holds the same file twice; it is refused.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="78"/>
        <source>The bundle is damaged (a member has the wrong size).</source>
        <translation>The bundle is damaged (a member has the wrong size).</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="202"/>
        <source>The bundle is encrypted to another office; this office cannot open it.</source>
        <translation>The bundle is encrypted to another office; this office cannot open it.</translation>
    </message>
    <message>
        <source>The bundle is encrypted, but this installation has no decryption key: it was meant for an office.</source>
        <translation type="vanished">The bundle is encrypted, but this installation has no decryption key: it was meant for an office.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="197"/>
        <source>The bundle is encrypted, but this installation has no decryption key: it was meant for another installation.</source>
        <translation>The bundle is encrypted, but this installation has no decryption key: it was meant for another installation.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="141"/>
        <source>The bundle is incomplete: its manifest, signature or records are missing.</source>
        <translation>The bundle is incomplete: its manifest, signature or records are missing.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="74"/>
        <source>The bundle member {name} is too large to be genuine.</source>
        <translation>The bundle member {name} is too large to be genuine.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="114"/>
        <source>The bundle was written by a newer Tirkeu (format {found}); install the newer version to import it.</source>
        <translation>The bundle was written by a newer Tirkeu (format {found}); install the newer version to import it.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="118"/>
        <source>The bundle was written by a newer Tirkeu (schema {found}); install the newer version to import it.</source>
        <translation>The bundle was written by a newer Tirkeu (schema {found}); install the newer version to import it.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="135"/>
        <source>The bundle&apos;s manifest does not describe its records.</source>
        <translation>The bundle&apos;s manifest does not describe its records.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="109"/>
        <source>The bundle&apos;s manifest is damaged.</source>
        <translation>The bundle&apos;s manifest is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="124"/>
        <location filename="../../app/sync/importer.py" line="138"/>
        <source>The bundle&apos;s manifest is incomplete.</source>
        <translation>The bundle&apos;s manifest is incomplete.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="133"/>
        <source>The bundle&apos;s records are larger than a bundle may be; it is refused.</source>
        <translation>The bundle&apos;s records are larger than a bundle may be; it is refused.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="309"/>
        <source>The bundle&apos;s records contradict each other ({error}); nothing was imported from it.</source>
        <translation>The bundle&apos;s records contradict each other ({error}); nothing was imported from it.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="176"/>
        <location filename="../../app/sync/importer.py" line="192"/>
        <source>The bundle&apos;s records were changed after it was signed; it is refused.</source>
        <translation>The bundle&apos;s records were changed after it was signed; it is refused.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="127"/>
        <source>The bundle&apos;s sequence number {sequence} is impossible; it is refused.</source>
        <translation>The bundle&apos;s sequence number {sequence} is impossible; it is refused.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="106"/>
        <source>The identity card names an unknown role.</source>
        <translation>The identity card names an unknown role.</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="165"/>
        <source>The identity card of {name} has no encryption key (it was written by an older Tirkeu). Ask for a new card and trust it, or write the bundle unencrypted on purpose (--plaintext).</source>
        <translation>The identity card of {name} has no encryption key (it was written by an older Tirkeu). Ask for a new card and trust it, or write the bundle unencrypted on purpose (--plaintext).</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="160"/>
        <source>The key of {name} was revoked on {date}; its bundles are refused.</source>
        <translation>The key of {name} was revoked on {date}; its bundles are refused.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="151"/>
        <source>The key of {name} was revoked; it cannot be trusted again.</source>
        <translation>The key of {name} was revoked; it cannot be trusted again.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="112"/>
        <source>The office&apos;s encryption key in the card is not valid.</source>
        <translation>The office&apos;s encryption key in the card is not valid.</translation>
    </message>
    <message>
        <location filename="../../app/sync/minisign.py" line="47"/>
        <location filename="../../app/sync/minisign.py" line="52"/>
        <location filename="../../app/sync/minisign.py" line="54"/>
        <source>The public key is not valid.</source>
        <translation>The public key is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="240"/>
        <source>The same IIN registered by several schools:</source>
        <translation>The same IIN registered by several schools:</translation>
    </message>
    <message>
        <location filename="../../app/sync/minisign.py" line="79"/>
        <source>The signature does not match: the file was changed after it was signed, or it was signed by another key.</source>
        <translation>The signature does not match: the file was changed after it was signed, or it was signed by another key.</translation>
    </message>
    <message>
        <location filename="../../app/sync/minisign.py" line="84"/>
        <location filename="../../app/sync/minisign.py" line="89"/>
        <location filename="../../app/sync/minisign.py" line="91"/>
        <source>The signature file is damaged.</source>
        <translation>The signature file is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="170"/>
        <source>This bundle is signed with the key of {name}, which was revoked on {date}; a new installation id does not make it trusted again.</source>
        <translation>This bundle is signed with the key of {name}, which was revoked on {date}; a new installation id does not make it trusted again.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="157"/>
        <source>This bundle was written by this installation itself.</source>
        <translation>This bundle was written by this installation itself.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="255"/>
        <source>This bundle was written for another installation; it is not imported here.</source>
        <translation>This bundle was written for another installation; it is not imported here.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="155"/>
        <source>This card carries the key of {name}, which was revoked on {date}; a key once revoked is never trusted again, whatever installation id it comes with.</source>
        <translation>This card carries the key of {name}, which was revoked on {date}; a key once revoked is never trusted again, whatever installation id it comes with.</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="197"/>
        <source>This computer&apos;s clock is behind the latest change it holds ({when} UTC). Check its date and time: changes are ordered by it.</source>
        <translation>This computer&apos;s clock is behind the latest change it holds ({when} UTC). Check its date and time: changes are ordered by it.</translation>
    </message>
    <message>
        <location filename="../../app/sync/batch.py" line="241"/>
        <source>This file could not be imported ({error}); it was skipped and the others went on. The details are in the log.</source>
        <translation>This file could not be imported ({error}); it was skipped and the others went on. The details are in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="257"/>
        <source>This installation&apos;s key fingerprint: {fp}</source>
        <translation>This installation&apos;s key fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="111"/>
        <source>This is not a Tirkeu bundle.</source>
        <translation>This is not a Tirkeu bundle.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="104"/>
        <location filename="../../app/sync/trust.py" line="125"/>
        <source>This is not a Tirkeu identity card.</source>
        <translation>This is not a Tirkeu identity card.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="144"/>
        <source>This is this installation&apos;s own card.</source>
        <translation>This is this installation&apos;s own card.</translation>
    </message>
    <message>
        <location filename="../../app/models/base.py" line="77"/>
        <location filename="../../app/records.py" line="67"/>
        <source>This record was made by another installation; only that installation can change it.</source>
        <translation>This record was made by another installation; only that installation can change it.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="244"/>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="356"/>
        <source>Tirkeu bundles (*.tirkeu)</source>
        <translation>Tirkeu bundles (*.tirkeu)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="235"/>
        <source>Trust an identity card…</source>
        <translation>Trust an identity card…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="224"/>
        <source>Trust the office&apos;s identity card…</source>
        <translation>Trust the office&apos;s identity card…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="390"/>
        <source>Trust the sender?</source>
        <translation>Trust the sender?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="229"/>
        <source>Trust the sender…</source>
        <translation>Trust the sender…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="431"/>
        <source>Trust this identity card?</source>
        <translation>Trust this identity card?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="232"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="232"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="310"/>
        <source>Where to write the bundle</source>
        <translation>Where to write the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="218"/>
        <source>Write a bundle to a USB stick or a folder</source>
        <translation>Write a bundle to a USB stick or a folder</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="219"/>
        <source>Write the bundle…</source>
        <translation>Write the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="324"/>
        <source>Write unencrypted</source>
        <translation>Write unencrypted</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="331"/>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="222"/>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="244"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="48"/>
        <source>already imported</source>
        <translation>already imported</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="50"/>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="49"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="48"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="276"/>
        <location filename="../../ui/sync/page.py" line="429"/>
        <source>national centre</source>
        <translation>national centre</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="264"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="261"/>
        <source>not encrypted</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="49"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="275"/>
        <location filename="../../ui/sync/page.py" line="428"/>
        <source>region office</source>
        <translation>region office</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="267"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="275"/>
        <location filename="../../ui/sync/page.py" line="428"/>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="50"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="292"/>
        <source>the national centre</source>
        <translation>the national centre</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="267"/>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="264"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="291"/>
        <source>your region office</source>
        <translation>your region office</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="116"/>
        <source>{file} is damaged or incomplete (was it copied to the end?).</source>
        <translation>{file} is damaged or incomplete (was it copied to the end?).</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="103"/>
        <source>{file} is larger than a bundle may be; it is refused.</source>
        <translation>{file} is larger than a bundle may be; it is refused.</translation>
    </message>
    <message>
        <location filename="../../app/sync/container.py" line="100"/>
        <location filename="../../app/sync/container.py" line="121"/>
        <source>{file} is not a Tirkeu bundle (not a ZIP file).</source>
        <translation>{file} is not a Tirkeu bundle (not a ZIP file).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="432"/>
        <source>{name} ({role}, {region}).

Its key fingerprint is

{fp}

Call them and compare it with the fingerprint their Tirkeu shows (Help → About). Trust it?</source>
        <translation>{name} ({role}, {region}).

Its key fingerprint is

{fp}

Call them and compare it with the fingerprint their Tirkeu shows (Help → About). Trust it?</translation>
    </message>
    <message>
        <location filename="../../app/sync/export.py" line="150"/>
        <source>{name} is a {role}: it does not take bundles from this installation ({why}).</source>
        <translation>{name} is a {role}: it does not take bundles from this installation ({why}).</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="252"/>
        <source>{name} is a {role}; this installation does not take bundles from it ({why}).</source>
        <translation>{name} is a {role}; this installation does not take bundles from it ({why}).</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="147"/>
        <source>{name} is already trusted with another key. If its laptop was replaced, the new one is a new installation; if the key was lost, revoke the old one first.</source>
        <translation>{name} is already trusted with another key. If its laptop was replaced, the new one is a new installation; if the key was lost, revoke the old one first.</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="174"/>
        <source>{name} is not trusted yet. Compare its key fingerprint {fp} with the school, then import its identity card or use --trust-new.</source>
        <translation>{name} is not trusted yet. Compare its key fingerprint {fp} with the school, then import its identity card or use --trust-new.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="391"/>
        <source>{name} is not trusted yet. Its key fingerprint is

{fp}

Call the school and compare it with the fingerprint shown in their Tirkeu (Help → About). Trust it?</source>
        <translation>{name} is not trusted yet. Its key fingerprint is

{fp}

Call the school and compare it with the fingerprint shown in their Tirkeu (Help → About). Trust it?</translation>
    </message>
    <message>
        <location filename="../../app/sync/importer.py" line="178"/>
        <source>{name} says it is an office or the national centre. Those are trusted only from their identity card (keys trust), after comparing the fingerprint {fp}; --trust-new trusts schools only.</source>
        <translation>{name} says it is an office or the national centre. Those are trusted only from their identity card (keys trust), after comparing the fingerprint {fp}; --trust-new trusts schools only.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="280"/>
        <source>— no office trusted yet —</source>
        <translation>— no office trusted yet —</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../app/importing/templates.py" line="37"/>
        <location filename="../../app/tables/writer.py" line="56"/>
        <source>Cannot save a table as &quot;{suffix}&quot;: use a file name ending in .xlsx or .csv.</source>
        <translation>Cannot save a table as &quot;{suffix}&quot;: use a file name ending in .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="108"/>
        <source>Cannot write to the folder {folder}: it is read-only or you may not write there. Choose another folder (Documents, say) and try again.</source>
        <translation>Cannot write to the folder {folder}: it is read-only or you may not write there. Choose another folder (Documents, say) and try again.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="161"/>
        <source>Cannot write {file}: access denied. If the file is open in Excel, close it and try again.</source>
        <translation>Cannot write {file}: access denied. If the file is open in Excel, close it and try again.</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="163"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>Cannot write {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/writer.py" line="156"/>
        <source>Cannot write {file}: {reason}. The disk is full: free some space on it or choose another disk, then try again. The old file, if any, is unchanged.</source>
        <translation>Cannot write {file}: {reason}. The disk is full: free some space on it or choose another disk, then try again. The old file, if any, is unchanged.</translation>
    </message>
    <message>
        <location filename="../../app/tables/encodings.py" line="101"/>
        <source>In {file} some letters were replaced by «?» (for example «{example}»): the file was saved as plain CSV, which cannot hold the Kazakh letters ә ғ қ ң ө ұ ү һ і. Those letters are lost in this file. Open the list in Excel and save it as &quot;Excel Workbook (.xlsx)&quot; or as &quot;CSV UTF-8&quot;, then import that file.</source>
        <translation>In {file} some letters were replaced by «?» (for example «{example}»): the file was saved as plain CSV, which cannot hold the Kazakh letters ә ғ қ ң ө ұ ү һ і. Those letters are lost in this file. Open the list in Excel and save it as &quot;Excel Workbook (.xlsx)&quot; or as &quot;CSV UTF-8&quot;, then import that file.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="78"/>
        <source>Line {line} of {file} is longer than {limit} MB: this is not a table that Tirkeu can read. Check that you chose the right file.</source>
        <translation>Line {line} of {file} is longer than {limit} MB: this is not a table that Tirkeu can read. Check that you chose the right file.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="205"/>
        <source>Required columns are missing: {missing}. Give them one of the accepted titles in the first row — {accepted}.</source>
        <translation>Required columns are missing: {missing}. Give them one of the accepted titles in the first row — {accepted}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/values.py" line="119"/>
        <source>The IIN “{text}” was turned by Excel into a rounded number: its last digits are lost. In the file, format the IIN column as Text and type the IINs again (or copy them from the original list), or correct it here.</source>
        <translation>The IIN “{text}” was turned by Excel into a rounded number: its last digits are lost. In the file, format the IIN column as Text and type the IINs again (or copy them from the original list), or correct it here.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="84"/>
        <source>The file {file} cannot be opened: {reason}</source>
        <translation>The file {file} cannot be opened: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/ods.py" line="148"/>
        <location filename="../../app/tables/reader.py" line="190"/>
        <location filename="../../app/tables/reader.py" line="332"/>
        <location filename="../../app/tables/xls.py" line="78"/>
        <location filename="../../app/tables/xlsx.py" line="259"/>
        <source>The file {file} is empty.</source>
        <translation>The file {file} is empty.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="80"/>
        <source>The file {file} was not found.</source>
        <translation>The file {file} was not found.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="201"/>
        <source>The full name is in one column. Split it into separate columns for surname, name and patronymic. Accepted titles — {accepted}.</source>
        <translation>The full name is in one column. Split it into separate columns for surname, name and patronymic. Accepted titles — {accepted}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="311"/>
        <source>Unknown record type &quot;{kind}&quot;: use one of {kinds}.</source>
        <translation>Unknown record type &quot;{kind}&quot;: use one of {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="133"/>
        <source>en</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="197"/>
        <source>{field}: {titles}</source>
        <translation>{field}: {titles}</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="217"/>
        <source>{file} cannot be read as CSV near line {line}: {reason}</source>
        <translation>{file} cannot be read as CSV near line {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tables/ods.py" line="52"/>
        <source>{file} cannot be read as a LibreOffice spreadsheet (.ods) ({reason}). Open it in LibreOffice and save it again.</source>
        <translation>{file} cannot be read as a LibreOffice spreadsheet (.ods) ({reason}). Open it in LibreOffice and save it again.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xlsx.py" line="57"/>
        <source>{file} cannot be read as an Excel workbook ({reason}). Open it in Excel and save it again.</source>
        <translation>{file} cannot be read as an Excel workbook ({reason}). Open it in Excel and save it again.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xls.py" line="35"/>
        <source>{file} cannot be read as an old Excel workbook (.xls) ({reason}). Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>{file} cannot be read as an old Excel workbook (.xls) ({reason}). Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="110"/>
        <source>{file} does not look like a table: it has only {count} column(s). Columns must be separated by commas, semicolons or tabs, or the file must be an Excel workbook (.xlsx).</source>
        <translation>{file} does not look like a table: it has only {count} column(s). Columns must be separated by commas, semicolons or tabs, or the file must be an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="72"/>
        <source>{file} has data in column {column} (row {row}), far to the right of any table: tables for Tirkeu have at most {limit} columns. Delete the columns that are not needed and import it again.</source>
        <translation>{file} has data in column {column} (row {row}), far to the right of any table: tables for Tirkeu have at most {limit} columns. Delete the columns that are not needed and import it again.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="54"/>
        <source>{file} has more than {limit} rows. Split it into files of at most {limit} rows and import them one by one.</source>
        <translation>{file} has more than {limit} rows. Split it into files of at most {limit} rows and import them one by one.</translation>
    </message>
    <message>
        <location filename="../../app/tables/ods.py" line="155"/>
        <location filename="../../app/tables/xls.py" line="73"/>
        <location filename="../../app/tables/xlsx.py" line="255"/>
        <source>{file} has no sheet named &quot;{sheet}&quot;. Sheets: {sheets}.</source>
        <translation>{file} has no sheet named &quot;{sheet}&quot;. Sheets: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="66"/>
        <source>{file} has titles in more than {limit} columns; tables for Tirkeu need far fewer. Delete the columns that are not needed and import it again.</source>
        <translation>{file} has titles in more than {limit} columns; tables for Tirkeu need far fewer. Delete the columns that are not needed and import it again.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xlsx.py" line="88"/>
        <source>{file} is a damaged archive, not a readable table.</source>
        <translation>{file} is a damaged archive, not a readable table.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="82"/>
        <source>{file} is a folder, not a table file.</source>
        <translation>{file} is a folder, not a table file.</translation>
    </message>
    <message>
        <location filename="../../app/tables/reader.py" line="196"/>
        <source>{file} is a web page or XML document saved as a table. Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>{file} is a web page or XML document saved as a table. Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xlsx.py" line="283"/>
        <source>{file} is a zip archive, not a table. Unpack it first.</source>
        <translation>{file} is a zip archive, not a table. Unpack it first.</translation>
    </message>
    <message>
        <location filename="../../app/tables/encodings.py" line="86"/>
        <source>{file} is a {kind} file, not a table.</source>
        <translation>{file} is a {kind} file, not a table.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xlsx.py" line="280"/>
        <source>{file} is a {kind} file, not an Excel table. Save it as &quot;Excel Workbook (.xlsx)&quot; or CSV.</source>
        <translation>{file} is a {kind} file, not an Excel table. Save it as &quot;Excel Workbook (.xlsx)&quot; or CSV.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="85"/>
        <source>{file} is damaged or is not an ordinary Excel workbook: it would unpack to more than {limit} MB or into absurd parts. Open it in Excel and save it again, or save it as CSV.</source>
        <translation>{file} is damaged or is not an ordinary Excel workbook: it would unpack to more than {limit} MB or into absurd parts. Open it in Excel and save it again, or save it as CSV.</translation>
    </message>
    <message>
        <source>{file} is in the old Excel format (.xls) or is password-protected. Open it in Excel, remove any password and save it as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation type="vanished">{file} is in the old Excel format (.xls) or is password-protected. Open it in Excel, remove any password and save it as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/tables/encodings.py" line="83"/>
        <source>{file} is not a readable text table.</source>
        <translation>{file} is not a readable text table.</translation>
    </message>
    <message>
        <location filename="../../app/tables/encodings.py" line="91"/>
        <location filename="../../app/tables/reader.py" line="192"/>
        <source>{file} is not a table: it contains binary data.</source>
        <translation>{file} is not a table: it contains binary data.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xls.py" line="33"/>
        <source>{file} is password-protected. Open it in Excel, remove the password and save it as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation>{file} is password-protected. Open it in Excel, remove the password and save it as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/tables/xls.py" line="61"/>
        <source>{file} is too large for the old Excel format ({size} MB; at most {limit} MB). Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>{file} is too large for the old Excel format ({size} MB; at most {limit} MB). Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="48"/>
        <source>{file} is too large to import ({size} MB; at most {limit} MB). Split it into smaller files and import them one by one.</source>
        <translation>{file} is too large to import ({size} MB; at most {limit} MB). Split it into smaller files and import them one by one.</translation>
    </message>
    <message>
        <location filename="../../app/tables/limits.py" line="60"/>
        <source>{file} is too large to import at once: with its {columns} columns, at most {rows} rows fit in one file. Split it into smaller files, or delete the columns that are not needed.</source>
        <translation>{file} is too large to import at once: with its {columns} columns, at most {rows} rows fit in one file. Split it into smaller files, or delete the columns that are not needed.</translation>
    </message>
    <message>
        <location filename="../../app/tables/headers.py" line="209"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/tables/values.py" line="141"/>
        <source>“{text}” has «?» where letters should be: the list was saved in a way that lost the Kazakh letters. Type the name with its letters.</source>
        <translation>“{text}” has «?» where letters should be: the list was saved in a way that lost the Kazakh letters. Type the name with its letters.</translation>
    </message>
    <message>
        <location filename="../../app/tables/names.py" line="36"/>
        <source>“{text}” is not a full name: write the surname and the name (and the patronymic, if any), separated by spaces.</source>
        <translation>“{text}” is not a full name: write the surname and the name (and the patronymic, if any), separated by spaces.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="85"/>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="108"/>
        <source>Something went wrong inside Tirkeu: {error}. Nothing was half-saved; the details are in the log.</source>
        <translation>Something went wrong inside Tirkeu: {error}. Nothing was half-saved; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>Tournament</name>
    <message>
        <location filename="../../app/tournaments/paper.py" line="173"/>
        <source>(continued)</source>
        <translation>(continued)</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="112"/>
        <source>A ballot has no winner.</source>
        <translation>A ballot has no winner.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="122"/>
        <source>A break of one team has no elimination rounds: choose 0 or at least 2.</source>
        <translation>A break of one team has no elimination rounds: choose 0 or at least 2.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="64"/>
        <location filename="../../app/tournaments/results.py" line="177"/>
        <source>A bye has no ballot.</source>
        <translation>A bye has no ballot.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="205"/>
        <source>A bye has no opposition to swap.</source>
        <translation>A bye has no opposition to swap.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="51"/>
        <source>A debate needs at least one adjudicator.</source>
        <translation>A debate needs at least one adjudicator.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="88"/>
        <source>A league name is too long: {name}</source>
        <translation>A league name is too long: {name}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="432"/>
        <source>A nomination of the {league} league goes to a debater of that league.</source>
        <translation>A nomination of the {league} league goes to a debater of that league.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="56"/>
        <source>A qualifying debate has 1 or 3 adjudicators, not {count}.</source>
        <translation>A qualifying debate has 1 or 3 adjudicators, not {count}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="164"/>
        <source>A qualifying debate needs a ballot with speaker points.</source>
        <translation>A qualifying debate needs a ballot with speaker points.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rooms.py" line="23"/>
        <source>A room name is at most {limit} characters: {room}</source>
        <translation>A room name is at most {limit} characters: {room}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="99"/>
        <source>A round needs at least two teams.</source>
        <translation>A round needs at least two teams.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="127"/>
        <source>A team is seeded twice.</source>
        <translation>A team is seeded twice.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="212"/>
        <source>A tie-break is listed twice.</source>
        <translation>A tie-break is listed twice.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="153"/>
        <source>Adjudicator {adjudicator} is in {count} debates of this round.</source>
        <translation>Adjudicator {adjudicator} is in {count} debates of this round.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="150"/>
        <source>Adjudicator {adjudicator} is not on this tournament&apos;s list.</source>
        <translation>Adjudicator {adjudicator} is not on this tournament&apos;s list.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="134"/>
        <source>Adjudicator {adjudicator} judges team {team} of their own school.</source>
        <translation>Adjudicator {adjudicator} judges team {team} of their own school.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="215"/>
        <source>Adjudicator:</source>
        <translation>Adjudicator:</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="149"/>
        <source>Adjudicators</source>
        <translation>Adjudicators</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="59"/>
        <source>An elimination debate has 1, 3 or 5 adjudicators, not {count}.</source>
        <translation>An elimination debate has 1, 3 or 5 adjudicators, not {count}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="125"/>
        <source>An elimination round needs at least two teams.</source>
        <translation>An elimination round needs at least two teams.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="61"/>
        <source>An info slide needs a motion.</source>
        <translation>An info slide needs a motion.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="74"/>
        <source>At least two teams must break.</source>
        <translation>At least two teams must break.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="207"/>
        <source>Ballot</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="204"/>
        <source>Ballots are already entered while iron person was allowed; it can no longer be switched off.</source>
        <translation>Ballots are already entered while iron person was allowed; it can no longer be switched off.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="197"/>
        <source>Ballots are already entered with the score range {low}–{high}, step {step}; the scoring rules can no longer change.</source>
        <translation>Ballots are already entered with the score range {low}–{high}, step {step}; the scoring rules can no longer change.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="324"/>
        <source>Ballots of round {round}</source>
        <translation>Ballots of round {round}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="283"/>
        <source>Best analyst</source>
        <translation>Best analyst</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="282"/>
        <source>Best orator</source>
        <translation>Best orator</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="89"/>
        <source>Both teams total {total}; a debate cannot end in a tie.</source>
        <translation>Both teams total {total}; a debate cannot end in a tie.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="184"/>
        <source>Bye (a win without a debate): {teams}</source>
        <translation>Bye (a win without a debate): {teams}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/stages.py" line="34"/>
        <source>Choose another tournament to carry the teams into.</source>
        <translation>Choose another tournament to carry the teams into.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="26"/>
        <source>Choose novice or junior: every speaker is in the open standings.</source>
        <translation>Choose novice or junior: every speaker is in the open standings.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="151"/>
        <source>Choose one winner of {gov} against {opp}.</source>
        <translation>Choose one winner of {gov} against {opp}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="93"/>
        <source>Choose only teams that are tied at the cut, each once.</source>
        <translation>Choose only teams that are tied at the cut, each once.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="66"/>
        <location filename="../../app/tournaments/results.py" line="162"/>
        <location filename="../../app/tournaments/results.py" line="179"/>
        <source>Choose the winner: government or opposition.</source>
        <translation>Choose the winner: government or opposition.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="53"/>
        <source>Choose the winning side.</source>
        <translation>Choose the winning side.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="95"/>
        <source>Choose {count} of the tied teams.</source>
        <translation>Choose {count} of the tied teams.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="255"/>
        <source>Circle the speaker of each speech.</source>
        <translation>Circle the speaker of each speech.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="150"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="206"/>
        <source>Confirm the break of the {league} league first.</source>
        <translation>Confirm the break of the {league} league first.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="33"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="203"/>
        <source>Debate code</source>
        <translation>Debate code</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="198"/>
        <source>Double octofinal</source>
        <translation>Double octofinal</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="309"/>
        <source>Draw of round {round}</source>
        <translation>Draw of round {round}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="221"/>
        <source>Each speech is scored from {low} to {high} in steps of {step}.</source>
        <translation>Each speech is scored from {low} to {high} in steps of {step}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="205"/>
        <source>Elimination round</source>
        <translation>Elimination round</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="34"/>
        <source>English league</source>
        <translation>English league</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="194"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="148"/>
        <location filename="../../app/tournaments/paper.py" line="261"/>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="228"/>
        <source>Government: {team}</source>
        <translation>Government: {team}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="128"/>
        <source>Info slide:</source>
        <translation>Info slide:</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="32"/>
        <source>Kazakh league</source>
        <translation>Kazakh league</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="184"/>
        <source>Leader of the Opposition</source>
        <translation>Leader of the Opposition</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="35"/>
        <source>Leagues</source>
        <translation>Leagues</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="183"/>
        <source>Member of the Government</source>
        <translation>Member of the Government</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="185"/>
        <source>Member of the Opposition</source>
        <translation>Member of the Opposition</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="119"/>
        <source>Motion:</source>
        <translation>Motion:</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="96"/>
        <source>Name at least one league (kk, ru, en or your own).</source>
        <translation>Name at least one league (kk, ru, en or your own).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="419"/>
        <source>Name the nomination.</source>
        <translation>Name the nomination.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="307"/>
        <source>Nothing was imported: {count} rows need correcting — {problems}{more}</source>
        <translation>Nothing was imported: {count} rows need correcting — {problems}{more}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="207"/>
        <location filename="../../app/tournaments/results.py" line="300"/>
        <source>Nothing was loaded: {count} rows need correcting — {problems}{more}</source>
        <translation>Nothing was loaded: {count} rows need correcting — {problems}{more}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="197"/>
        <source>Octofinal</source>
        <translation>Octofinal</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="83"/>
        <source>One speaker gave {count} speeches; this tournament does not allow it.</source>
        <translation>One speaker gave {count} speeches; this tournament does not allow it.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="76"/>
        <source>Only {count} teams can break, not {size}.</source>
        <translation>Only {count} teams can break, not {size}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="149"/>
        <location filename="../../app/tournaments/paper.py" line="261"/>
        <source>Opposition</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="229"/>
        <source>Opposition: {team}</source>
        <translation>Opposition: {team}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="199"/>
        <source>Partial elimination round</source>
        <translation>Partial elimination round</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="38"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="182"/>
        <source>Prime Minister</source>
        <translation>Prime Minister</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="196"/>
        <source>Quarterfinal</source>
        <translation>Quarterfinal</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="148"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rooms.py" line="80"/>
        <source>Room {room} already has a debate in round {round} ({gov} — {opp}).</source>
        <translation>Room {room} already has a debate in round {round} ({gov} — {opp}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rooms.py" line="39"/>
        <source>Room {room} is listed twice.</source>
        <translation>Room {room} is listed twice.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="142"/>
        <source>Round numbers start at 1.</source>
        <translation>Round numbers start at 1.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="204"/>
        <source>Round of {count}</source>
        <translation>Round of {count}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="92"/>
        <source>Round {previous} of the {league} league is not drawn yet.</source>
        <translation>Round {previous} of the {league} league is not drawn yet.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="97"/>
        <source>Round {previous} still lacks {count} results ({debates}); enter them before drawing round {round}.</source>
        <translation>Round {previous} still lacks {count} results ({debates}); enter them before drawing round {round}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/sheets.py" line="53"/>
        <location filename="../../app/tournaments/tab.py" line="259"/>
        <source>Round {round}</source>
        <translation>Round {round}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="107"/>
        <source>Round {round} already has results; correct the draw by hand instead of drawing it again.</source>
        <translation>Round {round} already has results; correct the draw by hand instead of drawing it again.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="192"/>
        <source>Round {round} is already drawn; the tournament cannot have fewer rounds.</source>
        <translation>Round {round} is already drawn; the tournament cannot have fewer rounds.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/availability.py" line="49"/>
        <location filename="../../app/tournaments/rounds.py" line="88"/>
        <source>Round {round} is not a qualifying round of this tournament (1–{rounds}).</source>
        <translation>Round {round} is not a qualifying round of this tournament (1–{rounds}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="51"/>
        <source>Round {round} is not a round of this tournament.</source>
        <translation>Round {round} is not a round of this tournament.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="235"/>
        <location filename="../../app/tournaments/sheets.py" line="90"/>
        <source>Round {round} is not drawn yet.</source>
        <translation>Round {round} is not drawn yet.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="104"/>
        <source>Round {round} of the {league} league is already drawn.</source>
        <translation>Round {round} of the {league} league is already drawn.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/availability.py" line="52"/>
        <source>Round {round} of the {league} league is already drawn; a team&apos;s absence is set before the draw.</source>
        <translation>Round {round} of the {league} league is already drawn; a team&apos;s absence is set before the draw.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="33"/>
        <source>Russian league</source>
        <translation>Russian league</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="233"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="195"/>
        <source>Semifinal</source>
        <translation>Semifinal</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="271"/>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="137"/>
        <source>Speakers are ranked by total or average.</source>
        <translation>Speakers are ranked by total or average.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="34"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="248"/>
        <source>Team total</source>
        <translation>Team total</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="393"/>
        <source>Team {team} already had a bye, while other teams have had none.</source>
        <translation>Team {team} already had a bye, while other teams have had none.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="386"/>
        <source>Team {team} has a bye that is not needed: only an odd number of teams needs one.</source>
        <translation>Team {team} has a bye that is not needed: only an odd number of teams needs one.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="119"/>
        <source>Team {team} has no elimination debate.</source>
        <translation>Team {team} has no elimination debate.</translation>
    </message>
    <message>
        <source>Team {team} is already in a draw; it cannot be deleted. Correct the draw first.</source>
        <translation type="vanished">Team {team} is already in a draw; it cannot be deleted. Correct the draw first.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="237"/>
        <source>Team {team} is in a debate that has no result yet; enter the result or draw that round again, then withdraw the team.</source>
        <translation>Team {team} is in a debate that has no result yet; enter the result or draw that round again, then withdraw the team.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="377"/>
        <source>Team {team} is in the draw {count} times.</source>
        <translation>Team {team} is in the draw {count} times.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="96"/>
        <source>Team {team} is listed twice.</source>
        <translation>Team {team} is listed twice.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="374"/>
        <source>Team {team} is not in this league.</source>
        <translation>Team {team} is not in this league.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="381"/>
        <source>Team {team} is not in this round&apos;s draw.</source>
        <translation>Team {team} is not in this round&apos;s draw.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="410"/>
        <source>Team {team} would have been government {gov} times and opposition {opp} times.</source>
        <translation>Team {team} would have been government {gov} times and opposition {opp} times.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="37"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/stages.py" line="18"/>
        <source>Teams are tied at place {top} of the {league} league; confirm the break to choose, then carry the break.</source>
        <translation>Teams are tied at place {top} of the {league} league; confirm the break to choose, then carry the break.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="404"/>
        <source>Teams {gov} and {opp} are from the same school.</source>
        <translation>Teams {gov} and {opp} are from the same school.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw.py" line="401"/>
        <source>Teams {gov} and {opp} have already met.</source>
        <translation>Teams {gov} and {opp} have already met.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="181"/>
        <source>Teams {teams} are tied at the cut for {places} place(s); the organisers must choose and give a reason.</source>
        <translation>Teams {teams} are tied at the cut for {places} place(s); the organisers must choose and give a reason.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="200"/>
        <source>That debate is not in this round&apos;s draw.</source>
        <translation>That debate is not in this round&apos;s draw.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="111"/>
        <source>The ballot of {debate} is not accepted: {problems}</source>
        <translation>The ballot of {debate} is not accepted: {problems}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="114"/>
        <source>The ballots are for different debates.</source>
        <translation>The ballots are for different debates.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="126"/>
        <source>The ballots name different speakers for the {role}.</source>
        <translation>The ballots name different speakers for the {role}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="208"/>
        <source>The break is already confirmed with {size} teams; its size can no longer change.</source>
        <translation>The break is already confirmed with {size} teams; its size can no longer change.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="120"/>
        <source>The break must be 0 to 64 teams per league.</source>
        <translation>The break must be 0 to 64 teams per league.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="225"/>
        <source>The debate already has a result; correct the result first.</source>
        <translation>The debate already has a result; correct the result first.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="108"/>
        <source>The debate has no ballot yet.</source>
        <translation>The debate has no ballot yet.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="172"/>
        <source>The elimination rounds of the {league} league have begun; the break can no longer change.</source>
        <translation>The elimination rounds of the {league} league have begun; the break can no longer change.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="224"/>
        <source>The final of the {league} league is over.</source>
        <translation>The final of the {league} league is over.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="58"/>
        <source>The info slide is longer than {limit} characters.</source>
        <translation>The info slide is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="92"/>
        <source>The league {league} is listed twice.</source>
        <translation>The league {league} is listed twice.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="48"/>
        <location filename="../../app/tournaments/registration.py" line="330"/>
        <location filename="../../app/tournaments/rounds.py" line="68"/>
        <location filename="../../app/tournaments/sheets.py" line="85"/>
        <location filename="../../app/tournaments/tab.py" line="421"/>
        <source>The league {league} is not one of this tournament&apos;s leagues ({leagues}).</source>
        <translation>The league {league} is not one of this tournament&apos;s leagues ({leagues}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="216"/>
        <source>The least number of rounds for a speaker cannot be negative.</source>
        <translation>The least number of rounds for a speaker cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="139"/>
        <source>The least number of rounds to rank a speaker by average must be 0 to {rounds} (the qualifying rounds).</source>
        <translation>The least number of rounds to rank a speaker by average must be 0 to {rounds} (the qualifying rounds).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="125"/>
        <source>The lowest score must be below the highest (for example 60:80).</source>
        <translation>The lowest score must be below the highest (for example 60:80).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="201"/>
        <source>The lowest score must be below the highest ({low} – {high}).</source>
        <translation>The lowest score must be below the highest ({low} – {high}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/motions.py" line="55"/>
        <source>The motion is longer than {limit} characters.</source>
        <translation>The motion is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="154"/>
        <source>The next elimination round is already drawn from this result; it can no longer change.</source>
        <translation>The next elimination round is already drawn from this result; it can no longer change.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/stages.py" line="50"/>
        <source>The next stage already has a team named {team}.</source>
        <translation>The next stage already has a team named {team}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/stages.py" line="43"/>
        <source>The next stage has no {league} league.</source>
        <translation>The next stage has no {league} league.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="144"/>
        <source>The novice / junior break must be 0 to 64 teams per category.</source>
        <translation>The novice / junior break must be 0 to 64 teams per category.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="118"/>
        <source>The number of qualifying rounds must be 1 to 12.</source>
        <translation>The number of qualifying rounds must be 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="219"/>
        <source>The previous elimination round still lacks {count} results.</source>
        <translation>The previous elimination round still lacks {count} results.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="161"/>
        <source>The previous round is not a whole bracket.</source>
        <translation>The previous round is not a whole bracket.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="206"/>
        <source>The score range {low} – {high} is not a whole number of steps of {step}.</source>
        <translation>The score range {low} – {high} is not a whole number of steps of {step}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="199"/>
        <source>The score step must be greater than zero.</source>
        <translation>The score step must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="129"/>
        <source>The score step must divide the range {low}–{high} evenly (for example 1 or 0.5).</source>
        <translation>The score step must divide the range {low}–{high} evenly (for example 1 or 0.5).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="75"/>
        <source>The score {score} of the {role} is not in steps of {step}.</source>
        <translation>The score {score} of the {role} is not in steps of {step}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="71"/>
        <source>The score {score} of the {role} is outside {low} – {high}.</source>
        <translation>The score {score} of the {role} is outside {low} – {high}.</translation>
    </message>
    <message>
        <source>The tournament&apos;s award list is empty: enter the results first.</source>
        <translation type="vanished">The tournament&apos;s award list is empty: enter the results first.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="94"/>
        <source>The winner ({side}) has fewer points: {mine} against {theirs}.</source>
        <translation>The winner ({side}) has fewer points: {mine} against {theirs}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="199"/>
        <source>The winner must be gov or opp, not {value}.</source>
        <translation>The winner must be gov or opp, not {value}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="268"/>
        <source>The winning team must have the higher total; totals may not be equal.</source>
        <translation>The winning team must have the higher total; totals may not be equal.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="188"/>
        <source>The {league} league already has a draw; it cannot be removed.</source>
        <translation>The {league} league already has a draw; it cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="112"/>
        <source>The {league} league has not finished its qualifying rounds ({count} debates without a result, rounds not drawn: {rounds}).</source>
        <translation>The {league} league has not finished its qualifying rounds ({count} debates without a result, rounds not drawn: {rounds}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/rounds.py" line="112"/>
        <source>The {league} league needs at least two teams for a draw.</source>
        <translation>The {league} league needs at least two teams for a draw.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="57"/>
        <source>The {role} has no score.</source>
        <translation>The {role} has no score.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="59"/>
        <source>The {role} is scored {count} times.</source>
        <translation>The {role} is scored {count} times.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="78"/>
        <source>The {role} must be a speaker of the {side} team.</source>
        <translation>The {role} must be a speaker of the {side} team.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="369"/>
        <source>There is no adjudicator {name} in this tournament.</source>
        <translation>There is no adjudicator {name} in this tournament.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/codes.py" line="59"/>
        <source>There is no debate {code}: round {round} of the {league} league has no debate number {number}.</source>
        <translation>There is no debate {code}: round {round} of the {league} league has no debate number {number}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="39"/>
        <source>There is no team {team} in the {league} league.</source>
        <translation>There is no team {team} in the {league} league.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="283"/>
        <source>There is no tournament {ref}.</source>
        <translation>There is no tournament {ref}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="182"/>
        <source>This debate already has ballots: it took place and cannot be a forfeit.</source>
        <translation>This debate already has ballots: it took place and cannot be a forfeit.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="68"/>
        <source>This person does not speak for team {team}.</source>
        <translation>This person does not speak for team {team}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="176"/>
        <source>This tournament has no break (its size is 0).</source>
        <translation>This tournament has no break (its size is 0).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="134"/>
        <source>Tie-breaks must be some of {allowed}, each once.</source>
        <translation>Tie-breaks must be some of {allowed}, each once.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="99"/>
        <source>Tirkeu · page {page}</source>
        <translation>Tirkeu · page {page}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/listing.py" line="32"/>
        <source>Tournament</source>
        <translation>Tournament</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="272"/>
        <source>Type the code {code} in the Rounds tab (Debate code) to open this debate&apos;s ballot.</source>
        <translation>Type the code {code} in the Rounds tab (Debate code) to open this debate&apos;s ballot.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="114"/>
        <source>Unknown stage {stage}: use one of {stages}.</source>
        <translation>Unknown stage {stage}: use one of {stages}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="258"/>
        <source>Winner (tick one):</source>
        <translation>Winner (tick one):</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="78"/>
        <source>Write the full name (surname and name): {name}</source>
        <translation>Write the full name (surname and name): {name}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="105"/>
        <source>Write the score range as MIN:MAX, for example 60:80.</source>
        <translation>Write the score range as MIN:MAX, for example 60:80.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/elimination.py" line="91"/>
        <source>Write why these teams break from the tie.</source>
        <translation>Write why these teams break from the tie.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="382"/>
        <source>adjudicator</source>
        <translation>adjudicator</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="361"/>
        <source>best speaker, place {rank}, {league}</source>
        <translation>best speaker, place {rank}, {league}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="409"/>
        <source>best speaker, {category}, place {rank}, {league}</source>
        <translation>best speaker, {category}, place {rank}, {league}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="217"/>
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="39"/>
        <source>city stage</source>
        <translation>city stage</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="377"/>
        <source>coach of the team {team}</source>
        <translation>coach of the team {team}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="38"/>
        <source>district stage</source>
        <translation>district stage</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="192"/>
        <source>government</source>
        <translation>government</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="25"/>
        <source>junior</source>
        <translation>junior</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="305"/>
        <source>loaded from {file}</source>
        <translation>loaded from {file}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="25"/>
        <source>novice</source>
        <translation>novice</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="36"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="192"/>
        <source>opposition</source>
        <translation>opposition</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="400"/>
        <source>place {rank}, {category}, {league}</source>
        <translation>place {rank}, {category}, {league}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/tab.py" line="354"/>
        <source>place {rank}, {league}</source>
        <translation>place {rank}, {league}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="40"/>
        <source>regional stage</source>
        <translation>regional stage</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="41"/>
        <source>republican stage</source>
        <translation>republican stage</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="58"/>
        <source>round {round}, {gov} — {opp}</source>
        <translation>round {round}, {gov} — {opp}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="145"/>
        <source>row {row}: </source>
        <translation>row {row}: </translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="269"/>
        <source>row {row}: in the draw {gov} is the opposition, not the government.</source>
        <translation>row {row}: in the draw {gov} is the opposition, not the government.</translation>
    </message>
    <message>
        <source>row {row}: in the draw {gov} is the opposition, not the government; nothing was loaded.</source>
        <translation type="vanished">row {row}: in the draw {gov} is the opposition, not the government; nothing was loaded.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="148"/>
        <source>row {row}: round {round} is not a qualifying round of this tournament (1–{rounds}).</source>
        <translation>row {row}: round {round} is not a qualifying round of this tournament (1–{rounds}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="164"/>
        <source>row {row}: team {team} cannot debate itself.</source>
        <translation>row {row}: team {team} cannot debate itself.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="161"/>
        <source>row {row}: the government team is missing.</source>
        <translation>row {row}: the government team is missing.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="140"/>
        <source>row {row}: the league {league} is not one of this tournament&apos;s leagues ({leagues}).</source>
        <translation>row {row}: the league {league} is not one of this tournament&apos;s leagues ({leagues}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="172"/>
        <source>row {row}: the motion is longer than {limit} characters.</source>
        <translation>row {row}: the motion is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="253"/>
        <source>row {row}: the round or league is not understood.</source>
        <translation>row {row}: the round or league is not understood.</translation>
    </message>
    <message>
        <source>row {row}: the round or league is not understood; nothing was loaded.</source>
        <translation type="vanished">row {row}: the round or league is not understood; nothing was loaded.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="156"/>
        <location filename="../../app/tournaments/results.py" line="259"/>
        <source>row {row}: there is no team {team} in the {league} league.</source>
        <translation>row {row}: there is no team {team} in the {league} league.</translation>
    </message>
    <message>
        <source>row {row}: there is no team {team} in the {league} league; nothing was loaded.</source>
        <translation type="vanished">row {row}: there is no team {team} in the {league} league; nothing was loaded.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="265"/>
        <source>row {row}: {gov} — {opp} is not in the draw of round {round}.</source>
        <translation>row {row}: {gov} — {opp} is not in the draw of round {round}.</translation>
    </message>
    <message>
        <source>row {row}: {gov} — {opp} is not in the draw of round {round}; nothing was loaded.</source>
        <translation type="vanished">row {row}: {gov} — {opp} is not in the draw of round {round}; nothing was loaded.</translation>
    </message>
    <message>
        <source>row {row}: {person} is not a speaker of team {team}.</source>
        <translation type="vanished">row {row}: {person} is not a speaker of team {team}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="288"/>
        <source>row {row}: {problems}</source>
        <translation>row {row}: {problems}</translation>
    </message>
    <message>
        <source>row {row}: {problems}.</source>
        <translation type="vanished">row {row}: {problems}.</translation>
    </message>
    <message>
        <source>row {row}: {problems}; nothing was loaded.</source>
        <translation type="vanished">row {row}: {problems}; nothing was loaded.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="184"/>
        <location filename="../../app/tournaments/registration.py" line="409"/>
        <location filename="../../app/tournaments/results.py" line="284"/>
        <source>row {row}: {problem}</source>
        <translation>row {row}: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {problem}.</source>
        <translation type="vanished">row {row}: {problem}.</translation>
    </message>
    <message>
        <source>row {row}: {problem}; nothing was loaded.</source>
        <translation type="vanished">row {row}: {problem}; nothing was loaded.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="273"/>
        <source>rows {first} and {row} give two results for {gov} — {opp}.</source>
        <translation>rows {first} and {row} give two results for {gov} — {opp}.</translation>
    </message>
    <message>
        <source>rows {first} and {row} give two results for {gov} — {opp}; nothing was loaded.</source>
        <translation type="vanished">rows {first} and {row} give two results for {gov} — {opp}; nothing was loaded.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="236"/>
        <source>rows {first} and {row}: round {round} of the {league} league has two different motions.</source>
        <translation>rows {first} and {row}: round {round} of the {league} league has two different motions.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="229"/>
        <source>rows {first} and {row}: team {team} is drawn twice in round {round}.</source>
        <translation>rows {first} and {row}: team {team} is drawn twice in round {round}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="290"/>
        <source>rows {first} and {row}: the team name {team} is used twice in the file.</source>
        <translation>rows {first} and {row}: the team name {team} is used twice in the file.</translation>
    </message>
    <message>
        <source>rows {first} and {row}: the team name {team} is used twice in the file; nothing was imported.</source>
        <translation type="vanished">rows {first} and {row}: the team name {team} is used twice in the file; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="303"/>
        <source>rows {first} and {row}: {person} is named in two teams.</source>
        <translation>rows {first} and {row}: {person} is named in two teams.</translation>
    </message>
    <message>
        <source>rows {first} and {row}: {person} is named in two teams; nothing was imported.</source>
        <translation type="vanished">rows {first} and {row}: {person} is named in two teams; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="196"/>
        <source>rows {rows}: round {round} of the {league} league already has results ({count} debates); its draw can no longer be replaced.</source>
        <translation>rows {rows}: round {round} of the {league} league already has results ({count} debates); its draw can no longer be replaced.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="200"/>
        <source>rows {rows}: round {round} of the {league} league is already drawn differently; load the file with “replace the draw” to replace it.</source>
        <translation>rows {rows}: round {round} of the {league} league is already drawn differently; load the file with “replace the draw” to replace it.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="37"/>
        <source>school stage</source>
        <translation>school stage</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/types.py" line="187"/>
        <source>unknown role “{role}”</source>
        <translation>unknown role “{role}”</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/adjudicators.py" line="75"/>
        <source>{count} debates have fewer than {per} adjudicators: there are not enough adjudicators.</source>
        <translation>{count} debates have fewer than {per} adjudicators: there are not enough adjudicators.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="212"/>
        <source>{field} must be a number, not {value}.</source>
        <translation>{field} must be a number, not {value}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/draw_import.py" line="210"/>
        <source>{file} has no debates.</source>
        <translation>{file} has no debates.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="280"/>
        <source>{file} has no teams.</source>
        <translation>{file} has no teams.</translation>
    </message>
    <message>
        <source>{file}: required columns are missing: {missing}. The first row must name the columns {columns}.</source>
        <translation type="vanished">{file}: required columns are missing: {missing}. The first row must name the columns {columns}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="188"/>
        <source>{mark} the chair of the panel</source>
        <translation>{mark} the chair of the panel</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="223"/>
        <source>{person} already speaks for team {other}; a debater is in one team of a tournament.</source>
        <translation>{person} already speaks for team {other}; a debater is in one team of a tournament.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_commands.py" line="150"/>
        <source>{person} does not speak for team {team}.</source>
        <translation>{person} does not speak for team {team}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tournament_result_commands.py" line="142"/>
        <source>{person} is not a debater of the {league} league.</source>
        <translation>{person} is not a debater of the {league} league.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/results.py" line="227"/>
        <source>{person} is not a speaker of team {team}.</source>
        <translation>{person} is not a speaker of team {team}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="110"/>
        <source>{round} · {league}</source>
        <translation>{round} · {league}</translation>
    </message>
    <message>
        <source>{round} · {league} league</source>
        <translation type="vanished">{round} · {league} league</translation>
    </message>
    <message>
        <source>{round} · {league} league · Room {room}</source>
        <translation type="vanished">{round} · {league} league · Room {room}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/paper.py" line="210"/>
        <source>{round} · {league} · Room {room}</source>
        <translation>{round} · {league} · Room {room}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="162"/>
        <source>{where}team {team} names the same speaker twice.</source>
        <translation>{where}team {team} names the same speaker twice.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="159"/>
        <source>{where}team {team} needs exactly two speakers.</source>
        <translation>{where}team {team} needs exactly two speakers.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="150"/>
        <source>{where}the league {league} is not one of this tournament&apos;s leagues ({leagues}).</source>
        <translation>{where}the league {league} is not one of this tournament&apos;s leagues ({leagues}).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="39"/>
        <source>{where}the rating {value} is not in steps of 0.5.</source>
        <translation>{where}the rating {value} is not in steps of 0.5.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="36"/>
        <source>{where}the rating {value} is outside 0 – 10.</source>
        <translation>{where}the rating {value} is outside 0 – 10.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/panels.py" line="33"/>
        <source>{where}the rating “{value}” is not a number (0 to 10, in steps of 0.5).</source>
        <translation>{where}the rating “{value}” is not a number (0 to 10, in steps of 0.5).</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="148"/>
        <source>{where}the team has no name.</source>
        <translation>{where}the team has no name.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="155"/>
        <source>{where}there is already a team named {team} in this tournament.</source>
        <translation>{where}there is already a team named {team} in this tournament.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/registration.py" line="170"/>
        <source>{where}{problem}</source>
        <translation>{where}{problem}</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/codes.py" line="52"/>
        <source>“{code}” is not a debate code of this tournament; a code looks like {example}.</source>
        <translation>“{code}” is not a debate code of this tournament; a code looks like {example}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/standings.py" line="111"/>
        <location filename="../../app/tournaments/types.py" line="210"/>
        <source>“{code}” is not a known tie-break.</source>
        <translation>“{code}” is not a known tie-break.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/standings.py" line="211"/>
        <location filename="../../app/tournaments/types.py" line="214"/>
        <source>“{code}” is not a known way to rank speakers.</source>
        <translation>“{code}” is not a known way to rank speakers.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/ballots.py" line="63"/>
        <source>“{role}” is not an APF speech.</source>
        <translation>“{role}” is not an APF speech.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/categories.py" line="45"/>
        <source>“{value}” is not a category: use novice, junior or open.</source>
        <translation>“{value}” is not a category: use novice, junior or open.</translation>
    </message>
</context>
<context>
    <name>Tournaments</name>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="91"/>
        <source>&amp;Adjudicator&apos;s ballot:</source>
        <translation>&amp;Adjudicator&apos;s ballot:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="162"/>
        <source>&amp;Break (teams per league):</source>
        <translation>&amp;Break (teams per league):</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="129"/>
        <source>&amp;Coach:</source>
        <translation>&amp;Coach:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="140"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="191"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/motion_dialog.py" line="26"/>
        <source>&amp;Info slide (read out before the motion; may be empty):</source>
        <translation>&amp;Info slide (read out before the motion; may be empty):</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="167"/>
        <source>&amp;Language of the list:</source>
        <translation>&amp;Language of the list:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="121"/>
        <location filename="../../ui/tournaments/team_dialogs.py" line="193"/>
        <location filename="../../ui/tournaments/view.py" line="175"/>
        <source>&amp;League:</source>
        <translation>&amp;League:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="148"/>
        <source>&amp;Leagues:</source>
        <translation>&amp;Leagues:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/motion_dialog.py" line="24"/>
        <source>&amp;Motion:</source>
        <translation>&amp;Motion:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="133"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="144"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="197"/>
        <location filename="../../ui/tournaments/team_dialogs.py" line="224"/>
        <source>&amp;Rating (0–10):</source>
        <translation>&amp;Rating (0–10):</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="76"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="262"/>
        <source>&amp;Round:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="126"/>
        <location filename="../../ui/tournaments/team_dialogs.py" line="192"/>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="134"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="125"/>
        <source>&amp;Team name:</source>
        <translation>&amp;Team name:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="178"/>
        <source>&amp;Tie-breaks, in order:</source>
        <translation>&amp;Tie-breaks, in order:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="104"/>
        <source>&amp;Winner:</source>
        <translation>&amp;Winner:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="228"/>
        <source>A bye counts as a win; its speaker points are the average of the team&apos;s debated rounds.</source>
        <translation>A bye counts as a win; its speaker points are the average of the team&apos;s debated rounds.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="56"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="364"/>
        <source>A bye has no ballot: the team wins the round without a debate.</source>
        <translation>A bye has no ballot: the team wins the round without a debate.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="279"/>
        <source>A draw made elsewhere, CSV or Excel: round, league, gov_team, opp_team; optional room, adjudicators (chair first), motion. A results file also serves.</source>
        <translation>A draw made elsewhere, CSV or Excel: round, league, gov_team, opp_team; optional room, adjudicators (chair first), motion. A results file also serves.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="203"/>
        <source>Ad&amp;judicators per debate:</source>
        <translation>Ad&amp;judicators per debate:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="153"/>
        <source>Add team…</source>
        <translation>Add team…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="159"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="144"/>
        <source>Adjudicator</source>
        <translation>Adjudicator</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="231"/>
        <source>Adjudicator&apos;s rating</source>
        <translation>Adjudicator&apos;s rating</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="234"/>
        <source>Adjudicators</source>
        <translation>Adjudicators</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="142"/>
        <source>Adjudicators registered: {names}</source>
        <translation>Adjudicators registered: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="137"/>
        <source>Adjudicators: {count}</source>
        <translation>Adjudicators: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="275"/>
        <source>Adjudicators: {summary}</source>
        <translation>Adjudicators: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="169"/>
        <source>All speakers</source>
        <translation>All speakers</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="61"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="102"/>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="53"/>
        <source>Average speaker points</source>
        <translation>Average speaker points</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="181"/>
        <source>Awards</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="174"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Back to the list (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="55"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="363"/>
        <source>Ballot</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="277"/>
        <source>Ballot — {what}: {gov} v {opp}</source>
        <translation>Ballot — {what}: {gov} v {opp}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="292"/>
        <source>Ballots entered so far:</source>
        <translation>Ballots entered so far:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="302"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="263"/>
        <source>Ballot…</source>
        <translation>Ballot…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="180"/>
        <source>Break and eliminations</source>
        <translation>Break and eliminations</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="250"/>
        <source>Break — {league}</source>
        <translation>Break — {league}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="53"/>
        <source>Bye: {teams}</source>
        <translation>Bye: {teams}</translation>
    </message>
    <message>
        <source>CSV or Excel with the columns league, team, school, speaker1, speaker2, coach</source>
        <translation type="vanished">CSV or Excel with the columns league, team, school, speaker1, speaker2, coach</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="157"/>
        <source>CSV or Excel with the columns league, team, school, speaker1, speaker2, coach (and category)</source>
        <translation>CSV or Excel with the columns league, team, school, speaker1, speaker2, coach (and category)</translation>
    </message>
    <message>
        <source>CSV or Excel with the columns name, school, league</source>
        <translation type="vanished">CSV or Excel with the columns name, school, league</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="167"/>
        <source>CSV or Excel with the columns name, school, league, rating</source>
        <translation>CSV or Excel with the columns name, school, league, rating</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="267"/>
        <source>CSV or Excel: round, league, gov_team, opp_team, winner, pm, pm_score, mg, mg_score, lo, lo_score, mo, mo_score</source>
        <translation>CSV or Excel: round, league, gov_team, opp_team, winner, pm, pm_score, mg, mg_score, lo, lo_score, mo, mo_score</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="168"/>
        <location filename="../../ui/tournaments/team_dialogs.py" line="130"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="240"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="141"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="158"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/certificates.py" line="50"/>
        <source>Certificates for the award list ({count})</source>
        <translation>Certificates for the award list ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/certificates.py" line="41"/>
        <source>Certificates of participation: every debater ({count})</source>
        <translation>Certificates of participation: every debater ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="374"/>
        <source>Change the draw</source>
        <translation>Change the draw</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="163"/>
        <source>Change the selected adjudicator&apos;s rating (0–10): the highest rating chairs and judges the top debates</source>
        <translation>Change the selected adjudicator&apos;s rating (0–10): the highest rating chairs and judges the top debates</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="110"/>
        <source>Choose {places} of the tied teams.</source>
        <translation>Choose {places} of the tied teams.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="141"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="84"/>
        <location filename="../../ui/tournaments/break_tab.py" line="320"/>
        <source>Confirm the break</source>
        <translation>Confirm the break</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="298"/>
        <source>Confirm the break…</source>
        <translation>Confirm the break…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="255"/>
        <source>Confirmed: {count} teams.</source>
        <translation>Confirmed: {count} teams.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="143"/>
        <source>Credited: the speaker&apos;s own average speech, for a round their team had a bye or won by forfeit</source>
        <translation>Credited: the speaker&apos;s own average speech, for a round their team had a bye or won by forfeit</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="269"/>
        <source>Debate &amp;code:</source>
        <translation>Debate &amp;code:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="35"/>
        <source>Debate code</source>
        <translation>Debate code</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="210"/>
        <source>Debate code {code}</source>
        <translation>Debate code {code}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/page.py" line="53"/>
        <source>Debate tournaments</source>
        <translation>Debate tournaments</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="142"/>
        <location filename="../../ui/tournaments/awards_tab.py" line="182"/>
        <source>Debater</source>
        <translation>Debater</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="175"/>
        <source>Debater:</source>
        <translation>Debater:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="155"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="203"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="211"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="123"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="220"/>
        <source>Dra&amp;w seed:</source>
        <translation>Dra&amp;w seed:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="336"/>
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="242"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="295"/>
        <source>Draw round {round}</source>
        <translation>Draw round {round}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="241"/>
        <source>Draw round {round} again</source>
        <translation>Draw round {round} again</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="60"/>
        <source>Draw strength</source>
        <translation>Draw strength</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="51"/>
        <source>Draw strength (opponents&apos; wins)</source>
        <translation>Draw strength (opponents&apos; wins)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="311"/>
        <source>Draw the next elimination round</source>
        <translation>Draw the next elimination round</translation>
    </message>
    <message>
        <source>Draw the {round}</source>
        <translation type="vanished">Draw the {round}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="289"/>
        <source>Draw: {round}</source>
        <translation>Draw: {round}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="154"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="299"/>
        <location filename="../../ui/tournaments/break_tab.py" line="348"/>
        <location filename="../../ui/tournaments/break_tab.py" line="370"/>
        <source>Elimination rounds</source>
        <translation>Elimination rounds</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="253"/>
        <source>Enter or double-click: the ballot; Ctrl+click two teams to swap them.</source>
        <translation>Enter or double-click: the ballot; Ctrl+click two teams to swap them.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="297"/>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="185"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="181"/>
        <source>Export standings</source>
        <translation>Export standings</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="172"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="158"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="113"/>
        <source>Forfeit:</source>
        <translation>Forfeit:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="46"/>
        <source>Full name; type two letters to search the register</source>
        <translation>Full name; type two letters to search the register</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="285"/>
        <source>Full screen for the hall: the draw of each league and the standings; arrows move, Esc leaves</source>
        <translation>Full screen for the hall: the draw of each league and the standings; arrows move, Esc leaves</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="176"/>
        <source>Give</source>
        <translation>Give</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="243"/>
        <location filename="../../ui/tournaments/projector.py" line="57"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="233"/>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="300"/>
        <source>Government won</source>
        <translation>Government won</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="281"/>
        <source>Government — {team}</source>
        <translation>Government — {team}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="279"/>
        <source>Government: {team}</source>
        <translation>Government: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="59"/>
        <source>Head to head</source>
        <translation>Head to head</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="265"/>
        <source>Import adjudicators</source>
        <translation>Import adjudicators</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="243"/>
        <source>Import teams</source>
        <translation>Import teams</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="156"/>
        <source>Import teams…</source>
        <translation>Import teams…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="160"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="207"/>
        <location filename="../../ui/tournaments/team_dialogs.py" line="232"/>
        <source>In steps of 0.5; the highest rating chairs and judges the top debates</source>
        <translation>In steps of 0.5; the highest rating chairs and judges the top debates</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="176"/>
        <source>Iron person:</source>
        <translation>Iron person:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="145"/>
        <source>Kept with warnings:</source>
        <translation>Kept with warnings:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="147"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="391"/>
        <source>Kept with warnings: {problems}</source>
        <translation>Kept with warnings: {problems}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="158"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="145"/>
        <source>League</source>
        <translation>League</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/certificates.py" line="43"/>
        <source>Letters of thanks: every coach and adjudicator ({count})</source>
        <translation>Letters of thanks: every coach and adjudicator ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="172"/>
        <source>Letters of thanks…</source>
        <translation>Letters of thanks…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="115"/>
        <source>Load draw</source>
        <translation>Load draw</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="278"/>
        <source>Load draw…</source>
        <translation>Load draw…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="409"/>
        <source>Load results</source>
        <translation>Load results</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="266"/>
        <source>Load results…</source>
        <translation>Load results…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="175"/>
        <source>Low-point wins:</source>
        <translation>Low-point wins:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="61"/>
        <source>Margins</source>
        <translation>Margins</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="70"/>
        <source>Motion of round {round} ({league})</source>
        <translation>Motion of round {round} ({league})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="203"/>
        <source>Motion: {motion}</source>
        <translation>Motion: {motion}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="272"/>
        <source>Motion…</source>
        <translation>Motion…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="215"/>
        <source>N&amp;ovice / junior break:</source>
        <translation>N&amp;ovice / junior break:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="204"/>
        <source>New adjudicator</source>
        <translation>New adjudicator</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="163"/>
        <source>New team</source>
        <translation>New team</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="273"/>
        <source>New tournament</source>
        <translation>New tournament</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/page.py" line="56"/>
        <source>New tournament… (Ctrl+N)</source>
        <translation>New tournament… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="273"/>
        <source>No novice or junior team is outside the open break.</source>
        <translation>No novice or junior team is outside the open break.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="126"/>
        <source>No round is drawn yet.</source>
        <translation>No round is drawn yet.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="142"/>
        <location filename="../../ui/tournaments/awards_tab.py" line="182"/>
        <source>Nomination</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="174"/>
        <source>Nomination (choose, or type your own):</source>
        <translation>Nomination (choose, or type your own):</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="219"/>
        <source>Nominations</source>
        <translation>Nominations</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="150"/>
        <location filename="../../ui/tournaments/awards_tab.py" line="185"/>
        <source>Nominations — {league}</source>
        <translation>Nominations — {league}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="270"/>
        <source>Novice and junior breaks — {count} teams each</source>
        <translation>Novice and junior breaks — {count} teams each</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="170"/>
        <source>One certificate of participation for every debater, with or without results</source>
        <translation>One certificate of participation for every debater, with or without results</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="173"/>
        <source>One letter of thanks for every coach and adjudicator</source>
        <translation>One letter of thanks for every coach and adjudicator</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="103"/>
        <source>One room per line, in the order new draws give them out. A league keeps its rooms from the round before.</source>
        <translation>One room per line, in the order new draws give them out. A league keeps its rooms from the round before.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="243"/>
        <location filename="../../ui/tournaments/projector.py" line="58"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="233"/>
        <source>Opposition</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="301"/>
        <source>Opposition won</source>
        <translation>Opposition won</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="282"/>
        <source>Opposition — {team}</source>
        <translation>Opposition — {team}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="280"/>
        <source>Opposition: {team}</source>
        <translation>Opposition: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="161"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="169"/>
        <source>Participation certificates…</source>
        <translation>Participation certificates…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="240"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="58"/>
        <location filename="../../ui/tournaments/projector.py" line="68"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="97"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="159"/>
        <source>Print ballots</source>
        <translation>Print ballots</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="283"/>
        <source>Print ballots…</source>
        <translation>Print ballots…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="230"/>
        <source>Print certificates</source>
        <translation>Print certificates</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="168"/>
        <source>Print certificates…</source>
        <translation>Print certificates…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="157"/>
        <source>Print draw</source>
        <translation>Print draw</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="282"/>
        <source>Print draw…</source>
        <translation>Print draw…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="82"/>
        <location filename="../../ui/tournaments/round_paper.py" line="178"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="284"/>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="261"/>
        <source>Proposed from the standings so far; not confirmed.</source>
        <translation>Proposed from the standings so far; not confirmed.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="274"/>
        <source>Put the selected debate in another room</source>
        <translation>Put the selected debate in another room</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="159"/>
        <source>Qualifying &amp;rounds:</source>
        <translation>Qualifying &amp;rounds:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="96"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="101"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="180"/>
        <source>Rank s&amp;peakers by:</source>
        <translation>Rank s&amp;peakers by:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="188"/>
        <source>Ranked by average from:</source>
        <translation>Ranked by average from:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="144"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="162"/>
        <source>Rating…</source>
        <translation>Rating…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="298"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="159"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="161"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="233"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="234"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="419"/>
        <source>Results: {entered} entered, {corrected} corrected, {unchanged} unchanged.</source>
        <translation>Results: {entered} entered, {corrected} corrected, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="57"/>
        <location filename="../../ui/tournaments/round_paper.py" line="85"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="233"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="87"/>
        <source>Room of {gov} — {opp}:</source>
        <translation>Room of {gov} — {opp}:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="101"/>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="275"/>
        <source>Rooms…</source>
        <translation>Rooms…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="273"/>
        <source>Room…</source>
        <translation>Room…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="243"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="275"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="177"/>
        <source>Round {round}</source>
        <translation>Round {round}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="177"/>
        <source>Round {round} (drawn)</source>
        <translation>Round {round} (drawn)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="340"/>
        <source>Round {round} is already drawn. Draw it again? (Only while it has no results.)</source>
        <translation>Round {round} is already drawn. Draw it again? (Only while it has no results.)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="179"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="244"/>
        <source>Round {round} is not drawn yet.</source>
        <translation>Round {round} is not drawn yet.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="102"/>
        <location filename="../../ui/tournaments/view.py" line="179"/>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="100"/>
        <source>R{round}</source>
        <translation>R{round}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="170"/>
        <source>Saved {path}: {pages} pages.</source>
        <translation>Saved {path}: {pages} pages.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="96"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="140"/>
        <location filename="../../ui/tournaments/teams_tab.py" line="144"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="287"/>
        <source>Scores {low}–{high}, step {step}; “—” is no score. Enter saves, Esc closes.</source>
        <translation>Scores {low}–{high}, step {step}; “—” is no score. Enter saves, Esc closes.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="109"/>
        <source>Scores:</source>
        <translation>Scores:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/page.py" line="57"/>
        <source>Search (Ctrl+F): any part of the name or place</source>
        <translation>Search (Ctrl+F): any part of the name or place</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="212"/>
        <location filename="../../ui/tournaments/break_tab.py" line="306"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="303"/>
        <source>Seeds meet 1 v N, 2 v N−1…; the higher seed is the government. Record only the winner, or a full ballot.</source>
        <translation>Seeds meet 1 v N, 2 v N−1…; the higher seed is the government. Record only the winner, or a full ballot.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="176"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/motion_dialog.py" line="28"/>
        <source>Shown on the draw sheet, the ballots and the projector. An empty motion removes it.</source>
        <translation>Shown on the draw sheet, the ballots and the projector. An empty motion removes it.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="101"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="127"/>
        <source>Speaker &amp;1:</source>
        <translation>Speaker &amp;1:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="128"/>
        <source>Speaker &amp;2:</source>
        <translation>Speaker &amp;2:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="140"/>
        <source>Speaker 1</source>
        <translation>Speaker 1</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="141"/>
        <source>Speaker 2</source>
        <translation>Speaker 2</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="168"/>
        <source>Speaker s&amp;cores:</source>
        <translation>Speaker s&amp;cores:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="167"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="190"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="142"/>
        <source>Speakers&apos; c&amp;ategories:</source>
        <translation>Speakers&apos; c&amp;ategories:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="190"/>
        <location filename="../../ui/tournaments/view.py" line="180"/>
        <source>Standings</source>
        <translation>Standings</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="66"/>
        <source>Standings after the qualifying rounds · {league}</source>
        <translation>Standings after the qualifying rounds · {league}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="298"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="52"/>
        <source>Sum of margins</source>
        <translation>Sum of margins</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="264"/>
        <source>Swap sides</source>
        <translation>Swap sides</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="265"/>
        <source>Swap the selected teams</source>
        <translation>Swap the selected teams</translation>
    </message>
    <message>
        <source>Swap the two selected teams</source>
        <translation type="vanished">Swap the two selected teams</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="130"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tables (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="177"/>
        <source>Take back</source>
        <translation>Take back</translation>
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
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="166"/>
        <location filename="../../ui/tournaments/view.py" line="179"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="153"/>
        <source>Teams — {counts}</source>
        <translation>Teams — {counts}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="136"/>
        <source>Teams: {count}</source>
        <translation>Teams: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="253"/>
        <source>Teams: {summary}</source>
        <translation>Teams: {summary}</translation>
    </message>
    <message>
        <source>The award list is empty: there are no results yet.</source>
        <translation type="vanished">The award list is empty: there are no results yet.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="275"/>
        <source>The best teams of each category that are not in the open break; provisional until the open break is confirmed.</source>
        <translation>The best teams of each category that are not in the open break; provisional until the open break is confirmed.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="278"/>
        <source>The best teams of each category that are not in the open break; tied teams share a place.</source>
        <translation>The best teams of each category that are not in the open break; tied teams share a place.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="332"/>
        <source>The break is already confirmed. Confirm it again from the standings?</source>
        <translation>The break is already confirmed. Confirm it again from the standings?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="270"/>
        <source>The code printed on a ballot (e.g. R2-K-07); Enter opens that debate&apos;s ballot.</source>
        <translation>The code printed on a ballot (e.g. R2-K-07); Enter opens that debate&apos;s ballot.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="125"/>
        <source>The file draws {rounds} differently from the draw saved. Replace the saved draw?</source>
        <translation>The file draws {rounds} differently from the draw saved. Replace the saved draw?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="285"/>
        <source>The final is drawn</source>
        <translation>The final is drawn</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/certificates.py" line="49"/>
        <source>The preview&apos;s kind; each award is printed as its own kind.</source>
        <translation>The preview&apos;s kind; each award is printed as its own kind.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="286"/>
        <source>The same seed gives the same random first round.</source>
        <translation>The same seed gives the same random first round.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="276"/>
        <source>The tournament&apos;s rooms, given out to new draws in order; a league keeps its rooms from round to round</source>
        <translation>The tournament&apos;s rooms, given out to new draws in order; a league keeps its rooms from round to round</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="260"/>
        <source>The winner has fewer speaker points (allowed in this tournament).</source>
        <translation>The winner has fewer speaker points (allowed in this tournament).</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="262"/>
        <source>The winner has fewer speaker points: this tournament does not allow a low-point win. Check the winner and the scores.</source>
        <translation>The winner has fewer speaker points: this tournament does not allow a low-point win. Check the winner and the scores.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="65"/>
        <source>These teams are tied at the cut and no tie-break separates them. Choose the {places} that break, best seed first, and write why (for example, the rule of your tournament&apos;s regulations).</source>
        <translation>These teams are tied at the cut and no tie-break separates them. Choose the {places} that break, best seed first, and write why (for example, the rule of your tournament&apos;s regulations).</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="381"/>
        <source>This change breaks rules of the draw:
{problems}

Keep this change anyway?</source>
        <translation>This change breaks rules of the draw:
{problems}

Keep this change anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="252"/>
        <source>This tournament has no break (its size is 0).</source>
        <translation>This tournament has no break (its size is 0).</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="257"/>
        <source>Tie at the cut decided: {reason}</source>
        <translation>Tie at the cut decided: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="63"/>
        <source>Tied at the cut</source>
        <translation>Tied at the cut</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="264"/>
        <source>Tied at the cut for {places} place(s): {teams}. The organisers choose when they confirm the break.</source>
        <translation>Tied at the cut for {places} place(s): {teams}. The organisers choose when they confirm the break.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="102"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="49"/>
        <source>Total speaker points</source>
        <translation>Total speaker points</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="255"/>
        <source>Total: {points}</source>
        <translation>Total: {points}</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="274"/>
        <source>Tournament settings</source>
        <translation>Tournament settings</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="122"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="234"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="50"/>
        <source>Who beat whom (two tied teams)</source>
        <translation>Who beat whom (two tied teams)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="291"/>
        <source>Why is the ballot corrected?</source>
        <translation>Why is the ballot corrected?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="297"/>
        <location filename="../../ui/tournaments/break_tab.py" line="244"/>
        <source>Winner</source>
        <translation>Winner</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/common.py" line="48"/>
        <location filename="../../ui/tournaments/common.py" line="58"/>
        <location filename="../../ui/tournaments/projector.py" line="68"/>
        <location filename="../../ui/tournaments/standings_tab.py" line="97"/>
        <source>Wins</source>
        <translation>Wins</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="234"/>
        <source>Withdraw adjudicator {name}?</source>
        <translation>Withdraw adjudicator {name}?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="204"/>
        <source>Withdraw team {team} from the tournament?</source>
        <translation>Withdraw team {team} from the tournament?</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="165"/>
        <source>Withdraw the adjudicator: they leave the panels of debates without a result</source>
        <translation>Withdraw the adjudicator: they leave the panels of debates without a result</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="332"/>
        <source>Write why the ballot is corrected.</source>
        <translation>Write why the ballot is corrected.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="113"/>
        <source>Write why these teams break.</source>
        <translation>Write why these teams break.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="263"/>
        <source>a final</source>
        <translation>a final</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="268"/>
        <source>a partial first round, then a bracket</source>
        <translation>a partial first round, then a bracket</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="281"/>
        <source>a winner may have fewer speaker points than the loser</source>
        <translation>a winner may have fewer speaker points than the loser</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="205"/>
        <source>any league</source>
        <translation>any league</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="91"/>
        <source>as the team</source>
        <translation>as the team</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="283"/>
        <source>average points per round spoken</source>
        <translation>average points per round spoken</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="60"/>
        <source>bye (a win)</source>
        <translation>bye (a win)</translation>
    </message>
    <message>
        <source>bye: a win; its points are the team&apos;s average</source>
        <translation type="vanished">bye: a win; its points are the team&apos;s average</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="299"/>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="299"/>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="288"/>
        <source>elimination rounds</source>
        <translation>elimination rounds</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="233"/>
        <source>goes through</source>
        <translation>goes through</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="263"/>
        <source>no elimination rounds</source>
        <translation>no elimination rounds</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="266"/>
        <source>octofinals to the final</source>
        <translation>octofinals to the final</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="284"/>
        <source>one speaker may give both speeches of a team short of a speaker</source>
        <translation>one speaker may give both speeches of a team short of a speaker</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="279"/>
        <source>or your own leagues, comma-separated</source>
        <translation>or your own leagues, comma-separated</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="287"/>
        <source>qualifying rounds</source>
        <translation>qualifying rounds</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="265"/>
        <source>quarterfinals, semifinals and a final</source>
        <translation>quarterfinals, semifinals and a final</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="285"/>
        <source>record only the winner (no speaker points)</source>
        <translation>record only the winner (no speaker points)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="123"/>
        <source>round {round} ({league})</source>
        <translation>round {round} ({league})</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="285"/>
        <source>rounds spoken (0: every speaker is ranked)</source>
        <translation>rounds spoken (0: every speaker is ranked)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="264"/>
        <source>semifinals and a final</source>
        <translation>semifinals and a final</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/team_dialogs.py" line="169"/>
        <source>speaker {number}:</source>
        <translation>speaker {number}:</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="154"/>
        <source>speakers by average points</source>
        <translation>speakers by average points</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="153"/>
        <source>speakers by total points</source>
        <translation>speakers by total points</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="280"/>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="289"/>
        <source>teams of each category (novice, junior) not in the open break; 0: none</source>
        <translation>teams of each category (novice, junior) not in the open break; 0: none</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/settings_dialog.py" line="282"/>
        <source>total points over the qualifying rounds</source>
        <translation>total points over the qualifying rounds</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/ballot_dialog.py" line="286"/>
        <source>won by forfeit: the other team did not come (no speeches)</source>
        <translation>won by forfeit: the other team did not come (no speeches)</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="252"/>
        <source>{count} bye</source>
        <translation>{count} bye</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/awards_tab.py" line="137"/>
        <source>{count} certificates</source>
        <translation>{count} certificates</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/teams_tab.py" line="44"/>
        <source>{created} new, {updated} updated, {unchanged} unchanged; {people} people added to the register.</source>
        <translation>{created} new, {updated} updated, {unchanged} unchanged; {people} people added to the register.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="249"/>
        <source>{debates} debates, {done} with a result</source>
        <translation>{debates} debates, {done} with a result</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/round_paper.py" line="139"/>
        <source>{league}, round {round}: {debates} debates</source>
        <translation>{league}, round {round}: {debates} debates</translation>
    </message>
    <message>
        <source>{league}: teams ranked by {order}; {rule}. “=” marks a shared place.</source>
        <translation type="vanished">{league}: teams ranked by {order}; {rule}. “=” marks a shared place.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/standings_tab.py" line="156"/>
        <source>{league}: teams ranked by {order}; {rule}. “=” marks a shared place; “*” a speaker&apos;s own average credited for a bye or a forfeit win.</source>
        <translation>{league}: teams ranked by {order}; {rule}. “=” marks a shared place; “*” a speaker&apos;s own average credited for a bye or a forfeit win.</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/projector.py" line="145"/>
        <source>{page} of {pages} · ← → PageUp PageDown: pages · Esc: leave</source>
        <translation>{page} of {pages} · ← → PageUp PageDown: pages · Esc: leave</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="66"/>
        <source>{team} won</source>
        <translation>{team} won</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/rounds_tab.py" line="65"/>
        <source>{team} won by forfeit</source>
        <translation>{team} won by forfeit</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/break_tab.py" line="227"/>
        <location filename="../../ui/tournaments/rounds_tab.py" line="213"/>
        <source>— bye —</source>
        <translation>— bye —</translation>
    </message>
    <message>
        <location filename="../../ui/tournaments/view.py" line="173"/>
        <source>← Tournaments</source>
        <translation>← Tournaments</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/validation/fields.py" line="74"/>
        <source>A date is required (DD.MM.YYYY).</source>
        <translation>A date is required (DD.MM.YYYY).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="180"/>
        <source>A number is required.</source>
        <translation>A number is required.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="206"/>
        <source>A phone number is required.</source>
        <translation>A phone number is required.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="197"/>
        <source>A value is required here.</source>
        <translation>A value is required here.</translation>
    </message>
    <message>
        <location filename="../../app/people/forms.py" line="37"/>
        <source>Choose who gave the consent.</source>
        <translation>Choose who gave the consent.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="113"/>
        <source>The IIN is empty; it must have 12 digits.</source>
        <translation>The IIN is empty; it must have 12 digits.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="118"/>
        <source>The IIN “{text}” has {count} digits; it must have exactly 12.</source>
        <translation>The IIN “{text}” has {count} digits; it must have exactly 12.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="86"/>
        <source>The IIN “{text}” is not valid: its 7th digit is {digit}, but it must be 1–6 (century and sex).</source>
        <translation>The IIN “{text}” is not valid: its 7th digit is {digit}, but it must be 1–6 (century and sex).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="94"/>
        <source>The IIN “{text}” is not valid: its first six digits ({yymmdd}) are not a real birth date (YYMMDD).</source>
        <translation>The IIN “{text}” is not valid: its first six digits ({yymmdd}) are not a real birth date (YYMMDD).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="127"/>
        <source>The IIN “{text}” is not valid: no check digit is possible for its first 11 digits. Check that it was typed correctly.</source>
        <translation>The IIN “{text}” is not valid: no check digit is possible for its first 11 digits. Check that it was typed correctly.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="132"/>
        <source>The IIN “{text}” is not valid: the check digit (last digit) is wrong. Check that it was typed correctly.</source>
        <translation>The IIN “{text}” is not valid: the check digit (last digit) is wrong. Check that it was typed correctly.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="115"/>
        <source>The IIN “{text}” must contain only digits (12 digits).</source>
        <translation>The IIN “{text}” must contain only digits (12 digits).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="120"/>
        <source>The birth date {date} gives an age of {age} years; at most {limit} is possible.</source>
        <translation>The birth date {date} gives an age of {age} years; at most {limit} is possible.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="116"/>
        <source>The birth date {date} is before 1900.</source>
        <translation>The birth date {date} is before 1900.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="113"/>
        <source>The birth date {date} is in the future.</source>
        <translation>The birth date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="188"/>
        <source>The birth date {typed} does not agree with the IIN {iin}, which gives {from_iin}.</source>
        <translation>The birth date {typed} does not agree with the IIN {iin}, which gives {from_iin}.</translation>
    </message>
    <message>
        <location filename="../../app/people/forms.py" line="34"/>
        <source>The consent date is in the future.</source>
        <translation>The consent date is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/validation/typed_dates.py" line="108"/>
        <source>The date “{text}” does not exist: month {month} of {year} has {days} days.</source>
        <translation>The date “{text}” does not exist: month {month} of {year} has {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/tables/values.py" line="58"/>
        <location filename="../../app/validation/fields.py" line="88"/>
        <source>The date “{text}” does not exist: there is no such day in that month (check the day and the month).</source>
        <translation>The date “{text}” does not exist: there is no such day in that month (check the day and the month).</translation>
    </message>
    <message>
        <location filename="../../app/validation/typed_dates.py" line="99"/>
        <source>The date “{text}” has no month {month}: months go from 01 to 12.</source>
        <translation>The date “{text}” has no month {month}: months go from 01 to 12.</translation>
    </message>
    <message>
        <location filename="../../app/validation/typed_dates.py" line="103"/>
        <source>The date “{text}” has the year {year}; write a year from {first} to {last}.</source>
        <translation>The date “{text}” has the year {year}; write a year from {first} to {last}.</translation>
    </message>
    <message>
        <location filename="../../app/tournaments/setup.py" line="147"/>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="130"/>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>The end date {end} is before the start date {start}.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="193"/>
        <source>The number {value} is too large: it must be at most {maximum}.</source>
        <translation>The number {value} is too large: it must be at most {maximum}.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="189"/>
        <source>The number {value} is too small: it must be at least {minimum}.</source>
        <translation>The number {value} is too small: it must be at least {minimum}.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="221"/>
        <source>The phone number “{text}” must have 10 digits after +7 or 8, for example +7 701 234 56 78.</source>
        <translation>The phone number “{text}” must have 10 digits after +7 or 8, for example +7 701 234 56 78.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="214"/>
        <source>The region is required.</source>
        <translation>The region is required.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="147"/>
        <source>The sex is required (M or F).</source>
        <translation>The sex is required (M or F).</translation>
    </message>
    <message>
        <location filename="../../app/validation/iin.py" line="195"/>
        <source>The sex “{typed}” does not agree with the IIN {iin}, which gives “{from_iin}”.</source>
        <translation>The sex “{typed}” does not agree with the IIN {iin}, which gives “{from_iin}”.</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="74"/>
        <location filename="../../app/validation/fields.py" line="139"/>
        <source>This field must be filled in.</source>
        <translation>This field must be filled in.</translation>
    </message>
    <message>
        <location filename="../../app/reference.py" line="217"/>
        <source>Unknown region “{text}”: give one of the 17 regions or the cities Astana, Almaty, Shymkent, by name or by code (for example KZ-75).</source>
        <translation>Unknown region “{text}”: give one of the 17 regions or the cities Astana, Almaty, Shymkent, by name or by code (for example KZ-75).</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="35"/>
        <source>Unknown {what}: {value}</source>
        <translation>Unknown {what}: {value}</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="51"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="89"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../app/events/records.py" line="40"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="51"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="81"/>
        <location filename="../../app/validation/typed_dates.py" line="28"/>
        <source>“{text}” is not a date; write it as DD.MM.YYYY, for example 25.05.2024.</source>
        <translation>“{text}” is not a date; write it as DD.MM.YYYY, for example 25.05.2024.</translation>
    </message>
    <message>
        <location filename="../../app/reports/targets.py" line="158"/>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="208"/>
        <source>“{text}” is not a phone number: use only digits, spaces, +, -, ( ).</source>
        <translation>“{text}” is not a phone number: use only digits, spaces, +, -, ( ).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="151"/>
        <source>“{text}” is not a sex; write M or F (ер / әйел, м / ж).</source>
        <translation>“{text}” is not a sex; write M or F (ер / әйел, м / ж).</translation>
    </message>
    <message>
        <location filename="../../app/events/appointments.py" line="54"/>
        <source>“{text}” is not a time; write it as HH:MM, for example 09:30.</source>
        <translation>“{text}” is not a time; write it as HH:MM, for example 09:30.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="186"/>
        <source>“{text}” is not a whole number.</source>
        <translation>“{text}” is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../app/aid/given.py" line="93"/>
        <location filename="../../app/aid/passport.py" line="114"/>
        <location filename="../../app/events/appointments.py" line="61"/>
        <location filename="../../app/events/attendance.py" line="51"/>
        <location filename="../../app/people/qualifications.py" line="29"/>
        <location filename="../../app/reference.py" line="200"/>
        <source>“{text}” is not in the list of allowed values ({allowed}).</source>
        <translation>“{text}” is not in the list of allowed values ({allowed}).</translation>
    </message>
    <message>
        <source>“{text}” is not in the list of allowed values.</source>
        <translation type="vanished">“{text}” is not in the list of allowed values.</translation>
    </message>
    <message>
        <location filename="../../app/people/records.py" line="47"/>
        <source>“{text}” looks like a spreadsheet formula, not a name: type the name itself.</source>
        <translation>“{text}” looks like a spreadsheet formula, not a name: type the name itself.</translation>
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
        <translation>— any —</translation>
    </message>
</context>
</TS>
