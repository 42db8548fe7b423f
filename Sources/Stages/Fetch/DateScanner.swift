/// A cursor over the scalars of a date string, for `FeedDate`.
struct DateScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var atEnd: Bool { index == scalars.count }
    var peekIsDigit: Bool { !atEnd && isDigit(scalars[index]) }
    var peekIsLetter: Bool { !atEnd && isLetter(scalars[index]) }

    /// A number of exactly `digits` digits.
    mutating func number(digits: Int) -> Int? {
        number(digits: digits...digits)
    }

    /// A number of `digits.lowerBound` to `digits.upperBound` digits; it stops at the upper bound.
    mutating func number(digits: ClosedRange<Int>) -> Int? {
        var value = 0
        var count = 0
        while count < digits.upperBound, !atEnd, isDigit(scalars[index]) {
            value = value * 10 + Int(scalars[index].value - 48)
            count += 1
            index += 1
        }
        guard count >= digits.lowerBound else {
            index -= count
            return nil
        }
        return value
    }

    mutating func skip(_ scalar: Unicode.Scalar) -> Bool {
        guard !atEnd, scalars[index] == scalar else { return false }
        index += 1
        return true
    }

    mutating func skipSpaces() {
        while !atEnd, scalars[index].properties.isWhitespace { index += 1 }
    }

    /// Spaces, commas, dashes and slashes between the day, month and year of RFC 822-like dates.
    mutating func skipSeparators() {
        while !atEnd, scalars[index].properties.isWhitespace || ",-/.".unicodeScalars.contains(scalars[index]) {
            index += 1
        }
    }

    mutating func skipDigits() {
        while peekIsDigit { index += 1 }
    }

    /// A run of ASCII letters.
    mutating func word() -> Substring? {
        let start = index
        while !atEnd, isLetter(scalars[index]) { index += 1 }
        guard index > start else { return nil }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[start..<index])
        return Substring(String(word))
    }

    /// Whether a time (`h:` or `hh:`) starts here.
    var atTime: Bool {
        var i = index
        while i < scalars.count, i - index < 2, isDigit(scalars[i]) { i += 1 }
        return i > index && i < scalars.count && scalars[i] == ":"
    }

    /// A time zone, in minutes east of UTC: nothing (UTC), `Z`, `±hh:mm`, `±hhmm`, `±hh`, a
    /// name (UT, GMT, US and European zones; other names are taken as UTC), or a name followed
    /// by an offset (`GMT+03:00`). Nil when malformed.
    mutating func zone() -> Int? {
        if atEnd { return 0 }
        switch numericOffset() {
        case .minutes(let minutes): return minutes
        case .malformed: return nil
        case .absent: break
        }
        guard let name = word() else { return nil }
        let named = Self.zones[name.uppercased()] ?? 0
        switch numericOffset() {
        case .minutes(let minutes): return named + minutes
        case .malformed: return nil
        case .absent: return named
        }
    }

    private enum Offset {
        case absent, malformed
        case minutes(Int)
    }

    /// `±hh`, `±hhmm` or `±hh:mm`.
    private mutating func numericOffset() -> Offset {
        guard !atEnd else { return .absent }
        let sign = scalars[index]
        guard sign == "+" || sign == "-" || sign == "\u{2212}" else { return .absent }
        index += 1
        guard let hours = number(digits: 2) else { return .malformed }
        var minutes = 0
        if skip(":") {
            guard let written = number(digits: 2) else { return .malformed }
            minutes = written
        } else if let written = number(digits: 2) {
            minutes = written
        }
        return .minutes((sign == "+" ? 1 : -1) * (hours * 60 + minutes))
    }

    /// Abbreviations with one meaning; ambiguous ones (AST, IST) are left out and read as UTC.
    private static let zones: [String: Int] = [
        "Z": 0, "UT": 0, "UTC": 0, "GMT": 0,
        "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
        "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
        "AT": -240, "ET": -300, "CT": -360, "MT": -420, "PT": -480,
        "BST": 60, "CET": 60, "MET": 60, "CEST": 120, "MEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
    ]

    private func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    private func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
