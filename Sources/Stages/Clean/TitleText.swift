import Foundation

/// Titles as pages give them.
enum TitleText {
    static let separators = [" | ", " - ", " — ", " – ", " :: ", " « ", " » "]

    /// `Headline | Site` → `Headline`: the longest part between site separators.
    static func withoutSiteSuffix(_ title: String) -> String {
        var parts = [Substring(title)]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator).map { Substring($0) } }
        }
        let longest = parts.max { $0.count < $1.count } ?? Substring(title)
        return longest.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whitespace collapsed; nil when nothing is left.
    static func collapsed(_ text: String?) -> String? {
        guard let text else { return nil }
        var accumulator = TextAccumulator()
        accumulator.append(text, inLink: false)
        return accumulator.take()?.text.replacingOccurrences(of: "\n", with: " ")
    }
}
