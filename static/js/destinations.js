// Destination guides, progressive enhancement only: without this file a checklist is a
// plain list that can still be read and printed.
(function () {
  "use strict";

  function loadTicks(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key) || "{}") || {};
    } catch (error) {
      return {};
    }
  }

  function saveTicks(key, ticks) {
    try {
      window.localStorage.setItem(key, JSON.stringify(ticks));
    } catch (error) {
      // Private browsing or a full storage: the ticks last until the page is closed.
    }
  }

  function enhance(list, listIndex) {
    var key = list.getAttribute("data-checklist");
    var ticks = loadTicks(key);
    var items = list.querySelectorAll("li[data-checklist-item]");
    Array.prototype.forEach.call(items, function (item, itemIndex) {
      var itemKey = item.getAttribute("data-checklist-item");
      var checkbox = document.createElement("input");
      checkbox.type = "checkbox";
      checkbox.id = "checklist-" + listIndex + "-" + itemIndex;
      checkbox.checked = ticks[itemKey] === true;
      checkbox.addEventListener("change", function () {
        var current = loadTicks(key);
        if (checkbox.checked) {
          current[itemKey] = true;
        } else {
          delete current[itemKey];
        }
        saveTicks(key, current);
      });
      var text = document.createElement("span");
      while (item.firstChild) text.appendChild(item.firstChild);
      var label = document.createElement("label");
      label.htmlFor = checkbox.id;
      label.appendChild(checkbox);
      label.appendChild(text);
      item.appendChild(label);
    });
    list.classList.add("is-interactive");

    var printLabel = list.getAttribute("data-print-label");
    if (printLabel && window.print) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button button--secondary checklist__print";
      button.textContent = printLabel;
      button.addEventListener("click", function () {
        window.print();
      });
      list.parentNode.appendChild(button);
    }
  }

  // The guide's sections are <details>: a link to one (#section-...) or to something inside
  // one opens it (Chromium does so itself; this covers the other browsers), and printing
  // prints every section, then folds back the ones the reader had closed.
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
  }

  function printEverySection() {
    var closed = document.querySelectorAll("main details:not([open])");
    Array.prototype.forEach.call(closed, function (details) {
      details.open = true;
    });
    window.addEventListener("afterprint", function fold() {
      Array.prototype.forEach.call(closed, function (details) {
        details.open = false;
      });
      window.removeEventListener("afterprint", fold);
    });
  }

  function start() {
    var lists = document.querySelectorAll("ul[data-checklist]");
    Array.prototype.forEach.call(lists, enhance);
    openTarget();
    window.addEventListener("hashchange", openTarget);
    window.addEventListener("beforeprint", printEverySection);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
