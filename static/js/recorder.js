// The admin's recorder for one slot (orientation/recordings): Record -> Stop -> listen ->
// Keep (sent with the form's CSRF token) or Redo. Without this script, or without a
// microphone, the plain upload form below it does the same job.
(function () {
  "use strict";
  var form = document.querySelector("form[data-recorder]");
  if (!form || !window.MediaRecorder || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return;
  var controls = form.querySelector("[data-recorder-controls]");
  var recordButton = form.querySelector("[data-record]");
  var stopButton = form.querySelector("[data-stop]");
  var take = form.querySelector("[data-take]");
  var takeAudio = form.querySelector("[data-take-audio]");
  var keepButton = form.querySelector("[data-keep]");
  var redoButton = form.querySelector("[data-redo]");
  var status = form.querySelector("[data-recorder-status]");
  var recorder = null;
  var chunks = [];
  var blob = null;
  controls.hidden = false;

  function say(name) { status.textContent = form.dataset[name] || ""; }

  function preferredType() {
    var types = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/mp4", "audio/webm"];
    for (var i = 0; i < types.length; i++) {
      if (MediaRecorder.isTypeSupported && MediaRecorder.isTypeSupported(types[i])) return types[i];
    }
    return "";
  }

  function extensionOf(type) {
    if (type.indexOf("ogg") !== -1) return "ogg";
    if (type.indexOf("mp4") !== -1) return "m4a";
    return "webm";
  }

  function reset() {
    if (takeAudio.src) URL.revokeObjectURL(takeAudio.src);
    takeAudio.removeAttribute("src");
    blob = null;
    take.hidden = true;
    recordButton.hidden = false;
    stopButton.hidden = true;
  }

  recordButton.addEventListener("click", function () {
    reset();
    navigator.mediaDevices.getUserMedia({audio: true}).then(function (stream) {
      var type = preferredType();
      recorder = type ? new MediaRecorder(stream, {mimeType: type}) : new MediaRecorder(stream);
      chunks = [];
      recorder.addEventListener("dataavailable", function (event) { if (event.data.size) chunks.push(event.data); });
      recorder.addEventListener("stop", function () {
        stream.getTracks().forEach(function (track) { track.stop(); });
        blob = new Blob(chunks, {type: recorder.mimeType || type || "audio/webm"});
        takeAudio.src = URL.createObjectURL(blob);
        take.hidden = false;
        stopButton.hidden = true;
        recordButton.hidden = true;
        say("msgListen");
        takeAudio.focus();
      });
      recorder.start();
      recordButton.hidden = true;
      stopButton.hidden = false;
      stopButton.focus();
      say("msgRecording");
    }, function () { say("msgNoMicrophone"); });
  });

  stopButton.addEventListener("click", function () {
    if (recorder && recorder.state !== "inactive") recorder.stop();
  });

  redoButton.addEventListener("click", function () {
    reset();
    status.textContent = "";
    recordButton.focus();
  });

  keepButton.addEventListener("click", function () {
    if (!blob) return;
    var data = new FormData();
    data.append("csrfmiddlewaretoken", form.querySelector("[name=csrfmiddlewaretoken]").value);
    data.append("transcript", form.querySelector("[name=transcript]").value);
    data.append("audio", blob, "recording." + extensionOf(blob.type));
    keepButton.disabled = true;
    say("msgSaving");
    fetch(location.href, {method: "POST", body: data, credentials: "same-origin", headers: {Accept: "application/json"}})
      .then(function (response) { return response.json(); })
      .then(function (reply) {
        keepButton.disabled = false;
        if (!reply.ok) { status.textContent = (reply.errors || []).join(" ") || form.dataset.msgFailed; return; }
        location.reload();
      }, function () {
        keepButton.disabled = false;
        say("msgFailed");
      });
  });
})();
