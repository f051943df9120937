<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LoginView</name>
    <message>
        <location filename="../qml/LoginView.qml" line="63"/>
        <source>Secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="63"/>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="75"/>
        <source>Secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="76"/>
        <source>Connection is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="85"/>
        <source>Current site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="89"/>
        <source>Use browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="92"/>
        <location filename="../qml/LoginView.qml" line="93"/>
        <location filename="../qml/LoginView.qml" line="227"/>
        <source>Sign in with your browser instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="98"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="99"/>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="112"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="163"/>
        <source>Finishing sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="175"/>
        <source>Continue signing in in your web browser. This window updates when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="188"/>
        <source>This connection is not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="190"/>
        <source>Unencrypted page blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="191"/>
        <source>Sign-in did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="204"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="213"/>
        <source>Certificate SHA-256 fingerprint:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="214"/>
        <source>Certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="220"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="223"/>
        <source>Retry sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="232"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="233"/>
        <source>Close and cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="246"/>
        <source>This account&apos;s sign-in is remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="252"/>
        <source>Sign in with a different account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="271"/>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="277"/>
        <source>The site asks for a user name and password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="285"/>
        <location filename="../qml/LoginView.qml" line="286"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="294"/>
        <location filename="../qml/LoginView.qml" line="295"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="322"/>
        <source>%1 says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="11"/>
        <source>Login Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="62"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="65"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="67"/>
        <source>Sign in to the selected provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="81"/>
        <source>No accounts yet. Choose a provider and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="127"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="128"/>
        <source>Sign out %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopupWindow</name>
    <message>
        <location filename="../qml/PopupWindow.qml" line="25"/>
        <source>Current site: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AccountIndex</name>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="33"/>
        <source>Cannot read the account list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="36"/>
        <source>The account list %1 is damaged; remove it and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="75"/>
        <location filename="../app/core/storage/AccountIndex.cpp" line="81"/>
        <source>Cannot write the account list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="101"/>
        <source>No account is signed in for profile &quot;%1&quot;; run &quot;login-companion login --profile %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="104"/>
        <source>No account &quot;%1&quot; is signed in for profile &quot;%2&quot;; run &quot;login-companion login --profile %2 --account %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="112"/>
        <source>Profile &quot;%1&quot; has %2 accounts (%3); choose one with --account.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../app/window/AccountsController.cpp" line="28"/>
        <source>%1 (needs setup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="68"/>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="106"/>
        <source>The provider did not confirm the revocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="110"/>
        <source>Signing out %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="102"/>
        <source>Signed out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="104"/>
        <source>Signed out %1 on this computer. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="118"/>
        <source>Sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="121"/>
        <source>Access token expired; it is refreshed on next use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="123"/>
        <source>Valid for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="124"/>
        <source>Valid until %1</source>
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
        <location filename="../app/core/auth/AuthorizationFlow.cpp" line="177"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationFlow.cpp" line="211"/>
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
        <location filename="../app/core/auth/BackendTokenExchange.cpp" line="52"/>
        <source>Could not reach the token backend %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="30"/>
        <source>Provider profile: a built-in id or a profile file (default: demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="38"/>
        <source>Account label or subject (default: the profile&apos;s only account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="45"/>
        <source>Log what happens (tokens and secrets are redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="50"/>
        <source>Commands:
  (none)     open the window: accounts and Sign in
  login      sign in through the login window
  token      print a valid access token (refreshes silently, never shows a window)
  logout     remove an account&apos;s tokens
  accounts   list the signed-in accounts
  secret     set|delete a confidential client&apos;s secret (set reads it from stdin)
Run &quot;login-companion COMMAND --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="109"/>
        <source>unknown command &quot;%1&quot;
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="123"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="150"/>
        <source>Signs in through the login window and stores the tokens in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="153"/>
        <source>Print the new access token on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="156"/>
        <source>Run this JavaScript file in every page the login window loads (automation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="160"/>
        <source>Remember this account&apos;s web session (cookies) on this computer, separate from every other account&apos;s; by default each sign-in starts with a clean, private session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="164"/>
        <source>Answer HTTP authentication prompts with the &quot;user:password&quot; in this file (automation); an empty file cancels them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="169"/>
        <source>Where to sign in: &quot;embedded&quot; (the login window) or &quot;system&quot; (your web browser, with a loopback redirect). Default: the profile&apos;s &quot;browser&quot; setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="188"/>
        <source>--browser takes &quot;embedded&quot; or &quot;system&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="218"/>
        <source>The login window did not report the signed-in account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="230"/>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="247"/>
        <source>Continue signing in to %1 in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="259"/>
        <source>Prints a valid access token on stdout, refreshing it silently when needed. Never opens a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="263"/>
        <source>Refresh when the token expires within this many seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="272"/>
        <source>--min-validity takes a number of seconds, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="293"/>
        <source>Revokes an account&apos;s tokens at the provider and removes them from the keychain and the account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="297"/>
        <source>Also end the provider&apos;s browser session (OpenID RP-initiated logout): opens the provider&apos;s end_session_endpoint in the web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="316"/>
        <source>Signed out %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="322"/>
        <source>The local tokens were removed, but the provider did not confirm their revocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="332"/>
        <source>Lists the signed-in accounts (no keychain access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="333"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="358"/>
        <source>No accounts. Sign in with &quot;login-companion login --profile ID&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="363"/>
        <source>sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="365"/>
        <source>access token valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="367"/>
        <source>access token expired (refreshes on next use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="379"/>
        <source>Stores a confidential client&apos;s secret in the OS keychain (&quot;secret set&quot; reads it from standard input, so it never appears in the shell history), or deletes it (&quot;secret delete&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="382"/>
        <source>set or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="396"/>
        <source>say &quot;secret set&quot; or &quot;secret delete&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="398"/>
        <source>secret needs --profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="408"/>
        <source>Deleted the client secret of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="413"/>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="418"/>
        <source>no secret on standard input (e.g. printf %s &quot;$SECRET&quot; | login-companion secret set --profile ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="424"/>
        <source>Stored the client secret of %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="432"/>
        <source>Login Companion signs you in to game providers.

</source>
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
    <name>lc::EmbeddedReplyHandler</name>
    <message>
        <location filename="../app/core/auth/EmbeddedReplyHandler.cpp" line="38"/>
        <source>the request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/EmbeddedReplyHandler.cpp" line="41"/>
        <source>Could not reach the token endpoint (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ErrorFormat</name>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="52"/>
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
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="41"/>
        <source>it is not a compact JWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="47"/>
        <source>its payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="57"/>
        <source>it was issued by &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="59"/>
        <source>it has no subject (sub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="63"/>
        <source>it was not issued for client &quot;%1&quot; (aud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="66"/>
        <source>it has several audiences but no authorized party (azp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="68"/>
        <source>its authorized party (azp) is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="73"/>
        <source>it has no expiry (exp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="76"/>
        <source>it expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="80"/>
        <source>it has no issue time (iat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="83"/>
        <source>it claims to be issued in the future (%1); check the computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="88"/>
        <source>it does not belong to this sign-in attempt (nonce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="96"/>
        <source>the refreshed ID token has another issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="98"/>
        <source>the refreshed ID token names another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="100"/>
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
        <location filename="../app/core/common/JsonRequest.cpp" line="32"/>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
        <location filename="../app/core/providers/ErrorFormat.cpp" line="113"/>
        <source>light-oauth2 error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::LoginController</name>
    <message>
        <location filename="../app/window/LoginController.cpp" line="127"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="175"/>
        <source>The sign-in page tried to continue without encryption, to %1. Login Companion stopped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="183"/>
        <source>A link to a &quot;%1:&quot; address was blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="222"/>
        <source>The sign-in page at %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/LoginController.cpp" line="229"/>
        <source>The sign-in page did not load within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="246"/>
        <source>The connection to %1 is not secure: %2. The sign-in was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="269"/>
        <source>A download was blocked: the sign-in window does not save files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="272"/>
        <source>The page asked for a permission (camera, microphone, location or notifications); it was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="276"/>
        <source>The page asked to open a file; the sign-in window does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="281"/>
        <source>The page tried something the sign-in window does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="290"/>
        <source>%1 was opened in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::LoopbackRedirectListener</name>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="87"/>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="155"/>
        <source>Sign-in continues in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="88"/>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="156"/>
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
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="184"/>
        <source>Request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="185"/>
        <source>The browser did not finish its request in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="210"/>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="211"/>
        <source>The browser&apos;s request was too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="223"/>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="224"/>
        <source>The browser&apos;s request could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="259"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="260"/>
        <source>This address only answers the sign-in redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="266"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="267"/>
        <source>There is nothing at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="269"/>
        <source>This sign-in is already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="270"/>
        <source>Login Companion already received the answer for this sign-in. To sign in again, start again from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="351"/>
        <source>You can close this tab and return to the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::OperationBase</name>
    <message>
        <location filename="../app/core/operations/Operation.cpp" line="16"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::OttmErrorFormat</name>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="75"/>
        <source>the request is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="77"/>
        <source>the requested scope is not allowed for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="79"/>
        <source>the access token&apos;s scope does not allow this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="81"/>
        <source>the access token has expired or is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="83"/>
        <source>this client is not authorized for this kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="99"/>
        <source>OTTM error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="100"/>
        <source>OTTM error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="102"/>
        <source> (provider: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::PlaceholderValues</name>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="131"/>
        <source>%1: &quot;%2&quot; must be an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="142"/>
        <source>%1: placeholder %%2% has no value; set %3 or add &quot;%2&quot; to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="152"/>
        <source>%1: placeholders %2 have no value; set %3 or add them to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ProfileRepository</name>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="31"/>
        <source>%1: cannot read profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="38"/>
        <source>no built-in profile &quot;%1&quot; (built-in: %2); pass a profile file path instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="43"/>
        <source>built-in profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="46"/>
        <source>built-in profile &quot;%1&quot; has id &quot;%2&quot;</source>
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
        <location filename="../app/core/providers/ProviderProfile.cpp" line="179"/>
        <source>must be one of %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="215"/>
        <source>must be an object with only &quot;backendUrl&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="221"/>
        <source>must be an absolute http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="232"/>
        <source>must be a number of seconds from 1 to 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="243"/>
        <source>must hold SHA-256 fingerprints (64 hex digits, colons allowed), got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="260"/>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="265"/>
        <source>%1: a profile must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="269"/>
        <source>%1: &quot;%2&quot; is not allowed: a client secret is never read from a profile file. Store it with &quot;login-companion secret set --profile ID&quot; or in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="282"/>
        <source>is not a known key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="307"/>
        <source>must be a whole number of seconds from 0 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="325"/>
        <source>must be &quot;S256&quot; or &quot;none&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="332"/>
        <source>must use only lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="334"/>
        <source>must not have a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="339"/>
        <source>is set by Login Companion itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::RefreshTokens</name>
    <message>
        <location filename="../app/core/operations/RefreshTokens.cpp" line="25"/>
        <source>The token refresh was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/RefreshTokens.cpp" line="50"/>
        <source>The access token of &quot;%1&quot; expires and the provider issued no refresh token; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/RefreshTokens.cpp" line="124"/>
        <source>The provider no longer accepts the sign-in of &quot;%1&quot; (%3); run &quot;login-companion login --profile %2 --account %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::Rfc6749ErrorFormat</name>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="68"/>
        <source>The provider refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="69"/>
        <source>The provider refused the request (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::SignIn</name>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="93"/>
        <source>The browser&apos;s redirect did not match this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="179"/>
        <source>%1: the provider returned no ID token, so the profile needs &quot;userinfoEndpoint&quot; to identify the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="183"/>
        <source>Neither an ID token nor the userinfo endpoint identified the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="259"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="260"/>
        <source>You are signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="274"/>
        <location filename="../app/core/operations/SignIn.cpp" line="294"/>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="275"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="294"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::SignOut</name>
    <message>
        <location filename="../app/core/operations/SignOut.cpp" line="25"/>
        <source>Signing out was cancelled; the account is still signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignOut.cpp" line="96"/>
        <source>The provider offers no end_session_endpoint; only the local sign-out was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::SigningKeys</name>
    <message>
        <location filename="../app/core/auth/SigningKeys.cpp" line="64"/>
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
        <location filename="../app/core/auth/TokenResponse.cpp" line="24"/>
        <source>The token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="35"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="41"/>
        <source>&quot;access_token&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="46"/>
        <source>&quot;token_type&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="49"/>
        <source>&quot;token_type&quot; is &quot;%1&quot;, only Bearer is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="55"/>
        <source>&quot;%1&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="72"/>
        <location filename="../app/core/auth/TokenResponse.cpp" line="74"/>
        <source>&quot;expires_in&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="77"/>
        <source>&quot;expires_in&quot; is not positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::TokenRevoker</name>
    <message>
        <location filename="../app/core/auth/TokenRevoker.cpp" line="70"/>
        <source>the provider could not be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenRevoker.cpp" line="71"/>
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
        <location filename="../app/window/WindowArguments.cpp" line="29"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::WindowLauncher</name>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="35"/>
        <source>login-companion: the login window (login-companion-window) is not installed next to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="47"/>
        <source>login-companion: cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="53"/>
        <source>login-companion: the login window crashed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/window/main.cpp" line="89"/>
        <source>the login window failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/main.cpp" line="104"/>
        <source>the main window failed to load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
