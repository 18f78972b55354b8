// Offline reading and offline complaints. Progressive enhancement: without this file (or a
// browser without service workers) every page and form still works online.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !window.caches) return;
  navigator.serviceWorker.register("/sw.js", {scope: "/"}).catch(function () {});

  function ask(message) {
    return navigator.serviceWorker.ready.then(function (registration) {
      return new Promise(function (resolve, reject) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) {
          (event.data && event.data.ok ? resolve : reject)(event.data);
        };
        (navigator.serviceWorker.controller || registration.active).postMessage(message, [channel.port2]);
      });
    });
  }

  function kilobytes(bytes) { return Math.max(1, Math.round(bytes / 1024)) + " KB"; }

  // "Save this guide for offline": the guide page holds the checklist, the "show this" card
  // and the contacts, so one cached page carries all of them.
  document.querySelectorAll("[data-save-offline-box]").forEach(function (box) { box.hidden = false; });
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-save-offline]");
    if (!button) return;
    var status = button.parentNode.querySelector(".save-offline__status");
    button.disabled = true;
    ask({type: "save", url: location.pathname, title: button.dataset.title}).then(function (reply) {
      status.textContent = button.dataset.savedText + " (" + kilobytes(reply.bytes) + ")";
    }, function () {
      status.textContent = button.dataset.failedText;
    }).then(function () { button.disabled = false; });
  });

  // The list of saved pages (offline page), with size, date and a delete button.
  var list = document.querySelector("[data-saved-list]");
  function renderSaved() {
    ask({type: "list"}).then(function (reply) {
      list.textContent = "";
      if (!reply.items.length) {
        var empty = document.createElement("p");
        empty.textContent = list.dataset.emptyText;
        list.appendChild(empty);
        return;
      }
      var ul = document.createElement("ul");
      ul.className = "saved-list";
      reply.items.forEach(function (item) {
        var li = document.createElement("li");
        var link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.title || item.url;
        var meta = document.createElement("span");
        meta.className = "saved-list__meta";
        meta.textContent = list.dataset.sizeText + ": " + kilobytes(item.bytes) + " · " +
          list.dataset.dateText + ": " + new Date(item.savedAt).toLocaleDateString();
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "button button--secondary";
        remove.textContent = list.dataset.deleteText;
        remove.addEventListener("click", function () { ask({type: "delete", url: item.url}).then(renderSaved); });
        li.append(link, " ", meta, " ", remove);
        ul.appendChild(li);
      });
      list.appendChild(ul);
    }).catch(function () {});
  }
  if (list) renderSaved();

  // Search needs the network: say so instead of failing silently.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (navigator.onLine || form.hasAttribute("data-offline-queue")) return;
    event.preventDefault();
    var note = form.querySelector(".offline-note") || document.createElement("p");
    note.className = "offline-note notice";
    note.setAttribute("role", "status");
    note.textContent = form.dataset.offlineText || "Offline";
    form.appendChild(note);
  });

  // Complaints written offline wait in IndexedDB (files included) and are sent when the
  // connection returns. The form page in the cache carries a stale CSRF token, so a fresh
  // form is fetched first and its token used: replaying the old one would be refused.
  var DB_NAME = "portal-outbox";
  function outbox(mode, work) {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = function () { open.result.createObjectStore("complaints", {keyPath: "id", autoIncrement: true}); };
      open.onerror = function () { reject(open.error); };
      open.onsuccess = function () {
        var transaction = open.result.transaction("complaints", mode);
        var request = work(transaction.objectStore("complaints"));
        transaction.oncomplete = function () { resolve(request && request.result); };
        transaction.onerror = function () { reject(transaction.error); };
      };
    });
  }

  function statusBox() {
    var box = document.querySelector("[data-outbox-status]");
    if (!box) {
      box = document.createElement("div");
      box.setAttribute("data-outbox-status", "");
      box.className = "notice outbox-status";
      box.setAttribute("role", "status");
      var main = document.getElementById("main");
      if (main) main.insertBefore(box, main.firstChild);
    }
    return box;
  }

  function showSent(result) {
    var box = statusBox();
    var texts = document.querySelector("[data-outbox-texts]");
    var sent = texts ? texts.dataset.sentText : "Sent";
    box.textContent = "";
    var line = document.createElement("p");
    line.textContent = sent + " " + result.reference + " · " + (texts ? texts.dataset.codeText : "Code") + " " + result.code;
    var done = document.createElement("button");
    done.type = "button";
    done.className = "button";
    done.textContent = texts ? texts.dataset.dismissText : "OK";
    done.addEventListener("click", function () { localStorage.removeItem("complaint-sent"); box.remove(); });
    box.append(line, done);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-offline-queue") || navigator.onLine) return;
    event.preventDefault();
    // Hidden fields (CSRF token, the form's one-time token) are taken from a fresh copy of
    // the form when sending: the cached page's values are stale or shared.
    var hidden = {};
    form.querySelectorAll("input[type=hidden]").forEach(function (input) { hidden[input.name] = true; });
    var fields = [];
    new FormData(form).forEach(function (value, name) {
      if (!hidden[name] && !(value instanceof File && !value.size)) fields.push([name, value]);
    });
    outbox("readwrite", function (store) {
      return store.add({action: form.action || location.pathname, fields: fields, createdAt: Date.now()});
    }).then(function () {
      statusBox().textContent = form.dataset.queuedText || "Waiting for connection";
      form.reset();
    });
  });

  function sendQueued() {
    if (!navigator.onLine || !window.indexedDB) return;
    outbox("readonly", function (store) { return store.getAll(); }).then(function (items) {
      (items || []).forEach(function (item) {
        fetch(item.action, {credentials: "same-origin"}).then(function (response) { return response.text(); })
          .then(function (html) {
            var fresh = new DOMParser().parseFromString(html, "text/html");
            var data = new FormData();
            item.fields.forEach(function (pair) { data.append(pair[0], pair[1]); });
            fresh.querySelectorAll("form[data-offline-queue] input[type=hidden]").forEach(function (input) {
              data.append(input.name, input.value);
            });
            return fetch(item.action, {method: "POST", body: data, credentials: "same-origin"});
          })
          .then(function (response) { return response.text(); })
          .then(function (html) {
            var page = new DOMParser().parseFromString(html, "text/html");
            var reference = page.querySelector("[data-complaint-reference]");
            var code = page.querySelector("[data-complaint-code]");
            if (!reference || !code) return;
            var result = {reference: reference.textContent.trim(), code: code.textContent.trim()};
            localStorage.setItem("complaint-sent", JSON.stringify(result));
            return outbox("readwrite", function (store) { return store.delete(item.id); }).then(function () { showSent(result); });
          })
          .catch(function () {});
      });
    }).catch(function () {});
  }
  var sentBefore = localStorage.getItem("complaint-sent");
  if (sentBefore) { try { showSent(JSON.parse(sentBefore)); } catch (error) { localStorage.removeItem("complaint-sent"); } }
  window.addEventListener("online", sendQueued);
  sendQueued();
})();
