import Foundation

/// A bar chart as an inline `<svg>` element: labelled bars, a value axis from 0 with round ticks
/// and grid lines, the value at the end of each bar. Nothing is fetched to show it.
///
/// `.columns` stand over their labels (dates, languages); `.rows` list labels on the left, for
/// top-N lists whose labels are long or Arabic (those are set right to left).
struct SVGBarChart {
    enum Layout { case columns, rows }

    struct Bar {
        var label: String
        var value: Double
    }

    var title: String
    var bars: [Bar]
    var layout: Layout
    /// What a bar counts, for the axis caption (`articles`, `parts`).
    var unit: String
    var width: Double

    init(title: String, bars: [Bar], layout: Layout, unit: String, width: Double = 720) {
        self.title = title
        self.bars = bars
        self.layout = layout
        self.unit = unit
        self.width = width
    }

    init(title: String, counts: [CountedKey], layout: Layout, unit: String, width: Double = 720) {
        let bars = counts.map { Bar(label: $0.key, value: Double($0.count)) }
        self.init(title: title, bars: bars, layout: layout, unit: unit, width: width)
    }

    func render() -> String {
        switch layout {
        case .columns: columns()
        case .rows: rows()
        }
    }

    private var ticks: AxisTicks { AxisTicks(maxValue: bars.map(\.value).max() ?? 0) }

    private func svg(height: Double, _ children: String) -> String {
        let size = "0 0 \(Int(width)) \(Int(height))"
        return SVGMarkup.element(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "class": "chart", "role": "img", "aria-label": .text(title),
                "width": .text("\(Int(width))"), "height": .text("\(Int(height))"), "viewBox": .text(size),
            ], SVGMarkup.title(title) + children)
    }

    /// Vertical bars over labels; labels turn 45° when there are many.
    private func columns() -> String {
        let (left, right, top, plotHeight) = (56.0, 16.0, 16.0, 200.0)
        let slanted = bars.count > 10
        let bottom = slanted ? 84.0 : 40.0
        let plotWidth = width - left - right
        let base = top + plotHeight
        let band = plotWidth / Double(max(bars.count, 1))
        let ticks = self.ticks
        var body = ""
        for value in ticks.values {
            let y = base - value / ticks.top * plotHeight
            body += line(x1: left, y1: y, x2: left + plotWidth, y2: y, class: "grid")
            body += text(ReportNumbers.compact(value), x: left - 6, y: y + 4, class: "tick", anchor: "end")
        }
        for (i, bar) in bars.enumerated() {
            let h = bar.value / ticks.top * plotHeight
            let x = left + Double(i) * band + band * 0.15
            body += rect(bar, x: x, y: base - h, width: band * 0.7, height: h)
            let center = x + band * 0.35
            if band >= 22 {
                body += text(
                    ReportNumbers.compact(bar.value), x: center, y: base - h - 4, class: "value", anchor: "middle")
            }
            let rotation = slanted ? "rotate(-45 \(String(format: "%.1f %.1f", center, base + 14)))" : nil
            body += label(
                bar.label, shown: bar.label, x: center, y: base + 14, anchor: slanted ? "end" : "middle",
                rotation: rotation)
        }
        body += line(x1: left, y1: base, x2: left + plotWidth, y2: base, class: "axis")
        body += text(
            unit, x: 12, y: top + plotHeight / 2, class: "caption", anchor: "middle",
            rotation: "rotate(-90 12 \(String(format: "%.1f", top + plotHeight / 2)))")
        return svg(height: base + bottom, body)
    }

    /// Horizontal bars with their labels on the left and the value axis at the bottom.
    private func rows() -> String {
        let (labelWidth, right, top, rowHeight) = (min(230, width * 0.34), 56.0, 8.0, 22.0)
        let left = labelWidth + 12
        let plotWidth = width - left - right
        let plotHeight = rowHeight * Double(bars.count)
        let ticks = self.ticks
        var body = ""
        for value in ticks.values {
            let x = left + value / ticks.top * plotWidth
            body += line(x1: x, y1: top, x2: x, y2: top + plotHeight, class: "grid")
            body += text(ReportNumbers.compact(value), x: x, y: top + plotHeight + 16, class: "tick", anchor: "middle")
        }
        for (i, bar) in bars.enumerated() {
            let y = top + Double(i) * rowHeight
            let w = bar.value / ticks.top * plotWidth
            let shown = Self.shortened(bar.label, maxScalars: Int(labelWidth / 6.8))
            // Right to left text starts at its right edge: anchor "start" puts that edge at x.
            let anchor = ArabicScript.contains(bar.label) ? "start" : "end"
            body += label(
                bar.label, shown: shown, x: labelWidth, y: y + rowHeight * 0.68, anchor: anchor, rotation: nil)
            body += rect(bar, x: left, y: y + 3, width: w, height: rowHeight - 6)
            body += text(
                ReportNumbers.compact(bar.value), x: left + w + 4, y: y + rowHeight * 0.68, class: "value",
                anchor: "start")
        }
        body += line(x1: left, y1: top, x2: left, y2: top + plotHeight, class: "axis")
        body += text(unit, x: left + plotWidth / 2, y: top + plotHeight + 34, class: "caption", anchor: "middle")
        return svg(height: top + plotHeight + 40, body)
    }

    private func line(x1: Double, y1: Double, x2: Double, y2: Double, class name: String) -> String {
        SVGMarkup.element(
            "line",
            [
                "class": .text(name), "x1": .number(x1), "y1": .number(y1), "x2": .number(x2),
                "y2": .number(y2),
            ])
    }

    private func text(
        _ content: String, x: Double, y: Double, class name: String, anchor: String,
        rotation: String? = nil
    ) -> String {
        let escaped = HTMLEscape.text(content)
        guard let rotation else {
            return SVGMarkup.element(
                "text",
                [
                    "class": .text(name), "x": .number(x), "y": .number(y),
                    "text-anchor": .text(anchor),
                ], escaped)
        }
        return SVGMarkup.element(
            "text",
            [
                "class": .text(name), "x": .number(x), "y": .number(y),
                "text-anchor": .text(anchor), "transform": .text(rotation),
            ], escaped)
    }

    /// A bar's label, right to left when it is Arabic, with the full label as its tooltip.
    private func label(_ full: String, shown: String, x: Double, y: Double, anchor: String, rotation: String?) -> String
    {
        let content = SVGMarkup.title(full) + HTMLEscape.text(shown)
        let direction = ArabicScript.contains(full) ? "rtl" : "ltr"
        return SVGMarkup.element(
            "text",
            [
                "class": "label", "x": .number(x), "y": .number(y),
                "text-anchor": .text(anchor), "direction": .text(direction),
                "transform": .text(rotation ?? ""),
            ], content)
    }

    private func rect(_ bar: Bar, x: Double, y: Double, width: Double, height: Double) -> String {
        let tip = "\(bar.label): \(ReportNumbers.amount(bar.value)) \(unit)"
        return SVGMarkup.element(
            "rect",
            [
                "class": "bar", "x": .number(x), "y": .number(y), "width": .number(width),
                "height": .number(height),
            ], SVGMarkup.title(tip))
    }

    static func shortened(_ text: String, maxScalars: Int) -> String {
        guard text.unicodeScalars.count > maxScalars else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.prefix(maxScalars - 1))) + "…"
    }
}
