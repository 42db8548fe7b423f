/// A short line that only says when the article was published or updated: "Published March 3,
/// 2021 at 4:07 PM", "Updated 5:27 am CST, Wednesday, November 20, 2019", "تم نشره الجمعة 24
/// نيسان / أبريل 2020", "نُشر في: 28/01/2022". It is metadata the page shows, not article text:
/// the clean stage drops it from the blocks and reads the first one as a fallback publication
/// date.
///
/// A line qualifies when it is short, holds a full date (a month name with a day and a year,
/// or a numeric `d/m/yyyy`, `yyyy-mm-dd`), and has at most `maxOtherWords` other words of three
/// letters or more (weekday and month names, numbers and short words such as "at", "في" or "PM"
/// do not count).
enum DateLine {
    static let maxLetters = 100
    static let maxOtherWords = 3

    /// The line's date as `YYYY-MM-DD`, or nil when the line is not a date line.
    static func date(in text: String, letters: Int) -> String? {
        guard letters <= maxLetters, hasDigit(text) else { return nil }
        let tokens = DateTokens(text).tokens
        var otherWords = 0
        for token in tokens where !token.isNumber && token.text.unicodeScalars.count >= 3 {
            let lowered = token.text.lowercased()
            if DateText.monthNumbers[lowered] != nil || weekdays.contains(lowered) { continue }
            otherWords += 1
            if otherWords > maxOtherWords { return nil }
        }
        return numericDate(tokens) ?? monthNameDate(tokens)
    }

    /// A month name with its day next to it (after it, else before it) and a four-digit year:
    /// `November 20, 2019`, `Tue, Nov 19, 2019`, `28 آب/اغسطس 2013`.
    private static func monthNameDate(_ tokens: [DateTokens.Token]) -> String? {
        for (index, token) in tokens.enumerated() where !token.isNumber {
            guard let month = DateText.monthNumbers[token.text.lowercased()] else { continue }
            func day(at position: Int) -> Int? {
                guard tokens.indices.contains(position), tokens[position].isNumber, tokens[position].text.count <= 2,
                    let value = Int(tokens[position].text), (1...31).contains(value)
                else { return nil }
                return value
            }
            guard let day = day(at: index + 1) ?? day(at: index - 1),
                let year = tokens.lazy.filter({ $0.isNumber && $0.text.count == 4 }).compactMap({ Int($0.text) }).first
            else { continue }
            if let date = DateText.formatDate(year, month, day) { return date }
        }
        return nil
    }

    /// `d/m/yyyy`, `d-m-yyyy`, `d.m.yyyy` (`m/d/yyyy` when the second number cannot be a
    /// month) or `yyyy-mm-dd`, as three numbers joined by one separator.
    private static func numericDate(_ tokens: [DateTokens.Token]) -> String? {
        guard tokens.count >= 3 else { return nil }
        for index in 0..<(tokens.count - 2) {
            let (a, b, c) = (tokens[index], tokens[index + 1], tokens[index + 2])
            guard a.isNumber, b.isNumber, c.isNumber, let separator = b.separatorBefore,
                "/-.".unicodeScalars.contains(separator), c.separatorBefore == separator,
                let first = Int(a.text), let second = Int(b.text), let third = Int(c.text)
            else { continue }
            if a.text.count == 4, let date = DateText.formatDate(first, second, third) { return date }
            guard c.text.count == 4 else { continue }
            if let date = second > 12 ? DateText.formatDate(third, first, second) : DateText.formatDate(third, second, first) {
                return date
            }
        }
        return nil
    }

    /// An ASCII or Arabic-Indic digit, found on bytes: most short blocks have none.
    private static func hasDigit(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if (0x30...0x39).contains(byte) { return true }
            if previous == 0xD9, (0xA0...0xA9).contains(byte) { return true }  // U+0660…U+0669
            if previous == 0xDB, (0xB0...0xB9).contains(byte) { return true }  // U+06F0…U+06F9
            previous = byte
        }
        return false
    }

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت",
    ]
}

/// Words and numbers of a short text, each with the character that came right before it
/// (nil after a space), Arabic-Indic digits made ASCII.
struct DateTokens {
    struct Token {
        var text: String
        var isNumber: Bool
        var separatorBefore: Unicode.Scalar?
    }

    private(set) var tokens: [Token] = []

    init(_ text: String) {
        var current = ""
        var currentIsNumber = false
        var separator: Unicode.Scalar?
        func end() {
            if !current.isEmpty { tokens.append(Token(text: current, isNumber: currentIsNumber, separatorBefore: separator)) }
            current = ""
        }
        for scalar in text.unicodeScalars {
            var digit: Unicode.Scalar?
            if ("0"..."9").contains(scalar) {
                digit = scalar
            } else if (0x0660...0x0669).contains(scalar.value) || (0x06F0...0x06F9).contains(scalar.value) {
                digit = Unicode.Scalar(0x30 + (scalar.value & 0xF))
            }
            if let digit {
                if !current.isEmpty, !currentIsNumber { end(); separator = nil }
                currentIsNumber = true
                current.unicodeScalars.append(digit)
            } else if scalar.properties.isAlphabetic {
                if !current.isEmpty, currentIsNumber { end(); separator = nil }
                currentIsNumber = false
                current.unicodeScalars.append(scalar)
            } else {
                end()
                separator = scalar.properties.isWhitespace ? nil : scalar
            }
        }
        end()
    }
}
