import Foundation

/// Feed dates to ISO 8601 with their offset: RFC 822/2822 (RSS `pubDate`) and ISO 8601/W3CDTF
/// (Atom, Dublin Core).
///
/// The written offset is kept ("Fri, 28 Jan 2022 12:00:00 +0300" -> "2022-01-28T12:00:00+03:00");
/// a date without one is taken as UTC, a date without a time as midnight, as feed readers do.
/// Works on scalars without regular expressions: it runs once per feed entry.
public enum FeedDate {
    /// The date in ISO 8601 (`YYYY-MM-DDThh:mm:ss±hh:mm`), or nil when it cannot be read.
    public static func iso8601(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = isISOShaped(trimmed) ? iso(trimmed) : rfc822(trimmed)
        return parts?.formatted
    }

    /// The same reading as an instant (HTTP dates: Retry-After).
    static func date(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let parts = isISOShaped(trimmed) ? iso(trimmed) : rfc822(trimmed), parts.isValid else { return nil }
        let days = CivilDays.days(year: parts.year, month: parts.month, day: parts.day)
        let seconds = days * 86_400 + parts.hour * 3600 + parts.minute * 60 + min(parts.second, 59) - parts.offset * 60
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    struct Parts {
        var year: Int, month: Int, day: Int
        var hour = 0, minute = 0, second = 0
        /// Minutes east of UTC.
        var offset = 0

        var isValid: Bool {
            (1...12).contains(month) && (1...daysIn(month: month, year: year)).contains(day)
                && (0...23).contains(hour) && (0...59).contains(minute) && (0...60).contains(second)
                && abs(offset) < 24 * 60 && (1...9999).contains(year)
        }

        var formatted: String? {
            guard isValid else { return nil }
            let sign = offset < 0 ? "-" : "+"
            return "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(hour)):\(pad(minute)):\(pad(min(second, 59)))"
                + "\(sign)\(pad(abs(offset) / 60)):\(pad(abs(offset) % 60))"
        }
    }

    /// "2022-01-28", "2022-01-28T12:00:00Z", "2022-01-28 12:00:00.5+03:00", "20220128T1200Z", "2022-01".
    static func iso(_ text: String) -> Parts? {
        var scanner = DateScanner(text)
        guard let year = scanner.number(digits: 4) else { return nil }
        let dashed = scanner.skip("-")
        guard let month = scanner.number(digits: 2) else {
            return scanner.atEnd ? Parts(year: year, month: 1, day: 1) : nil
        }
        if dashed, !scanner.skip("-") {
            return scanner.atEnd ? Parts(year: year, month: month, day: 1) : nil
        }
        guard let day = scanner.number(digits: 2) else { return nil }
        var parts = Parts(year: year, month: month, day: day)
        guard !scanner.atEnd else { return parts }
        guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") else { return nil }
        guard let hour = scanner.number(digits: 2) else { return nil }
        let colon = scanner.skip(":")
        guard let minute = scanner.number(digits: 2) else { return nil }
        parts.hour = hour
        parts.minute = minute
        if colon ? scanner.skip(":") : scanner.peekIsDigit, let second = scanner.number(digits: 2) {
            parts.second = second
        }
        if scanner.skip(".") || scanner.skip(",") { scanner.skipDigits() }
        scanner.skipSpaces()
        guard let offset = scanner.zone(), scanner.atEnd else { return nil }
        parts.offset = offset
        return parts
    }

    /// "Fri, 28 Jan 2022 12:00:00 +0300", "28 Jan 22 12:00 GMT", "Jan 28, 2022", asctime.
    static func rfc822(_ text: String) -> Parts? {
        var scanner = DateScanner(text)
        var month: Int?
        if scanner.peekIsLetter {  // a day name (not checked against the date) or the month
            month = scanner.word().flatMap(monthNumber)
            _ = scanner.skip(",")
        }
        scanner.skipSeparators()
        var day = scanner.number(digits: 1...2)
        scanner.skipSeparators()
        if month == nil {
            guard let number = scanner.word().flatMap(monthNumber) else { return nil }
            month = number
            scanner.skipSeparators()
        }
        if day == nil {  // "Jan 28, 2022": month first
            day = scanner.number(digits: 1...2)
            _ = scanner.skip(",")
            scanner.skipSpaces()
        }
        guard let month, let day else { return nil }
        // asctime() puts the time before the year: "Sun Jan  4 16:29:06 2004"; Twitter adds a
        // zone between them: "Sun Jul 15 01:16:00 +0000 2012".
        let timeFirst = scanner.atTime
        var time = (hour: 0, minute: 0, second: 0)
        var zoneBeforeYear: Int?
        if timeFirst {
            guard let read = Self.time(&scanner) else { return nil }
            time = read
            if !scanner.peekIsDigit {
                guard let zone = scanner.zone() else { return nil }
                zoneBeforeYear = zone
                scanner.skipSpaces()
            }
        }
        guard let written = scanner.number(digits: 2...4) else { return nil }
        // RFC 2822 4.3: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999.
        let year = written >= 100 ? written : (written < 50 ? 2000 + written : 1900 + written)
        scanner.skipSpaces()
        if !timeFirst, scanner.atTime {
            guard let read = Self.time(&scanner) else { return nil }
            time = read
        }
        var parts = Parts(year: year, month: month, day: day)
        (parts.hour, parts.minute, parts.second) = time
        guard let offset = zoneBeforeYear ?? scanner.zone() else { return nil }
        parts.offset = offset
        return parts
    }

    /// `h:mm`, `hh:mm` or `hh:mm:ss`, and the spaces after it.
    private static func time(_ scanner: inout DateScanner) -> (hour: Int, minute: Int, second: Int)? {
        guard let hour = scanner.number(digits: 1...2), scanner.skip(":"), let minute = scanner.number(digits: 2)
        else { return nil }
        let second = scanner.skip(":") ? scanner.number(digits: 2) : 0
        scanner.skipSpaces()
        return second.map { (hour, minute, $0) }
    }

    private static func isISOShaped(_ text: String) -> Bool {
        text.unicodeScalars.prefix(4).allSatisfy { ("0"..."9").contains($0) }
    }

    private static func monthNumber(_ name: Substring) -> Int? {
        months[String(name.prefix(3)).lowercased()]
    }

    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
}

private func pad(_ value: Int, _ width: Int = 2) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

private func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
}
