import XCTest

@testable import Stages

final class SplitStageTests: XCTestCase {
    private let stage = try! SplitStage(options: .init())

    private func split(_ blocks: [String]) throws -> [SplitRecord] {
        let parts = try stage.parts(of: blocks)
        return parts
    }

    func testAnArabicArticleWithAnEnglishQuoteGivesTwoParts() throws {
        let parts = try split([
            "كشف تنظيم الدولة الإسلامية روايته عن تفاصيل الهجوم الذي شنه على السجن.",
            "#Thread #IS",
            "New information were published by the official newspaper about the last operation.",
            "وكانت قسد قد أعلنت قبل يومين أنها سيطرت بالكامل على السجن.",
        ])
        XCTAssertEqual(parts.map(\.identity.id), ["doc#ar", "doc#en"])
        XCTAssertEqual(parts.map(\.lang), [.ar, .en])
        XCTAssertEqual(parts[0].segments.map(\.block), [0, 3])
        XCTAssertEqual(parts[1].segments.map(\.block), [1, 2], "the hashtag line joins the English it introduces")
        XCTAssertTrue(parts.allSatisfy { $0.identity.docID == "doc" })
    }

    func testShortBlocksJoinTheirNeighbours() throws {
        let parts = try split([
            "أعلنت الحكومة عن خطة جديدة للمياه في المدينة.", "260", "#الحسكة",
            "وقال المسؤول إن العمل سيبدأ قريباً في الأحياء الشرقية.",
        ])
        XCTAssertEqual(parts.map(\.lang), [.ar])
        XCTAssertEqual(parts[0].segments.map(\.block), [0, 1, 2, 3])
    }

