/* Bar charts of an evaluation report, drawn as SVG from the JSON the page embeds
   (<script type="application/json" id="sop-chart-data">). Served from static: the admin's
   Content-Security-Policy allows scripts from the site only. The same figures are in the
   tables below each chart. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var BAR = 22;
  var GAP = 8;
  var LABEL_WIDTH = 220;
  var WIDTH = 640;

  function node(name, attributes, text) {
    var element = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) {
      element.setAttribute(key, attributes[key]);
    });
    if (text !== undefined) {
      element.textContent = text;
    }
    return element;
  }

  function chart(data) {
    var figure = document.createElement("figure");
    figure.className = "sop-chart";
    var caption = document.createElement("figcaption");
    caption.textContent = data.title;
    figure.appendChild(caption);
    var max = Math.max.apply(null, data.values.concat([1]));
    var height = data.values.length * (BAR + GAP) + GAP;
    var svg = node("svg", {
      width: WIDTH,
      height: height,
      viewBox: "0 0 " + WIDTH + " " + height,
      role: "img",
      "aria-label": data.title,
    });
    var room = WIDTH - LABEL_WIDTH - 60;
    data.values.forEach(function (value, index) {
      var y = GAP + index * (BAR + GAP);
      var length = Math.round((value / max) * room);
      svg.appendChild(
        node("text", { x: LABEL_WIDTH - 6, y: y + BAR * 0.7, "text-anchor": "end", "font-size": 12 },
          data.labels[index])
      );
      svg.appendChild(node("rect", { x: LABEL_WIDTH, y: y, width: length, height: BAR, fill: "#2e6c80" }));
      svg.appendChild(
        node("text", { x: LABEL_WIDTH + length + 6, y: y + BAR * 0.7, "font-size": 12 }, String(value))
      );
    });
    figure.appendChild(svg);
    return figure;
  }

  function draw() {
    document.querySelectorAll("[data-sop-charts]").forEach(function (container) {
      var source = document.getElementById(container.getAttribute("data-sop-charts"));
      if (!source) {
        return;
      }
      JSON.parse(source.textContent).forEach(function (data) {
        container.appendChild(chart(data));
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
