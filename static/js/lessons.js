// Khmer lessons: progressive enhancement only; every lesson works without this file (the
// server checks answers and stores nothing). With it: one step at a time, instant feedback,
// a big play button, tap-to-order tiles, and progress kept in localStorage on this device
// only (no cookie, no request, no account).
(function () {
  "use strict";

  var STORE_KEY = "khmer-lessons-progress-v1";

  function readProgress() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(STORE_KEY) || "{}");
      return stored && typeof stored === "object" && stored.lessons ? stored : { lessons: {} };
    } catch (error) {
      return { lessons: {} };
    }
  }

  function writeProgress(progress) {
    try {
      window.localStorage.setItem(STORE_KEY, JSON.stringify(progress));
    } catch (error) {
      // Private browsing or a full storage: the lesson still works, progress is just not kept.
    }
  }

  function lessonRecord(progress, slug) {
    var record = progress.lessons[slug];
    if (!record || typeof record !== "object") {
      record = { done: false, stars: 0, solved: {} };
      progress.lessons[slug] = record;
    }
    if (!record.solved || typeof record.solved !== "object") record.solved = {};
    return record;
  }

  function starsFor(mistakes) {
    if (mistakes === 0) return 3;
    return mistakes <= 2 ? 2 : 1;
  }

  var KHMER_PAGE = /^km\b/.test(document.documentElement.lang || "");

  // Khmer digits on Khmer pages, as the server writes them (lessons_tags.local_digits).
  function localDigits(text) {
    if (!KHMER_PAGE) return text;
    return text.replace(/[0-9]/g, function (digit) {
      return String.fromCharCode(0x17e0 + Number(digit));
    });
  }

  function format(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (match, name) {
      return name in values ? localDigits(String(values[name])) : match;
    });
  }

  // "★★☆" for the eye, "2 of 3 stars" for screen readers.
  function starsElement(stars, template) {
    var wrapper = document.createElement("span");
    var shown = document.createElement("span");
    shown.className = "stars";
    shown.setAttribute("aria-hidden", "true");
    shown.textContent = "\u2605\u2605\u2605".slice(0, stars) + "\u2606\u2606\u2606".slice(0, 3 - stars);
    var spoken = document.createElement("span");
    spoken.className = "visually-hidden";
    spoken.textContent = format(template, { stars: stars });
    wrapper.appendChild(shown);
    wrapper.appendChild(spoken);
    return wrapper;
  }

  // --- The path of lessons --------------------------------------------------------------

  function showPathProgress(path) {
    var progress = readProgress();
    path.querySelectorAll("[data-lesson-item]").forEach(function (item) {
      var record = progress.lessons[item.getAttribute("data-lesson-item")];
      if (!record || !record.done) return;
      var status = item.querySelector("[data-lesson-status]");
      item.classList.add("is-done");
      status.textContent = "";
      var done = document.createElement("span");
      done.textContent = "\u2713 " + path.getAttribute("data-msg-done");
      status.appendChild(done);
      status.appendChild(starsElement(record.stars || 1, path.getAttribute("data-msg-stars")));
      status.hidden = false;
    });
  }

  // --- One lesson -----------------------------------------------------------------------

  function Lesson(container) {
    this.container = container;
    this.slug = container.getAttribute("data-lesson");
    this.steps = Array.prototype.slice.call(container.querySelectorAll(".lesson-step"));
    this.forms = Array.prototype.slice.call(container.querySelectorAll("form[data-exercise]"));
    this.mistakes = 0;
    this.message = function (name) {
      return container.getAttribute("data-msg-" + name) || "";
    };
  }

  Lesson.prototype.start = function () {
    var lesson = this;
    this.showStepByStep();
    this.forms.forEach(function (form) {
      enhanceOrdering(form, lesson.message("again"));
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        lesson.answer(form);
      });
      // An answer the server already checked (the form was sent before this script ran).
      var feedback = form.querySelector("[data-feedback]");
      if (feedback && feedback.getAttribute("data-result") === "correct") {
        lesson.solved(form.getAttribute("data-exercise"));
      }
    });
    this.showDone();
  };

  Lesson.prototype.showStepByStep = function () {
    var lesson = this;
    if (this.steps.length < 2) return;
    this.container.classList.add("is-stepped");
    this.show(Math.max(0, this.stepForHash()), false);
    // A link to #step-N (or the browser's address bar) opens that step.
    window.addEventListener("hashchange", function () {
      var index = lesson.stepForHash();
      if (index >= 0 && index !== lesson.current) lesson.show(index, true);
    });
    this.container.addEventListener("click", function (event) {
      var link = event.target.closest("[data-step-next], [data-step-back]");
      if (!link) return;
      var index = lesson.steps.indexOf(link.closest(".lesson-step"));
      var next = link.hasAttribute("data-step-next") ? index + 1 : index - 1;
      if (next < 0 || next >= lesson.steps.length) return;
      event.preventDefault();
      lesson.show(next, true);
    });
  };

  Lesson.prototype.stepForHash = function () {
    var target = window.location.hash && document.getElementById(window.location.hash.slice(1));
    var step = target && target.closest(".lesson-step");
    return step ? this.steps.indexOf(step) : -1;
  };

  Lesson.prototype.show = function (index, moveFocus) {
    this.current = index;
    this.steps.forEach(function (step, position) {
      step.hidden = position !== index;
    });
    var step = this.steps[index];
    // Only when moving: a fragment set while the page loads makes the browser jump to it.
    if (moveFocus && window.history && window.history.replaceState) {
      window.history.replaceState(null, "", "#" + step.id);
    }
    if (moveFocus) {
      step.focus();
      step.scrollIntoView({ block: "start" });
    }
    if (index === this.steps.length - 1 && this.forms.length === 0) this.finish();
  };

  Lesson.prototype.answer = function (form) {
    var outcome = checkers[form.getAttribute("data-kind")](form);
    var feedback = form.querySelector("[data-feedback]");
    feedback.className = "exercise__feedback exercise__feedback--" + outcome.status;
    feedback.setAttribute("data-result", outcome.status);
    var text = document.createElement("p");
    text.textContent = format(this.message(outcome.status), outcome);
    feedback.textContent = "";
    feedback.appendChild(text);
    if (outcome.status === "correct") {
      this.solved(form.getAttribute("data-exercise"));
      if (this.isDone()) {
        var finished = document.createElement("p");
        finished.textContent = this.message("finished");
        feedback.appendChild(finished);
      }
    } else if (outcome.status !== "empty") {
      // Counts against this round's stars only: what was already earned is never taken away.
      this.mistakes += 1;
    }
  };

  Lesson.prototype.solved = function (exerciseId) {
    var progress = readProgress();
    var record = lessonRecord(progress, this.slug);
    record.solved[exerciseId] = true;
    var allSolved = this.forms.every(function (form) {
      return record.solved[form.getAttribute("data-exercise")];
    });
    if (allSolved) {
      record.done = true;
      record.stars = Math.max(record.stars || 0, starsFor(this.mistakes));
    }
    writeProgress(progress);
    this.showDone();
  };

  Lesson.prototype.finish = function () {
    var progress = readProgress();
    var record = lessonRecord(progress, this.slug);
    record.done = true;
    record.stars = Math.max(record.stars || 0, 3);
    writeProgress(progress);
    this.showDone();
  };

  Lesson.prototype.isDone = function () {
    var record = readProgress().lessons[this.slug];
    return Boolean(record && record.done);
  };

  Lesson.prototype.showDone = function () {
    var badge = document.querySelector("[data-lesson-done]");
    var record = readProgress().lessons[this.slug];
    if (!badge || !record || !record.done) return;
    var stars = badge.querySelector("[data-lesson-stars]");
    stars.textContent = "";
    stars.appendChild(starsElement(record.stars || 1, this.message("stars")));
    badge.hidden = false;
  };

  // --- Checking answers (the same rules as orientation/lessons/blocks.py) -----------------

  function outcomeOf(right, total, answered) {
    if (!answered) return { status: "empty", right: 0, total: total };
    var status = right === total ? "correct" : right > 0 ? "partly" : "wrong";
    return { status: status, right: right, total: total };
  }

  function markRow(element, right) {
    element.classList.toggle("is-right", right === true);
    element.classList.toggle("is-wrong", right === false);
  }

  var checkers = {
    choice: function (form) {
      var chosen = form.querySelector("input[name=answer]:checked");
      form.querySelectorAll(".tile").forEach(function (tile) {
        markRow(tile, null);
      });
      if (!chosen) return outcomeOf(0, 1, false);
      var right = chosen.value === form.getAttribute("data-answer");
      markRow(chosen.closest(".tile"), right);
      return outcomeOf(right ? 1 : 0, 1, true);
    },
    matching: function (form) {
      var rows = form.querySelectorAll(".match-row");
      var right = 0;
      var answered = 0;
      rows.forEach(function (row, number) {
        var chosen = row.querySelector("input[name='match-" + number + "']:checked");
        if (!chosen) {
          markRow(row, null);
          return;
        }
        answered += 1;
        var isRight = chosen.value === String(number);
        if (isRight) right += 1;
        markRow(row, isRight);
      });
      return outcomeOf(right, rows.length, answered > 0);
    },
    ordering: function (form) {
      var places = form.querySelectorAll(".order-place");
      var right = 0;
      var answered = 0;
      places.forEach(function (place, number) {
        var select = place.querySelector("select");
        if (!select.value) {
          markRow(place, null);
          return;
        }
        answered += 1;
        // Compared by text, so a letter that appears twice may fill either of its places.
        var expected = select.querySelector("option[value='" + number + "']");
        var chosen = select.options[select.selectedIndex];
        var isRight = Boolean(expected && chosen && expected.textContent === chosen.textContent);
        if (isRight) right += 1;
        markRow(place, isRight);
      });
      return outcomeOf(right, places.length, answered > 0);
    },
  };

  // Tap the letters in order: each tap fills the next empty place.
  function enhanceOrdering(form, againLabel) {
    if (form.getAttribute("data-kind") !== "ordering") return;
    var pool = form.querySelector(".order-tiles");
    var selects = Array.prototype.slice.call(form.querySelectorAll(".order-places select"));
    var buttons = [];
    pool.querySelectorAll("[data-tile]").forEach(function (tile) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "tile order-tile-button";
      button.lang = "km";
      button.textContent = tile.textContent;
      button.setAttribute("data-tile-button", tile.getAttribute("data-tile"));
      button.addEventListener("click", function () {
        var empty = selects.filter(function (select) {
          return !select.value;
        })[0];
        if (!empty) return;
        empty.value = button.getAttribute("data-tile-button");
        sync();
      });
      pool.appendChild(button);
      buttons.push(button);
    });
    pool.classList.add("is-interactive");
    var again = document.createElement("button");
    again.type = "button";
    again.className = "button button--secondary order-reset";
    again.textContent = againLabel;
    again.addEventListener("click", function () {
      selects.forEach(function (select) {
        select.value = "";
      });
      sync();
      if (buttons[0]) buttons[0].focus();
    });
    var placesList = form.querySelector(".order-places");
    placesList.parentNode.insertBefore(again, placesList.nextSibling);

    function sync() {
      var used = selects.map(function (select) {
        return select.value;
      });
      buttons.forEach(function (button) {
        button.disabled = used.indexOf(button.getAttribute("data-tile-button")) !== -1;
      });
    }
    selects.forEach(function (select) {
      select.addEventListener("change", sync);
    });
    sync();
  }

  // A big play button instead of the browser's small audio controls.
  function enhanceAudio(holder) {
    var audio = holder.querySelector("audio");
    var button = holder.querySelector("[data-play]");
    if (!audio || !button) return;
    audio.hidden = true;
    button.hidden = false;
    button.addEventListener("click", function () {
      audio.currentTime = 0;
      var playing = audio.play();
      if (playing && playing.catch) {
        playing.catch(function () {
          audio.hidden = false;
        });
      }
    });
  }

  function start() {
    document.querySelectorAll("[data-lesson-path]").forEach(showPathProgress);
    document.querySelectorAll("[data-lesson-audio]").forEach(enhanceAudio);
    document.querySelectorAll("[data-lesson-steps]").forEach(function (container) {
      new Lesson(container).start();
    });
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
