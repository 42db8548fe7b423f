import Foundation

/// Numbers as the report prints them: grouped thousands, short tick labels, seconds.
enum ReportNumbers {
    /// `12,345`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// A whole number grouped, else up to two decimals (`712,000,000,000`, `18.65`).
    static func amount(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return grouped(Int(value)) }
        return String(format: "%.2f", value)
    }

    /// Short labels for chart axes: `950`, `1.5k`, `12M`.
    static func compact(_ value: Double) -> String {
        let units: [(Double, String)] = [(1e9, "G"), (1e6, "M"), (1e3, "k")]
        for (size, suffix) in units where abs(value) >= size {
            let scaled = value / size
            return (scaled.rounded() == scaled ? String(Int(scaled)) : String(format: "%.1f", scaled)) + suffix
        }
        return value.rounded() == value || abs(value) >= 100
            ? String(Int(value.rounded())) : String(format: "%.1f", value)
    }

    static func seconds(_ value: Double) -> String { String(format: "%.2f", value) }

    static func rate(_ value: Double) -> String {
        value >= 100 ? grouped(Int(value.rounded())) : String(format: "%.1f", value)
    }
}
