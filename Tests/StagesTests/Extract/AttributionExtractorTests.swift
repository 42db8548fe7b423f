import Stages
import XCTest

final class AttributionExtractorTests: XCTestCase {
    private func attributions(_ text: String, options: ExtractStage.Options = .init()) throws -> [String] {
        try extractFacts(text, options: options).attributions.map { "\($0.cue): \($0.source.text)" }
    }

    func testArabicCuesWithGluedConjunctions() throws {
        XCTAssertEqual(try attributions("ووفقاً لوزارة الصحة، قتل خمسة أشخاص."), ["وفقاً: وزارة الصحة"])
        XCTAssertEqual(
            try attributions("وبحسب المرصد السوري لحقوق الإنسان فإن القصف استمر."),
            ["بحسب: المرصد السوري لحقوق الإنسان"])
        XCTAssertEqual(try attributions("فبحسب مصادر محلية، انسحبت القوات."), ["بحسب: مصادر محلية"])
        XCTAssertEqual(try attributions("وفقًا لمصادر طبية، وصل الجرحى."), ["وفقاً: مصادر طبية"])
        XCTAssertEqual(try attributions("ونقلا عن شهود عيان، فإن الانفجار كان قوياً."), ["نقلاً عن: شهود عيان"])
    }

    func testOnlyMeansOnlyNotAccordingTo() throws {
        XCTAssertEqual(try attributions("ليس هذا فحسب، بل امتد القصف إلى المدينة."), [])
    }

    func testVerbBetweenCueAndSourceIsSkipped() throws {
        XCTAssertEqual(
            try attributions("حسب ما ذكرت وكالة الأنباء الرسمية، وصل الوفد."), ["حسب: وكالة الأنباء الرسمية"])
        XCTAssertEqual(try attributions("حسبما أفادت به وكالة رويترز."), ["حسبما: وكالة رويترز"])
        XCTAssertEqual(try attributions("وفقاً لما نشرته صحيفة الوطن اليوم."), ["وفقاً: صحيفة الوطن اليوم"])
    }

    func testQuotedSourceIsTheQuotedPhrase() throws {
        XCTAssertEqual(try attributions("وفقا لـ “الجزيرة” فإن الوضع هادئ."), ["وفقاً: الجزيرة"])
        XCTAssertEqual(try attributions("بحسب «مصدر عسكري» رفض كشف اسمه"), ["بحسب: مصدر عسكري"])
        XCTAssertEqual(try attributions("حسب مصادر “الحياة” في بيروت"), ["حسب: مصادر “الحياة” في بيروت"])
    }

    func testArabicSourceStopsBeforeTheVerb() throws {
        XCTAssertEqual(try attributions("وحسب الوكالة أعلنت الحكومة الطوارئ"), ["حسب: الوكالة"])
        XCTAssertEqual(try attributions("بحسب مسؤول أن الهجوم فشل"), ["بحسب: مسؤول"])
    }

    func testEnglishSourceEnds() throws {
        XCTAssertEqual(try attributions("according to officials who spoke on condition"), ["according to: officials"])
        XCTAssertEqual(
            try attributions("According to a statement from the ministry of foreign affairs in Baghdad"),
            ["according to: a statement from the ministry"])
        XCTAssertEqual(try attributions("according to \"Reuters\" sources"), ["according to: Reuters"])
        XCTAssertEqual(try attributions("according to, well, nobody"), [])
    }

    func testMaxSourceWordsOption() throws {
        var options = ExtractStage.Options()
        options.maxSourceWords = 2
        XCTAssertEqual(
            try attributions("according to the ministry of health, 12 people died", options: options),
            ["according to: the ministry"])
    }

    func testSourceStopsAtADate() throws {
        let text = "according to officials on Monday the convoy left"
        let monday = ExtractInput.date("Monday", value: "2024-05-13", grain: .day, in: text)
        let facts = try extractFacts(text, annotations: [monday])
        XCTAssertEqual(facts.attributions.map(\.source.text), ["officials"])
    }
}
