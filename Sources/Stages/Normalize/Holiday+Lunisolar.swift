import Foundation

extension Holiday {
    /// Jewish feasts: month and day of the Hebrew calendar as Foundation numbers it (Tishrei 1,
    /// Kislev 3, Adar 7 (Adar II in leap years), Nisan 8, Iyar 9, Sivan 10, Av 12).
    static let hebrewNames: [(words: [String], holiday: Holiday)] = [
        (["rosh", "hashanah"], .hebrew(month: 1, day: 1)),
        (["rosh", "hashana"], .hebrew(month: 1, day: 1)),
        (["rosh", "hashanna"], .hebrew(month: 1, day: 1)),
        (["yom", "kippur"], .hebrew(month: 1, day: 10)),
        (["sukkot"], .hebrew(month: 1, day: 15)),
        (["succos"], .hebrew(month: 1, day: 15)),
        (["feast", "of", "the", "ingathering"], .hebrew(month: 1, day: 15)),
        (["shemini", "atzeret"], .hebrew(month: 1, day: 22)),
        (["simchat", "torah"], .hebrew(month: 1, day: 23)),
        (["hanukkah"], .hebrew(month: 3, day: 25)),
        (["chanukah"], .hebrew(month: 3, day: 25)),
        (["hanukah"], .hebrew(month: 3, day: 25)),
        (["hannukkah"], .hebrew(month: 3, day: 25)),
        (["tu", "bishvat"], .hebrew(month: 5, day: 15)),
        (["shushan", "purim"], .hebrew(month: 7, day: 15)),
        (["purim"], .hebrew(month: 7, day: 14)),
        (["passover"], .hebrew(month: 8, day: 15)),
        (["pesach"], .hebrew(month: 8, day: 15)),
        (["yom", "hashoah"], .hebrew(month: 8, day: 27)),
        (["holocaust", "day"], .hebrew(month: 8, day: 27)),
        (["yom", "haatzmaut"], .hebrew(month: 9, day: 5)),
        (["lag", "b", "'", "omer"], .hebrew(month: 9, day: 18)),
        (["lag", "baomer"], .hebrew(month: 9, day: 18)),
        (["shavuot"], .hebrew(month: 10, day: 6)),
        (["tisha", "b", "'", "av"], .hebrew(month: 12, day: 9)),
        (["chinese", "lunar", "new", "year", "'", "s", "day"], .chineseNewYear),
        (["chinese", "new", "year", "'", "s", "day"], .chineseNewYear),
        (["chinese", "lunar", "new", "year"], .chineseNewYear),
        (["chinese", "new", "years"], .chineseNewYear),
        (["chinese", "new", "year"], .chineseNewYear),
        (["lunar", "new", "year"], .chineseNewYear),
    ]

    /// The eve of a Hebrew calendar day in a Gregorian year: Jewish feasts begin at sundown
    /// the day before, and that eve is the date given (as Duckling gives it).
    static func hebrewEve(month: Int, day: Int, inYear year: Int) -> CalendarDay? {
        var hebrew = Calendar(identifier: .hebrew)
        hebrew.timeZone = TimeZone(secondsFromGMT: 0)!
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = hebrew.timeZone
        for hebrewYear in [year + 3760, year + 3761] {
            guard let date = hebrew.date(from: DateComponents(year: hebrewYear, month: month, day: day)) else { continue }
            let c = gregorian.dateComponents([.year, .month, .day], from: date)
            guard c.year == year, let m = c.month, let d = c.day else { continue }
            return CalendarDay(year: year, month: m, day: d)?.adding(days: -1)
        }
        return nil
    }

    /// The first day of the Chinese year that starts in a Gregorian year (in China's time).
    static func chineseNewYear(_ year: Int) -> CalendarDay? {
        let zone = TimeZone(secondsFromGMT: 8 * 3600)!
        var chinese = Calendar(identifier: .chinese)
        chinese.timeZone = zone
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = zone
        guard let midyear = gregorian.date(from: DateComponents(year: year, month: 6, day: 1)) else { return nil }
        let c = chinese.dateComponents([.era, .year], from: midyear)
        guard let first = chinese.date(from: DateComponents(era: c.era, year: c.year, month: 1, day: 1)) else { return nil }
        let g = gregorian.dateComponents([.year, .month, .day], from: first)
        guard let y = g.year, let m = g.month, let d = g.day else { return nil }
        return CalendarDay(year: y, month: m, day: d)
    }
}
