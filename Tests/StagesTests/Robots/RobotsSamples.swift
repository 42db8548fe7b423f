/// robots.txt files written in the style real news sites publish (none copied from a site).
enum RobotsSamples {
    static let userAgent = "corpus-pipeline/0.1 (+https://corpus.example.org/bot)"

    /// A large English-language news site: Google-style wildcards, AI crawlers shut out, our
    /// agent named twice in different case, sitemaps.
    static let newsSite = """
        # robots.txt for www.daily-example.com
        # Contact webmaster@daily-example.com before crawling at scale.

        User-agent: *
        Disallow: /search
        Disallow: /*?*utm_
        Disallow: /*/print/
        Disallow: /api/
        Disallow: /*.json$
        Allow: /api/public/
        Allow: /search/about
        Crawl-delay: 2

        User-agent: Googlebot
        User-agent: Googlebot-News
        Disallow: /drafts/
        Allow: /

        User-agent: GPTBot
        User-agent: CCBot
        User-agent: anthropic-ai
        Disallow: /

        User-agent: corpus-pipeline
        Disallow: /premium/
        Disallow: /ar/opinion/*/comments
        Crawl-delay: 1.5

        User-agent: CORPUS-PIPELINE
        Disallow: /archive/19
        Allow: /archive/1999/
        Crawl-delay: 0.5

        Sitemap: https://www.daily-example.com/sitemap-index.xml
        Sitemap: https://www.daily-example.com/news-sitemap.xml
        """

    /// An Arabic-language site saved by a Windows tool: UTF-8 BOM, CRLF, raw and
    /// percent-encoded Arabic paths, Yandex's `Host`/`Clean-param` lines.
    static var arabicSite: [UInt8] {
        let text = """
            User-agent: *
            Disallow: /بحث
            Disallow: /%d8%a3%d8%b1%d8%b4%d9%8a%d9%81/
            Allow: /ar/news/
            Disallow: /ar/
            Crawl-delay: 10
            Host: www.akhbar-example.com
            Clean-param: ref /ar/news/

            User-agent: Yandex
            Disallow: /tmp/
            """
        return [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }

    /// A hand-edited file from an old CMS: CR line ends, odd spacing and case, comments after
    /// values, lines without a colon, a rule before any user agent, bytes that are not UTF-8.
    static var oldCMS: [UInt8] {
        let text = """
            Disallow: /before-any-agent/
            this line has no colon
            USER-AGENT : *   # everyone
            DISALLOW:/cgi-bin/   # scripts
            disallow: /tmp/*.php$
            Request-rate: 1/5
            Crawl-delay: soon
            allow:
            Noindex: /old/

            User-agent: corpus-pipeline
            Disallow:
            """
        var bytes = Array(text.replacingOccurrences(of: "\n", with: "\r").utf8)
        bytes += [0x0D] + Array("# caf".utf8) + [0xE9, 0xFF] + [0x0D] + Array("Disallow: /latin1-".utf8) + [0xE9]
        return bytes
    }
}
