import XCTest

@testable import Stages

final class SocialEmbedTests: XCTestCase {
    private func embeds(_ markup: String) throws -> [Block] {
        let html = CleanTesting.page(body: CleanTesting.paragraph + markup + CleanTesting.paragraph)
        return try CleanTesting.record(html).blocks.filter { $0.kind == .embed }
    }

    func testInstagramBlockquoteIsOneEmbedWithoutItsWidgetText() throws {
        let found = try embeds(
            """
            <blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cabc123/?utm_source=ig_embed" data-instgrm-version="14">
            <div><a href="https://www.instagram.com/p/Cabc123/?utm_source=ig_embed">View this post on Instagram</a></div>
            <p>Sunrise over the old harbour this morning.</p>
            <p><a href="https://www.instagram.com/p/Cabc123/">A post shared by Harbour Views (@harbourviews)</a></p>
            </blockquote>
            """)
        XCTAssertEqual(found.count, 1)
        let embed = try XCTUnwrap(found.first)
        XCTAssertEqual(embed.provider, "instagram")
        XCTAssertEqual(embed.text, "Sunrise over the old harbour this morning.")
        XCTAssertEqual(embed.url, "https://www.instagram.com/p/Cabc123/?utm_source=ig_embed")
        XCTAssertEqual(embed.handle, "@harbourviews")
        XCTAssertEqual(embed.author, "Harbour Views")
    }

    func testTikTokBlockquoteKeepsCaptionHandleAndURL() throws {
        let found = try embeds(
            """
            <blockquote class="tiktok-embed" cite="https://www.tiktok.com/@harbourcrew/video/7112233445566778899" data-video-id="7112233445566778899">
            <section><a target="_blank" title="@harbourcrew" href="https://www.tiktok.com/@harbourcrew">@harbourcrew</a>
            <p>Loading the ferry before the storm <a title="ferry" href="https://www.tiktok.com/tag/ferry">#ferry</a></p>
            <a target="_blank" title="♬ original sound - harbourcrew" href="https://www.tiktok.com/music/x">♬ original sound - harbourcrew</a></section>
            </blockquote>
            """)
        let embed = try XCTUnwrap(found.first)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(embed.provider, "tiktok")
        XCTAssertEqual(embed.text, "Loading the ferry before the storm #ferry")
        XCTAssertEqual(embed.handle, "@harbourcrew")
        XCTAssertEqual(embed.url, "https://www.tiktok.com/@harbourcrew/video/7112233445566778899")
    }

    func testFacebookPostDivIsOneEmbed() throws {
        let found = try embeds(
            """
            <div class="fb-post" data-href="https://www.facebook.com/harbourcouncil/posts/1234567890" data-width="500">
            <blockquote cite="https://www.facebook.com/harbourcouncil/posts/1234567890" class="fb-xfbml-parse-ignore">
            <p>The coastal road reopens at noon today.</p>Posted by <a href="https://www.facebook.com/harbourcouncil">Harbour Council</a>
            on <a href="https://www.facebook.com/harbourcouncil/posts/1234567890">Thursday, 2 November 2023</a></blockquote></div>
            """)
        let embed = try XCTUnwrap(found.first)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(embed.provider, "facebook")
        XCTAssertEqual(embed.text, "The coastal road reopens at noon today.")
        XCTAssertEqual(embed.author, "Harbour Council")
        XCTAssertEqual(embed.date, "2023-11-02")
        XCTAssertEqual(embed.url, "https://www.facebook.com/harbourcouncil/posts/1234567890")
    }

    func testEmbedWithoutTextUsesItsURLAndCommentWidgetsAreNotEmbeds() throws {
        let found = try embeds(
            """
            <blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/reel/Cxyz/"><a href="https://www.instagram.com/reel/Cxyz/">View this post on Instagram</a></blockquote>
            <div class="fb-comments" data-href="https://news.example/story"></div>
            """)
        XCTAssertEqual(found.map(\.text), ["https://www.instagram.com/reel/Cxyz/"])
    }
}
