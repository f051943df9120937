// `login --autofill`: fills and submits the provider's login form with a test account's stored
// credentials. The login window runs it (Autofill::scriptFor) in the main frame of its main view
// only, in an isolated JavaScript world (the page's own scripts cannot see or wrap it), after a
// page of the authorization endpoint's origin has loaded. It never looks into frames or other
// windows. It is an expression: a function applied to its configuration, appended as JSON:
//
//   {origin, username, password, selectors: {username, password, submit, consent},
//    passwordSubmitted, mayPressConsent, mark}
//
// and its value says what it did, for Autofill::record:
//   "wrong-origin"        the document is not (or no longer) of `origin`, or is a frame
//   "already-handled"     this document was handled before (a second load event)
//   "password-submitted"  the password (and the user name) were typed and the form submitted
//   "filled"              typed, but no way to submit was found
//   "username-submitted"  the first page of a two-step form (only with a `username` selector)
//   "consent-pressed"     the `consent` selector's button was pressed
//   "rejected"            the login form is back in a new document after the password was sent
//   "form-elsewhere"      the form would send the password to another origin: nothing typed
//   "nothing"             nothing to fill (yet: the page may still be building its form)
//   "error: <message>"    a selector was invalid, or the page threw
//
// Without selectors (README, "Provider profiles"): the password field is the first visible,
// enabled <input type=password>; the user name field is the nearest visible, enabled text, email
// or tel input before it (within the password field's form, when it has one); the form is
// submitted with its first submit button, else requestSubmit().
(function (config) {
  'use strict';
  try {
    if (window.top !== window || window.location.origin !== config.origin) return 'wrong-origin';
    if (window.__loginCompanionAutofill === config.mark) return 'already-handled';

    var usable = function (element) {
      if (!element || element.disabled || element.readOnly) return false;
      if (element.getClientRects().length === 0) return false;
      var style = window.getComputedStyle(element);
      return style.visibility !== 'hidden' && style.display !== 'none';
    };
    var firstUsable = function (selector) {
      var all = document.querySelectorAll(selector);
      for (var i = 0; i < all.length; ++i) {
        if (usable(all[i])) return all[i];
      }
      return null;
    };
    var isTextLike = function (element) {
      return element.tagName === 'INPUT' && ['text', 'email', 'tel'].indexOf(element.type) >= 0;
    };
    var sameOrigin = function (url) {
      try { return new URL(url, document.baseURI).origin === config.origin; } catch (e) { return false; }
    };
    var type = function (input, value) {
      input.focus();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    var submitButtonOf = function (form) {
      if (!form) return null;
      var buttons = form.querySelectorAll('button, input[type=submit], input[type=image]');
      for (var i = 0; i < buttons.length; ++i) {
        var button = buttons[i];
        var isSubmit = button.tagName === 'INPUT' || (button.getAttribute('type') || 'submit').toLowerCase() === 'submit';
        if (isSubmit && usable(button)) return button;
      }
      return null;
    };
    var handled = function (result) {
      window.__loginCompanionAutofill = config.mark;
      return result;
    };
    var selectors = config.selectors;

    var password = firstUsable(selectors.password || 'input[type=password]');
    if (!password) {
      var first = selectors.username ? firstUsable(selectors.username) : null;
      if (first && !config.usernameSubmitted) {
        var firstButton = selectors.submit ? firstUsable(selectors.submit) : submitButtonOf(first.form);
        if (first.form && !sameOrigin(first.form.action)) return 'form-elsewhere';
        type(first, config.username);
        if (firstButton) firstButton.click();
        else if (first.form) first.form.requestSubmit();
        else return handled('filled');
        return handled('username-submitted');
      }
      var consent = selectors.consent && config.mayPressConsent ? firstUsable(selectors.consent) : null;
      if (consent) {
        consent.click();
        return handled('consent-pressed');
      }
      return 'nothing';
    }
    if (config.passwordSubmitted) return handled('rejected');

    var form = password.form;
    var user = selectors.username ? firstUsable(selectors.username) : null;
    if (!selectors.username) {
      var candidates = form ? form.elements : document.querySelectorAll('input');
      for (var i = 0; i < candidates.length; ++i) {
        var candidate = candidates[i];
        if (isTextLike(candidate) && usable(candidate)
            && (candidate.compareDocumentPosition(password) & Node.DOCUMENT_POSITION_FOLLOWING)) {
          user = candidate;
        }
      }
    }
    var button = selectors.submit ? firstUsable(selectors.submit) : submitButtonOf(form);
    if (form && !sameOrigin(form.action)) return 'form-elsewhere';
    if (button && button.formAction && button.hasAttribute('formaction') && !sameOrigin(button.formAction)) {
      return 'form-elsewhere';
    }

    if (user) type(user, config.username);
    type(password, config.password);
    if (button) button.click();
    else if (form) form.requestSubmit();
    else return handled('filled');
    return handled('password-submitted');
  } catch (error) {
    return 'error: ' + String(error && error.message ? error.message : error);
  }
})
