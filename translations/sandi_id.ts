<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>sandi</name>
    <message>
        <location filename="../app/errortext.cpp" line="13"/>
        <source>The secret key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="15"/>
        <source>The secret key contains a character that is not allowed (only A–Z and 2–7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="17"/>
        <source>The secret key has the wrong length; a character may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="19"/>
        <source>The algorithm is not supported; use SHA1, SHA256 or SHA512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="21"/>
        <source>The number of digits must be between 6 and 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="23"/>
        <source>The period must be between 1 and 86400 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="25"/>
        <source>The start time (T0) is not a valid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="27"/>
        <source>The time is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="29"/>
        <source>The cryptographic library failed; the code cannot be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="31"/>
        <source>This is not an otpauth:// link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="33"/>
        <source>This kind of one-time code is not supported (only TOTP, HOTP and Steam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="35"/>
        <source>The link contains a broken %-escape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="37"/>
        <source>The link or export contains text that is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="39"/>
        <source>The link names neither an account nor an issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="41"/>
        <source>The link has no secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="43"/>
        <source>The secret key in the link is not valid Base32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="45"/>
        <source>The link gives the same parameter twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="47"/>
        <source>An HOTP link must give a counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="49"/>
        <source>The counter is not a valid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="51"/>
        <source>The link is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="53"/>
        <source>This is not an otpauth-migration:// export link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="55"/>
        <source>The export link has no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="57"/>
        <source>The export data is damaged (invalid Base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="59"/>
        <source>The export data is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="61"/>
        <source>The export holds an account of a kind that is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="63"/>
        <source>The picture has a pixel format that cannot be scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="65"/>
        <source>The picture is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="67"/>
        <source>The picture is too large to scan for a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="69"/>
        <source>The picture has no image data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="71"/>
        <source>The picture&apos;s data is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="73"/>
        <source>The QR code reader failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="75"/>
        <source>Unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="20"/>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="22"/>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="24"/>
        <source>the system keychain (Secret Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="31"/>
        <source>Sign in to your user account normally (not as a guest), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="33"/>
        <source>Install and start GNOME Keyring (package gnome-keyring) or KWallet, sign out and in again, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="47"/>
        <source>The account list was missing or could not be used. Sandi opened its last good copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="49"/>
        <source>The account list was damaged. Sandi restored its last good copy; the damaged file was kept as %1. Check that every account is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="53"/>
        <source>The account list was saved by a newer version of Sandi. Sandi opened the last copy it can read; the newer file was kept as %1. Update Sandi to see every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="58"/>
        <source>Sandi cannot read the account list and has left it untouched; nothing can be changed until it can be read. Check the permissions of Sandi&apos;s data folder, then restart Sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="62"/>
        <source>The account list is damaged and there is no usable copy, so the list is empty. Nothing was deleted: the file was kept as %1. If a newer version of Sandi wrote it, update Sandi; otherwise add your accounts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="76"/>
        <source>Secret keys are kept in %1, which is not available, so accounts cannot be added or changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="80"/>
        <source>Access to %1 was refused. Allow Sandi to use it (unlock it if asked), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="83"/>
        <source>%1 reported an error. Try again; if it keeps happening, restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="85"/>
        <source>The disk is full, so the change was not saved and nothing was lost. Free some disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="88"/>
        <source>The change could not be saved, and nothing was lost. Check that the disk is working and that you may write to Sandi&apos;s data folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="91"/>
        <source>This account no longer exists; it may have been removed by another Sandi window or by sandi-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="94"/>
        <source>The account list is read-only for now, so the change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="96"/>
        <source>The secret key is not valid: use only the letters A–Z and the digits 2–7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="98"/>
        <source>Another Sandi program is saving the account list. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="100"/>
        <source>The secret key of this account is not available, so no code can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="102"/>
        <source>Only counter-based (HOTP) accounts have a next code to request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="104"/>
        <source>The code could not be computed; the cryptographic library failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="117"/>
        <source>The secret key of this account is missing from %1. Remove the account and add it again (for SPSE: do a Reset TOTP and scan the new QR code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="121"/>
        <source>Access to %1 was refused, so this account&apos;s code cannot be shown. Allow Sandi to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="125"/>
        <source>%1 is not available, so no code can be shown. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="127"/>
        <source>%1 reported an error while reading this account&apos;s secret key. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="138"/>
        <source>Read-only: %1 is not available, so accounts cannot be added or changed and no code can be shown. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="142"/>
        <source>Read-only: a damaged account list could not be moved aside, so Sandi does not overwrite it. Check the permissions of Sandi&apos;s data folder, then restart Sandi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandi::AccountDelegate</name>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="154"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="156"/>
        <source>Secret key missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="158"/>
        <source>Cannot read the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="162"/>
        <source>Click or press Enter for a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="192"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandi::AccountListModel</name>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="142"/>
        <source>%1 (%2)</source>
        <extracomment>An account in the list: issuer (the LPSE&apos;s name), then the account (user ID)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="150"/>
        <source>%1: loading the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="152"/>
        <source>%1: the secret key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="154"/>
        <source>%1: the keychain is locked or unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="159"/>
        <source>%1: press Enter for a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="162"/>
        <source>%1: code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/accountlistmodel.cpp" line="164"/>
        <source>%1: code %2, %n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandi::AddDialog</name>
    <message>
        <location filename="../ui/adddialog.cpp" line="20"/>
        <location filename="../ui/adddialog.cpp" line="73"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="37"/>
        <source>Type the account&apos;s details and its secret key (the text shown next to the QR code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="46"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="56"/>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="61"/>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="74"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="86"/>
        <source>e.g. LPSE Kabupaten Kudus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="87"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="88"/>
        <source>&amp;Issuer (LPSE name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="91"/>
        <source>e.g. ppk1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="92"/>
        <source>Account (user ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="93"/>
        <source>A&amp;ccount (user ID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="98"/>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="99"/>
        <source>Letters A–Z and digits 2–7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="102"/>
        <location filename="../ui/adddialog.cpp" line="107"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="104"/>
        <location filename="../ui/adddialog.cpp" line="108"/>
        <source>Show the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="107"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="108"/>
        <source>Hide the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="113"/>
        <source>&amp;Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="126"/>
        <source>TOTP (time-based, most services and SPSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="127"/>
        <source>HOTP (counter-based)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="128"/>
        <source>Steam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="129"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="130"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="136"/>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="137"/>
        <source>A&amp;lgorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="142"/>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="143"/>
        <source>&amp;Digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="148"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="149"/>
        <source>Period in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="150"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="154"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="155"/>
        <source>C&amp;ounter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="183"/>
        <location filename="../ui/adddialog.cpp" line="188"/>
        <source>Add account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="189"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandi::Banner</name>
    <message>
        <location filename="../ui/banner.cpp" line="45"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/banner.cpp" line="80"/>
        <location filename="../ui/banner.cpp" line="81"/>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandi::CodeCopier</name>
    <message>
        <location filename="../app/codecopier.cpp" line="25"/>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/codecopier.cpp" line="54"/>
        <source>Sandi cannot save the counter right now, so it cannot give a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/codecopier.cpp" line="81"/>
        <source>The secret key of this account is missing from the keychain. Delete the account and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/codecopier.cpp" line="84"/>
        <source>The keychain is locked or unavailable, so Sandi cannot read the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/codecopier.cpp" line="89"/>
        <source>The secret key is still loading. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandi::EditDialog</name>
    <message>
        <location filename="../ui/editdialog.cpp" line="20"/>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="24"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="25"/>
        <source>Account (user ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="26"/>
        <source>&amp;Issuer (LPSE name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="27"/>
        <source>A&amp;ccount (user ID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="30"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="34"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="35"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandi::Main</name>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>Sandi does not understand “%1”. It accepts an otpauth:// link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="106"/>
        <source>The link could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="148"/>
        <source>Sandi: one-time login codes (TOTP) for SPSE and other services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="151"/>
        <source>An otpauth:// link to add; opens the add dialog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandi::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>Type to filter by issuer or account (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Filter accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>Press Enter or click to copy the code. Delete removes the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Add the account you log in with, for example your SPSE user ID. You need the secret key that the service shows next to its QR code when you activate TOTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>&amp;Delete account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <location filename="../ui/mainwindowactions.cpp" line="110"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Code copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>It is cleared from the clipboard in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>Not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>No account matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="49"/>
        <source>Cannot add an account now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="65"/>
        <source>Account added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="88"/>
        <source>Account saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="103"/>
        <source>Delete account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="103"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="107"/>
        <source>The account and its secret key are removed from this computer, including the keychain. To get codes for it again you must activate TOTP again (in SPSE: Reset TOTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="122"/>
        <source>Account deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="197"/>
        <location filename="../ui/mainwindowactions.cpp" line="232"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowactions.cpp" line="221"/>
        <source>%n account(s) have no secret key in the keychain, so no code can be shown for them. Delete such an account and add it again (in SPSE: Reset TOTP, then activate again).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="244"/>
        <source>Asking the keychain again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandi::ManualEntry</name>
    <message>
        <location filename="../app/manualentry.cpp" line="51"/>
        <source>Enter the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/manualentry.cpp" line="105"/>
        <source>Enter the issuer or the account name (user ID).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandi::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="20"/>
        <source>&amp;Keep Sandi running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="22"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="27"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="32"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="33"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="34"/>
        <source>A new language is used the next time Sandi starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="39"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="40"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="42"/>
        <source>Clear the clipboard after, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="43"/>
        <source>&amp;Clear a copied code from the clipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="50"/>
        <source>This desktop has no system tray, so closing the window quits Sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="57"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="58"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandi::Toast</name>
    <message>
        <location filename="../ui/toast.cpp" line="14"/>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandi::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="18"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="21"/>
        <source>Sandi: one-time codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="73"/>
        <source>Hide window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="73"/>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandi::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="24"/>
        <source>Usage: sandi-cli COMMAND [OPTIONS]

Commands over a URI:
  code URI [--time UNIX_SECONDS]    Print the current code of an otpauth:// URI
                                    (HOTP: the code for the URI&apos;s counter).
  inspect URI                       Describe an otpauth:// or otpauth-migration:// URI
                                    as JSON, without the secret.

Commands over your saved accounts (the same ones the Sandi window shows):
  add URI                           Save the account of an otpauth:// URI; the secret key
                                    goes to the system keychain. Prints ISSUER&lt;TAB&gt;ACCOUNT.
  list                              Print one line per account: ISSUER&lt;TAB&gt;ACCOUNT.
  code QUERY [--time UNIX_SECONDS]  Print the code of the account that QUERY names
                                    (HOTP: the next code; the counter is saved first).
  remove QUERY                      Delete the account and its secret key.

QUERY is part of the issuer or the account name, in any case, and must name exactly
one account (an account id also works). An argument containing &quot;://&quot; is a URI.
A URI of &quot;-&quot; is read from standard input, which keeps it out of the shell history.

Options:
  -h, --help      Show this help.
  -V, --version   Show the version.

Exit status: 0 success, 1 usage error, 2 invalid input, ambiguous QUERY or a failure
of the account store or keychain (the reason is on stderr), 3 no account matches.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="70"/>
        <source>sandi-cli: no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="90"/>
        <source>sandi-cli: unknown command &quot;%1&quot;; see sandi-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="139"/>
        <source>sandi-cli: expected %n argument(s); see sandi-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="171"/>
        <source>sandi-cli: --time needs a whole number of seconds, e.g. --time 1700000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="180"/>
        <source>Unix time in seconds (may be negative).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
