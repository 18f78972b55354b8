// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Remember a language chosen in the switcher, so "/" opens it next time.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-language]");
    if (!link) return;
    var secure = location.protocol === "https:" ? "; Secure" : "";
    document.cookie = "portal_language=" + encodeURIComponent(link.dataset.language) +
      "; path=/; max-age=31536000; SameSite=Lax" + secure;
  });

  // An alert the reader folded away stays folded on this phone (its key is the alert's
  // translation key, so folding it in one language folds it in all).
  var FOLDED_ALERTS = "portal_folded_alerts";
  function foldedAlerts() {
    try {
      return JSON.parse(window.localStorage.getItem(FOLDED_ALERTS) || "[]") || [];
    } catch (error) {
      return [];
    }
  }
  function rememberFold(key, folded) {
    var keys = foldedAlerts().filter(function (other) { return other !== key; });
    if (folded) keys.push(key);
    try {
      window.localStorage.setItem(FOLDED_ALERTS, JSON.stringify(keys));
    } catch (error) {
      // Private browsing or a full storage: the fold lasts until the page is left.
    }
  }
  function foldRememberedAlerts() {
    var folded = foldedAlerts();
    document.querySelectorAll("details[data-alert-fold]").forEach(function (details) {
      if (folded.indexOf(details.dataset.alertFold) !== -1) details.open = false;
      details.addEventListener("toggle", function () {
        rememberFold(details.dataset.alertFold, !details.open);
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", foldRememberedAlerts);
  } else {
    foldRememberedAlerts();
  }

  // A file above the upload limit is pointed out as soon as it is chosen, and left out:
  // otherwise the server could only say so after the whole upload.
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("input[type=file]") || !input.form) return;
    var limit = Number(input.form.dataset.maxFileBytes);
    if (!limit) return;
    var previous = input.parentNode.querySelector(".file-too-large");
    if (previous) previous.remove();
    var file = input.files && input.files[0];
    if (!file || file.size <= limit) return;
    input.value = "";
    var note = document.createElement("p");
    note.className = "errorlist file-too-large";
    note.setAttribute("role", "alert");
    note.textContent = "\u201c" + file.name + "\u201d: " + input.form.dataset.fileTooLargeText;
    input.insertAdjacentElement("afterend", note);
  });
})();
