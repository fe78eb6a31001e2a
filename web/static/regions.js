// Where each value came from: hovering or focusing a field lights its region on the page
// picture (or its marked text); clicking the field's name scrolls the page to it. A static
// file, because the register's CSP forbids inline scripts.
(function () {
  "use strict";

  function scopeOf(el) {
    return el.closest("[data-regions-scope]") || document;
  }

  function marks(el) {
    var field = el.getAttribute("data-region-field");
    return scopeOf(el).querySelectorAll(
      '.region[data-field="' + field + '"], mark[data-field="' + field + '"]'
    );
  }

  function light(el, on) {
    marks(el).forEach(function (mark) {
      mark.classList.toggle("active", on);
    });
  }

  function choose(el) {
    var scope = scopeOf(el);
    scope.querySelectorAll(".chosen").forEach(function (mark) {
      mark.classList.remove("chosen");
    });
    var found = marks(el);
    found.forEach(function (mark) {
      mark.classList.add("chosen");
    });
    if (found.length) {
      var figure = found[0].closest("figure") || found[0];
      figure.scrollIntoView({ block: "center" });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-region-field]").forEach(function (el) {
      el.addEventListener("mouseenter", function () { light(el, true); });
      el.addEventListener("mouseleave", function () { light(el, false); });
      el.addEventListener("focusin", function () { light(el, true); });
      el.addEventListener("focusout", function () { light(el, false); });
      if (el.classList.contains("region-field")) {
        el.addEventListener("click", function () { choose(el); });
      }
    });
  });
})();
