<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>sandi::AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="21"/>
        <source>About Sandi</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="31"/>
        <source>Sandi %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="39"/>
        <source>One-time login codes (TOTP) for SPSE, Indonesia&apos;s e-procurement system, and for any other service that uses them.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="44"/>
        <source>Sandi is free software: you may share and change it under the GNU General Public License, version 3 or (at your choice) any later version. It comes with no warranty.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="54"/>
        <source>Sandi runs with these libraries:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="66"/>
        <source>Close</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::AccountDelegate</name>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="225"/>
        <source>Loading…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="227"/>
        <source>Secret key missing</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="229"/>
        <source>Cannot read the keychain</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="233"/>
        <source>Click or press Enter for a code</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/accountdelegate.cpp" line="263"/>
        <source>Next: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::AccountListModel</name>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="149"/>
        <source>%1 (%2)</source>
        <extracomment>An account in the list: issuer (the LPSE&apos;s name), then the account (user ID)</extracomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="157"/>
        <source>%1: loading the secret key</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="159"/>
        <source>%1: the secret key is missing</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="161"/>
        <source>%1: the keychain is locked or unavailable</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="166"/>
        <source>%1: press Enter for a code</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/accountlistmodel.cpp" line="169"/>
        <source>%1: code %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/accountlistmodel.cpp" line="171"/>
        <source>%1: code %2, %n second(s) left</source>
        <translation>
            <numerusform>%1: code %2, %n second left</numerusform>
            <numerusform>%1: code %2, %n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/accountlistmodelapproval.cpp" line="56"/>
        <source>Activating login approval…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/accountlistmodelapproval.cpp" line="58"/>
        <source>Login approval active</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/accountlistmodelapproval.cpp" line="60"/>
        <source>This device is no longer active for this account; activate again</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/accountlistmodelapproval.cpp" line="64"/>
        <source>Login approval could not be activated.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::AddDialog</name>
    <message>
        <location filename="../ui/adddialog.cpp" line="20"/>
        <location filename="../ui/adddialog.cpp" line="73"/>
        <source>Add account</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="37"/>
        <source>Type the account&apos;s details and its secret key (the text shown next to the QR code).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="46"/>
        <source>Error</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="56"/>
        <source>&amp;Advanced</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="61"/>
        <source>Advanced settings</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="74"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="86"/>
        <source>e.g. LPSE Kabupaten Kudus</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="87"/>
        <source>Issuer</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="88"/>
        <source>&amp;Issuer (LPSE name):</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="91"/>
        <source>e.g. ppk1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="92"/>
        <source>Account (user ID)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="93"/>
        <source>A&amp;ccount (user ID):</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="98"/>
        <source>Secret key</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="99"/>
        <source>Letters A–Z and digits 2–7</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="102"/>
        <location filename="../ui/adddialog.cpp" line="107"/>
        <source>Show</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="104"/>
        <location filename="../ui/adddialog.cpp" line="108"/>
        <source>Show the secret key</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="107"/>
        <source>Hide</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="108"/>
        <source>Hide the secret key</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="113"/>
        <source>&amp;Secret key:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="126"/>
        <source>TOTP (time-based, most services and SPSE)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="127"/>
        <source>HOTP (counter-based)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="128"/>
        <source>Steam</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="129"/>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="130"/>
        <source>&amp;Type:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="136"/>
        <source>Algorithm</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="137"/>
        <source>A&amp;lgorithm:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="142"/>
        <source>Digits</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="143"/>
        <source>&amp;Digits:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="148"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="149"/>
        <source>Period in seconds</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="150"/>
        <source>&amp;Period:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="154"/>
        <source>Counter</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="155"/>
        <source>C&amp;ounter:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="183"/>
        <location filename="../ui/adddialog.cpp" line="188"/>
        <source>Add account?</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/adddialog.cpp" line="189"/>
        <source>OK</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::Approval</name>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="22"/>
        <source>The login approval server could not be reached. Check the network connection, then show a new activation code on the SPSE page and scan it again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="25"/>
        <source>The activation code has expired. Show a new activation code on the SPSE page and scan it again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="28"/>
        <source>The activation code was already used. If it was not you, run Reset TOTP on the SPSE page, then activate again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="31"/>
        <source>The server does not know this activation code. Show a new activation code on the SPSE page and scan it again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="34"/>
        <source>The server&apos;s certificate or key does not match the activation code, so Sandi did not trust it. Someone may be intercepting the connection.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="37"/>
        <source>This computer&apos;s clock is too far off for the server. Correct the clock, then activate again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="40"/>
        <location filename="../app/approval/approvaltext.cpp" line="54"/>
        <source>The server refused the activation.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="42"/>
        <source>The server&apos;s answer is not valid login approval data.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="44"/>
        <source>The login approval details in the activation code are incomplete or invalid.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="46"/>
        <source>The activation code names a server without a secure (https) connection.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="48"/>
        <source>The device key could not be stored in the system keychain.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="50"/>
        <source>The activation could not be saved with the account.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="52"/>
        <source>This device is no longer active for this account; activate again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="59"/>
        <source>Login approval is active.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="64"/>
        <source>Activating login approval…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="69"/>
        <source>Login approval is active for %1 at %2.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="74"/>
        <source>Login approval was not activated; the account&apos;s codes work as before. %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="80"/>
        <source>The device key for login approval is missing from the system keychain; activate again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="86"/>
        <source>The system keychain is not available, so login approval is paused.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="93"/>
        <source>Login approved.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="95"/>
        <source>Login refused.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="97"/>
        <source>The number did not match the one in the browser, so the login was refused.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="99"/>
        <source>The login request has expired.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="101"/>
        <source>This login request was already answered or closed.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="107"/>
        <source>The answer could not be sent.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="114"/>
        <source>The answer could not be sent: the server could not be reached.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="116"/>
        <source>The answer was not sent: the server&apos;s certificate does not match the activation.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="118"/>
        <source>The server refused the answer: too many attempts. Wait a few minutes.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="120"/>
        <source>The server refused the answer: this computer&apos;s clock is too far off.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="122"/>
        <source>The server no longer knows this login request.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="124"/>
        <location filename="../app/approval/approvaltext.cpp" line="130"/>
        <source>The server refused the answer.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="126"/>
        <source>The answer could not be signed with the device key.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/approval/approvaltext.cpp" line="128"/>
        <source>Login approval is not active for this account.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::ApprovalNote</name>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="21"/>
        <source>Login approved</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="22"/>
        <source>Your browser goes on by itself.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="26"/>
        <source>Login refused</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="27"/>
        <source>The browser was not let in.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="30"/>
        <source>Login refused: wrong number</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="31"/>
        <source>The number you picked is not the one your browser showed, so the login was refused. If it was you, log in again and pick the number your browser shows.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="36"/>
        <source>Time is up</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="37"/>
        <source>The login request expired without an answer. If it was you, log in again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="40"/>
        <source>Already answered</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="41"/>
        <source>This login request was answered or ended elsewhere, for example by typing the code.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="45"/>
        <source>This device is no longer active for this account</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="46"/>
        <source>Login approval was moved to another device or reset (Reset TOTP). To use it here, activate again: scan the new activation code (SPSE: Aktivasi TOTP).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="51"/>
        <source>The answer was not sent</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalnote.cpp" line="52"/>
        <source>Sandi could not reach the login site. Type the code in your browser instead.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::ApprovalPanel</name>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="101"/>
        <source>Approve this login?</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="114"/>
        <source>Number %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="135"/>
        <location filename="../ui/approval/approvalpanel.cpp" line="263"/>
        <source>Login request</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="144"/>
        <source>&amp;Next request</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="144"/>
        <source>&amp;Close</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="206"/>
        <source>Pick the number that your browser shows:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="207"/>
        <source>You picked %1. If your browser shows %1, press Yes.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approval/approvalpanel.cpp" line="220"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="233"/>
        <source>Request %1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanel.cpp" line="262"/>
        <source>Sending your answer…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="75"/>
        <source>Login approval request</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="116"/>
        <source>Site:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="117"/>
        <source>Account:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="118"/>
        <source>Browser:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="119"/>
        <source>IP address:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="127"/>
        <source>Time left</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="190"/>
        <source>&amp;No</source>
        <extracomment>The answer that refuses a login (SPSE Authenticator: Tidak)</extracomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="192"/>
        <source>No, refuse this login</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="194"/>
        <source>&amp;Yes</source>
        <extracomment>The answer that allows a login (SPSE Authenticator: Ya)</extracomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="196"/>
        <source>Yes, allow this login with the number picked</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="215"/>
        <source>Sandi is locked. Unlock it to answer this login request.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="217"/>
        <source>&amp;Unlock…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/approval/approvalpanelbuild.cpp" line="226"/>
        <source>Not logging in right now? Press No: someone else may know your password.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::Autostart</name>
    <message>
        <location filename="../app/autostart.cpp" line="214"/>
        <source>Could not set Sandi to start at login: cannot write %1 (%2).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/autostart.cpp" line="229"/>
        <source>Could not stop Sandi from starting at login: cannot delete %1 (%2).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/autostart.cpp" line="246"/>
        <source>Could not change whether Sandi starts at login: the setting %1 cannot be written.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::Banner</name>
    <message>
        <location filename="../ui/banner.cpp" line="45"/>
        <source>Problems</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/banner.cpp" line="80"/>
        <location filename="../ui/banner.cpp" line="81"/>
        <source>Dismiss this message</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::CameraDialog</name>
    <message>
        <location filename="../ui/cameradialog.cpp" line="32"/>
        <source>Scan with camera</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/cameradialog.cpp" line="63"/>
        <source>Camera</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/cameradialog.cpp" line="68"/>
        <source>&amp;Camera:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/cameradialog.cpp" line="88"/>
        <source>Camera preview</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/cameradialog.cpp" line="89"/>
        <source>What the camera sees. Hold the QR code in front of it.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/cameradialog.cpp" line="156"/>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/cameradialog.cpp" line="156"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::CameraListModel</name>
    <message>
        <location filename="../app/scan/cameralistmodel.cpp" line="26"/>
        <source>Camera</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/cameralistmodel.cpp" line="28"/>
        <source>%1 (%2)</source>
        <comment>a camera&apos;s name and its number among cameras of that name</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::CameraScan</name>
    <message>
        <location filename="../app/scan/camerascan.cpp" line="48"/>
        <source>Starting the camera…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/camerascan.cpp" line="82"/>
        <source>Hold the QR code in front of the camera.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/camerascan.cpp" line="100"/>
        <source>QR code found.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::CameraSource</name>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="38"/>
        <source>Sandi is not allowed to use the camera. Open System Settings → Privacy &amp; Security → Camera (on macOS 12 and earlier: System Preferences → Security &amp; Privacy → Camera), turn on Sandi, then open this window again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="42"/>
        <source>Windows does not let Sandi use the camera. Open Settings → Privacy &amp; security → Camera, turn on “Let desktop apps access your camera”, then try again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="47"/>
        <source>Sandi is not allowed to open the camera. Your user account may need to be in the “video” group: ask whoever looks after this computer, then try again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="77"/>
        <source>No camera was found. Connect a webcam and try again, or scan the QR code from the screen or from an image file.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="80"/>
        <source>The camera is being used by another program, such as a video call. Close that program or choose another camera, then try again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="85"/>
        <source>The camera was disconnected. Connect it again, or choose another camera.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="89"/>
        <source>The camera sends no picture. If Sandi was refused access to the camera, open System Settings → Privacy &amp; Security → Camera, turn on Sandi, then open this window again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="93"/>
        <source>The camera sends no picture. Another program, such as a video call, may be using it, or Sandi may not be allowed to use it. Close other programs that use the camera or choose another camera, then try again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="100"/>
        <source>The camera could not be started.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/camerasource.cpp" line="102"/>
        <source>The camera could not be started (%1).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::Clock</name>
    <message numerus="yes">
        <location filename="../app/clock/clocktext.cpp" line="33"/>
        <location filename="../app/clock/clocktext.cpp" line="35"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="34"/>
        <source>%1 %2</source>
        <comment>hours, then minutes</comment>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clock/clocktext.cpp" line="35"/>
        <location filename="../app/clock/clocktext.cpp" line="39"/>
        <location filename="../app/clock/clocktext.cpp" line="41"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="40"/>
        <source>%1 %2</source>
        <comment>minutes, then seconds</comment>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clock/clocktext.cpp" line="41"/>
        <location filename="../app/clock/clocktext.cpp" line="43"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="50"/>
        <source>Your computer&apos;s clock is %1 slow</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="51"/>
        <source>Your computer&apos;s clock is %1 fast</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="52"/>
        <source>%1; the codes have been adjusted.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="53"/>
        <source>%1. Codes are not adjusted: clock correction is off in Settings.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="59"/>
        <source>To fix the clock: Settings → Time &amp; language → Date &amp; time → turn on “Set time automatically”, then “Sync now”.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="62"/>
        <source>To fix the clock: System Settings → General → Date &amp; Time → turn on “Set time and date automatically”.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="65"/>
        <source>To fix the clock: in your desktop&apos;s Date &amp; Time settings turn on automatic time, or run “timedatectl set-ntp true” in a terminal.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="73"/>
        <source>Checking the computer&apos;s clock…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="76"/>
        <source>The clock has not been checked yet.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="82"/>
        <source>The clock could not be checked (%1): %2 Codes use the computer&apos;s clock.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="88"/>
        <source>The computer&apos;s clock is right (checked at %1 with %2).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="90"/>
        <source>The computer&apos;s clock is %1 slow</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="91"/>
        <source>The computer&apos;s clock is %1 fast</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="92"/>
        <source>%1 (checked at %2 with %3); codes are adjusted.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="93"/>
        <source>%1 (checked at %2 with %3); codes are not adjusted.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clocktext.cpp" line="97"/>
        <source>The latest check failed: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::ClockCheck</name>
    <message>
        <location filename="../app/clock/clockcheck.cpp" line="227"/>
        <source>The time servers answered, but no answer could be used: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clockcheck.cpp" line="229"/>
        <source>No time server answered. Check the network connection; a firewall may block the time protocol (NTP, UDP port 123).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clockcheck.cpp" line="257"/>
        <source>No time server answered, and %1 could not be reached: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/clock/clockcheck.cpp" line="260"/>
        <source>No time server answered, and %1 sent no usable date: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::CodeCopier</name>
    <message>
        <location filename="../app/codecopier.cpp" line="25"/>
        <source>This account no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/codecopier.cpp" line="54"/>
        <source>Sandi cannot save the counter right now, so it cannot give a new code.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/codecopier.cpp" line="81"/>
        <source>The secret key of this account is missing from the keychain. Delete the account and add it again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/codecopier.cpp" line="84"/>
        <source>The keychain is locked or unavailable, so Sandi cannot read the secret key.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/codecopier.cpp" line="89"/>
        <source>The secret key is still loading. Try again in a moment.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::EditDialog</name>
    <message>
        <location filename="../ui/editdialog.cpp" line="20"/>
        <source>Edit account</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="24"/>
        <source>Issuer</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="25"/>
        <source>Account (user ID)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="26"/>
        <source>&amp;Issuer (LPSE name):</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="27"/>
        <source>A&amp;ccount (user ID):</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="30"/>
        <source>Error</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="34"/>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/editdialog.cpp" line="35"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::Error</name>
    <message>
        <location filename="../app/errortext.cpp" line="21"/>
        <source>The secret key is empty.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="23"/>
        <source>The secret key contains a character that is not allowed (only A–Z and 2–7).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="25"/>
        <source>The secret key has the wrong length; a character may be missing.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="27"/>
        <source>The algorithm is not supported; use SHA1, SHA256 or SHA512.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="29"/>
        <source>The number of digits must be between 6 and 10.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="31"/>
        <source>The period must be between 1 and 86400 seconds.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="33"/>
        <source>The start time (T0) is not a valid number.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="35"/>
        <source>The time is out of range.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="37"/>
        <source>The cryptographic library failed; the code cannot be computed.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="39"/>
        <source>This is not an otpauth:// link.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="41"/>
        <source>This kind of one-time code is not supported (only TOTP, HOTP and Steam).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="43"/>
        <source>The link contains a broken %-escape.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="45"/>
        <source>The link or export contains text that is not valid UTF-8.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="47"/>
        <source>The link names neither an account nor an issuer.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="49"/>
        <source>The link has no secret key.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="51"/>
        <source>The secret key in the link is not valid Base32.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="53"/>
        <source>The link gives the same parameter twice.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="55"/>
        <source>An HOTP link must give a counter.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="57"/>
        <source>The counter is not a valid number.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="59"/>
        <source>The link is malformed.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="61"/>
        <source>This is not an otpauth-migration:// export link.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="63"/>
        <source>The export link has no data.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="65"/>
        <source>The export data is damaged (invalid Base64).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="67"/>
        <source>The export data is damaged or incomplete.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="69"/>
        <source>The export holds an account of a kind that is not supported.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="71"/>
        <source>The picture has a pixel format that cannot be scanned.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="73"/>
        <source>The picture is empty.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="75"/>
        <source>The picture is too large to scan for a QR code.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="77"/>
        <source>The picture has no image data.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="79"/>
        <source>The picture&apos;s data is malformed.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="81"/>
        <source>The QR code reader failed unexpectedly.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="83"/>
        <source>The time server sent an incomplete answer.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="85"/>
        <source>The time server answered with an unsupported protocol version.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="87"/>
        <source>The time server&apos;s answer is not a time server reply.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="89"/>
        <source>The time server&apos;s answer does not belong to our request.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="91"/>
        <source>The time server refused to answer.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="93"/>
        <source>The time server&apos;s answer is invalid.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="95"/>
        <source>The time server&apos;s own clock is not synchronised.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="97"/>
        <source>The time server&apos;s answer holds no time.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="99"/>
        <source>No time server gave a usable answer.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="101"/>
        <source>The web server sent an invalid date.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="103"/>
        <source>The file or message is damaged (not valid JSON).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="105"/>
        <source>The file or message is nested too deeply to be read.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="107"/>
        <source>The file or message is too large.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="109"/>
        <source>The file asks for password protection settings that are invalid or too costly.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="111"/>
        <source>The stored password is damaged.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="113"/>
        <source>The approval key is damaged or of an unsupported kind.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="115"/>
        <source>A login approval message is damaged.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="117"/>
        <source>A login approval message is not signed the way Sandi requires.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="119"/>
        <source>A login approval message uses a feature Sandi does not accept.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="121"/>
        <source>A login approval message has an invalid signature; it may be forged.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="123"/>
        <source>A login approval message is too large.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="125"/>
        <source>A login approval message is incomplete or invalid.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="127"/>
        <source>A login approval message arrived in the wrong place.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="129"/>
        <source>This login request has expired.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="131"/>
        <source>This login request is dated in the future; check the computer&apos;s clock.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="133"/>
        <source>This login request claims to be valid for too long and was refused.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="135"/>
        <source>This login request is for a different account.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="137"/>
        <source>The login approval information in the QR code is invalid.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="139"/>
        <source>The login approval server&apos;s address is not secure (https).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="141"/>
        <source>The login approval server&apos;s key does not match the QR code; the connection may be intercepted.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="144"/>
        <source>The login approval server refused the request.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="146"/>
        <source>The data could not be decrypted: the key is wrong or the data was changed.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="148"/>
        <source>The password is wrong.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="150"/>
        <source>This file is encrypted. Enter its password to open it.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="152"/>
        <source>This file is not a backup or export that Sandi can read.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="154"/>
        <source>This file was made by a newer version of the app that wrote it. Update Sandi to read it.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="157"/>
        <source>The file is damaged or incomplete. Nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="159"/>
        <source>The file is too large to be a backup or export.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="161"/>
        <source>The saved key for automatic backups is damaged. Set the backup password again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/errortext.cpp" line="163"/>
        <source>Unknown error.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::FrameScanner</name>
    <message>
        <location filename="../app/scan/framescanner.cpp" line="175"/>
        <location filename="../app/scan/framescanner.cpp" line="268"/>
        <source>The camera picture could not be read.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="41"/>
        <source>Add account?</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="41"/>
        <source>Add accounts?</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52"/>
        <source>One QR code cannot be added:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52"/>
        <source>Some QR codes cannot be added:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="57"/>
        <source>Codes that cannot be added</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="83"/>
        <location filename="../ui/importdialog.cpp" line="84"/>
        <source>(none)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="88"/>
        <source>Issuer (LPSE):</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="89"/>
        <source>Account (user ID):</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="90"/>
        <source>Type:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="94"/>
        <source>Add this account to Sandi?</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="95"/>
        <source>&amp;Add</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="100"/>
        <location filename="../ui/importdialog.cpp" line="122"/>
        <location filename="../ui/importdialog.cpp" line="196"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="111"/>
        <source>This account is already in Sandi. If you did a Reset TOTP in SPSE, the old code no longer works: replace it. Keep both only if you know the old one is still in use.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="115"/>
        <source>&amp;Replace</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="118"/>
        <source>&amp;Keep both</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="140"/>
        <source>Accounts in this Google Authenticator export:</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="141"/>
        <source>The scan found %n accounts. Choose the ones to add:</source>
        <translation>
            <numerusform>The scan found %n account. Choose the ones to add:</numerusform>
            <numerusform>The scan found %n accounts. Choose the ones to add:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="146"/>
        <source>Accounts to add</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="153"/>
        <source>already in Sandi</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="165"/>
        <source>&amp;Replace the accounts already in Sandi (after a Reset TOTP the old codes no longer work)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="175"/>
        <source>Scanned part %1 of %2. Still missing: part %3. Scan the next QR code of the export, or add these accounts now.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="181"/>
        <source>Export progress</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="183"/>
        <source>&amp;Scan next part</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="189"/>
        <source>&amp;Add selected</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::Main</name>
    <message>
        <location filename="../app/main.cpp" line="115"/>
        <source>Sandi does not understand “%1”. It accepts an otpauth:// link.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="182"/>
        <source>Sandi: one-time login codes (TOTP) for SPSE and other services.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="186"/>
        <source>Start in the system tray without showing the window (used when Sandi starts at login).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="189"/>
        <source>An otpauth:// link to add; opens the add dialog.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Sandi</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Type to filter by issuer or account (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>Filter accounts</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95"/>
        <source>Accounts</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Press Enter or click to copy the code. Delete removes the account.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>No accounts yet</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>Add account</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>&amp;Add account…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>Add the account you log in with, for example your SPSE user ID: open the activation page with its QR code (SPSE: Aktivasi TOTP), then scan it here.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Scan QR code on screen</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Enter the secret key instead…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Add account by typing its secret key</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>&amp;Copy code</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;Edit account…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>&amp;Delete account…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <location filename="../ui/mainwindowactions.cpp" line="113"/>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>Move &amp;up</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>Move do&amp;wn</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>&amp;Settings…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>&amp;Filter</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>Scan &amp;screen</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Scan screen</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>Find the activation QR code on the screen (Ctrl+Shift+S)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>Scan with &amp;camera…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>Scan &amp;image file…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;Paste QR code or link</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>&amp;Accounts</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>&amp;About Sandi</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>Actions</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>Code copied</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>It is cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>It is cleared from the clipboard in %n second.</numerusform>
            <numerusform>It is cleared from the clipboard in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>Not copied</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>No account matches “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="52"/>
        <location filename="../ui/mainwindowscan.cpp" line="163"/>
        <source>Cannot add an account now</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="68"/>
        <source>Account added</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="91"/>
        <source>Account saved</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="106"/>
        <source>Delete account?</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="106"/>
        <source>Delete %1?</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="110"/>
        <source>The account and its secret key are removed from this computer, including the keychain. To get codes for it again you must activate TOTP again (in SPSE: Reset TOTP).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="115"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="125"/>
        <source>Account deleted</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="213"/>
        <location filename="../ui/mainwindowactions.cpp" line="248"/>
        <source>Try again</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowactions.cpp" line="237"/>
        <source>%n account(s) have no secret key in the keychain, so no code can be shown for them. Delete such an account and add it again (in SPSE: Reset TOTP, then activate again).</source>
        <translation>
            <numerusform>%n account has no secret key in the keychain, so no code can be shown for it. Delete the account and add it again (in SPSE: Reset TOTP, then activate again).</numerusform>
            <numerusform>%n accounts have no secret key in the keychain, so no code can be shown for them. Delete such an account and add it again (in SPSE: Reset TOTP, then activate again).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="260"/>
        <source>Asking the keychain again…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="58"/>
        <source>OK</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="121"/>
        <source>Scan image file</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="123"/>
        <source>Images (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="170"/>
        <source>Cannot add the link</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="201"/>
        <source>Scan failed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="210"/>
        <source>Nothing to add</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="211"/>
        <source>The QR code cannot be added.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="212"/>
        <source>None of the QR codes can be added.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="227"/>
        <source>No QR code was found on the screen.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="228"/>
        <source>Make sure the whole QR code is visible (not covered by another window), or pick the part of the screen where it is.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="232"/>
        <source>No QR code was found in “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="233"/>
        <source>Use a picture where the whole QR code is sharp and not cut off.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="236"/>
        <source>No QR code was found.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="239"/>
        <source>No QR code found</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="245"/>
        <source>&amp;Pick area…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="249"/>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="301"/>
        <source>Not everything was added</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowscan.cpp" line="309"/>
        <source>%n account(s) replaced</source>
        <translation>
            <numerusform>%n account replaced</numerusform>
            <numerusform>%n accounts replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowscan.cpp" line="310"/>
        <source>%n account(s) added</source>
        <translation>
            <numerusform>%n account added</numerusform>
            <numerusform>%n accounts added</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="346"/>
        <location filename="../ui/mainwindowscan.cpp" line="366"/>
        <source>Delete the image?</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="347"/>
        <source>“%1” holds the account&apos;s secret key: anyone who has the file can make its codes. Delete it now?</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="353"/>
        <source>&amp;Delete file</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="355"/>
        <source>&amp;Keep</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="364"/>
        <source>Image deleted</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscan.cpp" line="367"/>
        <source>“%1” could not be deleted: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclock.cpp" line="31"/>
        <source>Check again</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowapproval.cpp" line="120"/>
        <source>Approve login?</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowapproval.cpp" line="121"/>
        <source>%1 at %2 is logging in. Pick the number your browser shows in Sandi.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowapproval.cpp" line="158"/>
        <source>Login approval active</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowapproval.cpp" line="162"/>
        <source>%1: %2</source>
        <extracomment>An account (issuer and user ID), then why login approval was not activated</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::ManualEntry</name>
    <message>
        <location filename="../app/manualentry.cpp" line="51"/>
        <source>Enter the secret key.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/manualentry.cpp" line="105"/>
        <source>Enter the issuer or the account name (user ID).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::PortalScreenshot</name>
    <message>
        <location filename="../app/scan/portalscreenshot.cpp" line="72"/>
        <source>Sandi cannot reach the desktop&apos;s screenshot service: there is no D-Bus session.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/portalscreenshot.cpp" line="131"/>
        <source>The desktop has no screenshot service that Sandi can use (%1).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/portalscreenshot.cpp" line="148"/>
        <source>The screenshot was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/portalscreenshot.cpp" line="149"/>
        <source>The desktop refused to take a screenshot for Sandi.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/portalscreenshot.cpp" line="154"/>
        <source>The desktop&apos;s screenshot service gave no picture that Sandi can open.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::RegionPicker</name>
    <message>
        <location filename="../ui/regionpicker.cpp" line="49"/>
        <source>Pick the area of the QR code</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/regionpicker.cpp" line="50"/>
        <source>Screen area picker</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/regionpicker.cpp" line="69"/>
        <source>Drag a rectangle over the QR code. Enter scans the whole screen; Esc cancels.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::Scan</name>
    <message>
        <location filename="../app/scan/imagescan.cpp" line="72"/>
        <location filename="../app/scan/imagescan.cpp" line="85"/>
        <source>The image is empty or could not be read.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="42"/>
        <source>A web address (%1), not an account.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="46"/>
        <source>An empty QR code, not an account.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="52"/>
        <source>A QR code holding text (“%1”), not an account.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/scan/scanimport.cpp" line="103"/>
        <source>HOTP (counter) · %n digits</source>
        <translation>
            <numerusform>HOTP (counter) · %n digit</numerusform>
            <numerusform>HOTP (counter) · %n digits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="105"/>
        <source>Steam Guard · 5 characters</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/scan/scanimport.cpp" line="109"/>
        <source>TOTP · %1 digits · every %n s</source>
        <translation>
            <numerusform>TOTP · %1 digits · every %n s</numerusform>
            <numerusform>TOTP · %1 digits · every %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="165"/>
        <source>An account link that cannot be added: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="181"/>
        <source>A Google Authenticator export that cannot be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="200"/>
        <source>“%1” from the Google Authenticator export cannot be added: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="271"/>
        <source>%1 was not added: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/scanimport.cpp" line="297"/>
        <source>%1 was added, but the old account could not be removed: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/clipboardscanner.cpp" line="88"/>
        <source>The clipboard holds neither a QR code picture nor an otpauth link.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/filescanner.cpp" line="29"/>
        <source>“%1” is not an image that Sandi can read (PNG, JPEG, BMP, GIF…).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/filescanner.cpp" line="35"/>
        <source>“%1” is too large (%2 × %3 pixels); Sandi reads images of up to 64 megapixels.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/filescanner.cpp" line="44"/>
        <source>“%1” is damaged or incomplete: the image cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/filescanner.cpp" line="45"/>
        <source>“%1” cannot be read as an image (%2).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/filescanner.cpp" line="58"/>
        <source>The file “%1” does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/filescanner.cpp" line="62"/>
        <source>“%1” is a folder, not an image file.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/filescanner.cpp" line="67"/>
        <source>The file “%1” cannot be opened: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/screenscanner.cpp" line="109"/>
        <source>Sandi could not take a screenshot.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/screenscanner.cpp" line="142"/>
        <source>There is no screenshot to pick an area from yet.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/scan/screenscanner.cpp" line="156"/>
        <source>The chosen area is not on any screen.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="27"/>
        <source>&amp;Keep Sandi running in the tray when the window is closed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="30"/>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="36"/>
        <source>System language</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="41"/>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="42"/>
        <source>&amp;Language:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="43"/>
        <source>A new language is used the next time Sandi starts.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="48"/>
        <source>Never</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="49"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="51"/>
        <source>Clear the clipboard after, in seconds</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="52"/>
        <source>&amp;Clear a copied code from the clipboard after:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="59"/>
        <source>This desktop has no system tray, so closing the window quits Sandi.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="69"/>
        <source>OK</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="70"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="78"/>
        <source>Clock</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="80"/>
        <source>C&amp;orrect the codes when the computer&apos;s clock is wrong</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="89"/>
        <source>Check &amp;now</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="104"/>
        <source>pool.ntp.org (Indonesia first)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="105"/>
        <source>Time servers</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="106"/>
        <source>Time servers (NTP), separated by commas: host or host:port.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="107"/>
        <source>&amp;Time servers:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="112"/>
        <source>Web address to read the time from</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="114"/>
        <source>Where the office network blocks time servers, Sandi reads the time from this HTTPS address instead.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="115"/>
        <source>If they do not answer, &amp;ask:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="129"/>
        <source>&amp;Start Sandi when I log in (in the tray)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="154"/>
        <source>“%1” is not a time server. Write host or host:port, separated by commas.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="162"/>
        <source>“%1” is not an https:// web address.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::StoreMessages</name>
    <message>
        <location filename="../app/store/storemessages.cpp" line="21"/>
        <source>Windows Credential Manager</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="23"/>
        <source>the macOS Keychain</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="25"/>
        <source>the system keychain (Secret Service)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="32"/>
        <source>Sign in to your user account normally (not as a guest), then try again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="34"/>
        <source>Install and start GNOME Keyring (package gnome-keyring) or KWallet, sign out and in again, then try again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="48"/>
        <source>The account list was missing or could not be used. Sandi opened its last good copy.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="50"/>
        <source>The account list was damaged. Sandi restored its last good copy; the damaged file was kept as %1. Check that every account is there.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="54"/>
        <source>The account list was saved by a newer version of Sandi. Sandi opened the last copy it can read; the newer file was kept as %1. Update Sandi to see every account.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="59"/>
        <source>Sandi cannot read the account list and has left it untouched; nothing can be changed until it can be read. Check the permissions of Sandi&apos;s data folder, then restart Sandi.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="63"/>
        <source>The account list is damaged and there is no usable copy, so the list is empty. Nothing was deleted: the file was kept as %1. If a newer version of Sandi wrote it, update Sandi; otherwise add your accounts again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="77"/>
        <source>Secret keys are kept in %1, which is not available, so accounts cannot be added or changed. %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="81"/>
        <source>Access to %1 was refused. Allow Sandi to use it (unlock it if asked), then try again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="84"/>
        <source>An error came from %1. Try again; if it keeps happening, restart the computer.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="87"/>
        <source>The disk is full, so the change was not saved and nothing was lost. Free some disk space, then try again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="90"/>
        <source>The change could not be saved, and nothing was lost. Check that the disk is working and that you may write to Sandi&apos;s data folder, then try again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="93"/>
        <source>This account no longer exists; it may have been removed by another Sandi window or by sandi-cli.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="96"/>
        <source>The account list is read-only for now, so the change was not made.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="98"/>
        <source>The secret key is not valid: use only the letters A–Z and the digits 2–7.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="100"/>
        <source>Another Sandi program is saving the account list. Try again in a moment.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="102"/>
        <source>The secret key of this account is not available, so no code can be shown.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="104"/>
        <source>Only counter-based (HOTP) accounts have a next code to request.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="106"/>
        <source>The code could not be computed; the cryptographic library failed.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="119"/>
        <source>The secret key of this account is missing from %1. Remove the account and add it again (for SPSE: do a Reset TOTP and scan the new QR code).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="123"/>
        <source>Access to %1 was refused, so this account&apos;s code cannot be shown. Allow Sandi to use it, then try again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="127"/>
        <source>No code can be shown: %1 is not available. %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="129"/>
        <source>Reading this account&apos;s secret key from %1 failed. Try again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="140"/>
        <source>Read-only: %1 is not available, so accounts cannot be added or changed and no code can be shown. %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/store/storemessages.cpp" line="144"/>
        <source>Read-only: a damaged account list could not be moved aside, so Sandi does not overwrite it. Check the permissions of Sandi&apos;s data folder, then restart Sandi.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::Toast</name>
    <message>
        <location filename="../ui/toast.cpp" line="14"/>
        <source>Notification</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="18"/>
        <source>Quit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="21"/>
        <source>Sandi: one-time codes</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="79"/>
        <source>Hide window</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="79"/>
        <source>Show window</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::UserAgent</name>
    <message>
        <location filename="../app/useragent.cpp" line="89"/>
        <source>%1 on %2</source>
        <extracomment>The browser that asks to log in: browser, then operating system (&quot;Chrome on Linux&quot;)</extracomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/useragent.cpp" line="95"/>
        <source>A browser on %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/useragent.cpp" line="97"/>
        <source>Unknown browser</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sandi::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="28"/>
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

Commands over QR codes:
  scan [--screen] [--json] FILE...  Print the text of every QR code in the image FILEs
                                    (&quot;-&quot;: standard input) and, with --screen, on every
                                    screen, one per line; --json: one JSON document.

QUERY is part of the issuer or the account name, in any case, and must name exactly
one account (an account id also works). An argument containing &quot;://&quot; is a URI.
A URI of &quot;-&quot; is read from standard input, which keeps it out of the shell history.

Options:
  -h, --help      Show this help.
  -V, --version   Show the version.

Exit status: 0 success, 1 usage error, 2 invalid input, ambiguous QUERY or a failure
of the account store or keychain, an unreadable image (the reason is on stderr), 3 no
account matches or no QR code found.
</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="62"/>
        <source>
Checking the clock:
  clock [--server HOST[:PORT]]...   Measure how far this computer&apos;s clock is off, with
                                    SNTP (default servers: pool.ntp.org). Prints the
                                    offset (&quot;+90.0 s&quot;: the servers are 90 s ahead) and
                                    the servers used. Exit status 2: no server answered.
  code URI|QUERY --server HOST[:PORT]...
                                    Print the code for the time those servers give
                                    (this computer&apos;s clock when none answers).
</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="72"/>
        <source>
Login approval (an add URI with acceptor parameters also activates it):
  approvals [--json]                List the login requests waiting for an answer:
                                    ID, site, account, the three numbers, seconds left,
                                    the browser&apos;s IP address and User-Agent.
  approve ID --number N             Approve the request ID with the number N that the
                                    browser shows (a wrong number refuses the login).
  deny ID                           Refuse the request ID.
ID may be shortened to a unique beginning of at least 4 characters. Exit status 2:
the server could not be reached or refused, the number is wrong or not offered, or
add could not activate login approval (the account is added all the same);
3: no such request is waiting, or no account has login approval.
</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="126"/>
        <source>sandi-cli: no command given</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="146"/>
        <source>sandi-cli: unknown command &quot;%1&quot;; see sandi-cli --help</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands.cpp" line="140"/>
        <source>sandi-cli: expected %n argument(s); see sandi-cli --help</source>
        <translation>
            <numerusform>sandi-cli: expected %n argument; see sandi-cli --help</numerusform>
            <numerusform>sandi-cli: expected %n arguments; see sandi-cli --help</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="174"/>
        <source>sandi-cli: --time needs a whole number of seconds, e.g. --time 1700000000</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="184"/>
        <location filename="../app/cli/storecommands.cpp" line="220"/>
        <source>Unix time in seconds (may be negative).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/storecommands.cpp" line="115"/>
        <source>no account matches &quot;%1&quot;; see sandi-cli list</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/storecommands.cpp" line="119"/>
        <source>&quot;%1&quot; matches %n accounts; give more of the name, or the id:</source>
        <translation>
            <numerusform>&quot;%1&quot; matches %n account; give more of the name, or the id:</numerusform>
            <numerusform>&quot;%1&quot; matches %n accounts; give more of the name, or the id:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="84"/>
        <source>no account has login approval active; add one with sandi-cli add URI</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="117"/>
        <source>no login request &quot;%1&quot; is waiting; see sandi-cli approvals</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/approvalcommands.cpp" line="119"/>
        <source>&quot;%1&quot; is the beginning of %n waiting requests; give more of the id</source>
        <translation>
            <numerusform>&quot;%1&quot; is the beginning of %n waiting request; give more of the id</numerusform>
            <numerusform>&quot;%1&quot; is the beginning of %n waiting requests; give more of the id</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="203"/>
        <source>No login request is waiting.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="213"/>
        <source>The number the browser shows.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="225"/>
        <source>approve needs --number N, the number the browser shows</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="235"/>
        <source>%1 is not one of the numbers offered (%2); nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="271"/>
        <location filename="../app/cli/storecommands.cpp" line="301"/>
        <source>no folder for the accounts was found; is HOME set?</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="72"/>
        <source>standard input</source>
        <comment>the image source &quot;-&quot;</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="149"/>
        <source>no QR code found</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="162"/>
        <source>Scan every screen.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/approvalcommands.cpp" line="185"/>
        <location filename="../app/cli/scancommand.cpp" line="163"/>
        <source>Print one JSON document.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="173"/>
        <source>sandi-cli: scan needs --screen or at least one image FILE; see sandi-cli --help</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="202"/>
        <source>--screen needs a graphical session.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/clockcommand.cpp" line="28"/>
        <source>Ask this time server (repeatable).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/clockcommand.cpp" line="36"/>
        <source>sandi-cli: clock takes no arguments besides --server; see sandi-cli --help</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/clockcommand.cpp" line="44"/>
        <location filename="../app/cli/clockcommand.cpp" line="92"/>
        <source>sandi-cli: &quot;%1&quot; is not a time server (HOST or HOST:PORT)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/clockcommand.cpp" line="76"/>
        <source>sandi-cli: --server needs a value (HOST or HOST:PORT)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/clockcommand.cpp" line="84"/>
        <source>sandi-cli: --server and --time cannot be used together</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/clockcommand.cpp" line="106"/>
        <source>sandi-cli: the clock could not be checked (%1); the code uses this computer&apos;s clock</source>
        <translation></translation>
    </message>
</context>
</TS>
