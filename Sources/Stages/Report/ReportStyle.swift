/// The report's style sheet, inlined in the page: system fonts only, nothing fetched.
enum ReportStyle {
    static let css = """
        :root { --ink: #1d2430; --muted: #5b6675; --line: #d9dee5; --bar: #3b6ea5; --warn: #a6402b; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1100px; padding: 24px; color: var(--ink);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; }
        h1 { font-size: 1.6em; margin: 0 0 4px; }
        h2 { font-size: 1.25em; margin: 32px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 1.05em; margin: 20px 0 6px; }
        .meta, .note { color: var(--muted); font-size: 0.9em; }
        nav a { margin-right: 12px; }
        a { color: var(--bar); }
        table { border-collapse: collapse; margin: 8px 0 16px; }
        th, td { border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: start; vertical-align: top; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td[dir="auto"] { unicode-bidi: plaintext; }
        .grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 8px 24px; }
        .reasons { margin: 0; padding: 0; list-style: none; font-size: 0.9em; }
        .rejected { color: var(--warn); }
        svg.chart { display: block; max-width: 100%; height: auto; margin: 4px 0 12px; }
        svg .bar { fill: var(--bar); }
        svg .grid { stroke: var(--line); stroke-width: 1; }
        svg .axis { stroke: var(--ink); stroke-width: 1; }
        svg text { font-size: 12px; fill: var(--ink); }
        svg .tick, svg .caption { fill: var(--muted); font-size: 11px; }
        svg .value { font-size: 11px; }
        tbody.cluster { border-top: 2px solid var(--line); }
        .detail { font-size: 0.9em; white-space: pre-wrap; word-break: break-word; }
        """
}
