// Opens the editor at a scan finding: #temuan=<field> or #temuan=<field>/<block id>
// (links made by ppid_admin/findings.py). StreamField blocks are drawn by script after load,
// so the block is looked for a few times.
(function () {
  "use strict";
  function target() {
    var match = /^#temuan=([A-Za-z0-9_]+)(?:\/([A-Za-z0-9-]+))?$/.exec(window.location.hash);
    if (!match) { return null; }
    var field = document.querySelector('[data-contentpath="' + match[1] + '"]');
    if (!field) { return null; }
    if (!match[2]) { return field; }
    return field.querySelector('[data-contentpath="' + match[2] + '"]');
  }
  function show(attempt) {
    var element = target();
    if (!element) {
      if (attempt < 20 && /^#temuan=/.test(window.location.hash)) {
        window.setTimeout(function () { show(attempt + 1); }, 150);
      }
      return;
    }
    var section = element.closest("section") || element;
    section.scrollIntoView({ block: "start" });
    element.classList.add("ppid-finding-target");
    var focusable = element.querySelector("[contenteditable=true], input, textarea, select");
    if (focusable) { focusable.focus({ preventScroll: true }); }
  }
  window.addEventListener("hashchange", function () { show(0); });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { show(0); });
  } else { show(0); }
})();
