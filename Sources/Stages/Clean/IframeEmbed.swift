import Foundation

/// An `<iframe>` that embeds a post or video from a known platform, read as an embed block.
///
/// Its text is the iframe's `title` (what a screen reader announces), else its URL, so that
/// every block has text. Other iframes (ads, trackers, like and share buttons such as
/// `platform.twitter.com/widgets/tweet_button.html` or `facebook.com/plugins/like.php`) are
/// not blocks.
enum IframeEmbed {
    struct Provider {
        var name: String
        /// The host and its subdomains.
        var host: String
        /// One of these must occur in the URL's path for it to be an embedded post or video.
        var embedPaths: [String]
    }

    static let providers = [
        Provider(name: "youtube", host: "youtube.com", embedPaths: ["/embed/"]),
        Provider(name: "youtube", host: "youtube-nocookie.com", embedPaths: ["/embed/"]),
        Provider(name: "instagram", host: "instagram.com", embedPaths: ["/embed"]),
        Provider(name: "facebook", host: "facebook.com", embedPaths: ["/plugins/post.php", "/plugins/video.php"]),
        Provider(name: "twitter", host: "twitter.com", embedPaths: ["/embed/"]),
        Provider(name: "twitter", host: "x.com", embedPaths: ["/embed/"]),
    ]

    static func block(from node: HTMLNode) -> Block? {
        guard var url = node.attribute("src") ?? node.attribute("data-src") else { return nil }
        url = url.trimmingCharacters(in: .whitespacesAndNewlines)
        if url.hasPrefix("//") { url = "https:" + url }
        guard let (host, path) = hostAndPath(of: url),
            let provider = providers.first(where: { provider in
                (host == provider.host || host.hasSuffix("." + provider.host))
                    && provider.embedPaths.contains(where: path.contains)
            })
        else { return nil }
        var title = TextAccumulator()
        title.append(node.attribute("title") ?? "", inLink: false)
        let text = title.take()?.text ?? url
        return Block(kind: .embed, text: text, provider: provider.name, url: url)
    }

    /// The lowercased host and the path of an absolute URL.
    static func hostAndPath(of url: String) -> (host: String, path: Substring)? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.prefix { $0 != ":" }
        let path = rest[authority.endIndex...].prefix { $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : (host.lowercased(), path)
    }
}
