import XCTest

@testable import Stages

/// The `guess` of other parts and segments: which language the model reads them as.
final class SplitGuessTests: XCTestCase {
    private let stage = try! SplitStage(options: .init())

    private func only(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> SplitRecord {
        let parts = try stage.parts(of: [text], file: file, line: line)
        XCTAssertEqual(parts.count, 1, file: file, line: line)
        return try XCTUnwrap(parts.first, file: file, line: line)
    }

    func testArabicScriptLanguagesAreOtherWithTheirGuess() throws {
        let cases = [
            ("fa", "وزارت امور خارجه ایران روز دوشنبه اعلام کرد که مذاکرات هسته‌ای هفته آینده در وین از سر گرفته می‌شود."),
            ("ur", "وزیر اعظم نے کہا ہے کہ حکومت مہنگائی پر قابو پانے کے لیے تمام ممکنہ اقدامات کر رہی ہے۔"),
            ("ckb", "حکومەتی هەرێمی کوردستان ڕایگەیاند کە مووچەی فەرمانبەران لە هەفتەی داهاتوو دابەش دەکرێت."),
            ("ps", "د افغانستان د بهرنیو چارو وزارت وویل چې دغه هیواد به له نړیوالو سره خپلې اړیکې لا ښې کړي."),
        ]
        for (code, text) in cases {
            let part = try only(text)
            XCTAssertEqual(part.lang, .other, text)
            XCTAssertEqual(part.guess, code, text)
            XCTAssertEqual(part.segments.map(\.guess), [code], text)
        }
    }

    func testLatinScriptLanguagesAreOtherWithTheirGuess() throws {
        let cases = [
            ("fr", "Le ministre de l'Intérieur a annoncé mardi de nouvelles mesures pour renforcer la sécurité dans les gares."),
            ("tr", "Cumhurbaşkanı, yarın Ankara'da düzenlenecek toplantıda yeni ekonomik programı açıklayacağını söyledi."),
            ("ku", "Serokê partiyê got ku hikûmet divê ji bo zimanê kurdî li dibistanan gavên nû bavêje."),
            ("id", "Pemerintah provinsi akan membangun jembatan baru untuk menghubungkan kedua desa tersebut tahun depan."),
            ("sw", "Serikali imesema kwamba itaendelea kuwasaidia wakulima wadogo katika maeneo yaliyoathirika na ukame."),
        ]
        for (code, text) in cases {
            let part = try only(text)
            XCTAssertEqual(part.lang, .other, text)
            XCTAssertEqual(part.guess, code, text)
        }
    }

    func testPersianTypedWithArabicLettersIsNotArabic() throws {
        // Persian web text often has Arabic ي and ك for ی and ک: its words still say Persian.
        let part = try only("دولت اعلام كرد كه قيمت بنزين در سال آينده افزايش نخواهد يافت و مردم نگران نباشند.")
        XCTAssertEqual(part.lang, .other)
        XCTAssertEqual(part.guess, "fa")
    }

    func testOtherScriptsGuessOnlyWhereTheScriptNamesTheLanguage() throws {
        XCTAssertEqual(try only("Η κυβέρνηση ανακοίνωσε νέα μέτρα για τις οικογένειες.").guess, "el")
        XCTAssertEqual(try only("政府は来週、新しい経済対策を発表する予定です。").guess, "ja")
        XCTAssertNil(try only("Правительство объявило о новых мерах поддержки семей.").guess, "Cyrillic writes many languages")
    }

    func testArabicAndEnglishPartsHaveNoGuess() throws {
        let parts = try stage.parts(of: [
            "أعلنت وزارة الصحة اليوم عن تسجيل انخفاض كبير في عدد الإصابات خلال الأسبوع الماضي.",
            "Great news from the ministry today: infections are down sharply this week! #health",
            "وأكد الوزير أن الحملة ستستمر حتى نهاية الشهر المقبل في جميع المحافظات.",
        ])
        XCTAssertEqual(parts.map(\.lang), [.ar, .en])
        XCTAssertTrue(parts.allSatisfy { $0.guess == nil })
        XCTAssertTrue(parts.flatMap(\.segments).allSatisfy { $0.guess == nil })
    }

    func testEachOtherSegmentHasItsOwnGuess() throws {
        let french = "Les négociations reprendront la semaine prochaine à Genève, selon le ministère."
        let persian = "به گفته سخنگوی وزارت خارجه، مذاکرات هفته آینده در ژنو ادامه خواهد یافت و هر دو طرف حضور دارند."
        let parts = try stage.parts(of: [french, persian])
        XCTAssertEqual(parts.map(\.lang), [.other])
        XCTAssertEqual(parts[0].segments.map(\.guess), ["fr", "fa"])
        XCTAssertEqual(parts[0].guess, "fa", "the part's guess is that of most of its text")
    }

    func testTheGuessIsEncodedOnlyWhenPresent() throws {
        let encoder = JSONEncoder()
        let persian = try only("این گزارش روز شنبه منتشر شد و نشان می‌دهد که قیمت‌ها بالا رفته است.")
        let json = String(decoding: try encoder.encode(persian), as: UTF8.self)
        XCTAssertTrue(json.contains(#""guess":"fa""#), json)
        XCTAssertEqual(try JSONDecoder().decode(SplitRecord.self, from: Data(json.utf8)).guess, "fa")
        let english = try only("The report was published on Saturday and shows that prices have risen.")
        let plain = String(decoding: try encoder.encode(english), as: UTF8.self)
        XCTAssertFalse(plain.contains("guess"), plain)
    }
}
