<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../app/core/storage/AccountStore.cpp" line="66"/>
        <source>Account &quot;%1&quot; must sign in again; run &quot;login-companion login --profile %2 --account %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedReplyHandler</name>
    <message>
        <location filename="../app/core/auth/EmbeddedReplyHandler.cpp" line="37"/>
        <source>the request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/EmbeddedReplyHandler.cpp" line="40"/>
        <source>Could not reach the token endpoint (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../qml/LoginView.qml" line="54"/>
        <source>Secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="54"/>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="66"/>
        <source>Secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="67"/>
        <source>Connection is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="76"/>
        <source>Current site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="80"/>
        <source>Use browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="83"/>
        <location filename="../qml/LoginView.qml" line="84"/>
        <location filename="../qml/LoginView.qml" line="273"/>
        <source>Sign in with your browser instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="89"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="90"/>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="103"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="209"/>
        <source>Finishing sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="221"/>
        <source>Continue signing in in your web browser. This window updates when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="234"/>
        <source>This connection is not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="236"/>
        <source>Unencrypted page blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="237"/>
        <source>Sign-in did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="250"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="259"/>
        <source>Certificate SHA-256 fingerprint:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="260"/>
        <source>Certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="266"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="269"/>
        <source>Retry sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="278"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="279"/>
        <source>Close and cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="292"/>
        <source>This account&apos;s sign-in is remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="298"/>
        <source>Sign in with a different account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="317"/>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="323"/>
        <source>The site asks for a user name and password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="331"/>
        <location filename="../qml/LoginView.qml" line="332"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="340"/>
        <location filename="../qml/LoginView.qml" line="341"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="368"/>
        <source>%1 says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="10"/>
        <source>Login Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="61"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="64"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="66"/>
        <source>Sign in to the selected provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="80"/>
        <source>No accounts yet. Choose a provider and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="116"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="117"/>
        <source>Sign out %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopupWindow</name>
    <message>
        <location filename="../qml/PopupWindow.qml" line="22"/>
        <source>Current site: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileReader</name>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="35"/>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="39"/>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="95"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="43"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="56"/>
        <source>must be an absolute http(s) URL, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="68"/>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="74"/>
        <source>must be an array of strings without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="88"/>
        <source>must be an object of strings</source>
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
        <location filename="../app/core/providers/ProviderProfile.cpp" line="222"/>
        <source>must be an absolute http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="109"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="234"/>
        <source>must be a number of seconds from 1 to 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="247"/>
        <source>must hold SHA-256 fingerprints (64 hex digits, colons allowed), got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="266"/>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="272"/>
        <source>%1: a profile must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="278"/>
        <source>%1: &quot;%2&quot; is not allowed: a client secret is never read from a profile file. Store it with &quot;login-companion secret set --profile ID&quot; or in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="293"/>
        <source>is not a known key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="318"/>
        <source>must be a whole number of seconds from 0 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="338"/>
        <source>must be &quot;S256&quot; or &quot;none&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="347"/>
        <source>must use only lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="351"/>
        <source>must not have a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="357"/>
        <source>is set by Login Companion itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="31"/>
        <source>%1: cannot read profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="40"/>
        <source>no built-in profile &quot;%1&quot; (built-in: %2); pass a profile file path instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredTokens</name>
    <message>
        <location filename="../app/core/storage/StoredTokens.cpp" line="28"/>
        <source>The keychain entry for this account is damaged; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowArguments</name>
    <message>
        <location filename="../app/window/WindowArguments.cpp" line="29"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="35"/>
        <source>login-companion: the login window (login-companion-window) is not installed next to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="48"/>
        <source>login-companion: cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="56"/>
        <source>login-companion: the login window crashed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AccessTokenService</name>
    <message>
        <location filename="../app/core/auth/AccessTokenService.cpp" line="40"/>
        <source>The access token of &quot;%1&quot; expires and the provider issued no refresh token; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AccessTokenService.cpp" line="90"/>
        <source>The provider no longer accepts the sign-in of &quot;%1&quot; (%3); run &quot;login-companion login --profile %2 --account %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AccountIndex</name>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="36"/>
        <source>Cannot read the account list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="39"/>
        <source>The account list %1 is damaged; remove it and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="78"/>
        <location filename="../app/core/storage/AccountIndex.cpp" line="84"/>
        <source>Cannot write the account list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="104"/>
        <source>No account is signed in for profile &quot;%1&quot;; run &quot;login-companion login --profile %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="107"/>
        <source>No account &quot;%1&quot; is signed in for profile &quot;%2&quot;; run &quot;login-companion login --profile %2 --account %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="115"/>
        <source>Profile &quot;%1&quot; has %2 accounts (%3); choose one with --account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AccountsController</name>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="29"/>
        <source>%1 (needs setup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="83"/>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="123"/>
        <source>The provider did not confirm the revocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="126"/>
        <source>Signing out %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="137"/>
        <source>Signed out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="140"/>
        <source>Signed out %1 on this computer. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="148"/>
        <source>Sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="151"/>
        <source>Access token expired; it is refreshed on next use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="153"/>
        <source>Valid for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="154"/>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::AuthorizationFlow</name>
    <message>
        <location filename="../app/core/auth/AuthorizationFlow.cpp" line="174"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationFlow.cpp" line="208"/>
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
        <location filename="../app/core/auth/BackendTokenExchange.cpp" line="50"/>
        <source>Could not reach the token backend %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="33"/>
        <source>Provider profile: a built-in id or a profile file (default: demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="41"/>
        <source>Account label or subject (default: the profile&apos;s only account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="48"/>
        <source>Log what happens (tokens and secrets are redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="53"/>
        <source>Commands:
  (none)     open the window: accounts and Sign in
  login      sign in through the login window
  token      print a valid access token (refreshes silently, never shows a window)
  logout     remove an account&apos;s tokens
  accounts   list the signed-in accounts
Run &quot;login-companion COMMAND --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="96"/>
        <source>unknown command &quot;%1&quot;
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="110"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="137"/>
        <source>Signs in through the login window and stores the tokens in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="140"/>
        <source>Print the new access token on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="143"/>
        <source>Run this JavaScript file in every page the login window loads (automation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="147"/>
        <source>Remember this account&apos;s web session (cookies) on this computer, separate from every other account&apos;s; by default each sign-in starts with a clean, private session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="151"/>
        <source>Answer HTTP authentication prompts with the &quot;user:password&quot; in this file (automation); an empty file cancels them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="156"/>
        <source>Where to sign in: &quot;embedded&quot; (the login window) or &quot;system&quot; (your web browser, with a loopback redirect). Default: the profile&apos;s &quot;browser&quot; setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="175"/>
        <source>--browser takes &quot;embedded&quot; or &quot;system&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="205"/>
        <source>The login window did not report the signed-in account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="217"/>
        <location filename="../app/cli/CliApplication.cpp" line="254"/>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="241"/>
        <source>Continue signing in to %1 in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="262"/>
        <source>Prints a valid access token on stdout, refreshing it silently when needed. Never opens a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="266"/>
        <source>Refresh when the token expires within this many seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="275"/>
        <source>--min-validity takes a number of seconds, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="303"/>
        <source>Revokes an account&apos;s tokens at the provider and removes them from the keychain and the account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="307"/>
        <source>Also end the provider&apos;s browser session (OpenID RP-initiated logout): opens the provider&apos;s end_session_endpoint in the web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="341"/>
        <source>Signed out %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="346"/>
        <source>The provider offers no end_session_endpoint; only the local sign-out was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="363"/>
        <source>The local tokens were removed, but the provider did not confirm their revocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="373"/>
        <source>Lists the signed-in accounts (no keychain access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="374"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="399"/>
        <source>No accounts. Sign in with &quot;login-companion login --profile ID&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="404"/>
        <source>sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="406"/>
        <source>access token valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="408"/>
        <source>access token expired (refreshes on next use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="420"/>
        <source>Stores a confidential client&apos;s secret in the OS keychain (&quot;secret set&quot; reads it from standard input, so it never appears in the shell history), or deletes it (&quot;secret delete&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="423"/>
        <source>set or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="437"/>
        <source>say &quot;secret set&quot; or &quot;secret delete&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="439"/>
        <source>secret needs --profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="449"/>
        <source>Deleted the client secret of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="454"/>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="459"/>
        <source>no secret on standard input (e.g. printf %s &quot;$SECRET&quot; | login-companion secret set --profile ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="465"/>
        <source>Stored the client secret of %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="473"/>
        <source>Login Companion signs you in to game providers.

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ClientSecrets</name>
    <message>
        <location filename="../app/core/storage/ClientSecrets.cpp" line="34"/>
        <source>Profile &quot;%1&quot; needs its client secret: run &quot;login-companion secret set --profile %1&quot; (it reads the secret from standard input) or set %2.</source>
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
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="51"/>
        <source>it is not a compact JWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="57"/>
        <source>its payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="67"/>
        <source>it was issued by &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="69"/>
        <source>it has no subject (sub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="73"/>
        <source>it was not issued for client &quot;%1&quot; (aud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="76"/>
        <source>it has several audiences but no authorized party (azp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="78"/>
        <source>its authorized party (azp) is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="83"/>
        <source>it has no expiry (exp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="86"/>
        <source>it expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="90"/>
        <source>it has no issue time (iat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="93"/>
        <source>it claims to be issued in the future (%1); check the computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="98"/>
        <source>it does not belong to this sign-in attempt (nonce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="106"/>
        <source>the refreshed ID token has another issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="108"/>
        <source>the refreshed ID token names another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="110"/>
        <source>the refreshed ID token has another audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::IdTokenVerifier</name>
    <message>
        <location filename="../app/core/auth/IdTokenVerifier.cpp" line="31"/>
        <source>The provider&apos;s ID token was rejected: its signature algorithm &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenVerifier.cpp" line="40"/>
        <source>The provider publishes no signing keys (jwks_uri), so its ID token cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenVerifier.cpp" line="71"/>
        <source>The provider&apos;s ID token was rejected: it was signed with a key the provider does not publish (kid &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenVerifier.cpp" line="83"/>
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
    <name>lc::Jws</name>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="47"/>
        <source>The ID token is not a compact JWS of three parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="52"/>
        <source>The ID token&apos;s header is not a base64url-encoded JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="56"/>
        <source>The ID token&apos;s payload is not a base64url-encoded JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="60"/>
        <source>The ID token&apos;s signature is not base64url-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="69"/>
        <source>The ID token&apos;s header does not name its algorithm (&quot;alg&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="73"/>
        <source>The ID token&apos;s header lists critical extensions (&quot;crit&quot;) that are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKey.cpp" line="28"/>
        <source>A key in the provider&apos;s key set has a missing or invalid &quot;%1&quot; member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKey.cpp" line="36"/>
        <source>A key in the provider&apos;s key set has the unsupported &quot;%1&quot; value &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKey.cpp" line="46"/>
        <source>A key in the provider&apos;s key set is not a valid %1 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKeySet.cpp" line="28"/>
        <source>The provider&apos;s key set is not a JSON object with a &quot;keys&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKeySet.cpp" line="45"/>
        <source>The provider&apos;s key set has no RSA or P-256 signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="65"/>
        <source>The ID token&apos;s signing algorithm &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="73"/>
        <source>The provider&apos;s key &quot;%1&quot; cannot verify %2 signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="78"/>
        <source>The provider&apos;s RSA key &quot;%1&quot; has %2 bits; at least %3 are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="89"/>
        <source>The ID token&apos;s ES256 signature is not 64 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="113"/>
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
        <location filename="../app/window/LoginController.cpp" line="123"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="185"/>
        <source>The sign-in page tried to continue without encryption, to %1. Login Companion stopped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="193"/>
        <source>A link to a &quot;%1:&quot; address was blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="232"/>
        <source>The sign-in page at %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/LoginController.cpp" line="239"/>
        <source>The sign-in page did not load within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="256"/>
        <source>The connection to %1 is not secure: %2. The sign-in was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="278"/>
        <source>A download was blocked: the sign-in window does not save files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="280"/>
        <source>The page asked for a permission (camera, microphone, location or notifications); it was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="283"/>
        <source>The page asked to open a file; the sign-in window does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="285"/>
        <source>The page tried something the sign-in window does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="294"/>
        <source>%1 was opened in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::LoopbackRedirectListener</name>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="86"/>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="154"/>
        <source>Sign-in continues in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="87"/>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="155"/>
        <source>Login Companion received the answer from the sign-in page. The app shows how the sign-in ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="100"/>
        <source>The browser redirect listener can only be used once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="106"/>
        <source>The redirect path &quot;%1&quot; cannot be used for the browser redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="110"/>
        <source>Could not open a local port for the browser&apos;s redirect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="183"/>
        <source>Request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="184"/>
        <source>The browser did not finish its request in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="209"/>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="210"/>
        <source>The browser&apos;s request was too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="222"/>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="223"/>
        <source>The browser&apos;s request could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="258"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="259"/>
        <source>This address only answers the sign-in redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="265"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="266"/>
        <source>There is nothing at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="268"/>
        <source>This sign-in is already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="269"/>
        <source>Login Companion already received the answer for this sign-in. To sign in again, start again from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="350"/>
        <source>You can close this tab and return to the app.</source>
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
    <name>lc::ProviderDiscovery</name>
    <message>
        <location filename="../app/core/providers/ProviderDiscovery.cpp" line="87"/>
        <source>The provider&apos;s metadata at %1 is not available (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderDiscovery.cpp" line="111"/>
        <source>The provider&apos;s metadata names issuer &quot;%1&quot;, not the configured &quot;%2&quot;; it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderDiscovery.cpp" line="132"/>
        <source>The metadata of issuer &quot;%1&quot; lacks an authorization or token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderDiscovery.cpp" line="138"/>
        <source>%1: issuer &quot;%2&quot; does not support PKCE with S256; Login Companion does not sign in without it (set &quot;pkce&quot;: &quot;none&quot; only for a provider that rejects PKCE).</source>
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
    <name>lc::SecretStore</name>
    <message>
        <location filename="../app/core/storage/SecretStore.cpp" line="20"/>
        <source>The system keychain is locked or refused access (%1). Unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/SecretStore.cpp" line="28"/>
        <source>No system keychain is available (%1). Login Companion keeps tokens only in the OS keychain; start a Secret Service such as gnome-keyring or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/SecretStore.cpp" line="33"/>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::SignInCompletion</name>
    <message>
        <location filename="../app/core/auth/SignInCompletion.cpp" line="90"/>
        <source>%1: the provider returned no ID token, so the profile needs &quot;userinfoEndpoint&quot; to identify the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/SignInCompletion.cpp" line="94"/>
        <source>Neither an ID token nor the userinfo endpoint identified the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::SigningKeys</name>
    <message>
        <location filename="../app/core/auth/SigningKeys.cpp" line="61"/>
        <source>The provider&apos;s signing keys at %1 are not available (HTTP %2).</source>
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
    <name>lc::SystemBrowserSignIn</name>
    <message>
        <location filename="../app/core/auth/SystemBrowserSignIn.cpp" line="38"/>
        <source>The browser&apos;s redirect did not match this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/SystemBrowserSignIn.cpp" line="89"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/SystemBrowserSignIn.cpp" line="109"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/SystemBrowserSignIn.cpp" line="110"/>
        <source>You are signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/SystemBrowserSignIn.cpp" line="111"/>
        <source>You are signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/SystemBrowserSignIn.cpp" line="123"/>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/SystemBrowserSignIn.cpp" line="124"/>
        <source>Sign-in failed</source>
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
        <location filename="../app/core/auth/TokenResponse.cpp" line="23"/>
        <source>The token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="29"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="35"/>
        <source>&quot;access_token&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="40"/>
        <source>&quot;token_type&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="43"/>
        <source>&quot;token_type&quot; is &quot;%1&quot;, only Bearer is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="49"/>
        <source>&quot;%1&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="66"/>
        <location filename="../app/core/auth/TokenResponse.cpp" line="68"/>
        <source>&quot;expires_in&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="71"/>
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
</TS>
