import Foundation
import XCTest

@testable import Stages

/// The report as a browser shows it: headless Chromium loads the file, draws the charts and
/// exits cleanly. Skipped, with how to install it, where Chromium is not on PATH.
final class ReportBrowserTests: XCTestCase {
    private static func chromium() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for dir in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    private func browse(_ browser: URL, _ arguments: [String], profile: URL) throws -> ChildProcess.Outcome {
        // A browser that hangs must not hang the test run: the one we started is stopped.
        try ChildProcess.run(
            browser,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--user-data-dir=\(profile.path)", "--virtual-time-budget=2000",
            ] + arguments, timeout: 90)
    }

    func testChromiumLoadsThePageAndDrawsTheCharts() throws {
        guard let browser = Self.chromium() else {
            throw XCTSkip(
                "headless Chromium is not on PATH; install it with `apt-get install chromium` (Debian) to run this test"
            )
        }
        let fixture = try ReportFixture()
        let page = fixture.sample.runDirectory.appendingPathComponent("report.html")
        let html = try fixture.html()
        try AtomicFile.write(Data(html.utf8), to: page.path)
        let profile = fixture.sample.dir.url.appendingPathComponent("chromium-profile")

        let dom = try browse(browser, ["--dump-dom", page.absoluteString], profile: profile)
        XCTAssertEqual(dom.status, 0, dom.stderr)
        XCTAssertTrue(dom.stdout.contains("<h1>Run golden</h1>"), "the page did not load: \(dom.stdout.prefix(500))")
        XCTAssertEqual(
            reportMatches("<svg ", in: dom.stdout).count, reportMatches("<svg ", in: html).count,
            "every chart is in the browser's DOM")
        XCTAssertTrue(dom.stdout.contains("class=\"bar\""))
        for problem in ["Failed to load resource", "Uncaught", "net::ERR_"] {
            XCTAssertFalse(dom.stderr.contains(problem), "\(problem) in:\n\(dom.stderr)")
        }

        let screenshot = fixture.sample.dir.url.appendingPathComponent("report.png")
        let shot = try browse(
            browser, ["--screenshot=\(screenshot.path)", "--window-size=1200,2400", page.absoluteString],
            profile: profile)
        XCTAssertEqual(shot.status, 0, shot.stderr)
        let png = try Data(contentsOf: screenshot)
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "a PNG")
        XCTAssertGreaterThan(png.count, 10_000, "more than a blank page")
        if let keep = ProcessInfo.processInfo.environment["REPORT_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: screenshot, to: URL(fileURLWithPath: keep))
        }
    }
}
