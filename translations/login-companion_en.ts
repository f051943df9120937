<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountRow</name>
    <message>
        <location filename="../qml/AccountRow.qml" line="37"/>
        <source>%1, %2, production environment, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountRow.qml" line="38"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountRow.qml" line="79"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountRow.qml" line="80"/>
        <source>Show the tokens of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountRow.qml" line="89"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountRow.qml" line="90"/>
        <source>Sign in again as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountRow.qml" line="98"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountRow.qml" line="99"/>
        <source>Sign out %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../qml/AccountsPage.qml" line="21"/>
        <source>Add a provider profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="22"/>
        <source>Provider profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="22"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="45"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="49"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="52"/>
        <source>Sign in to the selected provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="67"/>
        <source>Show development providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="73"/>
        <source>Add a provider file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="74"/>
        <source>Add a provider profile from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="98"/>
        <source>Open the setup instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="124"/>
        <source>No provider is ready on this computer yet. Turn on &quot;Show development providers&quot; to see every provider and what each one needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="131"/>
        <source>No accounts yet. Choose a provider and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="145"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="156"/>
        <source>Search by label, email or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="161"/>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="170"/>
        <source>Showing %1 of %2 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="191"/>
        <source>Signed-in accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimTree</name>
    <message>
        <location filename="../qml/ClaimTree.qml" line="36"/>
        <source>Collapse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ClaimTree.qml" line="37"/>
        <source>Expand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ClaimTree.qml" line="59"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../qml/LoginView.qml" line="70"/>
        <source>Secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="70"/>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="82"/>
        <source>Secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="83"/>
        <source>Connection is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="95"/>
        <source>Current site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="103"/>
        <source>Use browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="106"/>
        <location filename="../qml/LoginView.qml" line="107"/>
        <location filename="../qml/LoginView.qml" line="260"/>
        <source>Sign in with your browser instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="113"/>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="127"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="179"/>
        <source>Finishing sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="191"/>
        <source>Continue signing in in your web browser. This window updates when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="204"/>
        <source>This connection is not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="206"/>
        <source>Unencrypted page blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="207"/>
        <source>Sign-in did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="220"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="231"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="240"/>
        <source>Certificate SHA-256 fingerprint:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="241"/>
        <source>Certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="250"/>
        <source>Back to the sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="251"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="255"/>
        <source>Retry sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="267"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="268"/>
        <source>Close and cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="281"/>
        <source>This account&apos;s sign-in is remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="287"/>
        <source>Sign in with a different account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="306"/>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="312"/>
        <source>The site asks for a user name and password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="320"/>
        <location filename="../qml/LoginView.qml" line="321"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="329"/>
        <location filename="../qml/LoginView.qml" line="330"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="357"/>
        <source>%1 says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="13"/>
        <source>Login Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Sign out %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="92"/>
        <source>%1 is signed out at the provider and removed from this computer. Launchers then ask you to sign in again. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="102"/>
        <source>Keep signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="99"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="101"/>
        <source>Sign out %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopupWindow</name>
    <message>
        <location filename="../qml/PopupWindow.qml" line="42"/>
        <source>Current site: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductionBadge</name>
    <message>
        <location filename="../qml/ProductionBadge.qml" line="7"/>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ProductionBadge.qml" line="20"/>
        <source>Production environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDetailsPage</name>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="26"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="27"/>
        <source>Back to the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="32"/>
        <source>Tokens of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="73"/>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="80"/>
        <source>Reading the tokens from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="99"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="114"/>
        <location filename="../qml/TokenDetailsPage.qml" line="185"/>
        <source>Issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="119"/>
        <location filename="../qml/TokenDetailsPage.qml" line="186"/>
        <source>Expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="126"/>
        <source>Scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="127"/>
        <source>Scopes: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="134"/>
        <source>Refresh token: stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="135"/>
        <source>Refresh token: none (sign in again when the access token expires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="143"/>
        <source>Copy access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="148"/>
        <source>Copy Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="153"/>
        <source>Copy curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="155"/>
        <source>Calls %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="176"/>
        <source>ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="187"/>
        <source>No ID token is stored: this provider signs in with plain OAuth 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="196"/>
        <source>Access token claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="205"/>
        <source>The access token is opaque (not a JWT): only the provider can read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AccountCredentials</name>
    <message>
        <location filename="../app/core/storage/AccountCredentials.cpp" line="49"/>
        <source>No credentials are stored for account &quot;%1&quot; of profile &quot;%2&quot;; store them with &quot;login-companion credentials set --profile %2 --account %1 --username NAME&quot; (it reads the password from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountCredentials.cpp" line="62"/>
        <source>Cannot read the credential list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountCredentials.cpp" line="67"/>
        <source>The credential list %1 is damaged or from a newer version; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountCredentials.cpp" line="92"/>
        <location filename="../app/core/storage/AccountCredentials.cpp" line="98"/>
        <source>Cannot write the credential list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountCredentials.cpp" line="113"/>
        <source>The credential list %1 is locked by another process; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AccountFilterModel</name>
    <message>
        <location filename="../app/window/AccountFilterModel.cpp" line="51"/>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AccountIndex</name>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="125"/>
        <source>Cannot read the account list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="68"/>
        <source>The account list %1 is damaged; remove it and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="74"/>
        <source>The account list %1 was written by a newer version of Login Companion (format %2; this one reads format %3). Update Login Companion; the file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="164"/>
        <location filename="../app/core/storage/AccountIndex.cpp" line="168"/>
        <source>Cannot write the account list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="179"/>
        <source>The account list %1 is locked by another process; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="239"/>
        <source>No account is signed in for profile &quot;%1&quot;; run &quot;login-companion login --profile %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="242"/>
        <source>No account &quot;%1&quot; is signed in for profile &quot;%2&quot;; run &quot;login-companion login --profile %2 --account %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="253"/>
        <source>Profile &quot;%1&quot; has %2 accounts (%3); choose one with --account, or set a default with &quot;login-companion use --profile %1 --account LABEL&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="281"/>
        <source>No account &quot;%1&quot; is signed in for profile &quot;%2&quot;; the profile has no accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="284"/>
        <source>No account &quot;%1&quot; is signed in for profile &quot;%2&quot; (its accounts: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="334"/>
        <source>The label &quot;%1&quot; already belongs to another account of profile &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AccountLock</name>
    <message>
        <location filename="../app/core/storage/AccountLock.cpp" line="63"/>
        <source>Cannot create the account lock %1; check the permissions of its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/storage/AccountLock.cpp" line="70"/>
        <source>Another Login Companion process kept this account busy for %n second(s); try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::AccountStore</name>
    <message>
        <location filename="../app/core/storage/AccountStore.cpp" line="45"/>
        <source>Account &quot;%1&quot; must sign in again; run &quot;login-companion login --profile %2 --account %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AccountsController</name>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="128"/>
        <source>%1 (needs setup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="245"/>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="283"/>
        <source>The provider did not confirm the revocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="287"/>
        <source>Signing out %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="279"/>
        <source>Signed out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="134"/>
        <source>%1 is not set up on this computer yet: some of its settings, such as the server address or the app&apos;s client id, have no value. Whoever gave you Login Companion can provide them; the documentation explains how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="167"/>
        <source>Added the provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="170"/>
        <source>Updated the provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="173"/>
        <source>The provider %1 was already added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="179"/>
        <source>It is a %1 provider, so development providers are shown now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="281"/>
        <source>Signed out %1 on this computer. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="295"/>
        <source>Sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="298"/>
        <source>Access token expired; it is refreshed on next use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="300"/>
        <source>Valid for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="301"/>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="334"/>
        <source>That account is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AgentAutostart</name>
    <message>
        <location filename="../app/cli/AgentAutostart.cpp" line="45"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AgentAutostart.cpp" line="88"/>
        <source>The agent (login-companion-agent) is not installed next to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AgentAutostart.cpp" line="96"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AgentAutostart.cpp" line="116"/>
        <source>The autostart entry is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AgentAutostart.cpp" line="137"/>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AgentCommand</name>
    <message>
        <location filename="../app/cli/AgentCommand.cpp" line="37"/>
        <source>--enable-autostart and --disable-autostart exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AgentCommand.cpp" line="42"/>
        <source>The agent will start at login (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AgentCommand.cpp" line="49"/>
        <source>The agent will no longer start at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AgentCommand.cpp" line="50"/>
        <source>The agent was not set to start at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AgentCommand.cpp" line="57"/>
        <source>The agent (login-companion-agent) is not installed next to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AgentCommand.cpp" line="74"/>
        <location filename="../app/cli/AgentCommand.cpp" line="81"/>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AuthorizationFlow</name>
    <message>
        <location filename="../app/core/auth/AuthorizationFlow.cpp" line="85"/>
        <source>Profile &quot;%1&quot; needs its client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationFlow.cpp" line="182"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationFlow.cpp" line="216"/>
        <source>The provider did not return an ID token although the openid scope was requested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AuthorizationResponse</name>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="37"/>
        <source>The provider&apos;s redirect repeats the parameter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="46"/>
        <source>The provider&apos;s redirect has no state; the sign-in was stopped for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="50"/>
        <source>The provider&apos;s redirect does not belong to this sign-in attempt (state mismatch); it was stopped for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="57"/>
        <source>The provider&apos;s redirect lacks the issuer (iss) its metadata promises; the sign-in was stopped for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="61"/>
        <source>The redirect came from issuer &quot;%1&quot;, not the expected &quot;%2&quot;; the sign-in was stopped for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="72"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="73"/>
        <source>Sign-in was cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="78"/>
        <source>The provider refused the sign-in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="79"/>
        <source>The provider refused the sign-in (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="85"/>
        <source>The provider&apos;s redirect carries no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::Autofill</name>
    <message>
        <location filename="../app/window/Autofill.cpp" line="43"/>
        <source>--autofill needs --account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/Autofill.cpp" line="111"/>
        <source>The provider showed its login form again after the stored password of account &quot;%1&quot; (profile &quot;%2&quot;) was submitted: the password is probably wrong. Store the right one with &quot;login-companion credentials set --profile %2 --account %1 --username NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/Autofill.cpp" line="120"/>
        <source>Account &quot;%1&quot; of profile &quot;%2&quot; was not signed in within %3 s with its stored credentials: the provider may have rejected them without showing its login form again, or the login form was not recognised (the profile&apos;s &quot;autofill&quot; selectors).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AutofillLogin</name>
    <message>
        <location filename="../app/cli/AutofillLogin.cpp" line="19"/>
        <source>--timeout takes a number of seconds from 1 to 3600, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AutofillLogin.cpp" line="53"/>
        <source>No credentials are stored for profile &quot;%1&quot;; store them with &quot;login-companion credentials set --profile %1 --account LABEL --username NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AutofillLogin.cpp" line="59"/>
        <source>Profile &quot;%1&quot; has stored credentials for %2 accounts (%3); choose one with --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AutofillLogin.cpp" line="75"/>
        <source>--%1 needs --autofill or --batch: nobody could sign in without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AutofillLogin.cpp" line="82"/>
        <source>--autofill fills the login window&apos;s form; it cannot be used with --browser system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AutofillPolicy</name>
    <message>
        <location filename="../app/core/providers/AutofillPolicy.cpp" line="10"/>
        <source>Profile &quot;%1&quot; is a production profile: --autofill and --batch are refused for it (a profile for test accounts may set &quot;allowAutofill&quot;: true).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::BackendTokenExchange</name>
    <message>
        <location filename="../app/core/auth/BackendTokenExchange.cpp" line="54"/>
        <source>The token backend %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::BatchFile</name>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="80"/>
        <source>%1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="86"/>
        <source>%1: &quot;%2&quot; is not a known key (profile, label, username)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="90"/>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="99"/>
        <source>%1: a quoted field is not closed properly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BatchFile.cpp" line="106"/>
        <source>%1: expected &quot;profile,label&quot; or &quot;profile,label,username&quot;, got %n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="116"/>
        <source>%1: the profile is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="118"/>
        <source>%1: the account label is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="121"/>
        <source>%1: account &quot;%2&quot; of profile &quot;%3&quot; is listed twice (first on line %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="129"/>
        <source>%1 lists no accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="137"/>
        <source>--batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="141"/>
        <source>--batch %1 is larger than %2 KiB; it cannot be a list of accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::BatchLogin</name>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="68"/>
        <source>--batch takes its accounts and profiles from its file; --%1 cannot be combined with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="81"/>
        <source>The login windows cannot open: there is no display here. Add --headless to sign in offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="100"/>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="100"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="107"/>
        <source>All accounts signed in: %1 of %1 (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="109"/>
        <source>Accounts signed in: %1 of %2 (%3 s); failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="130"/>
        <source>the stored credentials of account &quot;%1&quot; are for user &quot;%2&quot;, not &quot;%3&quot; (line %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="141"/>
        <source>the login window (login-companion-window) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="161"/>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="169"/>
        <source>the login window did not finish within %1 s; it was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="177"/>
        <source>the login window crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="183"/>
        <source>the login window ended with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="186"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="194"/>
        <source>[%1/%2] signing in %3 of %4…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::BoundedFile</name>
    <message>
        <location filename="../app/core/common/BoundedFile.cpp" line="10"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/common/BoundedFile.cpp" line="14"/>
        <source>%1 is larger than %2 KiB; it cannot be a profile or settings file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::CheckAccounts</name>
    <message>
        <location filename="../app/core/operations/CheckAccounts.cpp" line="18"/>
        <source>Checking the accounts was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ChunkedKeychain</name>
    <message>
        <location filename="../app/core/storage/ChunkedKeychain.cpp" line="58"/>
        <source>The keychain entry %1 is damaged (%2). Sign in again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ChunkedKeychain.cpp" line="69"/>
        <source>its pieces do not add up to what was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ChunkedKeychain.cpp" line="86"/>
        <source>piece %1 of %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ChunkedKeychain.cpp" line="175"/>
        <source>its header is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ChunkedKeychain.cpp" line="195"/>
        <source>The value for %1 is too large for the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ClaimTreeModel</name>
    <message numerus="yes">
        <location filename="../app/window/ClaimTreeModel.cpp" line="96"/>
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/ClaimTreeModel.cpp" line="96"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="163"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="196"/>
        <source>--browser takes &quot;embedded&quot; or &quot;system&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="208"/>
        <source>Sign in with the login window (--browser embedded), or register a loopback redirect URI with a port (http://127.0.0.1:PORT/…) for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="263"/>
        <source>The login window did not report the signed-in account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="277"/>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="294"/>
        <source>Continue signing in to %1 in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="314"/>
        <source>--min-validity takes a number of seconds, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="446"/>
        <source>No accounts. Sign in with &quot;login-companion login --profile ID&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="454"/>
        <source>sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="456"/>
        <source>access token valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="458"/>
        <source>access token expired (refreshes on next use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="60"/>
        <source>unknown command &quot;%1&quot;; run &quot;login-companion help&quot; for the commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="63"/>
        <location filename="../app/cli/CliApplication.cpp" line="125"/>
        <source>unknown command &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="123"/>
        <source>help takes one command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="147"/>
        <source>%1; run &quot;%2&quot; for the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="156"/>
        <source>unknown option &quot;%1&quot;; run &quot;%2&quot; for the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="158"/>
        <source>unknown option &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="354"/>
        <source>--all and --account exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="357"/>
        <source>logout --all signs out several accounts; pass --yes to confirm (standard input is not a terminal to ask on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="386"/>
        <source>%1; its accounts are removed here without asking the provider to revoke their tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="393"/>
        <source>No accounts to sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="397"/>
        <source>Nothing was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliApplication.cpp" line="414"/>
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliApplication.cpp" line="415"/>
        <source>Sign out %n account(s) (%1)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliApplication.cpp" line="430"/>
        <source>%n row(s) of the account list could not be read; they were left as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="475"/>
        <source>say &quot;secret set&quot; or &quot;secret delete&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="477"/>
        <source>secret needs --profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="487"/>
        <source>Deleted the client secret of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="492"/>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="497"/>
        <source>no secret on standard input (e.g. printf %s &quot;$SECRET&quot; | login-companion secret set --profile ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="503"/>
        <source>Stored the client secret of %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="529"/>
        <source>use needs --account LABEL: the account to use by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="537"/>
        <source>%1 is now the default account of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ClientSecrets</name>
    <message>
        <location filename="../app/core/storage/ClientSecrets.cpp" line="55"/>
        <source>Profile &quot;%1&quot; needs its client secret: run &quot;login-companion secret set --profile %1&quot; (it reads the secret from standard input) or set %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::CommandTable</name>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="22"/>
        <source>Provider profile: a built-in or installed id, or a profile file (default: demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="31"/>
        <source>Account label or subject (default: the profile&apos;s only account, or its default account; see &quot;use&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="46"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="47"/>
        <source>Show this help, including Qt&apos;s own options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="48"/>
        <source>Log what happens (tokens and secrets are redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="56"/>
        <source>open the window: accounts and Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="57"/>
        <source>Login Companion signs you in to game providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="58"/>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="61"/>
        <source>sign in through the login window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="62"/>
        <source>Signs in through the login window and stores the tokens in the OS keychain. On success it prints one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="67"/>
        <source>Print the new access token on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="70"/>
        <source>Where to sign in: &quot;embedded&quot; (the login window) or &quot;system&quot; (your web browser, with a loopback redirect). Default: the profile&apos;s &quot;browser&quot; setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="75"/>
        <source>Remember this account&apos;s web session (cookies) on this computer, separate from every other account&apos;s; by default each sign-in starts with a clean, private session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="79"/>
        <source>End at the first failure with its message (exit 1) instead of showing the error view with Retry (scripts, headless runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="83"/>
        <source>Run this JavaScript file in every page the login window loads (automation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="87"/>
        <source>Answer HTTP authentication prompts with the &quot;user:password&quot; in this file (automation); an empty file cancels them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="91"/>
        <source>Fill and submit the provider&apos;s login form with the account&apos;s stored credentials (&quot;credentials set&quot;); only on pages of the authorization endpoint&apos;s origin, never for a production profile unless it sets &quot;allowAutofill&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="97"/>
        <source>Sign in every account FILE lists (CSV &quot;profile,label[,username]&quot; or JSON lines) with its stored credentials, one after the other; one line per account and a summary. Exit 0 only if every account signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="102"/>
        <source>With --autofill or --batch: sign in offscreen, with no window shown (ends at the first failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="106"/>
        <source>With --autofill or --batch: an account not signed in within this many seconds fails (default 60; always applies to --batch and --headless).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="113"/>
        <source>print a valid access token (refreshes silently, never shows a window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="114"/>
        <source>Prints a valid access token on stdout, refreshing it silently when needed. Never opens a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="119"/>
        <source>Refresh when the token expires within this many seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="123"/>
        <source>Print one JSON object: the access token, its type, expiry and scopes, the ID token and its claims, and the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="126"/>
        <source>Read the keychain directly even when the agent runs (by default a running agent answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="130"/>
        <source>sign out: revoke and remove an account&apos;s tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="131"/>
        <source>Revokes an account&apos;s tokens at the provider and removes them from the keychain and the account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="135"/>
        <source>Also end the provider&apos;s browser session (OpenID RP-initiated logout): opens the provider&apos;s end_session_endpoint in the web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="139"/>
        <source>Sign out every account of --profile, or every account at all when --profile is not given. Asks first on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="142"/>
        <source>Do not ask before signing out several accounts (needed with --all when standard input is not a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="146"/>
        <source>list the signed-in accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="147"/>
        <source>Lists the signed-in accounts (no keychain access). Prints nothing when there are none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="149"/>
        <source>Print JSON (an empty list is []).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="153"/>
        <source>show whether each account can get a token without signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="154"/>
        <source>Shows every account (or those of --profile) with its provider, environment and person, whether its access token is valid and whether a refresh token is held. Reads the keychain but never refreshes. Exit status 0 when every account is usable, 3 when one needs a sign-in (or there is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="161"/>
        <source>Only this profile&apos;s accounts (default: every account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="165"/>
        <source>choose a profile&apos;s default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="166"/>
        <source>Makes an account the profile&apos;s default: commands without --account take it when the profile has several accounts. Signing out of it clears the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="172"/>
        <source>The account (label or subject) to use by default (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="177"/>
        <source>add|list|show|remove provider profiles installed on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="178"/>
        <source>Manages provider profiles: &quot;profile add FILE&quot; validates a profile file and installs it in the config directory, so its id works with --profile from any folder; &quot;profile list&quot; shows the built-in and installed profiles with their environment and whether their placeholders are set; &quot;profile show ID&quot; prints a profile with its placeholders filled in (secrets are never shown); &quot;profile remove ID&quot; removes an installed profile, refused while accounts use it unless --force signs them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="187"/>
        <source>With &quot;remove&quot;: sign out the profile&apos;s accounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="194"/>
        <source>set|delete a confidential client&apos;s secret (set reads it from stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="195"/>
        <source>Stores a confidential client&apos;s secret in the OS keychain (&quot;secret set&quot; reads it from standard input, so it never appears in the shell history), or deletes it (&quot;secret delete&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="205"/>
        <source>set|delete|list test accounts&apos; passwords for login --autofill (set reads stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="206"/>
        <source>Keeps test accounts&apos; user names and passwords for &quot;login --autofill&quot; and &quot;login --batch&quot;: the password only in the OS keychain (&quot;credentials set&quot; reads it from standard input), the user name also in a list, so that &quot;credentials list&quot; shows the accounts without ever showing a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="214"/>
        <source>The user name typed into the login form (credentials set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="216"/>
        <source>Print JSON (credentials list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="222"/>
        <source>keep the accounts&apos; tokens in memory and hand them out fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="223"/>
        <source>Runs the agent in the foreground: it reads each account&apos;s tokens from the keychain once, keeps them in memory (never on disk), refreshes them before they expire, and answers launchers on a local socket (docs/AGENT.md). &quot;login-companion token&quot; asks it whenever it runs. Stop it with Ctrl+C or SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="230"/>
        <source>Show a tray icon with the accounts, &quot;Sign in&quot;, &quot;Open accounts&quot; and &quot;Quit&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="233"/>
        <source>Start the agent with its tray icon at every login from now on, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="235"/>
        <source>Stop starting the agent at login, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="239"/>
        <source>show the help of a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="240"/>
        <source>Shows the help of a command, or the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="242"/>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="242"/>
        <source>Prints the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="321"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="330"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="342"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="345"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="348"/>
        <source>Run &quot;login-companion help COMMAND&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::CommandsModule</name>
    <message>
        <location filename="../app/cli/CommandsModule.cpp" line="31"/>
        <source>The commands (%1) cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::CompactJws</name>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="47"/>
        <source>The ID token is not a compact JWS of three parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="51"/>
        <source>The ID token&apos;s header is not a base64url-encoded JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="54"/>
        <source>The ID token&apos;s payload is not a base64url-encoded JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="57"/>
        <source>The ID token&apos;s signature is not base64url-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="65"/>
        <source>The ID token&apos;s header does not name its algorithm (&quot;alg&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="68"/>
        <source>The ID token&apos;s header lists critical extensions (&quot;crit&quot;) that are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::Console</name>
    <message>
        <location filename="../app/cli/Console.cpp" line="52"/>
        <source>[y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Console.cpp" line="61"/>
        <source>yes</source>
        <comment>the answer to [y/N]</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::CredentialsCommand</name>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="47"/>
        <source>No stored credentials. Store some with &quot;login-companion credentials set --profile ID --account LABEL --username NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="63"/>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="70"/>
        <source>no password on standard input (e.g. printf %s &quot;$PASSWORD&quot; | login-companion credentials set --profile ID --account LABEL --username NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="85"/>
        <source>say &quot;credentials set&quot;, &quot;credentials delete&quot; or &quot;credentials list&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="92"/>
        <source>credentials %1 needs --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="95"/>
        <source>credentials set needs --username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="110"/>
        <source>No credentials were stored for account &quot;%1&quot; of profile &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="116"/>
        <source>Deleted the credentials of account &quot;%1&quot; of profile &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="131"/>
        <source>Stored the credentials of account &quot;%1&quot; of profile &quot;%2&quot; (user &quot;%3&quot;) in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::DisplayCheck</name>
    <message>
        <location filename="../app/cli/DisplayCheck.cpp" line="28"/>
        <source>The login window cannot open: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set). Sign in with your web browser instead: login-companion login --browser system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::EmbeddedReplyHandler</name>
    <message>
        <location filename="../app/core/auth/EmbeddedReplyHandler.cpp" line="37"/>
        <source>The token endpoint (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ErrorFormat</name>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="82"/>
        <source>%1 answered HTTP %2, a redirect; Login Companion does not follow redirects from a provider&apos;s endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="87"/>
        <source>%1 answered HTTP %2 without an error the app understands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::IdTokenClaims</name>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="14"/>
        <source>The provider&apos;s ID token was rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="47"/>
        <source>it is not a compact JWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="53"/>
        <source>its payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="63"/>
        <source>it was issued by &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="65"/>
        <source>it has no subject (sub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="69"/>
        <source>it was not issued for client &quot;%1&quot; (aud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="72"/>
        <source>it has several audiences but no authorized party (azp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="74"/>
        <source>its authorized party (azp) is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="79"/>
        <source>it has no expiry (exp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="82"/>
        <source>it expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="86"/>
        <source>it has no issue time (iat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="89"/>
        <source>it claims to be issued in the future (%1); check the computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="94"/>
        <source>it does not belong to this sign-in attempt (nonce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="102"/>
        <source>the refreshed ID token has another issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="104"/>
        <source>the refreshed ID token names another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="106"/>
        <source>the refreshed ID token has another audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::IdTokenVerifier</name>
    <message>
        <location filename="../app/core/auth/IdTokenVerifier.cpp" line="34"/>
        <source>The provider&apos;s ID token was rejected: its signature algorithm &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenVerifier.cpp" line="43"/>
        <source>The provider publishes no signing keys (jwks_uri), so its ID token cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenVerifier.cpp" line="74"/>
        <source>The provider&apos;s ID token was rejected: it was signed with a key the provider does not publish (kid &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenVerifier.cpp" line="86"/>
        <source>The provider&apos;s ID token was rejected: its signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::JsonRequest</name>
    <message>
        <location filename="../app/core/common/JsonRequest.cpp" line="38"/>
        <source>%1 did not answer with a JSON object (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::JsonWebKey</name>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKey.cpp" line="28"/>
        <source>A key in the provider&apos;s key set has a missing or invalid &quot;%1&quot; member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKey.cpp" line="35"/>
        <source>A key in the provider&apos;s key set has the unsupported &quot;%1&quot; value &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKey.cpp" line="44"/>
        <source>A key in the provider&apos;s key set is not a valid %1 public key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::JsonWebKeySet</name>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKeySet.cpp" line="29"/>
        <source>The provider&apos;s key set is not a JSON object with a &quot;keys&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKeySet.cpp" line="45"/>
        <source>The provider&apos;s key set has no RSA or P-256 signing key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::JwsVerifier</name>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="66"/>
        <source>The ID token&apos;s signing algorithm &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="72"/>
        <source>The provider&apos;s key &quot;%1&quot; cannot verify %2 signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="75"/>
        <source>The provider&apos;s RSA key &quot;%1&quot; has %2 bits; at least %3 are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="85"/>
        <source>The ID token&apos;s ES256 signature is not 64 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="108"/>
        <source>The ID token&apos;s signature does not match the provider&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::LightOauth2ErrorFormat</name>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="148"/>
        <source>light-oauth2 error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::LoadErrorText</name>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="10"/>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="13"/>
        <source>The server&apos;s name could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="16"/>
        <source>No internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="19"/>
        <source>The server took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="23"/>
        <source>The connection to the server was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="25"/>
        <source>The server cannot be reached from this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="27"/>
        <source>The proxy server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="32"/>
        <source>The server&apos;s certificate could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="33"/>
        <source>The page could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::LoginController</name>
    <message>
        <location filename="../app/window/LoginController.cpp" line="157"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="205"/>
        <source>The sign-in page tried to continue without encryption, to %1. Login Companion stopped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="213"/>
        <source>A link to a &quot;%1:&quot; address was blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="255"/>
        <source>The sign-in page at %1 could not be loaded. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/LoginController.cpp" line="264"/>
        <source>The sign-in page did not load within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="281"/>
        <source>The connection to %1 is not secure: %2. The sign-in was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="304"/>
        <source>A download was blocked: the sign-in window does not save files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="307"/>
        <source>The page asked for a permission (camera, microphone, location or notifications); it was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="311"/>
        <source>The page asked to open a file; the sign-in window does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="316"/>
        <source>The page tried something the sign-in window does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="325"/>
        <source>%1 was opened in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="384"/>
        <source>No web browser could be started on this computer. You can go back and sign in here in this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::LoopbackRedirectListener</name>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="87"/>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="206"/>
        <source>Sign-in continues in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="88"/>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="207"/>
        <source>Login Companion received the answer from the sign-in page. The app shows how the sign-in ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="109"/>
        <source>The redirect URI %1 cannot be heard by Login Companion: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="122"/>
        <source>it is not an http address on this computer (127.0.0.1, [::1] or localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="124"/>
        <source>it names no port, so the browser would go to port 80, which only the system may open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="127"/>
        <source>it carries user information or a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="134"/>
        <source>The browser redirect listener can only be used once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="140"/>
        <source>The redirect path &quot;%1&quot; cannot be used for the browser redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="147"/>
        <source>Could not open a local port for the browser&apos;s redirect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="150"/>
        <source>Could not listen on %1 port %2 for the browser&apos;s redirect: %3. The provider sends the browser to this port (the client&apos;s registered redirect URI); close the program that uses it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="252"/>
        <source>Request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="253"/>
        <source>The browser did not finish its request in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="278"/>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="279"/>
        <source>The browser&apos;s request was too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="291"/>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="292"/>
        <source>The browser&apos;s request could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="327"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="328"/>
        <source>This address only answers the sign-in redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="334"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="335"/>
        <source>There is nothing at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="337"/>
        <source>This sign-in is already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="338"/>
        <source>Login Companion already received the answer for this sign-in. To sign in again, start again from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="419"/>
        <source>You can close this tab and return to the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::OperationBase</name>
    <message>
        <location filename="../app/core/operations/Operation.cpp" line="25"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::OttmErrorFormat</name>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="110"/>
        <source>the request is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="112"/>
        <source>the requested scope is not allowed for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="114"/>
        <source>the access token&apos;s scope does not allow this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="116"/>
        <source>the access token has expired or is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="118"/>
        <source>this client is not authorized for this kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="134"/>
        <source>OTTM error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="135"/>
        <source>OTTM error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="137"/>
        <source> (provider: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::PlaceholderValues</name>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="105"/>
        <source>%1 is not a JSON object of placeholder values (%2); fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="107"/>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="115"/>
        <source>%1: the value of &quot;%2&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="156"/>
        <source>%1: &quot;%2&quot; must be an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="167"/>
        <source>%1: placeholder %%2% has no value; set %3 or add &quot;%2&quot; to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="177"/>
        <source>%1: placeholders %2 have no value; set %3 or add them to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ProfileCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="20"/>
        <source>--force goes with &quot;profile remove&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="30"/>
        <source>say &quot;profile add FILE&quot; with one profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="32"/>
        <source>say &quot;profile %1 ID&quot; with one profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="34"/>
        <source>&quot;profile list&quot; takes no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="35"/>
        <source>say &quot;profile add FILE&quot;, &quot;profile list&quot;, &quot;profile show ID&quot; or &quot;profile remove ID&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="45"/>
        <source>Installed profile &quot;%1&quot; from %2; --profile %1 now works from any folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="48"/>
        <source>Updated the installed profile &quot;%1&quot; from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="52"/>
        <source>Profile &quot;%1&quot; is already installed as it is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="74"/>
        <source>placeholders not set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="77"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="77"/>
        <source>invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="84"/>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="86"/>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ProfileCommand.cpp" line="128"/>
        <source>profile &quot;%1&quot; is used by %n account(s) (%2); sign them out first (&quot;login-companion logout --all --profile %1&quot;) or pass --force</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="139"/>
        <source>profile &quot;%1&quot; was kept: not every account could be signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="147"/>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ProfileRepository</name>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="23"/>
        <source>%1: cannot read profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="55"/>
        <source>built-in profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="65"/>
        <source>no profile &quot;%1&quot; (known: %2); install a profile file with &quot;login-companion profile add FILE&quot; or pass its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="83"/>
        <source>built-in profile &quot;%1&quot; has id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="85"/>
        <source>%1 has id &quot;%2&quot;; install it again with &quot;login-companion profile add FILE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="100"/>
        <source>%1: a profile must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="161"/>
        <source>%1: the id &quot;%2&quot; belongs to a built-in profile; give the file&apos;s profile another &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="180"/>
        <source>Cannot install the profile in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="189"/>
        <source>&quot;%1&quot; is a built-in profile; it cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="191"/>
        <source>no installed profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="193"/>
        <source>Cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ProviderDiscovery</name>
    <message>
        <location filename="../app/core/providers/ProviderDiscovery.cpp" line="88"/>
        <source>The provider&apos;s metadata at %1 is not available (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderDiscovery.cpp" line="112"/>
        <source>The provider&apos;s metadata names issuer &quot;%1&quot;, not the configured &quot;%2&quot;; it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderDiscovery.cpp" line="133"/>
        <source>The metadata of issuer &quot;%1&quot; lacks an authorization or token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderDiscovery.cpp" line="139"/>
        <source>%1: issuer &quot;%2&quot; does not support PKCE with S256; Login Companion does not sign in without it (set &quot;pkce&quot;: &quot;none&quot; only for a provider that rejects PKCE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ProviderProfile</name>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="34"/>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="38"/>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="94"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="42"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="55"/>
        <source>must be an absolute http(s) URL, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="67"/>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="73"/>
        <source>must be an array of strings without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="87"/>
        <source>must be an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="108"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="118"/>
        <source>%1: &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="190"/>
        <source>must be one of %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="209"/>
        <source>must be an object of CSS selectors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="219"/>
        <source>must be a CSS selector (a non-empty string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="256"/>
        <source>must be an object with only &quot;backendUrl&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="262"/>
        <source>must be an absolute http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="273"/>
        <source>must be a number of seconds from 1 to 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="283"/>
        <source>must be a number of seconds from 1 to 120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="296"/>
        <source>must hold SHA-256 fingerprints (64 hex digits, colons allowed), got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="313"/>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="318"/>
        <source>%1: a profile must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="322"/>
        <source>%1: &quot;%2&quot; is not allowed: a client secret is never read from a profile file. Store it with &quot;login-companion secret set --profile ID&quot; or in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="217"/>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="335"/>
        <source>is not a known key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="360"/>
        <source>must be a whole number of seconds from 0 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="378"/>
        <source>must be &quot;S256&quot; or &quot;none&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="385"/>
        <source>must use only lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="387"/>
        <source>must not have a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="390"/>
        <source>must not carry a user name or password (&quot;user@host&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="395"/>
        <source>is set by Login Companion itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::RefreshTokens</name>
    <message>
        <location filename="../app/core/operations/RefreshTokens.cpp" line="26"/>
        <source>The token refresh was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/RefreshTokens.cpp" line="57"/>
        <source>The access token of &quot;%1&quot; expires and the provider issued no refresh token; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/RefreshTokens.cpp" line="177"/>
        <source>The provider no longer accepts the sign-in of &quot;%1&quot; (%3); run &quot;login-companion login --profile %2 --account %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ReplyProblem</name>
    <message numerus="yes">
        <location filename="../app/core/common/ReplyProblem.cpp" line="30"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/common/ReplyProblem.cpp" line="35"/>
        <source>%1 sent an answer larger than 1 MiB; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/common/ReplyProblem.cpp" line="42"/>
        <source>%1 answered HTTP %2, a redirect to %3; Login Companion does not follow redirects from a provider&apos;s endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/common/ReplyProblem.cpp" line="49"/>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::Rfc6749ErrorFormat</name>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="103"/>
        <source>The provider refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="104"/>
        <source>The provider refused the request (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::SignIn</name>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="63"/>
        <source>Profile &quot;%1&quot; sets &quot;redirectUriInRequests&quot;: false, so the provider sends the browser to the registered redirect URI %2, which Login Companion cannot hear: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="124"/>
        <source>Not this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="125"/>
        <source>This answer does not belong to the sign-in Login Companion is waiting for, so it was ignored. Continue in the sign-in page the app opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="132"/>
        <source>The browser&apos;s redirect did not match this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="218"/>
        <source>%1: the provider returned no ID token, so the profile needs &quot;userinfoEndpoint&quot; to identify the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="222"/>
        <source>Neither an ID token nor the userinfo endpoint identified the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="248"/>
        <source>The userinfo endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="331"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="332"/>
        <source>You are signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="364"/>
        <source>The label &quot;%1&quot; belongs to another account of %2: %3. This sign-in reached a different account (%4), so nothing was stored. Sign out of &quot;%1&quot; first (login-companion logout --profile %2 --account %1), or choose another label with --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="398"/>
        <location filename="../app/core/operations/SignIn.cpp" line="418"/>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="399"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="418"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::SignOut</name>
    <message>
        <location filename="../app/core/operations/SignOut.cpp" line="26"/>
        <source>Signing out was cancelled; the account is still signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignOut.cpp" line="117"/>
        <source>The provider offers no end_session_endpoint; only the local sign-out was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::SignOutAccounts</name>
    <message>
        <location filename="../app/cli/SignOutAccounts.cpp" line="25"/>
        <source>Signed out %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SignOutAccounts.cpp" line="36"/>
        <source>The local tokens were removed, but the provider did not confirm their revocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::SigningKeys</name>
    <message>
        <location filename="../app/core/auth/SigningKeys.cpp" line="65"/>
        <source>The provider&apos;s signing keys at %1 are not available (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::StatusCommand</name>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="20"/>
        <source>No accounts. Sign in with &quot;login-companion login --profile ID&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="21"/>
        <source>No accounts for profile &quot;%1&quot;. Sign in with &quot;login-companion login --profile %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="55"/>
        <source>%1 (the profile cannot be loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="57"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="58"/>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="64"/>
        <source>run &quot;login-companion login --profile %1 --account %2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="68"/>
        <source>usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="70"/>
        <source>sign-in required, the provider rejected its refresh token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="72"/>
        <source>sign-in required, no tokens in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="74"/>
        <source>sign-in required, the access token expired and there is no refresh token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="78"/>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="84"/>
        <location filename="../app/cli/StatusCommand.cpp" line="93"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="85"/>
        <source>expiry unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="86"/>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="87"/>
        <source>expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="90"/>
        <source>person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="91"/>
        <source>access token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="93"/>
        <source>refresh token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="93"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::StoredTokens</name>
    <message>
        <location filename="../app/core/storage/StoredTokens.cpp" line="29"/>
        <source>The keychain entry for this account is damaged; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::SystemBrowser</name>
    <message>
        <location filename="../app/core/common/SystemBrowser.cpp" line="24"/>
        <source>Could not start the web browser (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::SystemKeychain</name>
    <message>
        <location filename="../app/core/storage/SystemKeychain.cpp" line="17"/>
        <source>The system keychain is locked or refused access (%1). Unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/SystemKeychain.cpp" line="25"/>
        <source>No system keychain is available (%1). Login Companion keeps tokens only in the OS keychain; start a Secret Service such as gnome-keyring or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/SystemKeychain.cpp" line="30"/>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::TokenInspector</name>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="54"/>
        <source>The copied token was cleared from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="55"/>
        <source>The clipboard was left as it is: something else was copied since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="101"/>
        <source>No tokens are stored for %1 on this computer. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="122"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="123"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="156"/>
        <source>The access token&apos;s lifetime was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="163"/>
        <source>Expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="164"/>
        <source>Expired %1 ago; it is refreshed on next use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="170"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="189"/>
        <source>The access token was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="194"/>
        <source>The Authorization header was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="201"/>
        <source>The curl command was copied; put the address to call in place of $URL (this provider names no userinfo endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="203"/>
        <source>The curl command for %1 was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/TokenInspector.cpp" line="213"/>
        <source>What you copy here is cleared from the clipboard after %n second(s), unless you copy something else first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="223"/>
        <source>There is no clipboard to copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/TokenInspector.cpp" line="226"/>
        <source>It is cleared from the clipboard in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::TokenResponse</name>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="15"/>
        <source>The token endpoint&apos;s answer is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="38"/>
        <source>The token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="52"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="58"/>
        <source>&quot;access_token&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="61"/>
        <source>&quot;access_token&quot; contains characters a token cannot have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="65"/>
        <source>&quot;token_type&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="68"/>
        <source>&quot;token_type&quot; is &quot;%1&quot;, only Bearer is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="74"/>
        <source>&quot;%1&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="78"/>
        <source>&quot;refresh_token&quot; contains characters a token cannot have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="90"/>
        <location filename="../app/core/auth/TokenResponse.cpp" line="104"/>
        <source>&quot;expires_in&quot; is %1, not between 1 second and 10 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="98"/>
        <location filename="../app/core/auth/TokenResponse.cpp" line="100"/>
        <source>&quot;expires_in&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::TokenRevoker</name>
    <message>
        <location filename="../app/core/auth/TokenRevoker.cpp" line="71"/>
        <source>The revocation endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenRevoker.cpp" line="72"/>
        <source>the provider answered HTTP %1 to revoking the %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::WebSessionStore</name>
    <message>
        <location filename="../app/core/storage/WebSessionStore.cpp" line="37"/>
        <source>could not remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::WindowArguments</name>
    <message>
        <location filename="../app/window/WindowArguments.cpp" line="34"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::WindowLauncher</name>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="52"/>
        <source>login-companion: the login window (login-companion-window) is not installed next to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="65"/>
        <source>login-companion: cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="71"/>
        <source>login-companion: the login window crashed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::agent::Agent</name>
    <message>
        <location filename="../app/agent/main.cpp" line="100"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/Agent.cpp" line="107"/>
        <source>unknown method &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::agent::AgentServer</name>
    <message>
        <location filename="../app/agent/server/AgentServer.cpp" line="40"/>
        <source>Cannot create the agent&apos;s folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/AgentServer.cpp" line="48"/>
        <source>The agent&apos;s folder %1 is not a folder of yours; remove it and start the agent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/AgentServer.cpp" line="52"/>
        <source>Cannot make the agent&apos;s folder %1 private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/AgentServer.cpp" line="70"/>
        <source>An agent is already running at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/AgentServer.cpp" line="84"/>
        <source>The agent cannot listen at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/agent/server/AgentServer.cpp" line="107"/>
        <source>The agent has %n connection(s) open already; close one and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::agent::AgentTray</name>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="45"/>
        <source>%1 (%2): sign-in required. Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="53"/>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="55"/>
        <source>expired, refreshes when used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="56"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="66"/>
        <source>No accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="69"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="76"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="79"/>
        <source>Open accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="82"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/agent/tray/AgentTray.cpp" line="84"/>
        <source>Login Companion: %n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/agent/tray/main.cpp" line="26"/>
        <source>The agent&apos;s socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/main.cpp" line="33"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/main.cpp" line="42"/>
        <source>This desktop has no system tray; the agent runs without its icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/main.cpp" line="60"/>
        <source>The tray icon cannot reach the agent at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::agent::JsonRpc</name>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="48"/>
        <source>The request is not JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="55"/>
        <source>Batches are not supported; send one request per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="62"/>
        <source>&quot;id&quot; must be a string, a number or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="68"/>
        <source>&quot;jsonrpc&quot; must be &quot;2.0&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="73"/>
        <source>&quot;method&quot; must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="79"/>
        <source>&quot;params&quot; must be an object: parameters go by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="83"/>
        <source>&quot;params&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="92"/>
        <source>The request is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::agent::MethodParams</name>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="30"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="38"/>
        <source>&quot;%1&quot; must be an absolute path, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="47"/>
        <source>&quot;%1&quot; names a profile file by a relative path (&quot;%2&quot;); give its absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="60"/>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="74"/>
        <source>&quot;%1&quot; must be a whole number of seconds, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="86"/>
        <source>unknown parameter &quot;%1&quot;; this method takes none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="88"/>
        <source>unknown parameter &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="150"/>
        <source>&quot;browser&quot; must be &quot;embedded&quot; or &quot;system&quot;, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::agent::SignInRunner</name>
    <message>
        <location filename="../app/agent/server/SignInRunner.cpp" line="33"/>
        <source>The login window did not report the signed-in account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/SignInRunner.cpp" line="41"/>
        <source>The login window ended with exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/SignInRunner.cpp" line="100"/>
        <source>The login window (login-companion-window) is not installed next to the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/SignInRunner.cpp" line="137"/>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/SignInRunner.cpp" line="153"/>
        <source>The login window crashed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::agent::TokenKeeper</name>
    <message numerus="yes">
        <location filename="../app/agent/server/TokenKeeper.cpp" line="296"/>
        <source>The command did not finish within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::agent::TrayModel</name>
    <message>
        <location filename="../app/agent/tray/TrayModel.cpp" line="60"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/TrayModel.cpp" line="62"/>
        <source>The agent ended before the sign-in did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/TrayModel.cpp" line="70"/>
        <source>Cannot open the accounts window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/TrayModel.cpp" line="71"/>
        <source>The login window (login-companion-window) is not installed next to the tray icon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::agent::TrayProcess</name>
    <message>
        <location filename="../app/agent/main.cpp" line="110"/>
        <source>The tray icon needs a display (neither DISPLAY nor WAYLAND_DISPLAY is set); run the agent without --tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/TrayProcess.cpp" line="28"/>
        <source>Cannot start the tray icon (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/TrayProcess.cpp" line="53"/>
        <source>The tray icon (login-companion-tray) is not installed next to the agent; run the agent without --tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/TrayProcess.cpp" line="71"/>
        <source>The tray icon crashed again; the agent runs without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/TrayProcess.cpp" line="75"/>
        <source>The tray icon crashed; starting it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/window/main.cpp" line="97"/>
        <source>the login window failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/main.cpp" line="113"/>
        <source>the main window failed to load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
