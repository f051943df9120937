<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../qml/LoginView.qml" line="259"/>
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
        <location filename="../qml/LoginView.qml" line="178"/>
        <source>Finishing sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="190"/>
        <source>Continue signing in in your web browser. This window updates when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="203"/>
        <source>This connection is not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="205"/>
        <source>Unencrypted page blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="206"/>
        <source>Sign-in did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="219"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="230"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="239"/>
        <source>Certificate SHA-256 fingerprint:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="240"/>
        <source>Certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="249"/>
        <source>Back to the sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="250"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="254"/>
        <source>Retry sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="266"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="267"/>
        <source>Close and cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="280"/>
        <source>This account&apos;s sign-in is remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="286"/>
        <source>Sign in with a different account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="305"/>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="311"/>
        <source>The site asks for a user name and password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="319"/>
        <location filename="../qml/LoginView.qml" line="320"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="328"/>
        <location filename="../qml/LoginView.qml" line="329"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="356"/>
        <source>%1 says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="12"/>
        <source>Login Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="77"/>
        <source>Sign out %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="84"/>
        <source>%1 is signed out at the provider and removed from this computer. Launchers then ask you to sign in again. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="94"/>
        <source>Keep signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="125"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="129"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="132"/>
        <source>Sign in to the selected provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="144"/>
        <source>Show development providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="168"/>
        <source>Open the setup instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="182"/>
        <source>No provider is ready on this computer yet. Turn on &quot;Show development providers&quot; to see every provider and what each one needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="189"/>
        <source>No accounts yet. Choose a provider and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="208"/>
        <source>Signed-in accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="229"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="266"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="267"/>
        <source>Sign in again as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="91"/>
        <location filename="../qml/Main.qml" line="274"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="93"/>
        <location filename="../qml/Main.qml" line="275"/>
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
    <name>lc::AccountIndex</name>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="114"/>
        <source>Cannot read the account list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="58"/>
        <source>The account list %1 is damaged; remove it and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="64"/>
        <source>The account list %1 was written by a newer version of Login Companion (format %2; this one reads format %3). Update Login Companion; the file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="153"/>
        <location filename="../app/core/storage/AccountIndex.cpp" line="157"/>
        <source>Cannot write the account list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="168"/>
        <source>The account list %1 is locked by another process; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="228"/>
        <source>No account is signed in for profile &quot;%1&quot;; run &quot;login-companion login --profile %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="231"/>
        <source>No account &quot;%1&quot; is signed in for profile &quot;%2&quot;; run &quot;login-companion login --profile %2 --account %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="239"/>
        <source>Profile &quot;%1&quot; has %2 accounts (%3); choose one with --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="278"/>
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
        <location filename="../app/window/AccountsController.cpp" line="85"/>
        <source>%1 (needs setup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="154"/>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="192"/>
        <source>The provider did not confirm the revocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="196"/>
        <source>Signing out %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="188"/>
        <source>Signed out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="89"/>
        <source>%1 is not set up on this computer yet: some of its settings, such as the server address or the app&apos;s client id, have no value. Whoever gave you Login Companion can provide them; the documentation explains how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="190"/>
        <source>Signed out %1 on this computer. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="204"/>
        <source>Sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="207"/>
        <source>Access token expired; it is refreshed on next use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="209"/>
        <source>Valid for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="210"/>
        <source>Valid until %1</source>
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
    <name>lc::BackendTokenExchange</name>
    <message>
        <location filename="../app/core/auth/BackendTokenExchange.cpp" line="54"/>
        <source>The token backend %1</source>
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
    <name>lc::CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="190"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="223"/>
        <source>--browser takes &quot;embedded&quot; or &quot;system&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="272"/>
        <source>The login window did not report the signed-in account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="284"/>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="301"/>
        <source>Continue signing in to %1 in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="321"/>
        <source>--min-validity takes a number of seconds, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="375"/>
        <source>Signed out %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="383"/>
        <source>The local tokens were removed, but the provider did not confirm their revocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="430"/>
        <source>No accounts. Sign in with &quot;login-companion login --profile ID&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="435"/>
        <source>sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="437"/>
        <source>access token valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="439"/>
        <source>access token expired (refreshes on next use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="99"/>
        <source>unknown command &quot;%1&quot;; run &quot;login-companion help&quot; for the commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliApplication.cpp" line="42"/>
        <source>The command did not finish within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="102"/>
        <location filename="../app/cli/CliApplication.cpp" line="152"/>
        <source>unknown command &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="150"/>
        <source>help takes one command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="174"/>
        <source>%1; run &quot;%2&quot; for the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="183"/>
        <source>unknown option &quot;%1&quot;; run &quot;%2&quot; for the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="185"/>
        <source>unknown option &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="232"/>
        <source>profile &quot;%1&quot; sets &quot;redirectUriInRequests&quot;: false, so the provider would send your browser to %2, which Login Companion cannot hear. Sign in with the login window (--browser embedded), or register a loopback redirect URI (http://127.0.0.1/…) for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliApplication.cpp" line="416"/>
        <source>%n row(s) of the account list could not be read; they were left as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="455"/>
        <source>say &quot;secret set&quot; or &quot;secret delete&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="457"/>
        <source>secret needs --profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="467"/>
        <source>Deleted the client secret of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="472"/>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="477"/>
        <source>no secret on standard input (e.g. printf %s &quot;$SECRET&quot; | login-companion secret set --profile ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="483"/>
        <source>Stored the client secret of %1 in the keychain.</source>
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
        <source>Provider profile: a built-in id or a profile file (default: demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="30"/>
        <source>Account label or subject (default: the profile&apos;s only account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="44"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="45"/>
        <source>Show this help, including Qt&apos;s own options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="46"/>
        <source>Log what happens (tokens and secrets are redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="54"/>
        <source>open the window: accounts and Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="55"/>
        <source>Login Companion signs you in to game providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="56"/>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="59"/>
        <source>sign in through the login window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="60"/>
        <source>Signs in through the login window and stores the tokens in the OS keychain. On success it prints one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="65"/>
        <source>Print the new access token on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="68"/>
        <source>Where to sign in: &quot;embedded&quot; (the login window) or &quot;system&quot; (your web browser, with a loopback redirect). Default: the profile&apos;s &quot;browser&quot; setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="73"/>
        <source>Remember this account&apos;s web session (cookies) on this computer, separate from every other account&apos;s; by default each sign-in starts with a clean, private session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="77"/>
        <source>End at the first failure with its message (exit 1) instead of showing the error view with Retry (scripts, headless runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="81"/>
        <source>Run this JavaScript file in every page the login window loads (automation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="85"/>
        <source>Answer HTTP authentication prompts with the &quot;user:password&quot; in this file (automation); an empty file cancels them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="92"/>
        <source>print a valid access token (refreshes silently, never shows a window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="93"/>
        <source>Prints a valid access token on stdout, refreshing it silently when needed. Never opens a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="98"/>
        <source>Refresh when the token expires within this many seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="102"/>
        <source>Print one JSON object: the access token, its type, expiry and scopes, the ID token and its claims, and the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="105"/>
        <source>Read the keychain directly even when the agent runs (by default a running agent answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="109"/>
        <source>sign out: revoke and remove an account&apos;s tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="110"/>
        <source>Revokes an account&apos;s tokens at the provider and removes them from the keychain and the account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="114"/>
        <source>Also end the provider&apos;s browser session (OpenID RP-initiated logout): opens the provider&apos;s end_session_endpoint in the web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="119"/>
        <source>list the signed-in accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="120"/>
        <source>Lists the signed-in accounts (no keychain access). Prints nothing when there are none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="122"/>
        <source>Print JSON (an empty list is []).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="126"/>
        <source>set|delete a confidential client&apos;s secret (set reads it from stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="127"/>
        <source>Stores a confidential client&apos;s secret in the OS keychain (&quot;secret set&quot; reads it from standard input, so it never appears in the shell history), or deletes it (&quot;secret delete&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="136"/>
        <source>keep the accounts&apos; tokens in memory and hand them out fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="137"/>
        <source>Runs the agent in the foreground: it reads each account&apos;s tokens from the keychain once, keeps them in memory (never on disk), refreshes them before they expire, and answers launchers on a local socket (docs/AGENT.md). &quot;login-companion token&quot; asks it whenever it runs. Stop it with Ctrl+C or SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="144"/>
        <source>Show a tray icon with the accounts, &quot;Sign in&quot;, &quot;Open accounts&quot; and &quot;Quit&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="147"/>
        <source>Start the agent with its tray icon at every login from now on, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="149"/>
        <source>Stop starting the agent at login, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="153"/>
        <source>show the help of a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="154"/>
        <source>Shows the help of a command, or the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="156"/>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="156"/>
        <source>Prints the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="235"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="244"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="256"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="259"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="262"/>
        <source>Run &quot;login-companion help COMMAND&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::CommandsModule</name>
    <message>
        <location filename="../app/cli/CommandsModule.cpp" line="30"/>
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
        <location filename="../app/window/LoginController.cpp" line="144"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="192"/>
        <source>The sign-in page tried to continue without encryption, to %1. Login Companion stopped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="200"/>
        <source>A link to a &quot;%1:&quot; address was blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="241"/>
        <source>The sign-in page at %1 could not be loaded. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/LoginController.cpp" line="250"/>
        <source>The sign-in page did not load within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="267"/>
        <source>The connection to %1 is not secure: %2. The sign-in was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="290"/>
        <source>A download was blocked: the sign-in window does not save files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="293"/>
        <source>The page asked for a permission (camera, microphone, location or notifications); it was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="297"/>
        <source>The page asked to open a file; the sign-in window does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="302"/>
        <source>The page tried something the sign-in window does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="311"/>
        <source>%1 was opened in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="336"/>
        <source>No web browser could be started on this computer. You can go back and sign in here in this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::LoopbackRedirectListener</name>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="87"/>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="161"/>
        <source>Sign-in continues in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="88"/>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="162"/>
        <source>Login Companion received the answer from the sign-in page. The app shows how the sign-in ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="101"/>
        <source>The browser redirect listener can only be used once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="107"/>
        <source>The redirect path &quot;%1&quot; cannot be used for the browser redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="111"/>
        <source>Could not open a local port for the browser&apos;s redirect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="207"/>
        <source>Request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="208"/>
        <source>The browser did not finish its request in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="233"/>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="234"/>
        <source>The browser&apos;s request was too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="246"/>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="247"/>
        <source>The browser&apos;s request could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="282"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="283"/>
        <source>This address only answers the sign-in redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="289"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="290"/>
        <source>There is nothing at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="292"/>
        <source>This sign-in is already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="293"/>
        <source>Login Companion already received the answer for this sign-in. To sign in again, start again from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="374"/>
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
    <name>lc::ProfileRepository</name>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="22"/>
        <source>%1: cannot read profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="62"/>
        <source>%1 has id &quot;%2&quot;; install it again with &quot;login-companion profile add FILE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="68"/>
        <source>no profile &quot;%1&quot; (known: %2); install a profile file with &quot;login-companion profile add FILE&quot; or pass its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="73"/>
        <source>built-in profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="76"/>
        <source>built-in profile &quot;%1&quot; has id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="137"/>
        <source>%1: the id &quot;%2&quot; belongs to a built-in profile; give the file&apos;s profile another &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="156"/>
        <source>Cannot install the profile in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="165"/>
        <source>&quot;%1&quot; is a built-in profile; it cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="167"/>
        <source>no installed profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="169"/>
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
        <location filename="../app/core/providers/ProviderProfile.cpp" line="188"/>
        <source>must be one of %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="224"/>
        <source>must be an object with only &quot;backendUrl&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="230"/>
        <source>must be an absolute http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="241"/>
        <source>must be a number of seconds from 1 to 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="251"/>
        <source>must be a number of seconds from 1 to 120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="262"/>
        <source>must hold SHA-256 fingerprints (64 hex digits, colons allowed), got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="279"/>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="284"/>
        <source>%1: a profile must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="288"/>
        <source>%1: &quot;%2&quot; is not allowed: a client secret is never read from a profile file. Store it with &quot;login-companion secret set --profile ID&quot; or in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="301"/>
        <source>is not a known key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="326"/>
        <source>must be a whole number of seconds from 0 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="344"/>
        <source>must be &quot;S256&quot; or &quot;none&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="351"/>
        <source>must use only lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="353"/>
        <source>must not have a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="356"/>
        <source>must not carry a user name or password (&quot;user@host&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="361"/>
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
        <location filename="../app/core/operations/RefreshTokens.cpp" line="51"/>
        <source>The access token of &quot;%1&quot; expires and the provider issued no refresh token; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/RefreshTokens.cpp" line="174"/>
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
        <location filename="../app/core/operations/SignIn.cpp" line="102"/>
        <source>Not this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="103"/>
        <source>This answer does not belong to the sign-in Login Companion is waiting for, so it was ignored. Continue in the sign-in page the app opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="110"/>
        <source>The browser&apos;s redirect did not match this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="196"/>
        <source>%1: the provider returned no ID token, so the profile needs &quot;userinfoEndpoint&quot; to identify the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="200"/>
        <source>Neither an ID token nor the userinfo endpoint identified the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="226"/>
        <source>The userinfo endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="309"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="310"/>
        <source>You are signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="342"/>
        <source>The label &quot;%1&quot; belongs to another account of %2: %3. This sign-in reached a different account (%4), so nothing was stored. Sign out of &quot;%1&quot; first (login-companion logout --profile %2 --account %1), or choose another label with --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="376"/>
        <location filename="../app/core/operations/SignIn.cpp" line="396"/>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="377"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="396"/>
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
    <name>lc::SigningKeys</name>
    <message>
        <location filename="../app/core/auth/SigningKeys.cpp" line="65"/>
        <source>The provider&apos;s signing keys at %1 are not available (HTTP %2).</source>
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
        <location filename="../app/window/WindowArguments.cpp" line="30"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::WindowLauncher</name>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="51"/>
        <source>login-companion: the login window (login-companion-window) is not installed next to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="63"/>
        <source>login-companion: cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="69"/>
        <source>login-companion: the login window crashed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::agent::Agent</name>
    <message>
        <location filename="../app/agent/main.cpp" line="108"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/Agent.cpp" line="102"/>
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
        <location filename="../app/agent/main.cpp" line="166"/>
        <source>The tray icon needs a display (neither DISPLAY nor WAYLAND_DISPLAY is set); run the agent without --tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/main.cpp" line="176"/>
        <source>The tray icon (login-companion-agent-tray) cannot be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/TrayModule.cpp" line="14"/>
        <source>This desktop has no system tray; the agent runs without its icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="59"/>
        <source>%1 (%2): sign-in required. Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="69"/>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="71"/>
        <source>expired, refreshes when used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="72"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="75"/>
        <source>No accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="78"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="87"/>
        <source>Open accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="90"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/agent/tray/AgentTray.cpp" line="92"/>
        <source>Login Companion: %n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::agent::JsonRpc</name>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="92"/>
        <source>The request is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <location filename="../app/agent/server/SignInRunner.cpp" line="81"/>
        <source>Profile &quot;%1&quot; sets &quot;redirectUriInRequests&quot;: false, so the provider would send the browser to %2, which Login Companion cannot hear; sign in with the login window (&quot;browser&quot;: &quot;embedded&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/SignInRunner.cpp" line="104"/>
        <source>The login window (login-companion-window) is not installed next to the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/SignInRunner.cpp" line="141"/>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/SignInRunner.cpp" line="157"/>
        <source>The login window crashed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::agent::TokenKeeper</name>
    <message numerus="yes">
        <location filename="../app/agent/server/TokenKeeper.cpp" line="291"/>
        <source>The command did not finish within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::agent::TrayBackend</name>
    <message>
        <location filename="../app/agent/server/TrayBackend.cpp" line="38"/>
        <source>Cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/TrayBackend.cpp" line="48"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/TrayBackend.cpp" line="57"/>
        <source>Cannot open the accounts window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/agent/server/TrayBackend.cpp" line="58"/>
        <source>The login window (login-companion-window) is not installed next to the agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/window/main.cpp" line="93"/>
        <source>the login window failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/main.cpp" line="108"/>
        <source>the main window failed to load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
