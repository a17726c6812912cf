// Delivery reports of announcements still sending: each element with data-report asks its JSON route every
// 2 s and updates its [data-field] children, until the announcement is no longer sending.
(function () {
  "use strict";
  var numbers = new Intl.NumberFormat("vi-VN");
  function poll(el) {
    fetch(el.getAttribute("data-report"), {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        el.querySelectorAll("[data-field]").forEach(function (f) {
          var key = f.getAttribute("data-field");
          if (key === "done") {
            f.max = data.total || 1;
            f.value = data.sent + data.failed + data.blocked;
          } else if (key in data) {
            f.textContent = typeof data[key] === "number" ? numbers.format(data[key]) : data[key];
          }
        });
        if (data.status === "sending") {
          setTimeout(function () { poll(el); }, 2000);
        } else {
          el.removeAttribute("data-report");
          var stop = el.querySelector("form[action$='/huy']");
          if (stop) { stop.remove(); }
        }
      })
      .catch(function () { setTimeout(function () { poll(el); }, 5000); });
  }
  document.querySelectorAll("[data-report]").forEach(poll);
  // Stopping an announcement cannot be undone: ask first (without JavaScript the form still works).
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
  });
}());
