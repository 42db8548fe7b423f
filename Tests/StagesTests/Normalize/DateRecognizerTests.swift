import XCTest

@testable import Stages

/// Absolute and relative dates through the stage, with 2022-01-28 (a Friday) as reference.
final class DateRecognizerTests: XCTestCase {
    private func dates(_ s: String, prefer: String = "past") throws -> [String: String] {
        var out: [String: String] = [:]
        for a in try NormalizeTesting.annotations(s, prefer: prefer) where a.kind == .date {
            out[a.surface] = "\(a.value.text ?? "?")/\(a.grain?.rawValue ?? "-")"
        }
        return out
    }

    func testArabicAbsoluteDates() throws {
        XCTAssertEqual(try dates("28 يناير 2022"), ["28 يناير 2022": "2022-01-28/day"])
        XCTAssertEqual(try dates("5 كانون الثاني 2021"), ["5 كانون الثاني 2021": "2021-01-05/day"])
        XCTAssertEqual(try dates("28 جانفي 2022"), ["28 جانفي 2022": "2022-01-28/day"])
        XCTAssertEqual(try dates("28 شباط/فبراير 2021"), ["28 شباط/فبراير 2021": "2021-02-28/day"])
        XCTAssertEqual(try dates("الخميس، 27 يناير 2022"), ["الخميس، 27 يناير 2022": "2022-01-27/day"])
        XCTAssertEqual(
            try dates("الخميس الموافق 14 شهر شباط 2019"), ["الخميس الموافق 14 شهر شباط 2019": "2019-02-14/day"])
        XCTAssertEqual(try dates("في الخامس من يناير"), ["الخامس من يناير": "2022-01-05/day"])
        XCTAssertEqual(try dates("يناير 2022"), ["يناير 2022": "2022-01/month"])
        XCTAssertEqual(try dates("في العام 2019"), ["العام 2019": "2019/year"])
        XCTAssertEqual(try dates("سنة 2019م"), ["سنة 2019م": "2019/year"])
    }

    func testYearlessDatesTakeTheReferenceYear() throws {
        XCTAssertEqual(try dates("28 يناير"), ["28 يناير": "2022-01-28/day"])
        XCTAssertEqual(try dates("10 فبراير"), ["10 فبراير": "2022-02-10/day"])  // within a month after: announced
        XCTAssertEqual(try dates("10 مارس"), ["10 مارس": "2021-03-10/day"])
        XCTAssertEqual(try dates("10 مارس", prefer: "future"), ["10 مارس": "2022-03-10/day"])
    }

    func testHijriYearsAreConvertedNotReadAsGregorian() throws {
        XCTAssertEqual(try dates("14-09-1432 هـ"), ["14-09-1432 هـ": "2011-08-14/day"])
        XCTAssertFalse(try dates("عام 1443 هـ").values.contains { $0.hasPrefix("1443") })
    }

    func testNumericDates() throws {
        XCTAssertEqual(
            try dates("2022-01-28 و28/01/2022 و01/28/2022"),
            [
                "2022-01-28": "2022-01-28/day", "28/01/2022": "2022-01-28/day", "01/28/2022": "2022-01-28/day",
            ])
        XCTAssertEqual(try dates("2022-13-45"), [:])
    }

    func testEnglishAbsoluteDates() throws {
        XCTAssertEqual(try dates("January 28, 2022"), ["January 28, 2022": "2022-01-28/day"])
        XCTAssertEqual(try dates("Jan 28, 2022"), ["Jan 28, 2022": "2022-01-28/day"])
        XCTAssertEqual(try dates("28 January 2022"), ["28 January 2022": "2022-01-28/day"])
        XCTAssertEqual(try dates("Friday, January 21st"), ["Friday, January 21st": "2022-01-21/day"])
        XCTAssertEqual(try dates("the first of March 2020"), ["the first of March 2020": "2020-03-01/day"])
        XCTAssertEqual(try dates("January 2022"), ["January 2022": "2022-01/month"])
        XCTAssertEqual(try dates("in 2019"), ["2019": "2019/year"])
    }

    func testMonthsAlone() throws {
        XCTAssertEqual(try dates("في حزيران الماضي"), ["حزيران الماضي": "2021-06/month"])
        XCTAssertEqual(try dates("خلال شهر مارس"), ["شهر مارس": "2021-03/month"])
        // مارس alone is also a verb; "may" is a verb.
        XCTAssertEqual(try dates("ومارس الرئيس سلطاته"), [:])
        XCTAssertEqual(try dates("we may go in March"), ["March": "2021-03/month"])
    }