    func testSegmentOffsetsPointIntoThePartText() throws {
        let parts = try split(["أعلنت الحكومة عن خطة جديدة للمياه في المدينة.", "وقال المسؤول إن العمل سيبدأ قريباً في الأحياء."])
        let part = try XCTUnwrap(parts.first)
        let scalars = Array(part.text.unicodeScalars)
        for (segment, block) in zip(part.segments, part.blocks) {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[segment.start..<segment.end])), block.text)
        }
    }

    func testPersianAndUrduAreNotArabic() throws {
        let persian = try split(["این یک خبر مهم است که امروز در تهران منتشر شد و مردم از آن استقبال کردند."])
        XCTAssertEqual(persian.map(\.lang), [.other])
        let urdu = try split(["یہ ایک اہم خبر ہے جو آج لاہور میں شائع ہوئی اور لوگوں نے اس کا خیر مقدم کیا۔"])
        XCTAssertEqual(urdu.map(\.lang), [.other])
    }

    func testArabicWithAStrayPersianLetterStaysArabic() throws {
        let parts = try split(["وقال المتحدث باسم الوزارة إن الاجتماع الذي عقد في بغداد كان مثمراً، وأشار إلى گزارش جديد."])
        XCTAssertEqual(parts.map(\.lang), [.ar])
    }

    func testFrenchTurkishAndIndonesianAreOtherNotEnglish() throws {
        XCTAssertEqual(try split(["Le gouvernement a annoncé de nouvelles mesures pour les familles touchées."]).map(\.lang), [.other])
        XCTAssertEqual(try split(["Hükümet bu hafta yeni bir karar aldı ve bu karar çok önemli olarak görüldü."]).map(\.lang), [.other])
        XCTAssertEqual(try split(["Pemerintah telah mengumumkan bahwa bantuan akan dikirim ke daerah yang terkena banjir."]).map(\.lang), [.other])
        XCTAssertEqual(try split(["The government announced new measures for the families who were affected."]).map(\.lang), [.en])
    }

    func testLanguagesWithoutWordListsAreOtherNotEnglish() throws {
        let sentences = [
            "Mae'r llywodraeth wedi cyhoeddi cynllun newydd i helpu teuluoedd yng Nghymru.",
            "Uhulumeni umemezele uhlelo olusha lokusiza imindeni ethintekile yizikhukhula.",
            "Dowladda ayaa ku dhawaaqday qorshe cusub oo lagu caawinayo qoysaska ay saameeyeen daadadka.",
            "Gobernuak plan berri bat iragarri du uholdeek kaltetutako familiei laguntzeko.",
            "Senatus populusque Romanus bellum contra hostes gerere decrevit.",
        ]
        for sentence in sentences {
            XCTAssertEqual(try split([sentence]).map(\.lang), [.other], sentence)
        }
    }

    func testEnglishNamesDoNotMakeASentenceEnglish() throws {
        let others = [
            "Cafodd y nofel ei chyhoeddi gyntaf yn Llundain gan Penguin Books ym 1954.",
            "Is sráidbhaile beag é Little Harbour atá suite i gContae Chorcaí.",
            "Natus est in urbe New York et postea in Universitate Harvard studuit.",
        ]
        for sentence in others {
            XCTAssertEqual(try split([sentence]).map(\.lang), [.other], sentence)
        }
        let english = "Dr. Jan de Vries, of the Rijksuniversiteit Groningen, said the results were encouraging."
        XCTAssertEqual(try split([english]).map(\.lang), [.en], "foreign names in an English sentence")
        XCTAssertEqual(try split(["Annual Report of the Geological Survey Committee"]).map(\.lang), [.en], "a title in title case")
    }

    func testAnEnglishTitleRunIntoUrduGivesTwoParts() throws {
        let urdu = "وزیر اعظم نے آج کابینہ کا اجلاس طلب کیا ہے جس میں بجٹ پر بات ہوگی۔"
        let parts = try split(["Daily Business Review Home / Archives: " + urdu])
        XCTAssertEqual(parts.map(\.lang), [.en, .other])
        XCTAssertEqual(parts[1].text, urdu)
        XCTAssertEqual(parts[1].guess, "ur")
    }

    func testAnArabicParagraphWithAnEnglishSentenceSplitsAtTheSentence() throws {
        let arabic = "وقال المتحدث باسم الوزارة إن الاجتماع الذي عقد في بغداد كان مثمراً للغاية."
        let english = "We are working closely with our partners to restore the water supply."
        let parts = try split([arabic + " " + english + " " + arabic])
        XCTAssertEqual(parts.map(\.lang), [.ar, .en])
        XCTAssertEqual(parts[0].segments.count, 2, "the Arabic before and after the quote")
        XCTAssertEqual(parts[1].text, english)
        XCTAssertEqual(parts[0].text, arabic + "\n\n" + arabic)
        XCTAssertEqual(parts[0].blocks.map(\.text), [arabic, arabic])
        for part in parts {
            XCTAssertTrue(part.segments.allSatisfy { $0.block == 0 && $0.lang == part.lang })
            let scalars = Array(part.text.unicodeScalars)
            for (segment, block) in zip(part.segments, part.blocks) {
                XCTAssertEqual(String(String.UnicodeScalarView(scalars[segment.start..<segment.end])), block.text)
            }
        }
    }

    func testShortWordPairsAreLabelled() throws {
        XCTAssertEqual(try split(["political party"]).map(\.lang), [.en])
        XCTAssertEqual(try split(["partido político"]).map(\.lang), [.other])
        XCTAssertEqual(try split(["الحزب السياسي"]).map(\.lang), [.ar])
        XCTAssertEqual(try split(["حزب سیاسی"]).map(\.lang), [.other])
    }

    func testAnEmptyArticleIsRejected() throws {
        let record = CleanedRecord(
            identity: RecordIdentity(id: "empty", source: "test"), fetch: FetchInfo(), article: ArticleInfo(),
            blocks: [Block(kind: .paragraph, text: "  ")])
        guard case .reject(let reason, _) = try stage.process(record, context: .testing()) else {
            return XCTFail("expected a reject")
        }
        XCTAssertEqual(reason, .noText)
    }
}
