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

  // --- The complaint outbox ---------------------------------------------------------------
  // A complaint written offline waits in IndexedDB (files included) and is sent when the
  // connection returns. Each item has a state:
  //   "queued"   waiting for a connection (also after a network failure or a 5xx);
  //   "sending"  claimed by one tab (claim id + heartbeat), so two tabs or two `online`
  //              events never post it twice; a claim without heartbeat goes stale;
  //   "refused"  the server answered 4xx and re-showed the form: it needs the worker, who
  //              finds it reopened in the form with the server's messages.
  // A sent item is deleted; its reference and code wait in localStorage until the worker
  // says they are written down. Nothing typed is deleted except by the worker.
  var DB_NAME = "portal-outbox";
  var SENT_KEY = "complaints-sent";
  var STALE_CLAIM_MS = 180000;  // background tabs run timers only once a minute
  var HEARTBEAT_MS = 15000;
  var RETRY_FIRST_MS = 30000;
  var RETRY_MAX_MS = 300000;
  var FORM_TIMEOUT_MS = 60000;
  var POST_TIMEOUT_MS = 600000;
  var retryDelay = RETRY_FIRST_MS;
  var retryTimer = null;
  var reopenedId = null;  // the item shown in this page's form, if any
  var channel = window.BroadcastChannel ? new BroadcastChannel("portal-outbox") : null;
  var texts = (document.querySelector("[data-outbox-texts]") || {dataset: {}}).dataset;

  function text(name, fallback) { return texts[name] || fallback; }

  // One transaction; `work` returns a request (its result is resolved) or a function
  // (called when the transaction completes). Read-write transactions on one store run one
  // after the other, across tabs too: that is what makes a claim atomic.
  function outbox(mode, work) {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = function () { open.result.createObjectStore("complaints", {keyPath: "id", autoIncrement: true}); };
      open.onerror = function () { reject(open.error); };
      open.onsuccess = function () {
        var db = open.result;
        var transaction = db.transaction("complaints", mode);
        var out = work(transaction.objectStore("complaints"));
        transaction.oncomplete = function () {
          db.close();
          resolve(typeof out === "function" ? out() : out && out.result);
        };
        transaction.onerror = function () { db.close(); reject(transaction.error); };
      };
    });
  }

  function allItems() {
    if (!window.indexedDB) return Promise.resolve([]);
    return outbox("readonly", function (store) { return store.getAll(); }).then(function (items) { return items || []; });
  }

  // Change one item in one transaction, if `allowed(item)` says so; resolves to the new item
  // (or null when it was gone or not allowed).
  function change(id, allowed, apply) {
    return outbox("readwrite", function (store) {
      var changed = null;
      var get = store.get(id);
      get.onsuccess = function () {
        var item = get.result;
        if (!item || !allowed(item)) return;
        apply(item);
        store.put(item);
        changed = item;
      };
      return function () { return changed; };
    });
  }

  function removeItem(id) {
    return outbox("readwrite", function (store) { return store.delete(id); }).then(changed);
  }

  function stateOf(item) { return item.state || "queued"; }
  function staleClaim(item) { return stateOf(item) === "sending" && Date.now() - (item.claimedAt || 0) > STALE_CLAIM_MS; }
  function ours(claimId) { return function (item) { return item.claim === claimId && stateOf(item) === "sending"; }; }

  function changed() {
    if (channel) channel.postMessage("changed");
    return render();
  }

  function randomId() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  // --- What the form holds, and putting it back ---
  function formFields(form) {
    // Hidden fields (CSRF token, the form's one-time token) come from a fresh copy of the
    // form when sending: the cached page's values are stale or shared.
    var hidden = {};
    form.querySelectorAll("input[type=hidden]").forEach(function (input) { hidden[input.name] = true; });
    var fields = [];
    new FormData(form).forEach(function (value, name) {
      if (!hidden[name] && !(value instanceof File && !value.size)) fields.push([name, value]);
    });
    return fields;
  }

  function fillForm(form, fields) {
    var values = {};
    fields.forEach(function (pair) { (values[pair[0]] = values[pair[0]] || []).push(pair[1]); });
    var used = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      var name = element.name;
      var type = element.type;
      if (!name || type === "hidden" || type === "submit" || type === "button") return;
      var given = values[name] || [];
      if (type === "checkbox" || type === "radio") {
        element.checked = given.indexOf(element.value) !== -1;
      } else if (element.tagName === "SELECT") {
        Array.prototype.forEach.call(element.options, function (option) { option.selected = given.indexOf(option.value) !== -1; });
      } else if (type === "file") {
        var files = given.filter(function (value) { return value instanceof Blob; });
        if (files.length && window.DataTransfer) {
          var transfer = new DataTransfer();
          files.forEach(function (file) { transfer.items.add(file); });
          element.files = transfer.files;
        }
      } else {
        var index = used[name] || 0;
        element.value = typeof given[index] === "string" ? given[index] : "";
        used[name] = index + 1;
      }
      element.dispatchEvent(new Event("change", {bubbles: true}));
    });
  }

  // The server's answer page re-shows the form with its messages (in the language of the
  // form's URL): keep their texts, by field, to show them again later.
  function serverMessages(page, form, status) {
    var boxes = [];
    var scope = form.parentNode;
    scope.querySelectorAll("[role=alert]").forEach(function (box) {
      // The files of a queued complaint are kept on the phone: no need to choose them again.
      if (form.contains(box) || box.hasAttribute("data-files-not-kept")) return;
      var lines = Array.prototype.map.call(box.querySelectorAll("p"), function (p) { return p.textContent.trim(); }).filter(Boolean);
      if (lines.length) boxes.push({className: box.className, lines: lines});
    });
    var fields = {};
    form.querySelectorAll(".errorlist").forEach(function (list) {
      var field = list.closest(".field");
      var control = field && field.querySelector("[name]");
      if (!control) return;
      fields[control.name] = Array.prototype.map.call(list.querySelectorAll("li"), function (li) { return li.textContent.trim(); });
    });
    return {status: status, boxes: boxes, fields: fields};
  }

  function refusalReason(refusal) {
    var lines = [];
    refusal.boxes.forEach(function (box) { if (box.className.indexOf("complaint-errors") === -1) lines = lines.concat(box.lines); });
    Object.keys(refusal.fields).forEach(function (name) { lines = lines.concat(refusal.fields[name]); });
    refusal.boxes.forEach(function (box) { if (box.className.indexOf("complaint-errors") !== -1) lines = lines.concat(box.lines); });
    if (!lines.length) lines.push(refusal.draft ? text("draftText", "It is not finished.") : text("refusedGenericText", "The site did not accept it."));
    return lines.slice(0, 2).join(" ");
  }

  function clearShownMessages(form) {
    document.querySelectorAll("[data-outbox-added]").forEach(function (element) { element.remove(); });
    form.querySelectorAll("[data-outbox-described]").forEach(function (element) {
      element.removeAttribute("aria-describedby");
      element.removeAttribute("data-outbox-described");
    });
    form.querySelectorAll(".field--error[data-outbox-error]").forEach(function (field) {
      field.classList.remove("field--error");
      field.removeAttribute("data-outbox-error");
    });
  }

  function paragraph(content) {
    var p = document.createElement("p");
    p.textContent = content;
    return p;
  }

  function button(label, className) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "button " + (className || "");
    element.textContent = label;
    return element;
  }

  // Shows the server's messages where the server puts them: the boxes above the form, each
  // field's list of errors inside its field.
  function showMessages(form, item) {
    clearShownMessages(form);
    var refusal = item.refusal || {boxes: [], fields: {}};
    var lead = document.createElement("div");
    lead.className = "notice callout--warning outbox-reopened";
    lead.setAttribute("role", "alert");
    lead.setAttribute("tabindex", "-1");
    lead.setAttribute("data-outbox-added", "");
    lead.appendChild(paragraph(form.dataset.reopenedText || text("reopenedText", "This complaint was not sent.")));
    var discard = button(text("deleteText", "Delete it from this phone"), "button--secondary");
    discard.addEventListener("click", function () { deleteRefused(item.id, form); });
    lead.appendChild(discard);
    form.parentNode.insertBefore(lead, form);
    refusal.boxes.forEach(function (box) {
      var copy = document.createElement("div");
      copy.className = box.className;
      copy.setAttribute("role", "alert");
      copy.setAttribute("data-outbox-added", "");
      box.lines.forEach(function (line) { copy.appendChild(paragraph(line)); });
      form.parentNode.insertBefore(copy, form);
    });
    Object.keys(refusal.fields).forEach(function (name) {
      var control = form.elements[name];
      if (control && !control.tagName) control = control[0];  // radios, checkboxes
      var field = control && control.closest(".field");
      if (!field) return;
      var list = document.createElement("ul");
      list.className = "errorlist";
      list.id = "outbox-errors-" + name;
      list.setAttribute("data-outbox-added", "");
      refusal.fields[name].forEach(function (message) {
        var li = document.createElement("li");
        li.textContent = message;
        list.appendChild(li);
      });
      var anchor = field.querySelector(".choice-list, .checkbox-line") || control;
      anchor.parentNode.insertBefore(list, anchor);
      var described = field.querySelector("fieldset") || control;
      described.setAttribute("aria-describedby", list.id);
      described.setAttribute("data-outbox-described", "");
      if (!field.classList.contains("field--error")) {
        field.classList.add("field--error");
        field.setAttribute("data-outbox-error", "");
      }
    });
    lead.focus();
  }

  function complaintForm(action) {
    var form = document.querySelector("form[data-offline-queue]");
    if (!form) return null;
    if (action && new URL(action, location.href).pathname !== new URL(form.action, location.href).pathname) return null;
    return form;
  }

  function reopen(item) {
    var form = complaintForm(item.action);
    if (!form) return false;
    form.reset();
    fillForm(form, item.fields);
    form.dataset.outboxId = String(item.id);
    delete form.dataset.outboxDirty;
    reopenedId = item.id;
    showMessages(form, item);
    return true;
  }

  function deleteRefused(id, form) {
    if (!window.confirm(text("deleteConfirmText", "Delete this complaint from this phone?"))) return;
    removeItem(id).then(function () {
      if (form && form.dataset.outboxId === String(id)) {
        clearShownMessages(form);
        form.reset();
        delete form.dataset.outboxId;
        reopenedId = null;
        render();
      }
    });
  }

  // --- What the page says about the outbox ---
  function statusBox() {
    var box = document.querySelector("[data-outbox-status]");
    if (!box) {
      box = document.createElement("div");
      box.setAttribute("data-outbox-status", "");
      box.className = "outbox-status";
      var main = document.getElementById("main");
      if (!main) return box;
      main.insertBefore(box, main.firstChild);
    }
    return box;
  }

  function sentList() {
    var list = [];
    try { list = JSON.parse(localStorage.getItem(SENT_KEY) || "[]"); } catch (error) { list = []; }
    // The single entry an earlier version kept (the code shown openly): move it to the list.
    var old = localStorage.getItem("complaint-sent");
    if (old) {
      try { list.push(JSON.parse(old)); } catch (error) { /* unreadable: nothing to keep */ }
      localStorage.removeItem("complaint-sent");
      localStorage.setItem(SENT_KEY, JSON.stringify(list));
    }
    return Array.isArray(list) ? list : [];
  }

  function saveSent(list) {
    if (list.length) localStorage.setItem(SENT_KEY, JSON.stringify(list));
    else localStorage.removeItem(SENT_KEY);
  }

  // The reference shows; the code only after a tap, so that whoever next holds the phone
  // does not read it over the worker's shoulder; "clear" erases it from the phone.
  function sentNotice(result) {
    var box = document.createElement("div");
    box.className = "notice outbox-sent";
    box.setAttribute("role", "status");
    box.setAttribute("data-outbox-sent", "");
    var line = paragraph(text("sentText", "Your complaint was sent. Reference:") + " ");
    var reference = document.createElement("strong");
    reference.className = "outbox-value";
    reference.textContent = result.reference;
    line.appendChild(reference);
    box.appendChild(line);
    var actions = document.createElement("p");
    actions.className = "outbox-actions";
    if (result.code) {
      var code = document.createElement("p");
      code.hidden = true;
      code.id = "outbox-code-" + result.reference;
      var show = button(text("showCodeText", "Show code"), "button--secondary");
      show.setAttribute("aria-expanded", "false");
      show.setAttribute("aria-controls", code.id);
      show.setAttribute("data-outbox-show-code", "");
      show.addEventListener("click", function () {
        var opening = code.hidden;
        code.textContent = "";
        if (opening) {
          code.append(text("codeText", "Secret code:") + " ");
          var value = document.createElement("strong");
          value.className = "outbox-value";
          value.setAttribute("data-outbox-code", "");
          value.textContent = result.code;
          code.appendChild(value);
        }
        code.hidden = !opening;
        show.setAttribute("aria-expanded", String(opening));
        show.textContent = opening ? text("hideCodeText", "Hide code") : text("showCodeText", "Show code");
      });
      actions.appendChild(show);
      box.appendChild(code);
      // The worker may keep the reference (to track the case) without the code, which is
      // what would let someone else holding the phone open the case.
      var keep = button(text("keepReferenceText", "Keep only the reference on this phone"), "button--secondary");
      keep.setAttribute("data-outbox-keep-reference", "");
      keep.addEventListener("click", function () {
        saveSent(sentList().map(function (entry) {
          return entry.reference === result.reference ? {reference: entry.reference, code: ""} : entry;
        }));
        changed();
      });
      actions.appendChild(keep);
    } else {
      box.appendChild(paragraph(text("noCodeText", "The secret code can no longer be shown.")));
    }
    var clear = button(text("clearText", "I have written it down — clear it"));
    clear.setAttribute("data-outbox-clear", "");
    clear.addEventListener("click", function () {
      saveSent(sentList().filter(function (entry) { return entry.reference !== result.reference; }));
      changed();
    });
    actions.appendChild(clear);
    box.appendChild(actions);
    return box;
  }

  function refusedNotice(item) {
    var box = document.createElement("div");
    box.className = "notice callout--danger outbox-refused";
    box.setAttribute("role", "alert");
    box.setAttribute("data-outbox-refused", String(item.id));
    box.appendChild(paragraph(text("refusedText", "Your complaint was not sent:") + " " + refusalReason(item.refusal || {boxes: [], fields: {}})));
    var actions = document.createElement("p");
    actions.className = "outbox-actions";
    var open = document.createElement("a");
    open.className = "button";
    open.href = new URL(item.action, location.href).pathname + "#outbox-" + item.id;
    open.textContent = text("openText", "Open it to finish");
    var discard = button(text("deleteText", "Delete it from this phone"), "button--secondary");
    discard.addEventListener("click", function () { deleteRefused(item.id, null); });
    actions.append(open, discard);
    box.appendChild(actions);
    return box;
  }

  function render() {
    return allItems().then(function (items) {
      var box = statusBox();
      box.textContent = "";
      var waiting = items.filter(function (item) { return stateOf(item) !== "refused"; });
      if (waiting.length) {
        var note = paragraph(text("waitingText", (complaintForm() || {dataset: {}}).dataset.queuedText || "Waiting for connection"));
        note.className = "notice outbox-waiting";
        note.setAttribute("role", "status");
        box.appendChild(note);
      }
      items.forEach(function (item) {
        if (stateOf(item) === "refused" && item.id !== reopenedId) box.appendChild(refusedNotice(item));
      });
      sentList().forEach(function (result) { box.appendChild(sentNotice(result)); });
    }).catch(function () {});
  }

  // --- Queueing and sending ---
  var queueForm = complaintForm();
  if (queueForm) {
    // A form the worker is typing in is never overwritten by a reopened complaint.
    queueForm.addEventListener("input", function () { queueForm.dataset.outboxDirty = "1"; });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-offline-queue") || !window.indexedDB) return;
    var id = form.dataset.outboxId ? Number(form.dataset.outboxId) : null;
    if (navigator.onLine) {
      // A reopened complaint sent online: keep its newest text in the outbox until the
      // receipt page proves it stored (the next page deletes it then).
      if (id === null) return;
      event.preventDefault();
      var fieldsNow = formFields(form);
      sessionStorage.setItem("outbox-submitted", String(id));
      change(id, function () { return true; }, function (item) { item.fields = fieldsNow; })
        .catch(function () {}).then(function () { form.submit(); });
      return;
    }
    event.preventDefault();
    var fields = formFields(form);
    var updated = id === null ? Promise.resolve(null) : change(id, function () { return true; }, function (item) {
      item.fields = fields;
      item.state = "queued";
      delete item.refusal;
    });
    // A reopened complaint goes back to its own item; a new one (or one deleted meanwhile
    // in another tab) gets a new item. Only once it is stored is the form emptied.
    updated.then(function (item) {
      if (item) return item;
      return outbox("readwrite", function (store) {
        return store.add({action: form.action || location.pathname, fields: fields, state: "queued", createdAt: Date.now()});
      });
    }).then(function () {
      clearShownMessages(form);
      form.reset();
      delete form.dataset.outboxId;
      delete form.dataset.outboxDirty;
      reopenedId = null;
      changed();
    });
  });

  function scheduleRetry() {
    if (retryTimer) return;
    retryTimer = setTimeout(function () { retryTimer = null; sendQueued(); }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
  }

  function parse(html) { return new DOMParser().parseFromString(html, "text/html"); }

  // What the server's answer means: "sent", "refused" (a 4xx re-showing the form, or one
  // that retrying cannot cure) or "retry" (5xx, a proxy's or captive portal's page).
  function outcome(response) {
    var page = parse(response.html);
    var reference = page.querySelector("[data-complaint-reference]");
    if (reference) {
      var code = page.querySelector("[data-complaint-code]");
      return {kind: "sent", result: {reference: reference.textContent.trim(), code: code ? code.textContent.trim() : ""}};
    }
    var form = page.querySelector("form[data-offline-queue]");
    var status = response.status;
    if (form && status >= 400 && status < 500) return {kind: "refused", refusal: serverMessages(page, form, status)};
    if (status >= 400 && status < 500 && [408, 425, 429].indexOf(status) === -1) {
      return {kind: "refused", refusal: {status: status, boxes: [], fields: {}}};
    }
    return {kind: "retry"};
  }

  // A connection that answers nothing must not hold the claim (and its heartbeat) forever:
  // give up and retry later. The post may take long on 3G with three files.
  function timedFetch(url, options, milliseconds) {
    if (!window.AbortController) return fetch(url, options);
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, milliseconds);
    options.signal = controller.signal;
    return fetch(url, options).then(function (response) {
      return response.text().then(function (html) {
        clearTimeout(timer);
        return {status: response.status, ok: response.ok, html: html};
      });
    }, function (error) {
      clearTimeout(timer);
      throw error;
    });
  }

  function sendOne(item, claimId) {
    var beat = setInterval(function () {
      change(item.id, ours(claimId), function (current) { current.claimedAt = Date.now(); }).catch(function () {});
    }, HEARTBEAT_MS);
    return timedFetch(item.action, {credentials: "same-origin", cache: "no-store"}, FORM_TIMEOUT_MS)
      .then(function (response) {
        if (!response.ok) throw new Error("form unavailable");
        var fresh = parse(response.html).querySelector("form[data-offline-queue]");
        if (!fresh) throw new Error("not the form");  // e.g. a captive portal's page
        var data = new FormData();
        item.fields.forEach(function (pair) { data.append(pair[0], pair[1]); });
        fresh.querySelectorAll("input[type=hidden]").forEach(function (input) {
          if (input.name !== "form_token") data.append(input.name, input.value);
        });
        // One form token per complaint, kept before the first post: if the answer is lost
        // on the way back, the retry gets the first receipt instead of a second complaint.
        var tokenInput = fresh.querySelector("input[name=form_token]");
        var token = item.formToken || (tokenInput ? tokenInput.value : "");
        data.append("form_token", token);
        return change(item.id, ours(claimId), function (current) { current.formToken = token; }).then(function (kept) {
          if (!kept) throw new Error("claim lost");
          return timedFetch(item.action, {method: "POST", body: data, credentials: "same-origin"}, POST_TIMEOUT_MS);
        });
      })
      .then(function (response) { return outcome(response); })
      .then(function (result) {
        if (result.kind === "sent") {
          // The code is kept before the item goes: a crash in between re-sends the same
          // token, which shows the same receipt again.
          var list = sentList().filter(function (entry) { return entry.reference !== result.result.reference; });
          list.push(result.result);
          saveSent(list);
          retryDelay = RETRY_FIRST_MS;
          return removeItem(item.id);
        }
        if (result.kind === "refused") {
          return change(item.id, ours(claimId), function (current) {
            current.state = "refused";
            current.refusal = result.refusal;
            delete current.claim;
          }).then(function (refused) {
            var form = refused && complaintForm(refused.action);
            if (form && !form.dataset.outboxDirty && !form.dataset.outboxId) reopen(refused);
            return changed();
          });
        }
        throw new Error("retry later");
      })
      .catch(function () {
        // No connection, a 5xx, a page that is not ours: keep it queued and try again later.
        return change(item.id, ours(claimId), function (current) {
          current.state = "queued";
          delete current.claim;
        }).catch(function () {}).then(function () { scheduleRetry(); return changed(); });
      })
      .then(function () { clearInterval(beat); });
  }

  function sendQueued() {
    if (!navigator.onLine || !window.indexedDB) return;
    allItems().then(function (items) {
      items.forEach(function (item) {
        if (stateOf(item) === "sending" && !staleClaim(item)) {
          scheduleRetry();  // another tab is on it; look again if its claim goes stale
          return;
        }
        var claimId = randomId();
        change(item.id, function (current) {
          return stateOf(current) === "queued" || staleClaim(current);
        }, function (current) {
          current.state = "sending";
          current.claim = claimId;
          current.claimedAt = Date.now();
        }).then(function (claimed) {
          if (claimed) return changed().then(function () { return sendOne(claimed, claimId); });
        }).catch(function () {});
      });
    }).catch(function () {});
  }

  // A reopened complaint posted online: the page after it says whether it was stored.
  function afterOnlineSubmit() {
    var pending = sessionStorage.getItem("outbox-submitted");
    if (!pending) return Promise.resolve();
    sessionStorage.removeItem("outbox-submitted");
    var id = Number(pending);
    if (document.querySelector("[data-complaint-reference]")) return removeItem(id).catch(function () {});
    var form = complaintForm();
    if (!form) return Promise.resolve();
    if (form.parentNode.querySelector("[role=alert]")) {
      // The server re-showed it with its messages: this page holds it now.
      form.dataset.outboxId = pending;
      reopenedId = id;
      return Promise.resolve();
    }
    // Not the server's answer (the post failed and a kept copy of the form shows): put the
    // complaint back in it.
    return allItems().then(function (items) {
      var item = items.filter(function (candidate) { return candidate.id === id; })[0];
      if (item && complaintForm(item.action)) reopen(item);
    });
  }

  // What is being typed in the form goes back to the outbox before another complaint is
  // opened in its place: into its own item if it was reopened, else as a new unfinished one.
  function keepTyped(form) {
    if (!form.dataset.outboxDirty) return Promise.resolve();
    var fields = formFields(form);
    if (form.dataset.outboxId) {
      return change(Number(form.dataset.outboxId), function () { return true; }, function (item) { item.fields = fields; });
    }
    return outbox("readwrite", function (store) {
      return store.add({action: form.action, fields: fields, state: "refused", refusal: {status: 0, boxes: [], fields: {}, draft: true}, createdAt: Date.now()});
    });
  }

  function reopenFromLink() {
    var match = /^#outbox-(\d+)$/.exec(location.hash);
    if (!match || !window.indexedDB) return Promise.resolve();
    var id = Number(match[1]);
    return allItems().then(function (items) {
      var item = items.filter(function (candidate) { return candidate.id === id; })[0];
      var form = complaintForm(item && item.action);
      if (!item || stateOf(item) !== "refused" || !form || form.dataset.outboxId === String(id)) return;
      return keepTyped(form).then(function () { reopen(item); });
    });
  }

  if (window.indexedDB) {
    afterOnlineSubmit().then(reopenFromLink).catch(function () {}).then(render).then(sendQueued);
    window.addEventListener("hashchange", function () { reopenFromLink().then(render); });
    window.addEventListener("online", sendQueued);
    document.addEventListener("visibilitychange", function () { if (!document.hidden) sendQueued(); });
    if (channel) channel.onmessage = function () { render(); };
  } else {
    render();
  }
})();
