<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccountRow</name>
    <message>
        <location filename="../qml/AccountRow.qml" line="37"/>
        <source>%1, %2, production environment, %3</source>
        <translation>%1, %2, 프로덕션 환경, %3</translation>
    </message>
    <message>
        <location filename="../qml/AccountRow.qml" line="38"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/AccountRow.qml" line="79"/>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../qml/AccountRow.qml" line="80"/>
        <source>Show the tokens of %1</source>
        <translation>%1의 토큰 보기</translation>
    </message>
    <message>
        <location filename="../qml/AccountRow.qml" line="89"/>
        <source>Sign in again</source>
        <translation>다시 로그인</translation>
    </message>
    <message>
        <location filename="../qml/AccountRow.qml" line="90"/>
        <source>Sign in again as %1</source>
        <translation>%1(으)로 다시 로그인</translation>
    </message>
    <message>
        <location filename="../qml/AccountRow.qml" line="98"/>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <location filename="../qml/AccountRow.qml" line="99"/>
        <source>Sign out %1</source>
        <translation>%1 로그아웃</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../qml/AccountsPage.qml" line="21"/>
        <source>Add a provider profile</source>
        <translation>공급자 프로필 추가</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="22"/>
        <source>Provider profiles (*.json)</source>
        <translation>공급자 프로필 (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="22"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="45"/>
        <source>Provider</source>
        <translation>공급자</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="49"/>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="52"/>
        <source>Sign in to the selected provider</source>
        <translation>선택한 공급자에 로그인</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="67"/>
        <source>Show development providers</source>
        <translation>개발용 공급자 보기</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="73"/>
        <source>Add a provider file…</source>
        <translation>공급자 파일 추가…</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="74"/>
        <source>Add a provider profile from a file</source>
        <translation>파일에서 공급자 프로필 추가</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="98"/>
        <source>Open the setup instructions</source>
        <translation>설정 안내 열기</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="124"/>
        <source>No provider is ready on this computer yet. Turn on &quot;Show development providers&quot; to see every provider and what each one needs.</source>
        <translation>이 컴퓨터에 아직 준비된 공급자가 없습니다. 모든 공급자와 각각 필요한 설정을 보려면 &quot;개발용 공급자 보기&quot;를 켜세요.</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="131"/>
        <source>No accounts yet. Choose a provider and sign in.</source>
        <translation>아직 계정이 없습니다. 공급자를 선택하고 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="145"/>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="156"/>
        <source>Search by label, email or subject</source>
        <translation>레이블, 이메일 또는 subject로 검색</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="161"/>
        <source>Search accounts</source>
        <translation>계정 검색</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="170"/>
        <source>Showing %1 of %2 accounts</source>
        <translation>계정 %2개 중 %1개 표시</translation>
    </message>
    <message>
        <location filename="../qml/AccountsPage.qml" line="191"/>
        <source>Signed-in accounts</source>
        <translation>로그인된 계정</translation>
    </message>
</context>
<context>
    <name>ClaimTree</name>
    <message>
        <location filename="../qml/ClaimTree.qml" line="36"/>
        <source>Collapse %1</source>
        <translation>%1 접기</translation>
    </message>
    <message>
        <location filename="../qml/ClaimTree.qml" line="37"/>
        <source>Expand %1</source>
        <translation>%1 펼치기</translation>
    </message>
    <message>
        <location filename="../qml/ClaimTree.qml" line="59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../qml/LoginView.qml" line="70"/>
        <source>Secure</source>
        <translation>보안 연결</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="70"/>
        <source>Not encrypted</source>
        <translation>암호화되지 않음</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="82"/>
        <source>Secure connection</source>
        <translation>보안 연결</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="83"/>
        <source>Connection is not encrypted</source>
        <translation>암호화되지 않은 연결</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="95"/>
        <source>Current site: %1</source>
        <translation>현재 사이트: %1</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="103"/>
        <source>Use browser</source>
        <translation>브라우저 사용</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="106"/>
        <location filename="../qml/LoginView.qml" line="107"/>
        <location filename="../qml/LoginView.qml" line="260"/>
        <source>Sign in with your browser instead</source>
        <translation>대신 브라우저로 로그인</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="112"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="113"/>
        <source>Cancel sign-in</source>
        <translation>로그인 취소</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="127"/>
        <source>Loading</source>
        <translation>불러오는 중</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="179"/>
        <source>Finishing sign-in…</source>
        <translation>로그인을 완료하는 중…</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="191"/>
        <source>Continue signing in in your web browser. This window updates when you are done.</source>
        <translation>웹 브라우저에서 로그인을 계속하세요. 완료되면 이 창에 결과가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="204"/>
        <source>This connection is not secure</source>
        <translation>이 연결은 안전하지 않습니다</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="206"/>
        <source>Unencrypted page blocked</source>
        <translation>암호화되지 않은 페이지를 차단했습니다</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="207"/>
        <source>Sign-in did not work</source>
        <translation>로그인하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="220"/>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="231"/>
        <source>Details: %1</source>
        <translation>자세한 정보: %1</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="240"/>
        <source>Certificate SHA-256 fingerprint:
%1</source>
        <translation>인증서 SHA-256 지문:
%1</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="241"/>
        <source>Certificate fingerprint</source>
        <translation>인증서 지문</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="250"/>
        <source>Back to the sign-in page</source>
        <translation>로그인 페이지로 돌아가기</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="251"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="255"/>
        <source>Retry sign-in</source>
        <translation>로그인 다시 시도</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="267"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="268"/>
        <source>Close and cancel sign-in</source>
        <translation>닫고 로그인 취소</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="281"/>
        <source>This account&apos;s sign-in is remembered on this computer.</source>
        <translation>이 컴퓨터에 이 계정의 로그인 상태가 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="287"/>
        <source>Sign in with a different account</source>
        <translation>다른 계정으로 로그인</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="306"/>
        <source>Sign in to %1</source>
        <translation>%1에 로그인</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="312"/>
        <source>The site asks for a user name and password (%1).</source>
        <translation>사이트에서 사용자 이름과 비밀번호를 요청합니다(%1).</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="320"/>
        <location filename="../qml/LoginView.qml" line="321"/>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="329"/>
        <location filename="../qml/LoginView.qml" line="330"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../qml/LoginView.qml" line="357"/>
        <source>%1 says</source>
        <translation>%1 메시지</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="13"/>
        <source>Login Companion</source>
        <translation>Login Companion</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Sign out %1?</source>
        <translation>%1에서 로그아웃할까요?</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="92"/>
        <source>%1 is signed out at the provider and removed from this computer. Launchers then ask you to sign in again. This cannot be undone.</source>
        <translation>%1은(는) 공급자에서 로그아웃되고 이 컴퓨터에서 삭제됩니다. 그 후 런처가 다시 로그인하라고 요청합니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="102"/>
        <source>Keep signed in</source>
        <translation>로그인 유지</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="99"/>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="101"/>
        <source>Sign out %1</source>
        <translation>%1 로그아웃</translation>
    </message>
</context>
<context>
    <name>PopupWindow</name>
    <message>
        <location filename="../qml/PopupWindow.qml" line="42"/>
        <source>Current site: %1</source>
        <translation>현재 사이트: %1</translation>
    </message>
</context>
<context>
    <name>ProductionBadge</name>
    <message>
        <location filename="../qml/ProductionBadge.qml" line="7"/>
        <source>PRODUCTION</source>
        <translation>프로덕션</translation>
    </message>
    <message>
        <location filename="../qml/ProductionBadge.qml" line="20"/>
        <source>Production environment</source>
        <translation>프로덕션 환경</translation>
    </message>
</context>
<context>
    <name>TokenDetailsPage</name>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="26"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="27"/>
        <source>Back to the accounts</source>
        <translation>계정 목록으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="32"/>
        <source>Tokens of %1</source>
        <translation>%1의 토큰</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="73"/>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="80"/>
        <source>Reading the tokens from the keychain…</source>
        <translation>키체인에서 토큰을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="99"/>
        <source>Access token</source>
        <translation>액세스 토큰</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="114"/>
        <location filename="../qml/TokenDetailsPage.qml" line="185"/>
        <source>Issued: %1</source>
        <translation>발급: %1</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="119"/>
        <location filename="../qml/TokenDetailsPage.qml" line="186"/>
        <source>Expires: %1</source>
        <translation>만료: %1</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="126"/>
        <source>Scopes: %1</source>
        <translation>범위: %1</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="127"/>
        <source>Scopes: none recorded</source>
        <translation>범위: 기록 없음</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="134"/>
        <source>Refresh token: stored in the keychain</source>
        <translation>리프레시 토큰: 키체인에 저장됨</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="135"/>
        <source>Refresh token: none (sign in again when the access token expires)</source>
        <translation>리프레시 토큰: 없음(액세스 토큰이 만료되면 다시 로그인)</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="143"/>
        <source>Copy access token</source>
        <translation>액세스 토큰 복사</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="148"/>
        <source>Copy Authorization header</source>
        <translation>Authorization 헤더 복사</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="153"/>
        <source>Copy curl command</source>
        <translation>curl 명령 복사</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="155"/>
        <source>Calls %1</source>
        <translation>%1을(를) 호출합니다</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="176"/>
        <source>ID token</source>
        <translation>ID 토큰</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="187"/>
        <source>No ID token is stored: this provider signs in with plain OAuth 2.0.</source>
        <translation>저장된 ID 토큰이 없습니다. 이 공급자는 일반 OAuth 2.0으로 로그인합니다.</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="196"/>
        <source>Access token claims</source>
        <translation>액세스 토큰 클레임</translation>
    </message>
    <message>
        <location filename="../qml/TokenDetailsPage.qml" line="205"/>
        <source>The access token is opaque (not a JWT): only the provider can read it.</source>
        <translation>액세스 토큰이 불투명 토큰(JWT 아님)이라 공급자만 읽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>lc::AccountCredentials</name>
    <message>
        <location filename="../app/core/storage/AccountCredentials.cpp" line="49"/>
        <source>No credentials are stored for account &quot;%1&quot; of profile &quot;%2&quot;; store them with &quot;login-companion credentials set --profile %2 --account %1 --username NAME&quot; (it reads the password from standard input).</source>
        <translation>프로필 &quot;%2&quot;의 계정 &quot;%1&quot;에 저장된 자격 증명이 없습니다. &quot;login-companion credentials set --profile %2 --account %1 --username NAME&quot; 명령으로 저장하세요(비밀번호는 표준 입력에서 읽습니다).</translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountCredentials.cpp" line="62"/>
        <source>Cannot read the credential list %1: %2</source>
        <translation>자격 증명 목록 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountCredentials.cpp" line="67"/>
        <source>The credential list %1 is damaged or from a newer version; it was left as it is.</source>
        <translation>자격 증명 목록 %1이(가) 손상되었거나 더 새로운 버전에서 만들어졌습니다. 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountCredentials.cpp" line="92"/>
        <location filename="../app/core/storage/AccountCredentials.cpp" line="98"/>
        <source>Cannot write the credential list %1: %2</source>
        <translation>자격 증명 목록 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountCredentials.cpp" line="113"/>
        <source>The credential list %1 is locked by another process; try again.</source>
        <translation>자격 증명 목록 %1을(를) 다른 프로세스가 잠그고 있습니다. 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>lc::AccountFilterModel</name>
    <message>
        <location filename="../app/window/AccountFilterModel.cpp" line="51"/>
        <source>All environments</source>
        <translation>모든 환경</translation>
    </message>
</context>
<context>
    <name>lc::AccountIndex</name>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="125"/>
        <source>Cannot read the account list %1: %2</source>
        <translation>계정 목록(%1)을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="68"/>
        <source>The account list %1 is damaged; remove it and sign in again.</source>
        <translation>계정 목록(%1)이 손상되었습니다. 이 파일을 삭제하고 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="74"/>
        <source>The account list %1 was written by a newer version of Login Companion (format %2; this one reads format %3). Update Login Companion; the file was left as it is.</source>
        <translation>계정 목록 %1은(는) 더 새로운 버전의 Login Companion이 작성했습니다(형식 %2, 이 버전은 형식 %3을 읽습니다). Login Companion을 업데이트하세요. 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="164"/>
        <location filename="../app/core/storage/AccountIndex.cpp" line="168"/>
        <source>Cannot write the account list %1: %2</source>
        <translation>계정 목록(%1)을 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="179"/>
        <source>The account list %1 is locked by another process; try again.</source>
        <translation>계정 목록 %1을(를) 다른 프로세스가 잠그고 있습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="239"/>
        <source>No account is signed in for profile &quot;%1&quot;; run &quot;login-companion login --profile %1&quot;.</source>
        <translation>&quot;%1&quot; 프로필에 로그인된 계정이 없습니다. &quot;login-companion login --profile %1&quot; 명령을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="242"/>
        <source>No account &quot;%1&quot; is signed in for profile &quot;%2&quot;; run &quot;login-companion login --profile %2 --account %1&quot;.</source>
        <translation>&quot;%2&quot; 프로필에 로그인된 &quot;%1&quot; 계정이 없습니다. &quot;login-companion login --profile %2 --account %1&quot; 명령을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="253"/>
        <source>Profile &quot;%1&quot; has %2 accounts (%3); choose one with --account, or set a default with &quot;login-companion use --profile %1 --account LABEL&quot;.</source>
        <translation>&quot;%1&quot; 프로필에 계정이 %2개 있습니다 (%3). --account로 하나를 고르거나 &quot;login-companion use --profile %1 --account LABEL&quot;로 기본 계정을 정하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="281"/>
        <source>No account &quot;%1&quot; is signed in for profile &quot;%2&quot;; the profile has no accounts.</source>
        <translation>&quot;%2&quot; 프로필에 로그인된 &quot;%1&quot; 계정이 없습니다. 이 프로필에는 계정이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="284"/>
        <source>No account &quot;%1&quot; is signed in for profile &quot;%2&quot; (its accounts: %3).</source>
        <translation>&quot;%2&quot; 프로필에 로그인된 &quot;%1&quot; 계정이 없습니다 (이 프로필의 계정: %3).</translation>
    </message>
    <message>
        <location filename="../app/core/storage/AccountIndex.cpp" line="334"/>
        <source>The label &quot;%1&quot; already belongs to another account of profile &quot;%2&quot; (%3).</source>
        <translation>&quot;%1&quot; 레이블은 이미 프로필 &quot;%2&quot;의 다른 계정(%3)의 것입니다.</translation>
    </message>
</context>
<context>
    <name>lc::AccountLock</name>
    <message>
        <location filename="../app/core/storage/AccountLock.cpp" line="63"/>
        <source>Cannot create the account lock %1; check the permissions of its folder.</source>
        <translation>계정 잠금 파일 %1을(를) 만들 수 없습니다. 폴더 권한을 확인하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/storage/AccountLock.cpp" line="70"/>
        <source>Another Login Companion process kept this account busy for %n second(s); try again.</source>
        <translation>
            <numerusform>다른 Login Companion 프로세스가 이 계정을 %n초 동안 사용 중이었습니다. 다시 시도하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::AccountStore</name>
    <message>
        <location filename="../app/core/storage/AccountStore.cpp" line="45"/>
        <source>Account &quot;%1&quot; must sign in again; run &quot;login-companion login --profile %2 --account %1&quot;.</source>
        <translation>&quot;%1&quot; 계정은 다시 로그인해야 합니다. &quot;login-companion login --profile %2 --account %1&quot; 명령을 실행하세요.</translation>
    </message>
</context>
<context>
    <name>lc::AccountsController</name>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="128"/>
        <source>%1 (needs setup)</source>
        <translation>%1 (설정 필요)</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="245"/>
        <source>Signed in as %1.</source>
        <translation>%1 계정으로 로그인했습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="283"/>
        <source>The provider did not confirm the revocation: %1</source>
        <translation>공급자가 토큰 폐기를 확인하지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="287"/>
        <source>Signing out %1…</source>
        <translation>%1 계정에서 로그아웃하는 중…</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="279"/>
        <source>Signed out %1.</source>
        <translation>%1 계정에서 로그아웃했습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="134"/>
        <source>%1 is not set up on this computer yet: some of its settings, such as the server address or the app&apos;s client id, have no value. Whoever gave you Login Companion can provide them; the documentation explains how.</source>
        <translation>%1은(는) 아직 이 컴퓨터에 설정되지 않았습니다: 서버 주소나 앱의 클라이언트 ID 같은 일부 설정에 값이 없습니다. Login Companion을 제공한 곳에서 값을 받을 수 있으며, 방법은 문서에 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="167"/>
        <source>Added the provider %1.</source>
        <translation>공급자 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="170"/>
        <source>Updated the provider %1.</source>
        <translation>공급자 %1을(를) 업데이트했습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="173"/>
        <source>The provider %1 was already added.</source>
        <translation>공급자 %1은(는) 이미 추가되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="179"/>
        <source>It is a %1 provider, so development providers are shown now.</source>
        <translation>%1 공급자이므로 이제 개발용 공급자를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="281"/>
        <source>Signed out %1 on this computer. %2</source>
        <translation>이 컴퓨터에서 %1 계정을 로그아웃했습니다. %2</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="295"/>
        <source>Sign-in required</source>
        <translation>로그인 필요</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="298"/>
        <source>Access token expired; it is refreshed on next use</source>
        <translation>액세스 토큰 만료됨(다음 사용 시 갱신)</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="300"/>
        <source>Valid for %1:%2</source>
        <translation>남은 유효 시간 %1:%2</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="301"/>
        <source>Valid until %1</source>
        <translation>%1까지 유효</translation>
    </message>
    <message>
        <location filename="../app/window/AccountsController.cpp" line="334"/>
        <source>That account is no longer on this computer.</source>
        <translation>그 계정은 더 이상 이 컴퓨터에 없습니다.</translation>
    </message>
</context>
<context>
    <name>lc::AgentAutostart</name>
    <message>
        <location filename="../app/cli/AgentAutostart.cpp" line="45"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentAutostart.cpp" line="88"/>
        <source>The agent (login-companion-agent) is not installed next to %1.</source>
        <translation>에이전트(login-companion-agent)가 %1 옆에 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentAutostart.cpp" line="96"/>
        <source>Cannot write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentAutostart.cpp" line="116"/>
        <source>The autostart entry is missing from this build.</source>
        <translation>이 빌드에는 자동 시작 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentAutostart.cpp" line="137"/>
        <source>Cannot remove %1.</source>
        <translation>%1을(를) 제거할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>lc::AgentCommand</name>
    <message>
        <location filename="../app/cli/AgentCommand.cpp" line="37"/>
        <source>--enable-autostart and --disable-autostart exclude each other</source>
        <translation>--enable-autostart와 --disable-autostart는 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentCommand.cpp" line="42"/>
        <source>The agent will start at login (%1).</source>
        <translation>이제 로그인할 때 에이전트가 시작됩니다(%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentCommand.cpp" line="49"/>
        <source>The agent will no longer start at login.</source>
        <translation>이제 로그인할 때 에이전트가 시작되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentCommand.cpp" line="50"/>
        <source>The agent was not set to start at login.</source>
        <translation>에이전트가 로그인할 때 시작되도록 설정되어 있지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentCommand.cpp" line="57"/>
        <source>The agent (login-companion-agent) is not installed next to %1.</source>
        <translation>에이전트(login-companion-agent)가 %1 옆에 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentCommand.cpp" line="74"/>
        <location filename="../app/cli/AgentCommand.cpp" line="81"/>
        <source>Cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>lc::AuthorizationFlow</name>
    <message>
        <location filename="../app/core/auth/AuthorizationFlow.cpp" line="85"/>
        <source>Profile &quot;%1&quot; needs its client secret.</source>
        <translation>&quot;%1&quot; 프로필에는 클라이언트 시크릿이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationFlow.cpp" line="182"/>
        <source>Sign-in was cancelled.</source>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationFlow.cpp" line="216"/>
        <source>The provider did not return an ID token although the openid scope was requested.</source>
        <translation>openid 범위를 요청했지만 공급자가 ID 토큰을 반환하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>lc::AuthorizationResponse</name>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="37"/>
        <source>The provider&apos;s redirect repeats the parameter &quot;%1&quot;.</source>
        <translation>공급자의 리디렉션에 &quot;%1&quot; 매개변수가 중복되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="46"/>
        <source>The provider&apos;s redirect has no state; the sign-in was stopped for safety.</source>
        <translation>공급자의 리디렉션에 state가 없어 안전을 위해 로그인을 중단했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="50"/>
        <source>The provider&apos;s redirect does not belong to this sign-in attempt (state mismatch); it was stopped for safety.</source>
        <translation>공급자의 리디렉션이 이 로그인 시도에 속하지 않아(state 불일치) 안전을 위해 로그인을 중단했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="57"/>
        <source>The provider&apos;s redirect lacks the issuer (iss) its metadata promises; the sign-in was stopped for safety.</source>
        <translation>공급자의 리디렉션에 메타데이터에서 명시한 발급자(iss)가 없어 안전을 위해 로그인을 중단했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="61"/>
        <source>The redirect came from issuer &quot;%1&quot;, not the expected &quot;%2&quot;; the sign-in was stopped for safety.</source>
        <translation>리디렉션의 발급자(&quot;%1&quot;)가 예상한 발급자(&quot;%2&quot;)와 달라 안전을 위해 로그인을 중단했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="72"/>
        <source>Sign-in was cancelled.</source>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="73"/>
        <source>Sign-in was cancelled: %1</source>
        <translation>로그인이 취소되었습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="78"/>
        <source>The provider refused the sign-in (%1).</source>
        <translation>공급자가 로그인을 거부했습니다(%1).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="79"/>
        <source>The provider refused the sign-in (%1): %2</source>
        <translation>공급자가 로그인을 거부했습니다(%1): %2</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationResponse.cpp" line="85"/>
        <source>The provider&apos;s redirect carries no authorization code.</source>
        <translation>공급자의 리디렉션에 인가 코드가 없습니다.</translation>
    </message>
</context>
<context>
    <name>lc::Autofill</name>
    <message>
        <location filename="../app/window/Autofill.cpp" line="43"/>
        <source>--autofill needs --account</source>
        <translation>--autofill에는 --account가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/window/Autofill.cpp" line="111"/>
        <source>The provider showed its login form again after the stored password of account &quot;%1&quot; (profile &quot;%2&quot;) was submitted: the password is probably wrong. Store the right one with &quot;login-companion credentials set --profile %2 --account %1 --username NAME&quot;.</source>
        <translation>계정 &quot;%1&quot;(프로필 &quot;%2&quot;)의 저장된 비밀번호를 제출한 뒤 공급자가 로그인 양식을 다시 보여 주었습니다. 비밀번호가 틀렸을 가능성이 큽니다. &quot;login-companion credentials set --profile %2 --account %1 --username NAME&quot; 명령으로 올바른 비밀번호를 저장하세요.</translation>
    </message>
    <message>
        <location filename="../app/window/Autofill.cpp" line="120"/>
        <source>Account &quot;%1&quot; of profile &quot;%2&quot; was not signed in within %3 s with its stored credentials: the provider may have rejected them without showing its login form again, or the login form was not recognised (the profile&apos;s &quot;autofill&quot; selectors).</source>
        <translation>프로필 &quot;%2&quot;의 계정 &quot;%1&quot;이(가) 저장된 자격 증명으로 %3초 안에 로그인되지 않았습니다. 공급자가 로그인 양식을 다시 보여 주지 않고 거부했거나, 로그인 양식을 찾지 못했습니다(프로필의 &quot;autofill&quot; 선택자).</translation>
    </message>
</context>
<context>
    <name>lc::AutofillLogin</name>
    <message>
        <location filename="../app/cli/AutofillLogin.cpp" line="19"/>
        <source>--timeout takes a number of seconds from 1 to 3600, got &quot;%1&quot;</source>
        <translation>--timeout 옵션에는 1에서 3600 사이의 초 단위 숫자를 지정해야 합니다(입력값: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/cli/AutofillLogin.cpp" line="53"/>
        <source>No credentials are stored for profile &quot;%1&quot;; store them with &quot;login-companion credentials set --profile %1 --account LABEL --username NAME&quot;.</source>
        <translation>프로필 &quot;%1&quot;에 저장된 자격 증명이 없습니다. &quot;login-companion credentials set --profile %1 --account LABEL --username NAME&quot; 명령으로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/AutofillLogin.cpp" line="59"/>
        <source>Profile &quot;%1&quot; has stored credentials for %2 accounts (%3); choose one with --account.</source>
        <translation>프로필 &quot;%1&quot;에는 계정 %2개의 자격 증명이 저장되어 있습니다(%3). --account로 하나를 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/AutofillLogin.cpp" line="75"/>
        <source>--%1 needs --autofill or --batch: nobody could sign in without them</source>
        <translation>--%1에는 --autofill 또는 --batch가 필요합니다. 그것 없이는 아무도 로그인할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/AutofillLogin.cpp" line="82"/>
        <source>--autofill fills the login window&apos;s form; it cannot be used with --browser system</source>
        <translation>--autofill은 로그인 창의 양식을 채웁니다. --browser system과 함께 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>lc::AutofillPolicy</name>
    <message>
        <location filename="../app/core/providers/AutofillPolicy.cpp" line="10"/>
        <source>Profile &quot;%1&quot; is a production profile: --autofill and --batch are refused for it (a profile for test accounts may set &quot;allowAutofill&quot;: true).</source>
        <translation>프로필 &quot;%1&quot;은(는) 운영(production) 프로필이므로 --autofill과 --batch를 쓸 수 없습니다(테스트 계정용 프로필은 &quot;allowAutofill&quot;: true를 지정할 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>lc::BackendTokenExchange</name>
    <message>
        <location filename="../app/core/auth/BackendTokenExchange.cpp" line="54"/>
        <source>The token backend %1</source>
        <translation>토큰 백엔드 %1</translation>
    </message>
</context>
<context>
    <name>lc::BatchFile</name>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="80"/>
        <source>%1: not a JSON object</source>
        <translation>%1: JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="86"/>
        <source>%1: &quot;%2&quot; is not a known key (profile, label, username)</source>
        <translation>%1: &quot;%2&quot;은(는) 알 수 없는 키입니다(profile, label, username)</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="90"/>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot;은(는) 문자열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="99"/>
        <source>%1: a quoted field is not closed properly</source>
        <translation>%1: 따옴표로 묶은 필드가 제대로 닫히지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BatchFile.cpp" line="106"/>
        <source>%1: expected &quot;profile,label&quot; or &quot;profile,label,username&quot;, got %n field(s)</source>
        <translation>
            <numerusform>%1: &quot;profile,label&quot; 또는 &quot;profile,label,username&quot;이 와야 하는데 필드가 %n개입니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="116"/>
        <source>%1: the profile is missing</source>
        <translation>%1: 프로필이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="118"/>
        <source>%1: the account label is missing</source>
        <translation>%1: 계정 레이블이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="121"/>
        <source>%1: account &quot;%2&quot; of profile &quot;%3&quot; is listed twice (first on line %4)</source>
        <translation>%1: 프로필 &quot;%3&quot;의 계정 &quot;%2&quot;이(가) 두 번 나옵니다(처음은 %4번째 줄)</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="129"/>
        <source>%1 lists no accounts</source>
        <translation>%1에 계정이 하나도 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="137"/>
        <source>--batch %1: %2</source>
        <translation>--batch %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchFile.cpp" line="141"/>
        <source>--batch %1 is larger than %2 KiB; it cannot be a list of accounts.</source>
        <translation>--batch %1이(가) %2 KiB보다 큽니다. 계정 목록일 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>lc::BatchLogin</name>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="68"/>
        <source>--batch takes its accounts and profiles from its file; --%1 cannot be combined with it</source>
        <translation>--batch는 계정과 프로필을 파일에서 읽습니다. --%1과(와) 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="81"/>
        <source>The login windows cannot open: there is no display here. Add --headless to sign in offscreen.</source>
        <translation>로그인 창을 열 수 없습니다. 이곳에는 디스플레이가 없습니다. 화면 없이 로그인하려면 --headless를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="100"/>
        <source>signed in</source>
        <translation>로그인됨</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="100"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="107"/>
        <source>All accounts signed in: %1 of %1 (%2 s).</source>
        <translation>모든 계정이 로그인되었습니다: %1개 중 %1개(%2초).</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="109"/>
        <source>Accounts signed in: %1 of %2 (%3 s); failed: %4</source>
        <translation>로그인된 계정: %2개 중 %1개(%3초). 실패: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="130"/>
        <source>the stored credentials of account &quot;%1&quot; are for user &quot;%2&quot;, not &quot;%3&quot; (line %4)</source>
        <translation>계정 &quot;%1&quot;에 저장된 자격 증명은 &quot;%3&quot;이(가) 아니라 사용자 &quot;%2&quot;의 것입니다(%4번째 줄)</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="141"/>
        <source>the login window (login-companion-window) is not installed</source>
        <translation>로그인 창(login-companion-window)이 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="161"/>
        <source>cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="169"/>
        <source>the login window did not finish within %1 s; it was stopped</source>
        <translation>로그인 창이 %1초 안에 끝나지 않아 중지했습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="177"/>
        <source>the login window crashed</source>
        <translation>로그인 창이 비정상 종료되었습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="183"/>
        <source>the login window ended with exit code %1</source>
        <translation>로그인 창이 종료 코드 %1로 끝났습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="186"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../app/cli/BatchLogin.cpp" line="194"/>
        <source>[%1/%2] signing in %3 of %4…</source>
        <translation>[%1/%2] %4의 %3 로그인 중…</translation>
    </message>
</context>
<context>
    <name>lc::BoundedFile</name>
    <message>
        <location filename="../app/core/common/BoundedFile.cpp" line="10"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/common/BoundedFile.cpp" line="14"/>
        <source>%1 is larger than %2 KiB; it cannot be a profile or settings file.</source>
        <translation>%1이(가) %2 KiB보다 큽니다. 프로필이나 설정 파일일 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>lc::CheckAccounts</name>
    <message>
        <location filename="../app/core/operations/CheckAccounts.cpp" line="18"/>
        <source>Checking the accounts was cancelled.</source>
        <translation>계정 확인이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>lc::ChunkedKeychain</name>
    <message>
        <location filename="../app/core/storage/ChunkedKeychain.cpp" line="58"/>
        <source>The keychain entry %1 is damaged (%2). Sign in again to replace it.</source>
        <translation>키체인 항목 %1이(가) 손상되었습니다(%2). 다시 로그인하여 교체하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/ChunkedKeychain.cpp" line="69"/>
        <source>its pieces do not add up to what was stored</source>
        <translation>조각을 합친 내용이 저장된 내용과 일치하지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/core/storage/ChunkedKeychain.cpp" line="86"/>
        <source>piece %1 of %2 is missing</source>
        <translation>%2개 중 %1번째 조각이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/core/storage/ChunkedKeychain.cpp" line="175"/>
        <source>its header is unreadable</source>
        <translation>헤더를 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/core/storage/ChunkedKeychain.cpp" line="195"/>
        <source>The value for %1 is too large for the keychain.</source>
        <translation>%1의 값이 키체인에 저장하기에는 너무 큽니다.</translation>
    </message>
</context>
<context>
    <name>lc::ClaimTreeModel</name>
    <message numerus="yes">
        <location filename="../app/window/ClaimTreeModel.cpp" line="96"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>필드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/ClaimTreeModel.cpp" line="96"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="163"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예기치 않은 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="196"/>
        <source>--browser takes &quot;embedded&quot; or &quot;system&quot;, got &quot;%1&quot;</source>
        <translation>--browser 옵션에는 &quot;embedded&quot; 또는 &quot;system&quot;을 지정해야 합니다(입력값: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="208"/>
        <source>Sign in with the login window (--browser embedded), or register a loopback redirect URI with a port (http://127.0.0.1:PORT/…) for this client.</source>
        <translation>로그인 창으로 로그인하거나(--browser embedded), 이 클라이언트에 포트가 있는 루프백 리디렉션 URI(http://127.0.0.1:PORT/…)를 등록하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="263"/>
        <source>The login window did not report the signed-in account.</source>
        <translation>로그인 창이 로그인된 계정을 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="277"/>
        <source>Signed in to %1 as %2.</source>
        <translation>%1에 %2 계정으로 로그인했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="294"/>
        <source>Continue signing in to %1 in your web browser.</source>
        <translation>웹 브라우저에서 %1 로그인을 계속하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="314"/>
        <source>--min-validity takes a number of seconds, got &quot;%1&quot;</source>
        <translation>--min-validity 옵션에는 초 단위 숫자를 지정해야 합니다(입력값: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="446"/>
        <source>No accounts. Sign in with &quot;login-companion login --profile ID&quot;.</source>
        <translation>계정이 없습니다. &quot;login-companion login --profile ID&quot; 명령으로 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="454"/>
        <source>sign-in required</source>
        <translation>로그인 필요</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="456"/>
        <source>access token valid until %1</source>
        <translation>액세스 토큰 %1까지 유효</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="458"/>
        <source>access token expired (refreshes on next use)</source>
        <translation>액세스 토큰 만료됨(다음 사용 시 갱신)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="60"/>
        <source>unknown command &quot;%1&quot;; run &quot;login-companion help&quot; for the commands</source>
        <translation>알 수 없는 명령 &quot;%1&quot;; 명령 목록은 &quot;login-companion help&quot;로 보세요</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="63"/>
        <location filename="../app/cli/CliApplication.cpp" line="125"/>
        <source>unknown command &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>알 수 없는 명령 &quot;%1&quot;; &quot;%2&quot;을(를) 뜻했나요?</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="123"/>
        <source>help takes one command: %1</source>
        <translation>help에는 명령 하나를 주세요: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="147"/>
        <source>%1; run &quot;%2&quot; for the options</source>
        <translation>%1; 옵션은 &quot;%2&quot;로 보세요</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="156"/>
        <source>unknown option &quot;%1&quot;; run &quot;%2&quot; for the options</source>
        <translation>알 수 없는 옵션 &quot;%1&quot;; 옵션은 &quot;%2&quot;로 보세요</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="158"/>
        <source>unknown option &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>알 수 없는 옵션 &quot;%1&quot;; &quot;%2&quot;을(를) 뜻했나요?</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="354"/>
        <source>--all and --account exclude each other</source>
        <translation>--all과 --account는 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="357"/>
        <source>logout --all signs out several accounts; pass --yes to confirm (standard input is not a terminal to ask on)</source>
        <translation>logout --all은 여러 계정을 로그아웃합니다. 확인하려면 --yes를 주세요 (표준 입력이 터미널이 아니어서 물어볼 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="386"/>
        <source>%1; its accounts are removed here without asking the provider to revoke their tokens.</source>
        <translation>%1. 이 프로필의 계정은 공급자에게 토큰 폐기를 요청하지 않고 이 컴퓨터에서만 제거됩니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="393"/>
        <source>No accounts to sign out.</source>
        <translation>로그아웃할 계정이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="397"/>
        <source>Nothing was signed out.</source>
        <translation>아무 계정도 로그아웃하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliApplication.cpp" line="414"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n개 더</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliApplication.cpp" line="415"/>
        <source>Sign out %n account(s) (%1)?</source>
        <translation>
            <numerusform>계정 %n개를 로그아웃할까요 (%1)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliApplication.cpp" line="430"/>
        <source>%n row(s) of the account list could not be read; they were left as they are.</source>
        <translation>
            <numerusform>계정 목록의 %n개 행을 읽을 수 없어 그대로 두었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="475"/>
        <source>say &quot;secret set&quot; or &quot;secret delete&quot;</source>
        <translation>&quot;secret set&quot; 또는 &quot;secret delete&quot;를 지정하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="477"/>
        <source>secret needs --profile</source>
        <translation>secret 명령에는 --profile 옵션이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="487"/>
        <source>Deleted the client secret of %1.</source>
        <translation>%1의 클라이언트 시크릿을 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="492"/>
        <source>cannot read standard input</source>
        <translation>표준 입력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="497"/>
        <source>no secret on standard input (e.g. printf %s &quot;$SECRET&quot; | login-companion secret set --profile ID)</source>
        <translation>표준 입력에 시크릿이 없습니다(예: printf %s &quot;$SECRET&quot; | login-companion secret set --profile ID)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="503"/>
        <source>Stored the client secret of %1 in the keychain.</source>
        <translation>%1의 클라이언트 시크릿을 키체인에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="529"/>
        <source>use needs --account LABEL: the account to use by default</source>
        <translation>use에는 --account LABEL이 필요합니다: 기본으로 쓸 계정</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="537"/>
        <source>%1 is now the default account of %2.</source>
        <translation>이제 %1 계정이 %2의 기본 계정입니다.</translation>
    </message>
</context>
<context>
    <name>lc::ClientSecrets</name>
    <message>
        <location filename="../app/core/storage/ClientSecrets.cpp" line="55"/>
        <source>Profile &quot;%1&quot; needs its client secret: run &quot;login-companion secret set --profile %1&quot; (it reads the secret from standard input) or set %2.</source>
        <translation>&quot;%1&quot; 프로필에는 클라이언트 시크릿이 필요합니다. &quot;login-companion secret set --profile %1&quot; 명령을 실행하거나(시크릿은 표준 입력에서 읽습니다) %2 환경 변수를 설정하세요.</translation>
    </message>
</context>
<context>
    <name>lc::CommandTable</name>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="22"/>
        <source>Provider profile: a built-in or installed id, or a profile file (default: demo).</source>
        <translation>공급자 프로필: 내장 또는 설치된 프로필의 ID, 또는 프로필 파일 (기본값: demo).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="31"/>
        <source>Account label or subject (default: the profile&apos;s only account, or its default account; see &quot;use&quot;).</source>
        <translation>계정 레이블 또는 subject (기본값: 프로필의 유일한 계정, 또는 기본 계정. &quot;use&quot; 참고).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="46"/>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="47"/>
        <source>Show this help, including Qt&apos;s own options.</source>
        <translation>Qt 자체 옵션을 포함한 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="48"/>
        <source>Log what happens (tokens and secrets are redacted).</source>
        <translation>진행 상황을 기록합니다 (토큰과 비밀 값은 가려집니다).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="56"/>
        <source>open the window: accounts and Sign in</source>
        <translation>창 열기: 계정 목록과 로그인</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="57"/>
        <source>Login Companion signs you in to game providers.</source>
        <translation>Login Companion은 게임 공급자에 로그인해 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="58"/>
        <source>Print the version.</source>
        <translation>버전을 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="61"/>
        <source>sign in through the login window</source>
        <translation>로그인 창으로 로그인</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="62"/>
        <source>Signs in through the login window and stores the tokens in the OS keychain. On success it prints one line.</source>
        <translation>로그인 창으로 로그인하고 토큰을 OS 키체인에 저장합니다. 성공하면 한 줄을 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="67"/>
        <source>Print the new access token on stdout.</source>
        <translation>새 액세스 토큰을 표준 출력에 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="70"/>
        <source>Where to sign in: &quot;embedded&quot; (the login window) or &quot;system&quot; (your web browser, with a loopback redirect). Default: the profile&apos;s &quot;browser&quot; setting.</source>
        <translation>로그인할 곳: &quot;embedded&quot;(로그인 창) 또는 &quot;system&quot;(웹 브라우저와 루프백 리디렉션). 기본값: 프로필의 &quot;browser&quot; 설정.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="75"/>
        <source>Remember this account&apos;s web session (cookies) on this computer, separate from every other account&apos;s; by default each sign-in starts with a clean, private session.</source>
        <translation>이 계정의 웹 세션(쿠키)을 다른 계정과 분리해 이 컴퓨터에 기억합니다. 기본적으로 로그인할 때마다 깨끗한 비공개 세션으로 시작합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="79"/>
        <source>End at the first failure with its message (exit 1) instead of showing the error view with Retry (scripts, headless runs).</source>
        <translation>오류 화면과 다시 시도 대신 첫 실패에서 그 메시지와 함께 끝냅니다(종료 코드 1). 스크립트와 화면 없는 실행용입니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="83"/>
        <source>Run this JavaScript file in every page the login window loads (automation).</source>
        <translation>로그인 창이 불러오는 모든 페이지에서 이 JavaScript 파일을 실행합니다 (자동화).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="87"/>
        <source>Answer HTTP authentication prompts with the &quot;user:password&quot; in this file (automation); an empty file cancels them.</source>
        <translation>HTTP 인증 요청에 이 파일의 &quot;user:password&quot;로 응답합니다 (자동화). 빈 파일이면 요청을 취소합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="91"/>
        <source>Fill and submit the provider&apos;s login form with the account&apos;s stored credentials (&quot;credentials set&quot;); only on pages of the authorization endpoint&apos;s origin, never for a production profile unless it sets &quot;allowAutofill&quot;.</source>
        <translation>계정에 저장된 자격 증명(&quot;credentials set&quot;)으로 공급자의 로그인 양식을 채워 제출합니다. 인가 엔드포인트와 같은 출처(origin)의 페이지에서만 하며, 운영 프로필에서는 &quot;allowAutofill&quot;을 지정하지 않는 한 하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="97"/>
        <source>Sign in every account FILE lists (CSV &quot;profile,label[,username]&quot; or JSON lines) with its stored credentials, one after the other; one line per account and a summary. Exit 0 only if every account signed in.</source>
        <translation>FILE에 나열된 모든 계정(CSV &quot;profile,label[,username]&quot; 또는 JSON lines)을 저장된 자격 증명으로 차례로 로그인합니다. 계정마다 한 줄과 요약을 출력합니다. 모든 계정이 로그인된 경우에만 0으로 끝납니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="102"/>
        <source>With --autofill or --batch: sign in offscreen, with no window shown (ends at the first failure).</source>
        <translation>--autofill 또는 --batch와 함께: 창을 보여 주지 않고 화면 밖에서 로그인합니다(첫 실패에서 끝납니다).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="106"/>
        <source>With --autofill or --batch: an account not signed in within this many seconds fails (default 60; always applies to --batch and --headless).</source>
        <translation>--autofill 또는 --batch와 함께: 이 시간(초) 안에 로그인되지 않은 계정은 실패로 처리합니다(기본값 60, --batch와 --headless에는 항상 적용).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="113"/>
        <source>print a valid access token (refreshes silently, never shows a window)</source>
        <translation>유효한 액세스 토큰 출력 (조용히 갱신하며 창을 띄우지 않음)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="114"/>
        <source>Prints a valid access token on stdout, refreshing it silently when needed. Never opens a window.</source>
        <translation>유효한 액세스 토큰을 표준 출력에 출력하며, 필요하면 조용히 갱신합니다. 창을 열지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="119"/>
        <source>Refresh when the token expires within this many seconds (default 60).</source>
        <translation>토큰이 이 시간(초) 안에 만료되면 갱신합니다 (기본값 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="123"/>
        <source>Print one JSON object: the access token, its type, expiry and scopes, the ID token and its claims, and the account.</source>
        <translation>JSON 객체 하나를 출력합니다: 액세스 토큰, 토큰 종류, 만료 시각과 범위(scope), ID 토큰과 그 클레임, 그리고 계정.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="126"/>
        <source>Read the keychain directly even when the agent runs (by default a running agent answers).</source>
        <translation>에이전트가 실행 중이어도 키체인을 직접 읽습니다(기본적으로는 실행 중인 에이전트가 응답합니다).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="130"/>
        <source>sign out: revoke and remove an account&apos;s tokens</source>
        <translation>로그아웃: 계정의 토큰을 폐기하고 삭제</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="131"/>
        <source>Revokes an account&apos;s tokens at the provider and removes them from the keychain and the account list.</source>
        <translation>공급자에서 계정의 토큰을 폐기하고 키체인과 계정 목록에서 삭제합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="135"/>
        <source>Also end the provider&apos;s browser session (OpenID RP-initiated logout): opens the provider&apos;s end_session_endpoint in the web browser.</source>
        <translation>공급자의 브라우저 세션도 끝냅니다 (OpenID RP-initiated logout): 웹 브라우저에서 공급자의 end_session_endpoint를 엽니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="139"/>
        <source>Sign out every account of --profile, or every account at all when --profile is not given. Asks first on a terminal.</source>
        <translation>--profile의 모든 계정을, --profile이 없으면 모든 계정을 로그아웃합니다. 터미널에서는 먼저 묻습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="142"/>
        <source>Do not ask before signing out several accounts (needed with --all when standard input is not a terminal).</source>
        <translation>여러 계정을 로그아웃하기 전에 묻지 않습니다 (표준 입력이 터미널이 아닐 때 --all과 함께 필요).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="146"/>
        <source>list the signed-in accounts</source>
        <translation>로그인된 계정 목록</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="147"/>
        <source>Lists the signed-in accounts (no keychain access). Prints nothing when there are none.</source>
        <translation>로그인된 계정을 나열합니다 (키체인을 읽지 않음). 계정이 없으면 아무것도 출력하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="149"/>
        <source>Print JSON (an empty list is []).</source>
        <translation>JSON으로 출력합니다 (빈 목록은 []).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="153"/>
        <source>show whether each account can get a token without signing in</source>
        <translation>각 계정이 다시 로그인하지 않고 토큰을 받을 수 있는지 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="154"/>
        <source>Shows every account (or those of --profile) with its provider, environment and person, whether its access token is valid and whether a refresh token is held. Reads the keychain but never refreshes. Exit status 0 when every account is usable, 3 when one needs a sign-in (or there is none).</source>
        <translation>모든 계정(또는 --profile의 계정)을 공급자, 환경, 사용자와 함께 보여 주고, 액세스 토큰이 유효한지와 갱신 토큰이 있는지 알려 줍니다. 키체인을 읽지만 토큰을 갱신하지는 않습니다. 모든 계정을 쓸 수 있으면 종료 코드 0, 다시 로그인해야 하는 계정이 있으면(또는 계정이 없으면) 3입니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="161"/>
        <source>Only this profile&apos;s accounts (default: every account).</source>
        <translation>이 프로필의 계정만 (기본값: 모든 계정).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="165"/>
        <source>choose a profile&apos;s default account</source>
        <translation>프로필의 기본 계정을 정합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="166"/>
        <source>Makes an account the profile&apos;s default: commands without --account take it when the profile has several accounts. Signing out of it clears the default.</source>
        <translation>계정을 프로필의 기본 계정으로 정합니다: 프로필에 계정이 여러 개일 때 --account 없는 명령은 이 계정을 씁니다. 이 계정에서 로그아웃하면 기본 계정 설정도 지워집니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="172"/>
        <source>The account (label or subject) to use by default (required).</source>
        <translation>기본으로 쓸 계정 (레이블 또는 subject, 필수).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="177"/>
        <source>add|list|show|remove provider profiles installed on this computer</source>
        <translation>이 컴퓨터에 설치된 공급자 프로필을 add|list|show|remove 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="178"/>
        <source>Manages provider profiles: &quot;profile add FILE&quot; validates a profile file and installs it in the config directory, so its id works with --profile from any folder; &quot;profile list&quot; shows the built-in and installed profiles with their environment and whether their placeholders are set; &quot;profile show ID&quot; prints a profile with its placeholders filled in (secrets are never shown); &quot;profile remove ID&quot; removes an installed profile, refused while accounts use it unless --force signs them out.</source>
        <translation>공급자 프로필을 관리합니다: &quot;profile add FILE&quot;은 프로필 파일을 검사해 설정 디렉터리에 설치하므로 어느 폴더에서든 --profile에 그 ID를 쓸 수 있습니다. &quot;profile list&quot;는 내장 및 설치된 프로필을 환경, 자리표시자 설정 여부와 함께 보여 줍니다. &quot;profile show ID&quot;는 자리표시자를 채운 프로필을 출력합니다 (비밀 값은 절대 표시하지 않습니다). &quot;profile remove ID&quot;는 설치된 프로필을 제거하며, 계정이 쓰고 있으면 거부합니다. 단 --force를 주면 그 계정들을 로그아웃한 뒤 제거합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="187"/>
        <source>With &quot;remove&quot;: sign out the profile&apos;s accounts first.</source>
        <translation>&quot;remove&quot;와 함께: 먼저 프로필의 계정을 로그아웃합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="194"/>
        <source>set|delete a confidential client&apos;s secret (set reads it from stdin)</source>
        <translation>기밀 클라이언트의 비밀 값 set|delete (set은 표준 입력에서 읽음)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="195"/>
        <source>Stores a confidential client&apos;s secret in the OS keychain (&quot;secret set&quot; reads it from standard input, so it never appears in the shell history), or deletes it (&quot;secret delete&quot;).</source>
        <translation>기밀 클라이언트의 비밀 값을 OS 키체인에 저장하거나(&quot;secret set&quot;은 표준 입력에서 읽으므로 셸 기록에 남지 않습니다) 삭제합니다(&quot;secret delete&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="205"/>
        <source>set|delete|list test accounts&apos; passwords for login --autofill (set reads stdin)</source>
        <translation>login --autofill용 테스트 계정 비밀번호를 저장|삭제|나열합니다(set은 표준 입력에서 읽음)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="206"/>
        <source>Keeps test accounts&apos; user names and passwords for &quot;login --autofill&quot; and &quot;login --batch&quot;: the password only in the OS keychain (&quot;credentials set&quot; reads it from standard input), the user name also in a list, so that &quot;credentials list&quot; shows the accounts without ever showing a password.</source>
        <translation>&quot;login --autofill&quot;과 &quot;login --batch&quot;에 쓸 테스트 계정의 사용자 이름과 비밀번호를 보관합니다. 비밀번호는 OS 키체인에만 두고(&quot;credentials set&quot;은 표준 입력에서 읽습니다), 사용자 이름은 목록에도 두어 &quot;credentials list&quot;가 비밀번호를 보이지 않고 계정을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="214"/>
        <source>The user name typed into the login form (credentials set).</source>
        <translation>로그인 양식에 입력할 사용자 이름(credentials set).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="216"/>
        <source>Print JSON (credentials list).</source>
        <translation>JSON으로 출력합니다(credentials list).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="222"/>
        <source>keep the accounts&apos; tokens in memory and hand them out fast</source>
        <translation>계정의 토큰을 메모리에 보관하고 빠르게 건네줍니다</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="223"/>
        <source>Runs the agent in the foreground: it reads each account&apos;s tokens from the keychain once, keeps them in memory (never on disk), refreshes them before they expire, and answers launchers on a local socket (docs/AGENT.md). &quot;login-companion token&quot; asks it whenever it runs. Stop it with Ctrl+C or SIGTERM.</source>
        <translation>에이전트를 포그라운드에서 실행합니다: 각 계정의 토큰을 키체인에서 한 번 읽어 메모리에만 보관하고(디스크에는 절대 쓰지 않음), 만료되기 전에 갱신하며, 로컬 소켓으로 런처에 응답합니다(docs/AGENT.md). 에이전트가 실행 중이면 &quot;login-companion token&quot;은 항상 에이전트에 묻습니다. Ctrl+C나 SIGTERM으로 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="230"/>
        <source>Show a tray icon with the accounts, &quot;Sign in&quot;, &quot;Open accounts&quot; and &quot;Quit&quot;.</source>
        <translation>계정 목록과 &quot;로그인&quot;, &quot;계정 열기&quot;, &quot;종료&quot;가 있는 트레이 아이콘을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="233"/>
        <source>Start the agent with its tray icon at every login from now on, then exit.</source>
        <translation>이제부터 로그인할 때마다 트레이 아이콘과 함께 에이전트를 시작하도록 설정하고 종료합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="235"/>
        <source>Stop starting the agent at login, then exit.</source>
        <translation>로그인할 때 에이전트를 시작하지 않도록 설정하고 종료합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="239"/>
        <source>show the help of a command</source>
        <translation>명령의 도움말 표시</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="240"/>
        <source>Shows the help of a command, or the list of commands.</source>
        <translation>명령의 도움말이나 명령 목록을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="242"/>
        <source>print the version</source>
        <translation>버전 출력</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="242"/>
        <source>Prints the version.</source>
        <translation>버전을 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="321"/>
        <source>Usage: %1</source>
        <translation>사용법: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="330"/>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="342"/>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="345"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="348"/>
        <source>Run &quot;login-companion help COMMAND&quot; for a command&apos;s options.</source>
        <translation>명령의 옵션은 &quot;login-companion help COMMAND&quot;로 보세요.</translation>
    </message>
</context>
<context>
    <name>lc::CommandsModule</name>
    <message>
        <location filename="../app/cli/CommandsModule.cpp" line="31"/>
        <source>The commands (%1) cannot be loaded: %2</source>
        <translation>명령 모듈(%1)을 불러올 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>lc::CompactJws</name>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="47"/>
        <source>The ID token is not a compact JWS of three parts.</source>
        <translation>ID 토큰이 세 부분으로 된 compact JWS가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="51"/>
        <source>The ID token&apos;s header is not a base64url-encoded JSON object.</source>
        <translation>ID 토큰의 헤더가 base64url로 인코딩된 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="54"/>
        <source>The ID token&apos;s payload is not a base64url-encoded JSON object.</source>
        <translation>ID 토큰의 페이로드가 base64url로 인코딩된 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="57"/>
        <source>The ID token&apos;s signature is not base64url-encoded.</source>
        <translation>ID 토큰의 서명이 base64url로 인코딩되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="65"/>
        <source>The ID token&apos;s header does not name its algorithm (&quot;alg&quot;).</source>
        <translation>ID 토큰의 헤더에 알고리즘(&quot;alg&quot;)이 지정되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/CompactJws.cpp" line="68"/>
        <source>The ID token&apos;s header lists critical extensions (&quot;crit&quot;) that are not supported.</source>
        <translation>ID 토큰의 헤더에 지원되지 않는 필수 확장(&quot;crit&quot;)이 있습니다.</translation>
    </message>
</context>
<context>
    <name>lc::Console</name>
    <message>
        <location filename="../app/cli/Console.cpp" line="52"/>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <location filename="../app/cli/Console.cpp" line="61"/>
        <source>yes</source>
        <comment>the answer to [y/N]</comment>
        <translation>예</translation>
    </message>
</context>
<context>
    <name>lc::CredentialsCommand</name>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="47"/>
        <source>No stored credentials. Store some with &quot;login-companion credentials set --profile ID --account LABEL --username NAME&quot;.</source>
        <translation>저장된 자격 증명이 없습니다. &quot;login-companion credentials set --profile ID --account LABEL --username NAME&quot; 명령으로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="63"/>
        <source>cannot read standard input</source>
        <translation>표준 입력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="70"/>
        <source>no password on standard input (e.g. printf %s &quot;$PASSWORD&quot; | login-companion credentials set --profile ID --account LABEL --username NAME)</source>
        <translation>표준 입력에 비밀번호가 없습니다(예: printf %s &quot;$PASSWORD&quot; | login-companion credentials set --profile ID --account LABEL --username NAME)</translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="85"/>
        <source>say &quot;credentials set&quot;, &quot;credentials delete&quot; or &quot;credentials list&quot;</source>
        <translation>&quot;credentials set&quot;, &quot;credentials delete&quot; 또는 &quot;credentials list&quot;를 지정하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="92"/>
        <source>credentials %1 needs --%2</source>
        <translation>credentials %1에는 --%2가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="95"/>
        <source>credentials set needs --username</source>
        <translation>credentials set에는 --username이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="110"/>
        <source>No credentials were stored for account &quot;%1&quot; of profile &quot;%2&quot;.</source>
        <translation>프로필 &quot;%2&quot;의 계정 &quot;%1&quot;에는 저장된 자격 증명이 없었습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="116"/>
        <source>Deleted the credentials of account &quot;%1&quot; of profile &quot;%2&quot;.</source>
        <translation>프로필 &quot;%2&quot;의 계정 &quot;%1&quot; 자격 증명을 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="131"/>
        <source>Stored the credentials of account &quot;%1&quot; of profile &quot;%2&quot; (user &quot;%3&quot;) in the keychain.</source>
        <translation>프로필 &quot;%2&quot;의 계정 &quot;%1&quot; 자격 증명(사용자 &quot;%3&quot;)을 키체인에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>lc::DisplayCheck</name>
    <message>
        <location filename="../app/cli/DisplayCheck.cpp" line="28"/>
        <source>The login window cannot open: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set). Sign in with your web browser instead: login-companion login --browser system</source>
        <translation>로그인 창을 열 수 없습니다: 디스플레이가 없습니다 (DISPLAY도 WAYLAND_DISPLAY도 설정되지 않음). 대신 웹 브라우저로 로그인하세요: login-companion login --browser system</translation>
    </message>
</context>
<context>
    <name>lc::EmbeddedReplyHandler</name>
    <message>
        <location filename="../app/core/auth/EmbeddedReplyHandler.cpp" line="37"/>
        <source>The token endpoint (%1)</source>
        <translation>토큰 엔드포인트(%1)</translation>
    </message>
</context>
<context>
    <name>lc::ErrorFormat</name>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="82"/>
        <source>%1 answered HTTP %2, a redirect; Login Companion does not follow redirects from a provider&apos;s endpoints.</source>
        <translation>%1이(가) HTTP %2(리디렉션)로 응답했습니다. Login Companion은 공급자 엔드포인트의 리디렉션을 따르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="87"/>
        <source>%1 answered HTTP %2 without an error the app understands.</source>
        <translation>%1에서 앱이 이해할 수 없는 HTTP %2 응답을 받았습니다.</translation>
    </message>
</context>
<context>
    <name>lc::IdTokenClaims</name>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="14"/>
        <source>The provider&apos;s ID token was rejected: %1</source>
        <translation>공급자의 ID 토큰이 거부되었습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="47"/>
        <source>it is not a compact JWS</source>
        <translation>compact JWS 형식이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="53"/>
        <source>its payload is not a JSON object</source>
        <translation>페이로드가 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="63"/>
        <source>it was issued by &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>&quot;%1&quot;에서 발급되었습니다(예상 발급자: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="65"/>
        <source>it has no subject (sub)</source>
        <translation>subject(sub)가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="69"/>
        <source>it was not issued for client &quot;%1&quot; (aud)</source>
        <translation>&quot;%1&quot; 클라이언트용으로 발급되지 않았습니다(aud)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="72"/>
        <source>it has several audiences but no authorized party (azp)</source>
        <translation>대상(aud)이 여러 개이지만 권한 부여 당사자(azp)가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="74"/>
        <source>its authorized party (azp) is &quot;%1&quot;</source>
        <translation>권한 부여 당사자(azp)가 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="79"/>
        <source>it has no expiry (exp)</source>
        <translation>만료 시간(exp)이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="82"/>
        <source>it expired at %1</source>
        <translation>%1에 만료되었습니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="86"/>
        <source>it has no issue time (iat)</source>
        <translation>발급 시간(iat)이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="89"/>
        <source>it claims to be issued in the future (%1); check the computer&apos;s clock</source>
        <translation>발급 시간이 미래(%1)로 되어 있습니다. 컴퓨터의 시계를 확인하세요</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="94"/>
        <source>it does not belong to this sign-in attempt (nonce)</source>
        <translation>이 로그인 시도에 속하지 않습니다(nonce)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="102"/>
        <source>the refreshed ID token has another issuer</source>
        <translation>갱신된 ID 토큰의 발급자가 다릅니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="104"/>
        <source>the refreshed ID token names another user</source>
        <translation>갱신된 ID 토큰이 다른 사용자를 가리킵니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenClaims.cpp" line="106"/>
        <source>the refreshed ID token has another audience</source>
        <translation>갱신된 ID 토큰의 대상이 다릅니다</translation>
    </message>
</context>
<context>
    <name>lc::IdTokenVerifier</name>
    <message>
        <location filename="../app/core/auth/IdTokenVerifier.cpp" line="34"/>
        <source>The provider&apos;s ID token was rejected: its signature algorithm &quot;%1&quot; is not allowed.</source>
        <translation>공급자의 ID 토큰이 거부되었습니다: &quot;%1&quot; 서명 알고리즘은 허용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenVerifier.cpp" line="43"/>
        <source>The provider publishes no signing keys (jwks_uri), so its ID token cannot be verified.</source>
        <translation>공급자가 서명 키(jwks_uri)를 게시하지 않아 ID 토큰을 검증할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenVerifier.cpp" line="74"/>
        <source>The provider&apos;s ID token was rejected: it was signed with a key the provider does not publish (kid &quot;%1&quot;).</source>
        <translation>공급자의 ID 토큰이 거부되었습니다: 공급자가 게시하지 않은 키로 서명되었습니다(kid &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/IdTokenVerifier.cpp" line="86"/>
        <source>The provider&apos;s ID token was rejected: its signature does not verify.</source>
        <translation>공급자의 ID 토큰이 거부되었습니다: 서명을 검증하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>lc::JsonRequest</name>
    <message>
        <location filename="../app/core/common/JsonRequest.cpp" line="38"/>
        <source>%1 did not answer with a JSON object (HTTP %2).</source>
        <translation>%1에서 받은 응답이 JSON 객체가 아닙니다(HTTP %2).</translation>
    </message>
</context>
<context>
    <name>lc::JsonWebKey</name>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKey.cpp" line="28"/>
        <source>A key in the provider&apos;s key set has a missing or invalid &quot;%1&quot; member.</source>
        <translation>공급자 키 세트의 키에 &quot;%1&quot; 멤버가 없거나 유효하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKey.cpp" line="35"/>
        <source>A key in the provider&apos;s key set has the unsupported &quot;%1&quot; value &quot;%2&quot;.</source>
        <translation>공급자 키 세트의 키에 지원되지 않는 &quot;%1&quot; 값(&quot;%2&quot;)이 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKey.cpp" line="44"/>
        <source>A key in the provider&apos;s key set is not a valid %1 public key.</source>
        <translation>공급자 키 세트의 키가 유효한 %1 공개 키가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>lc::JsonWebKeySet</name>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKeySet.cpp" line="29"/>
        <source>The provider&apos;s key set is not a JSON object with a &quot;keys&quot; array.</source>
        <translation>공급자의 키 세트가 &quot;keys&quot; 배열이 있는 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JsonWebKeySet.cpp" line="45"/>
        <source>The provider&apos;s key set has no RSA or P-256 signing key.</source>
        <translation>공급자의 키 세트에 RSA 또는 P-256 서명 키가 없습니다.</translation>
    </message>
</context>
<context>
    <name>lc::JwsVerifier</name>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="66"/>
        <source>The ID token&apos;s signing algorithm &quot;%1&quot; is not allowed.</source>
        <translation>ID 토큰의 &quot;%1&quot; 서명 알고리즘은 허용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="72"/>
        <source>The provider&apos;s key &quot;%1&quot; cannot verify %2 signatures.</source>
        <translation>공급자의 &quot;%1&quot; 키로는 %2 서명을 검증할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="75"/>
        <source>The provider&apos;s RSA key &quot;%1&quot; has %2 bits; at least %3 are required.</source>
        <translation>공급자의 &quot;%1&quot; RSA 키는 %2비트입니다. 최소 %3비트가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="85"/>
        <source>The ID token&apos;s ES256 signature is not 64 bytes long.</source>
        <translation>ID 토큰의 ES256 서명 길이가 64바이트가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/jose/JwsVerifier.cpp" line="108"/>
        <source>The ID token&apos;s signature does not match the provider&apos;s key.</source>
        <translation>ID 토큰의 서명이 공급자의 키와 일치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>lc::LightOauth2ErrorFormat</name>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="148"/>
        <source>light-oauth2 error %1</source>
        <translation>light-oauth2 오류 %1</translation>
    </message>
</context>
<context>
    <name>lc::LoadErrorText</name>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="10"/>
        <source>The server refused the connection.</source>
        <translation>서버가 연결을 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="13"/>
        <source>The server&apos;s name could not be found.</source>
        <translation>서버 이름을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="16"/>
        <source>No internet connection.</source>
        <translation>인터넷에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="19"/>
        <source>The server took too long to answer.</source>
        <translation>서버의 응답이 너무 늦습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="23"/>
        <source>The connection to the server was interrupted.</source>
        <translation>서버와의 연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="25"/>
        <source>The server cannot be reached from this network.</source>
        <translation>이 네트워크에서는 서버에 접속할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="27"/>
        <source>The proxy server refused the connection.</source>
        <translation>프록시 서버가 연결을 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="32"/>
        <source>The server&apos;s certificate could not be checked.</source>
        <translation>서버 인증서를 확인할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoadErrorText.cpp" line="33"/>
        <source>The page could not be loaded.</source>
        <translation>페이지를 불러올 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>lc::LoginController</name>
    <message>
        <location filename="../app/window/LoginController.cpp" line="157"/>
        <source>Sign-in was cancelled.</source>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="205"/>
        <source>The sign-in page tried to continue without encryption, to %1. Login Companion stopped it.</source>
        <translation>로그인 페이지가 암호화되지 않은 연결로 %1에 접속하려고 했습니다. Login Companion이 이를 중단했습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="213"/>
        <source>A link to a &quot;%1:&quot; address was blocked.</source>
        <translation>&quot;%1:&quot; 주소로 연결되는 링크를 차단했습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="255"/>
        <source>The sign-in page at %1 could not be loaded. %2</source>
        <translation>%1의 로그인 페이지를 불러오지 못했습니다. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/LoginController.cpp" line="264"/>
        <source>The sign-in page did not load within %n second(s).</source>
        <translation>
            <numerusform>로그인 페이지를 %n초 안에 불러오지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="281"/>
        <source>The connection to %1 is not secure: %2. The sign-in was stopped.</source>
        <translation>%1에 대한 연결이 안전하지 않습니다: %2. 로그인을 중단했습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="304"/>
        <source>A download was blocked: the sign-in window does not save files.</source>
        <translation>다운로드를 차단했습니다. 로그인 창에서는 파일을 저장하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="307"/>
        <source>The page asked for a permission (camera, microphone, location or notifications); it was denied.</source>
        <translation>페이지에서 권한(카메라, 마이크, 위치 또는 알림)을 요청했지만 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="311"/>
        <source>The page asked to open a file; the sign-in window does not allow it.</source>
        <translation>페이지에서 파일 열기를 요청했지만 로그인 창에서는 허용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="316"/>
        <source>The page tried something the sign-in window does not allow.</source>
        <translation>페이지에서 로그인 창이 허용하지 않는 작업을 시도했습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="325"/>
        <source>%1 was opened in your web browser.</source>
        <translation>웹 브라우저에서 %1 페이지를 열었습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/LoginController.cpp" line="384"/>
        <source>No web browser could be started on this computer. You can go back and sign in here in this window.</source>
        <translation>이 컴퓨터에서 웹 브라우저를 실행할 수 없습니다. 돌아가서 이 창에서 로그인할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>lc::LoopbackRedirectListener</name>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="87"/>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="206"/>
        <source>Sign-in continues in the app</source>
        <translation>앱에서 로그인을 계속합니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="88"/>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="207"/>
        <source>Login Companion received the answer from the sign-in page. The app shows how the sign-in ended.</source>
        <translation>Login Companion이 로그인 페이지의 응답을 받았습니다. 로그인 결과는 앱에서 확인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="109"/>
        <source>The redirect URI %1 cannot be heard by Login Companion: %2.</source>
        <translation>Login Companion은 리디렉션 URI %1에서 응답을 받을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="122"/>
        <source>it is not an http address on this computer (127.0.0.1, [::1] or localhost)</source>
        <translation>이 컴퓨터의 http 주소(127.0.0.1, [::1] 또는 localhost)가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="124"/>
        <source>it names no port, so the browser would go to port 80, which only the system may open</source>
        <translation>포트가 지정되지 않아 브라우저가 80번 포트로 가는데, 이 포트는 시스템만 열 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="127"/>
        <source>it carries user information or a fragment</source>
        <translation>사용자 정보나 프래그먼트가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="134"/>
        <source>The browser redirect listener can only be used once.</source>
        <translation>브라우저 리디렉션 수신기는 한 번만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="140"/>
        <source>The redirect path &quot;%1&quot; cannot be used for the browser redirect.</source>
        <translation>&quot;%1&quot; 리디렉션 경로는 브라우저 리디렉션에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="147"/>
        <source>Could not open a local port for the browser&apos;s redirect: %1</source>
        <translation>브라우저 리디렉션을 받을 로컬 포트를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="150"/>
        <source>Could not listen on %1 port %2 for the browser&apos;s redirect: %3. The provider sends the browser to this port (the client&apos;s registered redirect URI); close the program that uses it and try again.</source>
        <translation>브라우저 리디렉션을 받도록 %1의 %2번 포트를 열 수 없습니다: %3. 공급자는 브라우저를 이 포트(클라이언트에 등록된 리디렉션 URI)로 보냅니다. 이 포트를 사용하는 프로그램을 닫고 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="252"/>
        <source>Request timed out</source>
        <translation>요청 시간 초과</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="253"/>
        <source>The browser did not finish its request in time.</source>
        <translation>브라우저가 제시간에 요청을 완료하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="278"/>
        <source>Request too large</source>
        <translation>요청이 너무 큼</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="279"/>
        <source>The browser&apos;s request was too large.</source>
        <translation>브라우저의 요청이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="291"/>
        <source>Bad request</source>
        <translation>잘못된 요청</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="292"/>
        <source>The browser&apos;s request could not be understood.</source>
        <translation>브라우저의 요청을 이해할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="327"/>
        <source>Not allowed</source>
        <translation>허용되지 않음</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="328"/>
        <source>This address only answers the sign-in redirect.</source>
        <translation>이 주소는 로그인 리디렉션에만 응답합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="334"/>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="335"/>
        <source>There is nothing at this address.</source>
        <translation>이 주소에는 아무것도 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="337"/>
        <source>This sign-in is already finished</source>
        <translation>이미 완료된 로그인입니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="338"/>
        <source>Login Companion already received the answer for this sign-in. To sign in again, start again from the app.</source>
        <translation>Login Companion이 이 로그인에 대한 응답을 이미 받았습니다. 다시 로그인하려면 앱에서 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/LoopbackRedirectListener.cpp" line="419"/>
        <source>You can close this tab and return to the app.</source>
        <translation>이 탭을 닫고 앱으로 돌아가도 됩니다.</translation>
    </message>
</context>
<context>
    <name>lc::OperationBase</name>
    <message>
        <location filename="../app/core/operations/Operation.cpp" line="25"/>
        <source>Sign-in was cancelled.</source>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>lc::OttmErrorFormat</name>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="110"/>
        <source>the request is invalid</source>
        <translation>요청이 잘못되었습니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="112"/>
        <source>the requested scope is not allowed for this client</source>
        <translation>요청한 scope가 이 클라이언트에 허용되지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="114"/>
        <source>the access token&apos;s scope does not allow this call</source>
        <translation>액세스 토큰의 scope로는 이 API를 호출할 권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="116"/>
        <source>the access token has expired or is invalid</source>
        <translation>액세스 토큰이 만료되었거나 유효하지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="118"/>
        <source>this client is not authorized for this kind of request</source>
        <translation>등록된 클라이언트의 grant type과 다른 요청입니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="134"/>
        <source>OTTM error %1</source>
        <translation>OTTM 오류 %1</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="135"/>
        <source>OTTM error %1: %2</source>
        <translation>OTTM 오류 %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="137"/>
        <source> (provider: &quot;%1&quot;)</source>
        <translation> (공급자 메시지: &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>lc::PlaceholderValues</name>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="105"/>
        <source>%1 is not a JSON object of placeholder values (%2); fix or remove it.</source>
        <translation>%1은(는) 자리 표시자 값으로 된 JSON 객체가 아닙니다(%2). 고치거나 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="107"/>
        <source>not an object</source>
        <translation>객체가 아님</translation>
    </message>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="115"/>
        <source>%1: the value of &quot;%2&quot; must be a string.</source>
        <translation>%1: &quot;%2&quot;의 값은 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="156"/>
        <source>%1: &quot;%2&quot; must be an object of strings</source>
        <translation>%1: &quot;%2&quot; 항목은 문자열 값으로 된 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="167"/>
        <source>%1: placeholder %%2% has no value; set %3 or add &quot;%2&quot; to %4</source>
        <translation>%1: 자리 표시자 %%2%의 값이 없습니다. %3 환경 변수를 설정하거나 %4에 &quot;%2&quot; 항목을 추가하세요</translation>
    </message>
    <message>
        <location filename="../app/core/providers/Placeholders.cpp" line="177"/>
        <source>%1: placeholders %2 have no value; set %3 or add them to %4</source>
        <translation>%1: 자리 표시자 %2의 값이 없습니다. %3 환경 변수를 설정하거나 %4에 해당 항목을 추가하세요</translation>
    </message>
</context>
<context>
    <name>lc::ProfileCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="20"/>
        <source>--force goes with &quot;profile remove&quot;</source>
        <translation>--force는 &quot;profile remove&quot;와 함께 씁니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="30"/>
        <source>say &quot;profile add FILE&quot; with one profile file</source>
        <translation>프로필 파일 하나와 함께 &quot;profile add FILE&quot;이라고 하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="32"/>
        <source>say &quot;profile %1 ID&quot; with one profile id</source>
        <translation>프로필 ID 하나와 함께 &quot;profile %1 ID&quot;라고 하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="34"/>
        <source>&quot;profile list&quot; takes no argument</source>
        <translation>&quot;profile list&quot;는 인수를 받지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="35"/>
        <source>say &quot;profile add FILE&quot;, &quot;profile list&quot;, &quot;profile show ID&quot; or &quot;profile remove ID&quot;</source>
        <translation>&quot;profile add FILE&quot;, &quot;profile list&quot;, &quot;profile show ID&quot; 또는 &quot;profile remove ID&quot;라고 하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="45"/>
        <source>Installed profile &quot;%1&quot; from %2; --profile %1 now works from any folder.</source>
        <translation>%2에서 &quot;%1&quot; 프로필을 설치했습니다. 이제 어느 폴더에서든 --profile %1을 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="48"/>
        <source>Updated the installed profile &quot;%1&quot; from %2.</source>
        <translation>설치된 &quot;%1&quot; 프로필을 %2의 내용으로 갱신했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="52"/>
        <source>Profile &quot;%1&quot; is already installed as it is in %2.</source>
        <translation>&quot;%1&quot; 프로필은 이미 %2의 내용 그대로 설치되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="74"/>
        <source>placeholders not set: %1</source>
        <translation>설정되지 않은 자리표시자: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="77"/>
        <source>ready</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="77"/>
        <source>invalid: %1</source>
        <translation>잘못됨: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="84"/>
        <source>built-in</source>
        <translation>내장</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="86"/>
        <source>installed</source>
        <translation>설치됨</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ProfileCommand.cpp" line="128"/>
        <source>profile &quot;%1&quot; is used by %n account(s) (%2); sign them out first (&quot;login-companion logout --all --profile %1&quot;) or pass --force</source>
        <translation>
            <numerusform>&quot;%1&quot; 프로필을 계정 %n개가 쓰고 있습니다 (%2). 먼저 로그아웃하거나 (&quot;login-companion logout --all --profile %1&quot;) --force를 주세요</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="139"/>
        <source>profile &quot;%1&quot; was kept: not every account could be signed out.</source>
        <translation>&quot;%1&quot; 프로필을 그대로 두었습니다: 일부 계정을 로그아웃하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="147"/>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 프로필을 제거했습니다.</translation>
    </message>
</context>
<context>
    <name>lc::ProfileRepository</name>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="23"/>
        <source>%1: cannot read profile: %2</source>
        <translation>%1: 프로필을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="55"/>
        <source>built-in profile &quot;%1&quot;</source>
        <translation>기본 제공 프로필 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="65"/>
        <source>no profile &quot;%1&quot; (known: %2); install a profile file with &quot;login-companion profile add FILE&quot; or pass its path</source>
        <translation>&quot;%1&quot; 프로필이 없습니다 (알려진 프로필: %2). &quot;login-companion profile add FILE&quot;로 프로필 파일을 설치하거나 파일 경로를 주세요</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="83"/>
        <source>built-in profile &quot;%1&quot; has id &quot;%2&quot;</source>
        <translation>기본 제공 프로필 &quot;%1&quot;의 id가 &quot;%2&quot;입니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="85"/>
        <source>%1 has id &quot;%2&quot;; install it again with &quot;login-companion profile add FILE&quot;</source>
        <translation>%1의 ID는 &quot;%2&quot;입니다. &quot;login-companion profile add FILE&quot;로 다시 설치하세요</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="100"/>
        <source>%1: a profile must be a JSON object</source>
        <translation>%1: 프로필은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="161"/>
        <source>%1: the id &quot;%2&quot; belongs to a built-in profile; give the file&apos;s profile another &quot;id&quot;</source>
        <translation>%1: ID &quot;%2&quot;는 내장 프로필의 ID입니다. 파일의 프로필에 다른 &quot;id&quot;를 주세요</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="180"/>
        <source>Cannot install the profile in %1: %2</source>
        <translation>프로필을 %1에 설치할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="189"/>
        <source>&quot;%1&quot; is a built-in profile; it cannot be removed</source>
        <translation>&quot;%1&quot;은(는) 내장 프로필이라 제거할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="191"/>
        <source>no installed profile &quot;%1&quot;</source>
        <translation>설치된 &quot;%1&quot; 프로필이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProfileRepository.cpp" line="193"/>
        <source>Cannot remove %1</source>
        <translation>%1을(를) 제거할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>lc::ProviderDiscovery</name>
    <message>
        <location filename="../app/core/providers/ProviderDiscovery.cpp" line="88"/>
        <source>The provider&apos;s metadata at %1 is not available (HTTP %2).</source>
        <translation>%1의 공급자 메타데이터를 사용할 수 없습니다(HTTP %2).</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderDiscovery.cpp" line="112"/>
        <source>The provider&apos;s metadata names issuer &quot;%1&quot;, not the configured &quot;%2&quot;; it was not used.</source>
        <translation>공급자 메타데이터의 발급자(&quot;%1&quot;)가 설정된 발급자(&quot;%2&quot;)와 달라 메타데이터를 사용하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderDiscovery.cpp" line="133"/>
        <source>The metadata of issuer &quot;%1&quot; lacks an authorization or token endpoint.</source>
        <translation>&quot;%1&quot; 발급자의 메타데이터에 인가 엔드포인트 또는 토큰 엔드포인트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderDiscovery.cpp" line="139"/>
        <source>%1: issuer &quot;%2&quot; does not support PKCE with S256; Login Companion does not sign in without it (set &quot;pkce&quot;: &quot;none&quot; only for a provider that rejects PKCE).</source>
        <translation>%1: &quot;%2&quot; 발급자가 S256 방식의 PKCE를 지원하지 않습니다. Login Companion은 PKCE 없이 로그인하지 않습니다(PKCE를 거부하는 공급자에만 &quot;pkce&quot;: &quot;none&quot;을 설정하세요).</translation>
    </message>
</context>
<context>
    <name>lc::ProviderProfile</name>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="34"/>
        <source>is required but missing</source>
        <translation>필수이지만 누락되었습니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="38"/>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="94"/>
        <source>must be a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="42"/>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="55"/>
        <source>must be an absolute http(s) URL, got &quot;%1&quot;</source>
        <translation>절대 http(s) URL이어야 합니다(입력값: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="67"/>
        <source>must be an array of strings</source>
        <translation>문자열 배열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="73"/>
        <source>must be an array of strings without spaces</source>
        <translation>공백 없는 문자열 배열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="87"/>
        <source>must be an object of strings</source>
        <translation>문자열 값으로 된 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="108"/>
        <source>must be true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="118"/>
        <source>%1: &quot;%2&quot; %3</source>
        <translation>%1: &quot;%2&quot; 항목은 %3</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="190"/>
        <source>must be one of %1, got &quot;%2&quot;</source>
        <translation>%1 중 하나여야 합니다(입력값: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="209"/>
        <source>must be an object of CSS selectors (%1)</source>
        <translation>CSS 선택자 객체여야 합니다(%1)</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="219"/>
        <source>must be a CSS selector (a non-empty string)</source>
        <translation>CSS 선택자(비어 있지 않은 문자열)여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="256"/>
        <source>must be an object with only &quot;backendUrl&quot;</source>
        <translation>&quot;backendUrl&quot;만 포함하는 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="262"/>
        <source>must be an absolute http(s) URL</source>
        <translation>절대 http(s) URL이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="273"/>
        <source>must be a number of seconds from 1 to 600</source>
        <translation>1~600 사이의 초 단위 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="283"/>
        <source>must be a number of seconds from 1 to 120</source>
        <translation>1~120 사이의 초 단위 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="296"/>
        <source>must hold SHA-256 fingerprints (64 hex digits, colons allowed), got &quot;%1&quot;</source>
        <translation>SHA-256 지문(16진수 64자리, 콜론 허용)만 포함해야 합니다(입력값: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="313"/>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: 유효한 JSON이 아닙니다(오프셋 %2): %3</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="318"/>
        <source>%1: a profile must be a JSON object</source>
        <translation>%1: 프로필은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="322"/>
        <source>%1: &quot;%2&quot; is not allowed: a client secret is never read from a profile file. Store it with &quot;login-companion secret set --profile ID&quot; or in the environment.</source>
        <translation>%1: &quot;%2&quot; 항목은 사용할 수 없습니다. 클라이언트 시크릿은 프로필 파일에서 읽지 않습니다. &quot;login-companion secret set --profile ID&quot; 명령으로 저장하거나 환경 변수에 지정하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="217"/>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="335"/>
        <source>is not a known key</source>
        <translation>알 수 없는 키입니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="360"/>
        <source>must be a whole number of seconds from 0 to 3600</source>
        <translation>0~3600 사이의 초 단위 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="378"/>
        <source>must be &quot;S256&quot; or &quot;none&quot;, got &quot;%1&quot;</source>
        <translation>&quot;S256&quot; 또는 &quot;none&quot;이어야 합니다(입력값: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="385"/>
        <source>must use only lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>소문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;만 사용할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="387"/>
        <source>must not have a fragment</source>
        <translation>프래그먼트(#)를 포함하면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="390"/>
        <source>must not carry a user name or password (&quot;user@host&quot;)</source>
        <translation>사용자 이름이나 비밀번호(&quot;user@host&quot;)를 포함하면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="395"/>
        <source>is set by Login Companion itself</source>
        <translation>Login Companion이 직접 설정하는 값입니다</translation>
    </message>
</context>
<context>
    <name>lc::RefreshTokens</name>
    <message>
        <location filename="../app/core/operations/RefreshTokens.cpp" line="26"/>
        <source>The token refresh was cancelled.</source>
        <translation>토큰 갱신이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/RefreshTokens.cpp" line="57"/>
        <source>The access token of &quot;%1&quot; expires and the provider issued no refresh token; sign in again.</source>
        <translation>&quot;%1&quot;의 액세스 토큰이 만료되었거나 곧 만료되며, 공급자가 리프레시 토큰을 발급하지 않았습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/RefreshTokens.cpp" line="177"/>
        <source>The provider no longer accepts the sign-in of &quot;%1&quot; (%3); run &quot;login-companion login --profile %2 --account %1&quot;.</source>
        <translation>공급자가 &quot;%1&quot;의 로그인을 더 이상 허용하지 않습니다(%3). &quot;login-companion login --profile %2 --account %1&quot; 명령을 실행하세요.</translation>
    </message>
</context>
<context>
    <name>lc::ReplyProblem</name>
    <message numerus="yes">
        <location filename="../app/core/common/ReplyProblem.cpp" line="30"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1이(가) %n초 안에 응답하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/common/ReplyProblem.cpp" line="35"/>
        <source>%1 sent an answer larger than 1 MiB; it was refused.</source>
        <translation>%1이(가) 1 MiB보다 큰 응답을 보내 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/common/ReplyProblem.cpp" line="42"/>
        <source>%1 answered HTTP %2, a redirect to %3; Login Companion does not follow redirects from a provider&apos;s endpoints.</source>
        <translation>%1이(가) HTTP %2(%3(으)로 리디렉션)로 응답했습니다. Login Companion은 공급자 엔드포인트의 리디렉션을 따르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/common/ReplyProblem.cpp" line="49"/>
        <source>Could not reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>lc::Rfc6749ErrorFormat</name>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="103"/>
        <source>The provider refused the request (%1).</source>
        <translation>공급자가 요청을 거부했습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/providers/ErrorFormat.cpp" line="104"/>
        <source>The provider refused the request (%1): %2</source>
        <translation>공급자가 요청을 거부했습니다 (%1): %2</translation>
    </message>
</context>
<context>
    <name>lc::SignIn</name>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="63"/>
        <source>Profile &quot;%1&quot; sets &quot;redirectUriInRequests&quot;: false, so the provider sends the browser to the registered redirect URI %2, which Login Companion cannot hear: %3.</source>
        <translation>프로필 &quot;%1&quot;은(는) &quot;redirectUriInRequests&quot;: false로 설정되어 있어 공급자가 브라우저를 등록된 리디렉션 URI %2(으)로 보내는데, Login Companion은 그곳에서 응답을 받을 수 없습니다: %3.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="124"/>
        <source>Not this sign-in</source>
        <translation>이 로그인이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="125"/>
        <source>This answer does not belong to the sign-in Login Companion is waiting for, so it was ignored. Continue in the sign-in page the app opened.</source>
        <translation>이 응답은 Login Companion이 기다리는 로그인의 것이 아니어서 무시했습니다. 앱이 연 로그인 페이지에서 계속하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="132"/>
        <source>The browser&apos;s redirect did not match this sign-in.</source>
        <translation>브라우저의 리디렉션이 이 로그인과 일치하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="218"/>
        <source>%1: the provider returned no ID token, so the profile needs &quot;userinfoEndpoint&quot; to identify the account.</source>
        <translation>%1: 공급자가 ID 토큰을 반환하지 않았으므로 계정을 식별하려면 프로필에 &quot;userinfoEndpoint&quot; 항목이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="222"/>
        <source>Neither an ID token nor the userinfo endpoint identified the account.</source>
        <translation>ID 토큰과 userinfo 엔드포인트 모두 계정을 식별하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="248"/>
        <source>The userinfo endpoint</source>
        <translation>userinfo 엔드포인트</translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="331"/>
        <source>Signed in</source>
        <translation>로그인 완료</translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="332"/>
        <source>You are signed in to %1 as %2.</source>
        <translation>%1에 %2 계정으로 로그인했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="364"/>
        <source>The label &quot;%1&quot; belongs to another account of %2: %3. This sign-in reached a different account (%4), so nothing was stored. Sign out of &quot;%1&quot; first (login-companion logout --profile %2 --account %1), or choose another label with --account.</source>
        <translation>&quot;%1&quot; 레이블은 %2의 다른 계정 %3의 것입니다. 이번 로그인은 다른 계정(%4)으로 이루어져 아무것도 저장하지 않았습니다. 먼저 &quot;%1&quot;에서 로그아웃하거나(login-companion logout --profile %2 --account %1), --account로 다른 레이블을 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="398"/>
        <location filename="../app/core/operations/SignIn.cpp" line="418"/>
        <source>Sign-in cancelled</source>
        <translation>로그인 취소됨</translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="399"/>
        <source>Sign-in failed</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignIn.cpp" line="418"/>
        <source>Sign-in was cancelled.</source>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>lc::SignOut</name>
    <message>
        <location filename="../app/core/operations/SignOut.cpp" line="26"/>
        <source>Signing out was cancelled; the account is still signed in.</source>
        <translation>로그아웃이 취소되었습니다. 계정은 계속 로그인된 상태입니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/SignOut.cpp" line="117"/>
        <source>The provider offers no end_session_endpoint; only the local sign-out was done.</source>
        <translation>공급자가 end_session_endpoint를 제공하지 않아 이 컴퓨터에서만 로그아웃했습니다.</translation>
    </message>
</context>
<context>
    <name>lc::SignOutAccounts</name>
    <message>
        <location filename="../app/cli/SignOutAccounts.cpp" line="25"/>
        <source>Signed out %1 from %2.</source>
        <translation>%2에서 %1 계정을 로그아웃했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/SignOutAccounts.cpp" line="36"/>
        <source>The local tokens were removed, but the provider did not confirm their revocation: %1</source>
        <translation>로컬 토큰은 삭제했지만 공급자가 토큰 폐기를 확인하지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>lc::SigningKeys</name>
    <message>
        <location filename="../app/core/auth/SigningKeys.cpp" line="65"/>
        <source>The provider&apos;s signing keys at %1 are not available (HTTP %2).</source>
        <translation>%1의 공급자 서명 키를 사용할 수 없습니다(HTTP %2).</translation>
    </message>
</context>
<context>
    <name>lc::StatusCommand</name>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="20"/>
        <source>No accounts. Sign in with &quot;login-companion login --profile ID&quot;.</source>
        <translation>계정이 없습니다. &quot;login-companion login --profile ID&quot; 명령으로 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="21"/>
        <source>No accounts for profile &quot;%1&quot;. Sign in with &quot;login-companion login --profile %1&quot;.</source>
        <translation>&quot;%1&quot; 프로필에 계정이 없습니다. &quot;login-companion login --profile %1&quot; 명령으로 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="55"/>
        <source>%1 (the profile cannot be loaded)</source>
        <translation>%1 (프로필을 불러올 수 없음)</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="57"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="58"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="64"/>
        <source>run &quot;login-companion login --profile %1 --account %2&quot;</source>
        <translation>&quot;login-companion login --profile %1 --account %2&quot; 명령을 실행하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="68"/>
        <source>usable</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="70"/>
        <source>sign-in required, the provider rejected its refresh token: %1</source>
        <translation>로그인 필요, 공급자가 갱신 토큰을 거부했습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="72"/>
        <source>sign-in required, no tokens in the keychain: %1</source>
        <translation>로그인 필요, 키체인에 토큰이 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="74"/>
        <source>sign-in required, the access token expired and there is no refresh token: %1</source>
        <translation>로그인 필요, 액세스 토큰이 만료되었고 갱신 토큰이 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="78"/>
        <source>(default)</source>
        <translation>(기본)</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="84"/>
        <location filename="../app/cli/StatusCommand.cpp" line="93"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="85"/>
        <source>expiry unknown</source>
        <translation>만료 시각 알 수 없음</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="86"/>
        <source>valid until %1</source>
        <translation>%1까지 유효</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="87"/>
        <source>expired at %1</source>
        <translation>%1에 만료됨</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="90"/>
        <source>person: %1</source>
        <translation>사용자: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="91"/>
        <source>access token: %1</source>
        <translation>액세스 토큰: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="93"/>
        <source>refresh token: %1</source>
        <translation>갱신 토큰: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="93"/>
        <source>held</source>
        <translation>있음</translation>
    </message>
</context>
<context>
    <name>lc::StoredTokens</name>
    <message>
        <location filename="../app/core/storage/StoredTokens.cpp" line="29"/>
        <source>The keychain entry for this account is damaged; sign in again.</source>
        <translation>이 계정의 키체인 항목이 손상되었습니다. 다시 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>lc::SystemBrowser</name>
    <message>
        <location filename="../app/core/common/SystemBrowser.cpp" line="24"/>
        <source>Could not start the web browser (%1).</source>
        <translation>웹 브라우저를 시작할 수 없습니다(%1).</translation>
    </message>
</context>
<context>
    <name>lc::SystemKeychain</name>
    <message>
        <location filename="../app/core/storage/SystemKeychain.cpp" line="17"/>
        <source>The system keychain is locked or refused access (%1). Unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation>시스템 키체인이 잠겨 있거나 접근을 거부했습니다(%1). 키체인을 잠금 해제한 후(예: 데스크톱 세션에 로그인) 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/SystemKeychain.cpp" line="25"/>
        <source>No system keychain is available (%1). Login Companion keeps tokens only in the OS keychain; start a Secret Service such as gnome-keyring or KWallet.</source>
        <translation>사용 가능한 시스템 키체인이 없습니다(%1). Login Companion은 토큰을 OS 키체인에만 보관합니다. gnome-keyring이나 KWallet 같은 Secret Service를 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/SystemKeychain.cpp" line="30"/>
        <source>The system keychain failed: %1</source>
        <translation>시스템 키체인 오류: %1</translation>
    </message>
</context>
<context>
    <name>lc::TokenInspector</name>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="54"/>
        <source>The copied token was cleared from the clipboard.</source>
        <translation>복사한 토큰을 클립보드에서 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="55"/>
        <source>The clipboard was left as it is: something else was copied since.</source>
        <translation>그 사이에 다른 내용이 복사되어 클립보드를 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="101"/>
        <source>No tokens are stored for %1 on this computer. Sign in again.</source>
        <translation>이 컴퓨터에 %1의 토큰이 저장되어 있지 않습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="122"/>
        <source>Header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="123"/>
        <source>Claims</source>
        <translation>클레임</translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="156"/>
        <source>The access token&apos;s lifetime was not recorded.</source>
        <translation>액세스 토큰의 유효 기간이 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="163"/>
        <source>Expires in %1</source>
        <translation>%1 후 만료</translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="164"/>
        <source>Expired %1 ago; it is refreshed on next use</source>
        <translation>%1 전에 만료됨(다음 사용 시 갱신)</translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="170"/>
        <source>not recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="189"/>
        <source>The access token was copied.</source>
        <translation>액세스 토큰을 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="194"/>
        <source>The Authorization header was copied.</source>
        <translation>Authorization 헤더를 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="201"/>
        <source>The curl command was copied; put the address to call in place of $URL (this provider names no userinfo endpoint).</source>
        <translation>curl 명령을 복사했습니다. $URL 자리에 호출할 주소를 넣으세요(이 공급자에는 userinfo 엔드포인트가 없습니다).</translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="203"/>
        <source>The curl command for %1 was copied.</source>
        <translation>%1용 curl 명령을 복사했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/TokenInspector.cpp" line="213"/>
        <source>What you copy here is cleared from the clipboard after %n second(s), unless you copy something else first.</source>
        <translation>
            <numerusform>여기서 복사한 내용은 %n초 후 클립보드에서 지워집니다. 그 전에 다른 내용을 복사하면 지우지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/window/TokenInspector.cpp" line="223"/>
        <source>There is no clipboard to copy to.</source>
        <translation>복사할 클립보드가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/TokenInspector.cpp" line="226"/>
        <source>It is cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>%n초 후 클립보드에서 지워집니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::TokenResponse</name>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="15"/>
        <source>The token endpoint&apos;s answer is malformed: %1</source>
        <translation>토큰 엔드포인트의 응답 형식이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="38"/>
        <source>The token endpoint</source>
        <translation>토큰 엔드포인트</translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="52"/>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="58"/>
        <source>&quot;access_token&quot; is missing or not a string</source>
        <translation>&quot;access_token&quot; 값이 없거나 문자열이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="61"/>
        <source>&quot;access_token&quot; contains characters a token cannot have</source>
        <translation>&quot;access_token&quot;에 토큰에 쓸 수 없는 문자가 있습니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="65"/>
        <source>&quot;token_type&quot; is missing or not a string</source>
        <translation>&quot;token_type&quot; 값이 없거나 문자열이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="68"/>
        <source>&quot;token_type&quot; is &quot;%1&quot;, only Bearer is supported</source>
        <translation>&quot;token_type&quot; 값이 &quot;%1&quot;입니다. Bearer만 지원합니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="74"/>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; 값이 문자열이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="78"/>
        <source>&quot;refresh_token&quot; contains characters a token cannot have</source>
        <translation>&quot;refresh_token&quot;에 토큰에 쓸 수 없는 문자가 있습니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="90"/>
        <location filename="../app/core/auth/TokenResponse.cpp" line="104"/>
        <source>&quot;expires_in&quot; is %1, not between 1 second and 10 years</source>
        <translation>&quot;expires_in&quot;이 %1입니다. 1초에서 10년 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenResponse.cpp" line="98"/>
        <location filename="../app/core/auth/TokenResponse.cpp" line="100"/>
        <source>&quot;expires_in&quot; is not a number</source>
        <translation>&quot;expires_in&quot; 값이 숫자가 아닙니다</translation>
    </message>
</context>
<context>
    <name>lc::TokenRevoker</name>
    <message>
        <location filename="../app/core/auth/TokenRevoker.cpp" line="71"/>
        <source>The revocation endpoint</source>
        <translation>폐기 엔드포인트</translation>
    </message>
    <message>
        <location filename="../app/core/auth/TokenRevoker.cpp" line="72"/>
        <source>the provider answered HTTP %1 to revoking the %2</source>
        <translation>공급자가 %2 폐기 요청에 HTTP %1 상태로 응답했습니다</translation>
    </message>
</context>
<context>
    <name>lc::WebSessionStore</name>
    <message>
        <location filename="../app/core/storage/WebSessionStore.cpp" line="37"/>
        <source>could not remove %1</source>
        <translation>%1을(를) 삭제할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>lc::WindowArguments</name>
    <message>
        <location filename="../app/window/WindowArguments.cpp" line="34"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예기치 않은 인수 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>lc::WindowLauncher</name>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="52"/>
        <source>login-companion: the login window (login-companion-window) is not installed next to %1.</source>
        <translation>login-companion: 로그인 창(login-companion-window)이 %1 옆에 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="65"/>
        <source>login-companion: cannot start %1: %2</source>
        <translation>login-companion: %1 프로그램을 실행할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/WindowLauncher.cpp" line="71"/>
        <source>login-companion: the login window crashed.</source>
        <translation>login-companion: 로그인 창이 비정상적으로 종료되었습니다.</translation>
    </message>
</context>
<context>
    <name>lc::agent::Agent</name>
    <message>
        <location filename="../app/agent/main.cpp" line="100"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/agent/server/Agent.cpp" line="107"/>
        <source>unknown method &quot;%1&quot; (known: %2)</source>
        <translation>알 수 없는 메서드 &quot;%1&quot;(알려진 메서드: %2)</translation>
    </message>
</context>
<context>
    <name>lc::agent::AgentServer</name>
    <message>
        <location filename="../app/agent/server/AgentServer.cpp" line="40"/>
        <source>Cannot create the agent&apos;s folder %1.</source>
        <translation>에이전트 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/server/AgentServer.cpp" line="48"/>
        <source>The agent&apos;s folder %1 is not a folder of yours; remove it and start the agent again.</source>
        <translation>에이전트 폴더 %1은(는) 사용자의 폴더가 아닙니다. 제거한 뒤 에이전트를 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/agent/server/AgentServer.cpp" line="52"/>
        <source>Cannot make the agent&apos;s folder %1 private.</source>
        <translation>에이전트 폴더 %1을(를) 비공개로 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/server/AgentServer.cpp" line="70"/>
        <source>An agent is already running at %1.</source>
        <translation>%1에서 이미 에이전트가 실행 중입니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/server/AgentServer.cpp" line="84"/>
        <source>The agent cannot listen at %1: %2</source>
        <translation>에이전트가 %1에서 연결을 받을 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/agent/server/AgentServer.cpp" line="107"/>
        <source>The agent has %n connection(s) open already; close one and try again.</source>
        <translation>
            <numerusform>에이전트에 이미 연결이 %n개 열려 있습니다. 하나를 닫고 다시 시도하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::agent::AgentTray</name>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="45"/>
        <source>%1 (%2): sign-in required. Sign in again…</source>
        <translation>%1 (%2): 로그인이 필요합니다. 다시 로그인…</translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="53"/>
        <source>valid until %1</source>
        <translation>%1까지 유효</translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="55"/>
        <source>expired, refreshes when used</source>
        <translation>만료됨, 사용할 때 갱신됨</translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="56"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="66"/>
        <source>No accounts</source>
        <translation>계정 없음</translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="69"/>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="76"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="79"/>
        <source>Open accounts</source>
        <translation>계정 열기</translation>
    </message>
    <message>
        <location filename="../app/agent/tray/AgentTray.cpp" line="82"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/agent/tray/AgentTray.cpp" line="84"/>
        <source>Login Companion: %n account(s)</source>
        <translation>
            <numerusform>Login Companion: 계정 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/agent/tray/main.cpp" line="26"/>
        <source>The agent&apos;s socket.</source>
        <translation>에이전트의 소켓.</translation>
    </message>
    <message>
        <location filename="../app/agent/tray/main.cpp" line="33"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예기치 않은 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/agent/tray/main.cpp" line="42"/>
        <source>This desktop has no system tray; the agent runs without its icon.</source>
        <translation>이 데스크톱에는 시스템 트레이가 없으므로 에이전트가 아이콘 없이 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/tray/main.cpp" line="60"/>
        <source>The tray icon cannot reach the agent at %1.</source>
        <translation>트레이 아이콘이 %1에 있는 에이전트에 연결할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>lc::agent::JsonRpc</name>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="48"/>
        <source>The request is not JSON: %1 at byte %2.</source>
        <translation>요청이 JSON이 아닙니다: %2바이트 위치에서 %1.</translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="55"/>
        <source>Batches are not supported; send one request per line.</source>
        <translation>일괄 요청은 지원하지 않습니다. 한 줄에 요청 하나씩 보내세요.</translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="62"/>
        <source>&quot;id&quot; must be a string, a number or null.</source>
        <translation>&quot;id&quot;는 문자열, 숫자 또는 null이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="68"/>
        <source>&quot;jsonrpc&quot; must be &quot;2.0&quot;.</source>
        <translation>&quot;jsonrpc&quot;는 &quot;2.0&quot;이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="73"/>
        <source>&quot;method&quot; must be a non-empty string.</source>
        <translation>&quot;method&quot;는 비어 있지 않은 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="79"/>
        <source>&quot;params&quot; must be an object: parameters go by name.</source>
        <translation>&quot;params&quot;는 객체여야 합니다. 매개변수는 이름으로 전달합니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="83"/>
        <source>&quot;params&quot; must be an object.</source>
        <translation>&quot;params&quot;는 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/JsonRpc.cpp" line="92"/>
        <source>The request is longer than %1 bytes.</source>
        <translation>요청이 %1바이트보다 깁니다.</translation>
    </message>
</context>
<context>
    <name>lc::agent::MethodParams</name>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="30"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot;은(는) 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="38"/>
        <source>&quot;%1&quot; must be an absolute path, got &quot;%2&quot;.</source>
        <translation>&quot;%1&quot;은(는) 절대 경로여야 합니다. 받은 값: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="47"/>
        <source>&quot;%1&quot; names a profile file by a relative path (&quot;%2&quot;); give its absolute path.</source>
        <translation>&quot;%1&quot;이(가) 프로필 파일을 상대 경로(&quot;%2&quot;)로 지정합니다. 절대 경로를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="60"/>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot;은(는) true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="74"/>
        <source>&quot;%1&quot; must be a whole number of seconds, 0 or more.</source>
        <translation>&quot;%1&quot;은(는) 0 이상의 정수 초여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="86"/>
        <source>unknown parameter &quot;%1&quot;; this method takes none</source>
        <translation>알 수 없는 매개변수 &quot;%1&quot;. 이 메서드는 매개변수를 받지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="88"/>
        <source>unknown parameter &quot;%1&quot; (known: %2)</source>
        <translation>알 수 없는 매개변수 &quot;%1&quot;(알려진 매개변수: %2)</translation>
    </message>
    <message>
        <location filename="../app/agent/protocol/MethodParams.cpp" line="150"/>
        <source>&quot;browser&quot; must be &quot;embedded&quot; or &quot;system&quot;, got &quot;%1&quot;.</source>
        <translation>&quot;browser&quot;는 &quot;embedded&quot; 또는 &quot;system&quot;이어야 합니다. 받은 값: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>lc::agent::SignInRunner</name>
    <message>
        <location filename="../app/agent/server/SignInRunner.cpp" line="33"/>
        <source>The login window did not report the signed-in account.</source>
        <translation>로그인 창이 로그인한 계정을 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/server/SignInRunner.cpp" line="41"/>
        <source>The login window ended with exit code %1.</source>
        <translation>로그인 창이 종료 코드 %1로 끝났습니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/server/SignInRunner.cpp" line="100"/>
        <source>The login window (login-companion-window) is not installed next to the agent.</source>
        <translation>로그인 창(login-companion-window)이 에이전트 옆에 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/server/SignInRunner.cpp" line="137"/>
        <source>Cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/agent/server/SignInRunner.cpp" line="153"/>
        <source>The login window crashed.</source>
        <translation>로그인 창이 비정상적으로 종료되었습니다.</translation>
    </message>
</context>
<context>
    <name>lc::agent::TokenKeeper</name>
    <message numerus="yes">
        <location filename="../app/agent/server/TokenKeeper.cpp" line="296"/>
        <source>The command did not finish within %n second(s).</source>
        <translation>
            <numerusform>명령이 %n초 안에 끝나지 않았습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::agent::TrayModel</name>
    <message>
        <location filename="../app/agent/tray/TrayModel.cpp" line="60"/>
        <source>Sign-in failed</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <location filename="../app/agent/tray/TrayModel.cpp" line="62"/>
        <source>The agent ended before the sign-in did.</source>
        <translation>로그인이 끝나기 전에 에이전트가 종료되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/tray/TrayModel.cpp" line="70"/>
        <source>Cannot open the accounts window</source>
        <translation>계정 창을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/agent/tray/TrayModel.cpp" line="71"/>
        <source>The login window (login-companion-window) is not installed next to the tray icon.</source>
        <translation>로그인 창(login-companion-window)이 트레이 아이콘 옆에 설치되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>lc::agent::TrayProcess</name>
    <message>
        <location filename="../app/agent/main.cpp" line="110"/>
        <source>The tray icon needs a display (neither DISPLAY nor WAYLAND_DISPLAY is set); run the agent without --tray.</source>
        <translation>트레이 아이콘에는 디스플레이가 필요합니다(DISPLAY도 WAYLAND_DISPLAY도 설정되어 있지 않음). --tray 없이 에이전트를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/agent/server/TrayProcess.cpp" line="28"/>
        <source>Cannot start the tray icon (%1): %2</source>
        <translation>트레이 아이콘(%1)을 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/agent/server/TrayProcess.cpp" line="53"/>
        <source>The tray icon (login-companion-tray) is not installed next to the agent; run the agent without --tray.</source>
        <translation>트레이 아이콘(login-companion-tray)이 에이전트 옆에 설치되어 있지 않습니다. --tray 없이 에이전트를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/agent/server/TrayProcess.cpp" line="71"/>
        <source>The tray icon crashed again; the agent runs without it.</source>
        <translation>트레이 아이콘이 다시 비정상 종료되었습니다. 에이전트는 아이콘 없이 계속 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../app/agent/server/TrayProcess.cpp" line="75"/>
        <source>The tray icon crashed; starting it again.</source>
        <translation>트레이 아이콘이 비정상 종료되었습니다. 다시 시작합니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/window/main.cpp" line="97"/>
        <source>the login window failed to load</source>
        <translation>로그인 창을 불러오지 못했습니다</translation>
    </message>
    <message>
        <location filename="../app/window/main.cpp" line="113"/>
        <source>the main window failed to load</source>
        <translation>메인 창을 불러오지 못했습니다</translation>
    </message>
</context>
</TS>
