// The timeline: stacked bars of events per day or week, with a brush that filters the map.
import { brushX } from "d3-brush";
import { axisBottom } from "d3-axis";
import { scaleLinear, scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { utcDay, utcWeek } from "d3-time";
import { colour } from "./api.js";

const HEIGHT = 110;
const MARGIN = { top: 8, right: 12, bottom: 22, left: 12 };

const iso = (d) => d.toISOString().slice(0, 10);

export function createTimeline(node, { onBrush }) {
  let current = { rows: [], by: "day" };
  let silent = false;

  function render(rows, by, selection) {
    current = { rows, by };
    select(node).selectAll("*").remove();
    const width = Math.max(300, node.clientWidth || 600);
    const svg = select(node).append("svg").attr("width", width).attr("height", HEIGHT)
      .attr("role", "img").attr("aria-label", "Events over time");
    if (!rows.length) {
      svg.append("text").attr("x", 12).attr("y", 40).attr("class", "empty")
        .text("No dated events match.");
      return;
    }
    const step = by === "week" ? utcWeek : utcDay;
    const dates = rows.map((r) => new Date(`${r.period}T00:00:00Z`));
    const lo = new Date(Math.min(...dates));
    const hi = step.offset(new Date(Math.max(...dates)), 1);
    const x = scaleUtc().domain([step.offset(lo, -1), step.offset(hi, 1)])
      .range([MARGIN.left, width - MARGIN.right]);
    const stacks = new Map();
    for (const r of rows) {
      const s = stacks.get(r.period) || [];
      s.push(r);
      stacks.set(r.period, s);
    }
    const max = Math.max(...[...stacks.values()].map((s) => s.reduce((a, r) => a + r.count, 0)));
    const y = scaleLinear().domain([0, max]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    const bars = svg.append("g").attr("class", "bars");
    for (const [period, s] of stacks) {
      const d0 = new Date(`${period}T00:00:00Z`);
      const x0 = x(d0);
      const w = Math.max(2, x(step.offset(d0, 1)) - x0 - 1);
      let acc = 0;
      for (const r of s) {
        bars.append("rect").attr("x", x0).attr("width", w)
          .attr("y", y(acc + r.count)).attr("height", y(acc) - y(acc + r.count))
          .attr("fill", colour(r.plover_type))
          .append("title").text(`${period}: ${r.count} ${r.plover_type}`);
        acc += r.count;
      }
    }
    svg.append("g").attr("transform", `translate(0,${HEIGHT - MARGIN.bottom})`)
      .call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))));
    const brush = brushX().extent([[MARGIN.left, MARGIN.top], [width - MARGIN.right, HEIGHT - MARGIN.bottom]])
      .on("end", (event) => {
        if (silent || !event.sourceEvent) return;
        if (!event.selection) { onBrush(null); return; }
        const [a, b] = event.selection.map(x.invert);
        onBrush({ since: iso(utcDay.floor(a)), until: iso(utcDay.offset(utcDay.floor(b), 0)) });
      });
    const g = svg.append("g").attr("class", "brush").call(brush);
    if (selection) {
      silent = true;
      const a = x(new Date(`${selection.since}T00:00:00Z`));
      const b = x(utcDay.offset(new Date(`${selection.until}T00:00:00Z`), 1));
      g.call(brush.move, [Math.max(MARGIN.left, a), Math.min(width - MARGIN.right, b)]);
      silent = false;
    }
  }

  return { render, rerender: (selection) => render(current.rows, current.by, selection) };
}
