/// A cursor over a short ASCII-shaped string (a date), reading numbers and literal characters.
struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// Consumes `character` when it comes next.
    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    }

    /// A run of ASCII digits whose length is in `digits`; nothing is consumed otherwise.
    mutating func number(digits: ClosedRange<Int>) -> Int? {
        var end = index
        while end < bytes.count, end - index < digits.upperBound, (0x30...0x39).contains(bytes[end]) { end += 1 }
        guard digits.contains(end - index) else { return nil }
        if end < bytes.count, (0x30...0x39).contains(bytes[end]) { return nil }
        let value = bytes[index..<end].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        index = end
        return value
    }

    /// A time zone offset as `Z` or `±hh:mm`: `Z`, `UTC`, `GMT`, `+03:00`, `+0300`, `+03`.
    /// Empty when there is none (a local time).
    mutating func offset() -> String {
        if take("Z") { return "Z" }
        let named = matches("UTC") || matches("GMT")
        if named { index += 3 }
        let sign: String
        if take("+") {
            sign = "+"
        } else if take("-") {
            sign = "-"
        } else {
            return named ? "Z" : ""
        }
        var hours: Int
        var minutes = 0
        if let hhmm = number(digits: 4...4) {
            (hours, minutes) = (hhmm / 100, hhmm % 100)
        } else if let hh = number(digits: 1...2) {
            hours = hh
            if take(":") { minutes = number(digits: 2...2) ?? 0 }
        } else {
            return named ? "Z" : ""
        }
        guard hours <= 14, minutes < 60 else { return named ? "Z" : "" }
        return sign + DateText.pad(hours) + ":" + DateText.pad(minutes)
    }

    private func matches(_ word: String) -> Bool {
        let word = Array(word.utf8)
        return index + word.count <= bytes.count && Array(bytes[index..<index + word.count]) == word
    }
}
