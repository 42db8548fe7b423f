import Foundation

/// Fills `ArticleInfo` from what the page scan found, in a fixed order of trust.
///
/// - title: `og:title`, `twitter:title`, the first `h1` (in the article, else the page), else
///   `<title>` without its site suffix.
/// - published: JSON-LD `datePublished` (`json-ld`), then publication meta tags (`meta`),
///   then the first `<time datetime>` in the article (`time`), then a date in the URL's path
///   (`url`), then a date line shown above or in the article (`text`, see `DateLine`), then
///   the feed item's date (`feed`). Each as ISO 8601, offset kept.
/// - modified: JSON-LD `dateModified` (`json-ld`), then update meta tags (`meta`).
/// - author: JSON-LD author names, else `<meta name=author>`.
/// - canonical_url: `<link rel=canonical>`, else `og:url`, made absolute against the page URL.
/// - site_name: `og:site_name`, else the JSON-LD publisher. html_lang and html_dir: `<html lang>`
///   and `<html dir>`.
struct ArticleMetadata {
    /// Meta keys that carry the publication time, most specific first.
    static let publishedMetaKeys = [
        "article:published_time", "pubdate", "itemprop:datepublished", "og:published_time", "article:published",
        "publishdate", "publish-date", "publication_date", "date", "dc.date.issued", "dcterms.issued",
        "dc.date", "sailthru.date", "parsely-pub-date",
    ]
    /// Meta keys that carry the time of the last update.
    static let modifiedMetaKeys = [
        "article:modified_time", "og:updated_time", "itemprop:datemodified", "dcterms.modified", "last-modified",
        "article:modified",
    ]

    let scan: PageScan
    let jsonLD: JSONLDArticle?
    /// The element the blocks came from, or the body.
    let contentRoot: HTMLNode?
    /// The date of the first date line among the article's blocks (see `DateLine`).
    let dateLine: String?
    let fetch: FetchInfo

    func info() -> ArticleInfo {
        var info = ArticleInfo()
        info.title = title()
        if let (date, source) = published() {
            info.published = date
            info.publishedSource = source
        }
        if let (date, source) = modified() {
            info.modified = date
            info.modifiedSource = source
        }
        info.author = jsonLD?.author ?? TitleText.collapsed(scan.meta["author"])
        info.canonicalURL = canonicalURL()
        info.siteName = TitleText.collapsed(scan.meta["og:site_name"]) ?? jsonLD?.publisher
        info.htmlLang = TitleText.collapsed(scan.htmlLang)
        info.htmlDir = scan.htmlDir.flatMap { ["rtl", "ltr"].contains($0) ? $0 : nil }
        return info
    }

    private func title() -> String? {
        if let title = TitleText.collapsed(scan.meta["og:title"] ?? scan.meta["twitter:title"]) { return title }
        let heading = contentRoot?.firstElement { $0.tagName == "h1" } ?? scan.firstH1
        if let heading, let text = TitleText.collapsed(heading.collapsedText()) { return text }
        return TitleText.collapsed(scan.titleElement).map(TitleText.withoutSiteSuffix)
    }

    private func published() -> (String, String)? {
        if let date = jsonLD?.datePublished.flatMap(DateText.iso8601) { return (date, "json-ld") }
        for key in Self.publishedMetaKeys {
            if let date = scan.meta[key].flatMap(DateText.iso8601) { return (date, "meta") }
        }
        if let time = contentRoot?.firstElement(where: { $0.tagName == "time" && $0.attribute("datetime") != nil }),
            let date = time.attribute("datetime").flatMap(DateText.iso8601)
        {
            return (date, "time")
        }
        for url in [canonicalURL(), fetch.finalURL, fetch.url].compactMap({ $0 }) {
            if let date = DateText.fromURLPath(url) { return (date, "url") }
        }
        if let dateLine { return (dateLine, "text") }
        if let feed = fetch.feedItem?.published, !feed.isEmpty {
            return (DateText.iso8601(feed) ?? feed, "feed")
        }
        return nil
    }

    private func modified() -> (String, String)? {
        if let date = jsonLD?.dateModified.flatMap(DateText.iso8601) { return (date, "json-ld") }
        for key in Self.modifiedMetaKeys {
            if let date = scan.meta[key].flatMap(DateText.iso8601) { return (date, "meta") }
        }
        return nil
    }

    private func canonicalURL() -> String? {
        guard let raw = TitleText.collapsed(scan.canonicalLink ?? scan.meta["og:url"]) else { return nil }
        if raw.contains("://") { return raw }
        guard let base = (fetch.finalURL ?? fetch.url).flatMap(URL.init(string:)),
            let resolved = URL(string: raw, relativeTo: base)
        else { return raw }
        return resolved.absoluteString
    }
}
