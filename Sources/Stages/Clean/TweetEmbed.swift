import Foundation

/// An embedded post from Twitter/X (`<blockquote class="twitter-tweet">`), read as one
/// embed block: the post's text, a newline, and the attribution line as the page shows it.
///
/// ```html
/// <blockquote class="twitter-tweet"><p>text #tag pic.twitter.com/x</p>&mdash; Name (@handle)
/// <a href="https://twitter.com/handle/status/1486…">January 28, 2022</a></blockquote>
/// ```
enum TweetEmbed {
    static func isTweet(_ node: HTMLNode) -> Bool {
        guard let classes = node.attribute("class") else { return false }
        return classes.split(whereSeparator: \.isWhitespace).contains { token in
            let token = token.lowercased()
            return token.hasPrefix("twitter-tweet") || token.hasPrefix("x-tweet") || token == "twitter-video"
        }
    }

    static func block(from node: HTMLNode) -> Block {
        let paragraph = node.firstElement { $0 != node && $0.tagName == "p" }
        let post = paragraph?.collapsedText() ?? ""
        let attribution = node.collapsedText(excluding: paragraph)
        let text = [post, attribution].filter { !$0.isEmpty }.joined(separator: "\n")
        let links = node.elements { $0.tagName == "a" && $0.attribute("href") != nil }
        let url = links.last?.attribute("href")
        let (author, handle) = Self.author(in: attribution)
        let date =
            links.last.flatMap { DateText.monthNameDate($0.collapsedText()) }
            ?? url.flatMap(DateText.fromTweetURL)
        return Block(
            kind: .embed, text: text, provider: "twitter", author: author, handle: handle, date: date, url: url)
    }

    /// Name and handle from `— Name (@handle) date`.
    static func author(in attribution: String) -> (name: String?, handle: String?) {
        guard let open = attribution.range(of: "(@") else { return (nil, nil) }
        let afterOpen = attribution[open.upperBound...]
        let handle = afterOpen.prefix { $0 != ")" && !$0.isWhitespace }
        var name = attribution[..<open.lowerBound]
        if let dash = name.lastIndex(where: { $0 == "—" || $0 == "–" }) {
            name = name[name.index(after: dash)...]
        }
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return (trimmed.isEmpty ? nil : trimmed, handle.isEmpty ? nil : "@" + handle)
    }
}
