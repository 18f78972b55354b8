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
})();