    func testArabicRelativeDays() throws {
        XCTAssertEqual(try dates("اليوم الجمعة"), ["اليوم الجمعة": "2022-01-28/day"])
        XCTAssertEqual(try dates("أمس الخميس"), ["أمس الخميس": "2022-01-27/day"])
        XCTAssertEqual(try dates("ويوم أمس الخميس"), ["يوم أمس الخميس": "2022-01-27/day"])
        // The day word wins over a weekday that contradicts it.
        XCTAssertEqual(try dates("أمس الأحد"), ["أمس الأحد": "2022-01-27/day"])
        XCTAssertEqual(try dates("البارحة"), ["البارحة": "2022-01-27/day"])
        XCTAssertEqual(try dates("أول من أمس"), ["أول من أمس": "2022-01-26/day"])
        XCTAssertEqual(try dates("غداً"), ["غداً": "2022-01-29/day"])
        XCTAssertEqual(try dates("بعد غد"), ["بعد غد": "2022-01-30/day"])
        // "The day" rather than "today".
        XCTAssertEqual(try dates("في اليوم التالي"), [:])
    }

    func testArabicWeekdays() throws {
        XCTAssertEqual(try dates("يوم الخميس"), ["يوم الخميس": "2022-01-27/day"])
        XCTAssertEqual(try dates("الخميس الماضي"), ["الخميس الماضي": "2022-01-27/day"])
        XCTAssertEqual(try dates("الجمعة الماضية"), ["الجمعة الماضية": "2022-01-21/day"])
        XCTAssertEqual(try dates("الخميس المقبل"), ["الخميس المقبل": "2022-02-03/day"])
        XCTAssertEqual(try dates("صلاة الجمعة"), [:])
    }

    func testArabicAgo() throws {
        XCTAssertEqual(try dates("قبل يوم"), ["قبل يوم": "2022-01-27/day"])
        XCTAssertEqual(try dates("قبل ثلاثة أيام"), ["قبل ثلاثة أيام": "2022-01-25/day"])
        XCTAssertEqual(try dates("قبل 10 أيام"), ["قبل 10 أيام": "2022-01-18/day"])
        XCTAssertEqual(try dates("قبل أسبوعين"), ["قبل أسبوعين": "2022-01-14/day"])
        XCTAssertEqual(try dates("منذ 3 أسابيع"), ["منذ 3 أسابيع": "2022-01-07/day"])
        XCTAssertEqual(try dates("قبل شهر"), ["قبل شهر": "2021-12/month"])
        XCTAssertEqual(try dates("قبل عام"), ["قبل عام": "2021/year"])
        // Relative to another event, or a year: not a shift from the publication date.
        XCTAssertEqual(try dates("قبل يومين من الانتخابات"), [:])
        XCTAssertEqual(try dates("بعد ثلاثة أيام"), ["بعد ثلاثة أيام": "2022-01-31/day"])
        XCTAssertEqual(try dates("قبل عام 2019"), ["عام 2019": "2019/year"])
    }

    func testArabicPeriods() throws {
        XCTAssertEqual(try dates("الأسبوع الماضي"), ["الأسبوع الماضي": "2022-01-17/week"])
        XCTAssertEqual(try dates("الشهر الماضي"), ["الشهر الماضي": "2021-12/month"])
        XCTAssertEqual(try dates("العام الماضي"), ["العام الماضي": "2021/year"])
        XCTAssertEqual(try dates("السنة الماضية"), ["السنة الماضية": "2021/year"])
        XCTAssertEqual(try dates("هذا العام"), ["هذا العام": "2022/year"])
        XCTAssertEqual(try dates("العام الجاري"), ["العام الجاري": "2022/year"])
    }

    func testEnglishRelative() throws {
        XCTAssertEqual(
            try dates("today yesterday tomorrow"),
            [
                "today": "2022-01-28/day", "yesterday": "2022-01-27/day", "tomorrow": "2022-01-29/day",
            ])
        XCTAssertEqual(try dates("2 days ago"), ["2 days ago": "2022-01-26/day"])
        XCTAssertEqual(try dates("two days ago"), ["two days ago": "2022-01-26/day"])
        XCTAssertEqual(try dates("a week ago"), ["a week ago": "2022-01-21/day"])
        XCTAssertEqual(try dates("last week"), ["last week": "2022-01-17/week"])
        XCTAssertEqual(try dates("last month"), ["last month": "2021-12/month"])
        XCTAssertEqual(try dates("last year"), ["last year": "2021/year"])
        XCTAssertEqual(try dates("on Thursday"), ["Thursday": "2022-01-27/day"])
        XCTAssertEqual(try dates("last Friday"), ["last Friday": "2022-01-21/day"])
        XCTAssertEqual(try dates("next Friday"), ["next Friday": "2022-02-04/day"])
    }

    func testDurations() throws {
        let a = try NormalizeTesting.annotations("استمر القتال 3 أيام و5 years وثلاثة أسابيع")
        XCTAssertEqual(a.named("3 أيام")?.value, .number(3 * 86_400))
        XCTAssertEqual(a.named("3 أيام")?.grain, .day)
        XCTAssertEqual(a.named("5 years")?.value, .number(5 * 31_536_000))
        XCTAssertEqual(a.named("ثلاثة أسابيع")?.kind, .duration)
        // Counts 3 to 10 take the plural: "رقم 9 عام 1921" is a number and a year.
        let b = try NormalizeTesting.annotations("مضبط رقم 9 عام 1921")
        XCTAssertEqual(b.surfaces, ["9", "عام 1921"])
    }
}
