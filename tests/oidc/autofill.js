// Auto-completes the test provider's development login and consent pages.
//
// Login Companion's embedded browser runs this with runJavaScript after every page load
// in automated tests. It fills the login form (login = window.__loginCompanionUser or
// "player1", password = "pw") and submits it, or confirms the consent page, once per
// page. It does nothing on any other page. The result (the script's value) is one of
// "login", "consent", "already-submitted" or "none", for logging.
//
// Pages it recognises (oidc-provider 9 devInteractions):
//   login:   <form action=".../interaction/<uid>" method="post">
//              <input type="hidden" name="prompt" value="login"/>
//              <input name="login"> <input name="password"> <button type="submit">Sign-in</button>
//   consent: <form action=".../interaction/<uid>" method="post">
//              <input type="hidden" name="prompt" value="consent"/>
//              <button type="submit">Continue</button>
(function () {
  'use strict';
  var MARK = 'loginCompanionAutofill';

  function submit(form) {
    // The DOM mark is shared by every JavaScript world and disappears with the page,
    // so a second run on the same page (any world) does nothing.
    form.dataset[MARK] = 'submitted';
    var button = form.querySelector('button[type=submit], input[type=submit], button:not([type])');
    if (typeof form.requestSubmit === 'function') {
      form.requestSubmit(button || undefined);
    } else if (button) {
      button.click();
    } else {
      form.submit();
    }
  }

  function already(form) {
    return form.dataset[MARK] === 'submitted';
  }

  function setValue(input, value) {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  var login = document.querySelector('form input[name=login]');
  if (login) {
    var loginForm = login.form;
    if (!loginForm) return 'none';
    if (already(loginForm)) return 'already-submitted';
    var user = (typeof window.__loginCompanionUser === 'string' && window.__loginCompanionUser !== '')
      ? window.__loginCompanionUser : 'player1';
    setValue(login, user);
    var password = loginForm.querySelector('input[name=password]');
    if (password) setValue(password, 'pw');
    submit(loginForm);
    return 'login';
  }

  var consent = document.querySelector('form input[type=hidden][name=prompt][value=consent]');
  if (consent && consent.form) {
    if (already(consent.form)) return 'already-submitted';
    submit(consent.form);
    return 'consent';
  }

  return 'none';
})();
