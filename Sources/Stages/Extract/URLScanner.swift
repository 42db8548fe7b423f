/// Finds links in running text: `http(s)://…`, `www.…`, and bare links whose host has a dot
/// and a letter TLD and that go on with a path (`pic.twitter.com/tgH9xl3x3c`, `t.co/xyz`).
/// A bare host without a path ("example.com") is left alone: in prose it is too often a name.
enum URLScanner {
    static func urls(in text: ScalarText) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        while i < text.count {
            if startsLink(text, at: i), let end = linkEnd(text, from: i) {
                found.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// Where a link that starts at `start` ends (trailing punctuation trimmed), or nil if none does.
    private static func linkEnd(_ text: ScalarText, from start: Int) -> Int? {
        let bodyStart: Int
        if text.hasPrefix("https://", at: start) {
            bodyStart = start + 8
        } else if text.hasPrefix("http://", at: start) {
            bodyStart = start + 7
        } else if text.hasPrefix("www.", at: start) {
            bodyStart = start + 4
        } else if let slash = bareHostEnd(text, from: start), text.at(slash) == "/" {
            bodyStart = slash + 1
        } else {
            return nil
        }
        var end = bodyStart
        while let s = text.at(end), isLinkScalar(s) { end += 1 }
        end = trimmed(text, start: start, end: end)
        return end > bodyStart ? end : nil
    }

    /// A link starts where no word, dot, slash, @ or hyphen stands right before it.
    private static func startsLink(_ text: ScalarText, at i: Int) -> Bool {
        guard text[i].isASCIILetter || text[i].isASCIIDigit else { return false }
        guard let prev = text.at(i - 1) else { return true }
        return !(prev.isWordCharacter || prev == "." || prev == "/" || prev == "@" || prev == "-" || prev == "_")
    }

    /// End of a host such as `pic.twitter.com`: two or more labels of ASCII letters, digits and
    /// hyphens, the last one letters only and at least two long.
    private static func bareHostEnd(_ text: ScalarText, from start: Int) -> Int? {
        var i = start
        var labels = 0
        var lastLabelIsTLD = false
        while true {
            let labelStart = i
            var lettersOnly = true
            while let s = text.at(i), s.isASCIILetter || s.isASCIIDigit || s == "-" {
                if !s.isASCIILetter { lettersOnly = false }
                i += 1
            }
            guard i > labelStart else { return nil }
            labels += 1
            lastLabelIsTLD = lettersOnly && i - labelStart >= 2
            guard text.at(i) == ".", let next = text.at(i + 1), next.isASCIILetter || next.isASCIIDigit else { break }
            i += 1
        }
        return labels >= 2 && lastLabelIsTLD ? i : nil
    }

    /// ASCII characters allowed in URLs, and letters, marks and digits of any script (IRIs).
    private static func isLinkScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value >= 0x80 { return s.isWordCharacter }
        if s.isASCIILetter || s.isASCIIDigit { return true }
        return "-._~:/?#[]@!$&'()*+,;=%".unicodeScalars.contains(s)
    }

    /// Drops punctuation that ends the sentence rather than the link; a closing bracket stays
    /// when the link opened it (Wikipedia's "Foo_(bar)").
    private static func trimmed(_ text: ScalarText, start: Int, end: Int) -> Int {
        var end = end
        while end > start, let last = text.at(end - 1) {
            switch last {
            case ".", ",", ";", ":", "!", "?", "'", "*":
                end -= 1
            case ")", "]":
                let open: Unicode.Scalar = last == ")" ? "(" : "["
                let opens = (start..<end).filter { text[$0] == open }.count
                let closes = (start..<end).filter { text[$0] == last }.count
                guard closes > opens else { return end }
                end -= 1
            default:
                return end
            }
        }
        return end
    }
}
