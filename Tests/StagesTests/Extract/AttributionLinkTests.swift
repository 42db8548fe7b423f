import XCTest

@testable import Stages

/// Reporting verbs, relayed sources, sources before their verb, and links to entities.
final class AttributionLinkTests: XCTestCase {
    private func described(_ text: String) throws -> [String] {
        try extractFacts(text).attributions.map { a in
            "\(a.cue): \(a.source.text)" + (a.entity.map { " = \($0)" } ?? "") + (a.via.map { " via \($0)" } ?? "")
        }
    }

    func testReportingVerbThenSubject() throws {
        XCTAssertEqual(try described("وقال مسؤول محلي إن القصف استمر."), ["قال: مسؤول محلي"])
        XCTAssertEqual(try described("وزعمت وكالة “أعماق” أن"), ["زعمت: وكالة “أعماق” = أعماق"])
        // A verb followed by a preposition or a clause has no source.
        XCTAssertEqual(try described("وذكرت في بيانها أن. وقال إن"), [])
    }

    func testRelayedSourceIsLinkedToWhoRelaysIt() throws {
        XCTAssertEqual(
            try described("ونقلت قناة الجزيرة عن مصادر محلية أن"),
            ["نقلت: قناة الجزيرة = قناة الجزيرة", "نقلت عن: مصادر محلية via قناة الجزيرة"])
        XCTAssertEqual(
            try described("نشرت صحيفة “الحياة” تقريراً. وذكرت الصحيفة نقلاً عن مصدر عسكري أن"),
            ["ذكرت: الصحيفة = الحياة", "نقلاً عن: مصدر عسكري via الحياة"])
    }

    func testSourceBeforeItsVerb() throws {
        XCTAssertEqual(try described("لكن مصادر ميدانية من ريف إدلب أكدت أن"), ["أكدت: مصادر ميدانية"])
        XCTAssertEqual(
            try described("Officials said 3 hospitals were hit. A UN spokesman told reporters that"),
            ["said: Officials", "told: A UN spokesman = الأمم المتحدة"])
        XCTAssertEqual(try described("“We left,” said the Red Cross on Monday."), ["said: the Red Cross = اللجنة الدولية للصليب الأحمر"])
        XCTAssertEqual(try described("he said they told"), [])
    }
}
