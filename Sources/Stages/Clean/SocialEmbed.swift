import Foundation

/// Embedded posts written into the page as markup, each read as one embed block with its URL,
/// its post text when the markup carries one, and its author where the markup names one.
/// The widget's own furniture ("View this post on Instagram", "♬ original sound", "Posted
/// by") never becomes text.
///
/// ```html
/// <blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/…/">…
///   <a href="…">A post shared by Name (@handle)</a>…</blockquote>
/// <blockquote class="tiktok-embed" cite="https://www.tiktok.com/@handle/video/…">
///   <section><a href="…">@handle</a><p>caption <a>#tag</a></p><a>♬ original sound</a></section></blockquote>
/// <div class="fb-post" data-href="https://www.facebook.com/…/posts/…">
///   <blockquote><p>post text</p>Posted by <a>Page</a> on <a>Monday, 1 June 2020</a></blockquote></div>
/// ```
/// Tweets have their own reader (`TweetEmbed`); iframes theirs (`IframeEmbed`).
enum SocialEmbed {
    enum Kind {
        case instagram, tiktok, facebook
    }

    /// Which embed an element is, from its tag and class; nil for anything else.
    ///
    /// Runs on every `div`, so it compares class tokens as bytes, without making strings.
    static func kind(classes bytes: UnsafeBufferPointer<UInt8>, tag: String) -> Kind? {
        guard tag == "blockquote" || tag == "div" else { return nil }
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] <= 0x20 {
            defer { start = end + 1 }
            guard end > start else { continue }
            let token = bytes[start..<end]
            for (name, kind, tags) in tokens where tags.contains(tag) && token.elementsEqual(name.utf8) {
                return kind
            }
        }
        return nil
    }

    private static let tokens: [(name: String, kind: Kind, tags: [String])] = [
        ("instagram-media", .instagram, ["blockquote"]), ("tiktok-embed", .tiktok, ["blockquote"]),
        ("fb-post", .facebook, ["div"]), ("fb-video", .facebook, ["div"]),
    ]

    static func block(from node: HTMLNode, kind: Kind) -> Block {
        switch kind {
        case .instagram: instagram(node)
        case .tiktok: tiktok(node)
        case .facebook: facebook(node)
        }
    }

    private static func instagram(_ node: HTMLNode) -> Block {
        let links = node.elements { $0.tagName == "a" }
        let url = nonEmpty(node.attribute("data-instgrm-permalink"))
            ?? links.compactMap { $0.attribute("href") }.first { $0.contains("instagram.com/") }
        // Older embeds carry the caption in a paragraph that is not the "shared by" link.
        let caption = postText(in: node)
        var author: String?
        var handle: String?
        for link in links {
            let text = link.collapsedText()
            if text.contains("(@") {
                (author, handle) = TweetEmbed.author(in: text)
                if let name = author, let by = name.range(of: " by ", options: .backwards) {
                    author = String(name[by.upperBound...])
                }
                break
            }
        }
        return Block(
            kind: .embed, text: caption ?? url ?? "Instagram post", provider: "instagram", author: author,
            handle: handle, url: url)
    }

    private static func tiktok(_ node: HTMLNode) -> Block {
        let url = nonEmpty(node.attribute("cite"))
        var handle: String?
        if let url, let at = url.range(of: "/@") {
            let name = url[at.upperBound...].prefix { $0 != "/" && $0 != "?" }
            if !name.isEmpty { handle = "@" + name }
        }
        return Block(
            kind: .embed, text: postText(in: node) ?? url ?? "TikTok video", provider: "tiktok", handle: handle,
            url: url)
    }

    private static func facebook(_ node: HTMLNode) -> Block {
        let url = nonEmpty(node.attribute("data-href"))
        let links = node.elements { $0.tagName == "a" }
        let date = links.last.flatMap { DateText.monthNameDate($0.collapsedText()) }
        return Block(
            kind: .embed, text: postText(in: node) ?? url ?? "Facebook post", provider: "facebook",
            author: links.count >= 2 ? nonEmpty(links[links.count - 2].collapsedText()) : nil, date: date, url: url)
    }

    /// The post's own words: the text of its paragraphs that are not mostly a link.
    private static func postText(in node: HTMLNode) -> String? {
        let paragraphs = node.elements { $0.tagName == "p" }.filter { paragraph in
            let text = paragraph.collapsedText()
            let linkText = paragraph.elements { $0.tagName == "a" }.map { $0.collapsedText() }.joined()
            return !text.isEmpty && linkText.count * 2 < text.count
        }
        return nonEmpty(paragraphs.map { $0.collapsedText() }.joined(separator: "\n"))
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
