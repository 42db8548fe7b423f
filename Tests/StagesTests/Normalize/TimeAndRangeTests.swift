import XCTest

@testable import Stages

/// Times of day, days with times, ranges, Hijri dates and feasts, against a publication at
/// 2022-01-28T12:00:00+03:00 (a Friday), the news (past) preference unless said.
final class TimeAndRangeTests: XCTestCase {
    private func value(_ text: String, _ surface: String, prefer: String = "past") throws -> String? {
        try NormalizeTesting.annotations(text, prefer: prefer).named(surface)?.value.text
    }

    func testArabicTimesOfDayTakeTheirPartOfDay() throws {
        let a = try NormalizeTesting.annotations("اندلع الحريق الساعة الثالثة عصراً واستمر حتى المساء")
        let time = try XCTUnwrap(a.named("الساعة الثالثة عصراً"))
        XCTAssertEqual(time.kind, .time)
        XCTAssertEqual(time.value.text, "2022-01-28T15:00:00+03:00")
        XCTAssertEqual(time.grain, .hour)
        XCTAssertEqual(try value("وصل الوفد الساعة 3 و15 دقيقة بعد الظهر", "الساعة 3 و15 دقيقة بعد الظهر"), "2022-01-28T15:15:00+03:00")
        XCTAssertEqual(try value("بدأ القصف في الثانية عشرة إلا ربعاً ليلاً", "الثانية عشرة إلا ربعاً ليلاً"), "2022-01-28T23:45:00+03:00")
        XCTAssertEqual(try value("عند 4:23 فجراً", "4:23 فجراً"), "2022-01-28T04:23:00+03:00")
    }

    func testEnglishTimes() throws {
        XCTAssertEqual(try value("The vote closed at 3 pm local time.", "3 pm"), "2022-01-28T15:00:00+03:00")
        XCTAssertEqual(try value("Talks resume at 5:30 tomorrow.", "5:30 tomorrow"), "2022-01-29T05:30:00+03:00")
        XCTAssertEqual(try value("They met at noon.", "noon"), "2022-01-28T12:00:00+03:00")
    }

    func testAWeekdayBeforeATimeGivesItsDay() throws {
        let a = try NormalizeTesting.annotations("قال إن الاجتماع عقد الخميس الساعة 8 مساءً في المقر")
        let t = try XCTUnwrap(a.named("الخميس الساعة 8 مساءً"))
        XCTAssertEqual(t.kind, .time)
        XCTAssertEqual(t.value.text, "2022-01-27T20:00:00+03:00")
    }

    func testFuturePreferenceTakesTheNextReadingOfAnOpenHour() throws {
        // At 12:00, "the third hour" with no part of day is 15:00 under the future preference.
        XCTAssertEqual(try value("الموعد الساعة الثالثة", "الساعة الثالثة", prefer: "future"), "2022-01-28T15:00:00+03:00")
    }

    func testRangesAreIntervalsWithTheMonthOfTheirSecondEnd() throws {
        let a = try NormalizeTesting.annotations("تستمر المعارض من 13 إلى 15 تموز 2021 في دمشق")
        let r = try XCTUnwrap(a.first { $0.kind == .range })
        XCTAssertEqual(r.value.text, "2021-07-13/2021-07-15")
        XCTAssertEqual(r.surface, "من 13 إلى 15 تموز 2021")
        let hours = try NormalizeTesting.annotations("بين الساعة 3 و الساعة 5 عصراً")
        XCTAssertEqual(hours.first { $0.kind == .range }?.value.text, "2022-01-28T15:00:00+03:00/2022-01-28T17:00:00+03:00")
    }

    func testHijriDatesConvertToGregorian() throws {
        XCTAssertEqual(try value("في 15 رمضان 1445 هـ", "15 رمضان 1445 هـ"), "2024-03-25")
        XCTAssertEqual(try value("بتاريخ 1/1/1446هـ", "1/1/1446هـ"), "2024-07-07")
        XCTAssertEqual(try value("حتى الأول من محرم 1446 هجرية", "الأول من محرم 1446 هجرية"), "2024-07-07")
        // A Hijri month with a year is the span of its days.
        let month = try NormalizeTesting.annotations("خلال رمضان 1445 هـ").first { $0.kind == .range }
        XCTAssertEqual(month?.value.text, "2024-03-11/2024-04-09")
    }

    func testFeastsResolveAgainstThePublicationDate() throws {
        // Published 2022-01-28: the last Eid al-Adha was 10 Dhu al-Hijjah 1442 = 2021-07-20.
        XCTAssertEqual(try value("منذ عيد الأضحى", "عيد الأضحى"), "2021-07-20")
        XCTAssertEqual(try value("عيد الفطر 2023", "عيد الفطر 2023"), "2023-04-21")
        XCTAssertEqual(try value("Easter 2024", "Easter 2024"), "2024-03-31")
    }

    func testDaysPickedInAMonth() throws {
        XCTAssertEqual(try value("في الخامس من الشهر الجاري", "الخامس من الشهر الجاري"), "2022-01-05")
        XCTAssertEqual(try value("آخر جمعة من شهر آذار 2021", "آخر جمعة من شهر آذار 2021"), "2021-03-26")
        XCTAssertEqual(try value("منتصف آذار 2021", "منتصف آذار 2021"), "2021-03-15")
        XCTAssertEqual(try value("الأحد من الأسبوع الماضي", "الأحد من الأسبوع الماضي"), "2022-01-23")
    }
}
