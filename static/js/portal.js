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

  // A form sent back with errors opens on its summary (autofocus alone is ignored when the
  // page was restored or another element took focus first).
  var summary = document.querySelector("[data-error-summary]");
  if (summary && document.activeElement !== summary) summary.focus();

  // A text with a limit says how many characters remain as the worker types or pastes (the
  // limit itself is in the help text for browsers without this file). Counted as the server
  // counts: by character, a line break sent as two.
  function characterCount(value) {
    return Array.from(value.replace(/\r?\n/g, "\r\n")).length;
  }
  document.querySelectorAll("textarea[data-char-limit]").forEach(function (area) {
    var limit = Number(area.dataset.charLimit);
    var counter = document.createElement("p");
    counter.className = "char-count";
    counter.id = area.id + "_count";
    counter.setAttribute("aria-live", "polite");
    area.insertAdjacentElement("afterend", counter);
    var described = (area.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    area.setAttribute("aria-describedby", described.concat(counter.id).join(" "));
    var timer = null;
    function show() {
      var left = limit - characterCount(area.value);
      var template = left < 0 ? area.dataset.charsOverText : area.dataset.charsLeftText;
      counter.textContent = template.replace("%(count)s", String(Math.abs(left)));
      counter.classList.toggle("char-count--over", left < 0);
    }
    // Updated when typing pauses, so that a screen reader hears it once, not at every key.
    area.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(show, 400);
    });
    show();
  });

  // The danger box names the numbers to call in the country chosen: the server knows which
  // are verified, so its box for that country replaces this one (offline, it stays general).
  var dangerBox = document.querySelector("[data-danger-box]");
  var destination = dangerBox && document.querySelector("form[data-offline-queue] select[name=destination]");
  if (destination && window.fetch && window.DOMParser) {
    destination.addEventListener("change", function () {
      var url = new URL(destination.form.action, location.href);
      url.searchParams.set("destination", destination.value);
      fetch(url, {credentials: "same-origin"}).then(function (response) {
        return response.ok ? response.text() : null;
      }).then(function (html) {
        var current = document.querySelector("[data-danger-box]");
        var fresh = html && new DOMParser().parseFromString(html, "text/html").querySelector("[data-danger-box]");
        if (current && fresh) current.replaceWith(document.importNode(fresh, true));
      }).catch(function () {});
    });
  }
  // "Leave this page": the neutral page replaces this one in the history, so Back does not
  // bring it back; Escape pressed three times within two seconds does the same.
  var exits = document.querySelectorAll("[data-quick-exit]");
  function leave(href) {
    document.documentElement.style.visibility = "hidden";
    window.location.replace(href);
  }
  exits.forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      leave(link.href);
    });
  });
  if (exits.length) {
    var escapes = [];
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      var now = Date.now();
      escapes = escapes.filter(function (at) { return now - at < 2000; }).concat(now);
      if (escapes.length >= 3) leave(exits[0].href);
    });
  }

  // Urgent triage: at the first "yes", whom to call shows at once (without this file it is
  // always shown, or shown after sending).
  var questions = document.querySelector("[data-danger-questions]");
  if (questions) {
    var helps = document.querySelectorAll("[data-urgent-help]");
    var showHelp = function (focus) {
      var urgent = !!questions.querySelector("input[value=yes]:checked");
      helps.forEach(function (help) { help.hidden = !urgent; });
      var box = document.querySelector("[data-danger-box]");
      if (box) box.classList.toggle("callout--urgent", urgent);
      if (urgent && focus && helps.length) helps[0].scrollIntoView({block: "nearest"});
    };
    questions.addEventListener("change", function () { showHelp(true); });
    showHelp(false);
    // Offline (a guide's saved urgent check), sending cannot work: the numbers are already
    // on the page, so they are brought into view instead of a browser error page.
    var check = questions.closest("form[data-urgent-check]");
    if (check) {
      check.addEventListener("submit", function (event) {
        if (navigator.onLine) return;
        event.preventDefault();
        showHelp(true);
      });
    }
  }

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

  // The complaint form's agency field: while a worker types, the register's closest agencies
  // are offered (the agency check's own matching, through the public API). The field is a
  // plain text field: without JavaScript, or offline, what is typed is sent as typed.
  var agencyField = document.querySelector("input[data-agency-suggest]");
  var agencyList = agencyField && document.getElementById(agencyField.getAttribute("list"));
  if (agencyField && agencyList && window.fetch) {
    var pending = null;
    var asked = "";
    agencyField.addEventListener("input", function () {
      var typed = agencyField.value.trim();
      clearTimeout(pending);
      if (typed.length < 2 || typed === asked) return;
      pending = setTimeout(function () {
        asked = typed;
        var url = "/api/v2/agencies/?limit=5&fields=name_km&search=" + encodeURIComponent(typed);
        fetch(url, { credentials: "omit" })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (answer) {
            if (!answer || agencyField.value.trim() !== typed) return;
            var agencies = answer.items.length ? answer.items : answer.close_matches || [];
            agencyList.replaceChildren.apply(agencyList, agencies.map(function (agency) {
              var option = document.createElement("option");
              option.value = agency.licence_number;
              option.label = agency.name_km + " / " + agency.name_latin;
              return option;
            }));
          })
          .catch(function () {});
      }, 300);
    });
  }
})();
