/// Reads dates as pages write them and writes them as ISO 8601.
enum DateText {
    /// An ISO 8601 date or date-time, as given: `2022-01-28`, `2022-01-28T12:00:00+03:00`,
    /// `2022-01-28 12:00Z`… becomes `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ss` with the offset kept
    /// (`Z` or `±hh:mm`; fractions of a second dropped). Falls back to a month-name date.
    static func iso8601(_ raw: String) -> String? {
        var scanner = DigitScanner(raw)
        scanner.skipSpaces()
        guard let year = scanner.number(digits: 4...4), scanner.take("-") || scanner.take("/"),
            let month = scanner.number(digits: 1...2), scanner.take("-") || scanner.take("/"),
            let day = scanner.number(digits: 1...2), let date = formatDate(year, month, day)
        else { return monthNameDate(raw) }
        guard scanner.take("T") || scanner.take(" "), let hour = scanner.number(digits: 2...2), hour < 24,
            scanner.take(":"), let minute = scanner.number(digits: 2...2), minute < 60
        else { return date }
        var second = 0
        if scanner.take(":") {
            guard let value = scanner.number(digits: 2...2), value < 61 else { return date }
            second = value
            if scanner.take(".") || scanner.take(",") { _ = scanner.number(digits: 1...9) }
        }
        scanner.skipSpaces()
        return date + "T" + pad(hour) + ":" + pad(minute) + ":" + pad(second) + scanner.offset()
    }

    /// A date written with a month name, in English or Arabic, in any order:
    /// `January 28, 2022`, `28 Jan. 2022`, `٢٨ يناير ٢٠٢٢`. Date only.
    static func monthNameDate(_ raw: String) -> String? {
        var year: Int?
        var month: Int?
        var day: Int?
        for word in words(of: raw) {
            if let number = Int(word) {
                if word.count == 4, year == nil {
                    year = number
                } else if word.count <= 2, day == nil, (1...31).contains(number) {
                    day = number
                }
            } else if month == nil, let value = monthNumbers[word.lowercased()] {
                month = value
            }
        }
        guard let year, let month, let day else { return nil }
        return formatDate(year, month, day)
    }

    /// A `/YYYY/MM/DD/` or `/YYYY-MM-DD` date in a URL's path.
    static func fromURLPath(_ url: String) -> String? {
        let segments = url.split(separator: "/").map(String.init)
        for (index, segment) in segments.enumerated() {
            if segment.count == 10, let date = iso8601(segment), date.count == 10 { return date }
            guard segment.count == 4, let year = Int(segment), index + 2 < segments.count,
                let month = Int(segments[index + 1]), segments[index + 1].count <= 2,
                let day = Int(segments[index + 2].prefix(2)),
                segments[index + 2].prefix(2).allSatisfy(\.isASCII)
            else { continue }
            if let date = formatDate(year, month, day) { return date }
        }
        return nil
    }

    /// The UTC day a post was made, from the time inside a Twitter status id (a "snowflake":
    /// milliseconds since 2010-11-04T01:42:54.657Z in the bits above 22).
    static func fromTweetURL(_ url: String) -> String? {
        guard let status = url.range(of: "/status/") else { return nil }
        let digits = url[status.upperBound...].prefix(while: \.isASCII).prefix(while: \.isNumber)
        guard let id = UInt64(digits), id > (1 << 32) else { return nil }
        let milliseconds = Int64(id >> 22) + 1_288_834_974_657
        let (year, month, day) = CivilDays.date(days: Int(milliseconds / 86_400_000))
        return formatDate(year, month, day)
    }

    static func formatDate(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1900...2199).contains(year), (1...12).contains(month), (1...daysIn(month, year)).contains(day)
        else { return nil }
        return String(year) + "-" + pad(month) + "-" + pad(day)
    }

    static func pad(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Runs of letters or digits, with Arabic-Indic digits made ASCII.
    private static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if (0x0660...0x0669).contains(scalar.value) || (0x06F0...0x06F9).contains(scalar.value) {
                current.unicodeScalars.append(Unicode.Scalar(0x30 + (scalar.value & 0xF))!)
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static let monthNumbers: [String: Int] = {
        let english = [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
            ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
            ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ]
        // Levantine names that take two words (كانون الثاني) are left out: one word is ambiguous.
        let arabic = [
            ["يناير"], ["فبراير", "شباط"], ["مارس", "آذار"], ["أبريل", "ابريل", "إبريل", "نيسان"],
            ["مايو", "أيار"], ["يونيو", "يونيه", "حزيران"], ["يوليو", "يوليه", "تموز"], ["أغسطس", "اغسطس", "آب"],
            ["سبتمبر", "أيلول"], ["أكتوبر", "اكتوبر"], ["نوفمبر"], ["ديسمبر"],
        ]
        var table: [String: Int] = [:]
        for names in [english, arabic] {
            for (index, spellings) in names.enumerated() { for name in spellings { table[name] = index + 1 } }
        }
        return table
    }()
}
