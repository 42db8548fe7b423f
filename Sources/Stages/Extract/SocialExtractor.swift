/// Finds links, #hashtags and @mentions.
enum SocialExtractor {
    struct Found {
        var hashtags: [Span] = []
        var mentions: [Span] = []
        var urls: [Span] = []
    }

    /// Handles are at most 15 characters (Twitter's rule); a longer run is not a mention.
    static let maxHandleLength = 15

    static func extract(from text: ScalarText) -> Found {
        var found = Found()
        let urlRanges = URLScanner.urls(in: text)
        found.urls = urlRanges.map { text.span($0) }
        let inURL = SortedRanges(urlRanges)
        for i in 0..<text.count {
            switch text[i] {
            case "#":
                if !inURL.contains(i), let r = hashtag(in: text, at: i) { found.hashtags.append(text.span(r)) }
            case "@":
                if !inURL.contains(i), let r = mention(in: text, at: i) { found.mentions.append(text.span(r)) }
            default:
                continue
            }
        }
        return found
    }

    /// `#` then letters, digits and underscores of any script, with at least one letter
    /// ("#1" is a rank, not a tag). Not after a word character or `&` ("C#", "&#39;").
    static func hashtag(in text: ScalarText, at i: Int) -> Range<Int>? {
        if let prev = text.at(i - 1), prev.isWordCharacter || prev == "&" || prev == "_" { return nil }
        var end = i + 1
        var hasLetter = false
        while let s = text.at(end), s.isWordCharacter || s == "_" {
            if s.isWordLetter && !s.isArabicMark { hasLetter = true }
            end += 1
        }
        return hasLetter ? i..<end : nil
    }

    /// `@` then 1–15 Latin letters, digits or underscores. A word character, dot or `@` right
    /// before it makes it an email address, and a longer or Arabic-continued run is no handle.
    static func mention(in text: ScalarText, at i: Int) -> Range<Int>? {
        if let prev = text.at(i - 1), prev.isWordCharacter || prev == "_" || prev == "." || prev == "@" { return nil }
        var end = i + 1
        while let s = text.at(end), s.isASCIILetter || s.isASCIIDigit || s == "_" { end += 1 }
        let length = end - i - 1
        guard length >= 1, length <= maxHandleLength else { return nil }
        if let next = text.at(end), next.isWordCharacter || next == "@" { return nil }
        return i..<end
    }
}
