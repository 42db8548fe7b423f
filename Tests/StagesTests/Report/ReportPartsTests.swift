import Foundation
import XCTest

@testable import Stages

/// The small parts: bounded counting, date grains, ticks, escaping, number formats.
final class ReportPartsTests: XCTestCase {
    func testTopCounterStopsAddingKeysAtItsCap() {
        var counter = TopCounter(maxKeys: 2)
        for key in ["b", "a", "c", "a", "b", "a", "d"] { counter.add(key) }
        XCTAssertEqual(counter.top(5), [CountedKey(key: "a", count: 3), CountedKey(key: "b", count: 2)])
        let list = counter.list(top: 1)
        XCTAssertEqual(list.total, 7)
        XCTAssertEqual(list.distinct, 2)
        XCTAssertEqual(list.uncounted, 2)
        XCTAssertEqual(list.top, [CountedKey(key: "a", count: 3)])
    }

    func testCalendarPrefixes() {
        XCTAssertEqual(DateTally.calendarPrefix(of: "2022-01-28T12:00:00+03:00"), "2022-01-28")
        XCTAssertEqual(DateTally.calendarPrefix(of: "2021-12"), "2021-12")
        XCTAssertEqual(DateTally.calendarPrefix(of: "2019"), "2019")
        XCTAssertEqual(DateTally.calendarPrefix(of: "2022-W03"), "2022")
        XCTAssertNil(DateTally.calendarPrefix(of: "20220128"))
        XCTAssertNil(DateTally.calendarPrefix(of: "Jan 2022"))
    }

    func testDateHistogramFallsBackToACoarserGrain() {
        var tally = DateTally(maxKeys: 100)
        for day in 1...20 { tally.add(String(format: "2022-%02d-%02d", day % 12 + 1, day)) }
        tally.add("2023")
        tally.add(nil)
        tally.add("soon")
        let byDay = tally.histogram(finest: .day, maxBuckets: 30)
        XCTAssertEqual(byDay.grain, "day")
        XCTAssertEqual(byDay.buckets.count, 20)
        XCTAssertEqual(byDay.coarser, 2, "the bare year and the unreadable value")
        XCTAssertEqual(byDay.missing, 1)
        let byMonth = tally.histogram(finest: .day, maxBuckets: 12)
        XCTAssertEqual(byMonth.grain, "month")
        XCTAssertEqual(byMonth.buckets.count, 12)
        XCTAssertEqual(byMonth.buckets.first, CountedKey(key: "2022-01", count: 1))
        let byYear = tally.histogram(finest: .month, maxBuckets: 5)
        XCTAssertEqual(byYear.buckets, [CountedKey(key: "2022", count: 20), CountedKey(key: "2023", count: 1)])
        XCTAssertEqual(byYear.coarser, 1)
    }

    func testAxisTicksAreRound() {
        let seven = AxisTicks(maxValue: 7)
        XCTAssertEqual(seven.values, [0, 2, 4, 6, 8])
        XCTAssertEqual(AxisTicks(maxValue: 1).values, [0, 1])
        XCTAssertEqual(AxisTicks(maxValue: 0).values, [0, 1])
        let big = AxisTicks(maxValue: 12_345)
        XCTAssertEqual(big.step, 5000)
        XCTAssertEqual(big.top, 15_000)
    }

    func testEscapingAndAnchors() {
        XCTAssertEqual(
            HTMLEscape.text("<a href=\"x\">'&'</a>\u{0}"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        XCTAssertEqual(HTMLEscape.anchor("reject", "normalize", "Bad reason!"), "reject-normalize-bad-reason-")
        XCTAssertEqual(HTMLEscape.anchor("reject", "clean", "سبب"), "reject-clean----")
    }

    func testNumbers() {
        XCTAssertEqual(ReportNumbers.grouped(1_234_567), "1,234,567")
        XCTAssertEqual(ReportNumbers.grouped(999), "999")
        XCTAssertEqual(ReportNumbers.amount(712_000_000_000), "712,000,000,000")
        XCTAssertEqual(ReportNumbers.amount(18.65), "18.65")
        XCTAssertEqual(ReportNumbers.compact(1500), "1.5k")
        XCTAssertEqual(ReportNumbers.compact(2_000_000), "2M")
        XCTAssertEqual(ReportNumbers.compact(40), "40")
    }

    func testUntitledRecordsShowTheirFirstWords() {
        XCTAssertEqual(FactsLine.firstWords(of: "one two\nthree", count: 2, maxScalars: 100), "one two…")
        XCTAssertEqual(FactsLine.firstWords(of: " one two ", count: 2, maxScalars: 100), "one two")
        XCTAssertEqual(FactsLine.firstWords(of: "قال مصدر أمني", count: 5, maxScalars: 6), "قال مص…")
    }

    func testChartsDrawOneBarPerValueWithTicks() {
        let counts = [CountedKey(key: "ar", count: 5), CountedKey(key: "en", count: 3)]
        for layout in [SVGBarChart.Layout.columns, .rows] {
            let svg = SVGBarChart(title: "Parts", counts: counts, layout: layout, unit: "parts").render()
            XCTAssertTrue(svg.hasPrefix("<svg "))
            XCTAssertEqual(reportMatches("<rect class=\"bar\"", in: svg).count, 2)
            XCTAssertEqual(reportMatches("class=\"tick\"", in: svg).count, AxisTicks(maxValue: 5).values.count)
            XCTAssertTrue(svg.contains(">ar</text>"))
        }
        let arabic = SVGBarChart(title: "t", counts: [CountedKey(key: "مصدر أمني", count: 2)], layout: .rows, unit: "x")
            .render()
        XCTAssertTrue(arabic.contains("text-anchor=\"start\" direction=\"rtl\""))
    }
}
