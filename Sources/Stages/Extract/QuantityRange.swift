/// Two numbers that make one range: "بين 10 و15", "من 10 إلى 15", "10-15", "10 to 15",
/// "between 10 and 15". "و" and "and" need "بين"/"between" before the first number.
enum QuantityRange {
    /// Where the range starts (at "بين"/"من"/"between"/"from" when one leads it), if the text
    /// between the end of the first number and the start of the second joins them.
    static func join(_ a: Range<Int>, _ b: Range<Int>, in text: ScalarText) -> Int? {
        guard a.upperBound <= b.lowerBound, b.lowerBound - a.upperBound <= 8 else { return nil }
        let gap = WordKey.key(text.scalars[a.upperBound..<b.lowerBound]).trimmingInlineSpaces
        let lead = QuantityQualifiers.previousWord(before: a.lowerBound, in: text)
        let leadKey = lead.map { WordKey.key($0, in: text) } ?? ""
        let leadStart = lead?.lowerBound
        switch gap {
        case "-", "–", "—":
            return a.lowerBound
        case "الي", "حتي", "to":
            return ["من", "ومن", "from"].contains(leadKey) ? leadStart : a.lowerBound
        case "و", "and":
            return ["بين", "وبين", "between"].contains(leadKey) ? leadStart : nil
        default:
            return nil
        }
    }
}

extension String {
    fileprivate var trimmingInlineSpaces: String {
        String(String.UnicodeScalarView(unicodeScalars.drop { $0.isInlineSpace }.reversed().drop { $0.isInlineSpace }.reversed()))
    }
}
